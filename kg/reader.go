package kg

import "context"

// Reader answers the questions the GraphQL layer asks of the graph. Every
// method is one round trip to the store (Neighborhood: one transaction), so
// callers bound round trips by batching keys.
type Reader interface {
	// Ping returns EUNAVAILABLE when the store cannot be reached.
	Ping(ctx context.Context) error

	// RegionByName returns the region with the given name (simplified,
	// with suffix, e.g. 延寿县) or short name; with level set, only a region
	// of that level. When several match, the lowest code wins. Returns
	// ENOTFOUND.
	RegionByName(ctx context.Context, name, level string) (*Region, error)

	// Entities returns the entities with the given refs, in order, nil for
	// refs that match nothing.
	Entities(ctx context.Context, refs []Ref) ([]Entity, error)

	// Fetch reads the root nodes and, in the same round trip, the
	// relationships the plan selects below them (kgtest.ExpandVia gives
	// the semantics). A Root by name returns ENOTFOUND as RegionByName does.
	Fetch(ctx context.Context, root Root, plan *Plan) (*Fetched, error)

	// Links returns, for each key of a node at the spec's end (the start
	// label for Out, the end label otherwise), its relationships of the
	// spec's type with the nodes at both ends, sorted by the other node's
	// name. Returns EINVALID for an unknown spec.
	Links(ctx context.Context, spec LinkSpec, keys []string) ([][]*Link, error)

	// Search queries the full-text index over entity names and aliases,
	// best match first.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// ShortestPaths returns shortest paths of at most maxHops
	// relationships between two nodes (one when all is false, else up to
	// limit), ignoring MENTIONS. Returns ENOTFOUND when an end does not exist.
	// With evidence, relationships carry their sentences.
	ShortestPaths(ctx context.Context, from, to Ref, maxHops int, all bool, limit int, evidence bool) ([]Path, error)

	// Neighborhood returns the nodes within hops of center, nearest first,
	// at most limit, and the relationships among them (MENTIONS excluded).
	// Returns ENOTFOUND when center does not exist. With evidence,
	// relationships carry their sentences.
	Neighborhood(ctx context.Context, center Ref, hops, limit int, evidence bool) (*Subgraph, error)

	// List returns one page of entities of one label. Returns EINVALID for
	// a filter that does not apply to the label.
	List(ctx context.Context, q ListQuery) (*Page, error)

	// Relationships returns one page of the relationships of one type,
	// ordered by the start node's key, then the end node's. Returns
	// EINVALID for an unknown type.
	Relationships(ctx context.Context, q RelQuery) (*RelPage, error)

	// CountRelationships returns the number of relationships Relationships
	// would return over all pages (After and First ignored). Returns
	// EINVALID for a type-wide count with MinConfidence, which would read
	// every relationship of the type.
	CountRelationships(ctx context.Context, q RelQuery) (int, error)

	// Count returns the number of entities List would return over all pages.
	Count(ctx context.Context, q ListQuery) (int, error)

	// Version returns a string that changes whenever the graph's content
	// changes (cheap: read from counts).
	Version(ctx context.Context) (string, error)

	// Analysis returns the state of the stored analysis (GraphVersion
	// empty when there is none) and whether the graph changed since.
	Analysis(ctx context.Context) (*AnalysisState, error)

	// TopEntities returns the entities of a kind ("" for every kind) with
	// the highest stored score (ScoreDegree, ScorePageRank or
	// ScoreBetweenness), ties by degree, name and key.
	TopEntities(ctx context.Context, kind, score string, first int) ([]EntityScore, error)

	// Communities returns the first stored communities, largest first.
	Communities(ctx context.Context, first int) ([]CommunityInfo, error)

	// CommunityMembers returns, for each community id, its first members,
	// most connected first.
	CommunityMembers(ctx context.Context, ids []int, first int) ([][]Entity, error)

	// SimilarCounties returns the stored SIMILAR relationships of the
	// region with the given code, best first, with the shared industries
	// and programs when shared is set.
	SimilarCounties(ctx context.Context, code string, first int, shared bool) ([]Similarity, error)

	// IndustryPairs returns stored CO_OCCURS relationships, most shared
	// first, only those of the named industry when it is not "", with
	// their regions when regions is set. Returns ENOTFOUND for an unknown
	// industry.
	IndustryPairs(ctx context.Context, industry string, first int, regions bool) ([]IndustryPair, error)

	// StatisticPoints returns the statistics of a metric reported for
	// regions (name, short name or code; all when empty) in years (all
	// when empty), by region name, year and value.
	StatisticPoints(ctx context.Context, metric string, regions, years []string, first int) ([]StatisticPoint, error)

	// StatisticMetrics returns the distinct metrics of the stored
	// statistics (贫困发生率…).
	StatisticMetrics(ctx context.Context) ([]string, error)
}
