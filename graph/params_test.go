package graph

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/go-cmp/cmp"
)

func TestReadParams(t *testing.T) {
	post := func(body string) *http.Request {
		r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		return r
	}
	get := func(v url.Values) *http.Request {
		return httptest.NewRequest(http.MethodGet, "/graphql?"+v.Encode(), nil)
	}
	apq := map[string]any{"persistedQuery": map[string]any{"version": json.Number("1"), "sha256Hash": "ab"}}
	tests := []struct {
		name    string
		req     *http.Request
		want    *graphql.RawParams
		status  int
		wantErr string
	}{
		{"post", post(`{"query":"query Q($n: Int) { n }","operationName":"Q","variables":{"n":12345678901234567890,"s":"延寿"}}`),
			&graphql.RawParams{Query: "query Q($n: Int) { n }", OperationName: "Q",
				Variables: map[string]any{"n": json.Number("12345678901234567890"), "s": "延寿"}}, 0, ""},
		{"post, nulls are absent", post(`{"query":"{ n }","operationName":null,"variables":null,"extensions":null}`),
			&graphql.RawParams{Query: "{ n }"}, 0, ""},
		{"post, whitespace after the object", post("{\"query\":\"{ n }\"}\n\t "), &graphql.RawParams{Query: "{ n }"}, 0, ""},
		{"post, persisted query by hash", post(`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ab"}}}`),
			&graphql.RawParams{Extensions: apq}, 0, ""},
		{"post, charset utf-8", func() *http.Request {
			r := post(`{"query":"{ n }"}`)
			r.Header.Set("Content-Type", "application/json; charset=UTF-8")
			return r
		}(), &graphql.RawParams{Query: "{ n }"}, 0, ""},
		{"post, data after the object", post(`{"query":"{ n }"} {}`), nil, 400, "request body must be one JSON object"},
		{"post, garbage after the object", post(`{"query":"{ n }"}x`), nil, 400, "request body must be one JSON object"},
		{"post, an array", post(`[{"query":"{ n }"}]`), nil, 400, "request body must be one JSON object"},
		{"post, not JSON", post(`query { n }`), nil, 400, "request body must be one JSON object"},
		{"post, null", post(`null`), nil, 400, "query is missing"},
		{"post, empty query", post(`{"query":"  "}`), nil, 400, "query is missing"},
		{"post, query a number", post(`{"query":1}`), nil, 400, "query must be a string"},
		{"post, operationName an object", post(`{"query":"{ n }","operationName":{}}`), nil, 400, "operationName must be a string"},
		{"post, variables a list", post(`{"query":"{ n }","variables":[1]}`), nil, 400, "variables must be an object"},
		{"post, variables a string", post(`{"query":"{ n }","variables":"{}"}`), nil, 400, "variables must be an object"},
		{"post, extensions a number", post(`{"query":"{ n }","extensions":2}`), nil, 400, "extensions must be an object"},
		{"post, other media type", func() *http.Request {
			r := post(`{"query":"{ n }"}`)
			r.Header.Set("Content-Type", "text/plain")
			return r
		}(), nil, 415, "Content-Type must be application/json"},
		{"post, other charset", func() *http.Request {
			r := post(`{"query":"{ n }"}`)
			r.Header.Set("Content-Type", "application/json; charset=latin1")
			return r
		}(), nil, 415, "request body must be UTF-8"},
		{"get", get(url.Values{"query": {"{ n }"}, "variables": {`{"n":1.5}`}}),
			&graphql.RawParams{Query: "{ n }", Variables: map[string]any{"n": json.Number("1.5")}}, 0, ""},
		{"get, variables null", get(url.Values{"query": {"{ n }"}, "variables": {`null`}}), &graphql.RawParams{Query: "{ n }"}, 0, ""},
		{"get, variables not JSON", get(url.Values{"query": {"{ n }"}, "variables": {`{n:1}`}}), nil, 400, "variables must be a JSON object"},
		{"get, variables a list", get(url.Values{"query": {"{ n }"}, "variables": {`[]`}}), nil, 400, "variables must be an object"},
		{"get, no query", get(url.Values{"extensions": {`{}`}}), nil, 400, "query is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, status, err := readParams(tt.req)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr || status != tt.status {
					t.Fatalf("got %d %v, want %d %q", status, err, tt.status, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("params (-want +got):\n%s", diff)
			}
		})
	}
}
