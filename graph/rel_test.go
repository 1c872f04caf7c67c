package graph

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/tuopin/tuopin/kg"
)

func loadSchema(t *testing.T, src string) *ast.Schema {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: src})
	if err != nil {
		t.Fatalf("schema: %v", err)
	}
	return s
}

// The schema's @rel, @from and @to directives agree with the model table
// (kg.Rels): no Neo4j needed.
func TestSchemaMatchesModel(t *testing.T) {
	src, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	s := loadSchema(t, string(src))
	m, err := relSchemaOf(s)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("EveryTypeIsRead", func(t *testing.T) {
		read := map[string]bool{}
		for _, fs := range m.fields {
			for _, f := range fs {
				read[f.spec.Type] = true
			}
		}
		for _, r := range kg.Rels {
			if !read[r.Type] {
				t.Errorf("no field reads %s", r.Type)
			}
		}
	})
	t.Run("RelationshipTypeEnum", func(t *testing.T) {
		var got, want []string
		for _, v := range s.Types["RelationshipType"].EnumValues {
			got = append(got, v.Name)
		}
		for _, r := range kg.Rels {
			want = append(want, r.Type)
		}
		if !slices.Equal(got, want) {
			t.Errorf("enum RelationshipType %v, kg.Rels %v", got, want)
		}
	})
	t.Run("Spec", func(t *testing.T) {
		tests := []struct {
			typ, field string
			want       relField
		}{
			{"Region", "officials", relField{spec: kg.LinkSpec{Type: kg.RelServesIn}, farType: "Official", farField: "official", objType: "Position", list: true}},
			{"Region", "parent", relField{spec: kg.LinkSpec{Type: kg.RelPartOf, Out: true}, farType: "Region"}},
			{"Region", "assistedBy", relField{spec: kg.LinkSpec{Type: kg.RelAssists}, farType: "Region", farField: "helper", objType: "Assistance", list: true}},
			{"Industry", "articles", relField{spec: kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelIndustry}, farType: "Article", list: true}},
		}
		for _, tt := range tests {
			if got := m.fields[tt.typ][tt.field]; got != tt.want {
				t.Errorf("%s.%s: got %+v, want %+v", tt.typ, tt.field, got, tt.want)
			}
		}
	})

	// Each edit makes the schema disagree with the table.
	drifts := []struct{ name, old, new, want string }{
		{"UnknownType", "@rel(type: PART_OF, direction: OUT)", "@rel(type: FOLLOWS, direction: OUT)", "Region.parent"},
		{"UnknownDirection", "@rel(type: PART_OF, direction: OUT)", "@rel(type: PART_OF, direction: UP)", "Region.parent"},
		{"ArticlesOnANonEntity", "  helper: Region! @from", "  helper: Region! @from\n  articles: [Article!]! @rel(type: MENTIONS, direction: IN)", "Assistance.articles"},
		{"WrongDirection", "officials(minConfidence: Float, first: Int = 20): [Position!]! @rel(type: SERVES_IN, direction: IN)",
			"officials(minConfidence: Float, first: Int = 20): [Position!]! @rel(type: SERVES_IN, direction: OUT)", "Region.officials"},
		{"WrongFarType", "programs(first: Int = 20): [Program!]! @rel(type: IMPLEMENTS, direction: OUT)",
			"programs(first: Int = 20): [Program!]! @rel(type: DEVELOPS, direction: OUT)", "Region.programs"},
		// Every list is bounded: a list without first, or with no default,
		// or a default past the bound, is refused; so is an argument the
		// reader would not apply.
		{"UnboundedList", "programs(first: Int = 20): [Program!]! @rel(type: IMPLEMENTS, direction: OUT)",
			"programs: [Program!]! @rel(type: IMPLEMENTS, direction: OUT)", "Region.programs: @rel: a list takes first"},
		{"FirstWithoutDefault", "programs(first: Int = 20): [Program!]!", "programs(first: Int): [Program!]!", "Region.programs: @rel: first needs a default"},
		{"FirstPastBound", "programs(first: Int = 20): [Program!]!", "programs(first: Int = 5000): [Program!]!", "not within 1…1000"},
		{"FirstOnOneNode", "parent: Region @rel(type: PART_OF, direction: OUT)", "parent(first: Int = 1): Region @rel(type: PART_OF, direction: OUT)", "Region.parent: @rel: first on a field of one node"},
		{"UnknownArgument", "programs(first: Int = 20): [Program!]!", "programs(first: Int = 20, year: String): [Program!]!", "Region.programs: @rel: argument year"},
		{"WrongEnds", "  official: Official! @from\n  region: Region! @to\n", "  official: Official! @from\n  region: Region!\n", "Position"},
	}
	for _, d := range drifts {
		t.Run("Rejects"+d.name, func(t *testing.T) {
			if !strings.Contains(string(src), d.old) {
				t.Fatalf("schema has no %q", d.old)
			}
			edited := strings.Replace(string(src), d.old, d.new, 1)
			_, err := relSchemaOf(loadSchema(t, edited))
			if err == nil || !strings.Contains(err.Error(), d.want) {
				t.Errorf("got %v, want an error naming %s", err, d.want)
			}
		})
	}
}

// TestAddRelationship follows the recipe of docs/ARCHITECTURE.md ("How to
// add a relationship") for an official's past posts, SERVED_IN with years:
// a row of kg.Rels and the schema's fields are all the model needs; the
// planner, the resolvers, the cost and the store's Cypher derive from them.
func TestAddRelationship(t *testing.T) {
	saved := kg.Rels
	defer func() { kg.Rels = saved }()
	// 1. The table (kg/model.go).
	kg.Rels = append(append([]kg.RelType(nil), saved...),
		kg.RelType{Type: "SERVED_IN", From: kg.LabelOfficial, To: kg.LabelRegion, Props: []string{"years"}, Traversed: true})
	// 2. The schema: the type's name, and a field at each end.
	src, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.NewReplacer(
		"  OPERATES_IN\n  MENTIONS\n}", "  OPERATES_IN\n  MENTIONS\n  SERVED_IN\n}",
		"  roles(minConfidence: Float, first: Int = 20): [Position!]! @rel(type: SERVES_IN, direction: OUT)",
		"  roles(minConfidence: Float, first: Int = 20): [Position!]! @rel(type: SERVES_IN, direction: OUT)\n"+
			"  formerRegions(first: Int = 20): [Region!]! @rel(type: SERVED_IN, direction: OUT)",
		"  organizations(minConfidence: Float, first: Int = 20): [Operation!]! @rel(type: OPERATES_IN, direction: IN)",
		"  organizations(minConfidence: Float, first: Int = 20): [Operation!]! @rel(type: OPERATES_IN, direction: IN)\n"+
			"  formerOfficials(first: Int = 20): [Official!]! @rel(type: SERVED_IN, direction: IN)",
	).Replace(string(src))
	m, err := relSchemaOf(loadSchema(t, edited))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typ, field string
		want       relField
	}{
		{"Official", "formerRegions", relField{spec: kg.LinkSpec{Type: "SERVED_IN", Out: true}, farType: "Region", list: true}},
		{"Region", "formerOfficials", relField{spec: kg.LinkSpec{Type: "SERVED_IN"}, farType: "Official", list: true}},
	}
	for _, tt := range tests {
		if got := m.fields[tt.typ][tt.field]; got != tt.want {
			t.Errorf("%s.%s: got %+v, want %+v", tt.typ, tt.field, got, tt.want)
		}
	}
	// The store reads its properties and paths follow it.
	if !slices.Contains(kg.RelProps(), "years") || !slices.Contains(kg.TraversedTypes(), "SERVED_IN") {
		t.Errorf("kg.RelProps() %v, kg.TraversedTypes() %v", kg.RelProps(), kg.TraversedTypes())
	}
	// A wrong end is caught.
	wrong := strings.Replace(edited, "formerOfficials(first: Int = 20): [Official!]! @rel(type: SERVED_IN, direction: IN)",
		"formerOfficials(first: Int = 20): [Official!]! @rel(type: SERVED_IN, direction: OUT)", 1)
	if _, err := relSchemaOf(loadSchema(t, wrong)); err == nil || !strings.Contains(err.Error(), "Region.formerOfficials") {
		t.Errorf("got %v, want an error naming Region.formerOfficials", err)
	}
}

// Article.mentions is a @rel field like the others (MENTIONS, any entity at
// its end), with a kind filter of its own; planned under node(id:).
func TestArticleMentions(t *testing.T) {
	f := testGraph()
	c := newTestClient(t, f)
	var got struct {
		Node struct {
			All      []struct{ Name string }
			Counties []struct{ Name string }
		}
	}
	c.MustPost(`{ node(id: "Article:a2") { ... on Article { all: mentions { name } counties: mentions(kind: COUNTY) { name } } } }`, &got)
	var all, counties []string
	for _, e := range got.Node.All {
		all = append(all, e.Name)
	}
	for _, e := range got.Node.Counties {
		counties = append(counties, e.Name)
	}
	if want := []string{"河东区", "迭部县", "食用菌"}; !slices.Equal(all, want) {
		t.Errorf("mentions = %v, want %v (by name)", all, want)
	}
	if want := []string{"河东区", "迭部县"}; !slices.Equal(counties, want) {
		t.Errorf("mentions(kind: COUNTY) = %v, want %v", counties, want)
	}
}

// TestErrorCodesDocumented: every extensions.code the server sends is named
// in the schema's description, which clients read as the list of codes to
// handle (PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_NOT_SUPPORTED and
// ORIGIN_NOT_ALLOWED were sent but not listed).
func TestErrorCodesDocumented(t *testing.T) {
	src, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	s, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(src)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	doc := s.Description
	for _, code := range []string{
		codeNotFound, codeBadUserInput, codeUnauthenticated, codeUnavailable, codeInternal,
		errQueryTooLarge, errFieldLimit, errDepthLimit, errComplexityLimit, errRootFieldLimit,
		errMutationLimit, errArgumentTooLong, errNotAllowed,
		codePersistedQueryNotFound, codePersistedQueryNotSupported,
		codeRateLimited, codeTooLarge, codeBadRequest, codeUnsupportedMedia, codeNotAcceptable,
		codeMethodNotAllowed, codeOriginNotAllowed, codeTooManyErrors,
	} {
		t.Run(code, func(t *testing.T) {
			if !strings.Contains(doc, code) {
				t.Errorf("the schema's description does not name %s", code)
			}
		})
	}
}
