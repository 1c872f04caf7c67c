package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/tuopin/tuopin/analytics"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/neo4jstore"
)

// loadMemoryLimit is the Go runtime's soft memory limit for `tuopin load`
// unless GOMEMLIMIT is set. The extractor's dictionaries are most of the
// live heap; without a limit the collector lets the heap grow to twice the
// live size, which put a 100,000-article load just over 500 MB of RSS.
const loadMemoryLimit = 384 << 20

// A bulk load (--bulk, --bulk-out) is a first load of many articles on a
// machine that is about to run Neo4j's importer, which needs gigabytes
// itself; there the collector is cheaper to run less often. gse's
// dictionary keeps ~240 MB of small objects live, and under the incremental
// load's limit the heap has ~100 MB of room above them, so the collector
// ran every ~145 articles and took 17 % of the CPU. With GOGC=300 under a
// 2 GiB limit it runs about a sixth as often: 0.77x the CPU and ~1.1 GB of
// RSS on 20,000 articles (docs/SCALE-OUT.md, "Twenty-third round").
// GOGC and GOMEMLIMIT in the environment win.
const (
	bulkGCPercent   = 300
	bulkMemoryLimit = 2 << 30
)

func (m *Main) load(ctx context.Context, args []string) error {
	fs := m.newFlagSet("load", `Usage: tuopin load [flags] PATH...

Reads article files (UTF-8, GBK/GB18030 or Big5; simplified or traditional),
directories (recursively) or - for standard input; extracts facts in parallel
and writes them to Neo4j in batches, --writers transactions at once (articles
are batched by their subject county, so that concurrent transactions rarely
wait on each other's locks). Loading the same articles again changes
nothing; an edited file replaces its old facts. Then, unless --analyze=false,
runs 'tuopin analyze' so that the stored analytics match the new graph (the
analyze: flags tune it). Prints a report; the exit status is non-zero when
any file failed or the analysis failed.

Only regular files are read: named pipes, devices, sockets and links to
directories are skipped and named in the report. An input (standard input
too) over --max-bytes fails by name; it is never cut short. Ctrl-C or
SIGTERM stops the load at once: batches already written stay committed, and
loading again completes it.

A first load of many articles can go through Neo4j's bulk importer instead:
--bulk rebuilds the local embedded Neo4j that scripts/neo4j.sh manages (the
same NEO4J_HOME_DIR, NEO4J_RUN_DIR and NEO4J_PORT as 'make neo4j-start'): it
refuses a database that is not empty unless --replace, writes the import
files, stops Neo4j, imports, starts it on the same port and creates the
constraints and indexes. The graph is the one an incremental load of the
same files builds. Extraction, the encoding of the files and their final
merge all run on every core. The import files are gzip-compressed CSV
(*.csv.gz, which the importer reads as such); rows waiting for the final
merge are spilled to disk Snappy-compressed. --bulk-out DIR only writes the
files and prints the neo4j-admin command, for a remote or clustered Neo4j;
--bulk-keep keeps the files of --bulk, with the importer's arguments in
import.args.

The Go runtime's soft memory limit is 384 MiB plus 48 bytes per input (the
check for repeated articles, sized for every input at the start) unless
GOMEMLIMIT is set; 100,000 articles load incrementally under 500 MB of RSS.
With --bulk or --bulk-out the limit is 2 GiB plus as much, and the collector
runs at GOGC=300 unless GOGC is set: it then takes about a quarter less CPU
for about 1.1 GB of RSS (docs/SCALE-OUT.md).

With --facts the inputs are JSON Lines of facts that 'tuopin extract
--facts' wrote, for example on other machines over shards of the articles
(docs/SCALE-OUT.md); they are written as articles would be.`)
	nf := m.registerNeo4j(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	dryRun := fs.Bool("dry-run", false, "extract only; write nothing")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extraction goroutines")
	batch := fs.Int("batch", loader.DefaultBatchSize, "articles per write transaction")
	writers := fs.Int("writers", 2, "write transactions at once (deadlocks between them are retried)")
	quiet := fs.Bool("quiet", false, "no progress output")
	maxBytes := fs.Int64("max-bytes", loader.DefaultMaxBytes, "larger inputs (standard input too) fail unread")
	runAnalyze := fs.Bool("analyze", true, "run 'tuopin analyze' after loading (not with --dry-run)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the load (pprof) to this file; samples of the writers carry the label stage=write, the rest is extraction and reading")
	memProfile := fs.String("memprofile", "", "write a heap profile (pprof; allocations since the start and memory in use at the end) to this file when the load ends")
	stmtTimes := fs.Bool("statement-times", false, "report the wall time of each write statement per batch, per tenth of the batches (which statement slows down as the graph grows)")
	factsIn := fs.Bool("facts", false, "the inputs are JSON Lines of extracted facts (as 'tuopin extract --facts' prints, e.g. from other machines), not articles")
	var bo bulkOptions
	fs.BoolVar(&bo.bulk, "bulk", false, "first load into the local embedded Neo4j (scripts/neo4j.sh): write import files, stop it, run Neo4j's bulk importer, start it again")
	fs.StringVar(&bo.out, "bulk-out", "", "write the import files into this (new or empty) directory and print the neo4j-admin command, for a Neo4j elsewhere; writes nothing to Neo4j")
	fs.BoolVar(&bo.replace, "replace", false, "let --bulk replace a database that is not empty")
	fs.BoolVar(&bo.keep, "bulk-keep", false, "keep the import files of --bulk (their directory is printed)")
	fs.StringVar(&bo.script, "neo4j-script", m.env("TUOPIN_NEO4J_SCRIPT", "scripts/neo4j.sh"), "the script that manages the local Neo4j, for --bulk (env TUOPIN_NEO4J_SCRIPT)")
	af := registerAnalyze(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "load: no PATH given")
	}
	// The repeated-article check holds memory in proportion to the inputs
	// from the start (loader.SeenBytesPerInput); the limit grows by as
	// much, so the room the collector has above the live heap is the same
	// for a million inputs as for a few.
	var inputs func(n int)
	limit := int64(loadMemoryLimit)
	if bo.bulk || bo.out != "" {
		limit = bulkMemoryLimit
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(bulkGCPercent)
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
		inputs = func(n int) { debug.SetMemoryLimit(limit + int64(n)*loader.SeenBytesPerInput) }
	}
	switch {
	case *workers < 1:
		return kg.Errorf(kg.EINVALID, "load: --workers %d: must be at least 1", *workers)
	case *batch < 1:
		return kg.Errorf(kg.EINVALID, "load: --batch %d: must be at least 1", *batch)
	case *writers < 1:
		return kg.Errorf(kg.EINVALID, "load: --writers %d: must be at least 1", *writers)
	case *maxBytes < 1:
		return kg.Errorf(kg.EINVALID, "load: --max-bytes %d: must be at least 1", *maxBytes)
	case bo.bulk && bo.out != "":
		return kg.Errorf(kg.EINVALID, "load: --bulk and --bulk-out exclude each other")
	case (bo.bulk || bo.out != "") && *dryRun:
		return kg.Errorf(kg.EINVALID, "load: --dry-run writes nothing; it does not go with --bulk or --bulk-out")
	case bo.replace && !bo.bulk:
		return kg.Errorf(kg.EINVALID, "load: --replace goes only with --bulk")
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return kg.Errorf(kg.EINVALID, "load: --cpuprofile: %v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return kg.Errorf(kg.EINVALID, "load: --cpuprofile: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return kg.Errorf(kg.EINVALID, "load: --memprofile: %v", err)
		}
		defer func() {
			runtime.GC() // the in-use figures are those of the last collection
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintf(m.Stderr, "load: --memprofile: %v\n", err)
			}
			f.Close()
		}()
	}
	if bo.bulk || bo.out != "" {
		bo.inputs = inputs
		return m.loadBulk(ctx, bo, nf, fs.Args(), *workers, *maxBytes, *quiet, *asJSON, *runAnalyze, *factsIn, af)
	}
	var w kg.Writer
	var store *neo4jstore.Store
	if !*dryRun {
		var err error
		store, err = nf.open(ctx)
		if err != nil {
			return err
		}
		defer store.Close(context.Background())
		w = store
	}
	t := time.Now()
	var x *loader.Extractor
	if !*factsIn {
		var err error
		if x, err = loader.NewExtractor(); err != nil {
			return err
		}
	}
	dictTime := time.Since(t)
	opts := loader.LoadOptions{Workers: *workers, BatchSize: *batch, Writers: *writers, Stdin: m.Stdin, MaxBytes: *maxBytes, Inputs: inputs}
	if !*quiet {
		opts.Progress = m.Stderr
		opts.Terminal = isTerminal(m.Stderr)
	}
	var st statementTimes
	if *stmtTimes && w != nil {
		st.install()
	}
	var rep *loader.Report
	var err error
	if *factsIn {
		rep, err = loader.LoadFacts(ctx, fs.Args(), w, opts)
	} else {
		rep, err = loader.Load(ctx, fs.Args(), x.ExtractBytes, w, opts)
	}
	var tenths *StatementTenths
	if *stmtTimes && w != nil {
		tenths = st.result()
	}
	var arep *analytics.Report
	var aerr error
	if err == nil && store != nil && *runAnalyze {
		var prog func(analytics.Stage)
		var pd *progressDisplay
		if !*quiet {
			pd = &progressDisplay{w: m.Stderr, terminal: isTerminal(m.Stderr), start: time.Now()}
			prog = pd.update
		}
		arep, aerr = analytics.Run(ctx, store, af.p, prog)
		if pd != nil {
			pd.finish(aerr)
		}
	}
	if *asJSON {
		out := struct {
			*loader.Report
			DictionaryLoad time.Duration     `json:"dictionaryLoad"`
			StatementTimes *StatementTenths  `json:"statementTimes,omitempty"`
			Analysis       *analytics.Report `json:"analysis,omitempty"`
		}{rep, dictTime, tenths, arep}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if e := enc.Encode(out); e != nil {
			return e
		}
	} else {
		printReport(m.Stdout, rep, dictTime, "")
		if tenths != nil {
			tenths.print(m.Stdout)
		}
		if arep != nil {
			printAnalysis(m.Stdout, arep)
		}
	}
	if err != nil {
		return err
	}
	if aerr != nil {
		return fmt.Errorf("analyze after load: %w", aerr)
	}
	if len(rep.Failed) > 0 {
		return fmt.Errorf("%d of %d files failed", len(rep.Failed), rep.Files)
	}
	return nil
}

// printReport prints a load's report. files is "" for a load through
// Neo4j's writers; for a bulk load it names where the counted nodes and
// relationships went (the import files, not Neo4j, until the importer
// has run), and the writers' line is left out.
func printReport(out io.Writer, r *loader.Report, dict time.Duration, files string) {
	mode := "loaded"
	if files != "" {
		mode = "read for a bulk load"
	}
	if r.DryRun {
		mode = "extracted (dry run, nothing written)"
	}
	fmt.Fprintf(out, "%s: %d files found, %d read (%.1f MB), %d articles, %d facts\n",
		mode, r.Files, r.Read, float64(r.Bytes)/1e6, r.Articles, r.Facts)
	fmt.Fprintf(out, "skipped: %d\n", len(r.Skipped))
	for _, s := range r.Skipped {
		fmt.Fprintf(out, "  %s: %s\n", printable(s.File), printable(s.Reason))
	}
	fmt.Fprintf(out, "failed: %d\n", len(r.Failed))
	for _, s := range r.Failed {
		fmt.Fprintf(out, "  %s: %s\n", printable(s.File), printable(s.Reason))
	}
	if r.Interrupt != "" {
		fmt.Fprintf(out, "stopped: %s\n", printable(r.Interrupt))
	}
	if !r.DryRun && files == "" {
		wr := r.Written
		fmt.Fprintf(out, "written: %d new articles (%d unchanged, %d replaced); nodes +%d -%d; relationships +%d -%d; %d properties set\n",
			wr.Articles-wr.Unchanged, wr.Unchanged, wr.Replaced, wr.NodesCreated, wr.NodesDeleted,
			wr.RelationshipsCreated, wr.RelationshipsDeleted, wr.PropertiesSet)
		fmt.Fprintf(out, "writers: %d transactions at once, %d retried\n", r.Writers, r.Retries)
	} else if !r.DryRun && files == "imported" {
		// --bulk counts the graph the importer built.
		wr := r.Written
		fmt.Fprintf(out, "imported: %d articles; nodes +%d -%d; relationships +%d -%d\n", wr.Articles, wr.NodesCreated, wr.NodesDeleted, wr.RelationshipsCreated, wr.RelationshipsDeleted)
	} else if !r.DryRun {
		// The import files' nodes and relationships are only counted once
		// the importer has merged them; a batch's counts are not those.
		fmt.Fprintf(out, "%s: %d articles\n", files, r.Written.Articles)
	}
	st := r.Stages
	fmt.Fprintf(out, "time: total %s (dictionary %s; read %s, extract %s summed over workers; write %s)\n",
		st.Total.Round(time.Millisecond), dict.Round(time.Millisecond), st.Read.Round(time.Millisecond),
		st.Extract.Round(time.Millisecond), st.Write.Round(time.Millisecond))
	if !r.DryRun && st.Total > 0 {
		fmt.Fprintf(out, "write share: %.2f (waited %s for the writers: extraction held back, and the last batches)\n",
			st.WriteWait.Seconds()/st.Total.Seconds(), st.WriteWait.Round(time.Millisecond))
	}
}

func (m *Main) extract(ctx context.Context, args []string) error {
	fs := m.newFlagSet("extract", `Usage: tuopin extract [flags] PATH...

Runs the loader's extraction without Neo4j and prints one JSON object per
article (JSON Lines) in the shape of the evaluation gold: counties, officials
{name,titles,place}, programs, industries, partners {helper,helped}, stats
{place,metric,value,year}, plus evidence and codes. Every fact's evidence
names the rule that found it and its confidence, the precision that rule
reached on the tuning split of the real-article corpus (loader/rules.json);
--explain prints them as text. Errors go to stderr.

Inputs are read as 'tuopin load' reads them (the same reader): only
regular files, at most --max-bytes each, a failure named by file with the
same message; files are extracted in parallel and printed in input order.`)
	full := fs.Bool("facts", false, "print the full kg.Facts (graph form) instead of the evaluation form")
	explain := fs.Bool("explain", false, "print, per fact, the rule that matched, its confidence and the sentence (text, not JSON; a statistic with its place and year); not with --facts or --candidates")
	candidates := fs.Bool("candidates", false, "print the industry, partner, county and official candidates with the learned stages' features, and for industries what the stage decides beside its model (training data of scripts/realcorpus.py train)")
	maxBytes := fs.Int64("max-bytes", loader.DefaultMaxBytes, "larger inputs (standard input too) fail unread")
	spanModel := fs.String("span-model", "", "read the span tagger from this file instead of the built-in one; 'off' turns it off (training: scripts/realcorpus.py train --spans)")
	nameModel := fs.String("name-model", "", "read the name tagger of the learned official stage from this file instead of the built-in one; 'off' turns the stage off (training: scripts/realcorpus.py train --field officials)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "extract: no PATH given")
	}
	if *explain && (*full || *candidates) {
		return kg.Errorf(kg.EINVALID, "extract: --explain prints text; it does not go with --facts or --candidates")
	}
	x, err := loader.NewExtractor()
	if err != nil {
		return err
	}
	if err := useSpanModel("--span-model", *spanModel, x.SetSpanModel); err != nil {
		return err
	}
	if err := useSpanModel("--name-model", *nameModel, x.SetNameModel); err != nil {
		return err
	}
	files, skipped, bad := loader.ExpandInputs(fs.Args())
	w := bufio.NewWriter(m.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := len(bad)
	for _, b := range skipped {
		fmt.Fprintf(m.Stderr, "tuopin extract: skipped %s: %s\n", printable(b.File), printable(b.Reason))
	}
	for _, b := range bad {
		fmt.Fprintf(m.Stderr, "tuopin extract: %s: %s\n", printable(b.File), printable(b.Reason))
	}
	// The reader of `tuopin load`: the same bound, the same errors, files
	// extracted in parallel and printed in input order.
	do := func(name string, raw []byte) ([]any, error) {
		facts, err := x.ExtractBytes(name, raw)
		if err != nil {
			return nil, err
		}
		facts.Article.File = filepath.Base(name)
		facts.Article.Path = loader.SourcePath(name)
		if *full && !*explain {
			return []any{facts}, nil
		}
		return []any{loader.ToEval(facts)}, nil
	}
	if *candidates {
		do = candidatesOf(x)
	}
	var werr error
	loader.ReadInputs(ctx, files, loader.ReadOptions{MaxBytes: *maxBytes, Stdin: m.Stdin}, do, func(in loader.Input[[]any]) {
		if in.Err != nil {
			fmt.Fprintf(m.Stderr, "tuopin extract: %s\n", printable(errText(in.Err)))
			failed++
			return
		}
		for _, v := range in.Value {
			if werr != nil {
				return
			}
			if *explain {
				werr = loader.Explain(w, v.(loader.EvalRecord))
			} else {
				werr = enc.Encode(v)
			}
		}
	})
	if werr != nil {
		return werr
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, len(files)+len(bad))
	}
	return nil
}

// candidatesOf lists an input's industry, partner, county and official candidates
// with the learned stages' features (extract --candidates).
func candidatesOf(x *loader.Extractor) func(string, []byte) ([]any, error) {
	return func(name string, raw []byte) ([]any, error) {
		var out []any
		is, err := x.IndustryCandidates(name, raw)
		if err != nil {
			return nil, err
		}
		for _, c := range is {
			out = append(out, c)
		}
		ps, err := x.PartnerCandidates(name, raw)
		if err != nil {
			return nil, err
		}
		for _, c := range ps {
			out = append(out, c)
		}
		ks, err := x.CountyCandidates(name, raw)
		if err != nil {
			return nil, err
		}
		for _, c := range ks {
			out = append(out, c)
		}
		ofs, err := x.OfficialCandidates(name, raw)
		if err != nil {
			return nil, err
		}
		for _, c := range ofs {
			out = append(out, c)
		}
		return out, nil
	}
}

func (m *Main) reset(ctx context.Context, args []string) error {
	fs := m.newFlagSet("reset", `Usage: tuopin reset --yes

Deletes every node and relationship in the configured Neo4j database
(constraints and indexes stay), for rebuilding the graph from scratch.`)
	nf := m.registerNeo4j(fs)
	yes := fs.Bool("yes", false, "confirm that everything in the database may be deleted")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*yes {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "reset deletes the whole graph at %s; pass --yes to confirm", nf.uri)
	}
	store, err := nf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	if err := store.Reset(ctx); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "reset: deleted every node and relationship at %s\n", nf.uri)
	return nil
}

// errText is an error's message: a kg error's own, else the whole chain.
func errText(err error) string {
	if kg.ErrorCode(err) != kg.EINTERNAL {
		return kg.ErrorMessage(err)
	}
	return err.Error()
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// useSpanModel points the extractor at the tagger a flag names (--span-model,
// --name-model) through set.
func useSpanModel(flag, path string, set func(*loader.SpanModel)) error {
	switch path {
	case "":
		return nil
	case "off":
		set(nil)
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return kg.Errorf(kg.EINVALID, "extract: %s: %v", flag, err)
	}
	defer f.Close()
	m, err := loader.ReadSpanModel(f)
	if err != nil {
		return kg.Errorf(kg.EINVALID, "extract: %s %s: %v", flag, path, err)
	}
	set(m)
	return nil
}
