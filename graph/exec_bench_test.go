package graph

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// largeGraph is one county with n officials, programs and industries, the
// shape of the benchmark's county-2-levels on 50,000 articles.
func largeGraph(n int) *fakeReader {
	ys := &kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty}
	es := []kg.Entity{ys}
	var links []*kg.Link
	for i := range n {
		o := &kg.Official{ID: fmt.Sprintf("off:%d", i), Name: fmt.Sprintf("官员%d", i), Titles: []string{"县长"}}
		p := &kg.Program{ID: fmt.Sprintf("prog:%d", i), Name: fmt.Sprintf("项目%d", i)}
		ind := &kg.Industry{Name: fmt.Sprintf("产业%d", i)}
		es = append(es, o, p, ind)
		links = append(links,
			&kg.Link{Type: kg.RelServesIn, From: o, To: ys, Title: "县长", Titles: []string{"县长"}},
			&kg.Link{Type: kg.RelImplements, From: ys, To: p},
			&kg.Link{Type: kg.RelDevelops, From: ys, To: ind})
	}
	return newFakeReader(es, links)
}

// BenchmarkExecCounty measures the GraphQL layer alone (in-memory reader,
// no HTTP server) on a county with 70 officials, programs and industries:
// per-object execution cost, which the store cannot help with.
func BenchmarkExecCounty(b *testing.B) {
	h := NewHandler(Config{Reader: largeGraph(70), Clients: ClientLimits{Rate: -1, Concurrency: -1}})
	body := `{"query":"{ county(name: \"延寿县\") { name code officials { title official { name } } programs { name } industries { name } } }"}`
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "官员69") {
			b.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	}
}
