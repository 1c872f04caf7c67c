// Command analyticsbench times the analytics fields of a Tuopin server: it
// starts `tuopin serve` on the given Neo4j, asks each field once (the first
// call, on a fresh server), then --warm times more (warm latency: median
// and max), and reads the server's resident memory (VmRSS, VmHWM from
// /proc) before and after. Given --old, it does the same for another
// binary (the in-process implementation of an earlier commit) on the same
// data, so both are measured in the same run.
//
//	go run ./bench/analyticsbench --neo4j-uri bolt://127.0.0.1:7698 --tuopin bin/tuopin [--old /tmp/tuopin-old] --out analytics.json
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// fields are the analytics queries, one field each.
var fields = []struct{ name, query string }{
	{"analysis", `{ analysis { graphVersion analyzedAt stale } }`},
	{"topEntities(DEGREE)", `{ topEntities(by: DEGREE, first: 10) { entity { id name } score } }`},
	{"topEntities(INDUSTRY, PAGERANK)", `{ topEntities(kind: INDUSTRY, by: PAGERANK, first: 10) { entity { id name } score } }`},
	{"topEntities(COUNTY, BETWEENNESS)", `{ topEntities(kind: COUNTY, by: BETWEENNESS, first: 10) { entity { id name } score } }`},
	{"communities", `{ communities(first: 10) { id size members(first: 5) { id name } } }`},
	{"similarCounties", `{ similarCounties(name: "延寿县", first: 5) { county { name } score sharedIndustries { name } sharedPrograms { name } } }`},
	{"industryCooccurrence", `{ industryCooccurrence(first: 20) { a { name } b { name } count } }`},
	{"industryCooccurrence(光伏, regions)", `{ industryCooccurrence(industry: "光伏", first: 5) { a { name } b { name } count regions { name } } }`},
	{"counties(PAGERANK)", `{ counties(first: 20, orderBy: {field: PAGERANK, direction: DESC}) { nodes { name } } }`},
	{"counties(community: 0)", `{ counties(first: 20, filter: {community: 0}) { nodes { name } } }`},
	{"statisticComparison", `{ statisticComparison(metric: "贫困发生率") { region { name } year value } }`},
	{"metrics", `{ metrics }`},
}

// Result is one field on one server.
type Result struct {
	Field   string  `json:"field"`
	FirstMS float64 `json:"firstMs"`
	WarmP50 float64 `json:"warmP50Ms"`
	WarmMax float64 `json:"warmMaxMs"`
	RSSKB   int     `json:"rssAfterKB"` // the server's VmRSS after this field's calls
	Error   string  `json:"error,omitempty"`
}

// Run is one server's figures.
type Run struct {
	Binary      string   `json:"binary"`
	RSSStartKB  int      `json:"rssStartKB"`
	RSSEndKB    int      `json:"rssEndKB"`
	PeakRSSKB   int      `json:"peakRssKB"`
	Fields      []Result `json:"fields"`
	Unsupported []string `json:"unsupported,omitempty"`
}

func main() {
	uri := flag.String("neo4j-uri", "bolt://127.0.0.1:7698", "Neo4j with the loaded (and analysed) graph")
	bin := flag.String("tuopin", "bin/tuopin", "tuopin binary")
	old := flag.String("old", "", "optional: a tuopin binary of an earlier commit, measured the same way")
	again := flag.Bool("again", false, "measure --tuopin a second time, last (first calls on a fresh server with Neo4j's plans warm)")
	addr := flag.String("addr", "127.0.0.1:18790", "listen address for the servers")
	warm := flag.Int("warm", 20, "warm calls per field")
	timeout := flag.Duration("timeout", 180*time.Second, "per request")
	out := flag.String("out", "", "write the JSON here (default stdout)")
	md := flag.String("md", "", "also write a Markdown section here")
	analyzeJSON := flag.String("analyze-report", "", "the JSON report of `tuopin analyze`, for the Markdown section")
	analyzeTime := flag.String("analyze-time", "", "GNU time -v output of that run, for the Markdown section")
	flag.Parse()
	res := map[string]*Run{}
	runs := []struct{ key, path string }{{"current", *bin}, {"old", *old}}
	if *again {
		runs = append(runs, struct{ key, path string }{"current-again", *bin})
	}
	for _, b := range runs {
		if b.path == "" {
			continue
		}
		r, err := measure(b.path, *uri, *addr, *warm, *timeout)
		if err != nil {
			fmt.Fprintf(os.Stderr, "analyticsbench: %s: %v\n", b.key, err)
			os.Exit(1)
		}
		res[b.key] = r
	}
	if *md != "" {
		if err := os.WriteFile(*md, []byte(markdown(res, *analyzeJSON, *analyzeTime)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "analyticsbench:", err)
			os.Exit(1)
		}
	}
	js, _ := json.MarshalIndent(res, "", "  ")
	if *out == "" {
		os.Stdout.Write(append(js, '\n'))
		return
	}
	if err := os.WriteFile(*out, append(js, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "analyticsbench:", err)
		os.Exit(1)
	}
}

func measure(bin, uri, addr string, warm int, timeout time.Duration) (*Run, error) {
	cmd := exec.Command(bin, "serve", "--addr", addr, "--neo4j-uri", uri, "--timeout", timeout.String())
	cmd.Env = append(os.Environ(), "TUOPIN_API_KEY=")
	var logb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logb, &logb
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
		}
	}()
	base := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		r, err := http.Get(base + "/readyz")
		if err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("server not ready: %s", logb.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	client := &http.Client{Timeout: timeout + 10*time.Second}
	run := &Run{Binary: bin}
	run.RSSStartKB, _ = procStatus(cmd.Process.Pid)
	for _, f := range fields {
		r := Result{Field: f.name}
		d, err := ask(client, base, f.query)
		if err != nil {
			if strings.Contains(err.Error(), "GRAPHQL_VALIDATION_FAILED") {
				run.Unsupported = append(run.Unsupported, f.name)
				continue
			}
			r.Error = err.Error()
			run.Fields = append(run.Fields, r)
			continue
		}
		r.FirstMS = ms(d)
		var ds []float64
		for range warm {
			d, err := ask(client, base, f.query)
			if err != nil {
				r.Error = err.Error()
				break
			}
			ds = append(ds, ms(d))
		}
		if len(ds) > 0 {
			slices.Sort(ds)
			r.WarmP50, r.WarmMax = ds[len(ds)/2], ds[len(ds)-1]
		}
		r.RSSKB, _ = procStatus(cmd.Process.Pid)
		run.Fields = append(run.Fields, r)
	}
	run.RSSEndKB, run.PeakRSSKB = procStatus(cmd.Process.Pid)
	return run, nil
}

func ask(c *http.Client, base, query string) (time.Duration, error) {
	body, _ := json.Marshal(map[string]string{"query": query})
	start := time.Now()
	resp, err := c.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	d := time.Since(start)
	if err != nil {
		return 0, err
	}
	var got struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		return 0, fmt.Errorf("status %d: %s", resp.StatusCode, b)
	}
	if len(got.Errors) > 0 {
		return 0, fmt.Errorf("%v: %s", got.Errors[0].Extensions["code"], got.Errors[0].Message)
	}
	return d, nil
}

// procStatus returns VmRSS and VmHWM in kB.
func procStatus(pid int) (rss, hwm int) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		n, _ := strconv.Atoi(f[1])
		switch f[0] {
		case "VmRSS:":
			rss = n
		case "VmHWM:":
			hwm = n
		}
	}
	return rss, hwm
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// markdown renders the figures as a section of bench/results/latest.md.
func markdown(res map[string]*Run, analyzeJSON, analyzeTime string) string {
	var b strings.Builder
	b.WriteString("\n## Analytics (issue 11)\n\n")
	if analyzeJSON != "" {
		var rep struct {
			Nodes         int                `json:"nodes"`
			Relationships int                `json:"relationships"`
			Bytes         int                `json:"projectionBytes"`
			PerEdge       float64            `json:"bytesPerRelationship"`
			Communities   int                `json:"communities"`
			Modularity    float64            `json:"modularity"`
			Total         time.Duration      `json:"total"`
			Times         map[string]float64 `json:"times"`
		}
		if raw, err := os.ReadFile(analyzeJSON); err == nil && json.Unmarshal(raw, &rep) == nil {
			wall, peak := timeFigures(analyzeTime)
			fmt.Fprintf(&b, "`tuopin analyze`: %d nodes, %d relationships; projection %.1f MB (%.1f bytes per relationship); "+
				"%d communities (modularity %.3f); wall %s, peak RSS %s.\n\n",
				rep.Nodes, rep.Relationships, float64(rep.Bytes)/1e6, rep.PerEdge, rep.Communities, rep.Modularity, wall, peak)
		}
	}
	b.WriteString("| field | first call, ms | warm p50, ms | warm max, ms | server RSS after, MB | in-process (old) first, ms | old warm p50, ms | old RSS after, MB |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	old := map[string]Result{}
	if o := res["old"]; o != nil {
		for _, f := range o.Fields {
			old[f.Field] = f
		}
	}
	if cur := res["current"]; cur != nil {
		for _, f := range cur.Fields {
			o, ok := old[f.Field]
			of, ow, orss := "n/a", "n/a", "n/a"
			if a := res["current-again"]; a != nil {
				for _, g := range a.Fields {
					if g.Field == f.Field && g.Error == "" {
						f.Field += fmt.Sprintf(" (again: first %.1f)", g.FirstMS)
					}
				}
			}
			if ok && o.Error == "" {
				of, ow, orss = fmt.Sprintf("%.0f", o.FirstMS), fmt.Sprintf("%.1f", o.WarmP50), fmt.Sprintf("%.0f", float64(o.RSSKB)/1024)
			} else if ok {
				of = "error: " + o.Error
			}
			if f.Error != "" {
				fmt.Fprintf(&b, "| %s | error: %s | | | | %s | %s | %s |\n", f.Field, f.Error, of, ow, orss)
				continue
			}
			fmt.Fprintf(&b, "| %s | %.1f | %.1f | %.1f | %.0f | %s | %s | %s |\n", f.Field, f.FirstMS, f.WarmP50, f.WarmMax, float64(f.RSSKB)/1024, of, ow, orss)
		}
	}
	for _, k := range []string{"current", "old", "current-again"} {
		if r := res[k]; r != nil {
			fmt.Fprintf(&b, "\nServer RSS (%s, %s): %.0f MB at start, %.0f MB after the fields, peak %.0f MB.", k, r.Binary,
				float64(r.RSSStartKB)/1024, float64(r.RSSEndKB)/1024, float64(r.PeakRSSKB)/1024)
		}
	}
	b.WriteString("\n")
	return b.String()
}

// timeFigures reads wall time and peak RSS from GNU time -v output.
func timeFigures(path string) (wall, peak string) {
	wall, peak = "?", "?"
	raw, err := os.ReadFile(path)
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if v, ok := strings.CutPrefix(line, "Elapsed (wall clock) time (h:mm:ss or m:ss): "); ok {
			wall = v
		}
		if v, ok := strings.CutPrefix(line, "Maximum resident set size (kbytes): "); ok {
			if kb, err := strconv.Atoi(v); err == nil {
				peak = fmt.Sprintf("%.0f MB", float64(kb)/1024)
			}
		}
	}
	return
}
