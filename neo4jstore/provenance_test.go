package neo4jstore_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// writeAtOnce writes the batches at once, one goroutine each, and fails
// the test on any error.
func writeAtOnce(t *testing.T, s *neo4jstore.Store, batches [][]*kg.Facts) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(batches))
	for i, b := range batches {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.WriteFacts(context.Background(), b)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// popular builds n articles that all say the same county develops 水稻,
// each with its own sentence and a confidence from a small set.
func popular(n int) []*kg.Facts {
	out := make([]*kg.Facts, n)
	for i := range n {
		id := fmt.Sprintf("p%03d", i)
		f := article(id, id+".txt", "水稻")
		for j := range f.Industries {
			f.Industries[j].Confidence = []float64{0.5, 0.7, 0.9}[i%3]
		}
		out[i] = f
	}
	return out
}

// TestProvenanceCounts: a fact supported by many articles keeps a count,
// the 20 smallest evidence strings and exact confidence levels, whatever
// the order and batching of the writes, and withdrawing articles undoes
// exactly their share.
func TestProvenanceCounts(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	arts := popular(30)
	const rice = `MATCH (:Region {code: '230129'})-[r:DEVELOPS]->(:Industry {name: '水稻'}) `

	digests := map[string]neo4jstoretest.GraphDigest{}
	for _, order := range []string{"one batch", "reverse singles", "concurrent"} {
		if err := s.Reset(ctx); err != nil {
			t.Fatal(err)
		}
		switch order {
		case "one batch":
			if _, err := s.WriteFacts(ctx, arts); err != nil {
				t.Fatal(err)
			}
		case "reverse singles":
			for i := len(arts) - 1; i >= 0; i-- {
				if _, err := s.WriteFacts(ctx, arts[i:i+1]); err != nil {
					t.Fatal(err)
				}
			}
		case "concurrent":
			var batches [][]*kg.Facts
			for g := range 6 {
				batches = append(batches, arts[g*5:g*5+5])
			}
			writeAtOnce(t, s, batches)
		}
		d, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
		if err != nil {
			t.Fatal(err)
		}
		digests[order] = d
	}
	if digests["one batch"] != digests["reverse singles"] || digests["one batch"] != digests["concurrent"] {
		t.Fatalf("the graph depends on write order: %+v", digests)
	}

	got := map[string]int64{
		"support":   count(t, s, rice+`RETURN r.support`, nil),
		"evidence":  count(t, s, rice+`RETURN size(r.evidence)`, nil),
		"smallest":  count(t, s, rice+`RETURN size([e IN r.evidence WHERE e < 'p020:'])`, nil),
		"levels":    count(t, s, rice+`RETURN size(r.confidenceLevels)`, nil),
		"counted":   count(t, s, rice+`RETURN reduce(n = 0, c IN r.confidenceCounts | n + c)`, nil),
		"at 0.9":    count(t, s, rice+`WHERE r.confidence = 0.9 RETURN count(r)`, nil),
		"no lists":  count(t, s, `MATCH ()-[r]->() WHERE r.articles IS NOT NULL OR r.confidences IS NOT NULL RETURN count(r)`, nil),
		"record":    count(t, s, `MATCH (a:Article {id: 'p007'}) RETURN size(a.factTypes)`, nil),
		"record ok": count(t, s, `MATCH (a:Article {id: 'p007'}) WHERE size(a.factFrom) = size(a.factTypes) AND size(a.factTo) = size(a.factTypes) AND size(a.factConfidences) = size(a.factTypes) RETURN count(a)`, nil),
	}
	want := map[string]int64{"support": 30, "evidence": 20, "smallest": 20, "levels": 3, "counted": 30, "at 0.9": 1, "no lists": 0, "record": 7, "record ok": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("after 30 articles (-want +got):\n%s", diff)
	}
	// Readers show the count: the API's support of the fact.
	ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelDevelops, Out: true}, []string{"230129"})
	if err != nil {
		t.Fatal(err)
	}
	supports := map[string]int{}
	for _, l := range ls[0] {
		supports[l.To.EntityName()] = l.Support
	}
	if diff := cmp.Diff(map[string]int{"水稻": 30, "光伏": 30, "黑木耳": 30}, supports); diff != "" {
		t.Fatalf("support as read (-want +got):\n%s", diff)
	}

	// Replace every article giving 0.9 (p002, p005, …) by one without rice:
	// the confidence falls to 0.7, exactly, and their evidence goes.
	var edits []*kg.Facts
	for i := 2; i < 30; i += 3 {
		f := article(fmt.Sprintf("q%03d", i), fmt.Sprintf("p%03d.txt", i), "肉牛")
		edits = append(edits, f)
	}
	sum, err := s.WriteFacts(ctx, edits)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Replaced != 10 {
		t.Fatalf("replaced %d, want 10", sum.Replaced)
	}
	got = map[string]int64{
		"support":      count(t, s, rice+`RETURN r.support`, nil),
		"at 0.7":       count(t, s, rice+`WHERE r.confidence = 0.7 RETURN count(r)`, nil),
		"levels":       count(t, s, rice+`RETURN size(r.confidenceLevels)`, nil),
		"withdrawn ev": count(t, s, rice+`RETURN size([e IN r.evidence WHERE e STARTS WITH 'p002:' OR e STARTS WITH 'p005:'])`, nil),
		"kept ev":      count(t, s, rice+`RETURN size([e IN r.evidence WHERE e STARTS WITH 'p000:' OR e STARTS WITH 'p001:'])`, nil),
	}
	want = map[string]int64{"support": 20, "at 0.7": 1, "levels": 2, "withdrawn ev": 0, "kept ev": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("after withdrawing the 0.9 articles (-want +got):\n%s", diff)
	}
	ls, err = s.Links(ctx, kg.LinkSpec{Type: kg.RelDevelops, Out: true, Evidence: true}, []string{"230129"})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ls[0], func(l *kg.Link) bool { return l.To.(*kg.Industry).Name == "水稻" })
	if i < 0 || ls[0][i].Confidence != 0.7 || len(ls[0][i].Evidence) == 0 || len(ls[0][i].Evidence) > 20 {
		t.Fatalf("reader sees %+v", ls[0])
	}

	// Withdraw the rest: the relationship and the industry go.
	edits = edits[:0]
	for i := range 30 {
		if i%3 != 2 {
			edits = append(edits, article(fmt.Sprintf("q%03d", i), fmt.Sprintf("p%03d.txt", i), "肉牛"))
		}
	}
	if _, err := s.WriteFacts(ctx, edits); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `MATCH (i:Industry {name: '水稻'}) RETURN count(i)`, nil); n != 0 {
		t.Fatalf("水稻 still there after every supporter was withdrawn (%d)", n)
	}
	if n := count(t, s, `MATCH (:Region {code: '230129'})-[r:DEVELOPS]->(:Industry {name: '肉牛'}) WHERE r.support = 30 RETURN count(r)`, nil); n != 1 {
		t.Fatalf("肉牛 support is not 30")
	}
}

// downgrade rewrites the graph as an older Tuopin stored provenance (lists
// of article ids and confidences on each fact relationship), from the
// articles' records.
func downgrade(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	for _, q := range []string{
		`MATCH ()-[r]->() WHERE r.support IS NOT NULL SET r.articles = [], r.confidences = []`,
		`MATCH (a:Article) UNWIND range(0, size(a.factTypes) - 1) AS i
		 MATCH (x)-[r]->(y) WHERE type(r) = a.factTypes[i] AND coalesce(x.code, x.id, x.name) = a.factFrom[i] AND coalesce(y.code, y.id, y.name) = a.factTo[i]
		 SET r.articles = r.articles + a.id, r.confidences = r.confidences + a.factConfidences[i]`,
		`MATCH ()-[r]->() WHERE r.support IS NOT NULL REMOVE r.support, r.confidenceLevels, r.confidenceCounts`,
		`MATCH (a:Article) REMOVE a.factTypes, a.factFrom, a.factTo, a.factConfidences, a.path`,
	} {
		if err := neo4jstore.ExecForTest(context.Background(), s, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestMigrate: a graph in the old model (lists of article ids, sentences
// inside the evidence strings) is refused by the writer, converted by
// Migrate to exactly what the writer builds, and a second Migrate changes
// nothing.
func TestMigrate(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	arts := append(popular(25), article("x1", "x1.txt", "玉米"))
	arts[len(arts)-1].Industries[0].Confidence = 0.8
	arts = append(arts, &kg.Facts{Article: kg.Article{ID: "empty", Title: "无事实", File: "empty.txt"}})
	if _, err := s.WriteFacts(ctx, arts); err != nil {
		t.Fatal(err)
	}
	// The older graph held only the sentences its samples cite.
	pruneSentences(t, s)
	want, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
	if err != nil {
		t.Fatal(err)
	}
	downgradeSentences(t, s)
	downgrade(t, s)
	if n := count(t, s, `MATCH ()-[r:DEVELOPS]->(:Industry {name: '水稻'}) RETURN size(r.articles)`, nil); n != 25 {
		t.Fatalf("downgraded graph lists %d articles, want 25", n)
	}
	// A fresh store (as a new process would open) refuses to write into it.
	s2 := reopen(t)
	if _, err := s2.WriteFacts(ctx, []*kg.Facts{article("new", "new.txt", "茶叶")}); kg.ErrorCode(err) != kg.ECONFLICT {
		t.Fatalf("write into an old graph: %v, want %s", err, kg.ECONFLICT)
	}
	rep, err := s2.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 26 || rep.Relationships == 0 {
		t.Fatalf("migrate report %+v, want 26 articles with facts", rep)
	}
	got, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("migrated graph differs from the one the writer builds:\n got %+v\nwant %+v", got, want)
	}
	rep, err = s2.Migrate(ctx)
	if err != nil || rep.Relationships != 0 || rep.Evidence != 0 {
		t.Fatalf("second migrate: %+v, %v; want nothing converted", rep, err)
	}
	if again, _ := neo4jstoretest.Digest(ctx, neo4jtest.URI(t)); again != want {
		t.Fatalf("second migrate changed the graph")
	}
	if _, err := s2.WriteFacts(ctx, []*kg.Facts{article("new", "new.txt", "茶叶")}); err != nil {
		t.Fatalf("write after migrate: %v", err)
	}
}

// riceArticle names 延寿县 (with its ancestors) and 水稻; with develops, it
// says the county develops it.
func riceArticle(id string, develops bool) *kg.Facts {
	f := regionArticle(id, "", rProv, rPref, rYan)
	in := kg.IndustryFact{Name: "水稻", Evidence: ev(id, "发展水稻产业。", 0)}
	if develops {
		in.RegionCode = rYan.Code
	}
	f.Industries = []kg.IndustryFact{in}
	return f
}

// TestFactCreatedOnce: writers that create the same new fact at once, its
// two ends stored already and dense (more than 50 relationships each, so
// that creating a relationship does not lock them), make one relationship
// that counts every article: the start node's lock orders them (MERGE is
// not used).
func TestFactCreatedOnce(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	const rice = `MATCH (:Region {code: '230129'})-[r:DEVELOPS]->(:Industry {name: '水稻'}) `
	tests := []struct {
		name    string
		writers int
	}{
		{"two writers", 2},
		{"eight writers", 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for round := range 4 {
				if err := s.Reset(ctx); err != nil {
					t.Fatal(err)
				}
				var stock []*kg.Facts
				for i := range 60 {
					stock = append(stock, riceArticle(fmt.Sprintf("s%02d", i), false))
				}
				if _, err := s.WriteFacts(ctx, stock); err != nil {
					t.Fatal(err)
				}
				if n := count(t, s, rice+`RETURN count(r)`, nil); n != 0 {
					t.Fatalf("round %d: %d DEVELOPS 水稻 before the writers", round, n)
				}
				var batches [][]*kg.Facts
				for g := range tt.writers {
					batches = append(batches, []*kg.Facts{riceArticle(fmt.Sprintf("c%02d", g), true)})
				}
				writeAtOnce(t, s, batches)
				got := map[string]int64{
					"relationships": count(t, s, rice+`RETURN count(r)`, nil),
					"support":       count(t, s, rice+`RETURN sum(r.support)`, nil),
					"evidence":      count(t, s, rice+`RETURN sum(size(r.evidence))`, nil),
					"counted":       count(t, s, rice+`RETURN sum(reduce(n = 0, c IN r.confidenceCounts | n + c))`, nil),
				}
				n := int64(tt.writers)
				want := map[string]int64{"relationships": 1, "support": n, "evidence": n, "counted": n}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("round %d (-want +got):\n%s", round, diff)
				}
			}
		})
	}
}
