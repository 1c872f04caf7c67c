// Command loadgen is the benchmark's load generator: one query set
// (bench/queryset), three servers over the same Neo4j, run one at a time:
//
//   - tuopin: `tuopin serve`, GraphQL over HTTP;
//   - neo4j_graphql: the Neo4j GraphQL Library 7.x on Node (bench/peer);
//   - cypher: the floor, the same data fetched by hand-written Cypher
//     through the Go driver, one statement (one round trip) per request;
//   - cypher_http: the floor's net/http twin (bench/floorhttp): the same
//     statement behind a minimal HTTP handler answering JSON, so that the
//     floor pays for the transport Tuopin pays for.
//
// First it asks every server every query and checks that the answers,
// reduced to a canonical form, are the same (it exits 1 when they are
// not). Then, per query and server: start the server, send requests from
// a fixed number of workers (closed loop) for a warm-up, then for a timed
// window, and stop the server. It reports throughput, p50, p99 and errors
// as JSON. Other processes on the machine add noise: compare ratios taken
// in the same run, not absolute numbers across runs.
//
//	go run ./bench/loadgen --neo4j-uri bolt://127.0.0.1:7698 --tuopin bin/tuopin --out out.json
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/tuopin/tuopin/bench/queryset"
)

const (
	serverTuopin = "tuopin"
	serverPeer   = "neo4j_graphql"
	serverCypher = "cypher"
	serverFloor  = "cypher_http"
)

var serverNames = []string{serverTuopin, serverPeer, serverCypher, serverFloor}

type options struct {
	neo4jURI    string
	tuopinBin   string
	tuopinAddr  string
	peerDir     string
	peerAddr    string
	floorBin    string
	floorAddr   string
	node        string
	concurrency int
	warmup      time.Duration
	neo4jWarmup time.Duration
	duration    time.Duration
	queries     []*queryset.Query
	out         string
	logDir      string
	checkOnly   bool
	external    bool
	servers     []string
	dbhits      bool
	peerLog     string // the peer's statement log (PEER_CYPHER_LOG), during the answer check
	neo4jPID    int    // Neo4j's JVM, for CPU time per request (0: unknown)
	articles    int    // articles the graph must hold (0: any)
}

// Stats are one server's figures for one query.
type Stats struct {
	RPS           float64 `json:"rps"`
	P50ms         float64 `json:"p50_ms"`
	P99ms         float64 `json:"p99_ms"`
	Errors        int     `json:"errors"`
	Requests      int     `json:"requests"`
	MeanMs        float64 `json:"mean_ms"`
	MaxMs         float64 `json:"max_ms"`
	ResponseBytes int     `json:"response_bytes,omitempty"`
	ServerRSSMB   float64 `json:"server_peak_rss_mb,omitempty"`
	FirstError    string  `json:"first_error,omitempty"`
	// CPU time per request over the timed window: the server process
	// (none for the floor, whose driver work is the client's), Neo4j's JVM
	// and loadgen itself. Less noisy than latency on a shared machine.
	ServerCPUms float64 `json:"server_cpu_ms_per_req"`
	Neo4jCPUms  float64 `json:"neo4j_cpu_ms_per_req"`
	ClientCPUms float64 `json:"client_cpu_ms_per_req"`
}

// QueryResult is one query's line of the report.
type QueryResult struct {
	Name         string             `json:"name"`
	Description  string             `json:"description"`
	PeerCypher   bool               `json:"peer_uses_cypher_directive"`
	Tuopin       *Stats             `json:"tuopin"`
	Peer         *Stats             `json:"neo4j_graphql"`
	Cypher       *Stats             `json:"cypher"`
	CypherHTTP   *Stats             `json:"cypher_http,omitempty"`
	Ratios       map[string]float64 `json:"ratios"`
	Goals        map[string]bool    `json:"goals"`
	AnswersAgree bool               `json:"answers_agree"`
	Order        []string           `json:"order"`
}

// Report is loadgen's output.
type Report struct {
	Queries  []*QueryResult `json:"queries"`
	Settings map[string]any `json:"settings"`
	Machine  map[string]any `json:"machine"`
	Checks   []string       `json:"checks"`
	DBHits   *DBHitsReport  `json:"db_hits,omitempty"`
}

// DBHitsReport is the noise-free part of the report.
type DBHitsReport struct {
	Note    string    `json:"note"`
	Queries []*DBHits `json:"queries"`
}

func main() {
	var o options
	var only, servers string
	flag.StringVar(&o.neo4jURI, "neo4j-uri", "bolt://127.0.0.1:7698", "the benchmark's Neo4j (read only)")
	flag.StringVar(&o.tuopinBin, "tuopin", "bin/tuopin", "the tuopin binary")
	flag.StringVar(&o.tuopinAddr, "tuopin-addr", "127.0.0.1:8097", "where tuopin serve listens")
	flag.StringVar(&o.peerDir, "peer-dir", "bench/peer", "the peer's directory (server.mjs, node_modules)")
	flag.StringVar(&o.peerAddr, "peer-addr", "127.0.0.1:4100", "where the peer listens")
	flag.StringVar(&o.node, "node", "node", "the Node.js binary")
	flag.StringVar(&o.floorBin, "floor-http", "bin/floorhttp", "the floor's net/http twin (go build ./bench/floorhttp)")
	flag.StringVar(&o.floorAddr, "floor-http-addr", "127.0.0.1:8098", "where the floor's net/http twin listens")
	flag.IntVar(&o.concurrency, "concurrency", 4, "concurrent workers (closed loop)")
	flag.DurationVar(&o.warmup, "warmup", 5*time.Second, "warm-up per query and server")
	flag.DurationVar(&o.neo4jWarmup, "neo4j-warmup", 20*time.Second, "before any timing, run every query's Cypher floor this long, so that whichever server is timed first does not meet a cold JVM")
	flag.DurationVar(&o.duration, "duration", 20*time.Second, "timed window per query and server")
	flag.StringVar(&only, "queries", "", "comma-separated query names (default: all)")
	flag.StringVar(&o.out, "out", "", "write the JSON report here (default stdout)")
	flag.StringVar(&o.logDir, "log-dir", os.TempDir(), "server logs go here")
	flag.BoolVar(&o.checkOnly, "check-only", false, "compare the answers, time nothing")
	flag.BoolVar(&o.dbhits, "dbhits", true, "count each query's database hits on each server (PROFILE) during the answer check")
	flag.StringVar(&servers, "servers", strings.Join(serverNames, ","), "the servers to compare and time")
	flag.IntVar(&o.articles, "expect-articles", 0, "fail unless the graph holds this many articles (0: do not check)")
	pidFile := flag.String("neo4j-pid-file", "", "Neo4j's pid file (scripts/neo4j.sh writes one), to report its CPU time per request")
	flag.BoolVar(&o.external, "external", false, "use servers already listening at --tuopin-addr and --peer-addr (for profiling them); start none")
	flag.Parse()
	o.queries = queryset.All
	if *pidFile != "" {
		b, err := os.ReadFile(*pidFile)
		if err != nil {
			fatalf("%v", err)
		}
		o.neo4jPID, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	for _, n := range strings.Split(servers, ",") {
		if n = strings.TrimSpace(n); !slices.Contains(serverNames, n) {
			fatalf("unknown server %q (want %s)", n, strings.Join(serverNames, ", "))
		}
		o.servers = append(o.servers, n)
	}
	if only != "" {
		o.queries = nil
		for _, n := range strings.Split(only, ",") {
			q := queryset.ByName(strings.TrimSpace(n))
			if q == nil {
				fatalf("unknown query %q", n)
			}
			o.queries = append(o.queries, q)
		}
	}
	rep, err := run(o)
	if err != nil {
		fatalf("%v", err)
	}
	b, _ := json.MarshalIndent(rep, "", "  ")
	b = append(b, '\n')
	if o.out == "" {
		os.Stdout.Write(b)
		return
	}
	if err := os.MkdirAll(filepath.Dir(o.out), 0o755); err != nil {
		fatalf("%v", err)
	}
	if err := os.WriteFile(o.out, b, 0o644); err != nil {
		fatalf("%v", err)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "loadgen: "+format+"\n", args...)
	os.Exit(1)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "loadgen: "+format+"\n", args...)
}

func run(o options) (*Report, error) {
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(o.neo4jURI, neo4j.NoAuth(), func(c *config.Config) {
		c.MaxConnectionPoolSize = max(64, 2*o.concurrency)
	})
	if err != nil {
		return nil, err
	}
	defer driver.Close(ctx)
	if err := driver.VerifyConnectivity(ctx); err != nil {
		return nil, fmt.Errorf("neo4j at %s: %w", o.neo4jURI, err)
	}
	rep := &Report{
		Settings: map[string]any{"concurrency": o.concurrency, "warmup_s": o.warmup.Seconds(), "duration_s": o.duration.Seconds()},
		Machine:  machine(ctx, driver, o.node),
	}

	res, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (a:Article) RETURN count(a) AS n", nil, neo4j.EagerResultTransformer)
	if err != nil {
		return nil, err
	}
	articles, _, _ := neo4j.GetRecordValue[int64](res.Records[0], "n")
	if o.articles > 0 && int(articles) != o.articles {
		return nil, fmt.Errorf("the graph holds %d articles, want %d", articles, o.articles)
	}
	rep.Machine["articles_in_graph"] = articles

	// Plans made from fresh index samples, for every server alike.
	for _, q := range []string{"CALL db.resampleOutdatedIndexes()", "CALL db.awaitIndexes(300)", "CALL db.clearQueryCaches()"} {
		if _, err := neo4j.ExecuteQuery(ctx, driver, q, nil, neo4j.EagerResultTransformer); err != nil {
			return nil, fmt.Errorf("%s: %w", q, err)
		}
	}

	// 1. The same answers from all three, before any timing (and their
	// database hits).
	if o.dbhits && slices.Contains(o.servers, serverPeer) {
		o.peerLog = filepath.Join(o.logDir, "loadgen-peer-cypher.jsonl")
		os.Remove(o.peerLog)
	}
	checks, hits, agree, err := checkAnswers(ctx, o, driver)
	rep.Checks, rep.DBHits = checks, hits
	o.peerLog = "" // no statement log while timing
	if err != nil {
		return nil, err
	}
	if !agree {
		for _, c := range checks {
			logf("%s", c)
		}
		return nil, errors.New("the servers' answers differ (see above): fix the query set or the servers before timing")
	}
	if o.checkOnly {
		return rep, nil
	}

	// 2. Warm Neo4j's JVM (JIT, caches) for everyone alike: the first
	// server timed would otherwise pay for it.
	if o.neo4jWarmup > 0 {
		logf("warming Neo4j up: every query's Cypher floor for %s, %d workers", o.neo4jWarmup, o.concurrency)
		deadline := time.Now().Add(o.neo4jWarmup)
		var wg sync.WaitGroup
		for w := range o.concurrency {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; time.Now().Before(deadline); i++ {
					if _, err := runCypher(ctx, driver, o.queries[i%len(o.queries)]); err != nil {
						logf("warm-up: %v", err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}

	// 3. Timing: per query, each server alone, in a rotating order so that
	// no server always runs first (cold) or last.
	for i, q := range o.queries {
		qr := &QueryResult{Name: q.Name, Description: q.Description, PeerCypher: q.PeerCypher, AnswersAgree: true}
		order := slices.Clone(o.servers)
		for range i % len(order) {
			order = append(order[1:], order[0])
		}
		qr.Order = order
		for _, srv := range order {
			logf("%s: %s: warm-up %s, window %s, %d workers", q.Name, srv, o.warmup, o.duration, o.concurrency)
			st, err := timeOne(ctx, o, driver, q, srv)
			if err != nil {
				return nil, fmt.Errorf("%s on %s: %w", q.Name, srv, err)
			}
			logf("%s: %s: %.1f req/s, p50 %.2f ms, p99 %.2f ms, %d errors; CPU ms/req: server %.2f, neo4j %.2f, loadgen %.2f",
				q.Name, srv, st.RPS, st.P50ms, st.P99ms, st.Errors, st.ServerCPUms, st.Neo4jCPUms, st.ClientCPUms)
			switch srv {
			case serverTuopin:
				qr.Tuopin = st
			case serverPeer:
				qr.Peer = st
			case serverCypher:
				qr.Cypher = st
			case serverFloor:
				qr.CypherHTTP = st
			}
		}
		if qr.Tuopin != nil && qr.Peer != nil && qr.Cypher != nil {
			qr.Ratios, qr.Goals = judge(qr)
		}
		rep.Queries = append(rep.Queries, qr)
	}
	rep.Machine["loadavg_end"] = loadavg()
	return rep, nil
}

// judge computes the ratios the goals are stated in.
func judge(q *QueryResult) (map[string]float64, map[string]bool) {
	r := map[string]float64{}
	g := map[string]bool{}
	if q.Peer.RPS > 0 {
		r["tuopin_vs_peer_rps"] = round(q.Tuopin.RPS/q.Peer.RPS, 2)
	}
	if q.Peer.P99ms > 0 {
		r["tuopin_vs_peer_p99"] = round(q.Tuopin.P99ms/q.Peer.P99ms, 2)
	}
	if q.Cypher.P50ms > 0 {
		r["tuopin_vs_cypher_p50"] = round(q.Tuopin.P50ms/q.Cypher.P50ms, 2)
	}
	if q.Cypher.RPS > 0 {
		r["tuopin_vs_cypher_rps"] = round(q.Tuopin.RPS/q.Cypher.RPS, 2)
	}
	g["rps_2x_peer"] = q.Tuopin.RPS >= 2*q.Peer.RPS
	g["p99_not_worse_than_peer"] = q.Tuopin.P99ms <= q.Peer.P99ms
	g["p50_within_1.3x_cypher"] = q.Tuopin.P50ms <= 1.3*q.Cypher.P50ms
	g["no_errors"] = q.Tuopin.Errors == 0 && q.Peer.Errors == 0 && q.Cypher.Errors == 0
	if f := q.CypherHTTP; f != nil {
		if f.P50ms > 0 {
			r["tuopin_vs_cypher_http_p50"] = round(q.Tuopin.P50ms/f.P50ms, 2)
		}
		if f.RPS > 0 {
			r["tuopin_vs_cypher_http_rps"] = round(q.Tuopin.RPS/f.RPS, 2)
		}
		g["no_errors"] = g["no_errors"] && f.Errors == 0
	}
	return r, g
}

func round(x float64, digits int) float64 {
	p := 1.0
	for range digits {
		p *= 10
	}
	return float64(int64(x*p+0.5)) / p
}

// ---- answers ----------------------------------------------------------

// checkAnswers asks each server each query once and compares the
// canonical answers. It returns a line per query.
func checkAnswers(ctx context.Context, o options, driver neo4j.DriverWithContext) ([]string, *DBHitsReport, bool, error) {
	for _, srv := range o.servers {
		if srv == serverCypher {
			continue
		}
		p, err := startServer(ctx, o, srv)
		if err != nil {
			return nil, nil, false, err
		}
		defer p.stop()
	}
	var counter *dbHitsCounter
	var hits *DBHitsReport
	if o.dbhits {
		var err error
		if counter, err = newDBHitsCounter(ctx, o, driver); err != nil {
			return nil, nil, false, err
		}
		defer counter.close(ctx)
		hits = &DBHitsReport{Note: "database hits per request, every statement PROFILEd and summed (Tuopin: its handler in-process over a store in PROFILE mode; the peer: the statements it ran, PROFILEd again with their parameters; cypher: the floor's one statement)"}
	}
	var lines []string
	agree := true
	for _, q := range o.queries {
		canon := map[string]any{}
		sizes := map[string]int{}
		var failed []string
		for _, srv := range o.servers {
			c, size, err := answer(ctx, o, driver, q, srv)
			if err != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", srv, err))
				continue
			}
			canon[srv], sizes[srv] = c, size
		}
		if len(failed) > 0 {
			agree = false
			lines = append(lines, fmt.Sprintf("%s: FAILED: %s", q.Name, strings.Join(failed, "; ")))
			continue
		}
		line := fmt.Sprintf("%s: same answer from %s (response bytes: %v)", q.Name, strings.Join(o.servers, ", "), sizes)
		first := o.servers[0]
		for _, srv := range o.servers[1:] {
			if ok, diff := queryset.Equal(canon[first], canon[srv]); !ok {
				agree = false
				line = fmt.Sprintf("%s: DIFFERENT answers from %s and %s %s", q.Name, first, srv, diff)
				break
			}
		}
		if agree && !q.NonEmpty(canon[first]) {
			agree = false
			line = fmt.Sprintf("%s: EMPTY answer (do the parameters still name data in the graph?): %v", q.Name, canon[first])
		}
		if counter != nil && agree {
			h, err := counter.measure(ctx, o, q)
			if err != nil {
				return nil, nil, false, fmt.Errorf("%s: db hits: %w", q.Name, err)
			}
			hits.Queries = append(hits.Queries, h)
			line += fmt.Sprintf("; db hits: tuopin %d (%d store reads), neo4j_graphql %d (%d statements), cypher %d",
				h.Tuopin, h.TuopinStatements, h.Peer, h.PeerStatements, h.Cypher)
		}
		logf("%s", line)
		lines = append(lines, line)
	}
	return lines, hits, agree, nil
}

// answer asks one server one query and returns its canonical answer.
func answer(ctx context.Context, o options, driver neo4j.DriverWithContext, q *queryset.Query, srv string) (any, int, error) {
	if srv == serverCypher {
		recs, err := runCypher(ctx, driver, q)
		if err != nil {
			return nil, 0, err
		}
		// Decode the driver's values the way JSON is decoded.
		var maps []map[string]any
		for _, r := range recs {
			maps = append(maps, r.AsMap())
		}
		b, err := json.Marshal(maps)
		if err != nil {
			return nil, 0, err
		}
		var plain []map[string]any
		if err := json.Unmarshal(b, &plain); err != nil {
			return nil, 0, err
		}
		c, err := q.FromCypher(plain)
		return c, len(b), err
	}
	url, body := request(o, q, srv)
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, 0, err
	}
	if srv == serverFloor {
		var out struct {
			Data []map[string]any `json:"data"`
		}
		if resp.StatusCode != http.StatusOK || json.Unmarshal(raw, &out) != nil {
			return nil, 0, fmt.Errorf("status %d: %s", resp.StatusCode, clip(raw))
		}
		c, err := q.FromCypher(out.Data)
		return c, len(raw), err
	}
	var out struct {
		Data   any             `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, 0, fmt.Errorf("status %d: %s", resp.StatusCode, clip(raw))
	}
	if resp.StatusCode != http.StatusOK || len(out.Errors) > 0 {
		return nil, 0, fmt.Errorf("status %d: %s", resp.StatusCode, clip(raw))
	}
	var c any
	if srv == serverTuopin {
		c, err = q.FromTuopin(out.Data)
	} else {
		c, err = q.FromPeer(out.Data)
	}
	return c, len(raw), err
}

func clip(b []byte) string {
	if len(b) > 600 {
		b = b[:600]
	}
	return strings.ToValidUTF8(string(b), "")
}

func request(o options, q *queryset.Query, srv string) (string, []byte) {
	if srv == serverFloor {
		body, _ := json.Marshal(map[string]string{"query": q.Name})
		return "http://" + o.floorAddr + "/cypher", body
	}
	doc, vars, addr := q.Tuopin, q.TuopinVars, o.tuopinAddr
	if srv == serverPeer {
		doc, vars, addr = q.Peer, q.PeerVars, o.peerAddr
	}
	body, _ := json.Marshal(map[string]any{"query": doc, "variables": vars})
	return "http://" + addr + "/graphql", body
}

// runCypher is the floor: one statement in one auto-commit read
// transaction (one round trip), the way Tuopin's store runs its reads.
func runCypher(ctx context.Context, driver neo4j.DriverWithContext, q *queryset.Query) ([]*neo4j.Record, error) {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, q.Cypher, q.CypherParams)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// ---- timing -----------------------------------------------------------

func timeOne(ctx context.Context, o options, driver neo4j.DriverWithContext, q *queryset.Query, srv string) (*Stats, error) {
	var proc *server
	if srv != serverCypher {
		var err error
		if proc, err = startServer(ctx, o, srv); err != nil {
			return nil, err
		}
		defer proc.stop()
	}
	var do func() (int, error)
	if srv == serverCypher {
		do = func() (int, error) {
			recs, err := runCypher(ctx, driver, q)
			return len(recs), err
		}
	} else {
		url, body := request(o, q, srv)
		client := &http.Client{
			Timeout:   60 * time.Second,
			Transport: &http.Transport{MaxIdleConns: o.concurrency * 2, MaxIdleConnsPerHost: o.concurrency * 2, IdleConnTimeout: time.Minute},
		}
		do = func() (int, error) {
			resp, err := client.Post(url, "application/json", bytes.NewReader(body))
			if err != nil {
				return 0, err
			}
			raw, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				return 0, err
			}
			if resp.StatusCode != http.StatusOK {
				return len(raw), fmt.Errorf("status %d: %s", resp.StatusCode, clip(raw))
			}
			// A GraphQL error: the top-level "errors" key (our data never
			// contains that key name). The floor's twin has no such key.
			if !bytes.HasPrefix(raw, []byte(`{"data":`)) || (srv != serverFloor && bytes.Contains(raw, []byte(`"errors":[`))) {
				return len(raw), fmt.Errorf("graphql error: %s", clip(raw))
			}
			return len(raw), nil
		}
	}

	start := time.Now()
	measureFrom := start.Add(o.warmup)
	measureTo := measureFrom.Add(o.duration)
	serverPID := 0
	if proc != nil && proc.cmd != nil {
		serverPID = proc.cmd.Process.Pid
	}
	pids := []int{serverPID, o.neo4jPID, os.Getpid()}
	cpuFrom := make(chan []float64, 1)
	go func() {
		time.Sleep(time.Until(measureFrom))
		cpuFrom <- cpuTimes(pids)
	}()
	type workerOut struct {
		lat    []time.Duration
		errs   int
		first  string
		nbytes int
	}
	outs := make([]workerOut, o.concurrency)
	var wg sync.WaitGroup
	for w := range o.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wo := &outs[w]
			wo.lat = make([]time.Duration, 0, 4096)
			for {
				t0 := time.Now()
				if !t0.Before(measureTo) {
					return
				}
				n, err := do()
				d := time.Since(t0)
				if t0.Before(measureFrom) {
					continue
				}
				if err != nil {
					wo.errs++
					if wo.first == "" {
						wo.first = err.Error()
					}
					continue
				}
				wo.nbytes = n
				wo.lat = append(wo.lat, d)
			}
		}()
	}
	wg.Wait()
	cpuTo := cpuTimes(pids)
	cpu0 := <-cpuFrom
	st := &Stats{}
	var all []time.Duration
	for _, wo := range outs {
		all = append(all, wo.lat...)
		st.Errors += wo.errs
		if st.FirstError == "" {
			st.FirstError = wo.first
		}
		if srv != serverCypher && wo.nbytes > 0 {
			st.ResponseBytes = wo.nbytes
		}
	}
	slices.Sort(all)
	st.Requests = len(all) + st.Errors
	st.RPS = round(float64(len(all))/o.duration.Seconds(), 1)
	if len(all) > 0 {
		st.P50ms = ms(all[(len(all)-1)/2])
		st.P99ms = ms(all[max(0, (len(all)*99+99)/100-1)])
		st.MaxMs = ms(all[len(all)-1])
		var sum time.Duration
		for _, d := range all {
			sum += d
		}
		st.MeanMs = ms(sum / time.Duration(len(all)))
	}
	if n := len(all) + st.Errors; n > 0 {
		per := func(i int) float64 {
			if pids[i] == 0 || cpu0[i] < 0 || cpuTo[i] < 0 {
				return 0
			}
			return round((cpuTo[i]-cpu0[i])*1000/float64(n), 3)
		}
		st.ServerCPUms, st.Neo4jCPUms, st.ClientCPUms = per(0), per(1), per(2)
	}
	if proc != nil {
		st.ServerRSSMB = proc.peakRSSMB()
	}
	return st, nil
}

// cpuTimes returns each process's user+system CPU seconds (-1 when unknown).
func cpuTimes(pids []int) []float64 {
	out := make([]float64, len(pids))
	for i, pid := range pids {
		out[i] = -1
		if pid == 0 {
			continue
		}
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// Fields after the command name (which may hold spaces): state is 3rd.
		_, rest, ok := strings.Cut(string(b), ") ")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		out[i] = (ut + st) / clockTicks
	}
	return out
}

// clockTicks is USER_HZ, 100 on Linux.
const clockTicks = 100

func ms(d time.Duration) float64 { return round(float64(d)/1e6, 3) }

// ---- server processes -------------------------------------------------

type server struct {
	name string
	cmd  *exec.Cmd
	log  *os.File
	done chan struct{}
}

func startServer(ctx context.Context, o options, name string) (*server, error) {
	if o.external {
		return &server{name: name}, nil
	}
	logPath := filepath.Join(o.logDir, "loadgen-"+name+".log")
	lf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	var cmd *exec.Cmd
	var readyLine string
	switch name {
	case serverTuopin:
		// The benchmark is one client at high rate: per-client limits off.
		cmd = exec.Command(o.tuopinBin, "serve", "--addr", o.tuopinAddr, "--neo4j-uri", o.neo4jURI, "--client-rate", "0", "--client-concurrency", "0")
		cmd.Stdout, cmd.Stderr = lf, lf
	case serverPeer:
		cmd = exec.Command(o.node, "server.mjs")
		cmd.Dir = o.peerDir
		cmd.Env = append(os.Environ(), "NEO4J_URI="+o.neo4jURI, "PEER_ADDR="+o.peerAddr, "NODE_ENV=production", "PEER_CYPHER_LOG="+o.peerLog)
		cmd.Stderr = lf
		readyLine = "peer ready "
	case serverFloor:
		cmd = exec.Command(o.floorBin, "--addr", o.floorAddr, "--neo4j-uri", o.neo4jURI)
		cmd.Stderr = lf
		readyLine = "floorhttp ready "
	default:
		return nil, fmt.Errorf("no server %q", name)
	}
	// Die with loadgen (Linux), so an interrupted run leaves no server behind.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	s := &server{name: name, cmd: cmd, log: lf, done: make(chan struct{})}
	ready := make(chan struct{})
	if readyLine != "" {
		pr, err := cmd.StdoutPipe()
		if err != nil {
			return nil, err
		}
		go func() {
			sc := bufio.NewScanner(pr)
			signalled := false
			for sc.Scan() {
				fmt.Fprintln(lf, sc.Text())
				if !signalled && strings.HasPrefix(sc.Text(), readyLine) {
					close(ready)
					signalled = true
				}
			}
		}()
	}
	if err := cmd.Start(); err != nil {
		lf.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	go func() { cmd.Wait(); close(s.done) }()
	deadline := time.After(120 * time.Second)
	if name == serverTuopin {
		go func() {
			for {
				resp, err := http.Get("http://" + o.tuopinAddr + "/readyz")
				if err == nil {
					resp.Body.Close()
					if resp.StatusCode == http.StatusOK {
						close(ready)
						return
					}
				}
				select {
				case <-s.done:
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		}()
	}
	select {
	case <-ready:
		return s, nil
	case <-s.done:
		return nil, fmt.Errorf("%s exited during start-up; see %s", name, logPath)
	case <-deadline:
		s.stop()
		return nil, fmt.Errorf("%s not ready after 120 s; see %s", name, logPath)
	case <-ctx.Done():
		s.stop()
		return nil, ctx.Err()
	}
}

// peakRSSMB reads the server's peak resident set (VmHWM).
func (s *server) peakRSSMB() float64 {
	if s.cmd == nil {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return round(kb/1024, 1)
		}
	}
	return 0
}

func (s *server) stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
	s.log.Close()
}

// ---- machine ----------------------------------------------------------

func machine(ctx context.Context, driver neo4j.DriverWithContext, node string) map[string]any {
	m := map[string]any{"cores": runtime.NumCPU(), "go": strings.TrimPrefix(runtime.Version(), "go"), "loadavg_start": loadavg()}
	res, err := neo4j.ExecuteQuery(ctx, driver, "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition", nil, neo4j.EagerResultTransformer)
	if err == nil && len(res.Records) > 0 {
		v, _, _ := neo4j.GetRecordValue[string](res.Records[0], "v")
		e, _, _ := neo4j.GetRecordValue[string](res.Records[0], "edition")
		m["neo4j"], m["neo4j_edition"] = v, e
	}
	if out, err := exec.Command(node, "--version").Output(); err == nil {
		m["node"] = strings.TrimPrefix(strings.TrimSpace(string(out)), "v")
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m["cpu"] = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return ""
}
