package neo4jstore_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// stringsOf reads one list of strings (the first column of the first
// record of q).
func stringsOf(t *testing.T, s *neo4jstore.Store, q string) []string {
	t.Helper()
	recs, err := neo4jstore.DumpForTest(context.Background(), s, q)
	if err != nil || len(recs) != 1 {
		t.Fatalf("%s: %d records, %v", q, len(recs), err)
	}
	vs, _ := recs[0][0].([]any)
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		str, _ := v.(string)
		out = append(out, str)
	}
	return out
}

// evidenceText renders links with their evidence, one line per link, sorted.
func evidenceText(ls []*kg.Link) []string {
	out := []string{}
	for _, l := range ls {
		var ev []string
		for _, e := range l.Evidence {
			ev = append(ev, fmt.Sprintf("%s:%d:%d:%s", e.ArticleID, e.Start, e.End, e.Sentence))
		}
		slices.Sort(ev)
		out = append(out, fmt.Sprintf("%s %s -> %s %.2f [%s]", l.Type, l.From.EntityName(), l.To.EntityName(), l.Confidence, strings.Join(ev, " | ")))
	}
	slices.Sort(out)
	return out
}

// apiEvidence reads every answer of the store that carries evidence, for
// the fixture's entities: each fact relationship type from its start
// nodes, a two-level plan, a shortest path and a neighbourhood.
func apiEvidence(t *testing.T, s *neo4jstore.Store) map[string][]string {
	t.Helper()
	ctx := context.Background()
	out := map[string][]string{}
	starts := map[string][]string{
		kg.RelServesIn:   {kg.OfficialID("张洪岐", "230129")},
		kg.RelImplements: {"230129"}, kg.RelDevelops: {"230129", "623024"},
		kg.RelSupports: {kg.ProgramID("光伏扶贫", false, "")}, kg.RelAssists: {"120102"},
		kg.RelReported: {"230129"},
	}
	for typ, keys := range starts {
		ls, err := s.Links(ctx, kg.LinkSpec{Type: typ, Out: true, Evidence: true}, keys)
		if err != nil {
			t.Fatalf("Links %s: %v", typ, err)
		}
		var all []*kg.Link
		for _, l := range ls {
			all = append(all, l...)
		}
		out["links "+typ] = evidenceText(all)
	}
	f, err := s.Fetch(ctx, kg.Root{Label: kg.LabelRegion, Keys: []string{"230129"}}, &kg.Plan{Links: []kg.PlanLink{
		{Spec: kg.LinkSpec{Type: kg.RelImplements, Out: true, Evidence: true}, Next: &kg.Plan{Links: []kg.PlanLink{
			{Spec: kg.LinkSpec{Type: kg.RelSupports, Out: true, Evidence: true}}}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var fetched []*kg.Link
	for _, ls := range f.Links {
		fetched = append(fetched, ls...)
	}
	out["fetch"] = evidenceText(fetched)
	ps, err := s.ShortestPaths(ctx, kg.Ref{Label: kg.LabelOfficial, Key: kg.OfficialID("张洪岐", "230129")},
		kg.Ref{Label: kg.LabelIndustry, Key: "黑木耳"}, 4, true, 10, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		out["paths"] = append(out["paths"], evidenceText(p.Links)...)
	}
	page, err := s.List(ctx, kg.ListQuery{Label: kg.LabelRegion, Level: kg.LevelCounty, Sort: kg.SortName, First: 10, Plan: &kg.Plan{Links: []kg.PlanLink{
		{Spec: kg.LinkSpec{Type: kg.RelServesIn, Evidence: true}},
		{Spec: kg.LinkSpec{Type: kg.RelDevelops, Out: true, Evidence: true}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	var listed []*kg.Link
	for _, ls := range page.Links {
		listed = append(listed, ls...)
	}
	out["list"] = evidenceText(listed)
	g, err := s.Neighborhood(ctx, kg.Ref{Label: kg.LabelRegion, Key: "230129"}, 2, 100, true)
	if err != nil {
		t.Fatal(err)
	}
	out["neighbourhood"] = evidenceText(g.Links)
	return out
}

// TestEvidenceSentences: fact relationships hold "<article>:<start>:<end>",
// each article its sentences once, and every reader gives the sentences
// back; replacing an article takes its sentences with it, and the other
// articles' evidence still reads theirs.
func TestEvidenceSentences(t *testing.T) {
	s := readStore(t)
	ctx := context.Background()

	ev := stringsOf(t, s, `MATCH ()-[r:IMPLEMENTS]->() UNWIND r.evidence AS e RETURN collect(e) AS v`)
	if want := []string{"art1:3:10"}; !slices.Equal(ev, want) {
		t.Errorf("IMPLEMENTS evidence %q, want %q", ev, want)
	}
	// art1 cites 推进光伏扶贫。 twice (IMPLEMENTS, SUPPORTS) and s1 three
	// times (SERVES_IN, DEVELOPS 光伏; the region's own evidence is not a
	// relationship's): each once on the article.
	spans := stringsOf(t, s, `MATCH (a:Article {id: 'art1'}) RETURN a.sentenceSpans AS v`)
	texts := stringsOf(t, s, `MATCH (a:Article {id: 'art1'}) RETURN a.sentences AS v`)
	wantTexts := []string{"推进光伏扶贫。", "发展黑木耳。", "贫困发生率降至0.44%。", "延寿县委副书记、县长张洪岐表示，要发展光伏产业。"}
	wantSpans := []string{"3:10", "3:9", "3:16", "3:27"}
	got := map[string]string{}
	for i := range spans {
		got[spans[i]] = texts[i]
	}
	want := map[string]string{}
	for i := range wantSpans {
		want[wantSpans[i]] = wantTexts[i]
	}
	// Spans of one start differ by their end only; the fixture gives every
	// sentence start 3, so the map by span must hold all four.
	if len(spans) != len(texts) || len(spans) != 4 || !cmp.Equal(want, got) {
		t.Errorf("art1 sentences %q / %q, want %v", spans, texts, want)
	}
	// art2 gives span 3:13 two sentences (迭部县建设光伏电站。 and
	// 河东区对口帮扶宁县。, both ten characters from offset 3): the smaller is
	// the article's, the other stays inside its string.
	inside := stringsOf(t, s, `MATCH ()-[r]->() UNWIND r.evidence AS e WITH e WHERE size(split(e, ':')) <> 3 RETURN collect(e) AS v`)
	if want := []string{"art2:3:13:迭部县建设光伏电站。"}; !slices.Equal(inside, want) {
		t.Errorf("evidence strings with their sentence inside: %q, want %q", inside, want)
	}
	if got := stringsOf(t, s, `MATCH (a:Article {id: 'art2'}) RETURN a.sentences AS v`); !slices.Contains(got, "河东区对口帮扶宁县。") || slices.Contains(got, "迭部县建设光伏电站。") {
		t.Errorf("art2 sentences %q", got)
	}

	before := apiEvidence(t, s)
	if got := before["links "+kg.RelServesIn]; len(got) != 1 || !strings.Contains(got[0], "art1:3:27:延寿县委副书记、县长张洪岐表示，要发展光伏产业。") {
		t.Errorf("SERVES_IN evidence %q", got)
	}
	if got := before["links "+kg.RelDevelops]; !slices.Contains(got, "DEVELOPS 迭部县 -> 光伏 0.00 [art2:3:13:迭部县建设光伏电站。]") {
		t.Errorf("DEVELOPS evidence %q", got)
	}
	if len(before["list"]) != 4 {
		t.Errorf("list of counties with evidence: %q", before["list"])
	}
	for name, lines := range before {
		for _, l := range lines {
			if strings.Contains(l, ":]") || strings.Contains(l, ": |") {
				t.Errorf("%s: evidence without its sentence: %s", name, l)
			}
		}
	}

	// A third article supports 迭部县 DEVELOPS 光伏 too; then art2 (a2.txt)
	// is replaced by an article that says nothing of 迭部县.
	a3 := &kg.Facts{Article: kg.Article{ID: "art3", Title: "迭部县光伏", File: "a3.txt", Chars: 40},
		Regions: []kg.RegionFact{{Region: kg.Region{Code: "620000", Name: "甘肃省", ShortName: "甘肃", Level: kg.LevelProvince}, Role: kg.RoleAncestor},
			{Region: kg.Region{Code: "623024", Name: "迭部县", ShortName: "迭部", Level: kg.LevelCounty, ParentCode: "620000"}, Role: kg.RoleSubject}},
		Industries: []kg.IndustryFact{{Name: "光伏", RegionCode: "623024", Evidence: evi("art3", "迭部县光伏电站并网发电。")}},
	}
	if _, err := s.WriteFacts(ctx, []*kg.Facts{a3}); err != nil {
		t.Fatal(err)
	}
	a2new := &kg.Facts{Article: kg.Article{ID: "art2b", Title: "河东区", File: "a2.txt", Chars: 10},
		Regions:    []kg.RegionFact{{Region: kg.Region{Code: "120000", Name: "天津市", ShortName: "天津", Level: kg.LevelProvince}, Role: kg.RoleAncestor}},
		Industries: []kg.IndustryFact{{Name: "海产", RegionCode: "120000", Evidence: evi("art2b", "天津发展海产。")}},
	}
	sum, err := s.WriteFacts(ctx, []*kg.Facts{a2new})
	if err != nil || sum.Replaced != 1 {
		t.Fatalf("replace art2: %+v, %v", sum, err)
	}
	gone := map[string]int64{
		"article":  count(t, s, `MATCH (a:Article {id: 'art2'}) RETURN count(a)`, nil),
		"strings":  count(t, s, `MATCH ()-[r]->() WHERE any(e IN r.evidence WHERE e STARTS WITH 'art2:') RETURN count(r)`, nil),
		"sentence": count(t, s, `MATCH (a:Article) WHERE any(x IN a.sentences WHERE x IN ['迭部县建设光伏电站。', '河东区对口帮扶迭部县。', '河东区对口帮扶宁县。']) RETURN count(a)`, nil),
		"new":      count(t, s, `MATCH (a:Article {id: 'art2b'}) WHERE a.sentences = ['天津发展海产。'] AND a.sentenceSpans = ['3:10'] RETURN count(a)`, nil),
	}
	if diff := cmp.Diff(map[string]int64{"article": 0, "strings": 0, "sentence": 0, "new": 1}, gone); diff != "" {
		t.Errorf("after replacing art2 (-want +got):\n%s", diff)
	}
	after := apiEvidence(t, s)
	if got, want := after["links "+kg.RelDevelops], []string{
		"DEVELOPS 延寿县 -> 光伏 0.00 [art1:3:27:延寿县委副书记、县长张洪岐表示，要发展光伏产业。]",
		"DEVELOPS 延寿县 -> 黑木耳 0.00 [art1:3:9:发展黑木耳。]",
		"DEVELOPS 迭部县 -> 光伏 0.00 [art3:3:15:迭部县光伏电站并网发电。]",
	}; !slices.Equal(got, want) {
		t.Errorf("DEVELOPS after the replacement:\n got %q\nwant %q", got, want)
	}
	if got := after["links "+kg.RelAssists]; len(got) != 0 {
		t.Errorf("ASSISTS after the replacement: %q", got)
	}
	for _, k := range []string{"links " + kg.RelServesIn, "links " + kg.RelImplements, "links " + kg.RelSupports, "links " + kg.RelReported, "fetch", "paths"} {
		if diff := cmp.Diff(before[k], after[k]); diff != "" {
			t.Errorf("%s changed by replacing another article (-before +after):\n%s", k, diff)
		}
	}

	// Removing art3 (tuopin remove) takes its sentence and its strings too;
	// art1's evidence still reads its sentences.
	if _, err := s.RemoveArticles(ctx, []neo4jstore.ArticleSelector{{ID: "art3"}}, false); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `MATCH (a:Article) WHERE '迭部县光伏电站并网发电。' IN a.sentences OR a.id = 'art3' RETURN count(a)`, nil); n != 0 {
		t.Errorf("art3's sentence is still stored (%d)", n)
	}
	if n := count(t, s, `MATCH ()-[r]->() WHERE any(e IN r.evidence WHERE e STARTS WITH 'art3:') RETURN count(r)`, nil); n != 0 {
		t.Errorf("art3's evidence strings are still stored (%d)", n)
	}
	removed := apiEvidence(t, s)
	if got, want := removed["links "+kg.RelDevelops], after["links "+kg.RelDevelops][:2]; !slices.Equal(got, want) {
		t.Errorf("DEVELOPS after removing art3:\n got %q\nwant %q", got, want)
	}
}

// downgradeSentences rewrites the graph as the Tuopin before this model
// stored evidence: each string "<article>:<start>:<end>:<sentence>", and no
// sentences on the articles.
func downgradeSentences(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	for _, q := range []string{
		`MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
		 CALL (r) {
		   UNWIND r.evidence AS e
		   OPTIONAL MATCH (a:Article {id: split(e, ':')[0]})
		   WITH e, a, split(e, ':')[1] + ':' + split(e, ':')[2] AS span
		   RETURN collect(CASE WHEN size(split(e, ':')) = 3
		       THEN e + ':' + coalesce(head([i IN range(0, size(coalesce(a.sentenceSpans, [])) - 1) WHERE a.sentenceSpans[i] = span | a.sentences[i]]), '')
		       ELSE e END) AS old
		 }
		 SET r.evidence = old`,
		`MATCH (a:Article) REMOVE a.sentenceSpans, a.sentences`,
	} {
		if err := neo4jstore.ExecForTest(context.Background(), s, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// pruneSentences drops from every article the sentences no evidence string
// cites any more (those that left every sample they were in): an older
// graph kept only the cited ones, in its evidence strings, so they are all
// that migrating it can give the articles.
func pruneSentences(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	const q = `
		MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
		UNWIND r.evidence AS e
		WITH collect(DISTINCT e) AS cited
		MATCH (a:Article)
		WITH a, cited, [i IN range(0, size(a.sentenceSpans) - 1) WHERE a.id + ':' + a.sentenceSpans[i] IN cited] AS keep
		SET a.sentenceSpans = [i IN keep | a.sentenceSpans[i]], a.sentences = [i IN keep | a.sentences[i]]`
	if err := neo4jstore.ExecForTest(context.Background(), s, q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// TestMigrateSentences: a graph whose evidence strings hold their sentences
// (the model before) reads the same through the API, is refused by the
// writer, and is converted by Migrate to what the writer builds, with the
// API's evidence answers unchanged; a second Migrate changes nothing.
func TestMigrateSentences(t *testing.T) {
	s := readStore(t)
	ctx := context.Background()
	// More supporters of 延寿县's facts than a sample holds: some articles'
	// sentences leave every sample.
	if _, err := s.WriteFacts(ctx, popular(24)); err != nil {
		t.Fatal(err)
	}
	pruneSentences(t, s)
	want, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
	if err != nil {
		t.Fatal(err)
	}
	api := apiEvidence(t, s)
	downgradeSentences(t, s)
	if n := count(t, s, `MATCH ()-[r:SERVES_IN]->() WHERE all(e IN r.evidence WHERE e CONTAINS '张洪岐表示') RETURN count(r)`, nil); n != 1 {
		t.Fatalf("downgraded graph: SERVES_IN without its sentences (%d)", n)
	}
	if diff := cmp.Diff(api, apiEvidence(t, s)); diff != "" {
		t.Errorf("API evidence of the older graph (-writer's +older):\n%s", diff)
	}
	s2 := reopen(t)
	if _, err := s2.WriteFacts(ctx, []*kg.Facts{article("new", "new.txt", "茶叶")}); kg.ErrorCode(err) != kg.ECONFLICT {
		t.Fatalf("write into an older graph: %v, want %s", err, kg.ECONFLICT)
	}
	rep, err := s2.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Every fact relationship but the one whose only string keeps its
	// sentence inside (art2's second sentence of span 3:13).
	if rep.Evidence != count(t, s, `MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN count(r)`, nil)-1 || rep.Evidence < 8 || rep.Relationships != 0 {
		t.Fatalf("migrate report %+v", rep)
	}
	got, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		lines, _ := neo4jstoretest.DigestLines(ctx, neo4jtest.URI(t))
		t.Fatalf("migrated graph differs from the one the writer builds:\n got %+v\nwant %+v\n%s", got, want, strings.Join(lines, "\n"))
	}
	if diff := cmp.Diff(api, apiEvidence(t, s)); diff != "" {
		t.Errorf("API evidence after migrate (-before +after):\n%s", diff)
	}
	rep, err = s2.Migrate(ctx)
	if err != nil || rep.Evidence != 0 || rep.Relationships != 0 {
		t.Fatalf("second migrate: %+v, %v; want nothing converted", rep, err)
	}
	if again, _ := neo4jstoretest.Digest(ctx, neo4jtest.URI(t)); again != want {
		t.Fatalf("second migrate changed the graph")
	}
	if _, err := s2.WriteFacts(ctx, []*kg.Facts{article("new", "new.txt", "茶叶")}); err != nil {
		t.Fatalf("write after migrate: %v", err)
	}
}
