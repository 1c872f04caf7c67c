package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	kg "github.com/tuopin/tuopin"
)

// listFilters are the conditions each label's lists accept; every one is
// switched off by an empty parameter, so one statement serves all filters.
var listFilters = map[string]string{
	kg.LabelRegion: `($level = '' OR n.level = $level)
		AND ($industry = '' OR EXISTS { (n)-[:DEVELOPS]->(:Industry {name: $industry}) })
		AND ($program = '' OR EXISTS { (n)-[:IMPLEMENTS]->(p:Program) WHERE p.name = $program OR p.id = $program })
		AND ($province = '' OR EXISTS { (n)-[:PART_OF*1..4]->(v:Province) WHERE v.name = $province OR v.code = $province OR v.shortName = $province })
		AND ($nameContains = '' OR n.name CONTAINS $nameContains)`,
	kg.LabelOfficial: `($region = '' OR EXISTS { (n)-[:SERVES_IN]->(g:Region) WHERE g.name = $region OR g.code = $region OR g.shortName = $region })
		AND ($title = '' OR any(t IN n.titles WHERE t CONTAINS $title))
		AND ($nameContains = '' OR n.name CONTAINS $nameContains)`,
	kg.LabelProgram: `($industry = '' OR EXISTS { (n)-[:SUPPORTS]->(:Industry {name: $industry}) })
		AND ($local IS NULL OR coalesce(n.local, false) = $local)
		AND ($nameContains = '' OR n.name CONTAINS $nameContains)`,
	kg.LabelIndustry: `($region = '' OR EXISTS { (g:Region)-[:DEVELOPS]->(n) WHERE g.name = $region OR g.code = $region OR g.shortName = $region })
		AND ($nameContains = '' OR n.name CONTAINS $nameContains)`,
	kg.LabelArticle: `($nameContains = '' OR n.title CONTAINS $nameContains)`,
}

// listFilterFields says which ListFilter fields apply to each label.
var listFilterFields = map[string][]string{
	kg.LabelRegion:   {"industry", "program", "province", "nameContains"},
	kg.LabelOfficial: {"region", "title", "nameContains"},
	kg.LabelProgram:  {"industry", "local", "nameContains"},
	kg.LabelIndustry: {"region", "nameContains"},
	kg.LabelArticle:  {"nameContains"},
}

func listParams(q kg.ListQuery) (map[string]any, error) {
	if _, ok := listFilters[q.Label]; !ok {
		return nil, kg.Errorf(kg.EINVALID, "cannot list %s", q.Label)
	}
	f := q.Filter
	given := map[string]bool{"industry": f.Industry != "", "program": f.Program != "", "province": f.Province != "",
		"region": f.Region != "", "title": f.Title != "", "nameContains": f.NameContains != "", "local": f.Local != nil}
	for _, ok := range listFilterFields[q.Label] {
		delete(given, ok)
	}
	for name, set := range given {
		if set {
			return nil, kg.Errorf(kg.EINVALID, "filter %s does not apply to %s", name, q.Label)
		}
	}
	p := map[string]any{"level": q.Level, "industry": f.Industry, "program": f.Program, "province": f.Province,
		"region": f.Region, "title": f.Title, "nameContains": f.NameContains, "local": nil}
	if f.Local != nil {
		p["local"] = *f.Local
	}
	return p, nil
}

// listQuery builds the keyset-paginated statement of a list from fixed
// fragments: the label's filter, its sort expression and a direction.
func listStatement(q kg.ListQuery) string {
	key := "n." + keyProp[q.Label]
	sortExpr := key
	if q.Sort != kg.SortKey {
		sortExpr = "coalesce(n.name, n.title, '')"
	}
	cmpOp, dir := ">", ""
	if q.Desc {
		cmpOp, dir = "<", " DESC"
	}
	return "MATCH (n:" + q.Label + ") WHERE " + listFilters[q.Label] + `
		WITH n, ` + sortExpr + ` AS sv, ` + key + ` AS sk
		WHERE $afterKey IS NULL OR sv ` + cmpOp + ` $afterValue OR (sv = $afterValue AND sk ` + cmpOp + ` $afterKey)
		RETURN n, sv, sk ORDER BY sv` + dir + `, sk` + dir + ` LIMIT $limit`
}

// List implements kg.Reader: keyset pagination on (sort value, key), one
// statement, reading first+1 rows to know whether a next page exists.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (*kg.Page, error) {
	params, err := listParams(q)
	if err != nil {
		return nil, err
	}
	params["afterValue"], params["afterKey"] = nil, nil
	if q.After != nil {
		params["afterValue"], params["afterKey"] = q.After.Value, q.After.Key
	}
	params["limit"] = q.First + 1
	stmt := listStatement(q)
	return read(ctx, s, "List:"+q.Label, func(tx neo4j.ManagedTransaction) (*kg.Page, error) {
		res, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return nil, err
		}
		p := &kg.Page{Items: []kg.Entity{}, Positions: []kg.Position{}}
		for res.Next(ctx) {
			if len(p.Items) == q.First {
				p.HasNext = true
				break
			}
			rec := res.Record()
			n, _, err := neo4j.GetRecordValue[neo4j.Node](rec, "n")
			if err != nil {
				return nil, err
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
			p.Items = append(p.Items, e)
			p.Positions = append(p.Positions, kg.Position{Value: sv, Key: sk})
		}
		if _, err := res.Consume(ctx); err != nil {
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
	stmt := "MATCH (n:" + q.Label + ") WHERE " + listFilters[q.Label] + " RETURN count(n) AS c"
	return read(ctx, s, "Count:"+q.Label, func(tx neo4j.ManagedTransaction) (int, error) {
		res, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return 0, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return 0, err
		}
		c, _, err := neo4j.GetRecordValue[int64](rec, "c")
		return int(c), err
	})
}
