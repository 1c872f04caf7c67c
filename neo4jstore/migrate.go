package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
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
		res, err := tx.Run(ctx, `MATCH (a:Article) WHERE a.factTypes IS NULL OR a.path IS NULL OR a.`+kg.ArticleSentences.Spans+` IS NULL
			RETURN a.id AS id LIMIT 1`, nil)
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
		return kg.Errorf(kg.ECONFLICT, "the graph was written by an older Tuopin (provenance as lists of article ids, articles without their source path, or evidence sentences not yet on their articles): run 'tuopin migrate' first")
	}
	s.write.checked = true
	return nil
}

// MigrateReport says what Migrate changed.
type MigrateReport struct {
	Relationships int64 `json:"relationships"` // fact relationships converted to support counts
	Articles      int64 `json:"articles"`      // articles given a record of the facts they support
	// Evidence is how many fact relationships had their evidence strings
	// converted to "<article>:<start>:<end>", their sentences moved to the
	// articles (kg.ArticleSentences).
	Evidence int64 `json:"evidence"`
	// Dangling is how many evidence strings name an article the graph does
	// not hold: they keep their sentence inside (readers take it from
	// there).
	Dangling int64 `json:"dangling,omitempty"`
	// Unreadable is how many evidence strings no reader could decode (not
	// "<article>:<start>:<end>…"); they were dropped.
	Unreadable int64 `json:"unreadable,omitempty"`
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
	// Evidence strings with their sentence inside: the sentence moves to
	// its article.
	for _, f := range factRels {
		for {
			n, err := write(ctx, s, "Migrate", func(tx neo4j.ManagedTransaction) (int64, error) {
				return migrateSentences(ctx, tx, f, &rep)
			})
			if err != nil {
				return rep, fmt.Errorf("migrate %s evidence: %w", f.rel, err)
			}
			rep.Evidence += n
			if n == 0 {
				break
			}
		}
	}
	// Articles from before the fact records get empty ones, and empty
	// sentence lists if no evidence gave them one; articles from
	// before the path property get their file (or, with none, themselves)
	// as their source, as replacement used to key them.
	for _, st := range []struct{ what, q string }{
		{"articles", `
		MATCH (a:Article) WHERE a.factTypes IS NULL
		WITH a LIMIT $limit
		SET a.factTypes = [], a.factFrom = [], a.factTo = [], a.factConfidences = []
		RETURN count(a) AS n`},
		{"article sentences", `
		MATCH (a:Article) WHERE a.` + kg.ArticleSentences.Spans + ` IS NULL
		WITH a LIMIT $limit
		SET a.` + kg.ArticleSentences.Spans + ` = [], a.` + kg.ArticleSentences.Sentences + ` = []
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

// oldEvidence is true of an evidence string of the form stored before
// sentences moved to the articles, "<article>:<start>:<end>:<sentence>",
// whose article the graph holds (variable e; a string naming no stored
// article keeps its sentence), or of one no reader can decode.
const oldEvidence = `(size(split(e, ':')) > 3 AND EXISTS { MATCH (a:` + kg.LabelArticle + ` {id: split(e, ':')[0]}) })
		    OR size(split(e, ':')) < 3`

// migrateSentences converts the evidence of up to migrateBatch
// relationships of type f that hold strings with their sentence inside:
// each string becomes "<article>:<start>:<end>" and its sentence is added
// to its article's (kg.ArticleSentences) unless the article has that span
// already. It returns how many relationships it converted.
func migrateSentences(ctx context.Context, tx neo4j.ManagedTransaction, f factRel, rep *MigrateReport) (int64, error) {
	res, err := tx.Run(ctx, `
		MATCH (:`+f.fromLabel+`)-[r:`+f.rel+`]->(:`+f.toLabel+`)
		WHERE any(e IN r.evidence WHERE `+oldEvidence+`)
		WITH r LIMIT $limit
		RETURN elementId(r) AS id, r.evidence AS ev,
		       [e IN r.evidence WHERE size(split(e, ':')) > 3 AND NOT EXISTS { MATCH (a:`+kg.LabelArticle+` {id: split(e, ':')[0]}) }] AS dangling`,
		map[string]any{"limit": migrateBatch})
	if err != nil {
		return 0, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return 0, err
	}
	if len(recs) == 0 {
		return 0, nil
	}
	// span -> sentence, per article; the smaller sentence if two differ
	// (as the writer chooses).
	arts := map[string]map[string]string{}
	rels := make([]any, 0, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		evs, _ := rec.Values[1].([]any)
		dangling := map[string]bool{}
		if ds, ok := rec.Values[2].([]any); ok {
			for _, d := range ds {
				if s, ok := d.(string); ok {
					dangling[s] = true
				}
			}
		}
		out := make([]string, 0, len(evs))
		for _, v := range evs {
			s, _ := v.(string)
			if dangling[s] {
				out = append(out, s)
				continue
			}
			e, ok := kg.ParseEvidence(s)
			if !ok {
				rep.Unreadable++
				continue
			}
			if _, rest, _ := kg.SplitEvidence(s); strings.Count(rest, ":") >= 2 {
				span := kg.EvidenceSpan(e.Start, e.End)
				m := arts[e.ArticleID]
				if m == nil {
					m = map[string]string{}
					arts[e.ArticleID] = m
				}
				if cur, ok := m[span]; !ok || e.Sentence < cur {
					m[span] = e.Sentence
				}
			}
			out = append(out, kg.EncodeEvidence(e))
		}
		slices.Sort(out)
		out = slices.Compact(out)
		if len(out) > maxEvidence {
			out = out[:maxEvidence]
		}
		rels = append(rels, map[string]any{"id": id, "evidence": out})
	}
	ids := make([]string, 0, len(arts))
	for id := range arts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	rows := make([]any, 0, len(ids))
	for _, id := range ids {
		spans, texts := sentenceLists(arts[id])
		rows = append(rows, map[string]any{"id": id, "spans": spans, "texts": texts})
	}
	var ignore kg.WriteSummary
	if err := run(ctx, tx, `
		UNWIND $rows AS row
		MATCH (a:`+kg.LabelArticle+` {id: row.id})
		WITH a, row, coalesce(a.`+kg.ArticleSentences.Spans+`, []) AS spans, coalesce(a.`+kg.ArticleSentences.Sentences+`, []) AS texts
		WITH a, row, spans, texts, [i IN range(0, size(row.spans) - 1) WHERE NOT row.spans[i] IN spans] AS add
		SET a.`+kg.ArticleSentences.Spans+` = spans + [i IN add | row.spans[i]],
		    a.`+kg.ArticleSentences.Sentences+` = texts + [i IN add | row.texts[i]]`,
		map[string]any{"rows": rows}, &ignore); err != nil {
		return 0, err
	}
	if err := run(ctx, tx, `
		UNWIND $rels AS x
		MATCH ()-[r:`+f.rel+`]->() WHERE elementId(r) = x.id
		SET r.evidence = x.evidence`, map[string]any{"rels": rels}, &ignore); err != nil {
		return 0, err
	}
	for _, rec := range recs {
		if ds, ok := rec.Values[2].([]any); ok {
			rep.Dangling += int64(len(ds))
		}
	}
	return int64(len(recs)), nil
}
