package loader_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
)

// TestReadInputs: outcomes come in input order whatever the workers do; an
// input over the bound is an EINVALID error naming it; a panic is that
// input's error; a named pipe is skipped, never opened for reading.
func TestReadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var files []string
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		files = append(files, write(n+".txt", strings.Repeat(n, 10)))
	}
	big := write("big.txt", strings.Repeat("x", 101))
	boom := write("boom.txt", "PANIC")
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	files = append(files, big, boom, fifo, "-")

	type got struct {
		Index       int
		Name, Value string
		Code        string
		Skipped     bool
	}
	var out []got
	n := loader.ReadInputs(context.Background(), files, loader.ReadOptions{Workers: 3, MaxBytes: 100, Stdin: strings.NewReader("from stdin")},
		func(name string, raw []byte) (string, error) {
			if string(raw) == "PANIC" {
				panic("bug")
			}
			return string(raw[:1]), nil
		}, func(in loader.Input[string]) {
			g := got{Index: in.Index, Name: in.Name, Value: in.Value, Skipped: in.Skipped()}
			if in.Err != nil {
				g.Code = kg.ErrorCode(in.Err)
			}
			out = append(out, g)
		})
	var want []got
	for i, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		want = append(want, got{Index: i, Name: files[i], Value: n})
	}
	want = append(want,
		got{Index: 8, Name: big, Code: kg.EINVALID},
		got{Index: 9, Name: boom, Code: kg.EINTERNAL},
		got{Index: 10, Name: fifo, Code: kg.EINTERNAL, Skipped: true},
		got{Index: 11, Name: "stdin", Value: "f"},
	)
	if diff := cmp.Diff(want, out); diff != "" {
		t.Fatalf("outcomes (-want +got):\n%s", diff)
	}
	if n != len(files) {
		t.Errorf("delivered %d, want %d", n, len(files))
	}
	_, err := loader.ReadInput(big, 100, nil)
	if got, want := kg.ErrorMessage(err), big+": file is 101 bytes, over the 100-byte limit"; got != want {
		t.Errorf("ReadInput(big) = %q, want %q", got, want)
	}
}

// TestReadInputsCancelled: once ctx is done nothing more is delivered.
func TestReadInputsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	files := []string{"testdata/none-1", "testdata/none-2", "testdata/none-3"}
	var names []string
	n := loader.ReadInputs(ctx, files, loader.ReadOptions{Workers: 1}, func(string, []byte) (int, error) { return 0, nil },
		func(in loader.Input[int]) {
			names = append(names, in.Name)
			cancel()
		})
	if n != 1 || len(names) != 1 || names[0] != files[0] {
		t.Fatalf("delivered %d %v after cancelling at the first, want just it", n, names)
	}
}

// TestIngestArticle: the title becomes the first line, the facts go to the
// writer in one batch, and bad text is EINVALID before anything is written.
func TestIngestArticle(t *testing.T) {
	var w recorder
	a, err := loader.IngestArticle(context.Background(), fakeExtract, &w, "标题", "正文")
	if err != nil {
		t.Fatal(err)
	}
	want := kg.HashID("标题\n正文")
	if a.ID != want || a.File != "ingest:"+want {
		t.Errorf("article = %+v, want id %s, file ingest:%s", a, want, want)
	}
	// A second text gets a file of its own, so the writer does not take it
	// for a new version of the first and withdraw that one.
	b, err := loader.IngestArticle(context.Background(), fakeExtract, &w, "", "另一篇")
	if err != nil {
		t.Fatal(err)
	}
	if b.File != "ingest:"+kg.HashID("另一篇") || b.File == a.File {
		t.Errorf("second article's file = %q, want its own (first %q)", b.File, a.File)
	}
	if diff := cmp.Diff([][]string{{"ingest:" + want}, {b.File}}, w.batches); diff != "" {
		t.Errorf("batches (-want +got):\n%s", diff)
	}
	for _, tc := range []struct{ name, text string }{
		{"Empty", ""},
		{"Binary", "BAD"},
		{"TooLong", strings.Repeat("x", loader.DefaultMaxBytes+1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w recorder
			_, err := loader.IngestArticle(context.Background(), fakeExtract, &w, "", tc.text)
			if kg.ErrorCode(err) != kg.EINVALID || len(w.batches) != 0 {
				t.Errorf("err = %v (%s), %d batches written; want EINVALID, none", err, kg.ErrorCode(err), len(w.batches))
			}
		})
	}
}

// TestExpandPaths: the compact list holds the same paths in the same order
// as sorting every full path of a directory argument (a directory "a"
// sorts after a file "a-b", as "a/" does), arguments in the order given,
// hidden entries skipped, a link to a directory skipped by name.
func TestExpandPaths(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a/x.txt", "a/y/z.txt", "a-b.txt", "a.txt", "b/你好.txt", "b/你们.txt", ".hidden/h.txt", "c/.h.txt", "c/d.txt", "z.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "c", "link")); err != nil {
		t.Fatal(err)
	}
	single := filepath.Join(dir, "one")
	if err := os.MkdirAll(single, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(single, "only.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{dir + "/", filepath.Join(dir, "z.txt"), "-", filepath.Join(dir, "c"), single, filepath.Join(dir, "missing")}
	list, skipped, failed := loader.ExpandPaths(args)
	var got []string
	for i := range list.Len() {
		got = append(got, list.At(i))
	}
	j := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, n))
		}
		return out
	}
	var want []string
	want = append(want, j("a-b.txt", "a.txt", "a/x.txt", "a/y/z.txt", "b/你们.txt", "b/你好.txt", "c/d.txt", "one/only.txt", "z.txt")...)
	want = append(want, j("z.txt")...)
	want = append(want, "-")
	want = append(want, j("c/d.txt", "one/only.txt")...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	files, _, _ := loader.ExpandInputs(args)
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("ExpandInputs (-want +got):\n%s", diff)
	}
	wantSkipped := []loader.FileIssue{
		{File: filepath.Join(dir, "c", "link"), Reason: "symbolic link to a directory, not followed"},
		{File: filepath.Join(dir, "c", "link"), Reason: "symbolic link to a directory, not followed"},
	}
	if diff := cmp.Diff(wantSkipped, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	if len(failed) != 1 || failed[0].File != filepath.Join(dir, "missing") {
		t.Errorf("failed = %v, want just %s", failed, filepath.Join(dir, "missing"))
	}
}
