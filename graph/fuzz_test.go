package graph

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tuopin/tuopin/graph/graphtest"
)

// FuzzRequest sends arbitrary query texts and variables through the whole
// request path (transport, parsing, the cost model, validation, execution
// over the in-memory graph, the error presenter): no panic, a JSON answer
// with at most maxErrors errors, in bounded time and size.
func FuzzRequest(f *testing.F) {
	files, _ := filepath.Glob("../docs/queries/*.graphql")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b), `{}`)
		}
	}
	for _, q := range []string{
		`{ county(name: "延寿县") { name officials { title official { name } } } }`,
		`query($n: String!) { county(name: $n) { name } }`,
		`{ neighborhood(id: "Region:230129", hops: 2) { nodes { id } edges { type } } }`,
		graphtest.FragmentBomb(8),
		graphtest.FlatFragmentBomb(8),
		graphtest.Conflicts(2 << 10),
		graphtest.Aliases(25, "metrics"),
		`{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }`,
		`{ __schema { types { name } } }`,
		"{ county(name: \"\\u0000\\uFFFF\") { name } }",
	} {
		f.Add(q, `{"n": "延寿县"}`)
	}
	h := NewHandler(Config{Reader: testGraph(), Introspection: true, Clients: ClientLimits{Rate: -1, Concurrency: -1}})
	f.Fuzz(func(t *testing.T, query, variables string) {
		req := map[string]any{"query": query}
		if json.Valid([]byte(variables)) {
			req["variables"] = json.RawMessage(variables)
		}
		body, err := json.Marshal(req)
		if err != nil {
			return // the query is not valid UTF-8 JSON: the transport's own tests cover that
		}
		r := httptest.NewRequest("POST", "/graphql", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, r)
		if took := time.Since(start); took > 2*time.Second {
			t.Fatalf("answered in %v", took)
		}
		if rec.Body.Len() > 4<<20 {
			t.Fatalf("answer of %d bytes", rec.Body.Len())
		}
		var resp struct {
			Errors []json.RawMessage `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatalf("answer is not JSON (%v): %.200s", err, rec.Body.String())
		}
		if len(resp.Errors) > maxErrors {
			t.Fatalf("%d errors", len(resp.Errors))
		}
	})
}
