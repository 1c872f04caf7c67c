package graph_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/tuopin/tuopin/graph"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// chromium is the browser of the explorer's test: $TUOPIN_CHROMIUM, or
// Debian's chromium (.ci/run installs it, with fonts-noto-cjk).
func chromium() string {
	for _, p := range []string{os.Getenv("TUOPIN_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	return ""
}

// TestExplorerInChromium drives the explorer (/explore) in headless
// Chromium (web/e2e/explore.mjs, playwright-core) against a server over the
// seed graph in Neo4j: search 延寿 → 张洪岐 with evidence, the neighbourhood
// graph (expanded by a click), a deep link reloaded, a path 张洪岐 → 光伏, the
// map coloured by a statistic and with 迭部县 coloured and an arc from 河东区,
// the analytics panel, an error with its code, and a page of another
// (allowed) origin querying the API. Screenshots and first-paint times go
// to web/artifacts/browser (git-ignored).
func TestExplorerInChromium(t *testing.T) {
	require := os.Getenv("TUOPIN_REQUIRE_BROWSER") != ""
	skip := func(why string) {
		if require {
			t.Fatal(why + ", but TUOPIN_REQUIRE_BROWSER is set")
		}
		t.Skip(why)
	}
	browser := chromium()
	if browser == "" {
		skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		skip("node is not installed")
	}
	_, file, _, _ := runtime.Caller(0)
	webDir, _ := filepath.Abs(filepath.Join(filepath.Dir(file), "..", "web"))
	if _, err := os.Stat(filepath.Join(webDir, "node_modules", "playwright-core")); err != nil {
		skip("playwright-core is not installed: run npm ci in web")
	}
	s := loadSeeds(t)
	// A page of another origin, which the API allows (CORS).
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<!doctype html><title>another origin</title>"))
	}))
	defer other.Close()
	srv := httptest.NewServer(graph.NewHandler(graph.Config{Reader: s.store, Normalize: textnorm.ToSimplified, CORSOrigins: []string{other.URL}}))
	defer srv.Close()
	dir := filepath.Join(webDir, "artifacts", "browser")

	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "e2e/explore.mjs")
	cmd.Dir = webDir
	cmd.Env = append(os.Environ(),
		"TUOPIN_URL="+srv.URL,
		"TUOPIN_CHROMIUM="+browser,
		"TUOPIN_ARTIFACTS="+dir,
		"E2E_OFFICIAL="+s.officialID(t, "张洪岐"),
		"E2E_OTHER_ORIGIN="+other.URL,
	)
	out, err := cmd.CombinedOutput()
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		t.Log(line)
	}
	// Printed even when the test passes (go test hides t.Log then).
	fmt.Fprintf(os.Stderr, "explorer browser test: screenshots in %s\n", dir)
	if err != nil {
		t.Fatalf("the browser test failed: %v", err)
	}
}

// officialID is the global id of an official found by name.
func (s *seedServer) officialID(t *testing.T, name string) string {
	t.Helper()
	data, _ := s.run(t, fmt.Sprintf(`{ search(query: %q, kinds: [OFFICIAL], first: 1) { id name } }`, name))
	hits, _ := data["search"].([]any)
	if len(hits) == 0 {
		t.Fatalf("no official %s in the seed graph", name)
	}
	return hits[0].(map[string]any)["id"].(string)
}
