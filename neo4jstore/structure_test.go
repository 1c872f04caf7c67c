package neo4jstore_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// Regions of the structure tests: a province, a prefecture and two counties.
var (
	rProv = kg.Region{Code: "230000", Name: "黑龙江省", ShortName: "黑龙江", Level: kg.LevelProvince}
	rPref = kg.Region{Code: "230100", Name: "哈尔滨市", ShortName: "哈尔滨", Level: kg.LevelPrefecture, ParentCode: "230000"}
	rYan  = kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty, ParentCode: "230100"}
	rBin  = kg.Region{Code: "230113", Name: "双城区", ShortName: "双城", Level: kg.LevelCounty, ParentCode: "230100"}
)

// regionArticle is an article (in file id.txt unless file is given) that
// names only regions.
func regionArticle(id, file string, regions ...kg.Region) *kg.Facts {
	if file == "" {
		file = id + ".txt"
	}
	f := &kg.Facts{Article: kg.Article{ID: id, Title: id, File: file}}
	for _, r := range regions {
		f.Regions = append(f.Regions, kg.RegionFact{Region: r, Role: kg.RoleMention})
	}
	return f
}

// partOf lists the stored PART_OF relationships as "child>parent", sorted.
func partOf(t *testing.T, s *neo4jstore.Store) []string {
	t.Helper()
	rows, err := neo4jstore.DumpForTest(context.Background(), s,
		`MATCH (c:Region)-[:PART_OF]->(p:Region) RETURN c.code + '>' + p.code ORDER BY c.code, p.code`)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, r := range rows {
		out = append(out, r[0].(string))
	}
	return out
}

// TestPartOf: the hierarchy stays exact with links stored already, new
// children, concurrent loaders, withdrawn articles, parents an article does
// not name, in either order, and the bulk importer's files link the same.
func TestPartOf(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	// steps run in order; the batches of one step run at once, one
	// goroutine each.
	type step [][]*kg.Facts
	tests := []struct {
		name  string
		steps []step
		want  []string
	}{
		{
			name: "stored already",
			steps: []step{
				{{regionArticle("a1", "", rProv, rPref, rYan)}},
				{{regionArticle("a2", "", rProv, rPref, rYan)}},
			},
			want: []string{"230100>230000", "230129>230100"},
		},
		{
			name: "new child under a stored parent",
			steps: []step{
				{{regionArticle("a1", "", rProv, rPref, rYan)}},
				{{regionArticle("a2", "", rProv, rPref, rYan, rBin)}},
			},
			want: []string{"230100>230000", "230113>230100", "230129>230100"},
		},
		{
			name: "one batch, several articles, each link once",
			steps: []step{
				{{regionArticle("a1", "", rProv, rPref, rYan), regionArticle("a2", "", rProv, rPref, rYan, rBin)}},
			},
			want: []string{"230100>230000", "230113>230100", "230129>230100"},
		},
		{
			name: "concurrent loaders of the same new hierarchy",
			steps: []step{{
				{regionArticle("c1", "", rProv, rPref, rYan)}, {regionArticle("c2", "", rProv, rPref, rYan)},
				{regionArticle("c3", "", rProv, rPref, rYan, rBin)}, {regionArticle("c4", "", rProv, rPref, rBin)},
				{regionArticle("c5", "", rProv, rPref)}, {regionArticle("c6", "", rYan, rPref, rProv)},
			}},
			want: []string{"230100>230000", "230113>230100", "230129>230100"},
		},
		{
			name: "concurrent loaders linking nodes stored unlinked",
			steps: []step{
				{{regionArticle("u1", "", rProv)}, {regionArticle("u2", "", rPref)}, {regionArticle("u3", "", rYan)}, {regionArticle("u4", "", rBin)}},
				{
					{regionArticle("c1", "", rProv, rPref, rYan)}, {regionArticle("c2", "", rProv, rPref, rYan)},
					{regionArticle("c3", "", rProv, rPref, rYan, rBin)}, {regionArticle("c4", "", rProv, rPref, rBin)},
					{regionArticle("c5", "", rPref, rYan)}, {regionArticle("c6", "", rBin, rPref)},
				},
			},
			want: []string{"230100>230000", "230113>230100", "230129>230100"},
		},
		{
			name: "parent not named by the article: no link, stored before",
			steps: []step{
				{{regionArticle("p1", "", rPref)}},
				{{regionArticle("c1", "", rYan)}},
			},
			want: []string{},
		},
		{
			name: "parent not named by the article: no link, stored after",
			steps: []step{
				{{regionArticle("c1", "", rYan)}},
				{{regionArticle("p1", "", rPref)}},
			},
			want: []string{},
		},
		{
			name: "parent named later by another article of the child",
			steps: []step{
				{{regionArticle("c1", "", rYan)}},
				{{regionArticle("c2", "", rPref, rYan)}},
			},
			want: []string{"230129>230100"},
		},
		{
			name: "withdrawn: the orphaned child and its link go, a new one comes",
			steps: []step{
				{{regionArticle("w1", "f.txt", rProv, rPref, rYan)}},
				{{regionArticle("w2", "f.txt", rProv, rPref, rBin)}},
			},
			want: []string{"230100>230000", "230113>230100"},
		},
		{
			name: "withdrawn, then named again: linked again",
			steps: []step{
				{{regionArticle("w1", "f.txt", rProv, rPref, rYan)}},
				{{regionArticle("w2", "f.txt", rProv, rPref, rBin)}},
				{{regionArticle("w3", "", rProv, rPref, rYan)}},
			},
			want: []string{"230100>230000", "230113>230100", "230129>230100"},
		},
		{
			name: "withdrawn, the child still named elsewhere: link kept",
			steps: []step{
				{{regionArticle("w1", "f.txt", rProv, rPref, rYan)}, {regionArticle("k1", "", rProv, rPref, rYan)}},
				{{regionArticle("w2", "f.txt", rProv)}},
			},
			want: []string{"230100>230000", "230129>230100"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			var all [][]*kg.Facts
			for _, st := range tt.steps {
				writeAtOnce(t, s, st)
				all = append(all, st...)
			}
			if got := partOf(t, s); !cmp.Equal(got, tt.want) {
				t.Errorf("PART_OF %v, want %v", got, tt.want)
			}
			// The bulk importer's files link the same regions, when
			// every article is still stored (no file was replaced).
			files := map[string]bool{}
			replaced := false
			for _, b := range all {
				for _, f := range b {
					replaced = replaced || files[f.Article.File]
					files[f.Article.File] = true
				}
			}
			if !replaced {
				lines, _ := bulkLines(t, all, 2)
				got := []string{}
				rows := lines["part_of.csv"] // absent when no row
				if len(rows) > 0 {
					rows = rows[1:]
				}
				for _, l := range rows {
					// Codes and the type hold no comma or quote.
					parts := strings.Split(strings.ReplaceAll(l, `"`, ""), ",")
					if len(parts) != 3 || parts[2] != kg.RelPartOf {
						t.Fatalf("part_of.csv row %q", l)
					}
					got = append(got, parts[0]+">"+parts[1])
				}
				slices.Sort(got)
				if !cmp.Equal(got, tt.want) {
					t.Errorf("bulk PART_OF %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestPartOfOrder: a child stored before or after its parent, by articles
// that name one or both, gives the same graph (Digest) either way.
func TestPartOfOrder(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	arts := []*kg.Facts{
		regionArticle("o1", "", rYan),
		regionArticle("o2", "", rPref, rProv),
		regionArticle("o3", "", rBin, rPref),
		regionArticle("o4", "", rProv),
	}
	var digests []neo4jstoretest.GraphDigest
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}} {
		if err := s.Reset(ctx); err != nil {
			t.Fatal(err)
		}
		for _, i := range order {
			if _, err := s.WriteFacts(ctx, []*kg.Facts{arts[i]}); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := partOf(t, s), []string{"230100>230000", "230113>230100"}; !cmp.Equal(got, want) {
			t.Fatalf("order %v: PART_OF %v, want %v", order, got, want)
		}
		d, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, d)
	}
	for i, d := range digests[1:] {
		if d != digests[0] {
			t.Errorf("order %d: Digest %+v, want %+v", i+1, d, digests[0])
		}
	}
}

// TestStructureNotResent: a batch whose structure relationships are all
// stored already sends no structure statement, and one with a new link
// sends it, with only the new row; a region deleted with the last article
// naming it and named again is linked again.
func TestStructureNotResent(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	type write struct {
		art      *kg.Facts
		sent     bool     // the part_of statement ran
		wantLink []string // PART_OF after the write
	}
	tests := []struct {
		name   string
		writes []write
	}{
		{
			name: "stored links not sent again",
			writes: []write{
				{regionArticle("n1", "", rProv, rPref, rYan), true, []string{"230100>230000", "230129>230100"}},
				{regionArticle("n2", "", rProv, rPref, rYan), false, []string{"230100>230000", "230129>230100"}},
				{regionArticle("n3", "", rPref, rYan), false, []string{"230100>230000", "230129>230100"}},
			},
		},
		{
			name: "a new child under stored parents is sent",
			writes: []write{
				{regionArticle("n1", "", rProv, rPref, rYan), true, []string{"230100>230000", "230129>230100"}},
				{regionArticle("n2", "", rProv, rPref, rYan, rBin), true, []string{"230100>230000", "230113>230100", "230129>230100"}},
			},
		},
		{
			name: "a region deleted with its article and named again is linked again",
			writes: []write{
				{regionArticle("d1", "f.txt", rProv, rPref, rYan), true, []string{"230100>230000", "230129>230100"}},
				{regionArticle("d2", "f.txt", rProv), false, []string{}},
				{regionArticle("d3", "", rProv, rPref), true, []string{"230100>230000"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			defer func() { neo4jstore.StatementTimes = nil }()
			for i, w := range tt.writes {
				var mu sync.Mutex
				sent := false
				neo4jstore.StatementTimes = func(name string, _ time.Duration) {
					mu.Lock()
					defer mu.Unlock()
					if name == "part_of" {
						sent = true
					}
				}
				if _, err := s.WriteFacts(ctx, []*kg.Facts{w.art}); err != nil {
					t.Fatal(err)
				}
				neo4jstore.StatementTimes = nil
				if sent != w.sent {
					t.Errorf("write %d (%s): part_of sent %v, want %v", i, w.art.Article.ID, sent, w.sent)
				}
				if got := partOf(t, s); !cmp.Equal(got, w.wantLink) {
					t.Errorf("write %d (%s): PART_OF %v, want %v", i, w.art.Article.ID, got, w.wantLink)
				}
			}
		})
	}
}
