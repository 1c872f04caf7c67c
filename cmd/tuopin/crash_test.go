package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// instance is a private Neo4j for a test that kills its server.
type instance struct {
	t      *testing.T
	port   int
	env    []string
	script string
}

func startInstance(t *testing.T) *instance {
	t.Helper()
	script, err := filepath.Abs("../../scripts/neo4j.sh")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := &instance{t: t, port: freePort(t), script: script}
	in.env = append(os.Environ(),
		"NEO4J_PORT="+strconv.Itoa(in.port),
		"NEO4J_HOME_DIR="+filepath.Join(dir, "home"),
		"NEO4J_RUN_DIR="+filepath.Join(dir, "run"),
	)
	in.run("start")
	t.Cleanup(func() { in.run("stop") })
	return in
}

func (in *instance) uri() string { return fmt.Sprintf("bolt://127.0.0.1:%d", in.port) }

func (in *instance) run(args ...string) {
	in.t.Helper()
	cmd := exec.Command(in.script, args...)
	cmd.Env = in.env
	if out, err := cmd.CombinedOutput(); err != nil {
		in.t.Fatalf("neo4j.sh %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// kill stops the JVM with SIGKILL: no shutdown hook, recovery on next start.
func (in *instance) kill() {
	in.t.Helper()
	var runDir string
	for _, e := range in.env {
		if v, ok := strings.CutPrefix(e, "NEO4J_RUN_DIR="); ok {
			runDir = v
		}
	}
	b, err := os.ReadFile(filepath.Join(runDir, "neo4j.pid"))
	if err != nil {
		in.t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		in.t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		in.t.Fatal(err)
	}
	for i := 0; i < 100 && syscall.Kill(pid, 0) == nil; i++ {
		time.Sleep(100 * time.Millisecond)
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func digest(t *testing.T, uri string) neo4jstoretest.GraphDigest {
	t.Helper()
	d, err := neo4jstoretest.Digest(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLoadSurvivesNeo4jCrash kills Neo4j in the middle of a load, restarts
// it, reruns the same load and expects exactly the graph of a clean load;
// loading once more changes nothing.
func TestLoadSurvivesNeo4jCrash(t *testing.T) {
	neo4jtest.URI(t) // runs only where the Neo4j tests run
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("no java: cannot start a private Neo4j")
	}
	corpus := t.TempDir()
	m, _, errb := newTestMain(nil)
	if err := m.Run(context.Background(), []string{"synth", "--articles", "240", "--out", corpus}); err != nil {
		t.Fatalf("synth: %v\n%s", err, errb.String())
	}
	in := startInstance(t)
	env := map[string]string{"NEO4J_URI": in.uri()}
	load := func(ctx context.Context) error {
		m, _, errb := newTestMain(env)
		// Without the analysis: its results depend on Neo4j's internal ids
		// and its meta node on the time, which a clean load does not share.
		err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", "--batch", "10", "--neo4j-connect-timeout", "3s", corpus})
		if err != nil {
			t.Logf("load: %v\n%s", err, errb.String())
		}
		return err
	}

	if err := load(context.Background()); err != nil {
		t.Fatal(err)
	}
	clean := digest(t, in.uri())
	if clean.Nodes < 240 {
		t.Fatalf("clean load made only %d nodes (want one per article at least)", clean.Nodes)
	}
	m2, _, _ := newTestMain(env)
	if err := m2.Run(context.Background(), []string{"reset", "--yes"}); err != nil {
		t.Fatal(err)
	}

	// Kill Neo4j once some batches are committed.
	done := make(chan error, 1)
	go func() { done <- load(context.Background()) }()
	ctx := context.Background()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		n, err := neo4jstoretest.CountArticles(ctx, in.uri())
		if err == nil && n >= 40 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the load never got going")
		}
		time.Sleep(20 * time.Millisecond)
	}
	in.kill()
	if err := <-done; err == nil {
		t.Fatal("load succeeded although Neo4j was killed")
	}

	in.run("start")
	if err := load(context.Background()); err != nil {
		t.Fatalf("rerun after crash: %v", err)
	}
	if got := digest(t, in.uri()); got != clean {
		t.Fatalf("after crash and rerun: %+v, clean load: %+v", got, clean)
	}
	if err := load(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := digest(t, in.uri()); got != clean {
		t.Fatalf("loading again changed the graph: %+v, want %+v", got, clean)
	}
}
