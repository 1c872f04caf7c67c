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
	// Evidence counts the rewrites of fact relationships' evidence that
	// moved sentences onto articles (kg.ArticleSentences): strings
	// "<article>:<start>:<end>:<sentence>" became "<article>:<start>:<end>".
	// A relationship is rewritten once per batch of articles that supports it.
	Evidence int64 `json:"evidence"`
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
	// Then the sentences move from the evidence strings to their articles,
	// a batch of articles at a time, in the order of their ids.
	after := ""
	for {
		n, last, err := write2(ctx, s, func(tx neo4j.ManagedTransaction) (int64, string, error) {
			return migrateSentences(ctx, tx, after, &rep)
		})
		if err != nil {
			return rep, fmt.Errorf("migrate evidence sentences: %w", err)
		}
		if last == "" {
			break
		}
		rep.Evidence += n
		after = last
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

// write2 is write for a function of two results.
func write2[A, B any](ctx context.Context, s *Store, fn func(tx neo4j.ManagedTransaction) (A, B, error)) (A, B, error) {
	type pair struct {
		a A
		b B
	}
	p, err := write(ctx, s, "Migrate", func(tx neo4j.ManagedTransaction) (pair, error) {
		a, b, err := fn(tx)
		return pair{a, b}, err
	})
	return p.a, p.b, err
}

// migrateSentencesBatch bounds the articles whose sentences one
// transaction of Migrate moves.
const migrateSentencesBatch = 500

// migrateSentences moves the sentences of the next articles after id
// `after` (at most migrateSentencesBatch of those without
// kg.ArticleSentences, in id order) from the evidence strings of the
// relationships they support (their fact record) onto the articles: each
// string "<article>:<start>:<end>:<sentence>" of theirs becomes
// "<article>:<start>:<end>" and the article gets the sentence of that span.
// Should one article give one span two sentences, the smallest is the
// article's and the others stay inside their strings, as the writer does.
// It returns how many relationships it rewrote and the last article id
// ("" when none was left).
func migrateSentences(ctx context.Context, tx neo4j.ManagedTransaction, after string, rep *MigrateReport) (int64, string, error) {
	res, err := tx.Run(ctx, `
		MATCH (a:`+kg.LabelArticle+`) WHERE a.id > $after AND a.`+kg.ArticleSentences.Spans+` IS NULL
		WITH a ORDER BY a.id LIMIT $limit
		RETURN a.id AS id, coalesce(a.factTypes, []) AS t, coalesce(a.factFrom, []) AS f, coalesce(a.factTo, []) AS o`,
		map[string]any{"after": after, "limit": migrateSentencesBatch})
	if err != nil {
		return 0, "", err
	}
	recs, err := res.Collect(ctx)
	if err != nil || len(recs) == 0 {
		return 0, "", err
	}
	// The relationships the batch's articles support, each once, by type.
	byType := map[string][]any{}
	seen := map[string]bool{}
	ids := make([]string, 0, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		ids = append(ids, id)
		types, _ := rec.Values[1].([]any)
		froms, _ := rec.Values[2].([]any)
		tos, _ := rec.Values[3].([]any)
		for i, t := range types {
			if i >= len(froms) || i >= len(tos) {
				break
			}
			ts, _ := t.(string)
			k := fmt.Sprint(ts, "\x00", froms[i], "\x00", tos[i])
			if !seen[k] {
				seen[k] = true
				byType[ts] = append(byType[ts], map[string]any{"from": froms[i], "to": tos[i]})
			}
		}
	}
	type rel struct {
		id       string
		evidence []string
	}
	var rels []*rel
	for _, f := range factRels {
		rows := byType[f.rel]
		if len(rows) == 0 {
			continue
		}
		res, err := tx.Run(ctx, `
			UNWIND $rows AS row
			MATCH (:`+f.fromLabel+` {`+f.fromKey+`: row.from})-[r:`+f.rel+`]->(:`+f.toLabel+` {`+f.toKey+`: row.to})
			RETURN elementId(r) AS id, coalesce(r.evidence, []) AS ev`, map[string]any{"rows": rows})
		if err != nil {
			return 0, "", err
		}
		for res.Next(ctx) {
			rec := res.Record()
			id, _ := rec.Values[0].(string)
			evs, _ := rec.Values[1].([]any)
			r := &rel{id: id}
			for _, v := range evs {
				str, _ := v.(string)
				r.evidence = append(r.evidence, str)
			}
			rels = append(rels, r)
		}
		if err := res.Err(); err != nil {
			return 0, "", err
		}
	}
	// The batch's articles' strings with their sentence inside.
	inBatch := make(map[string]bool, len(ids))
	for _, id := range ids {
		inBatch[id] = true
	}
	old := func(s string) (kg.Evidence, bool) {
		article, rest, _ := kg.SplitEvidence(s)
		if !inBatch[article] || strings.Count(rest, ":") < 2 {
			return kg.Evidence{}, false
		}
		return kg.ParseEvidence(s)
	}
	chosen := map[string]map[string]string{} // article -> span -> sentence
	for _, r := range rels {
		for _, s := range r.evidence {
			if e, ok := old(s); ok {
				if chosen[e.ArticleID] == nil {
					chosen[e.ArticleID] = map[string]string{}
				}
				chooseSentences(chosen[e.ArticleID], []kg.Evidence{e})
			}
		}
	}
	var relRows []any
	for _, r := range rels {
		out := make([]string, 0, len(r.evidence))
		changed := false
		for _, s := range r.evidence {
			if e, ok := old(s); ok && chosen[e.ArticleID][kg.EvidenceSpan(e.Start, e.End)] == e.Sentence {
				s, changed = kg.EncodeEvidence(e), true
			}
			out = append(out, s)
		}
		if !changed {
			continue
		}
		slices.Sort(out)
		out = slices.Compact(out)
		relRows = append(relRows, map[string]any{"id": r.id, "evidence": out})
	}
	artRows := make([]any, 0, len(ids))
	for _, id := range ids {
		spans, texts := sentenceLists(chosen[id])
		artRows = append(artRows, map[string]any{"id": id, "spans": spans, "texts": texts})
	}
	var ignore kg.WriteSummary
	if len(relRows) > 0 {
		if err := run(ctx, tx, `
			UNWIND $rels AS x
			MATCH ()-[r]->() WHERE elementId(r) = x.id
			SET r.evidence = x.evidence`, map[string]any{"rels": relRows}, &ignore); err != nil {
			return 0, "", err
		}
	}
	if err := run(ctx, tx, `
		UNWIND $rows AS row
		MATCH (a:`+kg.LabelArticle+` {id: row.id})
		SET a.`+kg.ArticleSentences.Spans+` = row.spans, a.`+kg.ArticleSentences.Sentences+` = row.texts`,
		map[string]any{"rows": artRows}, &ignore); err != nil {
		return 0, "", err
	}
	return int64(len(relRows)), ids[len(ids)-1], nil
}
