package neo4jstore

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// BenchmarkBulk writes the facts of BULK_BENCH_FACTS (JSON Lines of
// kg.Facts, from `tuopin extract --facts`) as import files: the CSV stage
// of `tuopin load --bulk` without extraction, with as many concurrent
// WriteFacts calls as cores. Skipped without the file.
//
//	BULK_BENCH_FACTS=facts.jsonl go test ./neo4jstore -run '^$' -bench Bulk -cpuprofile cpu.out
func BenchmarkBulk(b *testing.B) {
	path := os.Getenv("BULK_BENCH_FACTS")
	if path == "" {
		b.Skip("BULK_BENCH_FACTS unset")
	}
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
		for i := 0; i < len(all); i += 500 {
			next <- all[i:min(i+500, len(all))]
		}
		close(next)
		wg.Wait()
		if err, _ := failed.Load().(error); err != nil {
			b.Fatal(err)
		}
		files, err := bulk.Finish()
		if err != nil || files.Articles != len(all) {
			b.Fatalf("Finish: %v, %+v", err, files)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*len(all)), "ms/article")
}
