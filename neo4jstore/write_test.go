package neo4jstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// openStore opens a wiped store on the test Neo4j.
func openStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	neo4jtest.Wipe(t)
	return reopen(t)
}

// reopen opens the test Neo4j's store as it is, as a new process would
// (its schema applied at Open), closed when the test ends.
func reopen(t *testing.T) *neo4jstore.Store {
	t.Helper()
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: neo4jtest.URI(t), User: neo4jtest.User(), Password: neo4jtest.Password()})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close(ctx) })
	return s
}

func ev(article, sentence string, start int) []kg.Evidence {
	return []kg.Evidence{{ArticleID: article, Sentence: sentence, Start: start, End: start + len([]rune(sentence))}}
}

// article builds a small but complete set of facts about one county.
func article(id, file, industry string) *kg.Facts {
	s1 := "延寿县委副书记、县长张洪岐表示，要发展" + industry + "产业。"
	return &kg.Facts{
		Article: kg.Article{ID: id, Title: "延寿县脱贫", File: file, Chars: 100},
		Regions: []kg.RegionFact{
			{Region: kg.Region{Code: "230000", Name: "黑龙江省", ShortName: "黑龙江", Level: kg.LevelProvince}, Role: kg.RoleAncestor},
			{Region: kg.Region{Code: "230100", Name: "哈尔滨市", ShortName: "哈尔滨", Level: kg.LevelPrefecture, ParentCode: "230000"}, Role: kg.RoleAncestor},
			{Region: kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty, ParentCode: "230100"}, Role: kg.RoleSubject, Evidence: ev(id, s1, 0)},
		},
		Officials: []kg.OfficialFact{{
			ID: kg.OfficialID("张洪岐", "230129"), Name: "张洪岐", Titles: []string{"县委副书记", "县长"},
			Place: "延寿县", PlaceCode: "230129", Evidence: ev(id, s1, 0),
		}},
		Programs: []kg.ProgramFact{{
			ID: kg.ProgramID("光伏扶贫", false, ""), Name: "光伏扶贫", Category: "产业", RegionCode: "230129",
			Industries: []string{"光伏"}, Evidence: ev(id, "推进光伏扶贫。", 20),
		}},
		Industries: []kg.IndustryFact{
			{Name: industry, RegionCode: "230129", Evidence: ev(id, s1, 0)},
			{Name: "光伏", RegionCode: "230129", Evidence: ev(id, "推进光伏扶贫。", 20)},
			{Name: "黑木耳", Parent: "食用菌", RegionCode: "230129", Evidence: ev(id, "发展黑木耳。", 30)},
		},
		Stats: []kg.StatFact{{
			ID: kg.StatID("230129", "贫困发生率", "2019", "0.44%"), Place: "延寿县", PlaceCode: "230129",
			Metric: "贫困发生率", Value: "0.44%", Number: 0.44, Unit: "%", Year: "2019", Evidence: ev(id, "贫困发生率降至0.44%。", 40),
		}},
	}
}

func count(t *testing.T, s *neo4jstore.Store, q string, params map[string]any) int64 {
	t.Helper()
	n, err := neo4jstore.CountForTest(context.Background(), s, q, params)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestWriteFacts(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		sum, err := s.WriteFacts(ctx, []*kg.Facts{article("a1", "one.txt", "水稻")})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Articles != 1 || sum.Unchanged != 0 || sum.NodesCreated == 0 {
			t.Fatalf("summary = %+v", sum)
		}
		got := map[string]int64{
			"counties":  count(t, s, `MATCH (n:County:Region {code: '230129', name: '延寿县'}) RETURN count(n)`, nil),
			"part_of":   count(t, s, `MATCH (:County {code:'230129'})-[:PART_OF]->(:Prefecture)-[:PART_OF]->(:Province {code:'230000'}) RETURN count(*)`, nil),
			"serves_in": count(t, s, `MATCH (o:Official {name:'张洪岐'})-[r:SERVES_IN {title:'县委副书记、县长'}]->(:County {code:'230129'}) WHERE r.support = 1 AND r.evidence[0] STARTS WITH 'a1:' RETURN count(r)`, nil),
			"develops":  count(t, s, `MATCH (:County)-[r:DEVELOPS]->(:Industry) RETURN count(r)`, nil),
			"subtype":   count(t, s, `MATCH (:Industry {name:'黑木耳'})-[:SUBTYPE_OF]->(:Industry {name:'食用菌'}) RETURN count(*)`, nil),
			"supports":  count(t, s, `MATCH (:Program {name:'光伏扶贫'})-[:SUPPORTS]->(:Industry {name:'光伏'}) RETURN count(*)`, nil),
			"reported":  count(t, s, `MATCH (:County)-[:REPORTED]->(:Statistic {value:'0.44%', year:'2019'}) RETURN count(*)`, nil),
			"mentions":  count(t, s, `MATCH (:Article {id:'a1'})-[:MENTIONS]->() RETURN count(*)`, nil),
		}
		want := map[string]int64{"counties": 1, "part_of": 1, "serves_in": 1, "develops": 3, "subtype": 1, "supports": 1, "reported": 1, "mentions": 10}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("graph (-want +got):\n%s", diff)
		}
		evs := count(t, s, `MATCH (:Official)-[r:SERVES_IN]->() UNWIND r.evidence AS e WITH e WHERE e STARTS WITH 'a1:0:' RETURN count(e)`, nil)
		if evs != 1 {
			t.Fatalf("evidence entries = %d, want 1", evs)
		}
	})

	t.Run("Idempotent", func(t *testing.T) {
		before, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := s.WriteFacts(ctx, []*kg.Facts{article("a1", "one.txt", "水稻")})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Unchanged != 1 || sum.NodesCreated != 0 || sum.PropertiesSet != 0 {
			t.Fatalf("second write changed something: %+v", sum)
		}
		after, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(before, after); diff != "" {
			t.Fatalf("digest changed (-before +after):\n%s", diff)
		}
	})

	t.Run("SharedFactKeepsOtherSource", func(t *testing.T) {
		if _, err := s.WriteFacts(ctx, []*kg.Facts{article("b1", "two.txt", "水稻")}); err != nil {
			t.Fatal(err)
		}
		got := count(t, s, `MATCH (:County)-[r:DEVELOPS]->(:Industry {name:'水稻'}) RETURN r.support`, nil)
		if got != 2 {
			t.Fatalf("水稻 sources = %d, want 2", got)
		}
	})

	t.Run("EditedFileReplacesItsFacts", func(t *testing.T) {
		// one.txt now says 肉牛 instead of 水稻: its old article is withdrawn.
		sum, err := s.WriteFacts(ctx, []*kg.Facts{article("a2", "one.txt", "肉牛")})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Replaced != 1 {
			t.Fatalf("replaced = %d, want 1", sum.Replaced)
		}
		got := map[string]int64{
			"old article":    count(t, s, `MATCH (a:Article {id:'a1'}) RETURN count(a)`, nil),
			"rice sources":   count(t, s, `MATCH (:County)-[r:DEVELOPS]->(:Industry {name:'水稻'}) RETURN r.support`, nil),
			"rice a1 ev":     count(t, s, `MATCH (:County)-[r:DEVELOPS]->(:Industry {name:'水稻'}) UNWIND r.evidence AS e WITH e WHERE e STARTS WITH 'a1:' RETURN count(e)`, nil),
			"beef":           count(t, s, `MATCH (:County)-[r:DEVELOPS]->(:Industry {name:'肉牛'}) WHERE r.support = 1 AND all(e IN r.evidence WHERE e STARTS WITH 'a2:') RETURN count(r)`, nil),
			"official rels":  count(t, s, `MATCH (:Official)-[r:SERVES_IN]->() RETURN count(r)`, nil),
			"articles total": count(t, s, `MATCH (a:Article) RETURN count(a)`, nil),
		}
		want := map[string]int64{"old article": 0, "rice sources": 1, "rice a1 ev": 0, "beef": 1, "official rels": 1, "articles total": 2}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("after replace (-want +got):\n%s", diff)
		}
	})

	t.Run("OrphansDisappear", func(t *testing.T) {
		// Replace b1 (two.txt) by an article without 水稻: nothing supports it any more.
		f := article("b2", "two.txt", "肉牛")
		if _, err := s.WriteFacts(ctx, []*kg.Facts{f}); err != nil {
			t.Fatal(err)
		}
		if n := count(t, s, `MATCH (i:Industry {name:'水稻'}) RETURN count(i)`, nil); n != 0 {
			t.Fatalf("水稻 nodes = %d, want 0", n)
		}
	})

	// Files of one name in two folders, written in separate loads, are two
	// sources; a later article from the same path replaces its own only.
	inFolder := func(id, path, industry string) *kg.Facts {
		f := article(id, "news.txt", industry)
		f.Article.Path = path
		return f
	}
	for _, tc := range []struct {
		name     string
		write    *kg.Facts
		replaced int
		articles []string // the news.txt articles stored after the write
	}{
		{"FirstFolder", inFolder("d1", "/corpus/a/news.txt", "玉米"), 0, []string{"d1"}},
		{"SameNameOtherFolderKept", inFolder("d2", "/corpus/b/news.txt", "花生"), 0, []string{"d1", "d2"}},
		{"SamePathReplaces", inFolder("d3", "/corpus/a/news.txt", "大豆"), 1, []string{"d2", "d3"}},
		// Written without a path (as from before paths, once migrated): its
		// file name is its source, and a file of that name replaces it.
		{"NoPath", inFolder("e1", "", "芝麻"), 0, []string{"d2", "d3", "e1"}},
		{"FileNameReplacesPathless", inFolder("e2", "/corpus/c/news.txt", "绿豆"), 1, []string{"d2", "d3", "e2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sum, err := s.WriteFacts(ctx, []*kg.Facts{tc.write})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Replaced != tc.replaced {
				t.Errorf("replaced = %d, want %d", sum.Replaced, tc.replaced)
			}
			var got []string
			for _, id := range []string{"d1", "d2", "d3", "e1", "e2"} {
				if count(t, s, `MATCH (a:Article {id: $id, file: 'news.txt'}) RETURN count(a)`, map[string]any{"id": id}) == 1 {
					got = append(got, id)
				}
			}
			if diff := cmp.Diff(tc.articles, got); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOpenUnreachable(t *testing.T) {
	ctx := context.Background()
	start := time.Now()
	_, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: 2 * time.Second})
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Fatalf("code = %q (%v), want %q", kg.ErrorCode(err), err, kg.EUNAVAILABLE)
	}
	if d := time.Since(start); d > 6*time.Second {
		t.Fatalf("Open took %s to fail; want a clear error within seconds", d)
	}
}

// TestConfidence: a fact relationship's confidence is the highest its
// supporting articles gave it, and withdrawing an article lowers it to what
// the others gave.
func TestConfidence(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	a1, a2 := article("c1", "c1.txt", "水稻"), article("c2", "c2.txt", "玉米")
	for i := range a1.Industries {
		a1.Industries[i].Confidence = 0.6
		a2.Industries[i].Confidence = 0.9
	}
	if _, err := s.WriteFacts(ctx, []*kg.Facts{a1, a2}); err != nil {
		t.Fatal(err)
	}
	const q = `MATCH (:Region {code: '230129'})-[r:DEVELOPS]->(:Industry {name: '光伏'}) WHERE r.confidence = $c AND r.support = $n RETURN count(r)`
	if n := count(t, s, q, map[string]any{"c": 0.9, "n": 2}); n != 1 {
		t.Fatalf("after two articles: %d relationships with confidence 0.9 from 2 articles, want 1", n)
	}
	// c2 edited: it no longer mentions 光伏, so its support is withdrawn.
	a2e := article("c2e", "c2.txt", "玉米")
	a2e.Industries = a2e.Industries[:1]
	a2e.Industries[0].Confidence = 0.9
	a2e.Programs = nil
	if _, err := s.WriteFacts(ctx, []*kg.Facts{a2e}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, q, map[string]any{"c": 0.6, "n": 1}); n != 1 {
		t.Errorf("after withdrawing c2: %d relationships with confidence 0.6 from 1 article, want 1", n)
	}
	// Readers see it.
	ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelDevelops, Out: true}, []string{"230129"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, l := range ls[0] {
		got[l.To.(*kg.Industry).Name] = l.Confidence
	}
	if got["光伏"] != 0.6 || got["玉米"] != 0.9 {
		t.Errorf("Links confidences %v, want 光伏 0.6 and 玉米 0.9", got)
	}
}
