package analytics

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// Params are the parameters of an analysis; they are stored on the meta
// node with the results.
type Params struct {
	PageSize          int     `json:"pageSize"`            // nodes per streamed page
	Damping           float64 `json:"damping"`             // PageRank damping factor
	Tolerance         float64 `json:"tolerance"`           // PageRank convergence tolerance
	ExactMax          int     `json:"betweennessExactMax"` // exact betweenness up to this many nodes
	Sources           int     `json:"betweennessSources"`  // sampled sources above ExactMax
	Seed              uint64  `json:"seed"`                // betweenness sampling and Louvain seeds
	Resolution        float64 `json:"resolution"`          // Louvain resolution
	LouvainRuns       int     `json:"louvainRuns"`         // Louvain runs (best modularity kept)
	LouvainLibraryMax int     `json:"louvainLibraryMax"`   // gonum\'s Louvain up to this many nodes, the CSR one above
	SimilarTopK       int     `json:"similarTopK"`         // SIMILAR relationships per county
}

// DefaultParams are those of `tuopin analyze` without flags.
func DefaultParams() Params {
	return Params{PageSize: 10000, Damping: 0.85, Tolerance: 1e-10, ExactMax: 5000, Sources: 512, Seed: 1,
		Resolution: 1, LouvainRuns: 8, LouvainLibraryMax: 20000, SimilarTopK: 20}
}

// Stage is a step of an analysis, for progress displays.
type Stage struct {
	Name  string  // projecting, degree, pagerank, betweenness, louvain, components, similarity, cooccurrence, writing
	Done  float64 // 0 to 1 within the stage
	Count int     // nodes projected or rows written so far
}

// Stages in order, for progress as a fraction of the whole.
var Stages = []string{"projecting", "degree", "pagerank", "betweenness", "louvain", "components", "similarity", "cooccurrence", "writing"}

// Report is what an analysis did.
type Report struct {
	GraphVersion        string                   `json:"graphVersion"`
	Nodes               int                      `json:"nodes"`
	Relationships       int                      `json:"relationships"`
	UndirectedEdges     int                      `json:"undirectedEdges"`
	ProjectionBytes     int                      `json:"projectionBytes"`
	BytesPerEdge        float64                  `json:"bytesPerRelationship"`
	Pages               int                      `json:"pages"`
	BetweennessExact    bool                     `json:"betweennessExact"`
	Communities         int                      `json:"communities"`
	Modularity          float64                  `json:"modularity"`
	Components          int                      `json:"components"`
	SimilarPairs        int                      `json:"similarRelationships"`
	CoOccurrences       int                      `json:"coOccursRelationships"`
	Params              Params                   `json:"parameters"`
	Times               map[string]time.Duration `json:"times"`
	Total               time.Duration            `json:"total"`
	HeapAfterProjection uint64                   `json:"heapAfterProjection"`
}

// Run projects the graph from s, runs every algorithm and writes the
// results back, calling progress (if not nil) as it goes.
func Run(ctx context.Context, s kg.Projector, prm Params, progress func(Stage)) (*Report, error) {
	if progress == nil {
		progress = func(Stage) {}
	}
	start := time.Now()
	rep := &Report{Params: prm, Times: map[string]time.Duration{}}
	version, err := s.Version(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph version: %w", err)
	}
	rep.GraphVersion = version
	t := time.Now()
	step := func(name string) {
		rep.Times[name] = time.Since(t)
		t = time.Now()
		if err := ctx.Err(); err == nil {
			progress(Stage{Name: name, Done: 1})
		}
	}

	progress(Stage{Name: "projecting"})
	b := NewBuilder()
	err = s.Project(ctx, prm.PageSize, b.Add, func(nodes int) {
		rep.Pages++
		progress(Stage{Name: "projecting", Count: nodes})
	})
	if err != nil {
		return nil, fmt.Errorf("project: %w", err)
	}
	p := b.Build()
	rep.Nodes, rep.Relationships, rep.UndirectedEdges = p.Len(), p.Relationships(), len(p.Nbr)/2
	rep.ProjectionBytes = p.Bytes()
	if rep.Relationships > 0 {
		rep.BytesPerEdge = float64(rep.ProjectionBytes) / float64(rep.Relationships)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rep.HeapAfterProjection = ms.HeapAlloc
	step("projecting")

	res := &kg.AnalysisResult{IDs: p.IDs}
	progress(Stage{Name: "degree"})
	res.Degree = Degree(p)
	step("degree")
	progress(Stage{Name: "pagerank"})
	if err := interruptible(ctx, func() { res.PageRank = PageRank(p, prm.Damping, prm.Tolerance) }); err != nil {
		return nil, err
	}
	step("pagerank")
	progress(Stage{Name: "betweenness"})
	sources := 0
	if p.Len() > prm.ExactMax {
		sources = prm.Sources
	}
	rep.BetweennessExact = sources == 0
	if err := interruptible(ctx, func() { res.Betweenness = Betweenness(p, sources, prm.Seed) }); err != nil {
		return nil, err
	}
	step("betweenness")
	progress(Stage{Name: "louvain"})
	seeds := make([]uint64, max(prm.LouvainRuns, 1))
	for i := range seeds {
		seeds[i] = prm.Seed + uint64(i)
	}
	var comm []int32
	var sizes []int
	var q float64
	if err := interruptible(ctx, func() { comm, sizes, q = Louvain(p, prm.Resolution, seeds, res.Degree, prm.LouvainLibraryMax) }); err != nil {
		return nil, err
	}
	res.Community = comm
	rep.Communities, rep.Modularity = len(sizes), q
	step("louvain")
	progress(Stage{Name: "components"})
	comp, nc := Components(p)
	res.Component = comp
	rep.Components = nc
	step("components")
	progress(Stage{Name: "similarity"})
	var similar []Pair
	if err := interruptible(ctx, func() { similar = Similar(p, prm.SimilarTopK) }); err != nil {
		return nil, err
	}
	for _, x := range similar {
		res.Similar = append(res.Similar, kg.ScoredPair{From: p.IDs[x.A], To: p.IDs[x.B], Score: x.Score})
	}
	rep.SimilarPairs = len(res.Similar)
	step("similarity")
	progress(Stage{Name: "cooccurrence"})
	var co []Pair
	if err := interruptible(ctx, func() { co = CoOccurrence(p) }); err != nil {
		return nil, err
	}
	for _, x := range co {
		res.CoOccurs = append(res.CoOccurs, kg.CountPair{A: p.IDs[x.A], B: p.IDs[x.B], Count: x.Count})
	}
	rep.CoOccurrences = len(res.CoOccurs)
	step("cooccurrence")

	params, _ := json.Marshal(prm)
	res.Meta = kg.AnalysisMeta{GraphVersion: version, AnalyzedAt: time.Now().UTC(), Parameters: string(params),
		Nodes: p.Len(), Relationships: p.Relationships(), Modularity: q, CommunitySizes: sizes, Components: nc}
	progress(Stage{Name: "writing"})
	err = s.WriteAnalysis(ctx, res, func(done, total int) {
		progress(Stage{Name: "writing", Done: float64(done) / float64(max(total, 1)), Count: done})
	})
	if err != nil {
		return nil, fmt.Errorf("write results: %w", err)
	}
	step("writing")
	rep.Total = time.Since(start)
	return rep, nil
}

// Fraction is the share of a whole analysis done at a stage.
func (st Stage) Fraction() float64 {
	// Projecting and writing dominate; the algorithms share the middle.
	weights := map[string][2]float64{ // start, width
		"projecting": {0, 0.35}, "degree": {0.35, 0.01}, "pagerank": {0.36, 0.05}, "betweenness": {0.41, 0.1},
		"louvain": {0.51, 0.1}, "components": {0.61, 0.01}, "similarity": {0.62, 0.02}, "cooccurrence": {0.64, 0.01},
		"writing": {0.65, 0.35},
	}
	w, ok := weights[st.Name]
	if !ok {
		return 0
	}
	return w[0] + w[1]*min(max(st.Done, 0), 1)
}

// interruptible runs fn, one of the algorithms, and returns ctx's error as
// soon as ctx ends, without waiting for fn: an algorithm runs in a library
// loop that cannot be stopped part way (gonum's PageRank), and the job's
// user who presses Ctrl-C should not wait minutes for it. fn then finishes
// on its own goroutine and its result is dropped; Run returns, and the
// command exits.
func interruptible(ctx context.Context, fn func()) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
