package graph

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGraphQLOverHTTPAudit runs the graphql-http audit suite against the
// handler (see testdata/audit/README).
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := filepath.Join("testdata", "audit")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "graphql-http")); err != nil {
		t.Skip("graphql-http is not installed: run npm ci in graph/testdata/audit")
	}
	srv := httptest.NewServer(NewHandler(Config{Reader: testGraph(), Introspection: true}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "audit.mjs", srv.URL+"/graphql")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if !strings.HasPrefix(line, "OK ") {
			t.Log(line)
		}
	}
	if err != nil {
		t.Fatalf("audit failed: %v", err)
	}
}
