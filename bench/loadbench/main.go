// Command loadbench measures the loader on a synthetic corpus: extraction
// throughput, then the writer (WriteFacts) against the floor of a raw
// UNWIND … MERGE of the same prepared rows, on the same Neo4j, in one
// process, and reports ratios (machines are noisy; ratios travel).
//
// It deletes everything in the target database: it takes the URI only from
// --neo4j-uri and refuses to run without --wipe.
//
//	go run ./bench/loadbench --neo4j-uri bolt://127.0.0.1:7697 --wipe --articles 10000
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/loader/synth"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

type result struct {
	Articles       int       `json:"articles"`
	Bytes          int64     `json:"bytes"`
	Facts          int       `json:"facts"`
	DictLoadS      float64   `json:"dict_load_s"`
	ExtractS       float64   `json:"extract_s"`
	ExtractMBs     float64   `json:"extract_mb_s"`
	WriteS         float64   `json:"write_s"`
	LoadArticlesS  float64   `json:"load_articles_s"`
	LoadFactsS     float64   `json:"load_facts_s"`
	RawS           float64   `json:"raw_s"`
	UnwindFactsS   float64   `json:"unwind_facts_s"`
	LoadVsUnwind   float64   `json:"load_vs_unwind"`
	RewriteS       float64   `json:"rewrite_s"` // second WriteFacts of everything: all unchanged
	PeakRSSMB      float64   `json:"peak_rss_mb"`
	Workers        int       `json:"workers"`
	Batch          int       `json:"batch"`
	Nodes          int64     `json:"nodes"`
	Relationships  int64     `json:"relationships"`
	DigestsAgree   bool      `json:"digests_agree"` // raw and writer produce the same nodes/relationships (ignoring provenance)
	GoMaxProcs     int       `json:"gomaxprocs"`
	RawFirstOrder  bool      `json:"raw_first"`
	ExtractWorkers int       `json:"extract_workers"`
	Repeats        int       `json:"repeats"`    // timed runs of each side; write_s and raw_s are their medians
	Warm           bool      `json:"warm"`       // an untimed pass ran first
	WriteRuns      []float64 `json:"write_runs"` // seconds, in order
	RawRuns        []float64 `json:"raw_runs"`
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func main() {
	uri := flag.String("neo4j-uri", "", "Neo4j to benchmark against (required; everything in it is deleted)")
	wipe := flag.Bool("wipe", false, "confirm that the database may be wiped")
	n := flag.Int("articles", 10000, "synthetic articles")
	batch := flag.Int("batch", 200, "articles per write transaction")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "extraction goroutines")
	rawFirst := flag.Bool("raw-first", false, "run the raw floor before the writer (to check order effects)")
	statements := flag.Bool("statements", false, "print the writer's time per statement to stderr")
	repeats := flag.Int("repeats", 1, "timed runs of the writer and of the raw floor, alternating; the medians are reported")
	warm := flag.Bool("warm", false, "write everything once, untimed, before timing")
	flag.Parse()
	if *statements {
		var mu sync.Mutex
		total := map[string]time.Duration{}
		neo4jstore.StatementTimes = func(name string, d time.Duration) {
			mu.Lock()
			total[name] += d
			mu.Unlock()
		}
		defer func() {
			for k, v := range total {
				fmt.Fprintf(os.Stderr, "%-22s %8.2fs\n", k, v.Seconds())
			}
		}()
	}
	if *uri == "" || !*wipe {
		fmt.Fprintln(os.Stderr, "loadbench: --neo4j-uri and --wipe are required (the database is wiped)")
		os.Exit(2)
	}
	if err := run(*uri, *n, *batch, *workers, *rawFirst, max(*repeats, 1), *warm); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1) //nolint:gocritic // the statement times are not needed on failure
	}
}

func run(uri string, n, batch, workers int, rawFirst bool, repeats int, warm bool) error {
	ctx := context.Background()
	r := result{Articles: n, Batch: batch, Workers: workers, GoMaxProcs: runtime.GOMAXPROCS(0), RawFirstOrder: rawFirst, ExtractWorkers: workers,
		Repeats: repeats, Warm: warm}

	g := synth.New(1, 0.3)
	raws := make([][]byte, n)
	for i := range n {
		_, raws[i] = g.Article(i)
		r.Bytes += int64(len(raws[i]))
	}

	t := time.Now()
	x, err := loader.NewExtractor()
	if err != nil {
		return err
	}
	r.DictLoadS = time.Since(t).Seconds()

	facts := make([]*kg.Facts, n)
	t = time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	var mu sync.Mutex
	var firstErr error
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f, err := x.ExtractBytes(fmt.Sprintf("synth_%06d.txt", i), raws[i])
				if err != nil {
					mu.Lock()
					firstErr = err
					mu.Unlock()
					continue
				}
				f.Article.File = fmt.Sprintf("synth_%06d.txt", i)
				facts[i] = f
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	r.ExtractS = time.Since(t).Seconds()
	r.ExtractMBs = float64(r.Bytes) / 1e6 / r.ExtractS
	for _, f := range facts {
		r.Facts += f.Count()
	}
	raws = nil

	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
	if err != nil {
		return err
	}
	defer s.Close(ctx)

	writeAll := func(fn func(context.Context, []*kg.Facts) error) (float64, error) {
		if err := s.Reset(ctx); err != nil {
			return 0, err
		}
		t := time.Now()
		for i := 0; i < len(facts); i += batch {
			if err := fn(ctx, facts[i:min(i+batch, len(facts))]); err != nil {
				return 0, err
			}
		}
		return time.Since(t).Seconds(), nil
	}
	writer := func(ctx context.Context, b []*kg.Facts) error { _, err := s.WriteFacts(ctx, b); return err }
	if warm {
		// One untimed pass, so that neither side pays for a cold Neo4j
		// (JIT, query plans, page cache).
		if _, err := writeAll(s.WriteRaw); err != nil {
			return err
		}
	}
	var d, rd neo4jstoretest.GraphDigest
	for i := range repeats {
		runWriter := func() error {
			sec, err := writeAll(writer)
			if err != nil {
				return err
			}
			r.WriteRuns = append(r.WriteRuns, sec)
			if i > 0 {
				return nil
			}
			if d, err = neo4jstoretest.Digest(ctx, uri); err != nil {
				return err
			}
			r.Nodes, r.Relationships = d.Nodes, d.Relationships
			t := time.Now()
			for i := 0; i < len(facts); i += batch {
				if err := writer(ctx, facts[i:min(i+batch, len(facts))]); err != nil {
					return err
				}
			}
			r.RewriteS = time.Since(t).Seconds()
			return nil
		}
		runRaw := func() error {
			sec, err := writeAll(s.WriteRaw)
			if err != nil {
				return err
			}
			r.RawRuns = append(r.RawRuns, sec)
			if i == 0 {
				rd, err = neo4jstoretest.Digest(ctx, uri)
			}
			return err
		}
		// Alternate which side goes first, so drift on a shared machine
		// falls on both.
		first, second := runWriter, runRaw
		if rawFirst != (i%2 == 1) {
			first, second = runRaw, runWriter
		}
		if err := first(); err != nil {
			return err
		}
		if err := second(); err != nil {
			return err
		}
	}
	r.WriteS, r.RawS = median(r.WriteRuns), median(r.RawRuns)
	r.DigestsAgree = rd.Nodes == d.Nodes && rd.Relationships == d.Relationships
	r.LoadArticlesS = float64(n) / r.WriteS
	r.LoadFactsS = float64(r.Facts) / r.WriteS
	r.UnwindFactsS = float64(r.Facts) / r.RawS
	r.LoadVsUnwind = r.LoadFactsS / r.UnwindFactsS
	r.PeakRSSMB = peakRSSMB()
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// peakRSSMB reads the process's peak resident set (VmHWM) from /proc.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
