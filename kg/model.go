package kg

import "slices"

// The graph model, declared once: every node label with its key and kinds,
// every relationship type with its ends and properties. The store derives
// its read statements, search, paths and neighbourhoods from these tables,
// and its write statements (neo4jstore/write.go);
// the GraphQL layer checks its schema against them (graph/rel_test.go)
// and derives its planner and complexity weights from that schema.
// docs/ARCHITECTURE.md has the recipe for adding a relationship.

// Node labels of the graph (docs/graph-model.md).
const (
	LabelRegion       = "Region"
	LabelOfficial     = "Official"
	LabelProgram      = "Program"
	LabelIndustry     = "Industry"
	LabelOrganization = "Organization"
	LabelStatistic    = "Statistic"
	LabelArticle      = "Article"
)

// Relationship types of the graph.
const (
	RelServesIn   = "SERVES_IN"
	RelPartOf     = "PART_OF"
	RelImplements = "IMPLEMENTS"
	RelDevelops   = "DEVELOPS"
	RelSupports   = "SUPPORTS"
	RelSubtypeOf  = "SUBTYPE_OF"
	RelAssists    = "ASSISTS"
	RelReported   = "REPORTED"
	RelOperatesIn = "OPERATES_IN"
	RelMentions   = "MENTIONS"
)

// Entity kinds, as clients see them: the region levels are kinds of their own.
const (
	KindProvince     = "PROVINCE"
	KindPrefecture   = "PREFECTURE"
	KindCounty       = "COUNTY"
	KindTown         = "TOWN"
	KindVillage      = "VILLAGE"
	KindOfficial     = "OFFICIAL"
	KindProgram      = "PROGRAM"
	KindIndustry     = "INDUSTRY"
	KindOrganization = "ORGANIZATION"
	KindStatistic    = "STATISTIC"
	KindArticle      = "ARTICLE"
)

// NodeType describes the nodes of one label.
type NodeType struct {
	Label string
	// Key is the property that identifies a node (unique per label).
	Key string
	// Kinds are the entity kinds its nodes take, as clients see them
	// (a region's kind is its level).
	Kinds []string
	// Searchable says the full-text index covers the label's nodes and
	// search can be restricted to its kinds.
	Searchable bool
	// Brief are the properties a brief read takes: the key and what the
	// entity's name is made of (readers sort by both).
	Brief []string
}

// RelType describes the relationships of one type.
type RelType struct {
	Type string
	// From and To are the labels of the start and end nodes: every
	// relationship points from From to To. To is "" when the end may be
	// any entity (MENTIONS).
	From, To string
	// Props are the relationship's own properties readers use, besides
	// the provenance every fact relationship carries (confidence, evidence).
	Props []string
	// Traversed says paths, neighbourhoods and the analytics projection
	// follow it: facts and structure, not MENTIONS (every article would
	// be a shortcut).
	Traversed bool
	// Provenance says it is a fact that articles support: it carries the
	// support count, evidence sample and confidence histogram of
	// docs/PROVENANCE.md, and each supporting Article records it.
	Provenance bool
}

// Nodes is the table of node labels, in the order stores read them.
var Nodes = []NodeType{
	{Label: LabelRegion, Key: "code", Kinds: []string{KindProvince, KindPrefecture, KindCounty, KindTown, KindVillage},
		Searchable: true, Brief: []string{"code", "name"}},
	{Label: LabelOfficial, Key: "id", Kinds: []string{KindOfficial}, Searchable: true, Brief: []string{"id", "name"}},
	{Label: LabelProgram, Key: "id", Kinds: []string{KindProgram}, Searchable: true, Brief: []string{"id", "name"}},
	{Label: LabelIndustry, Key: "name", Kinds: []string{KindIndustry}, Searchable: true, Brief: []string{"name"}},
	{Label: LabelOrganization, Key: "id", Kinds: []string{KindOrganization}, Searchable: true, Brief: []string{"id", "name"}},
	{Label: LabelStatistic, Key: "id", Kinds: []string{KindStatistic}, Brief: []string{"id", "metric", "value", "year"}},
	{Label: LabelArticle, Key: "id", Kinds: []string{KindArticle}, Brief: []string{"id", "title"}},
}

// Rels is the table of relationship types (docs/graph-model.md).
var Rels = []RelType{
	{Type: RelServesIn, From: LabelOfficial, To: LabelRegion, Props: []string{"title", "titles"}, Traversed: true, Provenance: true},
	{Type: RelPartOf, From: LabelRegion, To: LabelRegion, Traversed: true},
	{Type: RelImplements, From: LabelRegion, To: LabelProgram, Traversed: true, Provenance: true},
	{Type: RelDevelops, From: LabelRegion, To: LabelIndustry, Traversed: true, Provenance: true},
	{Type: RelSupports, From: LabelProgram, To: LabelIndustry, Traversed: true, Provenance: true},
	{Type: RelSubtypeOf, From: LabelIndustry, To: LabelIndustry, Traversed: true},
	{Type: RelAssists, From: LabelRegion, To: LabelRegion, Props: []string{"mechanism"}, Traversed: true, Provenance: true},
	{Type: RelReported, From: LabelRegion, To: LabelStatistic, Traversed: true, Provenance: true},
	{Type: RelOperatesIn, From: LabelOrganization, To: LabelRegion, Traversed: true, Provenance: true},
	{Type: RelMentions, From: LabelArticle},
}

// ArticleSentences says where the sentences of evidence are stored: once
// per article, on the Article node, as two parallel lists. Spans holds the
// key of each sentence (EvidenceSpan: "<start>:<end>", as in the evidence
// strings "<articleId>:<start>:<end>" of fact relationships), Sentences
// the sentence at the same index. An article stores the sentences of the
// evidence it gives its facts, each once however many facts cite it
// (docs/PROVENANCE.md). Writers, the bulk files, readers and migrate take
// the property names from here.
var ArticleSentences = struct {
	Label, Spans, Sentences string
}{LabelArticle, "sentenceSpans", "sentences"}

// NodeOf returns the node type of a label.
func NodeOf(label string) (NodeType, bool) {
	i := slices.IndexFunc(Nodes, func(n NodeType) bool { return n.Label == label })
	if i < 0 {
		return NodeType{}, false
	}
	return Nodes[i], true
}

// RelOf returns the relationship type of a type name.
func RelOf(typ string) (RelType, bool) {
	i := slices.IndexFunc(Rels, func(r RelType) bool { return r.Type == typ })
	if i < 0 {
		return RelType{}, false
	}
	return Rels[i], true
}

// Labels returns the node labels, in table order.
func Labels() []string {
	out := make([]string, len(Nodes))
	for i, n := range Nodes {
		out[i] = n.Label
	}
	return out
}

// TraversedTypes returns the relationship types paths and neighbourhoods
// follow, in table order.
func TraversedTypes() []string {
	var out []string
	for _, r := range Rels {
		if r.Traversed {
			out = append(out, r.Type)
		}
	}
	return out
}

// RelProps returns every relationship property of the table, each once, in
// table order.
func RelProps() []string {
	var out []string
	for _, r := range Rels {
		for _, p := range r.Props {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// LabelOfKind returns the node label that holds entities of kind ("" if unknown).
func LabelOfKind(kind string) string {
	for _, n := range Nodes {
		if slices.Contains(n.Kinds, kind) {
			return n.Label
		}
	}
	return ""
}

// Endpoints returns the labels of the start and end nodes of a
// relationship type ("" for MENTIONS' end, which may be any entity).
func Endpoints(relType string) (from, to string, ok bool) {
	r, ok := RelOf(relType)
	return r.From, r.To, ok
}
