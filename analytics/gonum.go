package analytics

import (
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// csrGraph shows a projection's neighbour arrays to gonum as an undirected
// graph (and as a directed one with every edge both ways, for PageRank)
// without copying them: node IDs are the projection's indexes.
type csrGraph struct{ p *Projection }

var (
	_ graph.Undirected = csrGraph{}
	_ graph.Directed   = csrGraph{}
)

func (g csrGraph) Node(id int64) graph.Node {
	if id < 0 || id >= int64(g.p.Len()) {
		return nil
	}
	return simple.Node(id)
}

func (g csrGraph) Nodes() graph.Nodes { return &rangeNodes{n: int64(g.p.Len()), cur: -1} }

func (g csrGraph) From(id int64) graph.Nodes {
	return &listNodes{ns: g.p.Neighbours(int32(id)), cur: -1}
}

func (g csrGraph) To(id int64) graph.Nodes { return g.From(id) }

func (g csrGraph) HasEdgeBetween(x, y int64) bool {
	_, ok := slices.BinarySearch(g.p.Neighbours(int32(x)), int32(y))
	return ok
}

func (g csrGraph) HasEdgeFromTo(u, v int64) bool { return g.HasEdgeBetween(u, v) }

func (g csrGraph) Edge(u, v int64) graph.Edge {
	if !g.HasEdgeBetween(u, v) {
		return nil
	}
	return simple.Edge{F: simple.Node(u), T: simple.Node(v)}
}

func (g csrGraph) EdgeBetween(x, y int64) graph.Edge { return g.Edge(x, y) }

// rangeNodes iterates the nodes 0..n-1.
type rangeNodes struct{ n, cur int64 }

func (it *rangeNodes) Next() bool {
	if it.cur+1 >= it.n {
		it.cur = it.n
		return false
	}
	it.cur++
	return true
}
func (it *rangeNodes) Len() int {
	if it.cur >= it.n {
		return 0
	}
	return int(it.n - it.cur - 1)
}
func (it *rangeNodes) Reset()           { it.cur = -1 }
func (it *rangeNodes) Node() graph.Node { return simple.Node(it.cur) }

// listNodes iterates one neighbour row.
type listNodes struct {
	ns  []int32
	cur int
}

func (it *listNodes) Next() bool {
	if it.cur+1 >= len(it.ns) {
		it.cur = len(it.ns)
		return false
	}
	it.cur++
	return true
}
func (it *listNodes) Len() int {
	if it.cur >= len(it.ns) {
		return 0
	}
	return len(it.ns) - it.cur - 1
}
func (it *listNodes) Reset()           { it.cur = -1 }
func (it *listNodes) Node() graph.Node { return simple.Node(it.ns[it.cur]) }
