package neo4jstore_test

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
)

// bulkLines writes batches into a new Bulk, with writers goroutines at once,
// and returns each import file's lines (by its name without .gz), header
// first, the rest sorted.
func bulkLines(t *testing.T, batches [][]*kg.Facts, writers int) (map[string][]string, *neo4jstore.BulkFiles) {
	t.Helper()
	return bulkLinesIn(t, filepath.Join(t.TempDir(), "csv"), batches, writers)
}

// gunzip reads a whole gzip file (all its members).
func gunzip(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(data)
}

func bulkLinesIn(t *testing.T, dir string, batches [][]*kg.Facts, writers int) (map[string][]string, *neo4jstore.BulkFiles) {
	t.Helper()
	b, err := neo4jstore.NewBulk(dir)
	if err != nil {
		t.Fatal(err)
	}
	next := make(chan []*kg.Facts)
	errs := make(chan error, len(batches))
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range next {
				if _, err := b.WriteFacts(context.Background(), batch); err != nil {
					errs <- err
				}
			}
		}()
	}
	for _, batch := range batches {
		next <- batch
	}
	close(next)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	files, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, name := range append(slices.Clone(files.Nodes), files.Relationships...) {
		if !strings.HasSuffix(name, ".csv.gz") {
			t.Fatalf("import file %s: want a .csv.gz", name)
		}
		data := gunzip(t, filepath.Join(files.Dir, name))
		lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
		slices.Sort(lines[1:])
		out[strings.TrimSuffix(name, ".gz")] = lines
	}
	if _, err := os.Stat(filepath.Join(files.Dir, "spill")); !os.IsNotExist(err) {
		t.Errorf("spill directory left behind: %v", err)
	}
	return out, files
}

// articleBatches returns n batches of five articles with ids prefix000,
// prefix001 …, each developing one of products in turn.
func articleBatches(prefix string, n int, products []string) [][]*kg.Facts {
	var batches [][]*kg.Facts
	for i := range n {
		var batch []*kg.Facts
		for j := range 5 {
			id := fmt.Sprintf("%s%03d", prefix, i*5+j)
			batch = append(batch, article(id, id+".txt", products[(i*5+j)%len(products)]))
		}
		batches = append(batches, batch)
	}
	return batches
}

// TestBulkConcurrent: Bulk written by eight goroutines at once (rows encoded
// outside any lock, shards merged in parallel) writes the same rows as one
// writer, the rows of a popular fact merged into one with its full support.
func TestBulkConcurrent(t *testing.T) {
	batches := articleBatches("a", 40, []string{"水稻", "茶叶", "花椒"})
	one, files := bulkLines(t, batches, 1)
	many, _ := bulkLines(t, batches, 8)
	if files.Articles != 200 || len(one["articles.csv"]) != 201 {
		t.Fatalf("articles: %d in the report, %d lines in articles.csv, want 200 and 201", files.Articles, len(one["articles.csv"]))
	}
	for name, lines := range one {
		if !slices.Equal(lines, many[name]) {
			t.Errorf("%s differs between one writer and eight:\none:   %q\neight: %q", name, lines, many[name])
		}
	}
	if len(many) != len(one) {
		t.Errorf("eight writers wrote %d files, one writer %d", len(many), len(one))
	}
	// 200 articles say 延寿县 develops 光伏: one row, support 200, 20 evidence strings.
	var pv []string
	for _, l := range one["develops.csv"][1:] {
		if strings.Contains(l, `"光伏"`) {
			pv = append(pv, l)
		}
	}
	if len(pv) != 1 || !strings.Contains(pv[0], `"DEVELOPS",200,`) || strings.Count(pv[0], "\x1f") != 19+0 {
		t.Errorf("DEVELOPS 光伏 rows: %q, want one with support 200 and 20 evidence strings", pv)
	}
}

// TestImportArgs: the importer's arguments put the database first, drop
// relationship rows whose ends no article made a node of (as the
// incremental writer's MATCH does) and list every file under dir.
func TestImportArgs(t *testing.T) {
	f := &neo4jstore.BulkFiles{Nodes: []string{"articles.csv", "regions.csv"}, Relationships: []string{"part_of.csv"}, Multiline: true}
	got := f.ImportArgs("/x", "neo4j")
	want := []string{"neo4j", "--array-delimiter=U+001F", "--overwrite-destination=true", "--skip-bad-relationships=true",
		"--bad-tolerance=1000000000", "--multiline-fields=true", "--nodes=/x/articles.csv", "--nodes=/x/regions.csv",
		"--relationships=/x/part_of.csv"}
	if !slices.Equal(got, want) {
		t.Errorf("ImportArgs:\n got %q\nwant %q", got, want)
	}
}

// TestBulkSplit: shards split before their merge (as at a million articles,
// here forced by a limit of 2 KB) give the same import files as shards
// merged whole.
func TestBulkSplit(t *testing.T) {
	batches := articleBatches("s", 30, []string{"水稻", "茶叶", "花椒", "光伏"})
	whole, _ := bulkLines(t, batches, 2)
	restore := neo4jstore.SetSplitAtForTest(2 << 10)
	defer restore()
	split, _ := bulkLines(t, batches, 2)
	if len(whole) != len(split) || len(whole["develops.csv"]) < 2 {
		t.Fatalf("whole wrote %d files (%d develops lines), split %d", len(whole), len(whole["develops.csv"]), len(split))
	}
	for name, lines := range whole {
		if !slices.Equal(lines, split[name]) {
			t.Errorf("%s differs when shards are split:\nwhole: %q\nsplit: %q", name, lines, split[name])
		}
	}
}
