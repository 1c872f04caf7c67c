package neo4jstore_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// hubFixture is a popular industry: 光伏 developed by 30 counties, county i
// stated by 1+i%4 articles, with confidences that differ; one county with
// statistics of two metrics; each article mentions the industry and its
// county.
func hubFixture() []*kg.Facts {
	var out []*kg.Facts
	prov := kg.Region{Code: "990000", Name: "测试省", ShortName: "测试", Level: kg.LevelProvince}
	for i := range 30 {
		c := kg.Region{Code: fmt.Sprintf("9901%02d", i), Name: fmt.Sprintf("测%02d县", 29-i), Level: kg.LevelCounty, ParentCode: "990000"}
		for j := range 1 + i%4 {
			id := fmt.Sprintf("hub%02d-%d", i, j)
			sent := fmt.Sprintf("%s发展光伏产业%d。", c.Name, j)
			f := &kg.Facts{
				Article: kg.Article{ID: id, Title: "光伏" + id, File: id + ".txt", Chars: 50, PublishedAt: fmt.Sprintf("2020-0%d-15", 4-j)},
				Regions: []kg.RegionFact{{Region: prov, Role: kg.RoleAncestor}, {Region: c, Role: kg.RoleSubject, Evidence: evi(id, sent)}},
				Industries: []kg.IndustryFact{{Name: "光伏", RegionCode: c.Code, Evidence: evi(id, sent),
					Confidence: 0.5 + float64(i%5)/10}},
			}
			if i == 0 {
				for y := range 4 {
					year := fmt.Sprint(2016 + y)
					f.Stats = append(f.Stats,
						kg.StatFact{ID: kg.StatID(c.Code, "贫困发生率", year, fmt.Sprintf("%d%%", 9-y)), PlaceCode: c.Code, Place: c.Name,
							Metric: "贫困发生率", Value: fmt.Sprintf("%d%%", 9-y), Year: year, Evidence: evi(id, sent)},
						kg.StatFact{ID: kg.StatID(c.Code, "贫困人口", year, fmt.Sprintf("%d人", 900-y)), PlaceCode: c.Code, Place: c.Name,
							Metric: "贫困人口", Value: fmt.Sprintf("%d人", 900-y), Year: year, Evidence: evi(id, sent)})
				}
			}
			out = append(out, f)
		}
	}
	return out
}

// TestBoundedLinks: a relationship list read with a bound or a filter is
// exactly kg.SelectLinks of the whole list (the reference), on a hub of 30,
// alone and below a planned read.
func TestBoundedLinks(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := s.WriteFacts(ctx, hubFixture()); err != nil {
		t.Fatal(err)
	}
	develops := kg.LinkSpec{Type: kg.RelDevelops}            // 光伏's regions
	reported := kg.LinkSpec{Type: kg.RelReported, Out: true} // a county's statistics
	mentions := kg.LinkSpec{Type: kg.RelMentions, Out: true} // an article's entities
	with := func(s kg.LinkSpec, f func(*kg.LinkSpec)) kg.LinkSpec { f(&s); return s }
	tests := []struct {
		name string
		spec kg.LinkSpec
		key  string
		want int // items kept
	}{
		{"First5", with(develops, func(s *kg.LinkSpec) { s.First = 5 }), "光伏", 5},
		{"First1", with(develops, func(s *kg.LinkSpec) { s.First = 1 }), "光伏", 1},
		{"FirstPastAll", with(develops, func(s *kg.LinkSpec) { s.First = 100 }), "光伏", 30},
		{"MinConfidence", with(develops, func(s *kg.LinkSpec) { s.MinConfidence = 0.75 }), "光伏", 12},
		{"MinConfidenceThenFirst", with(develops, func(s *kg.LinkSpec) { s.MinConfidence = 0.75; s.First = 4 }), "光伏", 4},
		{"WithEvidence", with(develops, func(s *kg.LinkSpec) { s.First = 3; s.Evidence = true }), "光伏", 3},
		{"Metric", with(reported, func(s *kg.LinkSpec) { s.Metric = "贫困人口"; s.First = 20 }), "990100", 4},
		{"MetricThenFirst", with(reported, func(s *kg.LinkSpec) { s.Metric = "贫困发生率"; s.First = 2 }), "990100", 2},
		{"Kind", with(mentions, func(s *kg.LinkSpec) { s.Kind = kg.KindIndustry; s.First = 20 }), "hub00-0", 1},
		{"AnyLabelFirst", with(mentions, func(s *kg.LinkSpec) { s.First = 2 }), "hub00-0", 2},
		{"ArticlesLatestFirst", kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelRegion, First: 2}, "990103", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := tt.spec
			all.First, all.MinConfidence, all.Metric, all.Kind = 0, 0, "", ""
			whole, err := s.Links(ctx, all, []string{tt.key})
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Links(ctx, tt.spec, []string{tt.key})
			if err != nil {
				t.Fatal(err)
			}
			want := kg.SelectLinks(whole[0], tt.spec)
			if len(want) != tt.want {
				t.Fatalf("the reference keeps %d, the fixture wants %d", len(want), tt.want)
			}
			if g, w := farKeys(got[0], tt.spec.Out), farKeys(want, tt.spec.Out); !slices.Equal(g, w) {
				t.Errorf("got %v, want %v", g, w)
			}
			if tt.spec.Evidence && (len(got[0]) == 0 || len(got[0][0].Evidence) == 0 || got[0][0].Evidence[0].Sentence == "") {
				t.Errorf("evidence sentences missing: %+v", got[0])
			}
		})
	}
	// The best supported survive the bound: county i has 1+i%4 articles,
	// so the first 5 by support are the 4-article counties (i%4 = 3) with
	// the lowest codes.
	got, err := s.Links(ctx, with(develops, func(s *kg.LinkSpec) { s.First = 5 }), []string{"光伏"})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, l := range got[0] {
		if l.Support != 4 {
			t.Errorf("%s: support %d, want 4", l.From.EntityName(), l.Support)
		}
		codes = append(codes, l.From.EntityRef().Key)
	}
	slices.Sort(codes)
	if want := []string{"990103", "990107", "990111", "990115", "990119"}; !slices.Equal(codes, want) {
		t.Errorf("kept %v, want %v", codes, want)
	}

	// Below a planned read: each level bounded on its own.
	plan := &kg.Plan{Links: []kg.PlanLink{{Spec: with(develops, func(s *kg.LinkSpec) { s.First = 3 }),
		Next: &kg.Plan{Links: []kg.PlanLink{{Spec: kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelRegion, First: 2}}}}}}}
	f, err := s.Fetch(ctx, kg.Root{Label: kg.LabelIndustry, Keys: []string{"光伏"}}, plan)
	if err != nil {
		t.Fatal(err)
	}
	regions := f.Links[kg.LinkKey{Spec: plan.Links[0].Spec, Key: "光伏"}]
	if len(regions) != 3 {
		t.Fatalf("planned regions: %d, want 3", len(regions))
	}
	for _, l := range regions {
		arts := f.Links[kg.LinkKey{Spec: plan.Links[0].Next.Links[0].Spec, Key: l.From.EntityRef().Key}]
		if len(arts) != 2 {
			t.Errorf("%s: %d articles, want 2 (it has 4)", l.From.EntityName(), len(arts))
		}
	}
}

func farKeys(ls []*kg.Link, out bool) []string {
	ks := []string{}
	for _, l := range ls {
		ks = append(ks, l.Far(out).EntityRef().Key)
	}
	return ks
}

// TestRelationshipsPages: paging through every relationship of a type, a
// few at a time, returns each exactly once, ordered by start key then end
// key, for a type between two labels and for MENTIONS (any end).
func TestRelationshipsPages(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := s.WriteFacts(ctx, hubFixture()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		q     kg.RelQuery
		first int
		want  int
	}{
		{"Develops", kg.RelQuery{Type: kg.RelDevelops}, 7, 30},
		{"DevelopsOneAPage", kg.RelQuery{Type: kg.RelDevelops}, 1, 30},
		{"DevelopsAtOnce", kg.RelQuery{Type: kg.RelDevelops}, 1000, 30},
		{"MinConfidence", kg.RelQuery{Type: kg.RelDevelops, MinConfidence: 0.75}, 5, 12},
		{"Mentions", kg.RelQuery{Type: kg.RelMentions}, 13, 0}, // want: counted below
		{"Reported", kg.RelQuery{Type: kg.RelReported, Evidence: true}, 3, 8},
		// One node's relationships, by the other node's key.
		{"NodeIn", kg.RelQuery{Type: kg.RelDevelops, Node: &kg.Ref{Label: kg.LabelIndustry, Key: "光伏"}, In: true}, 7, 30},
		{"NodeInMinConfidence", kg.RelQuery{Type: kg.RelDevelops, Node: &kg.Ref{Label: kg.LabelIndustry, Key: "光伏"}, In: true, MinConfidence: 0.75}, 5, 12},
		{"NodeOut", kg.RelQuery{Type: kg.RelReported, Node: &kg.Ref{Label: kg.LabelRegion, Key: "990100"}, Evidence: true}, 3, 8},
		// A region named with its level (County:990100) has them; with another level's
		// prefix (Province:990100) it names no node, so none, and a count of 0.
		{"NodeOutAtItsLevel", kg.RelQuery{Type: kg.RelReported, Node: &kg.Ref{Label: kg.LabelRegion, Key: "990100"}, Level: kg.LevelCounty}, 3, 8},
		{"NodeOutAtAnotherLevel", kg.RelQuery{Type: kg.RelReported, Node: &kg.Ref{Label: kg.LabelRegion, Key: "990100"}, Level: kg.LevelProvince}, 3, 0},
		{"NodeMentionsIn", kg.RelQuery{Type: kg.RelMentions, Node: &kg.Ref{Label: kg.LabelIndustry, Key: "光伏"}, In: true}, 10, 73},
		{"NodeMentionsOut", kg.RelQuery{Type: kg.RelMentions, Node: &kg.Ref{Label: kg.LabelArticle, Key: "hub03-2"}}, 1, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			q := tt.q
			q.First = tt.first
			for pages := 0; ; pages++ {
				if pages > 1000 {
					t.Fatal("paging does not end")
				}
				p, err := s.Relationships(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if len(p.Links) > tt.first || len(p.Positions) != len(p.Links) {
					t.Fatalf("page of %d links, %d positions, first %d", len(p.Links), len(p.Positions), tt.first)
				}
				for i, l := range p.Links {
					if l.Type != tt.q.Type || l.From == nil || l.To == nil {
						t.Fatalf("link %+v", l)
					}
					want := kg.Position{Value: l.From.EntityRef().Key, Key: l.To.EntityRef().Key}
					if n := tt.q.Node; n != nil {
						if l.Far(!tt.q.In).EntityRef() == *n || l.Far(tt.q.In).EntityRef() != *n {
							t.Fatalf("%v is not at the %v end of %s→%s", *n, tt.q.In, l.From.EntityName(), l.To.EntityName())
						}
						want = kg.Position{Key: l.Far(!tt.q.In).EntityRef().Key}
					}
					if p.Positions[i] != want {
						t.Errorf("position %v, want %v", p.Positions[i], want)
					}
					if tt.q.MinConfidence > 0 && l.Confidence < tt.q.MinConfidence {
						t.Errorf("confidence %v under %v", l.Confidence, tt.q.MinConfidence)
					}
					if tt.q.Evidence && (len(l.Evidence) == 0 || l.Evidence[0].Sentence == "") {
						t.Errorf("%s: evidence without its sentence: %+v", l.To.EntityName(), l.Evidence)
					}
					got = append(got, p.Positions[i].Value+"→"+p.Positions[i].Key)
				}
				if !p.HasNext {
					break
				}
				q.After = &p.Positions[len(p.Positions)-1]
			}
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("not each once in order: %v", got)
			}
			want := tt.want
			if tt.want < 0 { // an article's mentions: all of them, however many
				whole, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelMentions, Out: true}, []string{"hub03-2"})
				if err != nil {
					t.Fatal(err)
				}
				want = len(whole[0])
			} else if tt.q.Type == kg.RelMentions && tt.q.Node == nil {
				n, err := s.Relationships(ctx, kg.RelQuery{Type: kg.RelMentions, First: 100000})
				if err != nil {
					t.Fatal(err)
				}
				want = len(n.Links)
				if want < 2*73 { // 73 articles, each mentioning its county and 光伏 at least
					t.Errorf("%d MENTIONS in all, want at least 146", want)
				}
			}
			if len(got) != want {
				t.Errorf("%d relationships, want %d", len(got), want)
			}
			// The count agrees with the pages, or is refused where it would
			// read the whole type.
			n, err := s.CountRelationships(ctx, tt.q)
			switch {
			case tt.q.Node == nil && tt.q.MinConfidence > 0:
				if kg.ErrorCode(err) != kg.EINVALID {
					t.Errorf("count over a type with minConfidence: %d, %v; want EINVALID", n, err)
				}
			case err != nil || n != len(got):
				t.Errorf("count %d, %v; the pages hold %d", n, err, len(got))
			}
		})
	}
	if n, err := s.CountRelationships(ctx, kg.RelQuery{Type: kg.RelDevelops, Node: &kg.Ref{Label: kg.LabelIndustry, Key: "无此产业"}, In: true}); n != 0 || err != nil {
		t.Errorf("count of a node that does not exist: %d, %v; want 0", n, err)
	}
	for _, q := range []kg.RelQuery{
		{Type: "FOLLOWS", First: 5},
		{Type: kg.RelDevelops, First: 5, Node: &kg.Ref{Label: kg.LabelOfficial, Key: "x"}},
		{Type: kg.RelDevelops, First: 5, Node: &kg.Ref{Label: kg.LabelIndustry, Key: "光伏"}}, // an industry is at the end
		{Type: kg.RelMentions, First: 5, Node: &kg.Ref{Label: kg.LabelArticle, Key: "hub00-0"}, In: true},
	} {
		if _, err := s.Relationships(ctx, q); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("%+v: %v, want EINVALID", q, err)
		}
	}
}

// TestArticlesLatestFirst: a node's articles carry no support, so a
// bounded list keeps those published latest.
func TestArticlesLatestFirst(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := s.WriteFacts(ctx, hubFixture()); err != nil {
		t.Fatal(err)
	}
	// 测26县 (990103) has four articles, hub03-0 … hub03-3, published 2020-04 … 2020-01.
	got, err := s.Links(ctx, kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelRegion, First: 2}, []string{"990103"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range got[0] {
		ids = append(ids, l.From.EntityRef().Key+" "+l.From.(*kg.Article).PublishedAt)
	}
	slices.Sort(ids)
	if want := []string{"hub03-0 2020-04-15", "hub03-1 2020-03-15"}; !slices.Equal(ids, want) {
		t.Errorf("kept %v, want %v", ids, want)
	}
}
