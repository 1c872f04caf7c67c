package loader_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
)

// hostileCorpus copies testdata/hostile into a temporary directory and adds
// what git cannot hold. It returns the directory.
func hostileCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ents, err := os.ReadDir("testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() == "README.md" {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata/hostile", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, e.Name()), b)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	symlink(t, "/dev/zero", filepath.Join(dir, "zero.txt"))
	symlink(t, "/dev/null", filepath.Join(dir, "null.txt"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	symlink(t, filepath.Join(dir, "sub"), filepath.Join(dir, "dir-link.txt"))
	symlink(t, filepath.Join(dir, "escape-codes.txt"), filepath.Join(dir, "file-link.txt"))
	symlink(t, filepath.Join(dir, "missing"), filepath.Join(dir, "dangling.txt"))
	write(t, filepath.Join(dir, "name-\x1b[2J-\a.txt"), []byte("迭部县发展食用菌。"))
	write(t, filepath.Join(dir, "no-punctuation.txt"), []byte(strings.Repeat("延寿县发展食用菌产业光伏扶贫", 25_000))) // 1 MB
	// A sparse file claiming 8 GiB: refused by its size, never read.
	f, err := os.Create(filepath.Join(dir, "sparse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(8 << 30); err != nil {
		t.Skipf("no sparse files here: %v", err)
	}
	f.Close()
	return dir
}

func write(t *testing.T, name string, b []byte) {
	t.Helper()
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// hostileFiles says what becomes of each file: read (extracted or found
// empty), skipped, or failed, with a word the reason must contain.
var hostileFiles = []struct {
	file, outcome, reason string
}{
	{"binary.bin", "failed", "binary"},
	{"nul-bytes.txt", "any", ""},
	{"escape-codes.txt", "failed", "binary"},
	{"broken-gbk.txt", "any", ""},
	{"utf16-odd.txt", "any", ""},
	{"nested-tags.html", "read", ""},
	{"only-punctuation.txt", "any", ""},
	{"bom-only.txt", "skipped", "empty"},
	{"long-clauses.txt", "read", ""},
	{"mojibake-flood.txt", "any", ""},
	{"fifo.txt", "skipped", "named pipe"},
	{"zero.txt", "skipped", "device"},
	{"null.txt", "skipped", "device"},
	{"dir-link.txt", "skipped", "directory"},
	{"file-link.txt", "any", ""},
	{"dangling.txt", "failed", "no such file"},
	{"name-\x1b[2J-\a.txt", "any", ""},
	{"no-punctuation.txt", "read", ""},
	{"sparse.txt", "failed", "over the"},
}

func TestHostileFiles(t *testing.T) {
	x, err := loader.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	dir := hostileCorpus(t)
	var facts []*kg.Facts
	extract := func(name string, raw []byte) (*kg.Facts, error) {
		f, err := x.ExtractBytes(name, raw)
		if err == nil {
			facts = append(facts, f)
		}
		return f, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := time.Now()
	rep, err := loader.Load(ctx, []string{dir}, extract, nil, loader.LoadOptions{Workers: 1, MaxBytes: 4 << 20})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	t.Logf("hostile corpus loaded in %v", time.Since(start).Round(time.Millisecond))
	outcome := map[string][2]string{}
	for _, s := range rep.Skipped {
		outcome[filepath.Base(s.File)] = [2]string{"skipped", s.Reason}
	}
	for _, s := range rep.Failed {
		outcome[filepath.Base(s.File)] = [2]string{"failed", s.Reason}
	}
	for _, tc := range hostileFiles {
		t.Run(tc.file, func(t *testing.T) {
			got, ok := outcome[tc.file]
			if !ok {
				got[0] = "read"
			}
			if tc.outcome != "any" && got[0] != tc.outcome {
				t.Fatalf("%s (%s), want %s", got[0], got[1], tc.outcome)
			}
			if !strings.Contains(got[1], tc.reason) {
				t.Errorf("reason %q lacks %q", got[1], tc.reason)
			}
		})
	}
	if want := len(hostileFiles); rep.Files != want {
		t.Errorf("report counts %d files, want %d (every hostile file named)", rep.Files, want)
	}
	for _, f := range facts {
		for _, ev := range allEvidence(f) {
			if n := len([]rune(ev.Sentence)); n > 400 {
				t.Errorf("%s: evidence sentence of %d runes", f.Article.File, n)
			}
		}
	}
}

// allEvidence lists the evidence of every fact.
func allEvidence(f *kg.Facts) []kg.Evidence {
	var out []kg.Evidence
	for _, o := range f.Officials {
		out = append(out, o.Evidence...)
	}
	for _, p := range f.Programs {
		out = append(out, p.Evidence...)
	}
	for _, i := range f.Industries {
		out = append(out, i.Evidence...)
	}
	return out
}

func TestReadInputBounds(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	write(t, big, []byte(strings.Repeat("x", 1000)))
	t.Run("FileOverLimit", func(t *testing.T) {
		_, err := loader.ReadInput(big, 999, nil)
		if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), big) {
			t.Fatalf("err = %v, want EINVALID naming the file", err)
		}
	})
	t.Run("FileAtLimit", func(t *testing.T) {
		if b, err := loader.ReadInput(big, 1000, nil); err != nil || len(b) != 1000 {
			t.Fatalf("%d bytes, err %v", len(b), err)
		}
	})
	t.Run("StdinOverLimit", func(t *testing.T) {
		_, err := loader.ReadInput("-", 999, strings.NewReader(strings.Repeat("x", 1000)))
		if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "stdin") {
			t.Fatalf("err = %v, want EINVALID naming stdin", err)
		}
	})
	t.Run("Device", func(t *testing.T) {
		_, err := loader.ReadInput("/dev/zero", 1<<20, nil)
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Fatalf("err = %v", err)
		}
	})
}

// blockingReader never returns, like a terminal nobody types into.
type blockingReader struct{ done chan struct{} }

func (b blockingReader) Read([]byte) (int, error) { <-b.done; return 0, io.EOF }

func TestLoadStopsOnCancel(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	ctx, cancel := context.WithCancel(context.Background())
	w := &recorder{}
	var rep *loader.Report
	var err error
	finished := make(chan struct{})
	go func() {
		rep, err = loader.Load(ctx, []string{dir, "-", dir}, fakeExtract, w,
			loader.LoadOptions{Workers: 2, BatchSize: 1, Stdin: blockingReader{done}})
		close(finished)
	}()
	// The files before "-" are written one batch each; then the load waits
	// on standard input.
	deadline := time.Now().Add(10 * time.Second)
	for {
		w.mu.Lock()
		n := len(w.batches)
		w.mu.Unlock()
		if n >= 1 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	start := time.Now()
	select {
	case <-finished:
	case <-time.After(5 * time.Second):
		t.Fatal("the load did not stop within 5 s of cancellation")
	}
	t.Logf("stopped %v after cancellation", time.Since(start))
	if err == nil || rep.Interrupt == "" {
		t.Fatalf("err = %v, interrupt = %q", err, rep.Interrupt)
	}
	if len(w.batches) == 0 {
		t.Fatal("nothing was written before the cancellation")
	}
}
