package graph

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestCORS: pages of listed origins may call the API, with preflight
// answered; others get no CORS header, and a preflight from them 403.
func TestCORS(t *testing.T) {
	const q = `{"query":"{ county(name: \"延寿县\") { name } }"}`
	for _, tc := range []struct {
		name, origin, method string
		origins              []string
		status               int
		allowOrigin, code    string
	}{
		{"DefaultNoHeader", "https://app.example.org", "POST", nil, 200, "", ""},
		{"AllowedPost", "https://app.example.org", "POST", []string{"https://app.example.org"}, 200, "https://app.example.org", ""},
		{"OtherOriginPost", "https://evil.example", "POST", []string{"https://app.example.org"}, 200, "", ""},
		{"AllowedPreflight", "https://app.example.org", "OPTIONS", []string{"https://app.example.org/"}, 204, "https://app.example.org", ""},
		{"OtherPreflight", "https://evil.example", "OPTIONS", []string{"https://app.example.org"}, 403, "", codeOriginNotAllowed},
		{"AnyOrigin", "https://x.example", "OPTIONS", []string{"*"}, 204, "*", ""},
		{"OptionsWithoutOrigin", "", "OPTIONS", []string{"*"}, 405, "", codeMethodNotAllowed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := NewHandler(Config{Reader: testGraph(), CORSOrigins: tc.origins})
			var body *strings.Reader
			if tc.method == "POST" {
				body = strings.NewReader(q)
			} else {
				body = strings.NewReader("")
			}
			req := httptest.NewRequest(tc.method, "/graphql", body)
			req.Header.Set("Content-Type", "application/json")
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			if tc.method == "OPTIONS" {
				req.Header.Set("Access-Control-Request-Method", "POST")
				req.Header.Set("Access-Control-Request-Headers", "content-type")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != tc.allowOrigin {
				t.Errorf("Access-Control-Allow-Origin %q, want %q", got, tc.allowOrigin)
			}
			if tc.code != "" && !strings.Contains(rec.Body.String(), tc.code) {
				t.Errorf("body %s, want code %s", rec.Body, tc.code)
			}
			if tc.status == http.StatusNoContent && rec.Header().Get("Access-Control-Allow-Methods") == "" {
				t.Error("preflight without Access-Control-Allow-Methods")
			}
			if tc.method == "POST" && !strings.Contains(rec.Body.String(), "延寿县") {
				t.Errorf("POST answered %s", rec.Body)
			}
		})
	}
}
