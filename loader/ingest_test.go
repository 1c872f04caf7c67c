package loader_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

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

const dir = "testdata/ingest"

func TestLoad(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		w := &recorder{}
		var prog bytes.Buffer
		rep, err := loader.Load(context.Background(), []string{dir}, fakeExtract, w,
			loader.LoadOptions{Workers: 3, BatchSize: 1, Progress: &prog})
		if err != nil {
			t.Fatal(err)
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
