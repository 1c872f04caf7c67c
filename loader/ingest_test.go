package loader_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// fakeExtract keys an article by its content and fails on "BAD".
func fakeExtract(name string, raw []byte) (*kg.Facts, error) {
	text := strings.TrimSpace(string(raw))
	switch {
	case text == "":
		return nil, fmt.Errorf("%s: %w", name, textnorm.ErrEmpty)
	case strings.HasPrefix(text, "BAD"):
		return nil, fmt.Errorf("%s: %w: not text", name, textnorm.ErrBinary)
	case strings.HasPrefix(text, "PANIC"):
		panic("extractor bug")
	}
	return &kg.Facts{
		Article:    kg.Article{ID: kg.HashID(text), File: name},
		Industries: []kg.IndustryFact{{Name: "光伏"}},
	}, nil
}

// recorder is an in-memory kg.Writer.
type recorder struct {
	mu      sync.Mutex
	batches [][]string
	fail    error
}

func (r *recorder) WriteFacts(_ context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return kg.WriteSummary{}, r.fail
	}
	var files []string
	for _, f := range batch {
		files = append(files, f.Article.File)
	}
	r.batches = append(r.batches, files)
	return kg.WriteSummary{Articles: len(batch)}, nil
}

func (r *recorder) Reset(context.Context) error { return nil }

// slowWriter holds each batch for delay and records how many were written
// at once; it reports 3 retries per batch written.
type slowWriter struct {
	delay                time.Duration
	mu                   sync.Mutex
	active, max, batches int
}

func (w *slowWriter) WriteFacts(_ context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	w.mu.Lock()
	w.active++
	w.max = max(w.max, w.active)
	w.mu.Unlock()
	time.Sleep(w.delay)
	w.mu.Lock()
	w.active--
	w.batches++
	w.mu.Unlock()
	return kg.WriteSummary{Articles: len(batch)}, nil
}

func (w *slowWriter) Reset(context.Context) error { return nil }

func (w *slowWriter) WriteRetries() int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return int64(w.batches) * 3
}

const dir = "testdata/ingest"

func TestLoad(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		w := &recorder{}
		var prog bytes.Buffer
		var inputs []int // the Inputs hook's calls: once, with every input found
		rep, err := loader.Load(context.Background(), []string{dir}, fakeExtract, w,
			loader.LoadOptions{Workers: 3, BatchSize: 1, Writers: 1, Progress: &prog, Inputs: func(n int) { inputs = append(inputs, n) }})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(inputs, []int{5}) {
			t.Errorf("Inputs called with %v, want [5]", inputs)
		}
		got := struct {
			Files, Read, Articles, Facts int
			Skipped, Failed              []loader.FileIssue
			Batches                      [][]string
		}{rep.Files, rep.Read, rep.Articles, rep.Facts, rep.Skipped, rep.Failed, w.batches}
		want := struct {
			Files, Read, Articles, Facts int
			Skipped, Failed              []loader.FileIssue
			Batches                      [][]string
		}{
			Files: 5, Read: 3, Articles: 2, Facts: 2,
			Skipped: []loader.FileIssue{
				{File: dir + "/dup.txt", Reason: "same article as " + dir + "/a.txt"},
				{File: dir + "/empty.txt", Reason: "empty"},
			},
			Failed: []loader.FileIssue{
				{File: dir + "/broken.txt", Reason: textnorm.ErrBinary.Error() + ": not text"},
			},
			Batches: [][]string{{dir + "/a.txt"}, {dir + "/sub/b.txt"}},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("report (-want +got):\n%s", diff)
		}
		if !strings.Contains(prog.String(), "load: 5/5 files") {
			t.Fatalf("progress output lacks the final line:\n%s", prog.String())
		}
	})

	t.Run("ConcurrentWriters", func(t *testing.T) {
		w := &slowWriter{delay: 200 * time.Millisecond}
		rep, err := loader.Load(context.Background(), []string{dir, dir + "/sub", dir + "/a.txt"}, fakeExtract, w,
			loader.LoadOptions{Workers: 2, BatchSize: 1, Writers: 3})
		if err != nil {
			t.Fatal(err)
		}
		// Two articles (the other inputs repeat them), one batch each.
		if rep.Writers != 3 || w.batches != 2 || w.max != 2 || rep.Retries != 6 || rep.Stages.Write < 200*time.Millisecond {
			t.Fatalf("writers %d, batches %d, at most %d at once, retries %d, write %s; want 3, 2, 2, 6, ≥ 200ms",
				rep.Writers, w.batches, w.max, rep.Retries, rep.Stages.Write)
		}
	})

	t.Run("WriteShare", func(t *testing.T) {
		// One slow writer, two batches: the second waits for the first,
		// and the load waits for the second at the end; extraction is
		// instant, so the writers bound this load.
		w := &slowWriter{delay: 150 * time.Millisecond}
		rep, err := loader.Load(context.Background(), []string{dir}, fakeExtract, w,
			loader.LoadOptions{Workers: 2, BatchSize: 1, Writers: 1})
		if err != nil {
			t.Fatal(err)
		}
		st := rep.Stages
		if w.batches != 2 || st.WriteWait < 150*time.Millisecond || st.WriteWait > st.Total || st.Write < 300*time.Millisecond {
			t.Fatalf("batches %d, write wait %s, write %s, total %s; want 2, ≥ 150ms and ≤ total, ≥ 300ms",
				w.batches, st.WriteWait, st.Write, st.Total)
		}
		// A dry run waits for no writer.
		rep, err = loader.Load(context.Background(), []string{dir}, fakeExtract, nil, loader.LoadOptions{Workers: 2, BatchSize: 1})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Stages.WriteWait != 0 || rep.Stages.Write != 0 {
			t.Fatalf("dry run: write wait %s, write %s; want 0", rep.Stages.WriteWait, rep.Stages.Write)
		}
	})

	t.Run("SliceRates", func(t *testing.T) {
		dir := t.TempDir()
		for i := range 25 {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprintf("article %d", i)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := loader.Load(context.Background(), []string{dir}, fakeExtract, &slowWriter{delay: time.Millisecond},
			loader.LoadOptions{BatchSize: 2})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.SliceRates) != 10 || slices.ContainsFunc(rep.SliceRates, func(r float64) bool { return !(r > 0) }) {
			t.Fatalf("slice rates %v: want 10 positive rates", rep.SliceRates)
		}
		few, err := loader.Load(context.Background(), []string{dir + "/00.txt"}, fakeExtract, nil, loader.LoadOptions{})
		if err != nil || len(few.SliceRates) != 0 {
			t.Fatalf("one file: slice rates %v, %v; want none", few.SliceRates, err)
		}
	})

	t.Run("DryRunWritesNothing", func(t *testing.T) {
		rep, err := loader.Load(context.Background(), []string{dir + "/a.txt"}, fakeExtract, nil, loader.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !rep.DryRun || rep.Articles != 1 || rep.Skipped == nil || rep.Failed == nil {
			t.Fatalf("report = %+v", rep)
		}
	})

	t.Run("MissingPathIsReported", func(t *testing.T) {
		rep, err := loader.Load(context.Background(), []string{"testdata/nope"}, fakeExtract, nil, loader.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Reason, "no such file") {
			t.Fatalf("failed = %+v", rep.Failed)
		}
	})

	t.Run("PanicInExtractorFailsOneFile", func(t *testing.T) {
		rep, err := loader.Load(context.Background(), []string{"-", dir + "/a.txt"}, fakeExtract, nil,
			loader.LoadOptions{Stdin: strings.NewReader("PANIC")})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Failed) != 1 || rep.Failed[0].File != "-" || rep.Articles != 1 {
			t.Fatalf("report = %+v", rep)
		}
	})

	t.Run("WriteErrorStopsTheLoad", func(t *testing.T) {
		w := &recorder{fail: kg.Errorf(kg.EUNAVAILABLE, "down")}
		rep, err := loader.Load(context.Background(), []string{dir}, fakeExtract, w, loader.LoadOptions{BatchSize: 1})
		if kg.ErrorCode(err) != kg.EUNAVAILABLE || !errors.Is(err, err) || rep.Interrupt == "" {
			t.Fatalf("err = %v, interrupt = %q", err, rep.Interrupt)
		}
	})
}

func TestLoadFacts(t *testing.T) {
	dir := t.TempDir()
	lines := `{"article":{"id":"a1","title":"一","file":"a1.txt"},"industries":[{"name":"光伏"}]}
{"article":{"id":"a2","title":"二","file":"a2.txt"}}
not json
{"article":{"title":"no id"}}
{"article":{"id":"a1","title":"一","file":"a1.txt"}}
`
	path := filepath.Join(dir, "shard.jsonl")
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	w := &recorder{}
	rep, err := loader.LoadFacts(context.Background(), []string{path}, w, loader.LoadOptions{BatchSize: 10, Writers: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := struct {
		Read, Articles, Facts int
		Skipped, Failed       []string
		Batches               [][]string
	}{Read: rep.Read, Articles: rep.Articles, Facts: rep.Facts, Batches: w.batches}
	for _, s := range rep.Skipped {
		got.Skipped = append(got.Skipped, s.File)
	}
	for _, f := range rep.Failed {
		got.Failed = append(got.Failed, f.File)
	}
	want := struct {
		Read, Articles, Facts int
		Skipped, Failed       []string
		Batches               [][]string
	}{Read: 3, Articles: 2, Facts: 1, Skipped: []string{path + ":5"}, Failed: []string{path + ":3", path + ":4"},
		Batches: [][]string{{"a1.txt", "a2.txt"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("LoadFacts (-want +got):\n%s", diff)
	}
}

// pathWriter records each article's Path.
type pathWriter struct {
	mu    sync.Mutex
	paths []string
}

func (w *pathWriter) WriteFacts(_ context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, f := range batch {
		w.paths = append(w.paths, f.Article.Path)
	}
	return kg.WriteSummary{Articles: len(batch)}, nil
}

func (w *pathWriter) Reset(context.Context) error { return nil }

// TestLoadPaths: each article carries the absolute path it was read from,
// so files of one name in two folders are two sources (the store replaces
// an article only by one from the same path); standard input has none.
func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a/news.txt", "b/news.txt"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte("text of "+p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		want  []string
	}{
		{"TwoFolders", []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}, "",
			[]string{filepath.Join(dir, "a", "news.txt"), filepath.Join(dir, "b", "news.txt")}},
		{"Stdin", []string{"-"}, "text from stdin", []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w pathWriter
			_, err := loader.Load(context.Background(), tc.args, fakeExtract, &w,
				loader.LoadOptions{Workers: 1, BatchSize: 1, Stdin: strings.NewReader(tc.stdin)})
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(w.paths)
			if diff := cmp.Diff(tc.want, w.paths); diff != "" {
				t.Errorf("paths (-want +got):\n%s", diff)
			}
		})
	}
}

// countyWriter records, per batch, the subject regions of its articles,
// and how many batches it held at once (each for delay).
type countyWriter struct {
	delay     time.Duration
	mu        sync.Mutex
	batches   [][]string
	active    int
	maxActive int
}

func (w *countyWriter) WriteFacts(_ context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	var codes []string
	for _, f := range batch {
		codes = append(codes, f.Regions[0].Code)
	}
	w.mu.Lock()
	w.active++
	w.maxActive = max(w.maxActive, w.active)
	w.batches = append(w.batches, codes)
	w.mu.Unlock()
	time.Sleep(w.delay)
	w.mu.Lock()
	w.active--
	w.mu.Unlock()
	return kg.WriteSummary{Articles: len(batch)}, nil
}

func (w *countyWriter) Reset(context.Context) error { return nil }

// TestLoadPartitions: full batches hold the articles of one subject
// region (so that concurrent transactions rarely share a county's
// locks), what remains at the end goes in mixed batches of the usual
// size, and an archive of a single county still keeps every writer busy.
func TestLoadPartitions(t *testing.T) {
	tests := []struct {
		name       string
		counties   []string
		perCounty  int
		wantFull   int // batches of BatchSize, each of one county
		wantMixed  int // batches at the end
		wantAtOnce int
	}{
		{"four counties", []string{"410000", "420000", "430000", "440000"}, 12, 8, 2, 2},
		{"one county", []string{"522600"}, 20, 4, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for i := range tt.perCounty {
				for _, c := range tt.counties {
					p := filepath.Join(dir, fmt.Sprintf("%s-%02d.txt", c, i))
					if err := os.WriteFile(p, []byte(c+" article "+strconv.Itoa(i)), 0o644); err != nil {
						t.Fatal(err)
					}
					paths = append(paths, p)
				}
			}
			extract := func(name string, raw []byte) (*kg.Facts, error) {
				text := string(raw)
				code := strings.Fields(text)[0]
				return &kg.Facts{
					Article: kg.Article{ID: kg.HashID(text), File: name},
					Regions: []kg.RegionFact{{Region: kg.Region{Code: code, Level: kg.LevelCounty}, Role: kg.RoleSubject}},
				}, nil
			}
			w := &countyWriter{delay: 20 * time.Millisecond}
			rep, err := loader.Load(context.Background(), paths, extract, w, loader.LoadOptions{Workers: 2, BatchSize: 5, Writers: 2})
			if err != nil {
				t.Fatal(err)
			}
			full, mixed, written := 0, 0, 0
			for _, b := range w.batches {
				written += len(b)
				if len(b) == 5 && len(slices.Compact(slices.Sorted(slices.Values(b)))) == 1 {
					full++
				} else {
					mixed++
				}
			}
			got := []int{rep.Articles, written, full, mixed, w.maxActive}
			want := []int{len(paths), len(paths), tt.wantFull, tt.wantMixed, tt.wantAtOnce}
			if !slices.Equal(got, want) {
				t.Fatalf("articles, written, one-county full batches, others, at once = %v, want %v (batches %v)", got, want, w.batches)
			}
		})
	}
}
