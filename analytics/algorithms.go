package analytics

import (
	"cmp"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/tuopin/tuopin/kg"
)

// Degree is each node's number of distinct neighbours over the projected
// relationships, either direction.
func Degree(p *Projection) []int32 {
	d := make([]int32, p.Len())
	for i := range d {
		d[i] = p.NbrOff[i+1] - p.NbrOff[i]
	}
	return d
}

// PageRank is gonum's network.PageRankSparse (the same equations, the same
// stopping rule: the 2-norm of an iteration's change below tol) over the
// neighbour graph (every relationship both ways), computed here over the CSR
// arrays from the uniform vector. gonum starts from a random vector of the
// global source, so two analyses of the same store wrote PageRank scores
// that differed in their last digits (1,782 of 12,650 nodes on 800
// articles); from the uniform vector, in the CSR's fixed order, the scores
// are the same every run. Scores are rounded to 10 significant digits, so
// that nodes in symmetric positions tie exactly whatever the summation
// order, and sort by their tie-breakers.
func PageRank(p *Projection, damping, tol float64) []float64 {
	n := p.Len()
	pr := make([]float64, n)
	if n == 0 {
		return pr
	}
	// share[j]: what node j passes to each neighbour (damping / degree);
	// a node without neighbours (dangling) passes damping / n to every node.
	share := make([]float64, n)
	var dangling []int32
	for j := range n {
		if d := p.NbrOff[j+1] - p.NbrOff[j]; d > 0 {
			share[j] = damping / float64(d)
		} else {
			dangling = append(dangling, int32(j))
		}
	}
	df := damping / float64(n)
	dt := (1 - damping) / float64(n)
	last := make([]float64, n)
	v := make([]float64, n)
	for i := range v {
		v[i] = 1 / float64(n)
	}
	for {
		last, v = v, last
		var with, sum float64
		for _, j := range dangling {
			with += df * last[j]
		}
		for _, x := range last {
			sum += x
		}
		add := with + dt*sum
		for i := range n {
			var r float64
			for _, j := range p.Neighbours(int32(i)) {
				r += share[j] * last[j]
			}
			v[i] = r + add
		}
		var diff float64
		for i := range v {
			d := v[i] - last[i]
			diff += d * d
		}
		if math.Sqrt(diff) < tol {
			break
		}
	}
	for i, r := range v {
		pr[i] = round(r, 10)
	}
	return pr
}

func round(x float64, digits int) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	e := float64(digits) - math.Ceil(math.Log10(math.Abs(x)))
	f := math.Pow(10, e)
	return math.Round(x*f) / f
}

// Betweenness is Brandes' algorithm over the neighbour graph, summed over
// ordered pairs (s, t) as gonum's network.Betweenness is. With sources <= 0
// or at least the node count it is exact; otherwise it starts from that
// many sources drawn with the seed and scales by n/sources (Brandes and
// Pich 2007), an unbiased estimate. Sources are split over GOMAXPROCS
// workers, each with its own arrays; their sums are added in a fixed order,
// so the result does not depend on scheduling.
func Betweenness(p *Projection, sources int, seed uint64) []float64 {
	n := p.Len()
	cb := make([]float64, n)
	if n == 0 {
		return cb
	}
	var order []int32
	scale := 1.0
	if sources <= 0 || sources >= n {
		order = make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
	} else {
		r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		perm := r.Perm(n)[:sources]
		slices.Sort(perm)
		for _, s := range perm {
			order = append(order, int32(s))
		}
		scale = float64(n) / float64(sources)
	}
	workers := min(runtime.GOMAXPROCS(0), len(order))
	sums := make([][]float64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[w] = brandes(p, order[w*len(order)/workers:(w+1)*len(order)/workers])
		}()
	}
	wg.Wait()
	for _, part := range sums {
		for i, x := range part {
			cb[i] += x
		}
	}
	for i := range cb {
		cb[i] = round(cb[i]*scale, 10)
	}
	return cb
}

// brandes sums the dependencies of every node on the given sources.
func brandes(p *Projection, sources []int32) []float64 {
	n := p.Len()
	cb := make([]float64, n)
	sigma := make([]float64, n)
	dist := make([]int32, n)
	delta := make([]float64, n)
	for i := range dist {
		dist[i] = -1
	}
	stack := make([]int32, 0, n)
	for _, s := range sources {
		sigma[s], dist[s] = 1, 0
		stack = append(stack[:0], s)
		// The stack doubles as the BFS queue: nodes in order of distance.
		for h := 0; h < len(stack); h++ {
			v := stack[h]
			for _, w := range p.Neighbours(v) {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					stack = append(stack, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		// Predecessors are the neighbours one step closer: no lists kept.
		for k := len(stack) - 1; k >= 0; k-- {
			w := stack[k]
			for _, v := range p.Neighbours(w) {
				if dist[v] == dist[w]-1 {
					delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
				}
			}
			if w != s {
				cb[w] += delta[w]
			}
		}
		// Reset only what this source reached.
		for _, v := range stack {
			sigma[v], dist[v], delta[v] = 0, -1, 0
		}
	}
	return cb
}

// Louvain runs the Louvain method over the neighbour graph once per seed
// and keeps the partition of highest modularity: louvainCSR always, and up
// to libraryMax nodes gonum's community.Modularize too (modularity by
// community.Q over the reduced graph; its runs are not reproducible even
// with a seeded source, so the CSR runs give a deterministic floor).
// Communities are numbered by size, largest first, ties by their highest
// degree then lowest node index.
func Louvain(p *Projection, resolution float64, seeds []uint64, degree []int32, libraryMax int) (comm []int32, sizes []int, q float64) {
	n := p.Len()
	comm = make([]int32, n)
	if n == 0 {
		return comm, nil, 0
	}
	var best [][]graph.Node
	q = math.Inf(-1)
	if n <= libraryMax {
		g := csrGraph{p}
		for _, s := range seeds {
			reduced := community.Modularize(g, resolution, rand.NewPCG(s, s+1))
			if mq := community.Q(reduced, nil, resolution); mq > q {
				q, best = mq, reduced.Communities()
			}
		}
	}
	var bestComm []int32
	for _, s := range seeds {
		c := louvainCSR(p, resolution, s)
		if mq := Modularity(p, c, resolution); mq > q+1e-12 {
			q, bestComm = mq, c
		}
	}
	if bestComm != nil {
		best = nil
		groups := map[int32][]graph.Node{}
		var keys []int32
		for i, c := range bestComm {
			if groups[c] == nil {
				keys = append(keys, c)
			}
			groups[c] = append(groups[c], simple.Node(i))
		}
		for _, c := range keys {
			best = append(best, groups[c])
		}
	}
	type group struct {
		members []graph.Node
		top     int32 // highest degree
		low     int64 // lowest index
	}
	gs := make([]group, len(best))
	for k, c := range best {
		gs[k] = group{members: c, top: -1, low: math.MaxInt64}
		for _, v := range c {
			gs[k].top = max(gs[k].top, degree[v.ID()])
			gs[k].low = min(gs[k].low, v.ID())
		}
	}
	slices.SortFunc(gs, func(a, b group) int {
		return cmp.Or(cmp.Compare(len(b.members), len(a.members)), cmp.Compare(b.top, a.top), cmp.Compare(a.low, b.low))
	})
	sizes = make([]int, len(gs))
	for k, c := range gs {
		sizes[k] = len(c.members)
		for _, v := range c.members {
			comm[v.ID()] = int32(k)
		}
	}
	return comm, sizes, q
}

// Modularity is Newman's modularity of a partition of the neighbour graph:
// Q = sum over communities of L_c/m - resolution*(d_c/2m)^2.
func Modularity(p *Projection, comm []int32, resolution float64) float64 {
	m2 := float64(len(p.Nbr)) // 2m: every edge is in two rows
	if m2 == 0 {
		return 0
	}
	k := 0
	for _, c := range comm {
		k = max(k, int(c)+1)
	}
	inner := make([]float64, k) // 2 L_c
	deg := make([]float64, k)
	for i := range p.Len() {
		c := comm[i]
		nb := p.Neighbours(int32(i))
		deg[c] += float64(len(nb))
		for _, j := range nb {
			if comm[j] == c {
				inner[c]++
			}
		}
	}
	var q float64
	for c := range k {
		q += inner[c]/m2 - resolution*(deg[c]/m2)*(deg[c]/m2)
	}
	return q
}

// Components labels weakly connected components (union-find with path
// halving over the neighbour graph), numbered by size, largest first, ties
// by lowest node index.
func Components(p *Projection) (comp []int32, count int) {
	n := p.Len()
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := range n {
		for _, j := range p.Neighbours(int32(i)) {
			a, b := find(int32(i)), find(j)
			if a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	size := map[int32]int{}
	for i := range n {
		size[find(int32(i))]++
	}
	roots := make([]int32, 0, len(size))
	for r := range size {
		roots = append(roots, r)
	}
	slices.SortFunc(roots, func(a, b int32) int { return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(a, b)) })
	id := make(map[int32]int32, len(roots))
	for k, r := range roots {
		id[r] = int32(k)
	}
	comp = make([]int32, n)
	for i := range n {
		comp[i] = id[find(int32(i))]
	}
	return comp, len(roots)
}

// Pair is two node indexes with a score or count.
type Pair struct {
	A, B  int32
	Score float64
	Count int32
}

// Similar returns, for each county, the top k other counties by Jaccard
// similarity of their sets of industries (DEVELOPS) and programs
// (IMPLEMENTS): |shared| / |union|, only pairs sharing something; ties by
// node index. Exact: an inverted index from feature to counties gives each
// county its intersection counts in one pass over its features' counties.
func Similar(p *Projection, k int) []Pair {
	county := kindIndex(kg.KindCounty)
	dev, imp := typeIndex(kg.RelDevelops), typeIndex(kg.RelImplements)
	n := p.Len()
	features := make([][]int32, n)
	byFeature := map[int32][]int32{}
	var buf []int32
	for i := range n {
		if p.Kinds[i] != county {
			continue
		}
		f := slices.Clone(p.out(int32(i), dev, buf))
		f = append(f, p.out(int32(i), imp, buf)...)
		slices.Sort(f)
		f = slices.Compact(f)
		features[i] = f
		for _, x := range f {
			byFeature[x] = append(byFeature[x], int32(i))
		}
	}
	shared := make([]int32, n)
	var touched []int32
	var out []Pair
	for i := range n {
		if len(features[i]) == 0 {
			continue
		}
		touched = touched[:0]
		for _, f := range features[i] {
			for _, j := range byFeature[f] {
				if int(j) == i {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		cands := make([]Pair, 0, len(touched))
		for _, j := range touched {
			s := float64(shared[j]) / float64(len(features[i])+len(features[j])-int(shared[j]))
			cands = append(cands, Pair{A: int32(i), B: j, Score: s})
			shared[j] = 0
		}
		slices.SortFunc(cands, func(a, b Pair) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.B, b.B)) })
		out = append(out, cands[:min(k, len(cands))]...)
	}
	return out
}

// CoOccurrence counts, for each pair of industries, the regions (of any
// level) that develop both; A < B by node index.
func CoOccurrence(p *Projection) []Pair {
	dev := typeIndex(kg.RelDevelops)
	counts := map[[2]int32]int32{}
	var buf []int32
	for i := range p.Len() {
		if kg.LabelOfKind(kg.ProjectedKinds[p.Kinds[i]]) != kg.LabelRegion {
			continue
		}
		inds := p.out(int32(i), dev, buf)
		slices.Sort(inds)
		inds = slices.Compact(inds)
		for x := range inds {
			for y := x + 1; y < len(inds); y++ {
				counts[[2]int32{inds[x], inds[y]}]++
			}
		}
		buf = inds
	}
	out := make([]Pair, 0, len(counts))
	for k, c := range counts {
		out = append(out, Pair{A: k[0], B: k[1], Count: c})
	}
	slices.SortFunc(out, func(a, b Pair) int { return cmp.Or(cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B)) })
	return out
}
