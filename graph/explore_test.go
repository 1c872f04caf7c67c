package graph

import (
	"compress/gzip"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestExplorerRoutes: /explore and every view below it serve the page
// (its URL is read by the page), assets are long-cached and gzipped on
// request, the boundary data is there, unknown assets are 404, and
// GraphiQL links to the explorer.
func TestExplorerRoutes(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph()})
	fetch := func(path string, header ...string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	var script string
	for _, path := range []string{"/explore", "/explore/", "/explore/search?q=延寿", "/explore/entity/Region:230129", "/explore/path?from=a&to=b", "/explore/map?metric=x&year=2019"} {
		rec := fetch(path)
		body := rec.Body.String()
		if rec.Code != 200 || !strings.Contains(body, `<div id="app">`) || !strings.Contains(rec.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("%s: status %d, %q", path, rec.Code, body)
		}
		if rec.Header().Get("Cache-Control") != "no-cache" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: Cache-Control %q CSP %q", path, rec.Header().Get("Cache-Control"), rec.Header().Get("Content-Security-Policy"))
		}
		i := strings.Index(body, `src="/explore/assets/`)
		if i < 0 {
			t.Fatalf("%s: no script in %s", path, body)
		}
		script = body[i+5 : i+5+strings.Index(body[i+5:], `"`)]
	}
	plain := fetch(script)
	if plain.Code != 200 || !strings.Contains(plain.Header().Get("Content-Type"), "javascript") || plain.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Fatalf("%s: status %d, %v", script, plain.Code, plain.Header())
	}
	zipped := fetch(script, "Accept-Encoding", "gzip, br")
	if zipped.Header().Get("Content-Encoding") != "gzip" || zipped.Body.Len() >= plain.Body.Len() {
		t.Fatalf("gzip: encoding %q, %d bytes of %d", zipped.Header().Get("Content-Encoding"), zipped.Body.Len(), plain.Body.Len())
	}
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	if string(unzipped) != plain.Body.String() {
		t.Error("the gzipped asset is not the asset")
	}
	if b := fetch("/explore/boundaries/counties.json"); b.Code != 200 || !strings.Contains(b.Body.String(), `"623024","迭部县"`) || !strings.Contains(b.Body.String(), `"120102","河东区"`) {
		t.Errorf("boundaries: status %d, %d bytes", b.Code, b.Body.Len())
	}
	if rec := fetch("/explore/assets/nope.js"); rec.Code != 404 {
		t.Errorf("a missing asset: status %d", rec.Code)
	}
	if rec := fetch("/"); !strings.Contains(rec.Body.String(), `href="/explore"`) {
		t.Error("GraphiQL does not link to the explorer")
	}
	req := httptest.NewRequest("POST", "/explore", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 405 {
		t.Errorf("POST /explore: status %d", rec.Code)
	}
}
