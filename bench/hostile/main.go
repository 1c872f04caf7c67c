// Command hostile sends the probe classes of issue 14 to a running
// `tuopin serve` and reports, per class, the answer (status and
// extensions.code), the slowest answer, and the server's resident memory
// before and after (read from /proc/PID/status when --pid is given).
//
//	go run ./bench/hostile --url http://127.0.0.1:8080/graphql --pid $(pgrep -n tuopin) --n 200
//
// The figures in docs/RELIABILITY.md come from it.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tuopin/tuopin/graph/graphtest"
)

type probe struct {
	name  string
	query func(i int) string // i makes each request's text distinct where that matters
	vars  map[string]any
}

var probes = []probe{
	{"fragment expansion (2^40 fields, 2.6 KB)", func(int) string { return graphtest.FragmentBomb(40) }, nil},
	{"1 MB comment padding, distinct each time", func(i int) string {
		return fmt.Sprintf("# %d %s\n{ __typename }", i, strings.Repeat("x", 1000_000))
	}, nil},
	{"30 KB valid query, distinct each time (cache fill)", func(i int) string {
		return fmt.Sprintf("# %d %s\n{ county(name: \"延寿县\") { name } }", i, strings.Repeat("x", 30_000))
	}, nil},
	{"30 KB of conflicting fragments", func(int) string { return graphtest.Conflicts(30 << 10) }, nil},
	{"900 aliased county lookups", func(int) string { return graphtest.Aliases(900, `county(name: "延寿县") { name }`) }, nil},
	{"100 aliased county lookups", func(int) string { return graphtest.Aliases(100, `county(name: "延寿县") { name }`) }, nil},
	{"500 aliased mutations", func(int) string {
		return "mutation " + graphtest.Aliases(500, `ingestArticle(input: {title: "t", text: "x"}) { id }`)
	}, nil},
	{"neighbourhood of 500 with evidence", func(int) string {
		return `{ neighborhood(id: "Region:230129", hops: 3, limit: 500) { nodes { id name } edges { type source target evidence { sentence } } } }`
	}, nil},
	{"50 paths with officials per node", func(int) string {
		return `{ shortestPaths(from: "Region:230129", to: "Industry:光伏", first: 50) { nodes { ... on Region { officials { title official { name } } } } } }`
	}, nil},
	{"100 KB name in a variable", func(int) string { return `query($n: String!) { county(name: $n) { name } }` },
		map[string]any{"n": strings.Repeat("县", 34_000)}},
	{"200-byte unknown name (NOT_FOUND echo)", func(int) string {
		return `{ county(name: "` + strings.Repeat("县", 66) + `") { name } }`
	}, nil},
}

type result struct {
	status int
	code   string
	errors int
	bytes  int
	took   time.Duration
}

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/graphql", "the server's GraphQL endpoint")
	pid := flag.Int("pid", 0, "the server's process id, for its RSS (0: not measured)")
	n := flag.Int("n", 200, "requests per probe class")
	conc := flag.Int("c", 8, "requests in flight")
	soakFor := flag.Duration("soak", 0, "instead of the probes: mixed queries (docs/queries) for this long, at -c in flight, with per-minute p99 and RSS")
	flag.Parse()
	if *soakFor > 0 {
		soak(*url, *pid, *conc, *soakFor)
		return
	}

	fmt.Printf("idle RSS: %s\n\n", rss(*pid))
	var peakKB atomic.Int64
	stop := make(chan struct{})
	go func() {
		for {
			if kb := int64(rssKB(*pid)); kb > peakKB.Load() {
				peakKB.Store(kb)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	fmt.Println("| probe | answer | errors | slowest | median | RSS after |")
	fmt.Println("|---|---|---|---|---|---|")
	peak := 0
	for _, p := range probes {
		res := make([]result, *n)
		var wg sync.WaitGroup
		sem := make(chan struct{}, *conc)
		for i := range *n {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				res[i] = send(*url, p.query(i), p.vars)
			}()
		}
		wg.Wait()
		answers := map[string]int{}
		var took []time.Duration
		maxErr := 0
		for _, r := range res {
			answers[fmt.Sprintf("%d %s", r.status, r.code)]++
			took = append(took, r.took)
			maxErr = max(maxErr, r.errors)
		}
		sort.Slice(took, func(a, b int) bool { return took[a] < took[b] })
		var as []string
		for a, c := range answers {
			as = append(as, fmt.Sprintf("%s ×%d", a, c))
		}
		sort.Strings(as)
		r := rss(*pid)
		peak = max(peak, rssKB(*pid))
		fmt.Printf("| %s | %s | ≤%d | %v | %v | %s |\n", p.name, strings.Join(as, ", "), maxErr,
			took[len(took)-1].Round(time.Millisecond), took[len(took)/2].Round(time.Microsecond), r)
	}
	close(stop)
	fmt.Printf("\npeak RSS after a class: %.1f MB; peak RSS sampled every 10 ms: %.1f MB; /readyz: %s\n",
		float64(peak)/1024, float64(peakKB.Load())/1024, ready(*url))
}

func send(url, query string, vars map[string]any) result {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	start := time.Now()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return result{code: "transport: " + err.Error(), took: time.Since(start)}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	r := result{status: resp.StatusCode, bytes: len(b), took: time.Since(start)}
	var out struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	json.Unmarshal(b, &out)
	r.errors = len(out.Errors)
	if len(out.Errors) > 0 {
		r.code, _ = out.Errors[0].Extensions["code"].(string)
	} else {
		r.code = "data"
	}
	return r
}

func ready(url string) string {
	resp, err := http.Get(strings.TrimSuffix(url, "/graphql") + "/readyz")
	if err != nil {
		return err.Error()
	}
	resp.Body.Close()
	return resp.Status
}

func rssKB(pid int) int {
	if pid == 0 {
		return 0
	}
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			var kb int
			fmt.Sscanf(strings.TrimSpace(v), "%d", &kb)
			return kb
		}
	}
	return 0
}

func rss(pid int) string {
	kb := rssKB(pid)
	if kb == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f MB", float64(kb)/1024)
}

// soakQueries are the read queries of docs/queries with variables that
// exist in the seed graph.
var soakQueries = []struct {
	file string
	vars map[string]any
}{
	{"analytics.graphql", nil},
	{"assisted-by.graphql", nil},
	{"counties.graphql", nil},
	{"county.graphql", nil},
	{"neighborhood.graphql", map[string]any{"id": "Region:230129"}},
	{"roles.graphql", nil},
	{"search.graphql", nil},
	{"shortest-path.graphql", map[string]any{"from": "Region:230129", "to": "Industry:光伏"}},
}

// soak sends the mixed queries round-robin for d and prints, per minute,
// requests, errors, p50/p99 latency and RSS.
func soak(url string, pid, conc int, d time.Duration) {
	type q struct {
		text string
		vars map[string]any
	}
	var qs []q
	for _, sq := range soakQueries {
		b, err := os.ReadFile("docs/queries/" + sq.file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "soak: run from the repository root:", err)
			os.Exit(1)
		}
		qs = append(qs, q{string(b), sq.vars})
	}
	fmt.Println("| minute | requests | errors | p50 | p99 | RSS |")
	fmt.Println("|---|---|---|---|---|---|")
	end := time.Now().Add(d)
	var next atomic.Int64
	for minute := 1; time.Now().Before(end); minute++ {
		stop := time.Now().Add(min(time.Minute, time.Until(end)))
		var mu sync.Mutex
		var took []time.Duration
		errs := 0
		var wg sync.WaitGroup
		for range conc {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for time.Now().Before(stop) {
					x := qs[int(next.Add(1))%len(qs)]
					r := send(url, x.text, x.vars)
					mu.Lock()
					took = append(took, r.took)
					if r.status != 200 || r.code != "data" {
						errs++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		sort.Slice(took, func(a, b int) bool { return took[a] < took[b] })
		fmt.Printf("| %d | %d | %d | %v | %v | %s |\n", minute, len(took), errs,
			took[len(took)/2].Round(time.Microsecond), took[len(took)*99/100].Round(time.Microsecond), rss(pid))
	}
}
