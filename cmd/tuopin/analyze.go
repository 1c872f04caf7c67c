package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strconv"
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
  2. degree, PageRank (gonum's equations), betweenness (exact up to --betweenness-exact-max
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
	// Values the algorithms cannot take are refused as the flags are
	// parsed, before anything is read: PageRank (gonum's, without an
	// iteration cap) never returns for a damping factor of 1 or more or a
	// tolerance below float64 rounding, and a negative top k panicked.
	fs.Var(intFlag{&f.p.PageSize, 1}, "page-size", "analyze: `nodes` per streamed page of the projection (at least 1)")
	fs.Var(floatFlag{&f.p.Damping, func(v float64) bool { return v >= 0 && v < 1 }, "from 0 to below 1"},
		"damping", "analyze: PageRank damping `factor`, from 0 to below 1")
	fs.Var(floatFlag{&f.p.Tolerance, func(v float64) bool { return v >= minTolerance }, "at least 1e-12"},
		"tolerance", "analyze: PageRank convergence `tolerance` (at least 1e-12)")
	fs.Var(intFlag{&f.p.ExactMax, 0}, "betweenness-exact-max", "analyze: exact betweenness up to this many `nodes`, sampled above")
	fs.Var(intFlag{&f.p.Sources, 0}, "betweenness-sources", "analyze: sampled betweenness `sources` on larger graphs (0: exact)")
	fs.Var(intFlag{&f.p.LouvainRuns, 1}, "louvain-runs", "analyze: Louvain `runs` (different seeds); the best modularity is kept")
	fs.Var(floatFlag{&f.p.Resolution, func(v float64) bool { return v > 0 }, "above 0"},
		"resolution", "analyze: Louvain `resolution` (above 0)")
	fs.Var(intFlag{&f.p.LouvainLibraryMax, 0}, "louvain-library-max", "analyze: also run gonum's Louvain up to this many `nodes` (it is slow on large graphs)")
	fs.Var(intFlag{&f.p.SimilarTopK, 0}, "similar-top-k", "analyze: SIMILAR relationships kept per county (`k`)")
	fs.Uint64Var(&f.p.Seed, "seed", d.Seed, "analyze: seed of the sampling and of the Louvain runs")
	return f
}

// minTolerance is the smallest PageRank tolerance accepted: the L2 norm of
// an iteration's change stops falling near float64 rounding (about 1e-16
// per node), and the iteration has no other end.
const minTolerance = 1e-12

// intFlag is an int flag with a least value.
type intFlag struct {
	p   *int
	min int
}

func (f intFlag) String() string {
	if f.p == nil {
		return ""
	}
	return strconv.Itoa(*f.p)
}

func (f intFlag) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil {
		return errors.New("not an integer")
	}
	if v < f.min {
		return fmt.Errorf("must be at least %d", f.min)
	}
	*f.p = v
	return nil
}

// floatFlag is a finite float flag whose values ok accepts (want says which).
type floatFlag struct {
	p    *float64
	ok   func(float64) bool
	want string
}

func (f floatFlag) String() string {
	if f.p == nil {
		return ""
	}
	return strconv.FormatFloat(*f.p, 'g', -1, 64)
}

func (f floatFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return errors.New("not a finite number")
	}
	if !f.ok(v) {
		return fmt.Errorf("must be %s", f.want)
	}
	*f.p = v
	return nil
}

func (m *Main) analyze(ctx context.Context, args []string) error {
	fs := m.newFlagSet("analyze", analyzeUsage)
	nf := m.registerNeo4j(fs)
	af := registerAnalyze(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	quiet := fs.Bool("quiet", false, "no progress output")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return kg.Errorf(kg.EINVALID, "analyze: %v", err)
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
