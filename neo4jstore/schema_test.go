package neo4jstore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/neo4jstore"
)

// TestSchema: Open creates every constraint and index of the schema from
// none (the indexes in one transaction, the constraints at once), all of
// them online when it returns, and opening again changes nothing.
func TestSchema(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	constraints, indexes := neo4jstore.SchemaNamesForTest()
	if len(constraints) != 8 || len(indexes) < 8 { // 7 of the graph, analysis_id
		t.Fatalf("schema names: %d constraints, %d indexes; want 8 and at least 8", len(constraints), len(indexes))
	}
	for _, c := range constraints {
		if err := neo4jstore.ExecForTest(ctx, s, "DROP CONSTRAINT "+c+" IF EXISTS"); err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range indexes {
		if err := neo4jstore.ExecForTest(ctx, s, "DROP INDEX "+i+" IF EXISTS"); err != nil {
			t.Fatal(err)
		}
	}
	names := func(q string) []string {
		t.Helper()
		rows, err := neo4jstore.DumpForTest(ctx, s, q)
		if err != nil {
			t.Fatal(err)
		}
		out := []string{}
		for _, r := range rows {
			out = append(out, r[0].(string))
		}
		slices.Sort(out)
		return out
	}
	const (
		showConstraints = `SHOW CONSTRAINTS YIELD name RETURN name`
		showOnline      = `SHOW INDEXES YIELD name, state, type WHERE type <> 'LOOKUP' AND state = 'ONLINE' RETURN name`
		showAll         = `SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name`
	)
	// Other schema may be there (a store shared with other branches' tests):
	// only the schema's own names are checked.
	wantConstraints := slices.Sorted(slices.Values(constraints))
	// A uniqueness constraint's own index bears its name.
	wantIndexes := slices.Sorted(slices.Values(append(slices.Clone(indexes), constraints...)))
	ours := func(got, want []string) []string {
		out := []string{}
		for _, g := range got {
			if slices.Contains(want, g) {
				out = append(out, g)
			}
		}
		return out
	}
	if got := ours(names(showAll), wantIndexes); len(got) != 0 {
		t.Fatalf("indexes left after dropping the schema: %v", got)
	}
	for round := range 2 {
		s2, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: neo4jtest.URI(t), User: neo4jtest.User(), Password: neo4jtest.Password()})
		if err != nil {
			t.Fatalf("Open (round %d): %v", round, err)
		}
		s2.Close(ctx)
		if got := ours(names(showConstraints), wantConstraints); !slices.Equal(got, wantConstraints) {
			t.Errorf("round %d: constraints %v, want %v", round, got, wantConstraints)
		}
		if got := ours(names(showOnline), wantIndexes); !slices.Equal(got, wantIndexes) {
			t.Errorf("round %d: online indexes %v, want %v", round, got, wantIndexes)
		}
	}
}
