package neo4jstore

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// BenchmarkBulk writes the facts of BULK_BENCH_FACTS (JSON Lines of
// kg.Facts, from `tuopin extract --facts`) as import files: the CSV stage
// of `tuopin load --bulk` without extraction, with as many concurrent
// WriteFacts calls as cores. Skipped without the file. It reports the
// time per article of the whole and of Finish (the merge) alone.
// BULK_BENCH_SPLIT_AT=BYTES lowers the size above which Finish splits a
// spill shard into parts (24 MiB, reached at ~200,000 articles), so that
// a small corpus's merge splits its shards as a million articles' does.
//
//	BULK_BENCH_FACTS=facts.jsonl go test ./neo4jstore -run '^$' -bench Bulk -cpuprofile cpu.out
func BenchmarkBulk(b *testing.B) {
	path := os.Getenv("BULK_BENCH_FACTS")
	if path == "" {
		b.Skip("BULK_BENCH_FACTS unset")
	}
	if s := os.Getenv("BULK_BENCH_SPLIT_AT"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			b.Fatal(err)
		}
		old := splitAt
		splitAt = n
		defer func() { splitAt = old }()
	}
	var finish time.Duration
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var all []*kg.Facts
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var x kg.Facts
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			b.Fatal(err)
		}
		all = append(all, &x)
	}
	b.ResetTimer()
	for b.Loop() {
		bulk, err := NewBulk(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		// As tuopin load --bulk calls it: one writer per core.
		next := make(chan []*kg.Facts)
		var wg sync.WaitGroup
		var failed atomic.Value
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for batch := range next {
					if _, err := bulk.WriteFacts(context.Background(), batch); err != nil {
						failed.Store(err)
					}
				}
			}()
		}
		for i := 0; i < len(all); i += 100 { // tuopin load --bulk's batches
			next <- all[i:min(i+100, len(all))]
		}
		close(next)
		wg.Wait()
		if err, _ := failed.Load().(error); err != nil {
			b.Fatal(err)
		}
		t := time.Now()
		files, err := bulk.Finish()
		finish += time.Since(t)
		if err != nil || files.Articles != len(all) {
			b.Fatalf("Finish: %v, %+v", err, files)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*len(all)), "ms/article")
	b.ReportMetric(float64(finish.Microseconds())/1000/float64(b.N*len(all)), "finish-ms/article")
}
