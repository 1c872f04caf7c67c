package graph

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

const apqQuery = `{ county(name: "延寿县") { name code } }`

// get sends a GraphQL GET with the given parameters (and headers).
func get(t *testing.T, h http.Handler, params url.Values, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", "/graphql?"+params.Encode(), nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func persisted(hash string) string {
	return fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":%q}}`, hash)
}

// TestAPQ follows Apollo's protocol: hash only → PERSISTED_QUERY_NOT_FOUND;
// text and hash → answered and kept; hash only again → answered. Bad
// hashes, versions and texts get coded errors.
func TestAPQ(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph()})
	hash := QueryHash(apqQuery)
	steps := []struct {
		name   string
		params url.Values
		want   string // in the body
	}{
		{"UnknownHash", url.Values{"extensions": {persisted(hash)}}, `"code":"PERSISTED_QUERY_NOT_FOUND"`},
		{"Register", url.Values{"query": {apqQuery}, "extensions": {persisted(hash)}}, `"code":"230129"`},
		{"KnownHash", url.Values{"extensions": {persisted(hash)}}, `"name":"延寿县"`},
		{"KnownHashUpperCase", url.Values{"extensions": {persisted(strings.ToUpper(hash))}}, `"name":"延寿县"`},
		{"HashMismatch", url.Values{"query": {"{ metrics }"}, "extensions": {persisted(hash)}}, `provided sha does not match query`},
		{"NotAHash", url.Values{"extensions": {persisted("xyz")}}, `"code":"BAD_REQUEST"`},
		{"Version2", url.Values{"extensions": {`{"persistedQuery":{"version":2,"sha256Hash":"` + hash + `"}}`}}, `"code":"PERSISTED_QUERY_NOT_SUPPORTED"`},
		{"NotAnObject", url.Values{"extensions": {`{"persistedQuery":"x"}`}}, `"code":"BAD_REQUEST"`},
		{"NoQueryNoHash", url.Values{"extensions": {`{}`}}, `query is missing`},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			rec := get(t, h, s.params)
			if !strings.Contains(rec.Body.String(), s.want) {
				t.Fatalf("status %d body %s, want %s", rec.Code, rec.Body, s.want)
			}
		})
	}
}

// TestAPQPost: the same protocol over POST, and a mutation found by hash is
// still refused over GET.
func TestAPQPost(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph()})
	hash := QueryHash(apqQuery)
	post := func(body string) string {
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Body.String()
	}
	ext := persisted(hash)
	if b := post(`{"extensions":` + ext + `}`); !strings.Contains(b, "PERSISTED_QUERY_NOT_FOUND") {
		t.Fatalf("unknown hash: %s", b)
	}
	q, _ := json.Marshal(apqQuery)
	if b := post(`{"query":` + string(q) + `,"extensions":` + ext + `}`); !strings.Contains(b, "延寿县") {
		t.Fatalf("register: %s", b)
	}
	if b := post(`{"extensions":` + ext + `}`); !strings.Contains(b, "延寿县") {
		t.Fatalf("known hash: %s", b)
	}
	m := `mutation { analyzeGraph { id } }`
	mh := QueryHash(m)
	mq, _ := json.Marshal(m)
	post(`{"query":` + string(mq) + `,"extensions":` + persisted(mh) + `}`)
	rec := get(t, h, url.Values{"extensions": {persisted(mh)}})
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("a mutation by hash over GET: status %d %s", rec.Code, rec.Body)
	}
}

// TestAPQAllowList: with an allow-list, a text it does not list is neither
// run nor kept, and a listed one works by hash.
func TestAPQAllowList(t *testing.T) {
	allowed := `{ metrics }`
	h := NewHandler(Config{Reader: testGraph(), AllowedQueries: map[string]bool{QueryHash(allowed): true}})
	other := QueryHash(apqQuery)
	rec := get(t, h, url.Values{"query": {apqQuery}, "extensions": {persisted(other)}})
	if !strings.Contains(rec.Body.String(), "PERSISTED_QUERY_NOT_ALLOWED") {
		t.Fatalf("unlisted text registered: %s", rec.Body)
	}
	rec = get(t, h, url.Values{"extensions": {persisted(other)}})
	if !strings.Contains(rec.Body.String(), "PERSISTED_QUERY_NOT_FOUND") {
		t.Fatalf("an unlisted text was kept: %s", rec.Body)
	}
	get(t, h, url.Values{"query": {allowed}, "extensions": {persisted(QueryHash(allowed))}})
	rec = get(t, h, url.Values{"extensions": {persisted(QueryHash(allowed))}})
	if !strings.Contains(rec.Body.String(), `"metrics"`) || strings.Contains(rec.Body.String(), "errors") {
		t.Fatalf("a listed text by hash: %s", rec.Body)
	}
}

// TestAPQCacheBounded: the cache keeps at most its bytes, dropping the
// least recently used text.
func TestAPQCacheBounded(t *testing.T) {
	c := newTextCache(3 * textSize(strings.Repeat("h", 64), strings.Repeat("q", 100)))
	key := func(i int) string { return fmt.Sprintf("%064d", i) }
	for i := range 3 {
		c.add(key(i), strings.Repeat("q", 100))
	}
	c.get(key(0)) // 0 is now the most recently used; 1 the least
	c.add(key(3), strings.Repeat("q", 100))
	for i, want := range []bool{true, false, true, true} {
		if _, ok := c.get(key(i)); ok != want {
			t.Errorf("text %d kept %v, want %v", i, ok, want)
		}
	}
	if c.len() != 3 {
		t.Errorf("%d texts kept, want 3", c.len())
	}
	c.add(key(9), strings.Repeat("q", 10000)) // larger than the whole cache
	if _, ok := c.get(key(9)); ok {
		t.Error("a text larger than the cache was kept")
	}
}

// TestETag: a GET query has an ETag and Cache-Control; the same ETag in
// If-None-Match gets 304 without a body; errors are not kept; POST has no
// ETag.
func TestETag(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph()})
	params := url.Values{"query": {apqQuery}}
	first := get(t, h, params)
	etag := first.Header().Get("ETag")
	if first.Code != 200 || len(etag) != 34 || first.Header().Get("Cache-Control") != "public, no-cache" {
		t.Fatalf("status %d ETag %q Cache-Control %q", first.Code, etag, first.Header().Get("Cache-Control"))
	}
	for _, tc := range []struct {
		name, ifNoneMatch string
		status            int
	}{
		{"Same", etag, http.StatusNotModified},
		{"Weak", "W/" + etag, http.StatusNotModified},
		{"InList", `"x", ` + etag, http.StatusNotModified},
		{"Star", "*", http.StatusNotModified},
		{"Other", `"0123"`, http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, params, "If-None-Match", tc.ifNoneMatch)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d", rec.Code, tc.status)
			}
			if tc.status == http.StatusNotModified && rec.Body.Len() != 0 {
				t.Errorf("304 with a body: %s", rec.Body)
			}
			if rec.Header().Get("ETag") != etag {
				t.Errorf("ETag %q, want %q", rec.Header().Get("ETag"), etag)
			}
		})
	}
	other := get(t, h, url.Values{"query": {`{ county(name: "延寿县") { code } }`}})
	if other.Header().Get("ETag") == etag {
		t.Error("two different answers have the same ETag")
	}
	failed := get(t, h, url.Values{"query": {`{ county(name: "火星县") { code } }`}})
	if failed.Header().Get("Cache-Control") != "no-store" || failed.Header().Get("ETag") != "" {
		t.Errorf("a response with errors: Cache-Control %q ETag %q", failed.Header().Get("Cache-Control"), failed.Header().Get("ETag"))
	}
	req := httptest.NewRequest("POST", "/graphql", strings.NewReader(`{"query":"{ metrics }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("ETag") != "" {
		t.Errorf("POST has an ETag")
	}
}
