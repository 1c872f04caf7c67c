package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

var _ kg.Projector = (*Store)(nil)

// scoredLabels are the labels an analysis writes scores on: every entity
// label but Article.
var scoredLabels = []string{kg.LabelRegion, kg.LabelOfficial, kg.LabelProgram, kg.LabelIndustry,
	kg.LabelOrganization, kg.LabelStatistic}

// analysisIndexes are range indexes on the stored scores, per label and
// with the label's key, so that "top k by score, ties by key" reads k
// entries of an index (scores tie a lot: most statistics have degree 1);
// on community, then degree and key (community members, most connected
// first, and list filters, which name all three); and on the co-occurrence
// count. Each index costs the analysis's writes: five per node.
var analysisIndexes = func() []string {
	var out []string
	for _, l := range scoredLabels {
		k := keyProp[l]
		for _, p := range []string{kg.ScoreDegree, kg.ScorePageRank, kg.ScoreBetweenness} {
			out = append(out, fmt.Sprintf("CREATE INDEX %s_%s_key IF NOT EXISTS FOR (n:%s) ON (n.%s, n.%s)", strings.ToLower(l), p, l, p, k))
		}
		out = append(out,
			fmt.Sprintf("CREATE INDEX %s_community_members IF NOT EXISTS FOR (n:%s) ON (n.community, n.degree, n.%s)", strings.ToLower(l), l, k))
	}
	return append(out,
		`CREATE INDEX co_occurs_count IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.count)`,
		`CREATE INDEX statistic_metric_only IF NOT EXISTS FOR (n:Statistic) ON (n.metric)`,
		`CREATE CONSTRAINT analysis_id IF NOT EXISTS FOR (n:Analysis) REQUIRE n.id IS UNIQUE`)
}()

// projectQuery streams every entity with its kind and outgoing projected
// relationships, each encoded as one integer: end node id * 16 + type
// index (kg.ProjectedTypes). Built from fixed lists only.
var projectQuery = func() string {
	var labels, types, typeCase []string
	for _, l := range scoredLabels {
		labels = append(labels, "a:"+l)
	}
	for i, t := range kg.ProjectedTypes {
		types = append(types, t)
		typeCase = append(typeCase, fmt.Sprintf("WHEN '%s' THEN %d", t, i))
	}
	kind := func(k string) int {
		for i, x := range kg.ProjectedKinds {
			if x == k {
				return i
			}
		}
		panic(k)
	}
	return fmt.Sprintf(`
		MATCH (a) WHERE %s
		RETURN id(a) AS id,
		  CASE WHEN a:Region THEN CASE a.level WHEN 'province' THEN %d WHEN 'prefecture' THEN %d WHEN 'town' THEN %d WHEN 'village' THEN %d ELSE %d END
		       WHEN a:Official THEN %d WHEN a:Program THEN %d WHEN a:Industry THEN %d WHEN a:Organization THEN %d ELSE %d END AS k,
		  [(a)-[r:%s]->(b) | id(b) * 16 + CASE type(r) %s END] AS out`,
		strings.Join(labels, " OR "),
		kind(kg.KindProvince), kind(kg.KindPrefecture), kind(kg.KindTown), kind(kg.KindVillage), kind(kg.KindCounty),
		kind(kg.KindOfficial), kind(kg.KindProgram), kind(kg.KindIndustry), kind(kg.KindOrganization), kind(kg.KindStatistic),
		strings.Join(types, "|"), strings.Join(typeCase, " "))
}()

// Project implements kg.Projector: one statement whose records the driver
// pulls pageSize at a time (Bolt PULL n), so neither side holds more than
// a page of records; the caller keeps only ids and adjacency.
func (s *Store) Project(ctx context.Context, pageSize int, fn func(n *kg.ProjectedNode) error, page func(nodes int)) error {
	if pageSize <= 0 {
		pageSize = 10000
	}
	start := time.Now()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead, FetchSize: pageSize})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, projectQuery, nil)
	if err != nil {
		return mapError(err)
	}
	node := &kg.ProjectedNode{}
	count := 0
	for res.Next(ctx) {
		rec := res.Record()
		if len(rec.Values) != 3 {
			return fmt.Errorf("project: record of %d values", len(rec.Values))
		}
		id, ok1 := rec.Values[0].(int64)
		k, ok2 := rec.Values[1].(int64)
		out, ok3 := rec.Values[2].([]any)
		if !ok1 || !ok2 || !ok3 {
			return fmt.Errorf("project: unexpected record %v", rec.Values)
		}
		node.ID, node.Kind = id, uint8(k)
		node.To, node.Types = node.To[:0], node.Types[:0]
		for _, x := range out {
			v, ok := x.(int64)
			if !ok {
				return fmt.Errorf("project: relationship of node %d: %T", id, x)
			}
			node.To = append(node.To, v>>4)
			node.Types = append(node.Types, uint8(v&15))
		}
		if err := fn(node); err != nil {
			return err
		}
		count++
		if page != nil && count%pageSize == 0 {
			page(count)
		}
	}
	if err := res.Err(); err != nil {
		return mapError(err)
	}
	if page != nil && count%pageSize != 0 {
		page(count)
	}
	if s.OnQuery != nil {
		s.OnQuery("Project", time.Since(start))
	}
	return nil
}

// writeBatch is the number of rows per write transaction of an analysis.
const writeBatch = 20000

// WriteAnalysis implements kg.Projector. Node scores are set in batches of
// UNWIND by internal id; the SIMILAR and CO_OCCURS relationships of the
// previous analysis are deleted in batches, then the new ones created;
// the meta node is written last, so a reader that sees the new graph
// version sees every result of this analysis.
func (s *Store) WriteAnalysis(ctx context.Context, r *kg.AnalysisResult, progress func(done, total int)) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	total := len(r.IDs) + len(r.Similar) + len(r.CoOccurs)
	done := 0
	run := func(name, q string, rows []any) error {
		_, err := write(ctx, s, name, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			res, err := tx.Run(ctx, q, map[string]any{"rows": rows})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			return struct{}{}, err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		done += len(rows)
		progress(done, total)
		return nil
	}

	const setScores = `
		UNWIND $rows AS row
		MATCH (n) WHERE id(n) = row[0]
		SET n.degree = row[1], n.pagerank = row[2], n.betweenness = row[3], n.community = row[4], n.component = row[5]`
	for lo := 0; lo < len(r.IDs); lo += writeBatch {
		hi := min(lo+writeBatch, len(r.IDs))
		rows := make([]any, 0, hi-lo)
		for i := lo; i < hi; i++ {
			rows = append(rows, []any{r.IDs[i], int64(r.Degree[i]), r.PageRank[i], r.Betweenness[i], int64(r.Community[i]), int64(r.Component[i])})
		}
		if err := run("WriteScores", setScores, rows); err != nil {
			return err
		}
	}

	for _, q := range []string{
		`MATCH ()-[r:SIMILAR]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS c`,
		`MATCH ()-[r:CO_OCCURS]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS c`,
	} {
		for {
			n, err := write(ctx, s, "DeleteAnalysis", func(tx neo4j.ManagedTransaction) (int64, error) {
				return single[int64](ctx, tx, q, nil, "c")
			})
			if err != nil {
				return fmt.Errorf("delete old results: %w", err)
			}
			if n == 0 {
				break
			}
		}
	}

	const createSimilar = `
		UNWIND $rows AS row
		MATCH (a) WHERE id(a) = row[0]
		MATCH (b) WHERE id(b) = row[1]
		CREATE (a)-[:SIMILAR {score: row[2]}]->(b)`
	for lo := 0; lo < len(r.Similar); lo += writeBatch {
		rows := make([]any, 0, writeBatch)
		for _, p := range r.Similar[lo:min(lo+writeBatch, len(r.Similar))] {
			rows = append(rows, []any{p.From, p.To, p.Score})
		}
		if err := run("WriteSimilar", createSimilar, rows); err != nil {
			return err
		}
	}
	// CO_OCCURS points from the industry whose name sorts first, so that
	// readers list pairs in name order without comparing.
	const createCoOccurs = `
		UNWIND $rows AS row
		MATCH (x) WHERE id(x) = row[0]
		MATCH (y) WHERE id(y) = row[1]
		WITH row, CASE WHEN x.name <= y.name THEN [x, y] ELSE [y, x] END AS p
		WITH row, p[0] AS a, p[1] AS b
		CREATE (a)-[:CO_OCCURS {count: row[2]}]->(b)`
	for lo := 0; lo < len(r.CoOccurs); lo += writeBatch {
		rows := make([]any, 0, writeBatch)
		for _, p := range r.CoOccurs[lo:min(lo+writeBatch, len(r.CoOccurs))] {
			rows = append(rows, []any{p.A, p.B, int64(p.Count)})
		}
		if err := run("WriteCoOccurs", createCoOccurs, rows); err != nil {
			return err
		}
	}

	const meta = `
		MERGE (m:Analysis {id: 'latest'})
		SET m.graphVersion = $version, m.analyzedAt = $at, m.parameters = $params, m.nodes = $nodes,
		    m.relationships = $rels, m.modularity = $modularity, m.communitySizes = $sizes, m.components = $components`
	sizes := make([]any, len(r.Meta.CommunitySizes))
	for i, x := range r.Meta.CommunitySizes {
		sizes[i] = int64(x)
	}
	_, err := write(ctx, s, "WriteAnalysisMeta", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, meta, map[string]any{"version": r.Meta.GraphVersion, "at": r.Meta.AnalyzedAt,
			"params": r.Meta.Parameters, "nodes": int64(r.Meta.Nodes), "rels": int64(r.Meta.Relationships),
			"modularity": r.Meta.Modularity, "sizes": sizes, "components": int64(r.Meta.Components)})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("write meta: %w", err)
	}
	progress(total, total)
	return nil
}

// versionCalls compute the graph version from the count store (constant
// time but for the articles' lengths), leaving out what analyses write, so
// that writing results does not change the version they stamp.
const versionCalls = `
		CALL { MATCH (n) RETURN count(n) AS allNodes }
		CALL { MATCH (n:Analysis) RETURN count(n) AS meta }
		CALL { MATCH ()-[r]->() RETURN count(r) AS allRels }
		CALL { MATCH ()-[r:SIMILAR]->() RETURN count(r) AS similar }
		CALL { MATCH ()-[r:CO_OCCURS]->() RETURN count(r) AS cooccurs }
		CALL { MATCH (a:Article) RETURN count(a) AS articles, sum(coalesce(a.chars, 0)) AS chars }
		WITH 'n' + (allNodes - meta) + '-r' + (allRels - similar - cooccurs) + '-a' + articles + '-c' + chars AS version`

// Analysis implements kg.Reader: the meta node and the current version in
// one statement.
func (s *Store) Analysis(ctx context.Context) (*kg.AnalysisState, error) {
	const q = versionCalls + `
		OPTIONAL MATCH (m:Analysis {id: 'latest'})
		RETURN version, m.graphVersion AS analysed, m.analyzedAt AS at, m.parameters AS params, m.modularity AS modularity`
	return query(ctx, s, "Analysis", func(tx runner) (*kg.AnalysisState, error) {
		res, err := tx.Run(ctx, q, nil)
		if err != nil {
			return nil, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return nil, err
		}
		st := &kg.AnalysisState{}
		if st.CurrentVersion, _, err = neo4j.GetRecordValue[string](rec, "version"); err != nil {
			return nil, err
		}
		p := props(rec.AsMap())
		st.GraphVersion, st.Parameters, st.Modularity = p.str("analysed"), p.str("params"), p.float("modularity")
		if p.err != nil {
			return nil, p.err
		}
		if at, ok := rec.AsMap()["at"].(time.Time); ok {
			st.AnalyzedAt = at.UTC()
		}
		st.Stale = st.GraphVersion != st.CurrentVersion
		return st, nil
	})
}

// scoreProp validates a score name: only these go into statements.
func scoreProp(score string) (string, error) {
	switch score {
	case kg.ScoreDegree, kg.ScorePageRank, kg.ScoreBetweenness:
		return score, nil
	}
	return "", kg.Errorf(kg.EINVALID, "unknown score %q", score)
}

// sortKeyExpr is a key that is unique across the scored labels.
const sortKeyExpr = "coalesce(n.code, n.id, n.name)"

// TopEntities implements kg.Reader. Ties go by key, descending, so that
// each label's (score, key) index gives the order; every kind: the top of
// each label, merged.
func (s *Store) TopEntities(ctx context.Context, kind, score string, first int) ([]kg.EntityScore, error) {
	prop, err := scoreProp(score)
	if err != nil {
		return nil, err
	}
	labels := scoredLabels
	level := ""
	if kind != "" {
		l := kg.LabelOfKind(kind)
		if l == "" || l == kg.LabelArticle {
			return nil, kg.Errorf(kg.EINVALID, "no scores for kind %q", kind)
		}
		labels, level = []string{l}, kg.LevelOfKind(kind)
	}
	var parts []string
	for _, l := range labels {
		k := "n." + keyProp[l]
		cond := "n." + prop + " IS NOT NULL AND " + k + " IS NOT NULL"
		if level != "" {
			cond += " AND n.level = $level"
		}
		parts = append(parts, "MATCH (n:"+l+") WHERE "+cond+" RETURN n ORDER BY n."+prop+" DESC, "+k+" DESC LIMIT $first")
	}
	q := "CALL {\n" + strings.Join(parts, "\nUNION ALL\n") + "\n}\nRETURN n, n." + prop + " AS score ORDER BY score DESC, " + sortKeyExpr + " DESC LIMIT $first"
	return query(ctx, s, "TopEntities", func(tx runner) ([]kg.EntityScore, error) {
		res, err := tx.Run(ctx, q, map[string]any{"first": first, "level": level})
		if err != nil {
			return nil, err
		}
		out := []kg.EntityScore{}
		for res.Next(ctx) {
			rec := res.Record()
			e, err := entityAt(rec, "n")
			if err != nil {
				return nil, err
			}
			p := props(rec.AsMap())
			out = append(out, kg.EntityScore{Entity: e, Score: p.float("score")})
			if p.err != nil {
				return nil, p.err
			}
		}
		return out, res.Err()
	})
}

// Communities implements kg.Reader: from the sizes on the meta node.
func (s *Store) Communities(ctx context.Context, first int) ([]kg.CommunityInfo, error) {
	const q = `MATCH (m:Analysis {id: 'latest'}) RETURN coalesce(m.communitySizes, [])[..$first] AS sizes`
	return query(ctx, s, "Communities", func(tx runner) ([]kg.CommunityInfo, error) {
		res, err := tx.Run(ctx, q, map[string]any{"first": first})
		if err != nil {
			return nil, err
		}
		out := []kg.CommunityInfo{}
		for res.Next(ctx) {
			sizes, _, err := neo4j.GetRecordValue[[]any](res.Record(), "sizes")
			if err != nil {
				return nil, err
			}
			for i, x := range sizes {
				n, _ := x.(int64)
				out = append(out, kg.CommunityInfo{ID: i, Size: int(n)})
			}
		}
		return out, res.Err()
	})
}

// communityMembersQuery reads the first members of each community through
// the (community, degree, key) index of each label: most connected first,
// ties by key descending (ordering by the constant community too lets the
// planner take the order from the index).
var communityMembersQuery = func() string {
	var parts []string
	for _, l := range scoredLabels {
		k := "n." + keyProp[l]
		parts = append(parts, "WITH cid MATCH (n:"+l+") WHERE n.community = cid AND n.degree IS NOT NULL AND "+k+" IS NOT NULL RETURN n ORDER BY n.community DESC, n.degree DESC, "+k+" DESC LIMIT $first")
	}
	return `
		UNWIND $ids AS cid
		CALL {
		  WITH cid
		  CALL {
		    ` + strings.Join(parts, "\n\t\t    UNION ALL\n\t\t    ") + `
		  }
		  WITH n ORDER BY n.degree DESC, ` + sortKeyExpr + ` DESC LIMIT $first
		  RETURN collect(n) AS members
		}
		RETURN cid, members`
}()

// CommunityMembers implements kg.Reader.
func (s *Store) CommunityMembers(ctx context.Context, ids []int, first int) ([][]kg.Entity, error) {
	params := map[string]any{"ids": toAny(ids), "first": first}
	return query(ctx, s, "CommunityMembers", func(tx runner) ([][]kg.Entity, error) {
		res, err := tx.Run(ctx, communityMembersQuery, params)
		if err != nil {
			return nil, err
		}
		byID := map[int64][]kg.Entity{}
		for res.Next(ctx) {
			rec := res.Record()
			cid, _, err := neo4j.GetRecordValue[int64](rec, "cid")
			if err != nil {
				return nil, err
			}
			ms, _, err := neo4j.GetRecordValue[[]any](rec, "members")
			if err != nil {
				return nil, err
			}
			es, err := nodesOf(ms)
			if err != nil {
				return nil, err
			}
			byID[cid] = es
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		out := make([][]kg.Entity, len(ids))
		for i, id := range ids {
			out[i] = byID[int64(id)]
			if out[i] == nil {
				out[i] = []kg.Entity{}
			}
		}
		return out, nil
	})
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func nodesOf(xs []any) ([]kg.Entity, error) {
	out := make([]kg.Entity, 0, len(xs))
	for _, x := range xs {
		n, ok := x.(neo4j.Node)
		if !ok {
			return nil, fmt.Errorf("want a node, got %T", x)
		}
		e, err := entityOf(n)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// SimilarCounties implements kg.Reader.
func (s *Store) SimilarCounties(ctx context.Context, code string, first int, shared bool) ([]kg.Similarity, error) {
	q := `
		MATCH (c:Region {code: $code})-[s:SIMILAR]->(o:Region)
		WITH c, o, s.score AS score ORDER BY score DESC, o.name, o.code LIMIT $first
		RETURN o, score`
	if shared {
		q += `,
		  COLLECT { MATCH (c)-[:DEVELOPS]->(i:Industry)<-[:DEVELOPS]-(o) WITH DISTINCT i AS n
		            RETURN n ORDER BY n.degree DESC, n.name } AS industries,
		  COLLECT { MATCH (c)-[:IMPLEMENTS]->(p:Program)<-[:IMPLEMENTS]-(o) WITH DISTINCT p AS n
		            RETURN n ORDER BY n.degree DESC, n.name, n.id } AS programs`
	}
	return query(ctx, s, "SimilarCounties", func(tx runner) ([]kg.Similarity, error) {
		res, err := tx.Run(ctx, q, map[string]any{"code": code, "first": first})
		if err != nil {
			return nil, err
		}
		out := []kg.Similarity{}
		for res.Next(ctx) {
			rec := res.Record()
			e, err := entityAt(rec, "o")
			if err != nil {
				return nil, err
			}
			score, _, err := neo4j.GetRecordValue[float64](rec, "score")
			if err != nil {
				return nil, err
			}
			sim := kg.Similarity{County: e.(*kg.Region), Score: score, SharedIndustries: []*kg.Industry{}, SharedPrograms: []*kg.Program{}}
			if shared {
				for _, col := range []string{"industries", "programs"} {
					xs, _, err := neo4j.GetRecordValue[[]any](rec, col)
					if err != nil {
						return nil, err
					}
					es, err := nodesOf(xs)
					if err != nil {
						return nil, err
					}
					for _, e := range es {
						switch x := e.(type) {
						case *kg.Industry:
							sim.SharedIndustries = append(sim.SharedIndustries, x)
						case *kg.Program:
							sim.SharedPrograms = append(sim.SharedPrograms, x)
						}
					}
				}
			}
			out = append(out, sim)
		}
		return out, res.Err()
	})
}

// IndustryPairs implements kg.Reader.
// maxPairRegions bounds the regions read per industry pair (the API pages
// within them).
const maxPairRegions = 100

func (s *Store) IndustryPairs(ctx context.Context, industry string, first int, regions bool) ([]kg.IndustryPair, error) {
	q := `
		MATCH (a:Industry)-[c:CO_OCCURS]->(b:Industry)
		WITH a, b, c.count AS count ORDER BY count DESC, a.name, b.name LIMIT $first
		RETURN true AS found, a, b, count`
	if industry != "" {
		q = `
		MATCH (x:Industry {name: $industry})
		OPTIONAL MATCH (x)-[c:CO_OCCURS]-(y:Industry)
		WITH c.count AS count, CASE WHEN y IS NULL OR x.name <= y.name THEN [x, y] ELSE [y, x] END AS p
		WITH p[0] AS a, p[1] AS b, count ORDER BY count DESC, a.name, b.name LIMIT $first
		RETURN true AS found, a, b, count`
	}
	if regions {
		q += `,
		  CASE WHEN b IS NULL THEN [] ELSE COLLECT { MATCH (a)<-[:DEVELOPS]-(r:Region)-[:DEVELOPS]->(b)
		            WITH DISTINCT r AS n RETURN n ORDER BY n.name, n.code LIMIT ` + strconv.Itoa(maxPairRegions) + ` } END AS regions`
	}
	return query(ctx, s, "IndustryPairs", func(tx runner) ([]kg.IndustryPair, error) {
		res, err := tx.Run(ctx, q, map[string]any{"industry": industry, "first": first})
		if err != nil {
			return nil, err
		}
		found := false
		out := []kg.IndustryPair{}
		for res.Next(ctx) {
			found = true
			rec := res.Record()
			b, isNil, err := neo4j.GetRecordValue[neo4j.Node](rec, "b")
			if err != nil {
				return nil, err
			}
			if isNil {
				continue
			}
			a, _, err := neo4j.GetRecordValue[neo4j.Node](rec, "a")
			if err != nil {
				return nil, err
			}
			count, _, err := neo4j.GetRecordValue[int64](rec, "count")
			if err != nil {
				return nil, err
			}
			ea, err := entityOf(a)
			if err != nil {
				return nil, err
			}
			eb, err := entityOf(b)
			if err != nil {
				return nil, err
			}
			pair := kg.IndustryPair{A: ea.(*kg.Industry), B: eb.(*kg.Industry), Count: int(count), Regions: []*kg.Region{}}
			if regions {
				xs, _, err := neo4j.GetRecordValue[[]any](rec, "regions")
				if err != nil {
					return nil, err
				}
				es, err := nodesOf(xs)
				if err != nil {
					return nil, err
				}
				for _, e := range es {
					pair.Regions = append(pair.Regions, e.(*kg.Region))
				}
			}
			out = append(out, pair)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		if industry != "" && !found {
			return nil, kg.Errorf(kg.ENOTFOUND, "no industry named %q", industry)
		}
		return out, nil
	})
}

// StatisticPoints implements kg.Reader. Only the conditions given go into
// the statement, so the planner sees the metric index.
func (s *Store) StatisticPoints(ctx context.Context, metric string, regions, years []string, first int) ([]kg.StatisticPoint, error) {
	q := `MATCH (st:Statistic {metric: $metric})<-[:REPORTED]-(r:Region)`
	var conds []string
	if len(regions) > 0 {
		conds = append(conds, `(r.name IN $regions OR r.shortName IN $regions OR r.code IN $regions)`)
	}
	if len(years) > 0 {
		conds = append(conds, `st.year IN $years`)
	}
	if len(conds) > 0 {
		q += " WHERE " + strings.Join(conds, " AND ")
	}
	// Lists of the properties the entities are built from (a metric can
	// have tens of thousands of points; lists decode faster than maps).
	q += ` RETURN [r.code, r.name, r.shortName, r.level] AS region,
		  [st.id, st.metric, st.value, st.number, st.unit, st.year, st.place, st.placeCode] AS stat
		ORDER BY r.name, st.year, st.value LIMIT $first`
	params := map[string]any{"metric": metric, "regions": toAny(regions), "years": toAny(years), "first": first}
	return query(ctx, s, "StatisticPoints", func(tx runner) ([]kg.StatisticPoint, error) {
		res, err := tx.Run(ctx, q, params)
		if err != nil {
			return nil, err
		}
		out := []kg.StatisticPoint{}
		for res.Next(ctx) {
			rec := res.Record()
			r, _, err := neo4j.GetRecordValue[[]any](rec, "region")
			if err != nil {
				return nil, err
			}
			st, _, err := neo4j.GetRecordValue[[]any](rec, "stat")
			if err != nil {
				return nil, err
			}
			er, err := entityFromList(kg.LabelRegion, pointRegionFields, r)
			if err != nil {
				return nil, err
			}
			es, err := entityFromList(kg.LabelStatistic, pointStatFields, st)
			if err != nil {
				return nil, err
			}
			out = append(out, kg.StatisticPoint{Region: er.(*kg.Region), Stat: es.(*kg.Statistic)})
		}
		return out, res.Err()
	})
}

// The properties StatisticPoints returns, in order.
var (
	pointRegionFields = []string{"code", "name", "shortName", "level"}
	pointStatFields   = []string{"id", "metric", "value", "number", "unit", "year", "place", "placeCode"}
)

// Metrics implements kg.Reader.
func (s *Store) StatisticMetrics(ctx context.Context) ([]string, error) {
	const q = `MATCH (st:Statistic) WHERE st.metric IS NOT NULL RETURN DISTINCT st.metric AS m ORDER BY m`
	return query(ctx, s, "Metrics", func(tx runner) ([]string, error) {
		res, err := tx.Run(ctx, q, nil)
		if err != nil {
			return nil, err
		}
		out := []string{}
		for res.Next(ctx) {
			m, _, err := neo4j.GetRecordValue[string](res.Record(), "m")
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
		return out, res.Err()
	})
}

// parseScore reads a numeric sort position back from a cursor.
func parseScore(v string) (float64, error) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, kg.Errorf(kg.EINVALID, "after: malformed cursor")
	}
	return f, nil
}
