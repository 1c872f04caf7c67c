package graph

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	kg "github.com/tuopin/tuopin"
	"github.com/tuopin/tuopin/graph/model"
)

// analyticsCache holds analytics computed in memory over a snapshot of
// the graph, keyed by the graph's version: a load by this server (ingest
// calls Invalidate) or by another process (`tuopin load` changes the
// version) makes the next request recompute them. A cached request costs
// one round trip (the version).
type analyticsCache struct {
	r   kg.Reader
	mu  sync.Mutex
	cur *analysis
}

func newAnalyticsCache(r kg.Reader) *analyticsCache { return &analyticsCache{r: r} }

// Invalidate drops cached analytics; the next request recomputes them.
func (c *analyticsCache) Invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cur = nil
}

func (c *analyticsCache) get(ctx context.Context) (*analysis, error) {
	v, err := c.r.Version(ctx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cur != nil && c.cur.version == v {
		return c.cur, nil
	}
	snap, err := c.r.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	c.cur = analyze(v, snap)
	return c.cur, nil
}

// analysis is everything computed from one snapshot.
type analysis struct {
	version     string
	nodes       []kg.Entity
	neighbours  [][]int // distinct, over fact and structural links, either direction
	degree      []float64
	pagerank    []float64
	communities [][]int            // node indexes, largest first, members by degree
	out         map[string][][]int // relationship type → node → end nodes
	byRef       map[kg.Ref]int
}

func analyze(version string, s *kg.Snapshot) *analysis {
	n := len(s.Nodes)
	a := &analysis{version: version, nodes: s.Nodes, neighbours: make([][]int, n), degree: make([]float64, n),
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

	// PageRank over the links taken both ways; community detection
	// (Louvain) over the undirected graph, with a fixed seed so the
	// result is stable for a given graph.
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
	if n > 0 {
		for id, r := range network.PageRankSparse(dg, 0.85, 1e-8) {
			a.pagerank[id] = r
		}
		reduced := community.Modularize(ug, 1, rand.NewPCG(1, 2))
		for _, c := range reduced.Communities() {
			members := make([]int, len(c))
			for k, node := range c {
				members[k] = int(node.ID())
			}
			a.sortByDegree(members)
			a.communities = append(a.communities, members)
		}
		slices.SortStableFunc(a.communities, func(x, y []int) int {
			return cmp.Or(cmp.Compare(len(y), len(x)), a.compareNodes(x[0], y[0]))
		})
	}
	return a
}

// compareNodes orders by degree (descending), then name and key.
func (a *analysis) compareNodes(i, j int) int {
	return cmp.Or(cmp.Compare(a.degree[j], a.degree[i]),
		cmp.Compare(a.nodes[i].EntityName(), a.nodes[j].EntityName()),
		cmp.Compare(a.nodes[i].EntityRef().Key, a.nodes[j].EntityRef().Key))
}

func (a *analysis) sortByDegree(xs []int) { slices.SortStableFunc(xs, a.compareNodes) }

// outOf returns the ends of node i's links of one type.
func (a *analysis) outOf(typ string, i int) []int {
	if a.out[typ] == nil {
		return nil
	}
	return a.out[typ][i]
}

func (r *Resolver) topEntities(ctx context.Context, kind *string, by *model.Centrality, first *int) ([]*model.EntityScore, error) {
	n, err := clamp("first", first, 10, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	a, err := r.analytics.get(ctx)
	if err != nil {
		return nil, err
	}
	score := a.degree
	if by != nil && *by == model.CentralityPagerank {
		score = a.pagerank
	}
	var idx []int
	for i, e := range a.nodes {
		if kind == nil || e.EntityKind() == *kind {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		return cmp.Or(cmp.Compare(score[y], score[x]), a.compareNodes(x, y))
	})
	res := []*model.EntityScore{}
	for _, i := range idx[:min(n, len(idx))] {
		res = append(res, &model.EntityScore{Entity: a.nodes[i], Score: score[i]})
	}
	return res, nil
}

func (r *Resolver) similarCounties(ctx context.Context, name string, first *int) ([]*model.CountySimilarity, error) {
	n, err := clamp("first", first, 5, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	county, err := r.regionByName(ctx, name, kg.LevelCounty)
	if err != nil {
		return nil, err
	}
	a, err := r.analytics.get(ctx)
	if err != nil {
		return nil, err
	}
	self, ok := a.byRef[county.EntityRef()]
	if !ok {
		return []*model.CountySimilarity{}, nil
	}
	features := func(i int) map[int]bool {
		f := map[int]bool{}
		for _, t := range []string{kg.RelDevelops, kg.RelImplements} {
			for _, j := range a.outOf(t, i) {
				f[j] = true
			}
		}
		return f
	}
	mine := features(self)
	var res []*model.CountySimilarity
	for i, e := range a.nodes {
		if i == self || e.EntityKind() != kg.KindCounty {
			continue
		}
		theirs := features(i)
		sim := &model.CountySimilarity{County: e.(*kg.Region), SharedIndustries: []*kg.Industry{}, SharedPrograms: []*kg.Program{}}
		var shared []int
		for j := range theirs {
			if mine[j] {
				shared = append(shared, j)
			}
		}
		if len(shared) == 0 {
			continue
		}
		a.sortByDegree(shared)
		for _, j := range shared {
			switch x := a.nodes[j].(type) {
			case *kg.Industry:
				sim.SharedIndustries = append(sim.SharedIndustries, x)
			case *kg.Program:
				sim.SharedPrograms = append(sim.SharedPrograms, x)
			}
		}
		sim.Score = float64(len(shared)) / float64(len(mine)+len(theirs)-len(shared))
		res = append(res, sim)
	}
	slices.SortStableFunc(res, func(x, y *model.CountySimilarity) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.County.Name, y.County.Name), cmp.Compare(x.County.Code, y.County.Code))
	})
	if len(res) > n {
		res = res[:n]
	}
	if res == nil {
		res = []*model.CountySimilarity{}
	}
	return res, nil
}

func (r *Resolver) communities(ctx context.Context, first *int) ([]*model.Community, error) {
	n, err := clamp("first", first, 10, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	a, err := r.analytics.get(ctx)
	if err != nil {
		return nil, err
	}
	res := []*model.Community{}
	for id, members := range a.communities[:min(n, len(a.communities))] {
		es := make([]kg.Entity, len(members))
		for k, i := range members {
			es[k] = a.nodes[i]
		}
		res = append(res, &model.Community{ID: id, Size: len(members), All: es})
	}
	return res, nil
}

func (r *Resolver) communityMembers(c *model.Community, first *int) ([]kg.Entity, error) {
	n, err := clamp("first", first, 20, 0, maxFirst)
	if err != nil {
		return nil, err
	}
	return c.All[:min(n, len(c.All))], nil
}

func (r *Resolver) industryCooccurrence(ctx context.Context, industry *string, first *int) ([]*model.IndustryPair, error) {
	n, err := clamp("first", first, 20, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	a, err := r.analytics.get(ctx)
	if err != nil {
		return nil, err
	}
	only := -1
	if industry != nil {
		i, ok := a.byRef[kg.Ref{Label: kg.LabelIndustry, Key: r.normalize(*industry)}]
		if !ok {
			return nil, kg.Errorf(kg.ENOTFOUND, "no industry named %q", *industry)
		}
		only = i
	}
	pairs := map[[2]int][]int{}
	for ri, e := range a.nodes {
		if _, ok := e.(*kg.Region); !ok {
			continue
		}
		inds := slices.Clone(a.outOf(kg.RelDevelops, ri))
		slices.Sort(inds)
		inds = slices.Compact(inds)
		for x := 0; x < len(inds); x++ {
			for y := x + 1; y < len(inds); y++ {
				if only >= 0 && inds[x] != only && inds[y] != only {
					continue
				}
				k := [2]int{inds[x], inds[y]}
				pairs[k] = append(pairs[k], ri)
			}
		}
	}
	res := []*model.IndustryPair{}
	for k, regions := range pairs {
		p := &model.IndustryPair{A: a.nodes[k[0]].(*kg.Industry), B: a.nodes[k[1]].(*kg.Industry), Count: len(regions)}
		if p.A.Name > p.B.Name {
			p.A, p.B = p.B, p.A
		}
		for _, ri := range regions {
			p.Regions = append(p.Regions, a.nodes[ri].(*kg.Region))
		}
		res = append(res, p)
	}
	slices.SortFunc(res, func(x, y *model.IndustryPair) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.A.Name, y.A.Name), cmp.Compare(x.B.Name, y.B.Name))
	})
	return res[:min(n, len(res))], nil
}

func (r *Resolver) statisticComparison(ctx context.Context, metric string, regions, years []string) ([]*model.StatisticPoint, error) {
	metric = r.normalize(metric)
	if metric == "" {
		return nil, kg.Errorf(kg.EINVALID, "metric must not be empty")
	}
	if len(regions) > maxFirst || len(years) > maxFirst {
		return nil, kg.Errorf(kg.EINVALID, "at most %d regions and years", maxFirst)
	}
	a, err := r.analytics.get(ctx)
	if err != nil {
		return nil, err
	}
	wantRegion := map[string]bool{}
	for _, x := range regions {
		wantRegion[r.normalize(x)] = true
	}
	wantYear := map[string]bool{}
	for _, y := range years {
		wantYear[strings.TrimSpace(y)] = true
	}
	res := []*model.StatisticPoint{}
	for ri, e := range a.nodes {
		reg, ok := e.(*kg.Region)
		if !ok || (len(regions) > 0 && !wantRegion[reg.Name] && !wantRegion[reg.ShortName] && !wantRegion[reg.Code]) {
			continue
		}
		for _, si := range a.outOf(kg.RelReported, ri) {
			st, ok := a.nodes[si].(*kg.Statistic)
			if !ok || st.Metric != metric || (len(years) > 0 && !wantYear[st.Year]) {
				continue
			}
			p := &model.StatisticPoint{Region: reg, Metric: st.Metric, Year: st.Year, Value: st.Value}
			if _, ok := kg.ParseNumber(st.Value); ok {
				num := st.Number
				p.Number = &num
			}
			res = append(res, p)
		}
	}
	slices.SortFunc(res, func(x, y *model.StatisticPoint) int {
		return cmp.Or(cmp.Compare(x.Region.Name, y.Region.Name), cmp.Compare(x.Year, y.Year), cmp.Compare(x.Value, y.Value))
	})
	return res, nil
}

func (r *Resolver) metrics(ctx context.Context) ([]string, error) {
	a, err := r.analytics.get(ctx)
	if err != nil {
		return nil, err
	}
	ms := []string{}
	for _, e := range a.nodes {
		if st, ok := e.(*kg.Statistic); ok {
			ms = append(ms, st.Metric)
		}
	}
	slices.Sort(ms)
	return slices.Compact(ms), nil
}
