package textnorm

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// seedDir holds the shared sample articles, relative to this package.
const seedDir = "../../../shared/seeds"

// readSeeds returns the seeds by file name, skipping the test without them.
func readSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	m := readSeedsOptional(tb)
	if len(m) == 0 {
		tb.Skipf("no seeds in %s", seedDir)
	}
	return m
}

// readSeedsOptional returns the seeds by file name, or none.
func readSeedsOptional(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	m := make(map[string][]byte)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m[filepath.Base(f)] = raw
	}
	return m
}

func BenchmarkNormalize(b *testing.B) {
	seeds := readSeeds(b)
	getTables()
	var total int64
	for _, raw := range seeds {
		total += int64(len(raw))
	}
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for name, raw := range seeds {
			if _, err := Normalize(name, raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkNormalizeUndamaged(b *testing.B) {
	seeds := readSeeds(b)
	getTables()
	var total int64
	for name, raw := range seeds {
		if _, n := repairPinyin(string(raw), Options{}); n > 0 {
			delete(seeds, name)
			continue
		}
		total += int64(len(raw))
	}
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for name, raw := range seeds {
			if _, err := Normalize(name, raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkRepair(b *testing.B) {
	seeds := readSeeds(b)
	var damaged []string
	var total int64
	for _, raw := range seeds {
		if _, n := repairPinyin(string(raw), Options{}); n > 0 {
			damaged = append(damaged, string(raw))
			total += int64(len(raw))
		}
	}
	if len(damaged) == 0 {
		b.Skip("no damaged seed")
	}
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range damaged {
			repairPinyin(s, Options{})
		}
	}
}

func BenchmarkToSimplified(b *testing.B) {
	seeds := readSeeds(b)
	var all bytes.Buffer
	for _, raw := range seeds {
		all.Write(raw)
	}
	s := all.String()
	getTables()
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		ToSimplified(s)
	}
}

func BenchmarkOpenCCConvert(b *testing.B) {
	seeds := readSeeds(b)
	var all bytes.Buffer
	for _, raw := range seeds {
		all.Write(raw)
	}
	s := all.String()
	cc := getTables().cc
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := cc.Convert(s); err != nil {
			b.Fatal(err)
		}
	}
}
