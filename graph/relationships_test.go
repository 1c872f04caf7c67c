package graph

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

// TestRelationshipsConnection: Query.relationships pages every relationship
// of a type by start key then end key, with its ends, cursors that resume
// after the last one, and errors that name the argument.
func TestRelationshipsConnection(t *testing.T) {
	c := newTestClient(t, testGraph())
	const q = `query($after: String, $first: Int, $min: Float) {
		relationships(type: DEVELOPS, first: $first, after: $after, minConfidence: $min) {
			pageInfo { hasNextPage hasPreviousPage endCursor }
			edges { cursor node { source target confidence start { name } end { name } } }
		} }`
	type page struct {
		Relationships struct {
			PageInfo struct {
				HasNextPage, HasPreviousPage bool
				EndCursor                    *string
			}
			Edges []struct {
				Cursor string
				Node   struct {
					Source, Target string
					Confidence     float64
					Start, End     struct{ Name string }
				}
			}
		}
	}
	var got []string
	var after *string
	for n := 0; ; n++ {
		var p page
		opts := []client.Option{client.Var("first", 2)}
		if after != nil {
			opts = append(opts, client.Var("after", *after))
		}
		c.MustPost(q, &p, opts...)
		r := p.Relationships
		if r.PageInfo.HasPreviousPage != (n > 0) {
			t.Errorf("page %d: hasPreviousPage %v", n, r.PageInfo.HasPreviousPage)
		}
		for _, e := range r.Edges {
			got = append(got, e.Node.Start.Name+"→"+e.Node.End.Name)
		}
		if !r.PageInfo.HasNextPage {
			break
		}
		after = r.PageInfo.EndCursor
		if n > 5 {
			t.Fatal("paging does not end")
		}
	}
	if want := "延寿县→光伏 延寿县→食用菌 迭部县→食用菌"; strings.Join(got, " ") != want {
		t.Errorf("pages: %v, want %s", got, want)
	}
	var p page
	c.MustPost(q, &p, client.Var("min", 0.8))
	if len(p.Relationships.Edges) != 1 || p.Relationships.Edges[0].Node.Target != "Industry:光伏" {
		t.Errorf("minConfidence 0.8: %+v", p.Relationships.Edges)
	}

	// A cursor of another list, and bounds, are refused by name.
	var other struct {
		Counties struct{ PageInfo struct{ EndCursor string } }
	}
	c.MustPost(`{ counties(first: 1) { pageInfo { endCursor } } }`, &other)
	for _, tc := range []struct{ name, query, message string }{
		{"CursorOfCounties", `{ relationships(type: DEVELOPS, after: "` + other.Counties.PageInfo.EndCursor + `") { nodes { type } } }`, "after: cursor is for another list"},
		{"FirstZero", `{ relationships(type: DEVELOPS, first: 0) { nodes { type } } }`, "first must be between 1 and 1000, got 0"},
		{"FirstPastMax", `{ relationships(type: DEVELOPS, first: 1001) { nodes { type } } }`, "first must be between 1 and 1000"},
		{"MinConfidence", `{ relationships(type: DEVELOPS, minConfidence: -1) { nodes { type } } }`, "minConfidence must be between 0 and 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, c, tc.query)
			if code(errs) != codeBadUserInput || !strings.Contains(errs[0].Message, tc.message) {
				t.Fatalf("errors %v, want %s with %q", errs, codeBadUserInput, tc.message)
			}
		})
	}
	// One node's relationships, paged by the other node's key; the
	// direction defaults to the end the node's label is at.
	got = nil
	after = nil
	for n := 0; n < 5; n++ {
		var p struct {
			Relationships struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
				Nodes []struct{ Start, End struct{ Name string } }
			}
		}
		opts := []client.Option{}
		if after != nil {
			opts = append(opts, client.Var("after", *after))
		}
		c.MustPost(`query($after: String) { relationships(type: DEVELOPS, node: "Industry:食用菌", first: 1, after: $after) {
			pageInfo { hasNextPage endCursor } nodes { start { name } end { name } } } }`, &p, opts...)
		for _, l := range p.Relationships.Nodes {
			got = append(got, l.Start.Name+"→"+l.End.Name)
		}
		if !p.Relationships.PageInfo.HasNextPage {
			break
		}
		after = p.Relationships.PageInfo.EndCursor
	}
	if want := "延寿县→食用菌 迭部县→食用菌"; strings.Join(got, " ") != want {
		t.Errorf("食用菌's DEVELOPS: %v, want %s", got, want)
	}
	for _, tc := range []struct{ name, query, message string }{
		{"NodeAtNeitherEnd", `{ relationships(type: DEVELOPS, node: "Official:off:zhq") { nodes { type } } }`, "node: Official:off:zhq is at neither end of DEVELOPS (Region → Industry)"},
		{"WrongDirection", `{ relationships(type: DEVELOPS, node: "Industry:光伏", direction: OUT) { nodes { type } } }`, "has no outgoing DEVELOPS"},
		{"DirectionWithoutNode", `{ relationships(type: DEVELOPS, direction: OUT) { nodes { type } } }`, "direction: needs node"},
		{"MalformedNode", `{ relationships(type: DEVELOPS, node: "光伏") { nodes { type } } }`, "node: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, c, tc.query)
			if code(errs) != codeBadUserInput || !strings.Contains(errs[0].Message, tc.message) {
				t.Fatalf("errors %v, want %s with %q", errs, codeBadUserInput, tc.message)
			}
		})
	}

	// totalCount: of the type, of one node's, refused over a type with minConfidence.
	var counts struct {
		All, Node, NodeMin struct{ TotalCount int }
	}
	c.MustPost(`{ all: relationships(type: DEVELOPS) { totalCount } node: relationships(type: DEVELOPS, node: "Industry:食用菌") { totalCount }
		nodeMin: relationships(type: DEVELOPS, node: "Region:230129", minConfidence: 0.8) { totalCount } }`, &counts)
	if counts.All.TotalCount != 3 || counts.Node.TotalCount != 2 || counts.NodeMin.TotalCount != 1 {
		t.Errorf("totalCount: %+v, want 3, 2 and 1", counts)
	}
	if _, errs := post(t, c, `{ relationships(type: DEVELOPS, minConfidence: 0.5) { totalCount } }`); code(errs) != codeBadUserInput ||
		!strings.Contains(errs[0].Message, "totalCount: not with minConfidence") {
		t.Errorf("a type-wide count with minConfidence: %v, want BAD_USER_INPUT", errs)
	}

	// A cursor of another type is refused too.
	var dev page
	c.MustPost(q, &dev, client.Var("first", 1))
	_, errs := post(t, c, `query($a: String) { relationships(type: ASSISTS, after: $a) { nodes { type } } }`, client.Var("a", *dev.Relationships.PageInfo.EndCursor))
	if code(errs) != codeBadUserInput || !strings.Contains(errs[0].Message, "another list") {
		t.Errorf("a DEVELOPS cursor for ASSISTS: %v", errs)
	}
}

// TestRelationshipsRegionLevelPrefix: a node id with a region level's
// prefix names that region only at that level, as node(id:) does:
// Province:230129 is not the county 230129 (it listed the county's, found
// by an independent tester) and is NOT_FOUND, as a node that does not
// exist is; an id that does not parse is refused with the id's own message.
func TestRelationshipsRegionLevelPrefix(t *testing.T) {
	c := newTestClient(t, testGraph())
	for _, tc := range []struct{ id, want string }{
		{"Region:230129", `{"relationships":{"nodes":[{"target":"Industry:光伏"},{"target":"Industry:食用菌"}],"totalCount":2}}`},
		{"County:230129", `{"relationships":{"nodes":[{"target":"Industry:光伏"},{"target":"Industry:食用菌"}],"totalCount":2}}`},
		// A node that exists but has none: an empty page.
		{"Province:230000", `{"relationships":{"nodes":[],"totalCount":0}}`},
		// No such node (at that level): NOT_FOUND, as neighborhood(id:) answers.
		{"Province:230129", "NOT_FOUND"},
		{"Village:230129", "NOT_FOUND"},
		{"Region:999999", "NOT_FOUND"},
	} {
		t.Run(tc.id, func(t *testing.T) {
			data, errs := post(t, c, `query($n: ID) { relationships(type: DEVELOPS, node: $n) { totalCount nodes { target } } }`, client.Var("n", tc.id))
			if tc.want == "NOT_FOUND" {
				if code(errs) != codeNotFound || errs[0].Message != "node: no node "+tc.id {
					t.Errorf("got %s %v, want NOT_FOUND naming %s", data, errs, tc.id)
				}
				return
			}
			if len(errs) > 0 || data != tc.want {
				t.Errorf("got %s %v, want %s", data, errs, tc.want)
			}
		})
	}
	for _, tc := range []struct{ id, message string }{
		{"bogus", `node: malformed id "bogus": want <Type>:<key>`},
		{"Foo:1", `node: unknown type "Foo" in id "Foo:1"`},
	} {
		_, errs := post(t, c, `query($n: ID) { relationships(type: DEVELOPS, node: $n) { totalCount } }`, client.Var("n", tc.id))
		if code(errs) != codeBadUserInput || errs[0].Message != tc.message {
			t.Errorf("node %q: %v, want %s %q", tc.id, errs, codeBadUserInput, tc.message)
		}
	}
}
