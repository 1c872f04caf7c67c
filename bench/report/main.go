// Command report merges the pieces of a benchmark run (bench/run.sh) into
// bench/results/latest.json and a readable bench/results/latest.md:
//
//   - the servers' figures from bench/loadgen;
//   - the loader's from bench/loadbench (writer vs raw UNWIND floor);
//   - extraction vs gse Pos on the same text (go test -bench in ./loader);
//   - `tuopin load`'s own report and peak RSS (GNU time -v).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func main() {
	queries := flag.String("queries", "", "loadgen's JSON")
	loadbench := flag.String("loadbench", "", "loadbench's JSON")
	gse := flag.String("gse", "", "output of go test -bench 'BenchmarkExtract$|BenchmarkGsePos$' ./loader")
	loadReport := flag.String("load-report", "", "tuopin load --json output")
	loadTime := flag.String("load-time", "", "GNU time -v output of tuopin load")
	mode := flag.String("mode", "quick", "quick or full")
	articles := flag.Int("articles", 0, "synthetic articles loaded (besides the seeds)")
	commit := flag.String("commit", "", "git commit benchmarked")
	started := flag.String("started", "", "when the run started (RFC 3339)")
	reused := flag.Bool("reused", false, "the timing ran again on data an earlier run loaded (BENCH_REUSE)")
	outJSON := flag.String("out-json", "bench/results/latest.json", "")
	outMD := flag.String("out-md", "bench/results/latest.md", "")
	flag.Parse()

	var q struct {
		Queries  []map[string]any `json:"queries"`
		Settings map[string]any   `json:"settings"`
		Machine  map[string]any   `json:"machine"`
		Checks   []string         `json:"checks"`
		DBHits   map[string]any   `json:"db_hits"`
	}
	must(readJSON(*queries, &q))
	var lb map[string]any
	must(readJSON(*loadbench, &lb))
	var lr map[string]any
	must(readJSON(*loadReport, &lr))
	extract, gsePos, err := gseFigures(*gse)
	must(err)
	rssKB, wall, err := timeFigures(*loadTime)
	must(err)
	hits := q.DBHits

	loader := map[string]any{
		"extract_mb_s":   round(extract, 3),
		"gse_pos_mb_s":   round(gsePos, 3),
		"extract_vs_gse": round(extract/gsePos, 2),
		"load_facts_s":   round(num(lb["load_facts_s"]), 1),
		"unwind_facts_s": round(num(lb["unwind_facts_s"]), 1),
		"load_vs_unwind": round(num(lb["load_vs_unwind"]), 2),
		"peak_rss_mb":    round(float64(rssKB)/1024, 1),
		"notes": "extract_mb_s and gse_pos_mb_s: one goroutine, the normalised seed text (go test ./loader -bench); " +
			"load_facts_s and unwind_facts_s: bench/loadbench (WriteFacts vs a raw UNWIND … MERGE of the same prepared rows, same Neo4j, same process); " +
			"peak_rss_mb: `tuopin load` of the benchmark corpus (GNU time -v)",
		"loadbench": lb,
		"tuopin_load": map[string]any{
			"files":         lr["files"],
			"articles":      lr["articles"],
			"facts":         lr["facts"],
			"bytes":         lr["bytes"],
			"wall_s":        round(wall, 1),
			"facts_s":       round(num(lr["facts"])/wall, 1),
			"peak_rss_mb":   round(float64(rssKB)/1024, 1),
			"write_s":       round(nsField(lr, "stages", "write"), 1),
			"extract_cpu_s": round(nsField(lr, "stages", "extract"), 1),
		},
	}
	machine := q.Machine
	machine["loader_mb_s_note"] = "see loader.notes"
	run := map[string]any{
		"mode":               *mode,
		"synthetic_articles": *articles,
		"seed_articles":      5,
		"commit":             *commit,
		"started":            *started,
		"finished":           time.Now().UTC().Format(time.RFC3339),
	}
	if *reused {
		run["reused_data"] = "the servers were timed again (BENCH_REUSE=1) on the data loaded by an earlier run of the same mode; the loader figures are that run's"
	}
	if *mode == "quick" {
		run["label"] = "QUICK run (make bench-quick): small data and short windows; not the full benchmark"
	}
	out := map[string]any{
		"run":      run,
		"queries":  q.Queries,
		"loader":   loader,
		"machine":  machine,
		"settings": q.Settings,
		"checks":   q.Checks,
	}
	if hits != nil {
		out["db_hits"] = hits
	}
	b, err := json.MarshalIndent(out, "", "  ")
	must(err)
	must(os.MkdirAll(filepath.Dir(*outJSON), 0o755))
	must(os.WriteFile(*outJSON, append(b, '\n'), 0o644))
	must(os.WriteFile(*outMD, []byte(markdown(run, q.Queries, loader, machine, q.Settings, q.Checks, hits)), 0o644))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func readJSON(path string, v any) error {
	if path == "" {
		return fmt.Errorf("missing input file flag")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

var benchLine = regexp.MustCompile(`^(Benchmark\w+)-\d+\s+\d+\s+[\d.]+ ns/op\s+([\d.]+) MB/s`)

// gseFigures reads the MB/s of BenchmarkExtract and BenchmarkGsePos.
func gseFigures(path string) (extract, gse float64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		v, _ := strconv.ParseFloat(m[2], 64)
		switch m[1] {
		case "BenchmarkExtract":
			extract = v
		case "BenchmarkGsePos":
			gse = v
		}
	}
	if extract == 0 || gse == 0 {
		return 0, 0, fmt.Errorf("%s: no MB/s for BenchmarkExtract and BenchmarkGsePos", path)
	}
	return extract, gse, sc.Err()
}

// timeFigures reads peak RSS (kB) and wall time (s) from GNU time -v.
func timeFigures(path string) (rssKB int64, wall float64, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if v, ok := strings.CutPrefix(line, "Maximum resident set size (kbytes): "); ok {
			rssKB, _ = strconv.ParseInt(v, 10, 64)
		}
		if v, ok := strings.CutPrefix(line, "Elapsed (wall clock) time (h:mm:ss or m:ss): "); ok {
			parts := strings.Split(v, ":")
			mult := 1.0
			for i := len(parts) - 1; i >= 0; i-- {
				x, _ := strconv.ParseFloat(parts[i], 64)
				wall += x * mult
				mult *= 60
			}
		}
	}
	if rssKB == 0 || wall == 0 {
		return 0, 0, fmt.Errorf("%s: no peak RSS or wall time (GNU time -v output expected)", path)
	}
	return rssKB, wall, nil
}

func num(v any) float64 {
	f, _ := v.(float64)
	return f
}

// nsField reads a duration encoded in nanoseconds, in seconds.
func nsField(m map[string]any, path ...string) float64 {
	var v any = m
	for _, k := range path {
		mm, _ := v.(map[string]any)
		v = mm[k]
	}
	return num(v) / 1e9
}

func round(x float64, digits int) float64 {
	p, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', digits, 64), 64)
	return p
}

// ---- markdown ---------------------------------------------------------

func markdown(run map[string]any, queries []map[string]any, loader, machine, settings map[string]any, checks []string, hits map[string]any) string {
	var b strings.Builder
	title := "Benchmark results"
	if run["mode"] == "quick" {
		title += " (QUICK run: small data, short windows)"
	}
	fmt.Fprintf(&b, "# %s\n\n", title)
	fmt.Fprintf(&b, "Generated by `make bench%s` (bench/run.sh) from `bench/results/latest.json`. Commit %v, finished %v.\n\n",
		map[bool]string{true: "-quick"}[run["mode"] == "quick"], run["commit"], run["finished"])
	if r, ok := run["reused_data"]; ok {
		fmt.Fprintf(&b, "Note: %v.\n\n", r)
	}
	fmt.Fprintf(&b, "Data: the %v seed articles plus %v synthetic ones (`tuopin synth`), loaded with `tuopin load`. "+
		"Machine: %v cores (%v), Neo4j %v %v, Go %v, Node %v; load average %v at the start of the timing, %v at its end "+
		"(other work shares the machine: read the ratios, which are measured in the same run, rather than the absolute numbers).\n\n",
		run["seed_articles"], run["synthetic_articles"], machine["cores"], machine["cpu"], machine["neo4j"], machine["neo4j_edition"],
		machine["go"], machine["node"], machine["loadavg_start"], machine["loadavg_end"])
	fmt.Fprintf(&b, "Each server runs alone (started, warmed up %vs, timed %vs, stopped) with %v concurrent clients in a closed loop; "+
		"the order of the servers rotates from query to query. Before timing, the harness checked that all of them return the same data.\n\n",
		settings["warmup_s"], settings["duration_s"], settings["concurrency"])

	b.WriteString("## Queries\n\n")
	b.WriteString("| query | server | req/s | p50 ms | p99 ms | errors | CPU ms/req: server | Neo4j | client |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, q := range queries {
		name := fmt.Sprint(q["name"])
		if q["peer_uses_cypher_directive"] == true {
			name += " ¹"
		}
		for i, srv := range []string{"tuopin", "neo4j_graphql", "cypher", "cypher_http"} {
			s, _ := q[srv].(map[string]any)
			if s == nil {
				continue
			}
			label := map[string]string{"tuopin": "Tuopin", "neo4j_graphql": "@neo4j/graphql", "cypher": "Cypher floor", "cypher_http": "Cypher floor over HTTP"}[srv]
			n := ""
			if i == 0 {
				n = "**" + name + "**"
			}
			fmt.Fprintf(&b, "| %s | %s | %.1f | %.2f | %.2f | %v | %s | %s | %s |\n", n, label, num(s["rps"]), num(s["p50_ms"]), num(s["p99_ms"]), s["errors"],
				cpu(s["server_cpu_ms_per_req"], srv == "cypher"), cpu(s["neo4j_cpu_ms_per_req"], false), cpu(s["client_cpu_ms_per_req"], false))
		}
	}
	b.WriteString("\n¹ the peer answers it with an `@cypher` field (the library generates no full-text search across types, no shortest path and no neighbourhood).\n")
	b.WriteString("CPU ms/req: CPU time of each process over the timed window divided by the requests served (server: `tuopin serve` or the peer's Node; for the floor the driver work is in the client, loadgen; the floor over HTTP is bench/floorhttp, the same statement behind a minimal net/http handler). Noisy too, but far less than latency.\n\n")

	b.WriteString("## Goals\n\n")
	b.WriteString("| query | Tuopin/peer req/s (≥ 2) | Tuopin/peer p99 (≤ 1) | Tuopin/Cypher p50 (≤ 1.3) | Tuopin/Cypher over HTTP p50 | met |\n|---|---:|---:|---:|---:|---|\n")
	for _, q := range queries {
		r, _ := q["ratios"].(map[string]any)
		g, _ := q["goals"].(map[string]any)
		mark := func(k string) string {
			if g[k] == true {
				return "✓"
			}
			return "✗"
		}
		fmt.Fprintf(&b, "| %v | %.2f %s | %.2f %s | %.2f %s | %s | %s |\n", q["name"],
			num(r["tuopin_vs_peer_rps"]), mark("rps_2x_peer"),
			num(r["tuopin_vs_peer_p99"]), mark("p99_not_worse_than_peer"),
			num(r["tuopin_vs_cypher_p50"]), mark("p50_within_1.3x_cypher"),
			ratioOrDash(r["tuopin_vs_cypher_http_p50"]), allMet(g))
	}
	b.WriteString("\n")

	if hits != nil {
		b.WriteString("## Database hits per request (PROFILE, immune to noise)\n\n")
		b.WriteString("| query | Tuopin | @neo4j/graphql | Cypher floor |\n|---|---:|---:|---:|\n")
		qs, _ := hits["queries"].([]any)
		for _, x := range qs {
			h, _ := x.(map[string]any)
			fmt.Fprintf(&b, "| %v | %v | %v | %v |\n", h["name"], h["tuopin"], orDash(h["neo4j_graphql"]), h["cypher"])
		}
		b.WriteString("\n")
	}

	b.WriteString("## Loader\n\n")
	tl, _ := loader["tuopin_load"].(map[string]any)
	lb, _ := loader["loadbench"].(map[string]any)
	b.WriteString("| figure | value |\n|---|---:|\n")
	fmt.Fprintf(&b, "| extraction, MB/s (one goroutine, seed text) | %.3f |\n", num(loader["extract_mb_s"]))
	fmt.Fprintf(&b, "| gse `Pos` alone on the same text, MB/s | %.3f |\n", num(loader["gse_pos_mb_s"]))
	fmt.Fprintf(&b, "| extraction / gse (goal ≥ 0.5) | %.2f |\n", num(loader["extract_vs_gse"]))
	fmt.Fprintf(&b, "| WriteFacts, facts/s (loadbench, %v articles) | %.1f |\n", lb["articles"], num(loader["load_facts_s"]))
	fmt.Fprintf(&b, "| raw UNWIND … MERGE of the same rows, facts/s | %.1f |\n", num(loader["unwind_facts_s"]))
	runs := "one run each"
	if r := num(lb["repeats"]); r > 1 {
		runs = fmt.Sprintf("medians of %.0f alternating runs", r)
	}
	if w, _ := lb["warm"].(bool); w {
		runs += ", after an untimed warm-up pass"
	}
	fmt.Fprintf(&b, "| WriteFacts / raw (goal ≥ 0.7; %s) | %.2f |\n", runs, num(loader["load_vs_unwind"]))
	fmt.Fprintf(&b, "| `tuopin load` of the benchmark corpus: articles, facts, wall s | %.0f, %.0f, %.0f |\n", num(tl["articles"]), num(tl["facts"]), num(tl["wall_s"]))
	fmt.Fprintf(&b, "| `tuopin load` peak RSS, MB | %.1f |\n", num(loader["peak_rss_mb"]))
	fmt.Fprintf(&b, "| loadbench process peak RSS, MB (holds all facts) | %.1f |\n\n", num(lb["peak_rss_mb"]))

	b.WriteString("## Answer checks\n\n")
	for _, c := range checks {
		fmt.Fprintf(&b, "- %s\n", c)
	}
	return b.String()
}

func cpu(v any, none bool) string {
	if none || v == nil {
		return "–"
	}
	return fmt.Sprintf("%.2f", num(v))
}

func allMet(g map[string]any) string {
	for _, v := range g {
		if v != true {
			return "no"
		}
	}
	return "yes"
}

// ratioOrDash formats a ratio with two decimals, "–" when there is none.
func ratioOrDash(v any) string {
	if v == nil {
		return "–"
	}
	return fmt.Sprintf("%.2f", num(v))
}

func orDash(v any) any {
	if v == nil {
		return "–"
	}
	return v
}
