package neo4jstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
)

// readStore opens a wiped store on the test Neo4j and loads the fixture.
func readStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	s := openStore(t)
	if _, err := s.WriteFacts(context.Background(), readFixture()); err != nil {
		t.Fatalf("WriteFacts: %v", err)
	}
	return s
}

func evi(article, sentence string) []kg.Evidence {
	return []kg.Evidence{{ArticleID: article, Sentence: sentence, Start: 3, End: 3 + len([]rune(sentence))}}
}

// readFixture is two articles: 延寿县 (officials, programs, industries, a
// statistic) and 河东区 helping 迭部县 and 宁县.
func readFixture() []*kg.Facts {
	const a1, a2 = "art1", "art2"
	s1 := "延寿县委副书记、县长张洪岐表示，要发展光伏产业。"
	hlj := kg.Region{Code: "230000", Name: "黑龙江省", ShortName: "黑龙江", Level: kg.LevelProvince}
	hrb := kg.Region{Code: "230100", Name: "哈尔滨市", ShortName: "哈尔滨", Level: kg.LevelPrefecture, ParentCode: "230000"}
	ys := kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty, ParentCode: "230100"}
	tj := kg.Region{Code: "120000", Name: "天津市", ShortName: "天津", Level: kg.LevelProvince}
	hd := kg.Region{Code: "120102", Name: "河东区", ShortName: "河东", Level: kg.LevelCounty, ParentCode: "120000"}
	gs := kg.Region{Code: "620000", Name: "甘肃省", ShortName: "甘肃", Level: kg.LevelProvince}
	db := kg.Region{Code: "623024", Name: "迭部县", ShortName: "迭部", Level: kg.LevelCounty, ParentCode: "620000"}
	nx := kg.Region{Code: "621026", Name: "宁县", ShortName: "宁县", Level: kg.LevelCounty, ParentCode: "620000"}
	return []*kg.Facts{{
		Article: kg.Article{ID: a1, Title: "延寿县脱贫", File: "a1.txt", Chars: 100},
		Regions: []kg.RegionFact{
			{Region: hlj, Role: kg.RoleAncestor}, {Region: hrb, Role: kg.RoleAncestor},
			{Region: ys, Role: kg.RoleSubject, Evidence: evi(a1, s1)},
		},
		Officials: []kg.OfficialFact{{
			ID: kg.OfficialID("张洪岐", "230129"), Name: "张洪岐", Titles: []string{"县委副书记", "县长"},
			Place: "延寿县", PlaceCode: "230129", Evidence: evi(a1, s1),
		}},
		Programs: []kg.ProgramFact{{
			ID: kg.ProgramID("光伏扶贫", false, ""), Name: "光伏扶贫", RegionCode: "230129",
			Industries: []string{"光伏"}, Evidence: evi(a1, "推进光伏扶贫。"),
		}},
		Industries: []kg.IndustryFact{
			{Name: "光伏", RegionCode: "230129", Evidence: evi(a1, s1)},
			{Name: "黑木耳", Parent: "食用菌", RegionCode: "230129", Evidence: evi(a1, "发展黑木耳。")},
		},
		Stats: []kg.StatFact{{
			ID: kg.StatID("230129", "贫困发生率", "2019", "0.44%"), Place: "延寿县", PlaceCode: "230129",
			Metric: "贫困发生率", Value: "0.44%", Number: 0.44, Unit: "%", Year: "2019", Evidence: evi(a1, "贫困发生率降至0.44%。"),
		}},
	}, {
		Article: kg.Article{ID: a2, Title: "河东区对口帮扶", File: "a2.txt", Chars: 80},
		Regions: []kg.RegionFact{
			{Region: tj, Role: kg.RoleAncestor}, {Region: gs, Role: kg.RoleAncestor},
			{Region: hd, Role: kg.RoleSubject}, {Region: db, Role: kg.RolePartner}, {Region: nx, Role: kg.RolePartner},
		},
		Industries: []kg.IndustryFact{{Name: "光伏", RegionCode: "623024", Evidence: evi(a2, "迭部县建设光伏电站。")}},
		Partners: []kg.PartnerFact{
			{HelperCode: "120102", Helper: "河东区", HelpedCode: "623024", Helped: "迭部县", Mechanism: "东西部扶贫协作", Evidence: evi(a2, "河东区对口帮扶迭部县。")},
			{HelperCode: "120102", Helper: "河东区", HelpedCode: "621026", Helped: "宁县", Mechanism: "东西部扶贫协作", Evidence: evi(a2, "河东区对口帮扶宁县。")},
		},
	}}
}

func names(es []kg.Entity) []string {
	out := []string{}
	for _, e := range es {
		if e == nil {
			out = append(out, "<nil>")
			continue
		}
		out = append(out, e.EntityName())
	}
	return out
}

func TestReader(t *testing.T) {
	s := readStore(t)
	ctx := context.Background()
	zhq := kg.OfficialID("张洪岐", "230129")

	t.Run("RegionByName", func(t *testing.T) {
		for _, name := range []string{"延寿县", "延寿"} {
			r, err := s.RegionByName(ctx, name, kg.LevelCounty)
			if err != nil {
				t.Fatal(err)
			}
			want := &kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty}
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("%s (-want +got):\n%s", name, diff)
			}
		}
	})
	t.Run("RegionByNameErrNotFound", func(t *testing.T) {
		_, err := s.RegionByName(ctx, "黑龙江省", kg.LevelCounty)
		if kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Fatalf("err = %v, want ENOTFOUND", err)
		}
	})
	t.Run("Entities", func(t *testing.T) {
		es, err := s.Entities(ctx, []kg.Ref{
			{Label: kg.LabelIndustry, Key: "光伏"}, {Label: kg.LabelRegion, Key: "999999"},
			{Label: kg.LabelOfficial, Key: zhq}, {Label: kg.LabelArticle, Key: "art2"}, {Label: kg.LabelRegion, Key: "230000"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"光伏", "<nil>", "张洪岐", "河东区对口帮扶", "黑龙江省"}, names(es)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("LinksOut", func(t *testing.T) {
		ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelDevelops, Out: true}, []string{"230129", "623024", "000000"})
		if err != nil {
			t.Fatal(err)
		}
		got := [][]string{}
		for _, l := range ls {
			var ns []string
			for _, x := range l {
				ns = append(ns, x.To.EntityName())
			}
			got = append(got, ns)
		}
		if diff := cmp.Diff([][]string{{"光伏", "黑木耳"}, {"光伏"}, nil}, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("LinksInWithEvidence", func(t *testing.T) {
		ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelServesIn, Evidence: true}, []string{"230129"})
		if err != nil {
			t.Fatal(err)
		}
		if len(ls[0]) != 1 {
			t.Fatalf("got %d links", len(ls[0]))
		}
		l := ls[0][0]
		if l.From.EntityName() != "张洪岐" || l.Title != "县委副书记、县长" || len(l.Evidence) != 1 ||
			l.Evidence[0].Sentence != "延寿县委副书记、县长张洪岐表示，要发展光伏产业。" || l.Evidence[0].ArticleID != "art1" {
			t.Errorf("link = %+v", l)
		}
	})
	t.Run("Assists", func(t *testing.T) {
		ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelAssists}, []string{"623024"})
		if err != nil {
			t.Fatal(err)
		}
		if len(ls[0]) != 1 || ls[0][0].From.EntityName() != "河东区" || ls[0][0].Mechanism != "东西部扶贫协作" {
			t.Errorf("links = %+v", ls[0])
		}
	})
	t.Run("MentionsIn", func(t *testing.T) {
		ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelIndustry}, []string{"光伏"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range ls[0] {
			got = append(got, l.From.EntityName())
		}
		if diff := cmp.Diff([]string{"延寿县脱贫", "河东区对口帮扶"}, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("Mentions", func(t *testing.T) {
		ls, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelMentions, Out: true}, []string{"art2"})
		if err != nil {
			t.Fatal(err)
		}
		var ms []kg.Entity
		for _, l := range ls[0] {
			ms = append(ms, l.To)
		}
		if diff := cmp.Diff([]string{"光伏", "天津市", "宁县", "河东区", "甘肃省", "迭部县"}, names(ms)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("Search", func(t *testing.T) {
		hits, err := s.Search(ctx, kg.SearchQuery{Query: "延寿县", First: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Entity.EntityName() != "延寿县" {
			t.Fatalf("hits = %+v", hits)
		}
		hits, err = s.Search(ctx, kg.SearchQuery{Query: "光伏", Kinds: []string{kg.KindProgram}, First: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].Entity.EntityName() != "光伏扶贫" {
			t.Fatalf("hits = %+v", hits)
		}
		for _, q := range []string{`光伏 AND (" ~`, "AND", "NOT", `\`, "*"} {
			if _, err := s.Search(ctx, kg.SearchQuery{Query: q, First: 5}); err != nil {
				t.Fatalf("query syntax of %q leaked to Lucene: %v", q, err)
			}
		}
	})
	t.Run("ShortestPath", func(t *testing.T) {
		ps, err := s.ShortestPaths(ctx, kg.Ref{Label: kg.LabelOfficial, Key: zhq}, kg.Ref{Label: kg.LabelRegion, Key: "120102"}, 6, false, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 1 {
			t.Fatalf("paths = %d", len(ps))
		}
		if diff := cmp.Diff([]string{"张洪岐", "延寿县", "光伏", "迭部县", "河东区"}, names(ps[0].Nodes)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		wantLinks := []string{"Official SERVES_IN Region 县委副书记、县长 1", "Region DEVELOPS Industry  1",
			"Region DEVELOPS Industry  1", "Region ASSISTS Region 东西部扶贫协作 1"}
		if diff := cmp.Diff(wantLinks, linkSummary(ps[0].Links)); diff != "" {
			t.Errorf("links with evidence (-want +got):\n%s", diff)
		}
		ps, err = s.ShortestPaths(ctx, kg.Ref{Label: kg.LabelOfficial, Key: zhq}, kg.Ref{Label: kg.LabelRegion, Key: "120102"}, 6, false, 1, false)
		if err != nil || len(ps) != 1 || len(ps[0].Links) != 4 || len(ps[0].Links[0].Evidence) != 0 || ps[0].Links[0].Title == "" {
			t.Fatalf("without evidence: %v, %+v", err, ps)
		}
		ps, err = s.ShortestPaths(ctx, kg.Ref{Label: kg.LabelOfficial, Key: zhq}, kg.Ref{Label: kg.LabelRegion, Key: "120102"}, 2, true, 5, false)
		if err != nil || len(ps) != 0 {
			t.Fatalf("bounded hops: %v, %d paths", err, len(ps))
		}
		_, err = s.ShortestPaths(ctx, kg.Ref{Label: kg.LabelOfficial, Key: "nobody"}, kg.Ref{Label: kg.LabelRegion, Key: "120102"}, 6, false, 1, false)
		if kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Fatalf("err = %v, want ENOTFOUND", err)
		}
	})
	t.Run("Neighborhood", func(t *testing.T) {
		g, err := s.Neighborhood(ctx, kg.Ref{Label: kg.LabelIndustry, Key: "光伏"}, 1, 50, true)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"光伏", "光伏扶贫", "延寿县", "迭部县"}, names(g.Nodes)); diff != "" {
			t.Errorf("nodes (-want +got):\n%s", diff)
		}
		wantLinks := []string{"Program SUPPORTS Industry  1", "Region DEVELOPS Industry  1", "Region IMPLEMENTS Program  1", "Region DEVELOPS Industry  1"}
		if diff := cmp.Diff(wantLinks, linkSummary(g.Links)); diff != "" || g.Truncated {
			t.Errorf("links (-want +got):\n%s\ntruncated %v", diff, g.Truncated)
		}
		g, err = s.Neighborhood(ctx, kg.Ref{Label: kg.LabelRegion, Key: "230129"}, 2, 50, false)
		if err != nil {
			t.Fatal(err)
		}
		// Hop 1 by name, then hop 2 by name; no evidence read.
		wantNodes := []string{"延寿县", "光伏", "光伏扶贫", "哈尔滨市", "张洪岐", "贫困发生率 0.44% (2019)", "黑木耳", "迭部县", "食用菌", "黑龙江省"}
		if diff := cmp.Diff(wantNodes, names(g.Nodes)); diff != "" {
			t.Errorf("2 hops (-want +got):\n%s", diff)
		}
		for _, l := range g.Links {
			if len(l.Evidence) != 0 {
				t.Errorf("%s read evidence it was not asked for", l.Type)
			}
		}
		g, err = s.Neighborhood(ctx, kg.Ref{Label: kg.LabelIndustry, Key: "光伏"}, 3, 3, false)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 3 || !g.Truncated {
			t.Errorf("capped: %d nodes, truncated %v", len(g.Nodes), g.Truncated)
		}
	})
	t.Run("ListKeyset", func(t *testing.T) {
		q := kg.ListQuery{Label: kg.LabelRegion, Level: kg.LevelCounty, Sort: kg.SortName, First: 2}
		var got []string
		for i := 0; i < 5; i++ {
			p, err := s.List(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, names(p.Items)...)
			if !p.HasNext {
				break
			}
			q.After = &p.Positions[len(p.Positions)-1]
		}
		if diff := cmp.Diff([]string{"宁县", "延寿县", "河东区", "迭部县"}, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		q = kg.ListQuery{Label: kg.LabelRegion, Level: kg.LevelCounty, Sort: kg.SortKey, Desc: true, First: 10,
			Filter: kg.ListFilter{Industry: "光伏"}}
		p, err := s.List(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"迭部县", "延寿县"}, names(p.Items)); diff != "" {
			t.Errorf("filtered (-want +got):\n%s", diff)
		}
		n, err := s.Count(ctx, q)
		if err != nil || n != 2 {
			t.Errorf("Count = %d, %v", n, err)
		}
		n, err = s.Count(ctx, kg.ListQuery{Label: kg.LabelRegion, Filter: kg.ListFilter{Province: "甘肃"}})
		if err != nil || n != 2 {
			t.Errorf("Count in province = %d, %v", n, err)
		}
		_, err = s.List(ctx, kg.ListQuery{Label: kg.LabelArticle, First: 1, Filter: kg.ListFilter{Industry: "光伏"}})
		if kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("filter on wrong label: %v", err)
		}
	})
	t.Run("ListOfficials", func(t *testing.T) {
		p, err := s.List(ctx, kg.ListQuery{Label: kg.LabelOfficial, Sort: kg.SortName, First: 5, Filter: kg.ListFilter{Region: "延寿县", Title: "县长"}})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"张洪岐"}, names(p.Items)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("Version", func(t *testing.T) {
		v1, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		snap, err := s.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(snap.Nodes) != 14 || len(snap.Links) == 0 {
			t.Errorf("snapshot: %d nodes, %d links", len(snap.Nodes), len(snap.Links))
		}
		extra := readFixture()[1]
		extra.Article = kg.Article{ID: "art3", Title: "再访", File: "a3.txt", Chars: 5}
		if _, err := s.WriteFacts(ctx, []*kg.Facts{extra}); err != nil {
			t.Fatal(err)
		}
		v2, err := s.Version(ctx)
		if err != nil || v1 == v2 {
			t.Errorf("version did not change: %s, %s (%v)", v1, v2, err)
		}
	})
}

// TestReaderRoundTrips checks that each Reader call is one round trip.
func TestReaderRoundTrips(t *testing.T) {
	s := readStore(t)
	ctx := context.Background()
	var mu sync.Mutex
	var calls []string
	s.OnQuery = func(name string, d time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, name)
	}
	if _, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelDevelops, Out: true}, []string{"230129", "623024", "120102", "621026"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Neighborhood(ctx, kg.Ref{Label: kg.LabelRegion, Key: "230129"}, 3, 100, false); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Links:DEVELOPS", "Neighborhood"}, calls); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// linkSummary renders links as "FromLabel TYPE ToLabel label evidence-count".
func linkSummary(ls []*kg.Link) []string {
	out := []string{}
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%s %s %s %s %d", l.From.EntityRef().Label, l.Type, l.To.EntityRef().Label, l.Text(), len(l.Evidence)))
	}
	return out
}
