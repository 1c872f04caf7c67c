package graph

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
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

// TestLimitNamesField: a depth or complexity error names the root field
// (its alias when it has one) that weighs most on the bound, through
// fragments too.
func TestLimitNamesField(t *testing.T) {
	c := newTestClient(t, testGraph(), func(c *Config) { c.MaxDepth, c.MaxComplexity = 4, 500 })
	for _, tc := range []struct{ name, query, code, message string }{
		{"Depth", `{ a: search(query: "延寿") { id } deep: county(name: "延寿县") { officials { official { roles { region { name } } } } } }`,
			"DEPTH_LIMIT_EXCEEDED", "operation has depth 6, which exceeds the limit of 4 (most in deep: depth 6)"},
		{"DepthNoAlias", `{ county(name: "延寿县") { officials { official { roles { region { name } } } } } }`,
			"DEPTH_LIMIT_EXCEEDED", "operation has depth 6, which exceeds the limit of 4 (most in county: depth 6)"},
		{"DepthThroughFragment", `{ ...q } fragment q on Query { county(name: "延寿县") { officials { official { roles { region { name } } } } } }`,
			"DEPTH_LIMIT_EXCEEDED", "operation has depth 6, which exceeds the limit of 4 (most in county: depth 6)"},
		{"Complexity", `{ small: search(query: "延寿") { id } big: counties(first: 100) { nodes { officials { title } } } }`,
			"COMPLEXITY_LIMIT_EXCEEDED", "(most in big: complexity "},
		{"ComplexityFirst", `{ counties(first: 100000) { nodes { name } } }`,
			"COMPLEXITY_LIMIT_EXCEEDED", "(most in counties: complexity "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, c, tc.query)
			if code(errs) != tc.code || !strings.Contains(errs[0].Message, tc.message) {
				t.Fatalf("errors = %v, want code %s and a message with %q", errs, tc.code, tc.message)
			}
		})
	}
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
		analysis { graphVersion currentVersion analyzedAt stale modularity job { id } }
		similarCounties(name: "延寿县", first: 3) { county { name } score sharedIndustries { name } }
		topEntities(kind: INDUSTRY, by: DEGREE, first: 2) { entity { name } score }
		pr: topEntities(by: PAGERANK, first: 1) { entity { name } }
		industryCooccurrence(first: 5) { a { name } b { name } count regions { name } }
		statisticComparison(metric: "贫困发生率") { region { name } year value number }
		communities(first: 5) { id size members(first: 1) { name } }
		metrics }`)
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	jsonEq(t, `{"analysis":{"graphVersion":"1","currentVersion":"1","analyzedAt":"2026-12-05T04:00:00Z","stale":false,"modularity":0.5,"job":null},
		"similarCounties":[{"county":{"name":"迭部县"},"score":0.3333333333333333,"sharedIndustries":[{"name":"食用菌"}]}],
		"topEntities":[{"entity":{"name":"光伏"},"score":2},{"entity":{"name":"食用菌"},"score":2}],
		"pr":[{"entity":{"name":"延寿县"}}],
		"industryCooccurrence":[{"a":{"name":"光伏"},"b":{"name":"食用菌"},"count":1,"regions":[{"name":"延寿县"}]}],
		"statisticComparison":[{"region":{"name":"延寿县"},"year":"2019","value":"0.44%","number":0.44}],
		"communities":[{"id":0,"size":7,"members":[{"name":"延寿县"}]},{"id":1,"size":5,"members":[{"name":"河东区"}]}],
		"metrics":["贫困发生率"]}`, data)

	t.Run("CommunityMembersInOneRead", func(t *testing.T) {
		f.reset()
		data, _ := post(t, c, `{ communities(first: 2) { id members(first: 1) { name } } }`)
		jsonEq(t, `{"communities":[{"id":0,"members":[{"name":"延寿县"}]},{"id":1,"members":[{"name":"河东区"}]}]}`, data)
		if diff := cmp.Diff(map[string]int{"Communities": 1, "CommunityMembers": 1}, f.calls); diff != "" {
			t.Errorf("calls (-want +got):\n%s", diff)
		}
	})
	t.Run("OneReadPerField", func(t *testing.T) {
		f.reset()
		post(t, c, `{ topEntities(first: 1) { score } analysis { stale } }`)
		if diff := cmp.Diff(map[string]int{"TopEntities": 1, "Analysis": 1}, f.calls); diff != "" {
			t.Errorf("calls (-want +got):\n%s", diff)
		}
	})
	t.Run("Stale", func(t *testing.T) {
		f.mu.Lock()
		f.version = "2"
		f.mu.Unlock()
		data, _ := post(t, c, `{ analysis { graphVersion currentVersion stale } }`)
		jsonEq(t, `{"analysis":{"graphVersion":"1","currentVersion":"2","stale":true}}`, data)
	})
	t.Run("UnknownIndustry", func(t *testing.T) {
		_, errs := post(t, c, `{ industryCooccurrence(industry: "无此产业") { count } }`)
		if !strings.Contains(fmt.Sprint(errs), "NOT_FOUND") {
			t.Errorf("errors = %v", errs)
		}
	})
}

// fakeAnalyzer records the jobs it was asked to start.
type fakeAnalyzer struct{ started int }

func (a *fakeAnalyzer) Start(ctx context.Context) (kg.AnalysisJob, error) {
	a.started++
	return kg.AnalysisJob{ID: "job-1", State: kg.JobRunning, Stage: "projecting", StartedAt: time.Date(2026, 12, 5, 4, 0, 0, 0, time.UTC)}, nil
}

func (a *fakeAnalyzer) Latest() *kg.AnalysisJob {
	if a.started == 0 {
		return nil
	}
	now := time.Date(2026, 12, 5, 4, 1, 0, 0, time.UTC)
	return &kg.AnalysisJob{ID: "job-1", State: kg.JobFailed, Stage: "writing", Progress: 0.7,
		StartedAt: now.Add(-time.Minute), FinishedAt: &now, Error: "neo4j: secret detail"}
}

func TestAnalyzeGraph(t *testing.T) {
	a := &fakeAnalyzer{}
	h := NewHandler(Config{Reader: testGraph(), Analyzer: a, APIKey: "k3y"})
	c := client.New(h, client.Path("/graphql"))
	const m = `mutation { analyzeGraph { id state stage progress startedAt finishedAt } }`
	if _, errs := post(t, c, m); !strings.Contains(fmt.Sprint(errs), "UNAUTHENTICATED") || a.started != 0 {
		t.Fatalf("without the key: %v (started %d)", errs, a.started)
	}
	data, errs := post(t, c, m, client.AddHeader("Authorization", "Bearer k3y"))
	if errs != nil {
		t.Fatal(errs)
	}
	jsonEq(t, `{"analyzeGraph":{"id":"job-1","state":"RUNNING","stage":"projecting","progress":0,"startedAt":"2026-12-05T04:00:00Z","finishedAt":null}}`, data)
	data, _ = post(t, c, `{ analysis { job { id state stage progress finishedAt error } } }`)
	jsonEq(t, `{"analysis":{"job":{"id":"job-1","state":"FAILED","stage":"writing","progress":0.7,"finishedAt":"2026-12-05T04:01:00Z",
		"error":"the analysis failed; see the server log"}}}`, data)
}

// TestRelationshipListsBounded: every relationship list takes `first`
// (default 20, 1 to 1000), costs it in the complexity, and returns at most
// that many; nesting lists through a popular node is refused at the
// defaults and answered when the query bounds each level.
func TestRelationshipListsBounded(t *testing.T) {
	c := newTestClient(t, testGraph())
	hub := `{ node(id: "Industry:光伏") { ... on Industry { regions%s { industries%s { regions%s { name } } } } } }`
	for _, tc := range []struct {
		name, query, code, message string
	}{
		{"NestedHubsAtDefaults", fmt.Sprintf(hub, "", "", ""), errComplexityLimit, "operation has complexity 8472"},
		{"NestedHubsBounded", fmt.Sprintf(hub, "(first: 5)", "(first: 5)", "(first: 5)"), "", ""},
		{"FirstPastMax", `{ county(name: "延寿县") { industries(first: 1001) { name } } }`, codeBadUserInput, "first must be between 1 and 1000, got 1001"},
		{"FirstZero", `{ county(name: "延寿县") { industries(first: 0) { name } } }`, codeBadUserInput, "first must be between 1 and 1000, got 0"},
		{"FirstLarge", `{ county(name: "延寿县") { industries(first: 99999) { name } } }`, codeBadUserInput, "first must be between 1 and 1000, got 99999"},
		{"MinConfidenceOutOfRange", `{ county(name: "延寿县") { developments(minConfidence: 2) { confidence } } }`, codeBadUserInput, "minConfidence must be between 0 and 1"},
		// A similarity's shared lists are bounded and costed the same way (they were costed as 10
		// items whatever their size: an independent tester read 2.2 times what was charged).
		{"SharedListsCosted", `{ similarCounties(name: "延寿县", first: 10) { sharedIndustries { regions(first: 20) { name } } sharedPrograms { regions(first: 20) { name } } } }`,
			errComplexityLimit, "operation has complexity 8471"},
		// A connection's page fields (pageInfo, totalCount) cost once, not once per item: a page
		// of 1000 with its cursor cost 6,001 and could not be asked for (an independent tester).
		{"PageOf1000WithCursor", `{ relationships(type: DEVELOPS, first: 1000) { totalCount pageInfo { hasNextPage endCursor } nodes { source target } } }`, "", ""},
		{"PageOf1000EdgesOver", `{ relationships(type: DEVELOPS, first: 1000) { pageInfo { endCursor } edges { cursor node { source target } } } }`,
			errComplexityLimit, "operation has complexity 5053"},
		{"SharedFirstZero", `{ similarCounties(name: "延寿县") { sharedIndustries(first: 0) { name } } }`, codeBadUserInput, "first must be between 1 and 1000, got 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, c, tc.query)
			if code(errs) != tc.code || (tc.message != "" && !strings.Contains(errs[0].Message, tc.message)) {
				t.Fatalf("errors = %v, want code %q with %q", errs, tc.code, tc.message)
			}
		})
	}
	// A bound out of range below a list is one error for the request, not
	// one per item (an independent tester counted 100).
	_, errs := post(t, c, `{ counties(first: 3) { nodes { industries(first: 0) { name } } } }`)
	if len(errs) != 1 || code(errs) != codeBadUserInput || errs[0].Message != "Region.industries: first must be between 1 and 1000, got 0" {
		t.Errorf("errors %v, want one BAD_USER_INPUT naming Region.industries", errs)
	}
	// first bounds what is returned.
	var got struct {
		County struct {
			All []struct{ Name string }
			One []struct{ Name string }
		}
	}
	c.MustPost(`{ county(name: "延寿县") { all: industries { name } one: industries(first: 1) { name } } }`, &got)
	if len(got.County.All) < 2 || len(got.County.One) != 1 {
		t.Fatalf("industries %v, first 1 %v: want at least 2 and exactly 1", got.County.All, got.County.One)
	}
}
