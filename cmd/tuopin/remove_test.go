package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
)

// TestRemove: `tuopin remove` takes a deleted file's path, a directory or
// nothing that matches; what it leaves is the graph a load of the other
// files alone builds (by digest).
func TestRemove(t *testing.T) {
	uri := neo4jtest.URI(t)
	ctx := context.Background()
	env := map[string]string{"NEO4J_URI": uri, "NEO4J_USER": neo4jtest.User(), "NEO4J_PASSWORD": neo4jtest.Password()}
	corpus := bulkCorpus(t, 6)
	sub := filepath.Join(corpus, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(corpus, "synth_*.txt"))
	if len(names) < 3 {
		t.Fatalf("corpus: %v", names)
	}
	// Two synthetic articles go below sub/, a third is removed by its path.
	for _, n := range names[:2] {
		if err := os.Rename(n, filepath.Join(sub, filepath.Base(n))); err != nil {
			t.Fatal(err)
		}
	}
	single := names[2]
	run := func(args ...string) (string, error) {
		t.Helper()
		m, out, errb := newTestMain(env)
		err := m.Run(ctx, args)
		return out.String() + errb.String(), err
	}

	// The graph of the articles that stay, loaded from where they are.
	neo4jtest.Wipe(t)
	args := []string{"load", "--quiet", "--analyze=false"}
	for _, n := range mustGlob(t, filepath.Join(corpus, "*.txt")) {
		if n != single {
			args = append(args, n)
		}
	}
	if out, err := run(args...); err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
	want := digestAt(t, uri)

	neo4jtest.Wipe(t)
	if out, err := run("load", "--quiet", "--analyze=false", corpus); err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
	out, err := run("remove", "--dry-run", sub)
	if err != nil || !strings.Contains(out, "would remove (dry run): 2 articles") {
		t.Fatalf("dry run: %v\n%s", err, out)
	}
	// The file is gone already, as a retracted article's would be.
	if err := os.Remove(single); err != nil {
		t.Fatal(err)
	}
	out, err = run("remove", sub, single, filepath.Join(corpus, "never-loaded.txt"))
	if kg.ErrorCode(err) != kg.ENOTFOUND || !strings.Contains(out, "removed: 3 articles") || !strings.Contains(out, "not found: "+filepath.Join(corpus, "never-loaded.txt")) {
		t.Fatalf("remove: %v (want %s)\n%s", err, kg.ENOTFOUND, out)
	}
	if got := digestAt(t, uri); got != want {
		t.Fatalf("after remove the graph differs from a load of the other files:\n got %+v\nwant %+v", got, want)
	}
	if _, err := run("remove"); kg.ErrorCode(err) != kg.EINVALID {
		t.Fatalf("remove without arguments: %v, want %s", err, kg.EINVALID)
	}
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
