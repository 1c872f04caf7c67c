package neo4jstore_test

import (
	"cmp"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
)

// reference is the in-process analytics the API computed before analyses
// were a job (graph/analytics.go before issue 11), kept as the reference
// the stored results are checked against: the same snapshot read, the
// same gonum calls, the same Jaccard and co-occurrence definitions.
type reference struct {
	nodes      []kg.Entity
	neighbours [][]int
	degree     []float64
	pagerank   []float64
	comms      [][]int
	out        map[string][][]int
	byRef      map[kg.Ref]int
	ug         *simple.UndirectedGraph
}

func newReference(s *neo4jstore.SnapshotForTest) *reference {
	n := len(s.Nodes)
	a := &reference{nodes: s.Nodes, neighbours: make([][]int, n), degree: make([]float64, n),
		pagerank: make([]float64, n), out: map[string][][]int{}, byRef: map[kg.Ref]int{}}
	for i, e := range s.Nodes {
		a.byRef[e.EntityRef()] = i
	}
	seen := map[[2]int]bool{}
	for _, l := range s.Links {
		if a.out[l.Type] == nil {
			a.out[l.Type] = make([][]int, n)
		}
		a.out[l.Type][l.From] = append(a.out[l.Type][l.From], l.To)
		if l.From == l.To || seen[[2]int{l.From, l.To}] {
			continue
		}
		seen[[2]int{l.From, l.To}], seen[[2]int{l.To, l.From}] = true, true
		a.neighbours[l.From] = append(a.neighbours[l.From], l.To)
		a.neighbours[l.To] = append(a.neighbours[l.To], l.From)
	}
	for i := range a.neighbours {
		a.degree[i] = float64(len(a.neighbours[i]))
	}
	dg := simple.NewDirectedGraph()
	ug := simple.NewUndirectedGraph()
	for i := range n {
		dg.AddNode(simple.Node(i))
		ug.AddNode(simple.Node(i))
	}
	for i, ns := range a.neighbours {
		for _, j := range ns {
			dg.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
			if i < j {
				ug.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
			}
		}
	}
	a.ug = ug
	for id, r := range network.PageRankSparse(dg, 0.85, 1e-8) {
		a.pagerank[id] = r
	}
	reduced := community.Modularize(ug, 1, rand.NewPCG(1, 2))
	for _, c := range reduced.Communities() {
		members := make([]int, len(c))
		for k, node := range c {
			members[k] = int(node.ID())
		}
		a.comms = append(a.comms, members)
	}
	return a
}

func (a *reference) compareNodes(i, j int) int {
	return cmp.Or(cmp.Compare(a.degree[j], a.degree[i]),
		cmp.Compare(a.nodes[i].EntityName(), a.nodes[j].EntityName()),
		cmp.Compare(a.nodes[i].EntityRef().Key, a.nodes[j].EntityRef().Key))
}

// topPageRank is the old topEntities(by: PAGERANK) order.
func (a *reference) topPageRank(n int) []int {
	idx := make([]int, len(a.nodes))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		return cmp.Or(cmp.Compare(a.pagerank[y], a.pagerank[x]), a.compareNodes(x, y))
	})
	return idx[:min(n, len(idx))]
}

// modularity is gonum's Q of a partition given by refs, over the
// reference graph.
func (a *reference) modularity(parts [][]kg.Ref) float64 {
	var cs [][]graph.Node
	for _, p := range parts {
		var c []graph.Node
		for _, r := range p {
			c = append(c, simple.Node(a.byRef[r]))
		}
		cs = append(cs, c)
	}
	return community.Q(a.ug, cs, 1)
}

func (a *reference) oldModularity() float64 {
	var parts [][]kg.Ref
	for _, c := range a.comms {
		var p []kg.Ref
		for _, i := range c {
			p = append(p, a.nodes[i].EntityRef())
		}
		parts = append(parts, p)
	}
	return a.modularity(parts)
}

// similar is the old similarCounties: Jaccard over industries and
// programs with every county sharing something, best first.
func (a *reference) similar(self int) map[string]float64 {
	features := func(i int) map[int]bool {
		f := map[int]bool{}
		for _, t := range []string{kg.RelDevelops, kg.RelImplements} {
			if a.out[t] != nil {
				for _, j := range a.out[t][i] {
					f[j] = true
				}
			}
		}
		return f
	}
	mine := features(self)
	res := map[string]float64{}
	for i, e := range a.nodes {
		if i == self || e.EntityKind() != kg.KindCounty {
			continue
		}
		theirs := features(i)
		shared := 0
		for j := range theirs {
			if mine[j] {
				shared++
			}
		}
		if shared > 0 {
			res[e.EntityRef().Key] = float64(shared) / float64(len(mine)+len(theirs)-shared)
		}
	}
	return res
}

// cooccurrence is the old industryCooccurrence: "a|b" (a's name first) to
// the number of regions developing both.
func (a *reference) cooccurrence() map[string]int {
	pairs := map[string]int{}
	for ri, e := range a.nodes {
		if _, ok := e.(*kg.Region); !ok || a.out[kg.RelDevelops] == nil {
			continue
		}
		inds := slices.Clone(a.out[kg.RelDevelops][ri])
		slices.Sort(inds)
		inds = slices.Compact(inds)
		for x := 0; x < len(inds); x++ {
			for y := x + 1; y < len(inds); y++ {
				p, q := a.nodes[inds[x]].EntityName(), a.nodes[inds[y]].EntityName()
				if p > q {
					p, q = q, p
				}
				pairs[p+"|"+q]++
			}
		}
	}
	return pairs
}
