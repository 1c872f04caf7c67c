package graph

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
)

// newTestClient serves the full handler over the fake graph.
func newTestClient(t *testing.T, f *fakeReader, mod ...func(*Config)) *client.Client {
	t.Helper()
	c := Config{Reader: f, Introspection: true, Normalize: func(s string) string {
		return strings.NewReplacer("壽", "寿", "縣", "县").Replace(s)
	}}
	for _, m := range mod {
		m(&c)
	}
	return client.New(NewHandler(c), client.Path("/graphql"))
}

// post runs a query and returns the raw JSON of data and the errors.
func post(t *testing.T, c *client.Client, query string, opts ...client.Option) (string, []gqlErr) {
	t.Helper()
	resp, err := c.RawPost(query, opts...)
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	var errs []gqlErr
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			t.Fatalf("errors: %v", err)
		}
	}
	b, _ := json.Marshal(resp.Data)
	return string(b), errs
}

type gqlErr struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func code(errs []gqlErr) string {
	if len(errs) == 0 {
		return ""
	}
	c, _ := errs[0].Extensions["code"].(string)
	return c
}

func jsonEq(t *testing.T, want, got string) {
	t.Helper()
	var w, g any
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("want: %v", err)
	}
	if err := json.Unmarshal([]byte(got), &g); err != nil {
		t.Fatalf("got: %v", err)
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("data mismatch (-want +got):\n%s", diff)
	}
}

func TestCounty(t *testing.T) {
	c := newTestClient(t, testGraph())
	t.Run("OK", func(t *testing.T) {
		data, errs := post(t, c, `{ county(name: "延寿县") { id name code kind level province { name } prefecture { name } } }`)
		if errs != nil {
			t.Fatalf("errors: %v", errs)
		}
		jsonEq(t, `{"county":{"id":"Region:230129","name":"延寿县","code":"230129","kind":"COUNTY","level":"COUNTY",
			"province":{"name":"黑龙江省"},"prefecture":{"name":"哈尔滨市"}}}`, data)
	})
	t.Run("ShortName", func(t *testing.T) {
		data, errs := post(t, c, `{ county(name: "延寿") { code } }`)
		if errs != nil {
			t.Fatalf("errors: %v", errs)
		}
		jsonEq(t, `{"county":{"code":"230129"}}`, data)
	})
	t.Run("Traditional", func(t *testing.T) {
		data, errs := post(t, c, `{ county(name: "延壽縣") { code } }`)
		if errs != nil {
			t.Fatalf("errors: %v", errs)
		}
		jsonEq(t, `{"county":{"code":"230129"}}`, data)
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		data, errs := post(t, c, `{ county(name: "无此县") { code } }`)
		if code(errs) != "NOT_FOUND" {
			t.Fatalf("errors: %v", errs)
		}
		jsonEq(t, `{"county":null}`, data)
	})
}

func TestContractShapes(t *testing.T) {
	c := newTestClient(t, testGraph())
	for _, tc := range []struct {
		name, query, want string
	}{
		{"CountyFacts", `{ county(name: "延寿县") { name code province { name }
			officials { title official { name } evidence { sentence article { id title } } }
			programs { name } industries { name } statistics { metric value year } } }`,
			`{"county":{"name":"延寿县","code":"230129","province":{"name":"黑龙江省"},
			"officials":[{"title":"县委副书记、县长","official":{"name":"张洪岐"},
				"evidence":[{"sentence":"延寿县委副书记、县长张洪岐表示","article":{"id":"Article:a1","title":"延寿县脱贫攻坚"}}]}],
			"programs":[{"name":"光伏扶贫"}],"industries":[{"name":"光伏"},{"name":"食用菌"}],
			"statistics":[{"metric":"贫困发生率","value":"0.44%","year":"2019"}]}}`},
		{"AssistedBy", `{ county(name: "迭部县") { assistedBy { helper { name code } mechanism } } }`,
			`{"county":{"assistedBy":[{"helper":{"name":"河东区","code":"120102"},"mechanism":"东西部扶贫协作"}]}}`},
		{"Roles", `{ county(name: "延寿县") { officials { official { name roles { title region { name } } } } } }`,
			`{"county":{"officials":[{"official":{"name":"张洪岐","roles":[{"title":"县委副书记、县长","region":{"name":"延寿县"}}]}}]}}`},
		{"Search", `{ search(query: "延壽縣", first: 5) { id name kind } }`,
			`{"search":[{"id":"Region:230129","name":"延寿县","kind":"COUNTY"}]}`},
		{"ShortestPath", `{ shortestPath(from: "Official:off:zhq", to: "Industry:光伏") { nodes { id name kind } relationships { type } } }`,
			`{"shortestPath":{"nodes":[{"id":"Official:off:zhq","name":"张洪岐","kind":"OFFICIAL"},
				{"id":"Region:230129","name":"延寿县","kind":"COUNTY"},{"id":"Industry:光伏","name":"光伏","kind":"INDUSTRY"}],
				"relationships":[{"type":"SERVES_IN"},{"type":"DEVELOPS"}]}}`},
		{"Neighborhood", `{ neighborhood(id: "Industry:光伏", hops: 1, limit: 50) { nodes { id name kind } edges { source target type } } }`,
			`{"neighborhood":{"nodes":[{"id":"Industry:光伏","name":"光伏","kind":"INDUSTRY"},
				{"id":"Region:230129","name":"延寿县","kind":"COUNTY"},{"id":"Program:prog:光伏扶贫","name":"光伏扶贫","kind":"PROGRAM"}],
				"edges":[{"source":"Region:230129","target":"Program:prog:光伏扶贫","type":"IMPLEMENTS"},
				{"source":"Region:230129","target":"Industry:光伏","type":"DEVELOPS"},
				{"source":"Program:prog:光伏扶贫","target":"Industry:光伏","type":"SUPPORTS"}]}}`},
		{"Node", `{ node(id: "County:230129") { id ... on Region { name } } }`,
			`{"node":{"id":"Region:230129","name":"延寿县"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := post(t, c, tc.query)
			if errs != nil {
				t.Fatalf("errors: %v", errs)
			}
			jsonEq(t, tc.want, data)
		})
	}
}

func TestCountiesConnection(t *testing.T) {
	f := testGraph()
	c := newTestClient(t, f)
	const q = `query($after: String) { counties(first: 1, after: $after, filter: { industry: "食用菌" }) {
		totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`
	var page struct {
		Counties struct {
			TotalCount int
			Edges      []struct {
				Cursor string
				Node   struct{ Name string }
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
		}
	}
	var names []string
	var after any
	for i := 0; i < 5; i++ {
		c.MustPost(q, &page, client.Var("after", after))
		if page.Counties.TotalCount != 2 {
			t.Fatalf("totalCount = %d, want 2", page.Counties.TotalCount)
		}
		for _, e := range page.Counties.Edges {
			names = append(names, e.Node.Name)
		}
		if !page.Counties.PageInfo.HasNextPage {
			break
		}
		after = page.Counties.PageInfo.EndCursor
	}
	// Sorted by name (code point order): 延 U+5EF6 < 迭 U+8FED.
	if diff := cmp.Diff([]string{"延寿县", "迭部县"}, names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}

	t.Run("TotalCountOnlyWhenAsked", func(t *testing.T) {
		f.reset()
		c.MustPost(`{ counties(first: 1) { edges { node { name } } } }`, &map[string]any{})
		if f.calls["Count"] != 0 {
			t.Errorf("Count called %d times without totalCount", f.calls["Count"])
		}
	})
	t.Run("ErrBadCursor", func(t *testing.T) {
		_, errs := post(t, c, `{ counties(first: 1, after: "bm9wZQ") { totalCount } }`)
		if code(errs) != "BAD_USER_INPUT" {
			t.Fatalf("errors: %v", errs)
		}
	})
	t.Run("ErrFirstTooLarge", func(t *testing.T) {
		_, errs := post(t, c, `{ counties(first: 101) { totalCount } }`)
		if code(errs) != "BAD_USER_INPUT" {
			t.Fatalf("errors: %v", errs)
		}
	})
}

// TestRegionFilterNormalized: the region lists' filters take text as the
// other lists' filters do, trimmed and in traditional characters too.
func TestRegionFilterNormalized(t *testing.T) {
	c := newTestClient(t, testGraph())
	for _, tc := range []struct{ name, query, want string }{
		{"CountiesTraditional", `{ counties(filter: { nameContains: "延壽" }) { nodes { name } } }`, `{"counties":{"nodes":[{"name":"延寿县"}]}}`},
		{"CountiesSpaces", `{ counties(filter: { nameContains: " 延寿 " }) { nodes { name } } }`, `{"counties":{"nodes":[{"name":"延寿县"}]}}`},
		{"CountiesIndustrySpaces", `{ counties(filter: { industry: " 食用菌 " }) { nodes { name } } }`, `{"counties":{"nodes":[{"name":"延寿县"},{"name":"迭部县"}]}}`},
		{"RegionsTraditional", `{ regions(level: COUNTY, filter: { nameContains: "延壽縣" }) { nodes { name } } }`, `{"regions":{"nodes":[{"name":"延寿县"}]}}`},
		{"Simplified", `{ counties(filter: { nameContains: "延寿" }) { nodes { name } } }`, `{"counties":{"nodes":[{"name":"延寿县"}]}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := post(t, c, tc.query)
			if errs != nil {
				t.Fatalf("errors: %v", errs)
			}
			jsonEq(t, tc.want, data)
		})
	}
}

// TestRegionCodeNormalized: region(code:) normalises its argument as the
// names are (here a fake that folds full-width digits).
func TestRegionCodeNormalized(t *testing.T) {
	c := newTestClient(t, testGraph(), func(c *Config) {
		c.Normalize = func(s string) string {
			return strings.Map(func(r rune) rune {
				if r >= '０' && r <= '９' {
					return r - 0xFEE0
				}
				return r
			}, s)
		}
	})
	for _, tc := range []struct{ name, code, want, err string }{
		{"ASCII", "230129", `{"region":{"name":"延寿县"}}`, ""},
		{"FullWidth", "２３０１２９", `{"region":{"name":"延寿县"}}`, ""},
		{"Spaces", " 230129 ", `{"region":{"name":"延寿县"}}`, ""},
		{"Unknown", "999999", `{"region":null}`, "NOT_FOUND"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := post(t, c, `query($c: String) { region(code: $c) { name } }`, client.Var("c", tc.code))
			if code(errs) != tc.err {
				t.Fatalf("errors %v, want code %q", errs, tc.err)
			}
			jsonEq(t, tc.want, data)
		})
	}
}

// TestStatisticsMetric: Region.statistics(metric:) keeps one metric; an
// empty or blank metric is no filter, as in the lists' filters.
func TestStatisticsMetric(t *testing.T) {
	c := newTestClient(t, testGraph())
	all := `{"county":{"statistics":[{"metric":"贫困发生率","value":"0.44%"}]}}`
	for _, tc := range []struct{ name, args, want string }{
		{"Absent", ``, all},
		{"Metric", `(metric: "贫困发生率")`, all},
		{"Spaces", `(metric: " 贫困发生率 ")`, all},
		{"Other", `(metric: "脱贫人口")`, `{"county":{"statistics":[]}}`},
		{"Empty", `(metric: "")`, all},
		{"Blank", `(metric: "  ")`, all},
		{"Null", `(metric: null)`, all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := post(t, c, `{ county(name: "延寿县") { statistics`+tc.args+` { metric value } } }`)
			if errs != nil {
				t.Fatalf("errors: %v", errs)
			}
			jsonEq(t, tc.want, data)
		})
	}
}

// TestSearchKinds: search takes the kinds the index covers; articles and
// statistics, which it does not, are refused by name rather than matching
// nothing.
func TestSearchKinds(t *testing.T) {
	c := newTestClient(t, testGraph())
	for _, tc := range []struct{ name, kinds, code, message string }{
		{"None", ``, "", ""},
		{"County", `, kinds: [COUNTY]`, "", ""},
		{"Several", `, kinds: [COUNTY, OFFICIAL, PROGRAM, INDUSTRY, ORGANIZATION, PROVINCE, PREFECTURE, TOWN, VILLAGE]`, "", ""},
		{"Article", `, kinds: [ARTICLE]`, "BAD_USER_INPUT", "kinds: ARTICLE is not searched"},
		{"StatisticAmongOthers", `, kinds: [COUNTY, STATISTIC]`, "BAD_USER_INPUT", "kinds: STATISTIC is not searched"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, c, `{ search(query: "延寿"`+tc.kinds+`) { id } }`)
			if code(errs) != tc.code || (tc.message != "" && !strings.Contains(errs[0].Message, tc.message)) {
				t.Fatalf("errors %v, want code %q with %q", errs, tc.code, tc.message)
			}
		})
	}
}

// TestRoundTrips checks that reads are batched: the number of store calls
// follows the shape of the query, not the number of objects in the result.
func TestRoundTrips(t *testing.T) {
	f := testGraph()
	c := newTestClient(t, f)
	const q = `{ counties(first: 3) { edges { node { name province { name }
		officials { official { name roles { region { name } } } evidence { article { title } } }
		industries { name regions { name } } } } } }`
	f.reset()
	c.MustPost(q, &map[string]any{})
	// List, province (Entities), officials (Links), roles (Links),
	// evidence articles (Entities), industries (Links), regions (Links).
	if got := f.total(); got > 7 {
		t.Errorf("%d store calls for 3 counties, want at most 7: %v", got, f.calls)
	}
}

func TestErrors(t *testing.T) {
	f := testGraph()
	t.Run("InternalHidden", func(t *testing.T) {
		c := newTestClient(t, f, func(c *Config) {
			c.Reader = failingReader{f, errors.New("bolt: secret connection detail")}
		})
		_, errs := post(t, c, `{ county(name: "延寿县") { name } }`)
		if code(errs) != "INTERNAL" || strings.Contains(errs[0].Message, "secret") {
			t.Fatalf("errors: %v", errs)
		}
	})
	t.Run("Unavailable", func(t *testing.T) {
		c := newTestClient(t, f, func(c *Config) {
			c.Reader = failingReader{f, kg.Errorf(kg.EUNAVAILABLE, "neo4j is not reachable")}
		})
		_, errs := post(t, c, `{ county(name: "延寿县") { name } }`)
		if code(errs) != "UNAVAILABLE" {
			t.Fatalf("errors: %v", errs)
		}
	})
	t.Run("BadID", func(t *testing.T) {
		_, errs := post(t, newTestClient(t, f), `{ node(id: "nonsense") { id } }`)
		if code(errs) != "BAD_USER_INPUT" {
			t.Fatalf("errors: %v", errs)
		}
	})
}

// TestOperationName: a document of several operations runs the one
// operationName names; without it, or naming none of them, the error says
// what is wrong.
func TestOperationName(t *testing.T) {
	c := newTestClient(t, testGraph())
	const doc = `query A { county(name: "延寿县") { name } } query B { county(name: "迭部县") { name } }`
	for _, tc := range []struct{ name, query, op, data, code, message string }{
		{"Named", doc, "B", `{"county":{"name":"迭部县"}}`, "", ""},
		{"Missing", doc, "", "null", "GRAPHQL_VALIDATION_FAILED", "the document has several operations: operationName must name the one to run"},
		{"Unknown", doc, "C", "null", "GRAPHQL_VALIDATION_FAILED", "operation C not found"},
		{"OneUnnamed", `{ county(name: "延寿县") { name } }`, "", `{"county":{"name":"延寿县"}}`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := post(t, c, tc.query, client.Operation(tc.op))
			if code(errs) != tc.code || (tc.message != "" && errs[0].Message != tc.message) {
				t.Fatalf("errors %+v, want %s %q", errs, tc.code, tc.message)
			}
			jsonEq(t, tc.data, data)
		})
	}
}

// failingReader fails RegionByName with err.
type failingReader struct {
	*fakeReader
	err error
}

func (r failingReader) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	return nil, r.err
}

func TestHandlerRoutes(t *testing.T) {
	ready := errors.New("down")
	h := NewHandler(Config{Reader: testGraph(), Ready: func(ctx context.Context) error { return ready }})
	for _, tc := range []struct {
		path   string
		status int
		body   string
	}{
		{"/healthz", 200, `"ok"`},
		{"/readyz", 503, `unavailable`},
		{"/", 200, "/assets/graphiql.min.js"},
		{"/assets/graphiql.min.js", 200, "GraphiQL"},
		{"/assets/react.production.min.js", 200, "React"},
		{"/metrics", 200, "go_goroutines"},
		{"/favicon.ico", 204, ""},
		{"/nope", 404, ""},
	} {
		t.Run(strings.TrimPrefix(tc.path, "/"), func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
			body, _ := io.ReadAll(rec.Body)
			if rec.Code != tc.status || !strings.Contains(string(body), tc.body) {
				t.Errorf("GET %s = %d %.200q, want %d containing %q", tc.path, rec.Code, body, tc.status, tc.body)
			}
		})
	}
	_ = http.StatusOK
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestMinConfidence: relationship lists keep the facts found with at least
// the confidence asked for, return each relationship's confidence, and
// refuse a bound outside 0..1.
func TestMinConfidence(t *testing.T) {
	c := newTestClient(t, testGraph())
	for _, tc := range []struct {
		name, query, want, code string
	}{
		{"All", `{ county(name: "延寿县") { developments { industry { name } confidence support } } }`,
			`{"county":{"developments":[{"industry":{"name":"光伏"},"confidence":0.9,"support":9},{"industry":{"name":"食用菌"},"confidence":0.6,"support":6}]}}`, ""},
		{"Above", `{ county(name: "延寿县") { developments(minConfidence: 0.8) { industry { name } } } }`,
			`{"county":{"developments":[{"industry":{"name":"光伏"}}]}}`, ""},
		{"NoneAbove", `{ county(name: "延寿县") { developments(minConfidence: 0.95) { industry { name } } } }`,
			`{"county":{"developments":[]}}`, ""},
		{"OutOfRange", `{ county(name: "延寿县") { developments(minConfidence: 1.5) { industry { name } } } }`, "", "BAD_USER_INPUT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := post(t, c, tc.query)
			if tc.code != "" {
				if code(errs) != tc.code {
					t.Fatalf("errors %v, want code %s", errs, tc.code)
				}
				return
			}
			if errs != nil {
				t.Fatalf("errors: %v", errs)
			}
			jsonEq(t, tc.want, data)
		})
	}
}

// TestAnswerBounds: fields whose answers grow with the graph take first.
func TestAnswerBounds(t *testing.T) {
	c := newTestClient(t, testGraph())
	data, errs := post(t, c, `{ statisticComparison(metric: "贫困发生率", first: 1) { region { name } value } }`)
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	jsonEq(t, `{"statisticComparison":[{"region":{"name":"延寿县"},"value":"0.44%"}]}`, data)
	if _, errs := post(t, c, `{ statisticComparison(metric: "贫困发生率", first: 0) { value } }`); code(errs) != "BAD_USER_INPUT" {
		t.Errorf("first: 0 gave %v, want BAD_USER_INPUT", errs)
	}
	if _, errs := post(t, c, `{ industryCooccurrence { regions(first: 1001) { name } } }`); code(errs) == "" {
		t.Errorf("regions(first: 1001) gave no error")
	}
}

// TestCursorOfAnotherList: a cursor names the list it came from; one of
// another list (an official's in counties, a county's in articles) is
// refused with BAD_USER_INPUT, where it used to be read as a position there
// and return some page. Regions and counties share their items' label and
// key, so a county's cursor carries on in regions.
func TestCursorOfAnotherList(t *testing.T) {
	c := newTestClient(t, testGraph())
	endCursor := func(t *testing.T, list, args string) string {
		t.Helper()
		data, errs := post(t, c, `{ `+list+`(first: 1`+args+`) { pageInfo { endCursor } } }`)
		if errs != nil {
			t.Fatalf("%s: %v", list, errs)
		}
		var resp map[string]struct{ PageInfo struct{ EndCursor string } }
		if err := json.Unmarshal([]byte(data), &resp); err != nil || resp[list].PageInfo.EndCursor == "" {
			t.Fatalf("%s: no endCursor in %s (%v)", list, data, err)
		}
		return resp[list].PageInfo.EndCursor
	}
	for _, tc := range []struct {
		name, from, to, wantCode, wantMsg string
	}{
		{"OfficialInCounties", "officials", "counties", "BAD_USER_INPUT", "after: cursor is for another list"},
		{"CountyInOfficials", "counties", "officials", "BAD_USER_INPUT", "after: cursor is for another list"},
		{"CountyInArticles", "counties", "articles", "BAD_USER_INPUT", "after: cursor is for another list"},
		{"ProgramInIndustries", "programs", "industries", "BAD_USER_INPUT", "after: cursor is for another list"},
		{"CountyInRegions", "counties", "regions", "", ""},
		{"OfficialInOfficials", "officials", "officials", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			after := endCursor(t, tc.from, "")
			_, errs := post(t, c, `{ `+tc.to+`(first: 1, after: "`+after+`") { nodes { id } } }`)
			if code(errs) != tc.wantCode {
				t.Fatalf("code = %q, want %q (errors %v)", code(errs), tc.wantCode, errs)
			}
			if tc.wantMsg != "" && errs[0].Message != tc.wantMsg {
				t.Errorf("message = %q, want %q", errs[0].Message, tc.wantMsg)
			}
		})
	}
}

// TestNodeIDKind: an id may name a region by its level (County:230129); an
// id naming another level than the region's names no node (found by an
// independent tester: Province:230129 returned the county).
func TestNodeIDKind(t *testing.T) {
	c := newTestClient(t, testGraph())
	tests := []struct{ id, want string }{
		{"Region:230129", `{"node":{"name":"延寿县"}}`},
		{"County:230129", `{"node":{"name":"延寿县"}}`},
		{"county:230129", `{"node":{"name":"延寿县"}}`},
		{"Province:230129", `{"node":null}`},
		{"Prefecture:230129", `{"node":null}`},
		{"Industry:光伏", `{"node":{"name":"光伏"}}`},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			data, errs := post(t, c, `query($id: ID!) { node(id: $id) { ... on Entity { name } } }`, client.Var("id", tc.id))
			if errs != nil {
				t.Fatalf("errors: %v", errs)
			}
			jsonEq(t, tc.want, data)
		})
	}
	data, errs := post(t, c, `{ nodes(ids: ["County:230129", "Province:230129", "Region:230129"]) { ... on Entity { name } } }`)
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	jsonEq(t, `{"nodes":[{"name":"延寿县"},null,{"name":"延寿县"}]}`, data)
	if _, errs := post(t, c, `{ neighborhood(id: "County:230129") { nodes { id } } }`); errs != nil {
		t.Errorf("neighborhood of County:230129: %v", errs)
	}
	if _, errs := post(t, c, `{ neighborhood(id: "Province:230129") { nodes { id } } }`); code(errs) != "NOT_FOUND" {
		t.Errorf("neighborhood of Province:230129: %v, want NOT_FOUND", errs)
	}
	// Paths likewise (they went from the county; found by an independent tester).
	if data, errs := post(t, c, `{ shortestPath(from: "County:230129", to: "Industry:光伏") { length } }`); errs != nil || data != `{"shortestPath":{"length":1}}` {
		t.Errorf("path from County:230129: %s %v", data, errs)
	}
	for _, q := range []string{
		`{ shortestPath(from: "Province:230129", to: "Industry:光伏") { length } }`,
		`{ shortestPaths(from: "Industry:光伏", to: "Village:230129") { length } }`,
	} {
		if _, errs := post(t, c, q); code(errs) != "NOT_FOUND" || !strings.Contains(errs[0].Message, "230129") {
			t.Errorf("%s: %v, want NOT_FOUND naming the id", q, errs)
		}
	}
}
