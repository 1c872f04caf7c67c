package neo4jstore

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
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

// SnapshotForTest is the whole entity graph, as the old in-process
// analytics read it.
type SnapshotForTest struct {
	Nodes []kg.Entity
	Links []SnapshotLink
}

// SnapshotLink joins two nodes of a snapshot by index.
type SnapshotLink struct {
	Type     string
	From, To int
	Articles int
}

// Snapshot is the read of the in-process analytics that analyses
// replaced (every entity but articles, and the fact and structural
// relationships among them, in one transaction), kept for tests that
// check the new analytics against the old.
func (s *Store) Snapshot(ctx context.Context) (*SnapshotForTest, error) {
	const qNodes = `
		MATCH (n) WHERE n:Region OR n:Official OR n:Program OR n:Industry OR n:Organization OR n:Statistic
		RETURN n ORDER BY elementId(n)`
	qLinks := `
		MATCH (a)-[r:` + traversed + `]->(b)
		RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS t, coalesce(r.support, 0) AS n`
	return read(ctx, s, "Snapshot", func(tx runner) (*SnapshotForTest, error) {
		snap := &SnapshotForTest{}
		idx := map[string]int{}
		res, err := tx.Run(ctx, qNodes, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			n, _, err := neo4j.GetRecordValue[neo4j.Node](res.Record(), "n")
			if err != nil {
				return nil, err
			}
			e, err := entityOf(n)
			if err != nil {
				return nil, err
			}
			idx[n.ElementId] = len(snap.Nodes)
			snap.Nodes = append(snap.Nodes, e)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		res, err = tx.Run(ctx, qLinks, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			rec := res.Record()
			a, _, err := neo4j.GetRecordValue[string](rec, "a")
			if err != nil {
				return nil, err
			}
			b, _, err := neo4j.GetRecordValue[string](rec, "b")
			if err != nil {
				return nil, err
			}
			t, _, err := neo4j.GetRecordValue[string](rec, "t")
			if err != nil {
				return nil, err
			}
			n, _, err := neo4j.GetRecordValue[int64](rec, "n")
			if err != nil {
				return nil, err
			}
			ia, ok1 := idx[a]
			ib, ok2 := idx[b]
			if ok1 && ok2 {
				snap.Links = append(snap.Links, SnapshotLink{Type: t, From: ia, To: ib, Articles: int(n)})
			}
		}
		return snap, res.Err()
	})
}

// DumpForTest returns every record of q as a list of values.
func DumpForTest(ctx context.Context, s *Store, q string) ([][]any, error) {
	return query(ctx, s, "dump", func(tx runner) ([][]any, error) {
		res, err := tx.Run(ctx, q, nil)
		if err != nil {
			return nil, err
		}
		var out [][]any
		for res.Next(ctx) {
			out = append(out, res.Record().Values)
		}
		return out, res.Err()
	})
}

// ExecForTest runs one write statement.
func ExecForTest(ctx context.Context, s *Store, q string) error {
	_, err := write(ctx, s, "exec", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return struct{}{}, err
	})
	return err
}

// SetSplitAtForTest makes Bulk.Finish split spill shards of more than n
// bytes of records; the returned function restores the limit.
func SetSplitAtForTest(n int64) func() {
	old := splitAt
	splitAt = n
	return func() { splitAt = old }
}

// SchemaNamesForTest returns the names of the constraints and of the
// indexes Open creates.
func SchemaNamesForTest() (constraints, indexes []string) {
	for _, q := range append(schema, analysisIndexes...) {
		f := strings.Fields(q)
		name := f[2] // CREATE CONSTRAINT|INDEX name, CREATE FULLTEXT INDEX name
		if f[1] == "FULLTEXT" {
			name = f[3]
		}
		if f[1] == "CONSTRAINT" {
			constraints = append(constraints, name)
		} else {
			indexes = append(indexes, name)
		}
	}
	return constraints, indexes
}
