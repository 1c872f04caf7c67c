package neo4jstore

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// listFilter is one condition a list accepts. Only the conditions whose
// parameter is given go into the statement, so that the planner sees what
// is asked (a condition switched off by an empty parameter inside the
// statement hides every index from it). A condition with an anchor can
// instead find the candidates from an indexed node: the first given one
// becomes the statement's MATCH (counties developing 光伏 start from the
// industry, not from every region).
type listFilter struct {
	param  string // the parameter that gives the condition
	where  string // a condition on n
	anchor string // a pattern binding n from an indexed node, or ""
}

var listFilters = map[string][]listFilter{
	kg.LabelRegion: {
		{param: "industry", where: `EXISTS { (n)-[:DEVELOPS]->(:Industry {name: $industry}) }`,
			anchor: `(:Industry {name: $industry})<-[:DEVELOPS]-(n:Region)`},
		{param: "level", where: `n.level = $level`},
		{param: "program", where: `EXISTS { (n)-[:IMPLEMENTS]->(p:Program) WHERE p.name = $program OR p.id = $program }`},
		{param: "province", where: `EXISTS { (n)-[:PART_OF*1..4]->(v:Province) WHERE v.name = $province OR v.code = $province OR v.shortName = $province }`},
		{param: "nameContains", where: `n.name CONTAINS $nameContains`},
		{param: "community", where: `n.community = $community AND n.degree IS NOT NULL AND n.code IS NOT NULL`},
	},
	kg.LabelOfficial: {
		{param: "region", where: `EXISTS { (n)-[:SERVES_IN]->(g:Region) WHERE g.name = $region OR g.code = $region OR g.shortName = $region }`},
		{param: "title", where: `any(t IN n.titles WHERE t CONTAINS $title)`},
		{param: "nameContains", where: `n.name CONTAINS $nameContains`},
		{param: "community", where: `n.community = $community AND n.degree IS NOT NULL AND n.id IS NOT NULL`},
	},
	kg.LabelProgram: {
		{param: "industry", where: `EXISTS { (n)-[:SUPPORTS]->(:Industry {name: $industry}) }`,
			anchor: `(:Industry {name: $industry})<-[:SUPPORTS]-(n:Program)`},
		{param: "local", where: `coalesce(n.local, false) = $local`},
		{param: "nameContains", where: `n.name CONTAINS $nameContains`},
		{param: "community", where: `n.community = $community AND n.degree IS NOT NULL AND n.id IS NOT NULL`},
	},
	kg.LabelIndustry: {
		{param: "region", where: `EXISTS { (g:Region)-[:DEVELOPS]->(n) WHERE g.name = $region OR g.code = $region OR g.shortName = $region }`},
		{param: "nameContains", where: `n.name CONTAINS $nameContains`},
		{param: "community", where: `n.community = $community AND n.degree IS NOT NULL AND n.name IS NOT NULL`},
	},
	kg.LabelArticle: {
		{param: "nameContains", where: `n.title CONTAINS $nameContains`},
	},
}

// listMatch returns the MATCH … WHERE … that binds n to the items of a list,
// built from fixed fragments: the label, and the conditions given in params.
func listMatch(label string, params map[string]any) string {
	var anchor string
	var conds []string
	for _, f := range listFilters[label] {
		switch v := params[f.param].(type) {
		case nil:
			continue
		case string:
			if v == "" {
				continue
			}
		}
		if anchor == "" && f.anchor != "" {
			anchor = f.anchor
			continue
		}
		conds = append(conds, f.where)
	}
	m := "MATCH (n:" + label + ")"
	if anchor != "" {
		m = "MATCH " + anchor + "\n\t\tWITH DISTINCT n"
	}
	if len(conds) > 0 {
		m += " WHERE " + strings.Join(conds, "\n\t\t  AND ")
	}
	return m
}

// listFilterFields says which ListFilter fields apply to each label.
var listFilterFields = map[string][]string{
	kg.LabelRegion:   {"industry", "program", "province", "nameContains", "community"},
	kg.LabelOfficial: {"region", "title", "nameContains", "community"},
	kg.LabelProgram:  {"industry", "local", "nameContains", "community"},
	kg.LabelIndustry: {"region", "nameContains", "community"},
	kg.LabelArticle:  {"nameContains"},
}

func listParams(q kg.ListQuery) (map[string]any, error) {
	if _, ok := listFilters[q.Label]; !ok {
		return nil, kg.Errorf(kg.EINVALID, "cannot list %s", q.Label)
	}
	f := q.Filter
	given := map[string]bool{"industry": f.Industry != "", "program": f.Program != "", "province": f.Province != "",
		"region": f.Region != "", "title": f.Title != "", "nameContains": f.NameContains != "", "local": f.Local != nil,
		"community": f.Community != nil}
	for _, ok := range listFilterFields[q.Label] {
		delete(given, ok)
	}
	for name, set := range given {
		if set {
			return nil, kg.Errorf(kg.EINVALID, "filter %s does not apply to %s", name, q.Label)
		}
	}
	p := map[string]any{"level": q.Level, "industry": f.Industry, "program": f.Program, "province": f.Province,
		"region": f.Region, "title": f.Title, "nameContains": f.NameContains, "local": nil, "community": nil}
	if f.Local != nil {
		p["local"] = *f.Local
	}
	if f.Community != nil {
		p["community"] = int64(*f.Community)
	}
	return p, nil
}

// listStatement builds the keyset-paginated statement of a list from fixed
// fragments: the label's given filters, its sort expression, a direction
// and the plan's columns. With a count it sorts every match once, counts
// them and pages from the same rows (one pass, as a hand-written statement
// would); without, the planner keeps only the top rows.
func listStatement(q kg.ListQuery, params map[string]any, cols string) string {
	key := "n." + keyProp[q.Label]
	sortExpr, svOut := key, "sv"
	switch q.Sort {
	case kg.SortKey:
	case kg.SortDegree, kg.SortPageRank, kg.SortBetweenness:
		// A stored score; nodes not analysed yet sort as -1. Positions
		// carry the value as text (Cypher's toString of a float is exact).
		sortExpr, svOut = "coalesce(toFloat(n."+scoreOfSort[q.Sort]+"), -1.0)", "toString(sv) AS sv"
	default:
		sortExpr = "coalesce(n.name, '')"
		if q.Label == kg.LabelArticle {
			sortExpr = "coalesce(n.title, '')"
		}
	}
	cmpOp, dir := ">", ""
	if q.Desc {
		cmpOp, dir = "<", " DESC"
	}
	if q.WithCount {
		return listMatch(q.Label, params) + `
		WITH n, ` + sortExpr + ` AS sv, ` + key + ` AS sk ORDER BY sv` + dir + `, sk` + dir + `
		WITH collect([n, sv, sk]) AS rows
		WITH size(rows) AS total,
		     [x IN rows WHERE $afterKey IS NULL OR x[1] ` + cmpOp + ` $afterValue OR (x[1] = $afterValue AND x[2] ` + cmpOp + ` $afterKey)][..$limit] AS page
		UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
		WITH total, x[0] AS n, x[1] AS sv, x[2] AS sk
		RETURN total, n, ` + svOut + `, sk` + cols
	}
	return listMatch(q.Label, params) + `
		WITH n, ` + sortExpr + ` AS sv, ` + key + ` AS sk
		WHERE $afterKey IS NULL OR sv ` + cmpOp + ` $afterValue OR (sv = $afterValue AND sk ` + cmpOp + ` $afterKey)
		WITH n, sv, sk ORDER BY sv` + dir + `, sk` + dir + ` LIMIT $limit
		RETURN n, ` + svOut + `, sk` + cols
}

// scoreOfSort is the stored property of each score sort.
var scoreOfSort = map[string]string{kg.SortDegree: kg.ScoreDegree, kg.SortPageRank: kg.ScorePageRank, kg.SortBetweenness: kg.ScoreBetweenness}

// List implements kg.Reader: keyset pagination on (sort value, key), one
// statement, reading first+1 rows to know whether a next page exists, with
// the total and the plan's relationships when asked.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (*kg.Page, error) {
	params, err := listParams(q)
	if err != nil {
		return nil, err
	}
	cols, err := planColumns(q.Plan, params)
	if err != nil {
		return nil, err
	}
	params["afterValue"], params["afterKey"] = nil, nil
	if q.After != nil {
		params["afterValue"], params["afterKey"] = q.After.Value, q.After.Key
		if _, numeric := scoreOfSort[q.Sort]; numeric {
			if params["afterValue"], err = parseScore(q.After.Value); err != nil {
				return nil, err
			}
		}
	}
	params["limit"] = q.First + 1
	stmt := listStatement(q, params, cols)
	return query(ctx, s, "List:"+q.Label, func(tx runner) (*kg.Page, error) {
		res, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return nil, err
		}
		p := &kg.Page{Items: []kg.Entity{}, Positions: []kg.Position{}}
		if !q.Plan.Empty() {
			p.Links = kg.Prefetch{}
		}
		for res.Next(ctx) {
			rec := res.Record()
			if q.WithCount {
				total, _, err := neo4j.GetRecordValue[int64](rec, "total")
				if err != nil {
					return nil, err
				}
				p.Total = int(total)
			}
			if len(p.Items) == q.First {
				p.HasNext = true
				continue
			}
			n, isNil, err := neo4j.GetRecordValue[neo4j.Node](rec, "n")
			if err != nil {
				return nil, err
			}
			if isNil { // an empty page of a counted list
				continue
			}
			sv, _, err := neo4j.GetRecordValue[string](rec, "sv")
			if err != nil {
				return nil, err
			}
			sk, _, err := neo4j.GetRecordValue[string](rec, "sk")
			if err != nil {
				return nil, err
			}
			e, err := entityOf(n)
			if err != nil {
				return nil, err
			}
			if err := decodePlan(rec, e, q.Plan, p.Links); err != nil {
				return nil, err
			}
			p.Items = append(p.Items, e)
			p.Positions = append(p.Positions, kg.Position{Value: sv, Key: sk})
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		if err := fillPrefetched(ctx, tx, q.Plan, p.Links); err != nil {
			return nil, err
		}
		return p, nil
	})
}

// Count implements kg.Reader.
func (s *Store) Count(ctx context.Context, q kg.ListQuery) (int, error) {
	params, err := listParams(q)
	if err != nil {
		return 0, err
	}
	stmt := listMatch(q.Label, params) + " RETURN count(n) AS c"
	return query(ctx, s, "Count:"+q.Label, func(tx runner) (int, error) {
		c, err := single[int64](ctx, tx, stmt, params, "c")
		return int(c), err
	})
}

// relationshipsStatement reads a page of the relationships of one type,
// keyset-paged by the start node's key, then the end node's. The start
// nodes are walked in the order of their key's index (the range
// predicate lets the planner read it in order), so a page costs the start
// nodes up to its last one, not a sort of every relationship of the type.
func relationshipsStatement(typ string, evidence bool) (string, error) {
	from, to, ok := kg.Endpoints(typ)
	if !ok {
		return "", kg.Errorf(kg.EINVALID, "unknown relationship type %q", typ)
	}
	ak := "a." + keyProp[from]
	bk := keyExpr("b", to)
	return `MATCH (a:` + from + `) WHERE ` + ak + ` >= $afterStart
		WITH a ORDER BY ` + ak + `
		MATCH (a)-[r:` + typ + `]->(b)
		WHERE (` + ak + ` > $afterStart OR ` + bk + ` > $afterEnd) AND ($min = 0.0 OR r.confidence >= $min)
		WITH a, r, b, ` + bk + ` AS bkey ORDER BY ` + ak + `, bkey LIMIT $limit
		RETURN a, b, ` + relProjection("r", evidence) + ` AS r, ` + ak + ` AS akey, bkey`, nil
}

// nodeRelationshipsStatement reads a page of one node's relationships of
// one type (outgoing, or incoming when in), keyset-paged by the other
// node's key: a sort of that node's relationships, never of the type's.
func nodeRelationshipsStatement(typ string, node kg.Ref, in, evidence bool) (string, error) {
	from, to, ok := kg.Endpoints(typ)
	if !ok {
		return "", kg.Errorf(kg.EINVALID, "unknown relationship type %q", typ)
	}
	near, far := from, to
	if in {
		near, far = to, from
	}
	if near != "" && near != node.Label || near == "" && node.Label == kg.LabelArticle {
		return "", kg.Errorf(kg.EINVALID, "node: a %s is not at the %s end of %s", node.Label, map[bool]string{false: "start", true: "end"}[in], typ)
	}
	kp, ok := keyProp[node.Label]
	if !ok {
		return "", kg.Errorf(kg.EINVALID, "node: unknown label %q", node.Label)
	}
	pat := "(n)-[r:" + typ + "]->(m)"
	if in {
		pat = "(m)-[r:" + typ + "]->(n)"
	}
	mk := keyExpr("m", far)
	return `MATCH (n:` + node.Label + ` {` + kp + `: $node}) WHERE $level = '' OR n.level = $level
		MATCH ` + pat + `
		WITH n, r, m, ` + mk + ` AS mkey
		WHERE ($afterEnd IS NULL OR mkey > $afterEnd) AND ($min = 0.0 OR r.confidence >= $min)
		WITH n, r, m, mkey ORDER BY mkey LIMIT $limit
		RETURN ` + map[bool]string{false: "n AS a, m AS b", true: "m AS a, n AS b"}[in] + `, ` + relProjection("r", evidence) + ` AS r, '' AS akey, mkey AS bkey`, nil
}

// Relationships implements kg.Reader.
func (s *Store) Relationships(ctx context.Context, q kg.RelQuery) (*kg.RelPage, error) {
	var stmt string
	var err error
	if q.Node != nil {
		stmt, err = nodeRelationshipsStatement(q.Type, *q.Node, q.In, q.Evidence)
	} else {
		stmt, err = relationshipsStatement(q.Type, q.Evidence)
	}
	if err != nil {
		return nil, err
	}
	params := map[string]any{"afterStart": "", "afterEnd": "", "min": q.MinConfidence, "limit": q.First + 1}
	if q.Node != nil {
		params["node"], params["level"] = q.Node.Key, q.Level
	}
	if q.After != nil {
		// Strictly after the position: from its start node on, past its end.
		params["afterStart"], params["afterEnd"] = q.After.Value, q.After.Key
	} else {
		params["afterEnd"] = nil // a null comparison is never true: start past "" or take all of it
	}
	return query(ctx, s, "Relationships:"+q.Type, func(tx runner) (*kg.RelPage, error) {
		res, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return nil, err
		}
		page := &kg.RelPage{Links: []*kg.Link{}}
		for res.Next(ctx) {
			rec := res.Record()
			a, err := entityAt(rec, "a")
			if err != nil {
				return nil, err
			}
			b, err := entityAt(rec, "b")
			if err != nil {
				return nil, err
			}
			rv, _ := rec.Get("r")
			l, err := linkOf(q.Type, rv, a, b)
			if err != nil {
				return nil, err
			}
			ak, _ := rec.Get("akey")
			bk, _ := rec.Get("bkey")
			as, _ := ak.(string)
			bs, _ := bk.(string)
			page.Links = append(page.Links, l)
			page.Positions = append(page.Positions, kg.Position{Value: as, Key: bs})
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		if len(page.Links) > q.First {
			page.Links, page.Positions, page.HasNext = page.Links[:q.First], page.Positions[:q.First], true
		}
		if q.Evidence {
			if err := fillSentences(ctx, tx, linksOf(page.Links)); err != nil {
				return nil, err
			}
		}
		return page, nil
	})
}

// CountRelationships implements kg.Reader: from the count store for a
// whole type, from the node's degree for one node's (a filter on
// confidence reads that node's relationships only).
func (s *Store) CountRelationships(ctx context.Context, q kg.RelQuery) (int, error) {
	from, to, ok := kg.Endpoints(q.Type)
	if !ok {
		return 0, kg.Errorf(kg.EINVALID, "unknown relationship type %q", q.Type)
	}
	var stmt string
	params := map[string]any{"min": q.MinConfidence}
	switch {
	case q.Node == nil && q.MinConfidence > 0:
		return 0, kg.Errorf(kg.EINVALID, "totalCount: not with minConfidence over every %s (it would read them all); page through them instead", q.Type)
	case q.Node == nil:
		stmt = "MATCH ()-[r:" + q.Type + "]->() RETURN count(r) AS n"
	default:
		near := from
		pat := "(n)-[r:" + q.Type + "]->()"
		if q.In {
			near, pat = to, "()-[r:"+q.Type+"]->(n)"
		}
		if near != "" && near != q.Node.Label {
			return 0, kg.Errorf(kg.EINVALID, "node: a %s is not at that end of %s", q.Node.Label, q.Type)
		}
		kp, ok := keyProp[q.Node.Label]
		if !ok {
			return 0, kg.Errorf(kg.EINVALID, "node: unknown label %q", q.Node.Label)
		}
		where := ""
		if q.MinConfidence > 0 {
			where = " WHERE r.confidence >= $min"
		}
		stmt = "OPTIONAL MATCH (n:" + q.Node.Label + " {" + kp + ": $node}) WHERE $level = '' OR n.level = $level RETURN COUNT { MATCH " + pat + where + " } AS n"
		params["node"], params["level"] = q.Node.Key, q.Level
	}
	return query(ctx, s, "CountRelationships:"+q.Type, func(tx runner) (int, error) {
		res, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return 0, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return 0, err
		}
		n, _ := rec.Values[0].(int64)
		return int(n), nil
	})
}
