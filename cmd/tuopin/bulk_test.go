package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/synth"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// bulkCorpus writes the seed articles and n synthetic ones into a new
// directory.
func bulkCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	seeds, err := filepath.Glob("../../examples/articles/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seed articles: %v", err)
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g := synth.New(7, 0.3)
	for i := range n {
		name, body := g.Article(i)
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func digestAt(t *testing.T, uri string) neo4jstoretest.GraphDigest {
	t.Helper()
	d, err := neo4jstoretest.Digest(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func linesAt(t *testing.T, uri string) []string {
	t.Helper()
	l, err := neo4jstoretest.DigestLines(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestBulkDigest: `tuopin load --bulk` into the embedded Neo4j builds the
// same graph, by Digest, as an incremental load of the same files; it
// refuses a non-empty database without --replace; --bulk-out writes the
// files and the command without touching Neo4j.
func TestBulkDigest(t *testing.T) {
	uri := neo4jtest.URI(t) // where the Neo4j tests run: Java and Maven are there
	neo4jtest.Wipe(t)
	ctx := context.Background()
	corpus := bulkCorpus(t, 150)

	// Incremental, two writers.
	m, out, errb := newTestMain(map[string]string{"NEO4J_URI": uri, "NEO4J_USER": neo4jtest.User(), "NEO4J_PASSWORD": neo4jtest.Password()})
	if err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", "--writers", "2", "--batch", "20", corpus}); err != nil {
		t.Fatalf("incremental load: %v\n%s%s", err, out, errb)
	}
	want := digestAt(t, uri)
	if want.Nodes < 1000 || want.Relationships < 3000 {
		t.Fatalf("incremental graph too small to compare: %+v", want)
	}

	// Bulk, into a Neo4j of its own managed by scripts/neo4j.sh.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	home := t.TempDir()
	env := map[string]string{
		"NEO4J_PORT": strconv.Itoa(port), "NEO4J_HOME_DIR": filepath.Join(home, "home"), "NEO4J_RUN_DIR": filepath.Join(home, "run"),
		"NEO4J_HEAP": "512m", "NEO4J_IMPORT_HEAP": "512m", "NEO4J_IMPORT_MEMORY": "512m",
	}
	script, _ := filepath.Abs("../../scripts/neo4j.sh")
	bo := bulkOptions{script: script}
	m, out, errb = newTestMain(env)
	own := m // stops this test's Neo4j, and only it
	t.Cleanup(func() { own.script(context.Background(), bo, os.Stderr, "stop") })
	if err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", "--bulk", "--neo4j-script", script, corpus}); err != nil {
		t.Fatalf("bulk load: %v\n%s%s", err, out, errb)
	}
	if !strings.Contains(out.String(), "bulk: ") {
		t.Errorf("bulk report lacks its phases:\n%s", out)
	}
	if !strings.Contains(out.String(), "nodes +"+strconv.FormatInt(want.Nodes, 10)+" ") ||
		!strings.Contains(out.String(), "relationships +"+strconv.FormatInt(want.Relationships, 10)+" ") {
		t.Errorf("bulk report does not count the imported graph (%d nodes, %d relationships):\n%s", want.Nodes, want.Relationships, out)
	}
	bulkURI := "bolt://127.0.0.1:" + strconv.Itoa(port)
	if got := digestAt(t, bulkURI); got != want {
		a, b := linesAt(t, uri), linesAt(t, bulkURI)
		var diff []string
		for i := 0; i < len(a) && len(diff) < 10; i++ {
			if i >= len(b) || a[i] != b[i] {
				diff = append(diff, "incremental "+a[i])
				if i < len(b) {
					diff = append(diff, "bulk        "+b[i])
				}
			}
		}
		t.Fatalf("bulk graph differs from the incremental one:\n got %+v\nwant %+v\nfirst differences:\n%s", got, want, strings.Join(diff, "\n"))
	}

	// Not empty any more: refused without --replace.
	m, out, errb = newTestMain(env)
	err = m.Run(ctx, []string{"load", "--quiet", "--analyze=false", "--bulk", "--neo4j-script", script, corpus})
	if kg.ErrorCode(err) != kg.ECONFLICT || !strings.Contains(err.Error(), "--replace") {
		t.Fatalf("bulk into a non-empty database: %v, want %s naming --replace", err, kg.ECONFLICT)
	}

	// A load of the same files afterwards changes nothing.
	m, out, errb = newTestMain(map[string]string{"NEO4J_URI": bulkURI})
	if err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", corpus}); err != nil {
		t.Fatalf("incremental load after bulk: %v\n%s%s", err, out, errb)
	}
	if got := digestAt(t, bulkURI); got != want {
		t.Fatalf("reloading after the bulk load changed the graph")
	}

	// --bulk-out: files and the command, nothing else.
	dir := filepath.Join(t.TempDir(), "csv")
	m, out, errb = newTestMain(nil)
	if err := m.Run(ctx, []string{"load", "--quiet", "--bulk-out", dir, corpus}); err != nil {
		t.Fatalf("--bulk-out: %v\n%s", err, errb)
	}
	if !strings.Contains(out.String(), "neo4j-admin database import full neo4j --array-delimiter=U+001F") {
		t.Fatalf("--bulk-out does not print the importer's command:\n%s", out)
	}
	for _, f := range []string{"articles.csv.gz", "develops.csv.gz", "mentions_region.csv.gz", "import.args"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("--bulk-out: %v", err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "spill")); !os.IsNotExist(err) {
		t.Errorf("--bulk-out left its spill files: %v", err)
	}
}

// TestLoadFacts: facts extracted elsewhere (`tuopin extract --facts`) and
// loaded with `tuopin load --facts` make the graph that loading the
// articles makes.
func TestLoadFacts(t *testing.T) {
	uri := neo4jtest.URI(t)
	neo4jtest.Wipe(t)
	ctx := context.Background()
	corpus := bulkCorpus(t, 40)
	env := map[string]string{"NEO4J_URI": uri, "NEO4J_USER": neo4jtest.User(), "NEO4J_PASSWORD": neo4jtest.Password()}
	m, out, errb := newTestMain(env)
	if err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", corpus}); err != nil {
		t.Fatalf("load: %v\n%s%s", err, out, errb)
	}
	want := digestAt(t, uri)
	neo4jtest.Wipe(t)

	m, out, errb = newTestMain(nil)
	if err := m.Run(ctx, []string{"extract", "--facts", corpus}); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb)
	}
	jsonl := filepath.Join(t.TempDir(), "shard.jsonl")
	if err := os.WriteFile(jsonl, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	m, out, errb = newTestMain(env)
	if err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", "--facts", jsonl, jsonl}); err != nil {
		t.Fatalf("load --facts: %v\n%s%s", err, out, errb)
	}
	if !strings.Contains(out.String(), "45 articles") || !strings.Contains(out.String(), "skipped: 45") {
		t.Errorf("load --facts report: want 45 articles and the second copy skipped:\n%s", out)
	}
	if got := digestAt(t, uri); got != want {
		t.Fatalf("load --facts made another graph:\n got %+v\nwant %+v", got, want)
	}
}
