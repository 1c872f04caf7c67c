// Command loadprofile shows where a write batch spends its time on the
// Neo4j side: it reads facts (JSON Lines, as 'tuopin extract --facts'
// prints) for articles not yet in the graph, and runs the writer's
// statements for batches of them with PROFILE, in transactions it rolls
// back, so the graph (best a warm one of a real size) is left as it was.
// It prints, per statement, the median time over the batches, the database
// hits, and any Eager operator or scan that a write statement should not
// have.
//
//	go run ./bench/loadprofile --neo4j-uri bolt://127.0.0.1:7722 --batch 100 --batches 5 next.jsonl
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
)

func main() {
	uri := flag.String("neo4j-uri", "", "Neo4j holding the warm graph (required; left unchanged)")
	batch := flag.Int("batch", 100, "articles per batch")
	batches := flag.Int("batches", 5, "batches to profile (the median time is printed)")
	plans := flag.Bool("plans", false, "print each statement's operators with their db hits")
	pidFile := flag.String("neo4j-pid-file", "", "Neo4j's pid file: report its CPU time during the committed writes")
	txlog := flag.String("txlog", "", "Neo4j's transaction log directory: report the bytes the committed writes added")
	write := flag.Int("write", 0, "then write (and commit) this many further batches with WriteFacts, one at a time, and print where their time went (this changes the graph)")
	flag.Parse()
	if *uri == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: loadprofile --neo4j-uri URI [--batch N] [--batches K] FACTS.jsonl")
		os.Exit(2)
	}
	if err := run(*uri, flag.Arg(0), *batch, *batches, *plans, *write, *pidFile, *txlog); err != nil {
		fmt.Fprintln(os.Stderr, "loadprofile:", err)
		os.Exit(1)
	}
}

func run(uri, file string, batch, batches int, plans bool, write int, pidFile, txlog string) error {
	ctx := context.Background()
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var all []*kg.Facts
	for sc.Scan() && len(all) < batch*(batches+write) {
		var fa kg.Facts
		if err := json.Unmarshal(sc.Bytes(), &fa); err != nil {
			return fmt.Errorf("%s: line %d: %v", file, len(all)+1, err)
		}
		all = append(all, &fa)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	st, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
	if err != nil {
		return err
	}
	defer st.Close(ctx)
	times := map[string][]time.Duration{}
	first := map[string]neo4jstore.StatementProfile{}
	var order []string
	var totals []time.Duration
	for i := 0; i+batch <= batch*batches && i+batch <= len(all); i += batch {
		ps, err := st.ProfileWrite(ctx, all[i:i+batch])
		if err != nil {
			return err
		}
		var tot time.Duration
		for _, p := range ps {
			if _, ok := first[p.Name]; !ok {
				first[p.Name] = p
				order = append(order, p.Name)
			}
			times[p.Name] = append(times[p.Name], p.Time)
			tot += p.Time
		}
		totals = append(totals, tot)
	}
	fmt.Printf("%-24s %6s %9s %10s %5s %s\n", "statement", "rows", "median ms", "db hits", "eager", "scans")
	for _, n := range order {
		p := first[n]
		fmt.Printf("%-24s %6d %9.1f %10d %5d %s\n", n, p.Rows, ms(median(times[n])), p.DbHits, p.Eager, strings.Join(p.Scans, ","))
		if plans {
			fmt.Printf("    %s\n", strings.Join(p.Operators, " <- "))
		}
	}
	fmt.Printf("%-24s %6s %9.1f  (median per batch of %d, %d batches)\n", "total", "", ms(median(totals)), batch, len(totals))
	if write == 0 {
		return nil
	}
	// Committed writes: where the wall time of WriteFacts goes.
	var mu sync.Mutex
	parts := map[string]time.Duration{}
	neo4jstore.StatementTimes = func(name string, d time.Duration) {
		mu.Lock()
		switch name {
		case "triage", "commit":
			parts[name] += d
		default:
			parts["statements"] += d
		}
		mu.Unlock()
	}
	defer func() { neo4jstore.StatementTimes = nil }()
	cpu0, log0 := cpuSeconds(pidFile), dirBytes(txlog)
	t0 := time.Now()
	n := 0
	for i := batch * batches; i+batch <= len(all); i += batch {
		if _, err := st.WriteFacts(ctx, all[i:i+batch]); err != nil {
			return err
		}
		n++
	}
	wall := time.Since(t0)
	cpu1, log1 := cpuSeconds(pidFile), dirBytes(txlog)
	if pidFile != "" {
		fmt.Printf("Neo4j CPU: %.0f ms per batch\n", 1000*(cpu1-cpu0)/float64(n))
	}
	if txlog != "" {
		fmt.Printf("transaction log: %.1f MB per batch\n", float64(log1-log0)/1e6/float64(n))
	}
	other := wall - parts["triage"] - parts["statements"] - parts["commit"]
	fmt.Printf("\nWriteFacts, %d batches of %d committed one at a time: %.1f ms per batch\n", n, batch, ms(wall)/float64(n))
	for _, k := range []string{"triage", "statements", "commit"} {
		fmt.Printf("  %-12s %7.1f ms  %4.0f %%\n", k, ms(parts[k])/float64(n), 100*parts[k].Seconds()/wall.Seconds())
	}
	fmt.Printf("  %-12s %7.1f ms  %4.0f %%  (Go: rows, session, begin)\n", "other", ms(other)/float64(n), 100*other.Seconds()/wall.Seconds())
	return nil
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

// cpuSeconds is the user and system CPU time of the process whose pid the
// file holds (0 without one).
func cpuSeconds(pidFile string) float64 {
	if pidFile == "" {
		return 0
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		return 0
	}
	stat, err := os.ReadFile("/proc/" + strings.TrimSpace(string(b)) + "/stat")
	if err != nil {
		return 0
	}
	s := string(stat)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	var ut, st float64
	fmt.Sscan(f[11], &ut)
	fmt.Sscan(f[12], &st)
	return (ut + st) / 100 // USER_HZ
}

// dirBytes is the size of the transaction log files in dir.
func dirBytes(dir string) int64 {
	if dir == "" {
		return 0
	}
	es, _ := os.ReadDir(dir)
	var n int64
	for _, e := range es {
		if strings.HasPrefix(e.Name(), "neostore.transaction.db") {
			if info, err := e.Info(); err == nil {
				n += info.Size()
			}
		}
	}
	return n
}
