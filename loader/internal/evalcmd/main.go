// Command evalcmd extracts facts from article files and prints them in the
// eval shape of shared/eval, one JSON object per line, like `tuopin extract`.
// It is the extractor's own harness: it needs neither Neo4j nor the rest of
// the binary, and with -stats it reports the dictionary load time and the
// process's peak memory on stderr.
//
//	go run ./loader/internal/evalcmd [-stats] FILE|DIR ...
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tuopin/tuopin/loader"
)

func main() {
	stats := flag.Bool("stats", false, "report load time, extraction time and peak RSS on stderr")
	flag.Parse()
	t0 := time.Now()
	x, err := loader.NewExtractor()
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalcmd:", err)
		os.Exit(1)
	}
	load := time.Since(t0)
	var files []string
	for _, a := range flag.Args() {
		filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
	}
	slices.Sort(files)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	t1 := time.Now()
	var bytes int
	failed := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalcmd:", err)
			failed++
			continue
		}
		bytes += len(raw)
		facts, err := x.ExtractBytes(f, raw)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalcmd:", err)
			failed++
			continue
		}
		if err := enc.Encode(loader.ToEval(facts)); err != nil {
			fmt.Fprintln(os.Stderr, "evalcmd:", err)
			os.Exit(1)
		}
	}
	if *stats {
		fmt.Fprintf(os.Stderr, "load %v, extract %d files (%d bytes) in %v, peak RSS %s\n",
			load.Round(time.Millisecond), len(files), bytes, time.Since(t1).Round(time.Millisecond), peakRSS())
	}
	if failed > 0 {
		w.Flush()
		os.Exit(1)
	}
}

// peakRSS reads the process's high-water resident set size (Linux).
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
