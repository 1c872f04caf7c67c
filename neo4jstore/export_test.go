package neo4jstore

import (
	"context"
)

// CountForTest runs a query returning one integer.
func CountForTest(ctx context.Context, s *Store, q string, params map[string]any) (int64, error) {
	return query(ctx, s, "count", func(tx runner) (int64, error) {
		res, err := tx.Run(ctx, q, params)
		if err != nil {
			return 0, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return 0, err
		}
		v, _ := rec.Values[0].(int64)
		return v, nil
	})
}
