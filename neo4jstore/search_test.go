package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// TestSearchCharactersAndRareKinds: a query of one Han character finds the
// names that hold it (the cjk index alone reads 茶叶 as the bigram 茶叶 and
// finds nothing for 茶), and a kind filter finds its kind when many more
// hits of another kind rank first.
func TestSearchCharactersAndRareKinds(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	const a = "art-search"
	county := kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty}
	f := &kg.Facts{
		Article: kg.Article{ID: a, Title: "茶", File: "search.txt", Chars: 10},
		Regions: []kg.RegionFact{{Region: county, Role: kg.RoleSubject, Evidence: evi(a, "延寿县种茶。")}},
		Programs: []kg.ProgramFact{{
			ID: kg.ProgramID("茶叶扶贫", false, ""), Name: "茶叶扶贫", RegionCode: "230129", Evidence: evi(a, "推进茶叶扶贫。"),
		}},
	}
	// 80 industries of two characters beginning with 茶 (茶一, 茶丁 …):
	// each outranks the program for 茶 (a shorter name).
	for i := range 80 {
		name := "茶" + string(rune(0x4E00+i))
		f.Industries = append(f.Industries, kg.IndustryFact{Name: name, RegionCode: "230129", Evidence: evi(a, "延寿县发展"+name+"。")})
	}
	if _, err := s.WriteFacts(ctx, []*kg.Facts{f}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		q     kg.SearchQuery
		n     int    // hits wanted
		first string // the first hit's name, "" for any
		kinds map[string]bool
	}{
		{"one character, every kind", kg.SearchQuery{Query: "茶", First: 100}, 81, "", map[string]bool{kg.KindIndustry: true, kg.KindProgram: true}},
		{"one character, the rare kind", kg.SearchQuery{Query: "茶", Kinds: []string{kg.KindProgram}, First: 5}, 1, "茶叶扶贫", map[string]bool{kg.KindProgram: true}},
		{"one character inside a name", kg.SearchQuery{Query: "扶", First: 5}, 1, "茶叶扶贫", map[string]bool{kg.KindProgram: true}},
		{"two characters: the bigram index", kg.SearchQuery{Query: "茶叶", First: 5}, 1, "茶叶扶贫", map[string]bool{kg.KindProgram: true}},
		{"exact name first", kg.SearchQuery{Query: "茶丁", First: 3}, 1, "茶丁", map[string]bool{kg.KindIndustry: true}},
		{"no match", kg.SearchQuery{Query: "牛", First: 5}, 0, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tc.n {
				t.Fatalf("%d hits, want %d: %+v", len(hits), tc.n, hits)
			}
			if tc.first != "" && hits[0].Entity.EntityName() != tc.first {
				t.Errorf("first hit %q, want %q", hits[0].Entity.EntityName(), tc.first)
			}
			for _, h := range hits {
				if !tc.kinds[h.Entity.EntityKind()] {
					t.Errorf("hit %q of kind %s", h.Entity.EntityName(), h.Entity.EntityKind())
				}
			}
		})
	}
}
