package loader

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/tuopin/tuopin/loader/textnorm"
)

// seedDocs normalises the seed articles once for the benchmarks.
func seedDocs(b *testing.B) ([]*textnorm.Doc, int64) {
	b.Helper()
	shared := sharedDir()
	if shared == "" {
		b.Skip("shared/ not found beside the repository")
	}
	names, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	sort.Strings(names)
	var docs []*textnorm.Doc
	var n int64
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		d, err := textnorm.Normalize(name, raw)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(d.Text))
	}
	return docs, n
}

// BenchmarkExtract measures Extract over the normalised seed text; compare its
// MB/s with BenchmarkGsePos, gse's own tagging of the same sentences.
func BenchmarkExtract(b *testing.B) {
	x := testExtractor(b)
	docs, n := seedDocs(b)
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d, "seed.txt")
		}
	}
}

// BenchmarkGsePos runs gse's Pos (dictionary shortest path with tags) over
// every sentence of the same text: the reference speed of a segmenter pass.
func BenchmarkGsePos(b *testing.B) {
	x := testExtractor(b)
	docs, n := seedDocs(b)
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			for _, s := range d.Sentences {
				_ = x.seg.seg.Pos(s.Text, false)
			}
		}
	}
}

// BenchmarkNewExtractor measures building an Extractor (dictionary load).
func BenchmarkNewExtractor(b *testing.B) {
	for b.Loop() {
		if _, err := NewExtractor(); err != nil {
			b.Fatal(err)
		}
	}
}
