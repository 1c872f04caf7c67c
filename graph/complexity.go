package graph

import (
	"github.com/tuopin/tuopin/graph/generated"
	"github.com/tuopin/tuopin/graph/model"
)

// listFanout is the assumed size of an unbounded relationship list (a
// county's officials, an industry's regions) when costing a query.
const listFanout = 10

// complexity weighs list fields by their size, so the complexity limit
// (costGuard) bounds the work of a query rather than its length: a field
// costs 1 plus its selection times the number of items it may return. Root
// fields also cost a store round trip each (roundTripCost, added by
// costGuard).
func complexity(c *generated.ComplexityRoot) {
	list := func(child int) int { return 1 + listFanout*child }
	firstOr := func(first *int, def int) int {
		if first != nil && *first > 0 {
			return *first
		}
		return def
	}

	q := &c.Query
	q.Counties = func(child int, first *int, _ *string, _ *model.RegionFilter, _ *model.ListOrder) int {
		return 1 + firstOr(first, 20)*child
	}
	q.Regions = func(child int, _ *string, first *int, _ *string, _ *model.RegionFilter, _ *model.ListOrder) int {
		return 1 + firstOr(first, 20)*child
	}
	q.Officials = func(child int, first *int, _ *string, _ *model.OfficialFilter, _ *model.ListOrder) int {
		return 1 + firstOr(first, 20)*child
	}
	q.Programs = func(child int, first *int, _ *string, _ *model.ProgramFilter, _ *model.ListOrder) int {
		return 1 + firstOr(first, 20)*child
	}
	q.Industries = func(child int, first *int, _ *string, _ *model.IndustryFilter, _ *model.ListOrder) int {
		return 1 + firstOr(first, 20)*child
	}
	q.Articles = func(child int, first *int, _ *string, _ *model.ListOrder) int {
		return 1 + firstOr(first, 20)*child
	}
	q.Search = func(child int, _ string, _ []string, first *int) int { return 1 + firstOr(first, 10)*child }
	q.SearchHits = func(child int, _ string, _ []string, first *int) int { return 1 + firstOr(first, 10)*child }
	q.ShortestPaths = func(child int, _, _ string, _ *int, first *int) int { return 1 + firstOr(first, 10)*child }
	q.Neighborhood = func(child int, _ string, _ *int, limit *int) int {
		// Subgraph.nodes and .edges cost listFanout items each: scale them
		// to the limit asked for.
		return 1 + max(1, (firstOr(limit, 50)+listFanout-1)/listFanout)*child
	}
	q.Nodes = func(child int, ids []string) int { return 1 + len(ids)*child }
	q.TopEntities = func(child int, _ *string, _ *model.Centrality, first *int) int { return 1 + firstOr(first, 10)*child }
	q.SimilarCounties = func(child int, _ string, first *int) int { return 1 + firstOr(first, 5)*child }
	q.Communities = func(child int, first *int) int { return 1 + firstOr(first, 10)*child }
	q.IndustryCooccurrence = func(child int, _ *string, first *int) int { return 1 + firstOr(first, 20)*child }
	q.Relationships = func(child int, _ string, _ *string, _ *string, _ *float64, first *int, _ *string) int {
		return 1 + firstOr(first, 100)*child
	}
	q.StatisticComparison = func(child int, _ string, _, _ []string, first *int) int { return 1 + firstOr(first, 100)*child }

	c.Community.Members = func(child int, first *int) int { return 1 + firstOr(first, 20)*child }
	// A subgraph of n nodes has at least n-1 edges and usually more: edges
	// count twice the items of a list.
	c.Subgraph.Nodes = list
	c.Subgraph.Links = func(child int) int { return 1 + 2*listFanout*child }
	c.Path.Nodes, c.Path.Links = list, list // at most maxHops+1 (≤ 11) nodes
	c.IndustryPair.Regions = func(child int, first *int) int { return 1 + firstOr(first, 20)*child }
	shared := func(child int, first *int) int { return 1 + firstOr(first, 20)*child }
	c.CountySimilarity.SharedIndustries, c.CountySimilarity.SharedPrograms = shared, shared

	// Relationship fields (@rel) and their evidence cost what relCost says.
	c.Relationship.Evidence = func(child int) int { return 1 + 3*child }
}
