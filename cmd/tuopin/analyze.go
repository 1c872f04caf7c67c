package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/tuopin/tuopin/analytics"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
)

const analyzeUsage = `Usage: tuopin analyze [flags]

Computes graph analytics over the graph in Neo4j and writes the results back
into it, as Neo4j Graph Data Science does in write mode; the API only reads
them. Steps:

  1. stream a compact projection of the entity graph (articles and MENTIONS
     left out): int32 node indexes, CSR adjacency arrays, no properties;
  2. degree, PageRank (gonum), betweenness (exact up to --betweenness-exact-max
     nodes, else sampled from --betweenness-sources sources), Louvain
     communities (gonum's up to --louvain-library-max nodes, and a CSR Louvain;
     best modularity of --louvain-runs runs each), weakly
     connected components, top-k Jaccard similarity of counties over their
     industries and programs, industry co-occurrence counts;
  3. write node properties degree, pagerank, betweenness, community and
     component, relationships (:Region)-[:SIMILAR {score}]->(:Region) and
     (:Industry)-[:CO_OCCURS {count}]->(:Industry), and the meta node
     (:Analysis {id: 'latest'}) with the graph version analysed, the time and
     the parameters, in batched UNWIND statements. Re-running replaces the
     previous results.

Prints a report (--json for JSON); the exit status is non-zero on failure.
The Go runtime's soft memory limit is 160 MiB unless GOMEMLIMIT is set.
See docs/analytics.md for the algorithms' sources and the GDS equivalents.`

// analyzeMemoryLimit is the Go runtime's soft memory limit for analyze
// unless GOMEMLIMIT is set: the projection and the algorithms' arrays are a
// few tens of MB at 50,000 articles, but the driver's decoding of the
// streamed records leaves garbage that the default GOGC lets grow to about
// as much again.
const analyzeMemoryLimit = 160 << 20

// analyzeFlags are the analysis parameters as flags (shared by load).
type analyzeFlags struct{ p analytics.Params }

func registerAnalyze(fs *flag.FlagSet) *analyzeFlags {
	f := &analyzeFlags{p: analytics.DefaultParams()}
	d := f.p
	fs.IntVar(&f.p.PageSize, "page-size", d.PageSize, "analyze: nodes per streamed page of the projection")
	fs.Float64Var(&f.p.Damping, "damping", d.Damping, "analyze: PageRank damping factor")
	fs.Float64Var(&f.p.Tolerance, "tolerance", d.Tolerance, "analyze: PageRank convergence tolerance")
	fs.IntVar(&f.p.ExactMax, "betweenness-exact-max", d.ExactMax, "analyze: exact betweenness up to this many nodes, sampled above")
	fs.IntVar(&f.p.Sources, "betweenness-sources", d.Sources, "analyze: sampled betweenness sources on larger graphs")
	fs.IntVar(&f.p.LouvainRuns, "louvain-runs", d.LouvainRuns, "analyze: Louvain runs (different seeds); the best modularity is kept")
	fs.Float64Var(&f.p.Resolution, "resolution", d.Resolution, "analyze: Louvain resolution")
	fs.IntVar(&f.p.LouvainLibraryMax, "louvain-library-max", d.LouvainLibraryMax, "analyze: also run gonum's Louvain up to this many nodes (it is slow on large graphs)")
	fs.IntVar(&f.p.SimilarTopK, "similar-top-k", d.SimilarTopK, "analyze: SIMILAR relationships kept per county")
	fs.Uint64Var(&f.p.Seed, "seed", d.Seed, "analyze: seed of the sampling and of the Louvain runs")
	return f
}

func (m *Main) analyze(ctx context.Context, args []string) error {
	fs := m.newFlagSet("analyze", analyzeUsage)
	nf := m.registerNeo4j(fs)
	af := registerAnalyze(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	quiet := fs.Bool("quiet", false, "no progress output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "analyze takes no arguments, got %q", fs.Args())
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(analyzeMemoryLimit)
	}
	store, err := nf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	return m.runAnalysis(ctx, store, af.p, *asJSON, *quiet)
}

// runAnalysis runs one analysis with a progress display on stderr and
// prints its report on stdout.
func (m *Main) runAnalysis(ctx context.Context, store *neo4jstore.Store, p analytics.Params, asJSON, quiet bool) error {
	var prog func(analytics.Stage)
	var pd *progressDisplay
	if !quiet {
		pd = &progressDisplay{w: m.Stderr, terminal: isTerminal(m.Stderr), start: time.Now()}
		prog = pd.update
	}
	rep, err := analytics.Run(ctx, store, p, prog)
	if pd != nil {
		pd.finish(err)
	}
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printAnalysis(m.Stdout, rep)
	return nil
}

// progressDisplay redraws one bar on a terminal, else prints a line per stage.
type progressDisplay struct {
	w        io.Writer
	terminal bool
	start    time.Time
	mu       sync.Mutex
	stage    string
	last     time.Time
}

func (d *progressDisplay) update(st analytics.Stage) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.terminal {
		if st.Name != d.stage {
			d.stage = st.Name
			fmt.Fprintf(d.w, "analyze: %s (%.1f s)\n", st.Name, time.Since(d.start).Seconds())
		}
		return
	}
	if time.Since(d.last) < 100*time.Millisecond && st.Done < 1 {
		return
	}
	d.last = time.Now()
	const width = 30
	fill := int(st.Fraction() * width)
	extra := ""
	if st.Count > 0 {
		extra = fmt.Sprintf(" %d", st.Count)
	}
	fmt.Fprintf(d.w, "\r[%s%s] %-12s%s  %.1f s   ", strings.Repeat("#", fill), strings.Repeat(".", width-fill),
		st.Name, extra, time.Since(d.start).Seconds())
}

func (d *progressDisplay) finish(err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.terminal {
		fmt.Fprintln(d.w)
	}
	if err != nil {
		fmt.Fprintf(d.w, "analyze: failed after %.1f s\n", time.Since(d.start).Seconds())
	}
}

func printAnalysis(out io.Writer, r *analytics.Report) {
	fmt.Fprintf(out, "analysed graph version %s: %d nodes, %d relationships (%d undirected edges)\n",
		r.GraphVersion, r.Nodes, r.Relationships, r.UndirectedEdges)
	fmt.Fprintf(out, "projection: %.1f MB in %d pages, %.1f bytes per relationship\n",
		float64(r.ProjectionBytes)/1e6, r.Pages, r.BytesPerEdge)
	bt := "exact"
	if !r.BetweennessExact {
		bt = fmt.Sprintf("sampled from %d sources", r.Params.Sources)
	}
	fmt.Fprintf(out, "betweenness: %s; communities: %d (modularity %.4f); components: %d\n", bt, r.Communities, r.Modularity, r.Components)
	fmt.Fprintf(out, "written: SIMILAR %d, CO_OCCURS %d\n", r.SimilarPairs, r.CoOccurrences)
	var parts []string
	for _, s := range analytics.Stages {
		parts = append(parts, fmt.Sprintf("%s %s", s, r.Times[s].Round(time.Millisecond)))
	}
	fmt.Fprintf(out, "time: total %s (%s)\n", r.Total.Round(time.Millisecond), strings.Join(parts, ", "))
}
