package graph

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	kg "github.com/tuopin/tuopin"
)

func TestLimits(t *testing.T) {
	f := testGraph()
	c := newTestClient(t, f, func(c *Config) { c.MaxDepth = 4 })
	for _, tc := range []struct {
		name, query, code string
	}{
		{"Depth", `{ county(name: "延寿县") { officials { official { roles { region { name } } } } } }`, "DEPTH_LIMIT_EXCEEDED"},
		{"DepthThroughFragments", `{ county(name: "延寿县") { ...a } } fragment a on Region { officials { official { roles { region { name } } } } }`, "DEPTH_LIMIT_EXCEEDED"},
		{"Complexity", `{ a: counties(first: 100) { nodes { officials { title } } } b: counties(first: 100) { nodes { officials { title } } }
			c: counties(first: 100) { nodes { officials { title } } } d: counties(first: 100) { nodes { officials { title } } }
			e: counties(first: 100) { nodes { officials { title } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"FirstCap", `{ search(query: "延寿", first: 1000) { id } }`, "BAD_USER_INPUT"},
		{"HopsCap", `{ neighborhood(id: "Region:230129", hops: 4) { truncated } }`, "BAD_USER_INPUT"},
		{"NeighbourhoodCap", `{ neighborhood(id: "Region:230129", limit: 501) { truncated } }`, "BAD_USER_INPUT"},
		{"PathHopsCap", `{ shortestPath(from: "Region:230129", to: "Industry:光伏", maxHops: 11) { length } }`, "BAD_USER_INPUT"},
		{"Validation", `{ county(name: "延寿县") { nope } }`, "GRAPHQL_VALIDATION_FAILED"},
		{"Defer", `{ county(name: "延寿县") { name ... @defer { officials { title } } } }`, "GRAPHQL_VALIDATION_FAILED"},
		{"DeferInFragment", `{ county(name: "延寿县") { ...f } } fragment f on Region { name ... on Region @defer(label: "x") { code } }`, "GRAPHQL_VALIDATION_FAILED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, c, tc.query)
			if code(errs) != tc.code {
				t.Fatalf("errors = %v, want code %s", errs, tc.code)
			}
		})
	}
	t.Run("IntrospectionIsNotDeep", func(t *testing.T) {
		_, errs := post(t, c, `{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`)
		if errs != nil {
			t.Fatalf("errors: %v", errs)
		}
	})
	t.Run("ParserTokenLimit", func(t *testing.T) {
		_, errs := post(t, c, "{ "+strings.Repeat("a ", parserTokenLimit+10)+"}")
		if len(errs) == 0 || !strings.Contains(errs[0].Message, "token") {
			t.Fatalf("errors = %v", errs)
		}
	})
}

func TestBodyLimit(t *testing.T) {
	h := NewHandler(Config{Reader: testGraph()})
	body := `{"query":"{ __typename }","variables":{"x":"` + strings.Repeat("x", MaxBodyBytes) + `"}}`
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status = %d, want 413", rec.Code)
	}
}

// slowReader blocks until the request's context ends.
type slowReader struct{ *fakeReader }

func (slowReader) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// panicReader panics in RegionByName.
type panicReader struct{ *fakeReader }

func (panicReader) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	panic("boom: secret detail")
}

func TestTimeoutAndPanic(t *testing.T) {
	t.Run("Timeout", func(t *testing.T) {
		c := newTestClient(t, testGraph(), func(c *Config) {
			c.Reader = slowReader{testGraph()}
			c.Timeout = 50 * time.Millisecond
		})
		start := time.Now()
		_, errs := post(t, c, `{ county(name: "延寿县") { name } }`)
		if code(errs) != "UNAVAILABLE" || time.Since(start) > 5*time.Second {
			t.Fatalf("errors = %v after %v", errs, time.Since(start))
		}
	})
	t.Run("PanicRecovered", func(t *testing.T) {
		c := newTestClient(t, testGraph(), func(c *Config) { c.Reader = panicReader{testGraph()} })
		_, errs := post(t, c, `{ county(name: "延寿县") { name } }`)
		if code(errs) != "INTERNAL" || strings.Contains(errs[0].Message, "secret") {
			t.Fatalf("errors = %v", errs)
		}
	})
}

func TestIntrospectionSwitch(t *testing.T) {
	on := newTestClient(t, testGraph())
	if _, errs := post(t, on, `{ __schema { queryType { name } } }`); errs != nil {
		t.Fatalf("on: %v", errs)
	}
	off := newTestClient(t, testGraph(), func(c *Config) { c.Introspection = false })
	if _, errs := post(t, off, `{ __schema { queryType { name } } }`); errs == nil {
		t.Fatal("off: introspection answered")
	}
}

func TestIngest(t *testing.T) {
	var got []string
	ingest := func(ctx context.Context, title, text string) (*kg.Article, error) {
		got = append(got, title)
		return &kg.Article{ID: "new", Title: title}, nil
	}
	const q = `mutation { ingestArticle(input: { title: "标题", text: "正文" }) { id title } }`
	t.Run("Disabled", func(t *testing.T) {
		c := newTestClient(t, testGraph(), func(c *Config) { c.Ingest = ingest })
		_, errs := post(t, c, q, client.AddHeader("Authorization", "Bearer anything"))
		if code(errs) != "UNAUTHENTICATED" || !strings.Contains(errs[0].Message, "disabled") {
			t.Fatalf("errors = %v", errs)
		}
	})
	c := newTestClient(t, testGraph(), func(c *Config) { c.Ingest, c.APIKey = ingest, "k3y" })
	t.Run("ErrNoKey", func(t *testing.T) {
		_, errs := post(t, c, q)
		if code(errs) != "UNAUTHENTICATED" {
			t.Fatalf("errors = %v", errs)
		}
	})
	t.Run("ErrWrongKey", func(t *testing.T) {
		_, errs := post(t, c, q, client.AddHeader("Authorization", "Bearer nope"))
		if code(errs) != "UNAUTHENTICATED" {
			t.Fatalf("errors = %v", errs)
		}
	})
	t.Run("OK", func(t *testing.T) {
		data, errs := post(t, c, q, client.AddHeader("Authorization", "Bearer k3y"))
		if errs != nil {
			t.Fatalf("errors = %v", errs)
		}
		jsonEq(t, `{"ingestArticle":{"id":"Article:new","title":"标题"}}`, data)
		if len(got) != 1 {
			t.Errorf("ingest called %d times", len(got))
		}
	})
	t.Run("NotOverGET", func(t *testing.T) {
		h := NewHandler(Config{Reader: testGraph(), Ingest: ingest, APIKey: "k3y"})
		req := httptest.NewRequest("GET", "/graphql?query="+strings.ReplaceAll(q, " ", "+"), nil)
		req.Header.Set("Authorization", "Bearer k3y")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusMethodNotAllowed {
			t.Fatalf("status = %d", rec.Code)
		}
	})
}

func TestMetrics(t *testing.T) {
	m := NewMetrics(nil)
	h := NewHandler(Config{Reader: testGraph(), Metrics: m})
	c := client.New(h, client.Path("/graphql"))
	c.MustPost(`{ county(name: "延寿县") { name } }`, &map[string]any{})
	c.RawPost(`{ county(name: "无") { name } }`)
	m.ObserveQuery("Links:DEVELOPS", 3*time.Millisecond)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`tuopin_http_requests_total{method="POST",status="200"} 2`,
		`tuopin_graphql_operations_total{type="query"} 2`,
		`tuopin_graphql_errors_total{code="NOT_FOUND"} 1`,
		`tuopin_neo4j_query_duration_seconds_count{query="Links:DEVELOPS"} 1`,
		`tuopin_http_request_duration_seconds_bucket`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestAnalytics(t *testing.T) {
	f := testGraph()
	c := newTestClient(t, f)
	data, errs := post(t, c, `{
		similarCounties(name: "延寿县", first: 3) { county { name } score sharedIndustries { name } }
		topEntities(kind: INDUSTRY, by: DEGREE, first: 2) { entity { name } score }
		pr: topEntities(by: PAGERANK, first: 1) { entity { name } }
		industryCooccurrence(first: 5) { a { name } b { name } count regions { name } }
		statisticComparison(metric: "贫困发生率") { region { name } year value number }
		communities(first: 5) { size members(first: 1) { name } }
		metrics }`)
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	// 延寿县 {光伏, 食用菌, 光伏扶贫}, 迭部县 {食用菌}: 1/3.
	jsonEq(t, `{"similarCounties":[{"county":{"name":"迭部县"},"score":0.3333333333333333,"sharedIndustries":[{"name":"食用菌"}]}],
		"topEntities":[{"entity":{"name":"光伏"},"score":2},{"entity":{"name":"食用菌"},"score":2}],
		"pr":[{"entity":{"name":"延寿县"}}],
		"industryCooccurrence":[{"a":{"name":"光伏"},"b":{"name":"食用菌"},"count":1,"regions":[{"name":"延寿县"}]}],
		"statisticComparison":[{"region":{"name":"延寿县"},"year":"2019","value":"0.44%","number":0.44}],
		"communities":`+communitiesJSON(t, data)+`,
		"metrics":["贫困发生率"]}`, data)

	t.Run("Cached", func(t *testing.T) {
		f.reset()
		post(t, c, `{ topEntities(first: 1) { score } }`)
		if f.calls["Snapshot"] != 0 || f.calls["Version"] != 1 {
			t.Errorf("calls = %v", f.calls)
		}
		f.mu.Lock()
		f.version = "2"
		f.mu.Unlock()
		post(t, c, `{ topEntities(first: 1) { score } }`)
		if f.calls["Snapshot"] != 1 {
			t.Errorf("a new version did not recompute: %v", f.calls)
		}
	})
}

// communitiesJSON checks the communities' sizes add up to the entity count
// and returns them as they are (their split depends on Louvain).
func communitiesJSON(t *testing.T, data string) string {
	t.Helper()
	var d struct {
		Communities []struct{ Size int } `json:"communities"`
	}
	if err := jsonUnmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, c := range d.Communities {
		total += c.Size
	}
	if total != 12 {
		t.Errorf("communities cover %d entities, want 12", total)
	}
	var raw map[string]any
	jsonUnmarshal(data, &raw)
	return mustJSON(raw["communities"])
}
