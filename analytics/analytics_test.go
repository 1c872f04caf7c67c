package analytics

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/tuopin/tuopin/kg"
)

// Kinds and types by name, for readable fixtures.
var (
	county   = kindIndex(kg.KindCounty)
	province = kindIndex(kg.KindProvince)
	industry = kindIndex(kg.KindIndustry)
	program  = kindIndex(kg.KindProgram)
	official = kindIndex(kg.KindOfficial)
	develops = typeIndex(kg.RelDevelops)
	impl     = typeIndex(kg.RelImplements)
	partOf   = typeIndex(kg.RelPartOf)
	serves   = typeIndex(kg.RelServesIn)
)

// node is a fixture node: store id, kind, and (end id, type) pairs.
type node struct {
	id   int64
	kind uint8
	out  [][2]int64
}

func build(t *testing.T, nodes []node) *Projection {
	t.Helper()
	b := NewBuilder()
	for _, n := range nodes {
		pn := &kg.ProjectedNode{ID: n.id, Kind: n.kind}
		for _, o := range n.out {
			pn.To = append(pn.To, o[0])
			pn.Types = append(pn.Types, uint8(o[1]))
		}
		if err := b.Add(pn); err != nil {
			t.Fatal(err)
		}
	}
	return b.Build()
}

// fixture: two counties (100, 101) in a province (200), industries 300,
// 301, 302, a program 400 and an official 500 serving in 100. County 100
// develops 300 twice (two facts, one neighbour), and points at 999, which
// is not projected.
func fixture(t *testing.T) *Projection {
	return build(t, []node{
		{100, county, [][2]int64{{200, int64(partOf)}, {300, int64(develops)}, {301, int64(develops)}, {400, int64(impl)}, {999, int64(develops)}}},
		{101, county, [][2]int64{{200, int64(partOf)}, {301, int64(develops)}, {302, int64(develops)}, {400, int64(impl)}}},
		{200, province, nil},
		{300, industry, nil},
		{301, industry, nil},
		{302, industry, nil},
		{400, program, [][2]int64{{300, int64(develops)}}},
		{500, official, [][2]int64{{100, int64(serves)}, {100, int64(serves)}}},
	})
}

func TestProjection(t *testing.T) {
	p := fixture(t)
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"IDs", p.IDs, []int64{100, 101, 200, 300, 301, 302, 400, 500}},
		{"OutOff", p.OutOff, []int32{0, 4, 8, 8, 8, 8, 8, 9, 11}},
		{"OutTo", p.OutTo, []int32{2, 3, 4, 6, 2, 4, 5, 6, 3, 0, 0}},
		{"OutType", p.OutType, []uint8{partOf, develops, develops, impl, partOf, develops, develops, impl, develops, serves, serves}},
		{"Neighbours0", p.Neighbours(0), []int32{2, 3, 4, 6, 7}},
		{"Neighbours3", p.Neighbours(3), []int32{0, 6}},
		{"Neighbours7", p.Neighbours(7), []int32{0}},
		{"Degree", Degree(p), []int32{5, 4, 2, 2, 2, 1, 3, 1}},
		{"Relationships", p.Relationships(), 11},
		{"UndirectedEdges", len(p.Nbr) / 2, 10},
		{"Bytes", p.Bytes(), 8*8 + 8 + 4*9 + 4*11 + 11 + 4*9 + 4*20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("ErrDuplicate", func(t *testing.T) {
		b := NewBuilder()
		b.Add(&kg.ProjectedNode{ID: 1})
		if err := b.Add(&kg.ProjectedNode{ID: 1}); err == nil {
			t.Error("a node streamed twice was accepted")
		}
	})
	t.Run("Empty", func(t *testing.T) {
		p := NewBuilder().Build()
		if p.Len() != 0 || len(PageRank(p, 0.85, 1e-8)) != 0 || len(Betweenness(p, 0, 1)) != 0 {
			t.Error("empty projection")
		}
		if c, sizes, _ := Louvain(p, 1, []uint64{1}, nil, 0); len(c) != 0 || sizes != nil {
			t.Error("empty Louvain")
		}
	})
}

func TestSimilar(t *testing.T) {
	p := fixture(t)
	// 100: {300, 301, 400}; 101: {301, 302, 400}: 2 shared of 4.
	want := []Pair{{A: 0, B: 1, Score: 0.5}, {A: 1, B: 0, Score: 0.5}}
	if diff := cmp.Diff(want, Similar(p, 5)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := Similar(p, 0); len(got) != 0 {
		t.Errorf("k = 0: %v", got)
	}
}

func TestSimilarTopK(t *testing.T) {
	// County 0 shares 1 of its 3 features with county 1, 2 with county 2,
	// 3 with county 3 (which has one more).
	var nodes []node
	feat := func(ids ...int64) [][2]int64 {
		var out [][2]int64
		for _, id := range ids {
			out = append(out, [2]int64{id, int64(develops)})
		}
		return out
	}
	nodes = append(nodes,
		node{0, county, feat(10, 11, 12)},
		node{1, county, feat(10)},
		node{2, county, feat(10, 11)},
		node{3, county, feat(10, 11, 12, 13)},
		node{10, industry, nil}, node{11, industry, nil}, node{12, industry, nil}, node{13, industry, nil})
	p := build(t, nodes)
	var got []Pair
	for _, x := range Similar(p, 2) {
		if x.A == 0 {
			got = append(got, x)
		}
	}
	want := []Pair{{A: 0, B: 3, Score: 0.75}, {A: 0, B: 2, Score: 2.0 / 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCoOccurrence(t *testing.T) {
	p := fixture(t)
	// Regions 100 {300, 301} and 101 {301, 302}; the program's DEVELOPS-typed
	// edge does not count (not a region).
	want := []Pair{{A: 3, B: 4, Count: 1}, {A: 4, B: 5, Count: 1}}
	if diff := cmp.Diff(want, CoOccurrence(p)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestComponents(t *testing.T) {
	p := build(t, []node{
		{1, county, [][2]int64{{2, int64(partOf)}}},
		{2, province, nil},
		{3, industry, nil},
		{4, county, [][2]int64{{5, int64(develops)}, {6, int64(develops)}}},
		{5, industry, nil},
		{6, industry, nil},
	})
	comp, n := Components(p)
	if diff := cmp.Diff([]int32{1, 1, 2, 0, 0, 0}, comp); diff != "" || n != 3 {
		t.Errorf("%d components (-want +got):\n%s", n, diff)
	}
}

// random returns a projection of n nodes with m random relationships,
// and the same graph as a gonum simple graph (the old in-process shape).
func random(t *testing.T, n, m int, seed uint64) (*Projection, *simple.UndirectedGraph, *simple.DirectedGraph) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 7))
	nodes := make([]node, n)
	for i := range nodes {
		nodes[i] = node{id: int64(1000 + i), kind: uint8(r.IntN(len(kg.ProjectedKinds)))}
	}
	for range m {
		a, b := r.IntN(n), r.IntN(n)
		nodes[a].out = append(nodes[a].out, [2]int64{int64(1000 + b), int64(r.IntN(len(kg.ProjectedTypes)))})
	}
	p := build(t, nodes)
	ug, dg := simple.NewUndirectedGraph(), simple.NewDirectedGraph()
	for i := range n {
		ug.AddNode(simple.Node(i))
		dg.AddNode(simple.Node(i))
	}
	for i := range n {
		for _, j := range p.Neighbours(int32(i)) {
			dg.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
			if int32(i) < j {
				ug.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
			}
		}
	}
	return p, ug, dg
}

var randomGraphs = []struct {
	name    string
	n, m    int
	seed    uint64
	sources int
}{
	{"Sparse", 60, 70, 1, 0},
	{"Dense", 40, 300, 2, 0},
	{"Forest", 80, 40, 3, 0},
}

func TestBetweennessMatchesGonum(t *testing.T) {
	for _, tt := range randomGraphs {
		t.Run(tt.name, func(t *testing.T) {
			p, ug, _ := random(t, tt.n, tt.m, tt.seed)
			want := network.Betweenness(ug)
			got := Betweenness(p, 0, 1)
			for i, g := range got {
				if math.Abs(g-want[int64(i)]) > 1e-9*max(1, want[int64(i)]) {
					t.Errorf("node %d: %v, gonum %v", i, g, want[int64(i)])
				}
			}
			if all := Betweenness(p, p.Len(), 1); !slices.Equal(all, got) {
				t.Error("sampling every source differs from exact")
			}
		})
	}
	t.Run("SampledIsScaled", func(t *testing.T) {
		p, _, _ := random(t, 400, 1200, 4)
		exact, est := Betweenness(p, 0, 1), Betweenness(p, 200, 1)
		var se, ss float64
		for i := range exact {
			se += exact[i]
			ss += est[i]
		}
		// Unbiased: the totals agree within a few percent.
		if math.Abs(ss-se)/se > 0.1 {
			t.Errorf("sampled total %.0f, exact %.0f", ss, se)
		}
	})
}

func TestPageRankMatchesGonum(t *testing.T) {
	for _, tt := range randomGraphs {
		t.Run(tt.name, func(t *testing.T) {
			p, _, dg := random(t, tt.n, tt.m, tt.seed)
			want := network.PageRankSparse(dg, 0.85, 1e-10)
			got := PageRank(p, 0.85, 1e-10)
			var sum float64
			for i, g := range got {
				sum += g
				if math.Abs(g-want[int64(i)]) > 1e-8 {
					t.Errorf("node %d: %v, gonum %v", i, g, want[int64(i)])
				}
			}
			if math.Abs(sum-1) > 1e-6 {
				t.Errorf("ranks sum to %v", sum)
			}
		})
	}
}

func TestLouvain(t *testing.T) {
	for _, tt := range randomGraphs {
		t.Run(tt.name, func(t *testing.T) {
			p, ug, _ := random(t, tt.n, tt.m, tt.seed)
			comm, sizes, q := Louvain(p, 1, []uint64{1, 2, 3}, Degree(p), p.Len())
			parts := make([][]graph.Node, len(sizes))
			for i, c := range comm {
				parts[c] = append(parts[c], simple.Node(i))
			}
			for k := range parts {
				if len(parts[k]) != sizes[k] || (k > 0 && sizes[k] > sizes[k-1]) {
					t.Fatalf("community %d: %d members, size %d (sizes %v)", k, len(parts[k]), sizes[k], sizes)
				}
			}
			if want := community.Q(ug, parts, 1); math.Abs(q-want) > 1e-9 {
				t.Errorf("reported modularity %v, gonum Q %v", q, want)
			}
			if own := Modularity(p, comm, 1); math.Abs(own-q) > 1e-9 {
				t.Errorf("Modularity %v, gonum Q %v", own, q)
			}
			// More runs never do worse: the best is kept.
			_, _, q1 := Louvain(p, 1, []uint64{1}, Degree(p), p.Len())
			if q < q1 {
				t.Errorf("3 runs %v < 1 run %v", q, q1)
			}
			// The CSR implementation (above LouvainLibraryMax) reaches
			// the modularity of gonum's within 3 %, and reports its own
			// correctly.
			cc, csizes, cq := Louvain(p, 1, []uint64{1, 2, 3}, Degree(p), 0)
			if cq < q-0.03*math.Abs(q) {
				t.Errorf("CSR Louvain modularity %v, gonum's %v", cq, q)
			}
			if own := Modularity(p, cc, 1); math.Abs(own-cq) > 1e-9 {
				t.Errorf("CSR Louvain reports %v, Modularity %v", cq, own)
			}
			total := 0
			for _, s := range csizes {
				total += s
			}
			if total != p.Len() {
				t.Errorf("CSR communities cover %d of %d nodes", total, p.Len())
			}
			t.Logf("modularity: gonum %.4f, CSR %.4f", q, cq)
		})
	}
}

// memProjector is an in-memory kg.Projector over fixture nodes.
type memProjector struct {
	nodes []node
	got   *kg.AnalysisResult
}

func (m *memProjector) Version(ctx context.Context) (string, error) { return "v1", nil }

func (m *memProjector) Project(ctx context.Context, pageSize int, fn func(*kg.ProjectedNode) error, page func(int)) error {
	for i, n := range m.nodes {
		pn := &kg.ProjectedNode{ID: n.id, Kind: n.kind}
		for _, o := range n.out {
			pn.To, pn.Types = append(pn.To, o[0]), append(pn.Types, uint8(o[1]))
		}
		if err := fn(pn); err != nil {
			return err
		}
		if (i+1)%pageSize == 0 {
			page(i + 1)
		}
	}
	if len(m.nodes)%pageSize != 0 {
		page(len(m.nodes))
	}
	return nil
}

func (m *memProjector) WriteAnalysis(ctx context.Context, r *kg.AnalysisResult, progress func(int, int)) error {
	m.got = r
	progress(1, 1)
	return nil
}

func TestRun(t *testing.T) {
	mp := &memProjector{nodes: []node{
		{100, county, [][2]int64{{300, int64(develops)}, {301, int64(develops)}}},
		{101, county, [][2]int64{{300, int64(develops)}, {301, int64(develops)}}},
		{300, industry, nil},
		{301, industry, nil},
	}}
	prm := DefaultParams()
	prm.PageSize = 2
	var stages []string
	var last float64
	rep, err := Run(context.Background(), mp, prm, func(st Stage) {
		if f := st.Fraction(); f < last {
			t.Errorf("progress went back: %s %.2f after %.2f", st.Name, f, last)
		} else {
			last = f
		}
		if len(stages) == 0 || stages[len(stages)-1] != st.Name {
			stages = append(stages, st.Name)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stages, stages); diff != "" {
		t.Errorf("stages (-want +got):\n%s", diff)
	}
	r := mp.got
	if diff := cmp.Diff([]int32{2, 2, 2, 2}, r.Degree); diff != "" {
		t.Errorf("degree (-want +got):\n%s", diff)
	}
	wantSim := []kg.ScoredPair{{From: 100, To: 101, Score: 1}, {From: 101, To: 100, Score: 1}}
	if diff := cmp.Diff(wantSim, r.Similar); diff != "" {
		t.Errorf("similar (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]kg.CountPair{{A: 300, B: 301, Count: 2}}, r.CoOccurs); diff != "" {
		t.Errorf("co-occurrence (-want +got):\n%s", diff)
	}
	for _, pr := range r.PageRank {
		if math.Abs(pr-0.25) > 1e-9 {
			t.Errorf("pagerank of a 4-cycle: %v", r.PageRank)
		}
	}
	if rep.Nodes != 4 || rep.Relationships != 4 || rep.Pages != 2 || !rep.BetweennessExact ||
		r.Meta.GraphVersion != "v1" || rep.Components != 1 || r.Meta.Parameters == "" {
		t.Errorf("report %+v, meta %+v", rep, r.Meta)
	}
}

// TestInterruptible: an algorithm that does not return (a loop no context
// reaches, as gonum's PageRank) does not hold the job once its context ends.
func TestInterruptible(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- interruptible(ctx, func() { <-release }) }()
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("interruptible waited for the algorithm after its context ended")
	}
	ran := false
	if err := interruptible(context.Background(), func() { ran = true }); err != nil || !ran {
		t.Errorf("uncancelled: err %v, ran %v", err, ran)
	}
}

// TestRunStopsAtEachStage: cancelling the context as any algorithm's stage
// starts ends Run with context.Canceled and writes nothing.
func TestRunStopsAtEachStage(t *testing.T) {
	for _, stage := range []string{"pagerank", "betweenness", "louvain", "similarity", "cooccurrence"} {
		t.Run(stage, func(t *testing.T) {
			mp := &memProjector{nodes: []node{
				{100, county, [][2]int64{{300, int64(develops)}}},
				{300, industry, nil},
			}}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			_, err := Run(ctx, mp, DefaultParams(), func(st Stage) {
				if st.Name == stage {
					cancel()
				}
			})
			if !errors.Is(err, context.Canceled) || mp.got != nil {
				t.Errorf("err = %v, wrote %v", err, mp.got != nil)
			}
		})
	}
}

// TestPageRankRepeatable: the same projection gives the same scores, to the
// last digit, however often it is analysed. gonum's PageRankSparse starts
// from a random vector, so two analyses of one store wrote scores that
// differed in their last digits (1,782 of 12,650 nodes on 800 articles).
func TestPageRankRepeatable(t *testing.T) {
	for _, tt := range randomGraphs {
		t.Run(tt.name, func(t *testing.T) {
			p, _, _ := random(t, tt.n, tt.m, tt.seed)
			first := PageRank(p, 0.85, 1e-10)
			for run := range 5 {
				again := PageRank(p, 0.85, 1e-10)
				for i := range first {
					if again[i] != first[i] {
						t.Fatalf("run %d, node %d: %v, first run %v", run+2, i, again[i], first[i])
					}
				}
			}
		})
	}
}
