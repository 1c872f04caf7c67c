package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// profilingTx runs every statement of a read transaction under PROFILE and
// keeps the results, so that their plans' database hits can be summed once
// the transaction function is done with them.
type profilingTx struct {
	tx      runner
	results []neo4j.ResultWithContext
}

func (t *profilingTx) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	res, err := t.tx.Run(ctx, "PROFILE "+cypher, params)
	if err == nil {
		t.results = append(t.results, res)
	}
	return res, err
}

// profiled wraps a read transaction function: its statements run under
// PROFILE and, when it succeeds, s.Profile gets the sum of their db hits.
// Consuming a result the function already read returns its summary; one
// it stopped reading early is discarded first (as the commit would).
func profiled[T any](ctx context.Context, s *Store, name string, fn func(tx runner) (T, error)) func(tx runner) (T, error) {
	return func(tx runner) (T, error) {
		ptx := &profilingTx{tx: tx}
		v, err := fn(ptx)
		if err != nil {
			return v, err
		}
		var hits int64
		for _, res := range ptx.results {
			sum, err := res.Consume(ctx)
			if err != nil {
				return v, err
			}
			hits += planDBHits(sum.Profile())
		}
		s.Profile(name, hits)
		return v, nil
	}
}

// planDBHits sums the database hits of a profiled plan and its children.
func planDBHits(p neo4j.ProfiledPlan) int64 {
	if p == nil {
		return 0
	}
	n := p.DbHits()
	for _, c := range p.Children() {
		n += planDBHits(c)
	}
	return n
}
