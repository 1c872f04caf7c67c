package graph

import (
	"context"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	kg "github.com/tuopin/tuopin"
)

// batchWait is how long a loader collects keys before it asks the store.
// gqlgen resolves the elements of a list concurrently, so sibling fields
// arrive within microseconds; a few milliseconds keeps one round trip per
// field and level of the query even on a busy machine.
const batchWait = 4 * time.Millisecond

// loaders batch the per-object reads of one request, so the number of
// store round trips depends on the shape of the query, not on the size of
// its results.
type loaders struct {
	r        kg.Reader
	entities *dataloadgen.Loader[kg.Ref, kg.Entity]
	mentions *dataloadgen.Loader[string, []kg.Entity]

	mu    sync.Mutex
	links map[kg.LinkSpec]*dataloadgen.Loader[string, []*kg.Link]
}

type loadersKey struct{}

func newLoaders(r kg.Reader) *loaders {
	l := &loaders{r: r, links: map[kg.LinkSpec]*dataloadgen.Loader[string, []*kg.Link]{}}
	l.entities = dataloadgen.NewLoader(func(ctx context.Context, refs []kg.Ref) ([]kg.Entity, []error) {
		es, err := r.Entities(ctx, refs)
		if err != nil {
			return nil, fill(len(refs), err)
		}
		return es, nil
	}, dataloadgen.WithWait(batchWait))
	l.mentions = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]kg.Entity, []error) {
		es, err := r.Mentions(ctx, ids)
		if err != nil {
			return nil, fill(len(ids), err)
		}
		return es, nil
	}, dataloadgen.WithWait(batchWait))
	return l
}

func fill(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

// withLoaders gives each request its own loaders (and so its own cache).
func withLoaders(ctx context.Context, r kg.Reader) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(r))
}

// loadersFor returns the request's loaders; a fresh set when the context
// has none (resolver tests that bypass the handler).
func loadersFor(ctx context.Context, r kg.Reader) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r)
}

func (l *loaders) linkLoader(spec kg.LinkSpec) *dataloadgen.Loader[string, []*kg.Link] {
	l.mu.Lock()
	defer l.mu.Unlock()
	if ld, ok := l.links[spec]; ok {
		return ld
	}
	ld := dataloadgen.NewLoader(func(ctx context.Context, keys []string) ([][]*kg.Link, []error) {
		ls, err := l.r.Links(ctx, spec, keys)
		if err != nil {
			return nil, fill(len(keys), err)
		}
		return ls, nil
	}, dataloadgen.WithWait(batchWait))
	l.links[spec] = ld
	return ld
}

// entity loads one node by ref; nil when it does not exist.
func (l *loaders) entity(ctx context.Context, ref kg.Ref) (kg.Entity, error) {
	return l.entities.Load(ctx, ref)
}

// linksOf loads the relationships of one node.
func (l *loaders) linksOf(ctx context.Context, typ string, out bool, key string) ([]*kg.Link, error) {
	return l.linkLoader(kg.LinkSpec{Type: typ, Out: out}).Load(ctx, key)
}
