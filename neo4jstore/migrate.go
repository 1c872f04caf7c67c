package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// writeState is what WriteFacts keeps between calls.
type writeState struct {
	mu      sync.Mutex
	checked bool         // the graph was found to use provenance counts
	retries atomic.Int64 // write transactions the driver ran again (deadlocks, transient errors)
}

// WriteRetries is how many times a write transaction was run again by the
// driver (deadlocks between concurrent writers, transient errors) since
// the store was opened.
func (s *Store) WriteRetries() int64 { return s.write.retries.Load() }

// checkProvenance fails, once per store, when the graph still holds
// provenance lists from before provenance counts (an Article without its
// factTypes), or articles from before their source path was recorded:
// writing into it would mix the two models.
func (s *Store) checkProvenance(ctx context.Context) error {
	s.write.mu.Lock()
	defer s.write.mu.Unlock()
	if s.write.checked {
		return nil
	}
	old, err := read(ctx, s, "checkProvenance", func(tx runner) (bool, error) {
		res, err := tx.Run(ctx, `MATCH (a:Article) WHERE a.factTypes IS NULL OR a.path IS NULL RETURN a.id AS id LIMIT 1`, nil)
		if err != nil {
			return false, err
		}
		recs, err := res.Collect(ctx)
		return len(recs) > 0, err
	})
	if err != nil {
		return err
	}
	if old {
		return kg.Errorf(kg.ECONFLICT, "the graph was written by an older Tuopin (provenance as lists of article ids, or articles without their source path): run 'tuopin migrate' first")
	}
	s.write.checked = true
	return nil
}

// MigrateReport says what Migrate changed.
type MigrateReport struct {
	Relationships int64 `json:"relationships"` // fact relationships converted to support counts
	Articles      int64 `json:"articles"`      // articles given a record of the facts they support
}

// migrateBatch bounds the relationships converted per transaction.
const migrateBatch = 2000

// Migrate converts a graph written with provenance lists (articles and
// confidences on every fact relationship) to provenance counts: each
// relationship gets support, confidenceLevels and confidenceCounts and
// loses its lists, and each article gets factTypes, factFrom, factTo and
// factConfidences. It works in bounded transactions, each converting a
// relationship and the article records it feeds together, so it can be
// interrupted and rerun; on a converted graph it changes nothing.
func (s *Store) Migrate(ctx context.Context) (MigrateReport, error) {
	var rep MigrateReport
	for _, f := range factRels {
		q := migrateStatement(f)
		for {
			n, err := write(ctx, s, "Migrate", func(tx neo4j.ManagedTransaction) (int64, error) {
				return single[int64](ctx, tx, q, map[string]any{"limit": migrateBatch}, "n")
			})
			if err != nil {
				return rep, fmt.Errorf("migrate %s: %w", f.rel, err)
			}
			rep.Relationships += n
			if n == 0 {
				break
			}
		}
	}
	// Articles from before the fact records get empty ones; articles from
	// before the path property get their file (or, with none, themselves)
	// as their source, as replacement used to key them.
	for _, st := range []struct{ what, q string }{
		{"articles", `
		MATCH (a:Article) WHERE a.factTypes IS NULL
		WITH a LIMIT $limit
		SET a.factTypes = [], a.factFrom = [], a.factTo = [], a.factConfidences = []
		RETURN count(a) AS n`},
		{"article paths", `
		MATCH (a:Article) WHERE a.path IS NULL
		WITH a LIMIT $limit
		SET a.path = coalesce(a.file, 'id:' + a.id)
		RETURN count(a) AS n`},
	} {
		for {
			n, err := write(ctx, s, "Migrate", func(tx neo4j.ManagedTransaction) (int64, error) {
				return single[int64](ctx, tx, st.q, map[string]any{"limit": 10000}, "n")
			})
			if err != nil {
				return rep, fmt.Errorf("migrate %s: %w", st.what, err)
			}
			if n == 0 {
				break
			}
		}
	}
	// Articles that support a fact got their record above; count them all.
	n, err := write(ctx, s, "Migrate", func(tx neo4j.ManagedTransaction) (int64, error) {
		return single[int64](ctx, tx, `MATCH (a:Article) WHERE size(a.factTypes) > 0 RETURN count(a) AS n`, nil, "n")
	})
	rep.Articles = n
	s.write.mu.Lock()
	s.write.checked = false
	s.write.mu.Unlock()
	return rep, err
}

// migrateStatement converts up to $limit relationships of type f that still
// carry an articles list.
func migrateStatement(f factRel) string {
	return `
		MATCH (x:` + f.fromLabel + `)-[r:` + f.rel + `]->(y:` + f.toLabel + `)
		WHERE r.articles IS NOT NULL
		WITH x, r, y LIMIT $limit
		WITH x, r, y, r.articles AS ids,
		     [i IN range(0, size(r.articles) - 1) | coalesce(coalesce(r.confidences, [])[i], 0.0)] AS cs
		WITH x, r, y, ids, cs, reduce(l = [], c IN cs | CASE WHEN c IN l THEN l ELSE l + c END) AS levels
		SET r.support = size(ids), r.confidenceLevels = levels,
		    r.confidenceCounts = [l IN levels | size([c IN cs WHERE c = l])],
		    r.confidence = ` + maxLevel + `,
		    r.evidence = [e IN coalesce(r.evidence, []) WHERE size([g IN coalesce(r.evidence, []) WHERE g < e]) < ` + strconv.Itoa(maxEvidence) + `]
		REMOVE r.articles, r.confidences
		WITH x, y, ids, cs
		CALL {
			WITH x, y, ids, cs
			UNWIND range(0, size(ids) - 1) AS i
			MATCH (a:Article {id: ids[i]})
			SET a.factTypes = coalesce(a.factTypes, []) + '` + f.rel + `',
			    a.factFrom = coalesce(a.factFrom, []) + x.` + f.fromKey + `,
			    a.factTo = coalesce(a.factTo, []) + y.` + f.toKey + `,
			    a.factConfidences = coalesce(a.factConfidences, []) + cs[i]
		}
		RETURN count(*) AS n`
}
