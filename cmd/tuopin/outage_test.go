package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/tuopin/tuopin/internal/neo4jtest"
)

// TestServeSurvivesNeo4jOutage stops a private Neo4j under a running
// server: /readyz must say 503 within 5 s, queries must fail with
// UNAVAILABLE (without the store's address), and once Neo4j is back the
// same server must answer again.
func TestServeSurvivesNeo4jOutage(t *testing.T) {
	neo4jtest.URI(t) // runs only where the Neo4j tests run
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("no java: cannot start a private Neo4j")
	}
	in := startInstance(t)
	env := map[string]string{"NEO4J_URI": in.uri()}

	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	srv, _, serr := newTestMain(env)
	srv.Listening = func(a string) { addrc <- a }
	done := make(chan error, 1)
	go func() {
		done <- srv.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--timeout", "10s"})
	}()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, serr.String())
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not start listening")
	}
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	base := "http://" + addr

	ready := func() int {
		r, err := http.Get(base + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		return r.StatusCode
	}
	// query returns the first error code ("" for none) and the raw answer.
	query := func() (string, string) {
		body := `{"query":"{ counties(first: 1) { totalCount } }"}`
		r, err := http.Post(base+"/graphql", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		var resp struct {
			Errors []struct {
				Message    string
				Extensions map[string]any
			}
		}
		var raw json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&raw); err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(raw, &resp)
		if len(resp.Errors) == 0 {
			return "", string(raw)
		}
		c, _ := resp.Errors[0].Extensions["code"].(string)
		return c, string(raw)
	}
	if code := ready(); code != 200 {
		t.Fatalf("/readyz = %d before the outage", code)
	}
	if code, raw := query(); code != "" {
		t.Fatalf("query before the outage: %s", raw)
	}

	in.run("stop")
	stopped := time.Now()
	for ready() != http.StatusServiceUnavailable {
		if time.Since(stopped) > 5*time.Second {
			t.Fatal("/readyz did not say 503 within 5 s of the outage")
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("/readyz 503 after %v", time.Since(stopped).Round(time.Millisecond))
	start := time.Now()
	code, raw := query()
	if code != "UNAVAILABLE" {
		t.Fatalf("query during the outage: %s", raw)
	}
	if strings.Contains(raw, "127.0.0.1") || strings.Contains(raw, "bolt://") {
		t.Errorf("the error names the store: %s", raw)
	}
	t.Logf("query failed with UNAVAILABLE in %v", time.Since(start).Round(time.Millisecond))

	in.run("start")
	restarted := time.Now()
	for {
		code, _ := query()
		if code == "" && ready() == 200 {
			break
		}
		if time.Since(restarted) > 60*time.Second {
			t.Fatalf("the server did not recover within 60 s of Neo4j's return (last code %s)", code)
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("answering again %v after Neo4j was back", time.Since(restarted).Round(time.Millisecond))
}
