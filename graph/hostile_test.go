package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/tuopin/tuopin/graph/graphtest"
	"github.com/tuopin/tuopin/kg"
)

// Hostile requests, one per probe class of issue 14. Each must be answered
// with a coded error, quickly, however much work it asks for.

var hostileRequests = []struct {
	name, query, code string
	vars              map[string]any
}{
	{"FragmentBomb", graphtest.FragmentBomb(60), errFieldLimit, nil},
	{"FlatFragmentBomb", graphtest.FlatFragmentBomb(60), errFieldLimit, nil},
	{"CommentPadding", "# " + strings.Repeat("x", 900<<10) + "\n{ __typename }", errQueryTooLarge, nil},
	{"ConflictingFragments", graphtest.Conflicts(30 << 10), errFieldLimit, nil},
	{"FewConflictingFragments", graphtest.Conflicts(2 << 10), "GRAPHQL_VALIDATION_FAILED", nil},
	{"ConflictingAliases", "{ " + strings.Repeat(`x: county(name: "a") { name } x: county(name: "b") { name } `, 300) + "}", errFieldLimit, nil},
	{"ManyDistinctSpreads", graphtest.DistinctSpreads(600), errRootFieldLimit, nil},
	{"AliasedRoundTrips", graphtest.Aliases(900, `county(name: "延寿县") { name }`), errQueryTooLarge, nil},
	{"AliasedRoundTripsUnderFieldLimit", graphtest.Aliases(100, `county(name: "延寿县") { name }`), errRootFieldLimit, nil},
	{"AliasedTypename", graphtest.Aliases(3000, "__typename"), errQueryTooLarge, nil},
	{"RepeatedTypename", "{ " + strings.Repeat("__typename ", 2100) + "}", errFieldLimit, nil},
	{"AliasedMutations", "mutation " + graphtest.Aliases(500, `ingestArticle(input: {title: "t", text: "x"}) { id }`), errRootFieldLimit, nil},
	{"TwoMutations", "mutation " + graphtest.Aliases(2, `ingestArticle(input: {title: "t", text: "x"}) { id }`), errMutationLimit, nil},
	{"RootFieldsThroughFragments", "{ ...q } fragment q on Query { " + graphtest.Aliases(30, "metrics")[2:], errRootFieldLimit, nil},
	{"WideNeighbourhood", `{ neighborhood(id: "Region:230129", hops: 3, limit: 500) { nodes { id name } edges { type source target evidence { sentence } } } }`, errComplexityLimit, nil},
	{"PathNodes", `{ shortestPaths(from: "Region:230129", to: "Industry:光伏", first: 50) { nodes { ... on Region { officials { title official { name } } } } } }`, errComplexityLimit, nil},
	{"Deep", `{ county(name: "延寿县") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`, errDepthLimit, nil},
	{"LongName", `{ county(name: "` + strings.Repeat("县", 2000) + `") { name } }`, errArgumentTooLong, nil},
	{"LongNameInVariable", `query($n: String!) { county(name: $n) { name } }`, errArgumentTooLong, map[string]any{"n": strings.Repeat("x", 100<<10)}},
	{"LongFilter", `{ counties(filter: {nameContains: "` + strings.Repeat("x", 2000) + `"}) { totalCount } }`, errArgumentTooLong, nil},
	{"DirectiveFlood", "{ __typename " + strings.Repeat("@skip(if: false) ", 1500) + "}", "GRAPHQL_PARSE_FAILED", nil},
	{"TokenFlood", "{ " + strings.Repeat("a ", 12000) + "}", "GRAPHQL_PARSE_FAILED", nil},
	{"NestedListValue", `{ county(name: ` + strings.Repeat("[", 4000) + strings.Repeat("]", 4000) + `) { name } }`, "GRAPHQL_PARSE_FAILED", nil},
	{"ManyOperations", strings.Repeat("query { __typename } ", 1000), "GRAPHQL_VALIDATION_FAILED", nil},
}

func TestHostileRequests(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph(), Ingest: func(ctx context.Context, title, text string) (*kg.Article, error) {
		return &kg.Article{ID: "x"}, nil
	}, APIKey: "k", Clients: ClientLimits{Rate: -1, Concurrency: -1}})
	for _, tc := range hostileRequests {
		t.Run(tc.name, func(t *testing.T) {
			body, err := json.Marshal(map[string]any{"query": tc.query, "variables": tc.vars})
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer k")
			rec := httptest.NewRecorder()
			start := time.Now()
			h.ServeHTTP(rec, req)
			took := time.Since(start)
			var resp struct {
				Errors []gqlErr `json:"errors"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
				t.Fatalf("response is not JSON: %v", err)
			}
			if got := code(resp.Errors); got != tc.code {
				t.Errorf("code = %q, want %q (first error: %v)", got, tc.code, first(resp.Errors))
			}
			if len(resp.Errors) > maxErrors {
				t.Errorf("%d errors, want at most %d", len(resp.Errors), maxErrors)
			}
			if took > time.Second {
				t.Errorf("answered in %v, want under 1 s", took)
			}
			t.Logf("%d bytes in, %v, %d errors, %d bytes out", len(body), took.Round(time.Microsecond), len(resp.Errors), rec.Body.Len())
		})
	}
}

func first(errs []gqlErr) any {
	if len(errs) == 0 {
		return nil
	}
	return errs[0]
}

func TestQueryCacheIsBoundedByBytes(t *testing.T) {
	c := newQueryCache(1 << 20)
	for i := range 1000 {
		q := fmt.Sprintf("{ __typename } # %d %s", i, strings.Repeat("x", 10<<10))
		c.Add(context.Background(), q, nil)
	}
	if got := c.bytes(); got > 1<<20 {
		t.Fatalf("cache holds %d bytes, over its 1 MiB bound", got)
	}
	if _, ok := c.Get(context.Background(), fmt.Sprintf("{ __typename } # %d %s", 999, strings.Repeat("x", 10<<10))); !ok {
		t.Fatal("the newest entry was evicted")
	}
	if _, ok := c.Get(context.Background(), fmt.Sprintf("{ __typename } # %d %s", 0, strings.Repeat("x", 10<<10))); ok {
		t.Fatal("the oldest entry was kept")
	}
}

func TestClientLimits(t *testing.T) {
	t.Run("Concurrency", func(t *testing.T) {
		block, entered := make(chan struct{}), make(chan struct{}, 2)
		slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { entered <- struct{}{}; <-block })
		h := limitClients(ClientLimits{Rate: -1, Concurrency: 2}, slow)
		done := make(chan struct{}, 2)
		for range 2 {
			go func() {
				h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/graphql", nil))
				done <- struct{}{}
			}()
		}
		<-entered
		<-entered
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/graphql", nil))
		close(block)
		<-done
		<-done
		if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
			t.Fatalf("third request in flight: %d %v, want 429 with Retry-After", rec.Code, rec.Header())
		}
		if !strings.Contains(rec.Body.String(), codeRateLimited) {
			t.Errorf("body lacks the code: %s", rec.Body.String())
		}
		rec = httptest.NewRecorder()
		h2 := limitClients(ClientLimits{Rate: -1, Concurrency: 2}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
		h2.ServeHTTP(rec, httptest.NewRequest("POST", "/graphql", nil))
		if rec.Code != 200 {
			t.Fatalf("after release: %d", rec.Code)
		}
	})
	t.Run("Rate", func(t *testing.T) {
		ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
		lim := limitClients(ClientLimits{Rate: 1, Burst: 3, Concurrency: -1}, ok)
		codes := map[int]int{}
		for range 5 {
			rec := httptest.NewRecorder()
			lim.ServeHTTP(rec, httptest.NewRequest("POST", "/graphql", nil))
			codes[rec.Code]++
		}
		if codes[200] != 3 || codes[429] != 2 {
			t.Fatalf("status counts = %v, want 3×200 then 2×429", codes)
		}
		// Another client has its own bucket.
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/graphql", nil)
		req.RemoteAddr = "192.0.2.7:1234"
		lim.ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Fatalf("another client got %d", rec.Code)
		}
	})
	t.Run("Key", func(t *testing.T) {
		for _, tc := range []struct{ remote, header, value, want string }{
			{"192.0.2.1:5", "", "", "192.0.2.1"},
			{"[2001:db8::1]:5", "", "", "2001:db8::/64"},
			{"10.0.0.1:5", "X-Forwarded-For", "198.51.100.1, 203.0.113.9", "203.0.113.9"},
			{"10.0.0.1:5", "X-Forwarded-For", "garbage", "10.0.0.1"},
		} {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tc.remote
			if tc.header != "" {
				r.Header.Set(tc.header, tc.value)
			}
			if got := clientKey(r, tc.header); got != tc.want {
				t.Errorf("clientKey(%s, %s) = %s, want %s", tc.remote, tc.value, got, tc.want)
			}
		}
	})
}

func TestHardenedResponses(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph()})
	do := func(method, target, ctype, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, target, strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	t.Run("SecurityHeaders", func(t *testing.T) {
		for _, path := range []string{"/", "/graphql?query={__typename}", "/healthz"} {
			rec := do("GET", path, "", "")
			if rec.Header().Get("X-Content-Type-Options") != "nosniff" ||
				!strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors") {
				t.Errorf("%s: headers %v", path, rec.Header())
			}
		}
	})
	t.Run("TransportErrorsHaveCodes", func(t *testing.T) {
		for _, tc := range []struct {
			method, ctype, body, want string
		}{
			{"POST", "text/plain", "{}", codeUnsupportedMedia},
			{"POST", "application/json", "not json", codeBadRequest},
			{"POST", "application/json", `{"query": 1}`, codeBadRequest},
			{"PUT", "application/json", `{}`, codeMethodNotAllowed},
			{"POST", "application/json", `{"query":"{__typename}","x":"` + strings.Repeat("x", MaxBodyBytes) + `"}`, codeTooLarge},
		} {
			rec := do(tc.method, "/graphql", tc.ctype, tc.body)
			if !strings.Contains(rec.Body.String(), `"code":"`+tc.want+`"`) {
				t.Errorf("%s %s: %d %s, want code %s", tc.method, tc.ctype, rec.Code, clip(rec.Body.String(), 200), tc.want)
			}
		}
	})
	t.Run("NotFoundIsClipped", func(t *testing.T) {
		name := strings.Repeat("县", 80) // 240 bytes: within the argument limit
		rec := do("POST", "/graphql", "application/json", `{"query":"{ county(name: \"`+name+`\") { name } }"}`)
		body, _ := io.ReadAll(rec.Body)
		if !strings.Contains(string(body), codeNotFound) || strings.Contains(string(body), name) {
			t.Errorf("NOT_FOUND echoes the whole name: %s", body)
		}
	})
}

type downReader struct{ *fakeReader }

func (downReader) Ping(ctx context.Context) error {
	return kg.Errorf(kg.EUNAVAILABLE, "neo4j at 10.1.2.3:7687 is not reachable: connection refused")
}

func (downReader) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	return nil, kg.Errorf(kg.EUNAVAILABLE, "neo4j at 10.1.2.3:7687 is not reachable: connection refused")
}

func TestUnavailableHidesAddresses(t *testing.T) {
	h := NewHandler(Config{Reader: downReader{testGraph()}})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable || strings.Contains(rec.Body.String(), "10.1.2.3") {
		t.Errorf("/readyz: %d %s", rec.Code, rec.Body.String())
	}
	rec = httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/graphql", strings.NewReader(`{"query":"{ county(name: \"延寿县\") { name } }"}`))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	if !strings.Contains(rec.Body.String(), codeUnavailable) || strings.Contains(rec.Body.String(), "10.1.2.3") {
		t.Errorf("/graphql: %s", rec.Body.String())
	}
}

func TestProductionSwitches(t *testing.T) {
	c := newTestClient(t, testGraph(), func(c *Config) { c.Introspection, c.DisableSuggestions = false, true })
	for _, q := range []string{
		`{ county(name: "延寿县") { nam } }`,
		`{ county(nam: "延寿县") { name } }`,
		`{ county(name: "延寿县") { name { x } } }`,
		`{ topEntities(kind: INDUSTR) { score } }`,
		`query($x: Strin) { county(name: $x) { name } }`,
	} {
		_, errs := post(t, c, q)
		if len(errs) == 0 || strings.Contains(errs[0].Message, "Did you mean") {
			t.Errorf("%s: suggestions on: %v", q, errs)
		}
	}
	if _, errs := post(t, c, `{ __schema { queryType { name } } }`); errs == nil {
		t.Error("introspection answered")
	}
	on := newTestClient(t, testGraph())
	_, errs := post(t, on, `{ county(name: "延寿县") { nam } }`)
	if len(errs) == 0 || !strings.Contains(errs[0].Message, "Did you mean") {
		t.Errorf("suggestions off by default: %v", errs)
	}
}

func TestAllowList(t *testing.T) {
	const ok = `{ county(name: "延寿县") { name } }`
	c := newTestClient(t, testGraph(), func(c *Config) {
		c.AllowedQueries = map[string]bool{QueryHash(ok): true}
	})
	if _, errs := post(t, c, ok); errs != nil {
		t.Fatalf("allowed query: %v", errs)
	}
	if _, errs := post(t, c, `{ county(name: "迭部县") { name } }`); code(errs) != errNotAllowed {
		t.Fatalf("other query: %v", errs)
	}
}

// introspectionQuery is GraphiQL's (graphql-js getIntrospectionQuery with
// every option on), which the limits must let through.
func introspectionQuery() string {
	typeRef := "kind name"
	for range 10 {
		typeRef = "kind name ofType { " + typeRef + " }"
	}
	return `query IntrospectionQuery {
  __schema {
    description
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL isOneOf
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type { ` + typeRef + ` }`
}

func TestIntrospectionQueryPasses(t *testing.T) {
	c := newTestClient(t, testGraph())
	data, errs := post(t, c, introspectionQuery())
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	if !strings.Contains(data, `"queryType":{"name":"Query"}`) {
		t.Fatalf("data: %.200s", data)
	}
}

func TestReadAllowList(t *testing.T) {
	h := QueryHash(`{ metrics }`)
	got, err := ReadAllowList(strings.NewReader("# persisted operations\n\n" + strings.ToUpper(h) + "  metrics.graphql\n"))
	if err != nil || len(got) != 1 || !got[h] {
		t.Fatalf("got %v, %v", got, err)
	}
	if _, err := ReadAllowList(strings.NewReader(h + "\nnot-a-hash\n")); kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "line 2") {
		t.Fatalf("err = %v, want EINVALID naming line 2", err)
	}
}

func TestLongCursorIsNotTooLong(t *testing.T) {
	after := encodeCursor(kg.LabelArticle, "NAME", kg.Position{Value: strings.Repeat("题", 120), Key: strings.Repeat("f", 64)})
	c := newTestClient(t, testGraph())
	_, errs := post(t, c, `{ articles(after: "`+after+`") { nodes { id } } }`)
	if code(errs) == errArgumentTooLong {
		t.Fatalf("a cursor of %d bytes was refused: %v", len(after), errs)
	}
}
