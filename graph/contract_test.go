package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/tuopin/tuopin/analytics"
	"github.com/tuopin/tuopin/graph"
	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/loader/textnorm"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

const testAPIKey = "contract-test-key"

// seedServer is the handler over a Neo4j graph loaded from the seed
// articles, and a counter of its store round trips.
type seedServer struct {
	client     *client.Client
	store      *neo4jstore.Store
	profiler   *neo4jstoretest.Profiler // off but in TestDBHits
	jobs       *analytics.Jobs
	roundTrips atomic.Int64
}

var (
	seedOnce sync.Once
	seedSrv  *seedServer
	seedErr  string
)

// seedsDir is ../shared/seeds beside the repository.
func seedsDir() (string, error) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("seed articles not found: %w", err)
	}
	return dir, nil
}

func loadSeeds(t *testing.T) *seedServer {
	t.Helper()
	uri := neo4jtest.URI(t)
	seedOnce.Do(func() {
		neo4jtest.Wipe(t)
		ctx := context.Background()
		prof := &neo4jstoretest.Profiler{}
		store, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri, User: neo4jtest.User(), Password: neo4jtest.Password(), WrapDriver: prof.Wrap})
		if err != nil {
			seedErr = "open: " + err.Error()
			return
		}
		x, err := loader.NewExtractor()
		if err != nil {
			seedErr = "extractor: " + err.Error()
			return
		}
		dir, err := seedsDir()
		if err != nil {
			seedErr = err.Error()
			return
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var batch []*kg.Facts
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				seedErr = err.Error()
				return
			}
			facts, err := x.ExtractBytes(filepath.Base(f), raw)
			if err != nil {
				seedErr = "extract " + f + ": " + err.Error()
				return
			}
			batch = append(batch, facts)
		}
		if _, err := store.WriteFacts(ctx, batch); err != nil {
			seedErr = "write: " + err.Error()
			return
		}
		if _, err := analytics.Run(ctx, store, analytics.DefaultParams(), nil); err != nil {
			seedErr = "analyze: " + err.Error()
			return
		}
		s := &seedServer{store: store, profiler: prof, jobs: analytics.NewJobs(store, analytics.DefaultParams(), nil)}
		store.OnQuery = func(string, time.Duration) { s.roundTrips.Add(1) }
		h := graph.NewHandler(graph.Config{
			Reader:        store,
			Normalize:     textnorm.ToSimplified,
			Introspection: true,
			APIKey:        testAPIKey,
			Analyzer:      s.jobs,
			Ingest: func(ctx context.Context, title, text string) (*kg.Article, error) {
				return loader.IngestArticle(ctx, x.ExtractBytes, store, title, text)
			},
		})
		s.client = client.New(h, client.Path("/graphql"))
		seedSrv = s
	})
	if seedSrv == nil {
		t.Fatalf("loading the seed graph: %s", seedErr)
	}
	return seedSrv
}

// run posts a query, fails on GraphQL errors and returns the data and the
// number of store round trips it took.
func (s *seedServer) run(t *testing.T, query string, opts ...client.Option) (map[string]any, int64) {
	t.Helper()
	before := s.roundTrips.Load()
	resp, err := s.client.RawPost(query, opts...)
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	trips := s.roundTrips.Load() - before
	if len(resp.Errors) > 0 {
		t.Fatalf("errors: %s", resp.Errors)
	}
	data, _ := resp.Data.(map[string]any)
	return data, trips
}

// get walks a decoded JSON value: keys for objects, ints for arrays.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			a, _ := v.([]any)
			if k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func strs(v any, key string) []string {
	var out []string
	a, _ := v.([]any)
	for _, x := range a {
		s, _ := get(x, key).(string)
		out = append(out, s)
	}
	return out
}

func dump(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// readContract reads a query of docs/queries.
func readContract(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "docs", "queries", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkTrips(t *testing.T, name string, trips, max int64) {
	t.Helper()
	t.Logf("%s: %d store round trips", name, trips)
	if trips > max {
		t.Errorf("%s took %d round trips, want at most %d", name, trips, max)
	}
}

func TestContractCounty(t *testing.T) {
	s := loadSeeds(t)
	data, trips := s.run(t, readContract(t, "county.graphql"))
	c := data["county"]
	if get(c, "name") != "延寿县" || get(c, "code") != "230129" || get(c, "province", "name") != "黑龙江省" {
		t.Errorf("county = %s", dump(c))
	}
	var found bool
	for _, o := range get(c, "officials").([]any) {
		title, _ := get(o, "title").(string)
		if get(o, "official", "name") == "张洪岐" && strings.Contains(title, "县长") {
			ev, _ := get(o, "evidence").([]any)
			sentence, _ := get(ev, 0, "sentence").(string)
			if strings.Contains(sentence, "张洪岐") && get(ev, 0, "article", "id") != nil && get(ev, 0, "article", "title") != "" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no 张洪岐 with a 县长 title and its sentence: %s", dump(get(c, "officials")))
	}
	if ps := strs(get(c, "programs"), "name"); !slices.Contains(ps, "光伏扶贫") {
		t.Errorf("programs = %v", ps)
	}
	if is := strs(get(c, "industries"), "name"); !slices.Contains(is, "光伏") || !slices.Contains(is, "食用菌") {
		t.Errorf("industries = %v", is)
	}
	var rate bool
	for _, st := range get(c, "statistics").([]any) {
		if get(st, "metric") == "贫困发生率" && get(st, "value") == "0.44%" {
			rate = true
		}
	}
	if !rate {
		t.Errorf("no 贫困发生率 0.44%%: %s", dump(get(c, "statistics")))
	}
	// county, province, officials, evidence articles, programs, industries, statistics.
	checkTrips(t, "county", trips, 7)
}

func TestContractAssistedBy(t *testing.T) {
	s := loadSeeds(t)
	data, trips := s.run(t, readContract(t, "assisted-by.graphql"))
	var ok bool
	for _, a := range get(data, "county", "assistedBy").([]any) {
		if get(a, "helper", "name") == "河东区" && get(a, "helper", "code") == "120102" {
			ok = true
		}
	}
	if !ok {
		t.Errorf("迭部县 not helped by 河东区 120102: %s", dump(data))
	}
	checkTrips(t, "assistedBy", trips, 2)
}

func TestContractRoles(t *testing.T) {
	s := loadSeeds(t)
	data, trips := s.run(t, readContract(t, "roles.graphql"))
	officials := get(data, "county", "officials").([]any)
	names := map[string]bool{}
	for _, o := range officials {
		name, _ := get(o, "official", "name").(string)
		names[name] = true
		roles, _ := get(o, "official", "roles").([]any)
		if len(roles) == 0 || get(roles, 0, "title") == "" || get(roles, 0, "region", "name") == nil {
			t.Errorf("%s has no roles: %s", name, dump(o))
		}
	}
	if !names["郭广福"] || !names["姜宇峰"] {
		t.Errorf("officials of 桦川县 = %s", dump(officials))
	}
	// county, officials, roles.
	checkTrips(t, "roles", trips, 3)
}

func TestContractSearch(t *testing.T) {
	s := loadSeeds(t)
	data, trips := s.run(t, readContract(t, "search.graphql"))
	hits := data["search"].([]any)
	if get(hits, 0, "name") != "延寿县" || get(hits, 0, "kind") != "COUNTY" || get(hits, 0, "id") != "Region:230129" {
		t.Errorf("search 延壽縣 = %s", dump(hits))
	}
	checkTrips(t, "search", trips, 1)
}

func TestContractShortestPath(t *testing.T) {
	s := loadSeeds(t)
	data, _ := s.run(t, `{ search(query: "张洪岐", kinds: [OFFICIAL], first: 1) { id } }`)
	from, _ := get(data, "search", 0, "id").(string)
	if from == "" {
		t.Fatalf("张洪岐 not found: %s", dump(data))
	}
	data, trips := s.run(t, readContract(t, "shortest-path.graphql"),
		client.Var("from", from), client.Var("to", "Industry:光伏"))
	p := data["shortestPath"]
	nodes := strs(get(p, "nodes"), "name")
	rels := strs(get(p, "relationships"), "type")
	if len(nodes) < 2 || nodes[0] != "张洪岐" || nodes[len(nodes)-1] != "光伏" || len(rels) != len(nodes)-1 {
		t.Errorf("path = %s", dump(p))
	}
	if slices.Equal(nodes, []string{"张洪岐", "延寿县", "光伏"}) && !slices.Equal(rels, []string{"SERVES_IN", "DEVELOPS"}) {
		t.Errorf("relationships = %v", rels)
	}
	checkTrips(t, "shortestPath", trips, 1)
}

func TestContractNeighborhood(t *testing.T) {
	s := loadSeeds(t)
	data, trips := s.run(t, readContract(t, "neighborhood.graphql"), client.Var("id", "Region:230129"))
	g := data["neighborhood"]
	nodes := get(g, "nodes").([]any)
	if get(nodes, 0, "id") != "Region:230129" || len(nodes) < 5 || len(nodes) > 50 {
		t.Errorf("nodes = %s", dump(nodes))
	}
	ids := map[string]bool{}
	for _, n := range nodes {
		ids[get(n, "id").(string)] = true
	}
	edges := get(g, "edges").([]any)
	if len(edges) < len(nodes)-1 {
		t.Errorf("%d edges for %d nodes", len(edges), len(nodes))
	}
	for _, e := range edges {
		if !ids[get(e, "source").(string)] || !ids[get(e, "target").(string)] || get(e, "type") == "" {
			t.Errorf("edge outside the node set: %s", dump(e))
		}
	}
	if !ids["Industry:光伏"] || !ids["Region:230100"] {
		t.Errorf("光伏 or 哈尔滨市 missing from the neighbourhood of 延寿县: %s", dump(nodes))
	}
	checkTrips(t, "neighborhood", trips, 1)
}

func TestContractCounties(t *testing.T) {
	s := loadSeeds(t)
	q := readContract(t, "counties.graphql")
	var names []string
	var after any
	total := -1.0
	for page := 0; page < 20; page++ {
		data, trips := s.run(t, q, client.Var("after", after))
		c := data["counties"]
		if total < 0 {
			total, _ = get(c, "totalCount").(float64)
			checkTrips(t, "counties with totalCount", trips, 2)
		}
		edges := get(c, "edges").([]any)
		if len(edges) > 1 {
			t.Fatalf("first: 1 gave %d edges", len(edges))
		}
		for _, e := range edges {
			names = append(names, get(e, "node", "name").(string))
			if get(e, "cursor") == "" {
				t.Errorf("edge without cursor")
			}
		}
		if get(c, "pageInfo", "hasNextPage") != true {
			break
		}
		after = get(c, "pageInfo", "endCursor")
	}
	if int(total) != len(names) || !slices.Contains(names, "延寿县") || !slices.Contains(names, "靖宇县") {
		t.Errorf("totalCount %v, pages %v", total, names)
	}
	if !slices.IsSorted(names) {
		t.Errorf("not in name order: %v", names)
	}
}

func TestContractAnalytics(t *testing.T) {
	s := loadSeeds(t)
	data, _ := s.run(t, readContract(t, "analytics.graphql"))
	sim := data["similarCounties"].([]any)
	if len(sim) == 0 || len(sim) > 3 {
		t.Errorf("similarCounties = %s", dump(sim))
	}
	for _, x := range sim {
		score, _ := get(x, "score").(float64)
		if get(x, "county", "name") == "延寿县" || score <= 0 || score > 1 {
			t.Errorf("similar county %s", dump(x))
		}
	}
	for i := 1; i < len(sim); i++ {
		if get(sim, i, "score").(float64) > get(sim, i-1, "score").(float64) {
			t.Errorf("similarCounties not by score: %s", dump(sim))
		}
	}
	top := data["topEntities"].([]any)
	if len(top) != 3 {
		t.Errorf("topEntities = %s", dump(top))
	}
	prev := 1e9
	for _, x := range top {
		score, _ := get(x, "score").(float64)
		if score > prev || score <= 0 {
			t.Errorf("scores not descending: %s", dump(top))
		}
		prev = score
	}
	// Stored results: the county, then one read per field.
	_, trips := s.run(t, readContract(t, "analytics.graphql"))
	checkTrips(t, "analytics", trips, 3)
	data, _ = s.run(t, `{ analysis { graphVersion currentVersion stale analyzedAt } }`)
	if get(data, "analysis", "stale") != false || get(data, "analysis", "graphVersion") != get(data, "analysis", "currentVersion") {
		t.Errorf("analysis = %s", dump(data))
	}
}

func TestContractIngest(t *testing.T) {
	s := loadSeeds(t)
	q := readContract(t, "ingest.graphql")
	vars := []client.Option{client.Var("title", "测试县脱贫"), client.Var("text", "新闻稿。靖宇县大力发展蓝莓产业，推进光伏扶贫。")}

	resp, err := s.client.RawPost(q, vars...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(resp.Errors), "UNAUTHENTICATED") {
		t.Errorf("without the key: %s", resp.Errors)
	}
	resp, err = s.client.RawPost(q, append(vars, client.AddHeader("Authorization", "Bearer wrong"))...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(resp.Errors), "UNAUTHENTICATED") {
		t.Errorf("with a wrong key: %s", resp.Errors)
	}
	data, _ := s.run(t, q, append(vars, client.AddHeader("Authorization", "Bearer "+testAPIKey))...)
	id, _ := get(data, "ingestArticle", "id").(string)
	if !strings.HasPrefix(id, "Article:") {
		t.Fatalf("ingestArticle = %s", dump(data))
	}
	data, _ = s.run(t, `query($id: ID!) { node(id: $id) { ... on Article { title } } }`, client.Var("id", id))
	if title, _ := get(data, "node", "title").(string); title == "" {
		t.Errorf("ingested article not found: %s", dump(data))
	}
}

// TestContractAnalyzeGraph ingests an article (the stored analysis goes
// stale), starts an analysis with the mutation and waits for its job: the
// analysis is current again.
func TestContractAnalyzeGraph(t *testing.T) {
	s := loadSeeds(t)
	auth := client.AddHeader("Authorization", "Bearer "+testAPIKey)
	s.run(t, `mutation($t: String!, $x: String!) { ingestArticle(input: {title: $t, text: $x}) { id } }`,
		client.Var("t", "再访延寿"), client.Var("x", "延寿县大力发展蓝莓产业，推进光伏扶贫。"), auth)
	data, _ := s.run(t, `{ analysis { stale } }`)
	if get(data, "analysis", "stale") != true {
		t.Fatalf("after an ingest: %s", dump(data))
	}
	data, _ = s.run(t, `mutation { analyzeGraph { id state } }`, auth)
	if get(data, "analyzeGraph", "state") != "RUNNING" {
		t.Fatalf("analyzeGraph = %s", dump(data))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.jobs.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	data, _ = s.run(t, `{ analysis { stale graphVersion currentVersion job { state progress stage error } } }`)
	a := data["analysis"]
	if get(a, "stale") != false || get(a, "job", "state") != "DONE" || get(a, "job", "progress") != 1.0 || get(a, "job", "error") != nil {
		t.Errorf("after the job: %s", dump(data))
	}
}

// TestContractConfidentFacts: on the seed graph in Neo4j, minConfidence
// keeps exactly the relationships whose confidence reaches it, planned in one
// statement like the unfiltered list.
func TestContractConfidentFacts(t *testing.T) {
	s := loadSeeds(t)
	q := readContract(t, "confident-facts.graphql")
	all, _ := s.run(t, q, client.Var("min", 0.0))
	some, trips := s.run(t, q, client.Var("min", 0.9))
	checkTrips(t, "confident facts", trips, 2)
	count := func(data map[string]any, min float64) (n, above int) {
		for _, d := range get(data, "county", "developments").([]any) {
			n++
			if c, _ := get(d, "confidence").(float64); c >= min {
				above++
			}
		}
		return n, above
	}
	nAll, aboveAll := count(all, 0.9)
	nSome, aboveSome := count(some, 0.9)
	if nAll == 0 || aboveAll == 0 || aboveAll == nAll {
		t.Fatalf("seed county has %d developments, %d with confidence ≥ 0.9: want some of each", nAll, aboveAll)
	}
	if nSome != aboveAll || aboveSome != nSome {
		t.Errorf("minConfidence 0.9 kept %d (%d of them ≥ 0.9), want the %d at or above it", nSome, aboveSome, aboveAll)
	}
}
