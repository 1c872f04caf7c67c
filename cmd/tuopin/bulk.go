package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/tuopin/tuopin/analytics"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/neo4jstore"
)

// bulkOptions are the flags of `tuopin load` for the bulk path.
type bulkOptions struct {
	bulk    bool        // import into the local embedded Neo4j
	out     string      // only write the CSV files here (for a remote Neo4j)
	replace bool        // let --bulk replace a non-empty database
	script  string      // scripts/neo4j.sh
	keep    bool        // keep the CSV files of --bulk
	inputs  func(n int) // loader.LoadOptions.Inputs
}

// bulkBatch is how many articles one Bulk.WriteFacts call takes. The
// articles of the batches being filled and written are most of the heap
// beyond the extractor's; under the 384 MiB soft memory limit the
// collector runs whenever the heap nears it, so a smaller batch leaves it
// room: at 20,000 articles batches of 100 kept the live heap at 190–224 MB
// against 221–274 MB with 500, with ~75 collections instead of ~100 (issue
// 12, seventh round, bench/results/load-bulk-ab-20k-round7.md). A million
// articles peaked at 410 MB of RSS with batches of 100, against 532 MB with
// 500 (bench/results/load-bulk-1m-round8.md).
const bulkBatch = 100

// bulkPhases are the wall-clock phases of a bulk load.
type bulkPhases struct {
	Prepare time.Duration `json:"prepare"`         // extraction and CSV files
	Import  time.Duration `json:"import"`          // stop, bulk importer, start
	Schema  time.Duration `json:"schema"`          // constraints and indexes
	Files   string        `json:"files,omitempty"` // the import files, when kept (--bulk-keep)
}

// neo4jEnv are the variables scripts/neo4j.sh reads, passed on from the
// environment tuopin was given.
var neo4jEnv = []string{"NEO4J_PORT", "NEO4J_HOME_DIR", "NEO4J_RUN_DIR", "NEO4J_HEAP", "NEO4J_PAGECACHE",
	"NEO4J_IMPORT_HEAP", "NEO4J_IMPORT_MEMORY", "JAVA_HOME", "NEO4J_JAVA_OPTS", "NEO4J_CDS"}

// script runs scripts/neo4j.sh with args; its stderr goes to log.
func (m *Main) script(ctx context.Context, bo bulkOptions, log io.Writer, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, bo.script, args...)
	// The variables that choose the Neo4j come from m's environment only,
	// never from the process's when m's leaves them unset.
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(neo4jEnv, k) {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	for _, k := range neo4jEnv {
		if v := m.Getenv(k); v != "" {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
	}
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = log
	err := cmd.Run()
	return strings.TrimSpace(out.String()), err
}

// prepareBulk extracts the inputs (or reads their facts, when x is nil)
// into import files under dir.
func prepareBulk(ctx context.Context, paths []string, x *loader.Extractor, dir string, opts loader.LoadOptions) (*loader.Report, *neo4jstore.BulkFiles, error) {
	b, err := neo4jstore.NewBulk(dir)
	if err != nil {
		return nil, nil, err
	}
	// Bulk.WriteFacts encodes a batch outside any lock: as many writers as
	// cores keep the CSV stage off the critical path of extraction.
	opts.Writers = runtime.GOMAXPROCS(0)
	var rep *loader.Report
	if x == nil {
		rep, err = loader.LoadFacts(ctx, paths, b, opts)
	} else {
		rep, err = loader.Load(ctx, paths, x.ExtractBytes, b, opts)
	}
	if err != nil {
		return rep, nil, err
	}
	files, err := b.Finish()
	return rep, files, err
}

// bulkOut writes the import files into bo.out and prints the importer's
// command for a Neo4j elsewhere.
func (m *Main) bulkOut(ctx context.Context, bo bulkOptions, paths []string, x *loader.Extractor, opts loader.LoadOptions) (*loader.Report, error) {
	t := time.Now()
	rep, files, err := prepareBulk(ctx, paths, x, bo.out, opts)
	if err != nil {
		return rep, err
	}
	abs, err := filepath.Abs(bo.out)
	if err != nil {
		return rep, err
	}
	args := files.ImportArgs(abs, "neo4j")
	if err := os.WriteFile(filepath.Join(bo.out, "import.args"), []byte(strings.Join(args, "\n")+"\n"), 0o644); err != nil {
		return rep, err
	}
	printReport(m.Stdout, rep, 0, "in the import files (nothing is in Neo4j until the importer runs)")
	fmt.Fprintf(m.Stdout, "bulk-out: %d articles as import files in %s (%s)\n", files.Articles, abs, time.Since(t).Round(time.Millisecond))
	fmt.Fprintf(m.Stdout, "On the Neo4j server, stopped (or for a new database), copy the directory to the same path and run:\n")
	fmt.Fprintf(m.Stdout, "  neo4j-admin database import full %s\n", strings.Join(args, " "))
	fmt.Fprintf(m.Stdout, "then start Neo4j and run 'tuopin migrate' once against it: opening the store creates the\n")
	fmt.Fprintf(m.Stdout, "constraints and indexes. (The arguments are also in import.args, one per line.)\n")
	return rep, nil
}

// bulkLoad rebuilds the local embedded Neo4j (scripts/neo4j.sh, its
// NEO4J_HOME_DIR, NEO4J_RUN_DIR and NEO4J_PORT) from the inputs with the
// bulk importer: refuse a non-empty database unless --replace, prepare the
// import files, stop Neo4j, import, start it again on the same port, and
// create the constraints and indexes.
func (m *Main) bulkLoad(ctx context.Context, bo bulkOptions, nf *neo4jFlags, paths []string, x *loader.Extractor, opts loader.LoadOptions) (*loader.Report, *neo4jstore.Store, *bulkPhases, error) {
	var ph bulkPhases
	log := m.Stderr
	if opts.Progress == nil {
		log = io.Discard
	}
	if _, err := os.Stat(bo.script); err != nil {
		return nil, nil, nil, kg.Errorf(kg.EINVALID, "--bulk needs scripts/neo4j.sh (the local embedded Neo4j): %s not found; set --neo4j-script, or use --bulk-out for another Neo4j", bo.script)
	}
	uri, err := m.script(ctx, bo, log, "start")
	if err != nil {
		return nil, nil, nil, kg.Errorf(kg.EUNAVAILABLE, "--bulk: %s start: %v", bo.script, err)
	}
	if lines := strings.Split(uri, "\n"); len(lines) > 0 {
		uri = lines[len(lines)-1]
	}
	nf.uri = uri
	store, err := nf.open(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	empty, err := store.Empty(ctx)
	store.Close(context.Background())
	if err != nil {
		return nil, nil, nil, err
	}
	if !empty && !bo.replace {
		return nil, nil, nil, kg.Errorf(kg.ECONFLICT, "--bulk rebuilds the whole database, and %s is not empty: pass --replace to replace everything in it, or load without --bulk", uri)
	}
	dir, err := os.MkdirTemp("", "tuopin-bulk-")
	if err != nil {
		return nil, nil, nil, err
	}
	if !bo.keep {
		defer os.RemoveAll(dir)
	}
	t := time.Now()
	rep, files, err := prepareBulk(ctx, paths, x, filepath.Join(dir, "csv"), opts)
	ph.Prepare = time.Since(t)
	if err != nil {
		return rep, nil, &ph, err
	}
	t = time.Now()
	if _, err := m.script(ctx, bo, log, "stop"); err != nil {
		return rep, nil, &ph, fmt.Errorf("--bulk: stop Neo4j: %w", err)
	}
	_, ierr := m.script(ctx, bo, log, append([]string{"import"}, files.ImportArgs(filepath.Join(dir, "csv"), "neo4j")...)...)
	// Start again whatever the import did, so the port answers.
	uri2, serr := m.script(context.WithoutCancel(ctx), bo, log, "start")
	ph.Import = time.Since(t)
	if ierr != nil {
		return rep, nil, &ph, fmt.Errorf("--bulk: the importer failed (the database may be empty now; its report is in the Neo4j run directory): %w", ierr)
	}
	if serr != nil {
		return rep, nil, &ph, kg.Errorf(kg.EUNAVAILABLE, "--bulk: start Neo4j after the import: %v", serr)
	}
	if lines := strings.Split(uri2, "\n"); len(lines) > 0 {
		nf.uri = lines[len(lines)-1]
	}
	t = time.Now()
	store, err = nf.open(ctx) // applies constraints and indexes, waits for them
	ph.Schema = time.Since(t)
	if err != nil {
		return rep, nil, &ph, err
	}
	nodes, rels, err := store.Counts(ctx)
	if err != nil {
		store.Close(context.Background())
		return rep, nil, &ph, err
	}
	rep.Written = kg.WriteSummary{Articles: files.Articles, NodesCreated: int(nodes), RelationshipsCreated: int(rels)}
	if bo.keep {
		ph.Files = filepath.Join(dir, "csv")
		args := files.ImportArgs(ph.Files, "neo4j")
		if err := os.WriteFile(filepath.Join(ph.Files, "import.args"), []byte(strings.Join(args, "\n")+"\n"), 0o644); err != nil {
			store.Close(context.Background())
			return rep, nil, &ph, err
		}
		fmt.Fprintf(log, "bulk: import files kept in %s\n", ph.Files)
	}
	return rep, store, &ph, nil
}

// loadBulk is `tuopin load --bulk` and `--bulk-out`.
func (m *Main) loadBulk(ctx context.Context, bo bulkOptions, nf *neo4jFlags, paths []string, workers int, maxBytes int64,
	quiet, asJSON, runAnalyze, factsIn bool, af *analyzeFlags) error {
	var x *loader.Extractor
	if !factsIn {
		var err error
		if x, err = loader.NewExtractor(); err != nil {
			return err
		}
	}
	opts := loader.LoadOptions{Workers: workers, Stdin: m.Stdin, MaxBytes: maxBytes, BatchSize: bulkBatch, Inputs: bo.inputs}
	if !quiet {
		opts.Progress = m.Stderr
		opts.Terminal = isTerminal(m.Stderr)
	}
	if bo.out != "" {
		rep, err := m.bulkOut(ctx, bo, paths, x, opts)
		if err != nil {
			return err
		}
		if len(rep.Failed) > 0 {
			return fmt.Errorf("%d of %d files failed", len(rep.Failed), rep.Files)
		}
		return nil
	}
	start := time.Now()
	rep, store, ph, err := m.bulkLoad(ctx, bo, nf, paths, x, opts)
	if err != nil {
		if rep != nil {
			printReport(m.Stdout, rep, 0, "in the import files, not imported (the bulk load stopped)")
		}
		return err
	}
	defer store.Close(context.Background())
	var arep *analytics.Report
	if runAnalyze {
		arep, err = analytics.Run(ctx, store, af.p, nil)
		if err != nil {
			return fmt.Errorf("analyze after load: %w", err)
		}
	}
	total := time.Since(start)
	if asJSON {
		out := struct {
			*loader.Report
			Bulk     *bulkPhases       `json:"bulk"`
			Wall     time.Duration     `json:"wall"`
			Analysis *analytics.Report `json:"analysis,omitempty"`
		}{rep, ph, total, arep}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		printReport(m.Stdout, rep, 0, "imported")
		fmt.Fprintf(m.Stdout, "bulk: %s in all: import files %s, stop + import + start %s, constraints and indexes %s\n",
			total.Round(time.Millisecond), ph.Prepare.Round(time.Millisecond), ph.Import.Round(time.Millisecond), ph.Schema.Round(time.Millisecond))
		if arep != nil {
			printAnalysis(m.Stdout, arep)
		}
	}
	if len(rep.Failed) > 0 {
		return fmt.Errorf("%d of %d files failed", len(rep.Failed), rep.Files)
	}
	return nil
}
