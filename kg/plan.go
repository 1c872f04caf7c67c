package kg

import (
	"cmp"
	"slices"
)

// MaxPlanDepth bounds the link levels of a plan: the GraphQL layer plans
// no deeper, and stores refuse deeper plans (loaders read what lies below).
const MaxPlanDepth = 3

// Plan says which relationships to read below a node in the same round
// trip as the node itself: the GraphQL layer derives it from a request's
// selection set, so that a query of three levels costs one statement, not
// one per level.
type Plan struct {
	Links []PlanLink
}

// PlanLink reads the relationships of one spec, and Next below the nodes
// at their far ends (nil: nothing more).
type PlanLink struct {
	Spec LinkSpec
	Next *Plan
	// KeyNameOnly says the far nodes need only their key and name (a
	// brief read, kg.NodeType.Brief): the reader may leave their other
	// properties empty.
	KeyNameOnly bool
	// NoProps says the relationships' own properties (kg.RelType.Props,
	// confidence) are not needed: the reader may leave them empty.
	NoProps bool
}

// Empty reports whether the plan reads nothing.
func (p *Plan) Empty() bool { return p == nil || len(p.Links) == 0 }

// Depth is the number of link levels of the plan.
func (p *Plan) Depth() int {
	if p.Empty() {
		return 0
	}
	d := 0
	for _, l := range p.Links {
		d = max(d, l.Next.Depth())
	}
	return d + 1
}

// LinkKey names the relationships of one spec seen from one node.
type LinkKey struct {
	Spec LinkSpec
	Key  string // the node's key
}

// Prefetch holds the relationships a planned read returned, in the order
// Links returns them.
type Prefetch map[LinkKey][]*Link

// Root names the nodes a planned read starts from: nodes of one label by
// key, or a region by name (as RegionByName).
type Root struct {
	Label string
	Keys  []string
	// Name and Level, when Name is set, find one region as RegionByName does.
	Name, Level string
}

// Fetched is the answer of a planned read: the roots (in the order of
// Root.Keys, nil where none exists) and the relationships below them.
type Fetched struct {
	Roots []Entity
	Links Prefetch
}

// Far returns the end of l away from the node it was read from: the end
// node when read outgoing, the start node when read incoming.
func (l *Link) Far(out bool) Entity {
	if out {
		return l.To
	}
	return l.From
}

// SortLinks puts the relationships of one node in the order readers
// return them: by the far node's name, then its key. Names and keys are
// read once per link, not at every comparison (a statistic's name is
// built on each call).
func SortLinks(ls []*Link, out bool) {
	if len(ls) < 2 {
		return
	}
	type sortKey struct {
		name, key string
		l         *Link
	}
	ks := make([]sortKey, len(ls))
	for i, l := range ls {
		far := l.Far(out)
		ks[i] = sortKey{far.EntityName(), far.EntityRef().Key, l}
	}
	slices.SortStableFunc(ks, func(x, y sortKey) int {
		return cmp.Or(cmp.Compare(x.name, y.name), cmp.Compare(x.key, y.key))
	})
	for i := range ks {
		ls[i] = ks[i].l
	}
}
