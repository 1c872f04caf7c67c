package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CountForTest runs a query returning one integer.
func CountForTest(ctx context.Context, s *Store, q string, params map[string]any) (int64, error) {
	return read(ctx, s, "count", func(tx neo4j.ManagedTransaction) (int64, error) {
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
