package kg

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// LevelOfKind returns the region level of a region kind ("" otherwise).
func LevelOfKind(kind string) string {
	switch kind {
	case KindProvince:
		return LevelProvince
	case KindPrefecture:
		return LevelPrefecture
	case KindCounty:
		return LevelCounty
	case KindTown:
		return LevelTown
	case KindVillage:
		return LevelVillage
	}
	return ""
}

// Ref names one node by label and key; its string form "<Label>:<key>" is
// the node's global id in the API.
type Ref struct {
	Label string
	Key   string
}

func (r Ref) String() string { return r.Label + ":" + r.Key }

// ParseRef decodes a global id. Region levels are accepted as prefixes
// (County:230129 is Region:230129). Returns EINVALID.
func ParseRef(id string) (Ref, error) {
	label, key, ok := strings.Cut(id, ":")
	if !ok || key == "" {
		return Ref{}, Errorf(EINVALID, "malformed id %q: want <Type>:<key>", id)
	}
	if _, ok := NodeOf(label); !ok {
		if LabelOfKind(strings.ToUpper(label)) != LabelRegion {
			return Ref{}, Errorf(EINVALID, "unknown type %q in id %q", label, id)
		}
		label = LabelRegion
	}
	return Ref{Label: label, Key: key}, nil
}

// Entity is any node of the graph as read: *Region, *Official, *Program,
// *Industry, *Organization, *Statistic or *Article.
type Entity interface {
	EntityRef() Ref
	EntityKind() string
	EntityName() string
}

// Official is a person with a title, as read from the graph.
type Official struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Titles    []string `json:"titles"`
	Place     string   `json:"place"`
	PlaceCode string   `json:"placeCode,omitempty"`
}

// Program is a poverty-alleviation program, as read from the graph.
type Program struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Category string `json:"category,omitempty"`
	Local    bool   `json:"local,omitempty"`
}

// Industry is a sector or product, as read from the graph.
type Industry struct {
	Name     string `json:"name"`
	Category string `json:"category,omitempty"`
}

// Organization is an enterprise, cooperative or department.
type Organization struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind,omitempty"`
}

// Statistic is a reported figure, as read from the graph.
type Statistic struct {
	ID        string  `json:"id"`
	Metric    string  `json:"metric"`
	Value     string  `json:"value"`
	Number    float64 `json:"number"`
	Unit      string  `json:"unit,omitempty"`
	Year      string  `json:"year"`
	Place     string  `json:"place,omitempty"`
	PlaceCode string  `json:"placeCode,omitempty"`
}

func (r *Region) EntityRef() Ref     { return Ref{LabelRegion, r.Code} }
func (r *Region) EntityName() string { return r.Name }
func (r *Region) EntityKind() string {
	switch r.Level {
	case LevelProvince:
		return KindProvince
	case LevelPrefecture:
		return KindPrefecture
	case LevelTown:
		return KindTown
	case LevelVillage:
		return KindVillage
	}
	return KindCounty
}

// LevelKind is the region's level in upper case (COUNTY), as the API's RegionLevel.
func (r *Region) LevelKind() string { return r.EntityKind() }

// GlobalID is the region's id in the API.
func (r *Region) GlobalID() string { return r.EntityRef().String() }

func (o *Official) EntityRef() Ref     { return Ref{LabelOfficial, o.ID} }
func (o *Official) EntityName() string { return o.Name }
func (o *Official) EntityKind() string { return KindOfficial }
func (o *Official) GlobalID() string   { return o.EntityRef().String() }

func (p *Program) EntityRef() Ref     { return Ref{LabelProgram, p.ID} }
func (p *Program) EntityName() string { return p.Name }
func (p *Program) EntityKind() string { return KindProgram }
func (p *Program) GlobalID() string   { return p.EntityRef().String() }

func (i *Industry) EntityRef() Ref     { return Ref{LabelIndustry, i.Name} }
func (i *Industry) EntityName() string { return i.Name }
func (i *Industry) EntityKind() string { return KindIndustry }
func (i *Industry) GlobalID() string   { return i.EntityRef().String() }

func (o *Organization) EntityRef() Ref     { return Ref{LabelOrganization, o.ID} }
func (o *Organization) EntityName() string { return o.Name }
func (o *Organization) EntityKind() string { return KindOrganization }
func (o *Organization) GlobalID() string   { return o.EntityRef().String() }

func (s *Statistic) EntityRef() Ref     { return Ref{LabelStatistic, s.ID} }
func (s *Statistic) EntityKind() string { return KindStatistic }
func (s *Statistic) GlobalID() string   { return s.EntityRef().String() }

// EntityName renders the statistic for display: 贫困发生率 0.44% (2019).
func (s *Statistic) EntityName() string {
	n := s.Metric + " " + s.Value
	if s.Year != "" {
		n += " (" + s.Year + ")"
	}
	return n
}

func (a *Article) EntityRef() Ref     { return Ref{LabelArticle, a.ID} }
func (a *Article) EntityName() string { return a.Title }
func (a *Article) EntityKind() string { return KindArticle }
func (a *Article) GlobalID() string   { return a.EntityRef().String() }

// Link is one relationship as read, with the nodes at both ends.
type Link struct {
	Type      string   `json:"type"`
	From      Entity   `json:"-"`
	To        Entity   `json:"-"`
	Title     string   `json:"title,omitempty"`     // SERVES_IN: titles joined by 、
	Titles    []string `json:"titles,omitempty"`    // SERVES_IN
	Mechanism string   `json:"mechanism,omitempty"` // ASSISTS
	// Confidence is the highest confidence an article's extraction gave
	// the fact (0 for relationships that carry none, such as PART_OF).
	Confidence float64 `json:"confidence,omitempty"`
	// Support is how many stored articles state the fact (0 for
	// relationships that carry no provenance, such as PART_OF); Evidence
	// holds a bounded sample of them.
	Support int `json:"support,omitempty"`
	// Evidence is read only when asked for (LinkSpec.Evidence, or the
	// evidence argument of paths and neighbourhoods); empty otherwise.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// SourceID is the global id of the start node.
func (l *Link) SourceID() string { return l.From.EntityRef().String() }

// TargetID is the global id of the end node.
func (l *Link) TargetID() string { return l.To.EntityRef().String() }

// endOf returns the end of l that is a T, the start node first (nil when
// neither is). The API's relationship objects name their ends by type
// (Position.official, Development.region); every relationship type but
// ASSISTS and PART_OF joins two different types, and those two are read
// through Helper/Helped and Region's own fields.
func endOf[T Entity](l *Link) T {
	if t, ok := l.From.(T); ok {
		return t
	}
	t, _ := l.To.(T)
	return t
}

// Region is the end of l that is a region (the start node when both are).
func (l *Link) Region() *Region { return endOf[*Region](l) }

// Official is the end of l that is an official.
func (l *Link) Official() *Official { return endOf[*Official](l) }

// Program is the end of l that is a program.
func (l *Link) Program() *Program { return endOf[*Program](l) }

// Industry is the end of l that is an industry (the start node when both are).
func (l *Link) Industry() *Industry { return endOf[*Industry](l) }

// Statistic is the end of l that is a statistic.
func (l *Link) Statistic() *Statistic { return endOf[*Statistic](l) }

// Organization is the end of l that is an organization.
func (l *Link) Organization() *Organization { return endOf[*Organization](l) }

// Helper is the start node of an ASSISTS relationship.
func (l *Link) Helper() *Region { r, _ := l.From.(*Region); return r }

// Helped is the end node of an ASSISTS relationship.
func (l *Link) Helped() *Region { r, _ := l.To.(*Region); return r }

// Text is the relationship's own text: its title or mechanism, if any
// (the API's Relationship.label).
func (l *Link) Text() string {
	if l.Title != "" {
		return l.Title
	}
	return l.Mechanism
}

// LinkSpec selects relationships of one type seen from one end: Out from
// the start node (a region's DEVELOPS), or in from the end node (an
// industry's DEVELOPS).
type LinkSpec struct {
	Type string
	Out  bool
	// Label is the label of the keyed nodes for incoming MENTIONS, whose
	// end may be any entity; other types imply it.
	Label string
	// Evidence asks for the supporting sentences too (they are most of a
	// relationship's bytes, so they are read only when a client selects them).
	Evidence bool
	// First bounds the relationships read per node (SelectLinks says
	// which are kept); 0 reads them all, which only internal readers do.
	First int
	// MinConfidence keeps relationships of at least this confidence (0:
	// all). Metric keeps those whose far Statistic has this metric, Kind
	// those whose far node is of this entity kind ("": all). The filters
	// apply before First.
	MinConfidence float64
	Metric, Kind  string
}

// SelectLinks is what a reader returns for spec from all the
// relationships ls of one node (read from that node's end): those that
// pass the filters; of them, when spec.First is set, the First with the
// most support (ties: articles published latest first, then by the far
// node's key), so a popular node's list stays bounded and keeps its
// best-attested facts (a node's articles, which carry no support, the
// latest); in SortLinks order.
// Stores compute the same in their query language; this is the
// reference their tests compare against.
func SelectLinks(ls []*Link, spec LinkSpec) []*Link {
	kept := make([]*Link, 0, len(ls))
	for _, l := range ls {
		if spec.MinConfidence > 0 && l.Confidence < spec.MinConfidence {
			continue
		}
		far := l.Far(spec.Out)
		if spec.Metric != "" {
			if st, ok := far.(*Statistic); !ok || st.Metric != spec.Metric {
				continue
			}
		}
		if spec.Kind != "" && far.EntityKind() != spec.Kind {
			continue
		}
		kept = append(kept, l)
	}
	if spec.First > 0 && len(kept) > spec.First {
		published := func(l *Link) string {
			if a, ok := l.Far(spec.Out).(*Article); ok {
				return a.PublishedAt
			}
			return ""
		}
		slices.SortStableFunc(kept, func(x, y *Link) int {
			return cmp.Or(cmp.Compare(y.Support, x.Support), cmp.Compare(published(y), published(x)),
				cmp.Compare(x.Far(spec.Out).EntityRef().Key, y.Far(spec.Out).EntityRef().Key))
		})
		kept = kept[:spec.First]
	}
	SortLinks(kept, spec.Out)
	return kept
}

// SearchHit is one full-text match.
type SearchHit struct {
	Entity Entity
	Score  float64
}

// SearchQuery asks the full-text index. Query is already normalised
// (simplified script); Kinds restricts the hits (empty: every kind).
type SearchQuery struct {
	Query string
	Kinds []string
	First int
}

// Path is a sequence of nodes joined by relationships; Links[i] joins
// Nodes[i] and Nodes[i+1] in either direction.
type Path struct {
	Nodes []Entity
	Links []*Link
}

// Subgraph is a set of nodes and the relationships among them.
type Subgraph struct {
	Nodes     []Entity
	Links     []*Link
	Truncated bool
}

// Sort fields and directions of lists.
const (
	SortName = "NAME"
	SortKey  = "KEY"
	// Stored analysis scores, highest first unless Desc is false (nodes
	// not yet analysed sort as -1).
	SortDegree      = "DEGREE"
	SortPageRank    = "PAGERANK"
	SortBetweenness = "BETWEENNESS"
)

// ListQuery asks for one page of a list of entities of one kind, in
// keyset order: sorted by Sort (name or key) then key, starting after the
// position After (nil for the first page).
type ListQuery struct {
	Label  string // node label
	Level  string // regions only: one level, or "" for all
	Filter ListFilter
	Sort   string // SortName or SortKey
	Desc   bool
	After  *Position
	First  int
	// WithCount asks for Page.Total in the same round trip.
	WithCount bool
	// Plan reads relationships below the page's items in the same round trip.
	Plan *Plan
}

// RelQuery asks for a page of the relationships of one type (Reader's
// Relationships), keyset-paged: After holds the start node's key (Value)
// and the end node's (Key) of the last relationship seen.
//
// With Node set, only the relationships of that node are paged: its
// outgoing ones (In false) or incoming ones, ordered by the other node's
// key alone (After.Key).
type RelQuery struct {
	Type          string
	MinConfidence float64 // 0: all
	After         *Position
	First         int
	Node          *Ref
	// Level, when the node's id named a region level (County:230129): a
	// region of another level is not that node and has no relationships.
	Level string
	In    bool
	// Evidence asks for the supporting sentences too.
	Evidence bool
}

// RelPage is one page of relationships, with the position of each.
type RelPage struct {
	Links     []*Link
	Positions []Position
	HasNext   bool
}

// Position is a place in a keyset-ordered list: the sort value and the
// key of the last item seen.
type Position struct {
	Value string `json:"v"`
	Key   string `json:"k"`
}

// ListFilter narrows a list; empty fields do not filter. Which fields
// apply depends on the label (see the Reader's List).
type ListFilter struct {
	Industry     string // regions that develop it; programs that support it
	Program      string // regions that implement it
	Province     string // regions within it (name or code)
	Region       string // officials serving in it; industries developed in it (name or code)
	Title        string // officials with a title containing it
	NameContains string
	Local        *bool // programs: local initiatives or national types
	Community    *int  // entities of one stored community
}

// Page is one page of a list, each item with its position.
type Page struct {
	Items     []Entity
	Positions []Position
	HasNext   bool
	// Total is the number of items over all pages, when ListQuery.WithCount.
	Total int
	// Links are the relationships ListQuery.Plan selected below the items.
	Links Prefetch
}

// ParseNumber returns the leading number of a statistic value (0.44 of
// 0.44%, 8680 of 8680户16492人) and whether there was one.
func ParseNumber(v string) (float64, bool) {
	end := 0
	for end < len(v) && (v[end] >= '0' && v[end] <= '9' || v[end] == '.') {
		end++
	}
	if end == 0 {
		return 0, false
	}
	f, err := strconv.ParseFloat(v[:end], 64)
	return f, err == nil
}
