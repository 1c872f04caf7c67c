package neo4jstore

import (
	"context"
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
// transaction (retried by the driver on transient errors), so a batch is
// either stored completely or not at all; rerunning an interrupted load
// therefore converges on the same graph.
func (s *Store) WriteFacts(ctx context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	if len(batch) == 0 {
		return kg.WriteSummary{}, nil
	}
	return write(ctx, s, "WriteFacts", func(tx neo4j.ManagedTransaction) (kg.WriteSummary, error) {
		var sum kg.WriteSummary
		fresh, replaced, err := s.triage(ctx, tx, batch)
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
		rows := buildRows(fresh)
		for _, st := range writeStatements {
			params := rows[st.rows]
			if len(params) == 0 {
				continue
			}
			t0 := time.Now()
			err := run(ctx, tx, st.cypher, map[string]any{"rows": params}, &sum)
			if StatementTimes != nil {
				StatementTimes(st.name, time.Since(t0))
			}
			if err != nil {
				return sum, fmt.Errorf("%s: %w", st.name, err)
			}
		}
		return sum, nil
	})
}

// triage returns the articles not yet stored and the ids of stored articles
// that share a file with an incoming article but have other content.
func (s *Store) triage(ctx context.Context, tx neo4j.ManagedTransaction, batch []*kg.Facts) ([]*kg.Facts, []string, error) {
	ids := make([]string, 0, len(batch))
	files := make([]string, 0, len(batch))
	for _, f := range batch {
		ids = append(ids, f.Article.ID)
		if f.Article.File != "" {
			files = append(files, f.Article.File)
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
		MATCH (a:Article {file: f})
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
// also supported by other articles lose it as a source.
func withdraw(ctx context.Context, tx neo4j.ManagedTransaction, id string, sum *kg.WriteSummary) error {
	const unlink = `
		MATCH (a:Article {id: $id})-[:MENTIONS]->(n)-[r]-()
		WHERE r.articles IS NOT NULL AND $id IN r.articles
		WITH DISTINCT r
		WITH r, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> $id] AS keep
		SET r.confidences = [i IN keep | coalesce(r.confidences, [])[i]],
		    r.articles = [i IN keep | r.articles[i]],
		    r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix]
		SET r.confidence = ` + maxConfidence + `
		WITH r WHERE size(r.articles) = 0
		DELETE r`
	if err := run(ctx, tx, unlink, map[string]any{"id": id, "prefix": id + ":"}, sum); err != nil {
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

// A provenance update shared by every fact relationship: add the article
// once with the confidence its extraction gave the fact (confidences runs
// parallel to articles), the evidence strings not yet present, up to
// maxEvidence, and confidence, the highest of the confidences.
var provenance = `
	ON CREATE SET r.articles = [], r.evidence = [], r.confidences = []
	WITH r, row, row.article IN r.articles AS known
	SET r.confidences = CASE WHEN known THEN coalesce(r.confidences, []) ELSE coalesce(r.confidences, []) + row.confidence END,
	    r.articles = CASE WHEN known THEN r.articles ELSE r.articles + row.article END,
	    r.evidence = reduce(acc = r.evidence, e IN row.evidence |
	        CASE WHEN e IN acc OR size(acc) >= ` + strconv.Itoa(maxEvidence) + ` THEN acc ELSE acc + e END)
	SET r.confidence = ` + maxConfidence

// maxConfidence is the highest of r.confidences (null entries, from graphs
// written before confidences existed, are skipped).
const maxConfidence = `reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END)`

type statement struct {
	name   string
	rows   string // key into the rows built by buildRows
	cypher string
}

// writeStatements run in order inside one transaction: nodes first, then
// structure, then mentions and facts.
var writeStatements = []statement{
	{"articles", "articles", `
		UNWIND $rows AS row
		MERGE (a:Article {id: row.id})
		SET a += row.props`},
	{"regions", "regions", `
		UNWIND $rows AS row
		MERGE (n:Region {code: row.code})
		SET n.name = row.name, n.shortName = row.shortName, n.level = row.level, n.search = row.search
		FOREACH (_ IN CASE WHEN row.level = 'province' THEN [1] ELSE [] END | SET n:Province)
		FOREACH (_ IN CASE WHEN row.level = 'prefecture' THEN [1] ELSE [] END | SET n:Prefecture)
		FOREACH (_ IN CASE WHEN row.level = 'county' THEN [1] ELSE [] END | SET n:County)
		FOREACH (_ IN CASE WHEN row.level = 'town' THEN [1] ELSE [] END | SET n:Town)
		FOREACH (_ IN CASE WHEN row.level = 'village' THEN [1] ELSE [] END | SET n:Village)`},
	{"part_of", "partOf", `
		UNWIND $rows AS row
		MATCH (c:Region {code: row.child})
		MATCH (p:Region {code: row.parent})
		MERGE (c)-[:PART_OF]->(p)`},
	{"officials", "officials", `
		UNWIND $rows AS row
		MERGE (n:Official {id: row.id})
		ON CREATE SET n.titles = []
		SET n.name = row.name, n.place = row.place, n.placeCode = row.placeCode, n.search = row.name,
		    n.titles = reduce(acc = n.titles, t IN row.titles | CASE WHEN t IN acc THEN acc ELSE acc + t END)`},
	{"programs", "programs", `
		UNWIND $rows AS row
		MERGE (n:Program {id: row.id})
		SET n.name = row.name, n.category = row.category, n.local = row.local, n.search = row.name`},
	{"industries", "industries", `
		UNWIND $rows AS row
		MERGE (n:Industry {name: row.name})
		SET n.category = coalesce(row.category, n.category), n.search = row.name`},
	{"subtype_of", "subtypes", `
		UNWIND $rows AS row
		MATCH (c:Industry {name: row.child})
		MATCH (p:Industry {name: row.parent})
		MERGE (c)-[:SUBTYPE_OF]->(p)`},
	{"organizations", "organizations", `
		UNWIND $rows AS row
		MERGE (n:Organization {id: row.id})
		SET n.name = row.name, n.kind = row.kind, n.search = row.name`},
	{"statistics", "statistics", `
		UNWIND $rows AS row
		MERGE (n:Statistic {id: row.id})
		SET n += row.props`},
	{"mentions_region", "mRegion", mentions("Region", "code")},
	{"mentions_official", "mOfficial", mentions("Official", "id")},
	{"mentions_program", "mProgram", mentions("Program", "id")},
	{"mentions_industry", "mIndustry", mentions("Industry", "name")},
	{"mentions_organization", "mOrganization", mentions("Organization", "id")},
	{"mentions_statistic", "mStatistic", mentions("Statistic", "id")},
	{"serves_in", "servesIn", `
		UNWIND $rows AS row
		MATCH (o:Official {id: row.from})
		MATCH (g:Region {code: row.to})
		MERGE (o)-[r:SERVES_IN]->(g)` + provenance + `
		SET r.title = row.title, r.titles = row.titles`},
	{"implements", "implements", fact("Region", "code", "IMPLEMENTS", "Program", "id")},
	{"develops", "develops", fact("Region", "code", "DEVELOPS", "Industry", "name")},
	{"supports", "supports", fact("Program", "id", "SUPPORTS", "Industry", "name")},
	{"assists", "assists", `
		UNWIND $rows AS row
		MATCH (a:Region {code: row.from})
		MATCH (b:Region {code: row.to})
		MERGE (a)-[r:ASSISTS]->(b)` + provenance + `
		SET r.mechanism = coalesce(row.mechanism, r.mechanism)`},
	{"reported", "reported", fact("Region", "code", "REPORTED", "Statistic", "id")},
	{"operates_in", "operatesIn", fact("Organization", "id", "OPERATES_IN", "Region", "code")},
}

// mentions and fact build statements from fixed labels and keys only; no
// user input ever reaches Cypher text.
func mentions(label, key string) string {
	return `
		UNWIND $rows AS row
		MATCH (a:Article {id: row.article})
		MATCH (n:` + label + ` {` + key + `: row.key})
		MERGE (a)-[:MENTIONS]->(n)`
}

func fact(fromLabel, fromKey, rel, toLabel, toKey string) string {
	return `
		UNWIND $rows AS row
		MATCH (x:` + fromLabel + ` {` + fromKey + `: row.from})
		MATCH (y:` + toLabel + ` {` + toKey + `: row.to})
		MERGE (x)-[r:` + rel + `]->(y)` + provenance
}

// buildRows turns facts into parameter rows, one list per statement, with
// nodes deduplicated across the batch in first-seen order.
func buildRows(batch []*kg.Facts) map[string][]any {
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
	relation := func(k, article, from, to string, ev []kg.Evidence, conf float64, extra map[string]any) {
		row := map[string]any{"article": article, "from": from, "to": to, "evidence": encodeEvidence(ev), "confidence": conf}
		for key, v := range extra {
			row[key] = v
		}
		add(k, row)
	}
	for _, f := range batch {
		a := f.Article
		id := a.ID
		add("articles", map[string]any{"id": id, "props": map[string]any{
			"title": a.Title, "source": a.Source, "publishedAt": a.PublishedAt, "file": a.File,
			"script": a.Script, "encoding": a.Encoding, "chars": a.Chars,
		}})
		for _, r := range f.Regions {
			if r.Code == "" {
				continue
			}
			if once("region\x00" + r.Code) {
				add("regions", map[string]any{"code": r.Code, "name": r.Name, "shortName": r.ShortName,
					"level": r.Level, "search": strings.TrimSpace(r.Name + " " + r.ShortName)})
				if r.ParentCode != "" {
					add("partOf", map[string]any{"child": r.Code, "parent": r.ParentCode})
				}
			}
			mention("mRegion", id, r.Code)
		}
		for _, o := range f.Officials {
			if once("official\x00" + o.ID) {
				add("officials", map[string]any{"id": o.ID, "name": o.Name, "place": o.Place,
					"placeCode": o.PlaceCode, "titles": strs(o.Titles)})
			}
			mention("mOfficial", id, o.ID)
			for _, role := range roles(o) {
				relation("servesIn", id, o.ID, role.code, o.Evidence, o.Confidence, map[string]any{
					"title": strings.Join(role.titles, "、"), "titles": strs(role.titles)})
			}
		}
		for _, p := range f.Programs {
			if once("program\x00" + p.ID) {
				add("programs", map[string]any{"id": p.ID, "name": p.Name, "category": p.Category, "local": p.Local})
			}
			mention("mProgram", id, p.ID)
			if p.RegionCode != "" {
				relation("implements", id, p.RegionCode, p.ID, p.Evidence, p.Confidence, nil)
			}
			for _, ind := range p.Industries {
				relation("supports", id, p.ID, ind, p.Evidence, p.Confidence, nil)
			}
		}
		for _, ind := range f.Industries {
			if once("industry\x00" + ind.Name) {
				add("industries", map[string]any{"name": ind.Name, "category": nilIfEmpty(ind.Category)})
			}
			mention("mIndustry", id, ind.Name)
			if ind.Parent != "" {
				if once("industry\x00" + ind.Parent) {
					add("industries", map[string]any{"name": ind.Parent, "category": nil})
				}
				mention("mIndustry", id, ind.Parent)
				if once("subtype\x00" + ind.Name + "\x00" + ind.Parent) {
					add("subtypes", map[string]any{"child": ind.Name, "parent": ind.Parent})
				}
			}
			if ind.RegionCode != "" {
				relation("develops", id, ind.RegionCode, ind.Name, ind.Evidence, ind.Confidence, nil)
			}
		}
		for _, p := range f.Partners {
			if p.HelperCode == "" || p.HelpedCode == "" {
				continue
			}
			relation("assists", id, p.HelperCode, p.HelpedCode, p.Evidence, p.Confidence, map[string]any{"mechanism": nilIfEmpty(p.Mechanism)})
		}
		for _, st := range f.Stats {
			if once("stat\x00" + st.ID) {
				add("statistics", map[string]any{"id": st.ID, "props": map[string]any{
					"metric": st.Metric, "value": st.Value, "number": st.Number, "unit": st.Unit,
					"year": st.Year, "place": st.Place, "placeCode": st.PlaceCode,
				}})
			}
			mention("mStatistic", id, st.ID)
			if st.PlaceCode != "" {
				relation("reported", id, st.PlaceCode, st.ID, st.Evidence, st.Confidence, nil)
			}
		}
		for _, o := range f.Organizations {
			if once("org\x00" + o.ID) {
				add("organizations", map[string]any{"id": o.ID, "name": o.Name, "kind": o.Kind})
			}
			mention("mOrganization", id, o.ID)
			if o.RegionCode != "" {
				relation("operatesIn", id, o.ID, o.RegionCode, o.Evidence, o.Confidence, nil)
			}
		}
	}
	return rows
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

func encodeEvidence(ev []kg.Evidence) []string {
	out := make([]string, 0, min(len(ev), maxEvidence))
	for _, e := range ev {
		if len(out) == maxEvidence {
			break
		}
		s := kg.EncodeEvidence(e)
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
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
