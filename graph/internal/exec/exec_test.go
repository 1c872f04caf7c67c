package exec

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

func TestMarshalSlice(t *testing.T) {
	tests := []struct {
		name       string
		counter    bool
		blockAt    int // element that records a blocking read; -1 for none
		wantMaxPar int32
		wantMinPar int32
	}{
		{"no counter: gqlgen's concurrency", false, -1, 9, 2},
		{"nothing blocks: in order", true, -1, 1, 1},
		{"first element blocks: the rest concurrent", true, 0, 9, 2},
		{"a later element blocks", true, 3, 9, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const n = 9
			ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
			ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{})
			b := &Blocking{}
			if tt.counter {
				ctx = WithBlocking(ctx, b)
			}
			var running, peak atomic.Int32
			var mu sync.Mutex
			var indices []int
			ret := MarshalSlice(ctx, n, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
				cur := running.Add(1)
				for {
					p := peak.Load()
					if cur <= p || peak.CompareAndSwap(p, cur) {
						break
					}
				}
				mu.Lock()
				indices = append(indices, *graphql.GetFieldContext(ctx).Index)
				mu.Unlock()
				if i == tt.blockAt {
					b.Add()
				}
				time.Sleep(2 * time.Millisecond) // overlap concurrent elements
				running.Add(-1)
				return graphql.MarshalInt(i)
			})
			for i, m := range ret {
				if got, want := render(m), strconv.Itoa(i); got != want {
					t.Fatalf("element %d = %s", i, got)
				}
			}
			seen := map[int]bool{}
			for _, i := range indices {
				seen[i] = true
			}
			if len(seen) != n {
				t.Errorf("field context indices %v, want each of 0..%d once", indices, n-1)
			}
			if p := peak.Load(); p > tt.wantMaxPar || p < tt.wantMinPar {
				t.Errorf("peak concurrency %d, want %d..%d", p, tt.wantMinPar, tt.wantMaxPar)
			}
		})
	}
}

func TestMarshalSliceRecoversPanics(t *testing.T) {
	quiet := func(ctx context.Context, err any) error { return fmt.Errorf("internal: %v", err) }
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, quiet)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{})
	ctx = WithBlocking(ctx, &Blocking{})
	ret := MarshalSlice(ctx, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		if i == 1 {
			panic("boom")
		}
		return graphql.MarshalInt(i)
	})
	if render(ret[1]) != "null" || render(ret[2]) != "2" {
		t.Errorf("got %s, %s", render(ret[1]), render(ret[2]))
	}
	if errs := graphql.GetErrors(ctx); len(errs) != 1 {
		t.Errorf("errors = %v, want the recovered panic", errs)
	}
}

func render(m graphql.Marshaler) string {
	var b bytes.Buffer
	m.MarshalGQL(&b)
	return b.String()
}
