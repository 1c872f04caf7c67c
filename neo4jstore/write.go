package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// StatementTimes, when set, receives the duration of every write statement
// (for profiling the writer; nil in normal use).
var StatementTimes func(name string, d time.Duration)

// maxEvidence bounds the evidence strings kept on one relationship.
const maxEvidence = 20

// WriteFacts implements kg.Writer. The whole batch is one managed write
// transaction (retried by the driver on transient errors and deadlocks), so
// a batch is either stored completely or not at all; rerunning an
// interrupted load therefore converges on the same graph. It is safe to
// call from several goroutines at once: every update is commutative
// (support counts, the smallest evidence strings, confidence levels, the
// greatest title), so the graph does not depend on which batch commits
// first, and rows are sorted by key so that concurrent batches lock in the
// same order.
func (s *Store) WriteFacts(ctx context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	if len(batch) == 0 {
		return kg.WriteSummary{}, nil
	}
	if err := s.checkProvenance(ctx); err != nil {
		return kg.WriteSummary{}, err
	}
	for attempt := 1; ; attempt++ {
		sum, err := s.writeFacts(ctx, batch)
		if attempt < maxWriteAttempts && ctx.Err() == nil && retryWrite(err) {
			s.write.retries.Add(1)
			continue
		}
		return sum, err
	}
}

// maxWriteAttempts bounds how many times WriteFacts runs a batch's managed
// transaction (each with the driver's own retries).
const maxWriteAttempts = 8

// retryWrite says whether a batch that failed is worth writing again:
//   - the driver gave up retrying a transient error (deadlocks between
//     concurrent writers) within its retry time, which a busy machine can
//     use up in a few attempts; the batch is still whole or not at all;
//   - articles are created, not merged (triage found them new): when
//     another process stored one of them since, the unique constraint
//     refuses it, and written again triage skips it.
func retryWrite(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 && neo4j.IsRetryable(limit.Errors[len(limit.Errors)-1]) {
		return true
	}
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}

func (s *Store) writeFacts(ctx context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	attempts := 0
	var fnEnd time.Time
	sum, err := write(ctx, s, "WriteFacts", func(tx neo4j.ManagedTransaction) (kg.WriteSummary, error) {
		if attempts++; attempts > 1 {
			s.write.retries.Add(1)
		}
		defer func() { fnEnd = time.Now() }()
		var sum kg.WriteSummary
		t0 := time.Now()
		fresh, replaced, err := s.triage(ctx, tx, batch)
		if StatementTimes != nil {
			StatementTimes("triage", time.Since(t0))
		}
		if err != nil {
			return sum, err
		}
		sum.Articles = len(batch)
		sum.Unchanged = len(batch) - len(fresh)
		sum.Replaced = len(replaced)
		for _, id := range replaced {
			if err := withdraw(ctx, tx, id, &sum); err != nil {
				return sum, fmt.Errorf("withdraw article %s: %w", id, err)
			}
		}
		if len(fresh) == 0 {
			return sum, nil
		}
		err = execBatch(ctx, tx, writeStatements, buildRows(fresh), func(st boundStatement) error {
			t0 := time.Now()
			err := run(ctx, tx, st.cypher, st.params, &sum)
			if StatementTimes != nil {
				StatementTimes(st.name, time.Since(t0))
			}
			return err
		})
		if err != nil {
			return sum, err
		}
		return sum, nil
	})
	if StatementTimes != nil && err == nil {
		StatementTimes("commit", time.Since(fnEnd))
	}
	return sum, err
}

// execBatch runs stmts over the rows of a batch, through exec. Nodes come
// first; then the nodes every relationship row names are looked up once
// each, by label and key (resolve), and the relationship statements find
// their ends by element id: one index seek per node and batch instead of
// two per relationship row. A row whose end does not exist is dropped, as
// a MATCH on its key would drop it.
func execBatch(ctx context.Context, tx neo4j.ManagedTransaction, stmts []statement, rows map[string][]any, exec func(boundStatement) error) error {
	bind := func(st statement, params []any) boundStatement {
		return boundStatement{name: st.name, cypher: st.cypher, params: map[string]any{"rows": params}, rows: len(params)}
	}
	keys := map[string]map[string]bool{}
	for _, st := range stmts {
		if st.from.label == "" {
			if params := rows[st.rows]; len(params) > 0 {
				if err := exec(bind(st, params)); err != nil {
					return fmt.Errorf("%s: %w", st.name, err)
				}
			}
			continue
		}
		for _, r := range rows[st.rows] {
			row := r.(map[string]any)
			for _, e := range []end{st.from, st.to} {
				if keys[e.label] == nil {
					keys[e.label] = map[string]bool{}
				}
				k, _ := row[e.field].(string)
				keys[e.label][k] = true
			}
		}
	}
	ids, stored, err := resolve(ctx, tx, keys)
	if err != nil {
		return fmt.Errorf("resolve: %w", err)
	}
	for _, st := range stmts {
		if st.from.label == "" {
			continue
		}
		var params []any
		for _, r := range rows[st.rows] {
			row := r.(map[string]any)
			f, _ := row[st.from.field].(string)
			t, _ := row[st.to.field].(string)
			fid, ok1 := ids[st.from.label][f]
			tid, ok2 := ids[st.to.label][t]
			if !ok1 || !ok2 || (st.structure != "" && stored[structureEdge{st.structure, fid, tid}]) {
				continue
			}
			// The keys of the ends are not sent: the statement finds the
			// ends by element id (fewer bytes for Neo4j to decode).
			bound := make(map[string]any, len(row))
			for k, v := range row {
				if k != st.from.field && k != st.to.field {
					bound[k] = v
				}
			}
			bound["fromId"], bound["toId"] = fid, tid
			params = append(params, bound)
		}
		if len(params) == 0 {
			continue
		}
		if err := exec(bind(st, params)); err != nil {
			return fmt.Errorf("%s: %w", st.name, err)
		}
	}
	return nil
}

// resolve returns the element ids of the nodes with the given keys, per
// label (keys with no node are left out), and the structure relationships
// (structureFrom) that start at those nodes already. A structure
// relationship is written once and then named again by nearly every batch
// (a county's PART_OF its prefecture): reading it here, with the ids,
// costs one short expansion per node, where a MERGE per row would
// match both ends and expand again, and would wait on a writer holding
// the parent (a province every batch names).
func resolve(ctx context.Context, tx neo4j.ManagedTransaction, keys map[string]map[string]bool) (map[string]map[string]string, map[structureEdge]bool, error) {
	out := map[string]map[string]string{}
	stored := map[structureEdge]bool{}
	for _, n := range kg.Nodes {
		ks := keys[n.Label]
		if len(ks) == 0 {
			continue
		}
		list := make([]string, 0, len(ks))
		for k := range ks {
			list = append(list, k)
		}
		slices.Sort(list)
		res, err := tx.Run(ctx, resolveStatements[n.Label], map[string]any{"keys": list})
		if err != nil {
			return nil, nil, err
		}
		types := structureFrom[n.Label]
		m := make(map[string]string, len(list))
		for res.Next(ctx) {
			rec := res.Record()
			k, _ := rec.Values[0].(string)
			id, _ := rec.Values[1].(string)
			m[k] = id
			for i, t := range types {
				ends, _ := rec.Values[2+i].([]any)
				for _, e := range ends {
					to, _ := e.(string)
					stored[structureEdge{t, id, to}] = true
				}
			}
		}
		if err := res.Err(); err != nil {
			return nil, nil, err
		}
		out[n.Label] = m
	}
	return out, stored, nil
}

// structureEdge is a structure relationship by its type and the element
// ids of its ends.
type structureEdge struct{ rel, from, to string }

// structureFrom lists, per label, the structure relationship types
// (neither provenance nor MENTIONS) that start at it, in model order.
var structureFrom = func() map[string][]string {
	m := map[string][]string{}
	for _, t := range kg.Rels {
		if !t.Provenance && t.Type != kg.RelMentions {
			m[t.From] = append(m[t.From], t.Type)
		}
	}
	return m
}()

// resolveStatements look nodes up by key, per label, with the element ids
// of the ends of their structure relationships (structureFrom), one list
// per type.
var resolveStatements = func() map[string]string {
	m := map[string]string{}
	for _, n := range kg.Nodes {
		q := `
		UNWIND $keys AS k
		MATCH (n:` + n.Label + ` {` + n.Key + `: k})
		RETURN k, elementId(n) AS id`
		for i, t := range structureFrom[n.Label] {
			q += `, [(n)-[:` + t + `]->(p) | elementId(p)] AS s` + strconv.Itoa(i)
		}
		m[n.Label] = q
	}
	return m
}()

// sourceKey is the stored article's path property, by which a later article
// from the same source replaces it: its Path, else its File (facts written
// by an older Tuopin or without a path), else its id (a source of its own).
func sourceKey(a kg.Article) string {
	switch {
	case a.Path != "":
		return a.Path
	case a.File != "":
		return a.File
	}
	return "id:" + a.ID
}

// triage returns the articles not yet stored and the ids of stored articles
// that share a source (sourceKey) with an incoming article but have other content.
func (s *Store) triage(ctx context.Context, tx neo4j.ManagedTransaction, batch []*kg.Facts) ([]*kg.Facts, []string, error) {
	ids := make([]string, 0, len(batch))
	files := make([]string, 0, len(batch))
	for _, f := range batch {
		ids = append(ids, f.Article.ID)
		files = append(files, sourceKey(f.Article))
		if a := f.Article; a.Path != "" && a.File != "" && a.File != a.Path {
			// An article stored before paths were recorded has its file
			// name as its path (tuopin migrate): an edited file still
			// replaces it, as it did then.
			files = append(files, a.File)
		}
	}
	const q = `
		UNWIND $ids AS id
		MATCH (a:Article {id: id})
		RETURN collect(a.id) AS existing`
	res, err := tx.Run(ctx, q, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return nil, nil, err
	}
	existing, _, err := neo4j.GetRecordValue[[]any](rec, "existing")
	if err != nil {
		return nil, nil, err
	}
	have := map[string]bool{}
	for _, v := range existing {
		if id, ok := v.(string); ok {
			have[id] = true
		}
	}
	const qf = `
		UNWIND $files AS f
		MATCH (a:Article {path: f})
		WHERE NOT a.id IN $ids
		RETURN collect(DISTINCT a.id) AS stale`
	res, err = tx.Run(ctx, qf, map[string]any{"files": files, "ids": ids})
	if err != nil {
		return nil, nil, err
	}
	rec, err = res.Single(ctx)
	if err != nil {
		return nil, nil, err
	}
	staleAny, _, err := neo4j.GetRecordValue[[]any](rec, "stale")
	if err != nil {
		return nil, nil, err
	}
	var stale []string
	for _, v := range staleAny {
		if id, ok := v.(string); ok {
			stale = append(stale, id)
		}
	}
	slices.Sort(stale)
	var fresh []*kg.Facts
	seen := map[string]bool{}
	for _, f := range batch {
		if have[f.Article.ID] || seen[f.Article.ID] {
			continue
		}
		seen[f.Article.ID] = true
		fresh = append(fresh, f)
	}
	return fresh, stale, nil
}

// withdraw removes an article and every fact that only it supports; facts
// also supported by other articles lose one from their support count, the
// evidence the article contributed, and its confidence from their levels.
// It reads only the article's own record of what it supports, so its cost
// does not grow with how many other articles support the same facts.
func withdraw(ctx context.Context, tx neo4j.ManagedTransaction, id string, sum *kg.WriteSummary) error {
	res, err := tx.Run(ctx, `MATCH (a:Article {id: $id})
		RETURN a.factTypes AS t, a.factFrom AS f, a.factTo AS o, a.factConfidences AS c`, map[string]any{"id": id})
	if err != nil {
		return err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return err
	}
	types, _, _ := neo4j.GetRecordValue[[]any](rec, "t")
	froms, _, _ := neo4j.GetRecordValue[[]any](rec, "f")
	tos, _, _ := neo4j.GetRecordValue[[]any](rec, "o")
	confs, _, _ := neo4j.GetRecordValue[[]any](rec, "c")
	if types == nil {
		return kg.Errorf(kg.ECONFLICT, "article %s has no record of the facts it supports (a graph written before provenance counts): run 'tuopin migrate' first", id)
	}
	if len(froms) != len(types) || len(tos) != len(types) || len(confs) != len(types) {
		return kg.Errorf(kg.EINTERNAL, "article %s: fact lists of different lengths", id)
	}
	byType := map[string][]any{}
	for i, t := range types {
		ts, _ := t.(string)
		byType[ts] = append(byType[ts], map[string]any{"from": froms[i], "to": tos[i], "confidence": confs[i]})
	}
	for _, f := range factRels {
		rows := byType[f.rel]
		if len(rows) == 0 {
			continue
		}
		if err := run(ctx, tx, unlinkStatement(f), map[string]any{"rows": rows, "prefix": id + ":"}, sum); err != nil {
			return fmt.Errorf("%s: %w", f.rel, err)
		}
	}
	// Lock what the article mentions before looking for orphans: a
	// concurrent batch that is adding a mention of one of them holds it
	// until it commits, and the check below then sees that mention (Neo4j
	// reads committed data; without the lock the check could run first and
	// DETACH DELETE would take the new mention with the node).
	const lock = `
		MATCH (:Article {id: $id})-[:MENTIONS]->(n)
		WITH n ORDER BY elementId(n)
		SET n.withdrawLock = true
		REMOVE n.withdrawLock`
	var ignore kg.WriteSummary
	if err := run(ctx, tx, lock, map[string]any{"id": id}, &ignore); err != nil {
		return err
	}
	const drop = `
		MATCH (a:Article {id: $id})
		OPTIONAL MATCH (a)-[:MENTIONS]->(n)
		WITH a, collect(n) AS ns
		DETACH DELETE a
		WITH ns
		UNWIND ns AS n
		WITH n WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
		DETACH DELETE n`
	return run(ctx, tx, drop, map[string]any{"id": id}, sum)
}

// unlinkStatement takes one article's support away from relationships of
// type f: support minus one, its evidence (strings starting with $prefix)
// dropped, one count off its confidence level, and the relationship deleted
// when no article supports it any more.
func unlinkStatement(f factRel) string {
	return `
		UNWIND $rows AS row
		MATCH (:` + f.fromLabel + ` {` + f.fromKey + `: row.from})-[r:` + f.rel + `]->(:` + f.toLabel + ` {` + f.toKey + `: row.to})
		WITH r, row, [i IN range(0, size(r.confidenceCounts) - 1) |
		    r.confidenceCounts[i] - CASE WHEN r.confidenceLevels[i] = row.confidence THEN 1 ELSE 0 END] AS counts
		WITH r, [i IN range(0, size(counts) - 1) WHERE counts[i] > 0 | r.confidenceLevels[i]] AS levels,
		    [c IN counts WHERE c > 0] AS counts
		SET r.support = r.support - 1,
		    r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix],
		    r.confidenceLevels = levels, r.confidenceCounts = counts,
		    r.confidence = ` + maxLevel + `
		WITH r WHERE r.support <= 0
		DELETE r`
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, sum *kg.WriteSummary) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	rs, err := res.Consume(ctx)
	if err != nil {
		return err
	}
	c := rs.Counters()
	sum.NodesCreated += c.NodesCreated()
	sum.NodesDeleted += c.NodesDeleted()
	sum.RelationshipsCreated += c.RelationshipsCreated()
	sum.RelationshipsDeleted += c.RelationshipsDeleted()
	sum.PropertiesSet += c.PropertiesSet()
	return nil
}

// Reset implements kg.Writer: it deletes everything in bounded batches,
// relationships first, so no transaction holds more than a few MiB of state
// however large the graph (a DETACH DELETE of 10,000 hub nodes can touch
// millions of relationships and exhaust Neo4j's transaction memory).
func (s *Store) Reset(ctx context.Context) error {
	for _, q := range []string{
		`MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS c`,
		`MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c`,
	} {
		for {
			n, err := write(ctx, s, "Reset", func(tx neo4j.ManagedTransaction) (int64, error) {
				res, err := tx.Run(ctx, q, nil)
				if err != nil {
					return 0, err
				}
				rec, err := res.Single(ctx)
				if err != nil {
					return 0, err
				}
				c, _, err := neo4j.GetRecordValue[int64](rec, "c")
				return c, err
			})
			if err != nil {
				return err
			}
			if n == 0 {
				break
			}
		}
	}
	return nil
}

// The write statements are derived from the model table (kg.Nodes,
// kg.Rels): labels, keys, relationship types, their ends and their own
// properties come from there, so that a relationship added to the table is
// written (given its rows, below) without new Cypher. What the table does
// not say is how a stored node takes a later article's values (nodeUpdates)
// and which rows buildRows gathers for each label and type (rowsKeys).
//
// Provenance on a fact relationship (docs/PROVENANCE.md) is merged in one
// statement per type: a relationship the batch creates takes the batch's
// values as they are (ON CREATE SET: no list is read); one that exists adds
// the batch's support, evidence and confidence histogram to its own. Its
// cost does not depend on how many articles support the fact:
//   - support: how many articles support it, plus row.support;
//   - evidence: the new strings ("<article>:<start>:<end>"; the sentences
//     are on the articles, kg.ArticleSentences) merged in, then cut to the
//     maxEvidence smallest strings (strings start with the article id), so
//     the sample is the same whatever order articles arrive in;
//   - confidenceLevels / confidenceCounts: how many supporting articles gave
//     each distinct confidence (as many entries as rules have precisions), so
//     confidence, the highest level, stays exact when an article is
//     withdrawn.
//
// Triage guarantees that the articles of a batch are new, and buildRows
// gives each relationship one row per batch (a relationship updated by two
// rows of one statement would see stale values). Evidence strings start
// with their article's id, so none of a batch's strings can be stored
// already (a concurrent transaction storing the same article fails on its
// unique constraint): they are appended without a membership test. A full
// sample (maxEvidence strings) takes only the strings below its greatest,
// so a string that cannot enter costs one comparison per stored string,
// and when none enters the sample is left as it is.

// maxLevel is the highest of the confidence levels in variable levels.
const maxLevel = `reduce(m = 0.0, c IN levels | CASE WHEN c > m THEN c ELSE m END)`

// rowsKeys names, for each label of kg.Nodes and type of kg.Rels, the rows
// buildRows gathers for it (MENTIONS: "m" + the label of its end).
var rowsKeys = map[string]string{
	kg.LabelArticle: "articles", kg.LabelRegion: "regions", kg.LabelOfficial: "officials",
	kg.LabelProgram: "programs", kg.LabelIndustry: "industries", kg.LabelOrganization: "organizations",
	kg.LabelStatistic: "statistics",
	kg.RelServesIn:    "servesIn", kg.RelPartOf: "partOf", kg.RelImplements: "implements",
	kg.RelDevelops: "develops", kg.RelSupports: "supports", kg.RelSubtypeOf: "subtypes",
	kg.RelAssists: "assists", kg.RelReported: "reported", kg.RelOperatesIn: "operatesIn",
}

// nodeUpdates say, per label, how a node already stored takes the values of
// a row (variables n and row, after MERGE on the key). A node stored with
// the same values is not written again: a write would lock it until the
// batch commits, and popular entities (provinces, common industries) are in
// nearly every batch, so concurrent writers would queue on them.
var nodeUpdates = map[string]string{
	kg.LabelRegion: `
		WITH n, row WHERE n.name IS NULL OR NOT (n.name = row.name AND n.shortName = row.shortName AND n.level = row.level AND n.search = row.search)
		SET n.name = row.name, n.shortName = row.shortName, n.level = row.level, n.search = row.search
		FOREACH (_ IN CASE WHEN row.level = 'province' THEN [1] ELSE [] END | SET n:Province)
		FOREACH (_ IN CASE WHEN row.level = 'prefecture' THEN [1] ELSE [] END | SET n:Prefecture)
		FOREACH (_ IN CASE WHEN row.level = 'county' THEN [1] ELSE [] END | SET n:County)
		FOREACH (_ IN CASE WHEN row.level = 'town' THEN [1] ELSE [] END | SET n:Town)
		FOREACH (_ IN CASE WHEN row.level = 'village' THEN [1] ELSE [] END | SET n:Village)`,
	kg.LabelOfficial: `
		ON CREATE SET n.titles = []
		WITH n, row WHERE n.name IS NULL OR NOT (n.name = row.name AND n.place = row.place AND n.placeCode = row.placeCode)
		    OR any(t IN row.titles WHERE NOT t IN n.titles)
		SET n.name = row.name, n.place = row.place, n.placeCode = row.placeCode, n.search = row.name,
		    n.titles = reduce(acc = n.titles, t IN row.titles | CASE WHEN t IN acc THEN acc ELSE acc + t END)`,
	kg.LabelProgram: `
		WITH n, row WHERE n.name IS NULL OR NOT (n.name = row.name AND n.category = row.category AND n.local = row.local)
		SET n.name = row.name, n.category = row.category, n.local = row.local, n.search = row.name`,
	kg.LabelIndustry: `
		ON CREATE SET n.search = row.name
		WITH n, row WHERE row.category IS NOT NULL AND (n.category IS NULL OR row.category > n.category)
		SET n.category = row.category`,
	kg.LabelOrganization: `
		WITH n, row WHERE n.name IS NULL OR NOT (n.name = row.name AND n.kind = row.kind)
		SET n.name = row.name, n.kind = row.kind, n.search = row.name`,
	kg.LabelStatistic: `
		WITH n, row WHERE n.metric IS NULL OR any(k IN keys(row.props) WHERE NOT n[k] = row.props[k])
		SET n += row.props`,
}

// factRel describes a fact relationship type (kg.RelType.Provenance): the
// rows that write it and the labels and key properties of its ends, all
// from the model table (fixed strings, never input).
type factRel struct {
	rows, rel                          string
	fromLabel, fromKey, toLabel, toKey string
	props                              []string
}

func relOf(t kg.RelType) factRel {
	from, _ := kg.NodeOf(t.From)
	to, _ := kg.NodeOf(t.To)
	return factRel{rows: rowsKeys[t.Type], rel: t.Type, fromLabel: t.From, fromKey: from.Key, toLabel: t.To, toKey: to.Key, props: t.Props}
}

// factRels lists every relationship type that carries provenance.
var factRels = func() []factRel {
	var out []factRel
	for _, t := range kg.Rels {
		if t.Provenance {
			out = append(out, relOf(t))
		}
	}
	return out
}()

type statement struct {
	name   string
	rows   string // key into the rows built by buildRows
	cypher string
	// from and to, for a relationship statement, say which nodes its rows
	// name; execBatch gives each row their element ids as fromId and toId.
	from, to end
	// structure names the relationship type of a structure statement
	// (PART_OF, SUBTYPE_OF): a row whose relationship resolve found stored
	// already is not sent.
	structure string
}

// end is one end of the relationships a statement writes: the label of the
// node and the row field holding its key.
type end struct{ label, field string }

// writeStatements run in order inside one transaction: articles, entities,
// structure, mentions, then facts.
var writeStatements = buildStatements(false)

// buildStatements derives the write statements from the model table; raw
// gives the floor WriteRaw is measured by (provenance assigned, not merged).
func buildStatements(raw bool) []statement {
	var out []statement
	art, _ := kg.NodeOf(kg.LabelArticle)
	// The articles are new (triage), so CREATE: a MERGE would look for them.
	out = append(out, statement{name: "articles", rows: rowsKeys[art.Label], cypher: `
		UNWIND $rows AS row
		CREATE (a:` + art.Label + ` {` + art.Key + `: row.id})
		SET a += row.props`})
	for _, n := range kg.Nodes {
		if n.Label == kg.LabelArticle {
			continue
		}
		upd := nodeUpdates[n.Label]
		if raw {
			upd = rawNodeUpdate(n.Label, upd)
		}
		out = append(out, statement{name: strings.ToLower(n.Label), rows: rowsKeys[n.Label], cypher: `
		UNWIND $rows AS row
		MERGE (n:` + n.Label + ` {` + n.Key + `: row.` + n.Key + `})` + upd})
	}
	var facts []statement
	for _, t := range kg.Rels {
		switch {
		case t.Type == kg.RelMentions:
			continue // below, after the structure
		case t.Provenance:
			f := relOf(t)
			facts = append(facts, statement{name: strings.ToLower(t.Type), rows: f.rows, cypher: factStatement(f, raw),
				from: end{f.fromLabel, "from"}, to: end{f.toLabel, "to"}})
		default:
			// A structure row reaches here only when resolve found its
			// link missing (mostly a new town or village under a county).
			// It locks the child, not the parent: the property written and
			// removed takes the child's lock, and a writer creating the
			// same link waits on it and then sees the link, while CREATE
			// does not lock a dense parent exclusively, where MERGE's
			// creation locks both ends (a county every batch names, held
			// until the other writer commits).
			f := relOf(t)
			out = append(out, statement{name: strings.ToLower(t.Type), rows: f.rows, cypher: `
		UNWIND $rows AS row
		MATCH (c:` + f.fromLabel + `) WHERE elementId(c) = row.fromId
		MATCH (p:` + f.toLabel + `) WHERE elementId(p) = row.toId
		SET c.structureLock = true
		REMOVE c.structureLock
		WITH c, p WHERE NOT EXISTS { (c)-[:` + f.rel + `]->(p) }
		CREATE (c)-[:` + f.rel + `]->(p)`, from: end{f.fromLabel, "child"}, to: end{f.toLabel, "parent"}, structure: f.rel})
		}
	}
	// MENTIONS from a new article: CREATE, one statement per label of the
	// entity mentioned.
	for _, n := range kg.Nodes {
		if n.Label == kg.LabelArticle {
			continue
		}
		out = append(out, statement{name: "mentions_" + strings.ToLower(n.Label), rows: "m" + n.Label, cypher: `
		UNWIND $rows AS row
		MATCH (a:` + art.Label + `) WHERE elementId(a) = row.fromId
		MATCH (n:` + n.Label + `) WHERE elementId(n) = row.toId
		CREATE (a)-[:` + kg.RelMentions + `]->(n)`, from: end{art.Label, "article"}, to: end{n.Label, "key"}})
	}
	return append(out, facts...)
}

// factStatement writes the rows of one fact relationship type. Its own
// properties (kg.RelType.Props, e.g. SERVES_IN's title and titles) go
// together, and the row whose first one is greatest in string order wins,
// so the result does not depend on the order of articles.
//
// A relationship not stored yet is created empty (support 0, no evidence,
// no levels) under a lock on its start node alone, and then takes the row
// like any stored one: the start node's lock (a property written and
// removed) makes a writer creating the same relationship wait and then
// see it, and CREATE takes no exclusive lock on a dense end. MERGE would
// lock both ends when it creates, and the end node of a fact is mostly a
// hub every batch names (产业扶贫, a province's statistic, a popular
// industry): the other writer's transaction, creating its own new
// relationships to that hub, would hold it until it commits.
func factStatement(f factRel, raw bool) string {
	if raw {
		var create []string
		for _, p := range f.props {
			create = append(create, "r."+p+" = row."+p)
		}
		create = append([]string{"r.support = row.support", "r.evidence = row.evidence", "r.confidenceLevels = row.levels",
			"r.confidenceCounts = row.counts", "r.confidence = row.confidence"}, create...)
		return `
		UNWIND $rows AS row
		MATCH (x:` + f.fromLabel + `) WHERE elementId(x) = row.fromId
		MATCH (y:` + f.toLabel + `) WHERE elementId(y) = row.toId
		MERGE (x)-[r:` + f.rel + `]->(y)
		SET ` + strings.Join(create, ", ")
	}
	q := `
		UNWIND $rows AS row
		MATCH (x:` + f.fromLabel + `) WHERE elementId(x) = row.fromId
		MATCH (y:` + f.toLabel + `) WHERE elementId(y) = row.toId
		CALL (x, y) {
		  WITH x, y WHERE NOT EXISTS { (x)-[:` + f.rel + `]->(y) }
		  SET x.factLock = true
		  REMOVE x.factLock
		  WITH x, y WHERE NOT EXISTS { (x)-[:` + f.rel + `]->(y) }
		  CREATE (x)-[:` + f.rel + ` {support: 0, evidence: [], confidenceLevels: [], confidenceCounts: [], confidence: 0.0}]->(y)
		}
		MATCH (x)-[r:` + f.rel + `]->(y)
		SET r.support = r.support + row.support
		WITH r, row, r.evidence + CASE WHEN size(r.evidence) < ` + strconv.Itoa(maxEvidence) + ` THEN row.evidence
		          ELSE [e IN row.evidence WHERE e < reduce(m = '', x IN r.evidence | CASE WHEN x > m THEN x ELSE m END)] END AS ev,
		     r.confidenceLevels + [l IN row.levels WHERE NOT l IN r.confidenceLevels] AS levels
		WITH r, row, levels,
		     CASE WHEN size(ev) <= ` + strconv.Itoa(maxEvidence) + ` THEN ev
		          ELSE [e IN ev WHERE size([f IN ev WHERE f < e]) < ` + strconv.Itoa(maxEvidence) + `] END AS ev,
		     [l IN levels |
		         reduce(n = 0, i IN range(0, size(r.confidenceLevels) - 1) | n + CASE WHEN r.confidenceLevels[i] = l THEN r.confidenceCounts[i] ELSE 0 END) +
		         reduce(n = 0, i IN range(0, size(row.levels) - 1) | n + CASE WHEN row.levels[i] = l THEN row.counts[i] ELSE 0 END)] AS counts
		SET r.evidence = ev, r.confidenceLevels = levels, r.confidenceCounts = counts,
		    r.confidence = ` + maxLevel
	if len(f.props) > 0 {
		first := f.props[0]
		var assign []string
		for _, p := range f.props {
			assign = append(assign, "r."+p+" = row."+p)
		}
		q += `
		WITH r, row WHERE row.` + first + ` IS NOT NULL AND (r.` + first + ` IS NULL OR row.` + first + ` > r.` + first + `)
		SET ` + strings.Join(assign, ", ")
	}
	return q
}

// relKeys maps the rows of each fact relationship to its type.
var relKeys = func() map[string]string {
	m := map[string]string{}
	for _, f := range factRels {
		m[f.rows] = f.rel
	}
	return m
}()

// buildRows turns facts into parameter rows, one list per statement, with
// nodes deduplicated across the batch and one row per article and fact
// relationship (its evidence merged, its highest confidence). Each list is
// sorted by the keys it locks, so concurrent batches take their locks in
// the same order (fewer deadlocks to retry). Each article row carries the
// facts the article supports (factTypes, factFrom, factTo,
// factConfidences: parallel lists), which is what withdrawing it reads.
func buildRows(batch []*kg.Facts) map[string][]any {
	rows := unsortedRows(batch)
	for _, list := range rows {
		sortRows(list)
	}
	return rows
}

// sortRows sorts rows by their lock keys (compareRows), stably. Each row's
// keys are joined once into one string (NUL-separated: no key holds a NUL,
// and NUL sorts first, so the order is compareRows's), instead of nine map
// lookups per comparison. A key holding a NUL falls back to compareRows.
func sortRows(list []any) {
	type keyed struct {
		key string
		row any
	}
	ks := make([]keyed, len(list))
	var b strings.Builder
	for i, r := range list {
		row := r.(map[string]any)
		b.Reset()
		for _, k := range lockKeys {
			v, _ := row[k].(string)
			if strings.IndexByte(v, 0) >= 0 {
				slices.SortStableFunc(list, func(x, y any) int { return compareRows(x.(map[string]any), y.(map[string]any)) })
				return
			}
			b.WriteString(v)
			b.WriteByte(0)
		}
		ks[i] = keyed{b.String(), r}
	}
	slices.SortStableFunc(ks, func(x, y keyed) int { return strings.Compare(x.key, y.key) })
	for i := range ks {
		list[i] = ks[i].row
	}
}

// unsortedRows is buildRows without the sort by lock keys, for writers
// that take no locks (Bulk: a tenth of its CPU went to that sort).
func unsortedRows(batch []*kg.Facts) map[string][]any {
	rows := map[string][]any{}
	seen := map[string]bool{}
	once := func(key string) bool {
		if seen[key] {
			return false
		}
		seen[key] = true
		return true
	}
	add := func(k string, v map[string]any) { rows[k] = append(rows[k], v) }
	mention := func(k, article, key string) {
		if once(k + "\x00" + article + "\x00" + key) {
			add(k, map[string]any{"article": article, "key": key})
		}
	}
	// industry adds an industry row once per batch, keeping the greatest
	// category any article gave it (as the statement does across batches).
	industries := map[string]map[string]any{}
	industry := func(name, category string) {
		row, ok := industries[name]
		if !ok {
			row = map[string]any{"name": name, "category": nil}
			industries[name] = row
			add("industries", row)
		}
		if cur, _ := row["category"].(string); category != "" && category > cur {
			row["category"] = category
		}
	}
	// node adds an entity row once per batch; a later article's row
	// overwrites its properties (last write wins, as across batches), and an
	// official's titles are united in first-seen order (as the statement
	// does).
	nodes := map[string]map[string]any{}
	node := func(k, key string, row map[string]any) {
		prev, ok := nodes[k+"\x00"+key]
		if !ok {
			nodes[k+"\x00"+key] = row
			add(k, row)
			return
		}
		titles, _ := prev["titles"].([]string)
		titles = slices.Clone(titles)
		for f, v := range row {
			prev[f] = v
		}
		if k == "officials" {
			for _, t := range row["titles"].([]string) {
				if !slices.Contains(titles, t) {
					titles = append(titles, t)
				}
			}
			prev["titles"] = titles
		}
	}
	batchRels := map[string]*relRow{}
	var batchOrder []string
	for _, f := range batch {
		a := f.Article
		id := a.ID
		// One row per relationship the article supports, in first-seen order.
		var rels []map[string]any
		relIdx := map[string]int{}
		var relEv [][]kg.Evidence
		relation := func(k, from, to string, ev []kg.Evidence, conf float64, extra map[string]any) {
			key := k + "\x00" + from + "\x00" + to
			if i, ok := relIdx[key]; ok {
				relEv[i] = append(relEv[i], ev...)
				if conf > rels[i]["confidence"].(float64) {
					rels[i]["confidence"] = conf
				}
				return
			}
			row := map[string]any{"k": k, "article": id, "from": from, "to": to, "confidence": conf}
			for key, v := range extra {
				row[key] = v
			}
			relIdx[key] = len(rels)
			rels = append(rels, row)
			relEv = append(relEv, slices.Clone(ev))
		}
		// A region's PART_OF comes from an article that names the parent
		// too (extraction adds every ancestor, kg.RoleAncestor): whether
		// the relationship exists then depends only on which articles are
		// stored, not on the order they came in (a parent stored after its
		// child would otherwise leave the child unlinked), and the bulk
		// importer writes the same ones.
		named := make(map[string]bool, len(f.Regions))
		for _, r := range f.Regions {
			named[r.Code] = true
		}
		for _, r := range f.Regions {
			if r.Code == "" {
				continue
			}
			node("regions", r.Code, map[string]any{"code": r.Code, "name": r.Name, "shortName": r.ShortName,
				"level": r.Level, "search": strings.TrimSpace(r.Name + " " + r.ShortName)})
			if r.ParentCode != "" && named[r.ParentCode] && once("partOf\x00"+r.Code+"\x00"+r.ParentCode) {
				add("partOf", map[string]any{"child": r.Code, "parent": r.ParentCode})
			}
			mention("mRegion", id, r.Code)
		}
		for _, o := range f.Officials {
			node("officials", o.ID, map[string]any{"id": o.ID, "name": o.Name, "place": o.Place,
				"placeCode": o.PlaceCode, "titles": strs(o.Titles)})
			mention("mOfficial", id, o.ID)
			for _, role := range roles(o) {
				relation("servesIn", o.ID, role.code, o.Evidence, o.Confidence, map[string]any{
					"title": strings.Join(role.titles, "、"), "titles": strs(role.titles)})
			}
		}
		for _, p := range f.Programs {
			node("programs", p.ID, map[string]any{"id": p.ID, "name": p.Name, "category": p.Category, "local": p.Local})
			mention("mProgram", id, p.ID)
			if p.RegionCode != "" {
				relation("implements", p.RegionCode, p.ID, p.Evidence, p.Confidence, nil)
			}
			for _, ind := range p.Industries {
				relation("supports", p.ID, ind, p.Evidence, p.Confidence, nil)
			}
		}
		for _, ind := range f.Industries {
			industry(ind.Name, ind.Category)
			mention("mIndustry", id, ind.Name)
			if ind.Parent != "" {
				industry(ind.Parent, "")
				mention("mIndustry", id, ind.Parent)
				if once("subtype\x00" + ind.Name + "\x00" + ind.Parent) {
					add("subtypes", map[string]any{"child": ind.Name, "parent": ind.Parent})
				}
			}
			if ind.RegionCode != "" {
				relation("develops", ind.RegionCode, ind.Name, ind.Evidence, ind.Confidence, nil)
			}
		}
		for _, p := range f.Partners {
			if p.HelperCode == "" || p.HelpedCode == "" {
				continue
			}
			relation("assists", p.HelperCode, p.HelpedCode, p.Evidence, p.Confidence, map[string]any{"mechanism": nilIfEmpty(p.Mechanism)})
		}
		for _, st := range f.Stats {
			node("statistics", st.ID, map[string]any{"id": st.ID, "props": map[string]any{
				"metric": st.Metric, "value": st.Value, "number": st.Number, "unit": st.Unit,
				"year": st.Year, "place": st.Place, "placeCode": st.PlaceCode,
			}})
			mention("mStatistic", id, st.ID)
			if st.PlaceCode != "" {
				relation("reported", st.PlaceCode, st.ID, st.Evidence, st.Confidence, nil)
			}
		}
		for _, o := range f.Organizations {
			node("organizations", o.ID, map[string]any{"id": o.ID, "name": o.Name, "kind": o.Kind})
			mention("mOrganization", id, o.ID)
			if o.RegionCode != "" {
				relation("operatesIn", o.ID, o.RegionCode, o.Evidence, o.Confidence, nil)
			}
		}
		// The sentence of each span of the article's evidence (the smallest,
		// should a span be given two), and the sentences its evidence
		// strings refer to, each once (kg.ArticleSentences).
		chosen := map[string]string{}
		for _, ev := range relEv {
			chooseSentences(chosen, ev)
		}
		sentences := map[string]string{}
		types := make([]string, 0, len(rels))
		froms := make([]string, 0, len(rels))
		tos := make([]string, 0, len(rels))
		confs := make([]float64, 0, len(rels))
		for i, row := range rels {
			k := row["k"].(string)
			from, to, conf := row["from"].(string), row["to"].(string), row["confidence"].(float64)
			types = append(types, relKeys[k])
			froms = append(froms, from)
			tos = append(tos, to)
			confs = append(confs, conf)
			key := k + "\x00" + from + "\x00" + to
			agg, ok := batchRels[key]
			if !ok {
				agg = &relRow{k: k, row: map[string]any{"from": from, "to": to}}
				batchRels[key] = agg
				batchOrder = append(batchOrder, key)
			}
			agg.add(row, encodeEvidence(id, relEv[i], chosen, sentences), conf)
		}
		spans, texts := sentenceLists(sentences)
		add("articles", map[string]any{"id": id, "props": map[string]any{
			"title": a.Title, "source": a.Source, "publishedAt": a.PublishedAt, "file": a.File, "path": sourceKey(a),
			"script": a.Script, "encoding": a.Encoding, "chars": a.Chars,
			"factTypes": types, "factFrom": froms, "factTo": tos, "factConfidences": confs,
			kg.ArticleSentences.Spans: spans, kg.ArticleSentences.Sentences: texts,
		}})
	}
	for _, key := range batchOrder {
		agg := batchRels[key]
		add(agg.k, agg.finish())
	}
	return rows
}

// relRow gathers what the articles of one batch say about one fact
// relationship.
type relRow struct {
	k        string
	row      map[string]any
	support  int
	evidence []string
	levels   []float64
	counts   []int
}

// add folds in one article's row: its evidence and confidence, and for
// SERVES_IN and ASSISTS the greatest title and mechanism (the same choice
// the statements make against what is stored, so the result does not
// depend on the order of articles).
func (a *relRow) add(row map[string]any, ev []string, conf float64) {
	a.support++
	a.evidence = append(a.evidence, ev...)
	if i := slices.Index(a.levels, conf); i >= 0 {
		a.counts[i]++
	} else {
		a.levels = append(a.levels, conf)
		a.counts = append(a.counts, 1)
	}
	if t, ok := row["title"].(string); ok {
		if cur, seen := a.row["title"].(string); !seen || t > cur {
			a.row["title"], a.row["titles"] = t, row["titles"]
		}
	}
	if _, ok := row["mechanism"]; ok {
		m, _ := row["mechanism"].(string)
		cur, _ := a.row["mechanism"].(string)
		if m != "" && m > cur {
			a.row["mechanism"] = m
		} else if _, seen := a.row["mechanism"]; !seen {
			a.row["mechanism"] = nil
		}
	}
}

func (a *relRow) finish() map[string]any {
	slices.Sort(a.evidence)
	a.evidence = slices.Compact(a.evidence)
	if len(a.evidence) > maxEvidence {
		a.evidence = a.evidence[:maxEvidence]
	}
	a.row["support"] = a.support
	a.row["evidence"] = a.evidence
	a.row["levels"] = a.levels
	a.row["counts"] = a.counts
	// WriteRaw's floor stores one confidence.
	a.row["confidence"] = slices.Max(a.levels)
	return a.row
}

// lockKeys are the row fields, in order, that name the nodes a statement
// locks; rows are sorted by them. A structure row (PART_OF, SUBTYPE_OF)
// sorts by its parent first: parents (provinces, prefectures, broad
// industries) are the nodes concurrent batches share.
var lockKeys = []string{"from", "to", "key", "code", "id", "name", "parent", "child", "article"}

func compareRows(x, y map[string]any) int {
	for _, k := range lockKeys {
		a, _ := x[k].(string)
		b, _ := y[k].(string)
		if c := strings.Compare(a, b); c != 0 {
			return c
		}
	}
	return 0
}

type role struct {
	code   string
	titles []string
}

// roles groups an official's titles by the region each belongs to; titles
// without a region of their own belong to the place served.
func roles(o kg.OfficialFact) []role {
	var out []role
	idx := map[string]int{}
	addTitle := func(code, title string) {
		if code == "" {
			return
		}
		i, ok := idx[code]
		if !ok {
			i = len(out)
			idx[code] = i
			out = append(out, role{code: code})
		}
		if !slices.Contains(out[i].titles, title) {
			out[i].titles = append(out[i].titles, title)
		}
	}
	if len(o.Roles) > 0 {
		for _, r := range o.Roles {
			code := r.RegionCode
			if code == "" {
				code = o.PlaceCode
			}
			addTitle(code, r.Title)
		}
		return out
	}
	for _, t := range o.Titles {
		addTitle(o.PlaceCode, t)
	}
	return out
}

// chooseSentences records in chosen the sentence of each span of ev: the
// smallest, if the span is given two. Extraction never does that (a span
// is the sentence's place in the article's text); a --facts file from
// elsewhere might.
func chooseSentences(chosen map[string]string, ev []kg.Evidence) {
	for _, e := range ev {
		span := kg.EvidenceSpan(e.Start, e.End)
		if cur, ok := chosen[span]; !ok || e.Sentence < cur {
			chosen[span] = e.Sentence
		}
	}
}

// encodeEvidence encodes article id's evidence for one relationship:
// distinct strings "<id>:<start>:<end>" (kg.EncodeEvidence), the
// maxEvidence smallest (the relationship keeps the smallest of all its
// articles' strings, so larger ones could never stay), and adds the
// sentence of each string kept to sentences, by span. The sentence of a
// span is the article's chosen one (chooseSentences); evidence that gives
// its span another sentence keeps it inside its string,
// "<id>:<start>:<end>:<sentence>" (as before sentences moved to the
// articles; readers take it from there), so no sentence is lost. Evidence
// is stored under the article that gives it, whatever article it names
// (extraction names its own; a --facts file from elsewhere might not),
// because that article holds its sentence and withdrawing it takes its
// strings away.
func encodeEvidence(id string, ev []kg.Evidence, chosen, sentences map[string]string) []string {
	out := make([]string, 0, len(ev))
	for _, e := range ev {
		e.ArticleID = id
		s := kg.EncodeEvidence(e)
		if e.Sentence != chosen[kg.EvidenceSpan(e.Start, e.End)] {
			s += ":" + e.Sentence
		}
		out = append(out, s)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxEvidence {
		out = out[:maxEvidence]
	}
	for _, s := range out {
		if _, span, _ := kg.SplitEvidence(s); strings.Count(span, ":") == 1 {
			sentences[span] = chosen[span]
		}
	}
	return out
}

// sentenceLists returns an article's sentences as the parallel lists of
// kg.ArticleSentences, in the order of their spans (start, then end).
func sentenceLists(sentences map[string]string) (spans, texts []string) {
	spans = make([]string, 0, len(sentences))
	for span := range sentences {
		spans = append(spans, span)
	}
	slices.SortFunc(spans, func(x, y string) int {
		xs, xe, _ := strings.Cut(x, ":")
		ys, ye, _ := strings.Cut(y, ":")
		if c := len(xs) - len(ys); c != 0 {
			return c
		}
		if c := strings.Compare(xs, ys); c != 0 {
			return c
		}
		if c := len(xe) - len(ye); c != 0 {
			return c
		}
		return strings.Compare(xe, ye)
	})
	texts = make([]string, len(spans))
	for i, span := range spans {
		texts[i] = sentences[span]
	}
	return spans, texts
}

func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
