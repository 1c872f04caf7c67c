package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	kg "github.com/tuopin/tuopin"
)

// Version implements kg.Reader: node, relationship and article counts
// (from the count store, constant time) and the articles' total length,
// which changes when an article is replaced by one of another length.
func (s *Store) Version(ctx context.Context) (string, error) {
	const q = `
		CALL { MATCH (n) RETURN count(n) AS nodes }
		CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
		CALL { MATCH (a:Article) RETURN count(a) AS articles, sum(coalesce(a.chars, 0)) AS chars }
		RETURN nodes, rels, articles, chars`
	return query(ctx, s, "Version", func(tx runner) (string, error) {
		res, err := tx.Run(ctx, q, nil)
		if err != nil {
			return "", err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return "", err
		}
		v := make([]int64, 4)
		for i, k := range []string{"nodes", "rels", "articles", "chars"} {
			if v[i], _, err = neo4j.GetRecordValue[int64](rec, k); err != nil {
				return "", err
			}
		}
		return fmt.Sprintf("n%d-r%d-a%d-c%d", v[0], v[1], v[2], v[3]), nil
	})
}

// Snapshot implements kg.Reader: every entity but articles, and the fact
// and structural relationships among them, in one transaction.
func (s *Store) Snapshot(ctx context.Context) (*kg.Snapshot, error) {
	const qNodes = `
		MATCH (n) WHERE n:Region OR n:Official OR n:Program OR n:Industry OR n:Organization OR n:Statistic
		RETURN n ORDER BY elementId(n)`
	const qLinks = `
		MATCH (a)-[r:` + traversed + `]->(b)
		RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS t, size(coalesce(r.articles, [])) AS n`
	return read(ctx, s, "Snapshot", func(tx runner) (*kg.Snapshot, error) {
		snap := &kg.Snapshot{}
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
				snap.Links = append(snap.Links, kg.SnapshotLink{Type: t, From: ia, To: ib, Articles: int(n)})
			}
		}
		return snap, res.Err()
	})
}
