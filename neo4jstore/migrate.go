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
// factTypes): writing into it would mix the two models.
func (s *Store) checkProvenance(ctx context.Context) error {
	s.write.mu.Lock()
	defer s.write.mu.Unlock()
	if s.write.checked {
		return nil
	}
	old, err := read(ctx, s, "checkProvenance", func(tx runner) (bool, error) {
		res, err := tx.Run(ctx, `MATCH (a:Article) WHERE a.factTypes IS NULL RETURN a.id AS id LIMIT 1`, nil)
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
		return kg.Errorf(kg.ECONFLICT, "the graph was written by an older Tuopin (provenance as lists of article ids): run 'tuopin migrate' first")
	}
	keyless, err := s.keylessFacts(ctx)
	if err != nil {
		return err
	}
	if keyless != "" {
		return kg.Errorf(kg.ECONFLICT, "the graph was written by an older Tuopin (%s relationships without a %s): run 'tuopin migrate' first", keyless, kg.FactKeyProp)
	}
	s.write.checked = true
	return nil
}

// keylessFacts returns the first fact relationship type with a relationship
// that has no key (a graph written before fact keys), or "". Writing into
// such a graph would add a second relationship beside each keyless one.
// It reads every fact relationship once (about a second per million on
// this project's machine), once per store.
func (s *Store) keylessFacts(ctx context.Context) (string, error) {
	for _, f := range factRels {
		found, err := read(ctx, s, "checkKeys", func(tx runner) (bool, error) {
			res, err := tx.Run(ctx, `MATCH ()-[r:`+f.rel+`]->() WHERE r.`+kg.FactKeyProp+` IS NULL RETURN 1 AS x LIMIT 1`, nil)
			if err != nil {
				return false, err
			}
			recs, err := res.Collect(ctx)
			return len(recs) > 0, err
		})
		if err != nil || found {
			return f.rel, err
		}
	}
	return "", nil
}

// MigrateReport says what Migrate changed.
type MigrateReport struct {
	Relationships int64 `json:"relationships"` // fact relationships converted to support counts
	Articles      int64 `json:"articles"`      // articles given a record of the facts they support
	Keys          int64 `json:"keys"`          // fact relationships given their key (kg.FactKeyProp)
}

// migrateKeys gives every fact relationship without a key its key
// (kg.FactKey of its ends' keys), in transactions of migrateKeyBatch
// relationships that one scan per type feeds (CALL … IN TRANSACTIONS), so
// a graph of millions is converted in one pass, an interrupted run resumes
// with the relationships still without a key, and a converted graph costs
// one read of each relationship. Two relationships of one type between the
// same two nodes (which no writer of Tuopin makes) would fail on the
// uniqueness constraint, naming the key.
func (s *Store) migrateKeys(ctx context.Context) (int64, error) {
	var total int64
	for _, f := range factRels {
		q := `
			MATCH (x:` + f.fromLabel + `)-[r:` + f.rel + `]->(y:` + f.toLabel + `)
			WHERE r.` + kg.FactKeyProp + ` IS NULL
			CALL (x, r, y) {
				SET r.` + kg.FactKeyProp + ` = x.` + f.fromKey + ` + $sep + y.` + f.toKey + `
			} IN TRANSACTIONS OF ` + strconv.Itoa(migrateKeyBatch) + ` ROWS
			RETURN count(*) AS n`
		sess := s.session(ctx, neo4j.AccessModeWrite)
		res, err := sess.Run(ctx, q, map[string]any{"sep": kg.FactKey("", "")})
		var n int64
		if err == nil {
			var rec *neo4j.Record
			if rec, err = res.Single(ctx); err == nil {
				n, _, err = neo4j.GetRecordValue[int64](rec, "n")
			}
		}
		sess.Close(ctx)
		if err != nil {
			return total, fmt.Errorf("migrate %s keys: %w", f.rel, err)
		}
		total += n
	}
	return total, nil
}

// migrateKeyBatch bounds the relationships given a key per transaction.
const migrateKeyBatch = 10000

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
	const bare = `
		MATCH (a:Article) WHERE a.factTypes IS NULL
		WITH a LIMIT $limit
		SET a.factTypes = [], a.factFrom = [], a.factTo = [], a.factConfidences = []
		RETURN count(a) AS n`
	for {
		n, err := write(ctx, s, "Migrate", func(tx neo4j.ManagedTransaction) (int64, error) {
			return single[int64](ctx, tx, bare, map[string]any{"limit": 10000}, "n")
		})
		if err != nil {
			return rep, fmt.Errorf("migrate articles: %w", err)
		}
		if n == 0 {
			break
		}
	}
	keys, err := s.migrateKeys(ctx)
	if err != nil {
		return rep, err
	}
	rep.Keys = keys
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
