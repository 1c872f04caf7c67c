package graph

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vikstrous/dataloadgen"

	"github.com/tuopin/tuopin/kg"
)

// batchWait is how long a loader collects keys before it asks the store.
// gqlgen resolves the elements of a list concurrently, so sibling fields
// arrive within microseconds. Most relationship reads come from the
// look-ahead plan (plan.go) and never wait; what the loaders still batch
// are the levels below it, so the wait is kept short: every level of a
// query pays it once.
const batchWait = 500 * time.Microsecond

// loaders batch the per-object reads of one request, so the number of
// store round trips depends on the shape of the query, not on the size of
// its results.
type loaders struct {
	r        kg.Reader
	entities *dataloadgen.Loader[kg.Ref, kg.Entity]

	mu    sync.Mutex
	links map[kg.LinkSpec]*dataloadgen.Loader[string, []*kg.Link]
	// prefetched holds what planned reads returned, by relationships and
	// node key (LinkSpec without Evidence); withEvidence records whether
	// the sentences were read too. It is written once or twice per request
	// and read by every element of every list, concurrently: it has a
	// read-write lock of its own.
	pmu        sync.RWMutex
	prefetched map[kg.LinkKey]prefetched
	// selected memoises selectsOnce: the elements of a list share their
	// field, so a list of n parents asks once, not n times.
	selected map[selection]bool
}

// selection is a question of selectsOnce: does field select name?
type selection struct {
	field *ast.Field
	name  string
}

type prefetched struct {
	links        []*kg.Link
	withEvidence bool
}

type loadersKey struct{}

func newLoaders(r kg.Reader) *loaders {
	l := &loaders{r: r, links: map[kg.LinkSpec]*dataloadgen.Loader[string, []*kg.Link]{}, prefetched: map[kg.LinkKey]prefetched{}, selected: map[selection]bool{}}
	l.entities = dataloadgen.NewLoader(func(ctx context.Context, refs []kg.Ref) ([]kg.Entity, []error) {
		es, err := r.Entities(ctx, refs)
		if err != nil {
			return nil, fill(len(refs), err)
		}
		return es, nil
	}, dataloadgen.WithWait(batchWait))
	return l
}

// selectsOnce is selects, asked once per field of the operation.
func (l *loaders) selectsOnce(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return selects(ctx, name)
	}
	// The answer is computed under the lock: the elements of a list start
	// together, and would otherwise all miss and compute it at once.
	key := selection{fc.Field.Field, name}
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.selected[key]
	if !ok {
		v = selects(ctx, name)
		l.selected[key] = v
	}
	return v
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

// linksOf returns the relationships of one node: from the prefetch when a
// planned read brought them, else through the batching loader.
func (l *loaders) linksOf(ctx context.Context, spec kg.LinkSpec, key string) ([]*kg.Link, error) {
	ev := spec.Evidence
	spec.Evidence = false
	l.pmu.RLock()
	p, ok := l.prefetched[kg.LinkKey{Spec: spec, Key: key}]
	l.pmu.RUnlock()
	if ok && (p.withEvidence || !ev) {
		return p.links, nil
	}
	spec.Evidence = ev
	return l.linkLoader(spec).Load(ctx, key)
}

// prefetch records what a planned read returned; the plan says which
// relationships were read (with or without evidence), including those of
// nodes that have none, which the prefetch holds as empty lists.
func (l *loaders) prefetch(links kg.Prefetch) {
	if len(links) == 0 {
		return
	}
	l.pmu.Lock()
	defer l.pmu.Unlock()
	for k, ls := range links {
		ev := k.Spec.Evidence
		k.Spec.Evidence = false
		if old, ok := l.prefetched[k]; ok && old.withEvidence && !ev {
			continue
		}
		l.prefetched[k] = prefetched{links: ls, withEvidence: ev}
	}
}
