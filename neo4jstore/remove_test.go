package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// pathed is article() read from path.
func pathed(id, path, industry string) *kg.Facts {
	f := article(id, "x.txt", industry)
	f.Article.Path = path
	return f
}

// TestRemoveArticles: removing articles leaves exactly the graph that
// writing the others alone builds (by Digest), whichever way they are
// selected; a selector that matches nothing is reported; a dry run
// changes nothing.
func TestRemoveArticles(t *testing.T) {
	ctx := context.Background()
	keep := []*kg.Facts{pathed("k1", "/corpus/a/k1.txt", "水稻"), pathed("k2", "/corpus/b/k2.txt", "玉米")}
	gone := []*kg.Facts{pathed("g1", "/corpus/a/g1.txt", "茶叶"), pathed("g2", "/corpus/c/g2.txt", "水稻"), pathed("g3", "/corpus/c/sub/g3.txt", "苹果")}
	s := openStore(t)
	if _, err := s.WriteFacts(ctx, keep); err != nil {
		t.Fatal(err)
	}
	want, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		sel       []neo4jstore.ArticleSelector
		removed   int
		unmatched int
	}{
		{"by id", []neo4jstore.ArticleSelector{{ID: "g1"}, {ID: "g2"}, {ID: "g3"}}, 3, 0},
		{"by path", []neo4jstore.ArticleSelector{{Path: "/corpus/a/g1.txt"}, {Path: "/corpus/c/g2.txt"}, {Path: "/corpus/c/sub/g3.txt"}}, 3, 0},
		{"by directory, and one unknown", []neo4jstore.ArticleSelector{{Prefix: "/corpus/c/"}, {ID: "g1"}, {Path: "/corpus/none.txt"}}, 3, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			neo4jtest.Wipe(t)
			if _, err := s.WriteFacts(ctx, append(append([]*kg.Facts{}, keep...), gone...)); err != nil {
				t.Fatal(err)
			}
			before, _ := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
			dry, err := s.RemoveArticles(ctx, tc.sel, true)
			if err != nil || len(dry.Removed) != tc.removed {
				t.Fatalf("dry run: %v, %d articles, want %d", err, len(dry.Removed), tc.removed)
			}
			if after, _ := neo4jstoretest.Digest(ctx, neo4jtest.URI(t)); after != before {
				t.Fatal("a dry run changed the graph")
			}
			rm, err := s.RemoveArticles(ctx, tc.sel, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(rm.Removed) != tc.removed || len(rm.Unmatched) != tc.unmatched || rm.Written.NodesDeleted == 0 {
				t.Fatalf("removal %+v: want %d removed, %d unmatched, nodes deleted", rm, tc.removed, tc.unmatched)
			}
			got, err := neo4jstoretest.Digest(ctx, neo4jtest.URI(t))
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("graph after removal differs from the kept articles written alone:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}
