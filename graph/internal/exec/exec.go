// Package exec holds execution helpers that the generated gqlgen code calls
// instead of its own (graph/internal/rewrite puts them in after every
// `go generate`).
package exec

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
)

// Blocking counts the reads of one request that had to wait for the store
// (loader misses). The graph package installs one per request.
type Blocking struct{ n atomic.Int64 }

// Add records one blocking read.
func (b *Blocking) Add() { b.n.Add(1) }

// Count returns the blocking reads so far.
func (b *Blocking) Count() int64 { return b.n.Load() }

type blockingKey struct{}

// WithBlocking returns ctx carrying b.
func WithBlocking(ctx context.Context, b *Blocking) context.Context {
	return context.WithValue(ctx, blockingKey{}, b)
}

// BlockingFrom returns the request's counter, nil when there is none.
func BlockingFrom(ctx context.Context) *Blocking {
	b, _ := ctx.Value(blockingKey{}).(*Blocking)
	return b
}

// MarshalSlice marshals the elements of a list of objects. gqlgen's own
// MarshalSliceConcurrently starts a goroutine per element, so that element
// resolvers waiting on a batching loader wait together. When a request's
// relationships were read ahead (graph/plan.go) nothing waits, and the
// goroutines, their stack growth and synchronisation are most of the cost
// of a large answer. So elements are marshalled in order for as long as
// they do not block; once one does (a loader miss), the rest of the list
// goes concurrent, as gqlgen would do, so the loaders batch them again.
// Without a counter in ctx it behaves as gqlgen's.
func MarshalSlice(ctx context.Context, length int, workerLimit int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	b := BlockingFrom(ctx)
	if b == nil || length <= 1 {
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	ret := make(graphql.Array, length)
	for i := 0; i < length; i++ {
		before := b.Count()
		ret[i] = marshalOne(ctx, i, omitPanicHandler, marshalElement)
		if b.Count() != before && i+1 < length {
			// This element waited for the store: marshal the rest
			// concurrently so their reads share one batch.
			rest := graphql.MarshalSliceConcurrently(ctx, length-i-1, workerLimit, omitPanicHandler,
				func(ctx context.Context, j int) graphql.Marshaler {
					k := i + 1 + j
					graphql.GetFieldContext(ctx).Index = &k
					return marshalElement(ctx, k)
				})
			copy(ret[i+1:], rest)
			break
		}
	}
	return ret
}

func marshalOne(ctx context.Context, i int, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	idx := i
	childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &idx})
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(childCtx, graphql.Recover(childCtx, r))
				m = graphql.Null
			}
		}()
	}
	return marshalElement(childCtx, i)
}
