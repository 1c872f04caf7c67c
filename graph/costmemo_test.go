package graph

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

// TestKeptFieldCosts: the cost of a cached document is the same whether
// its variable-free fields come from what the first request kept or are
// walked afresh, whatever the variables of later requests. Every operation
// is over the complexity limit (1), so each answer's error states its
// exact complexity, or the argument that is too long.
func TestKeptFieldCosts(t *testing.T) {
	over := func(c *Config) { c.MaxComplexity = 1 }
	shared := newTestClient(t, testGraph(), over)
	long := strings.Repeat("县", 400)
	docs := []struct {
		name  string
		query string
		vars  []map[string]any
	}{
		{"page size from a variable", `query($n: Int!, $f: Int) {
			counties(first: $n) { nodes { name officials { title official { name } } } }
			county(name: "延寿县") { name officials { title official { name roles { region { name } } } } programs { name } }
			regions: counties(first: $f) { totalCount } }`,
			[]map[string]any{{"n": 1, "f": 2}, {"n": 50, "f": 100}, {"n": 3, "f": nil}}},
		{"a variable deep down", `query($c: Float, $name: String!) {
			county(name: $name) { name officials(minConfidence: $c) { title } programs { name } industries { name } } }`,
			[]map[string]any{{"c": 0.5, "name": "延寿县"}, {"c": nil, "name": long}, {"c": 0.1, "name": "x"}}},
		{"fragments", `query($n: Int!) { ...q a: county(name: "延寿县") { ...r } }
			fragment q on Query { counties(first: $n) { nodes { ...r } } }
			fragment r on Region { name officials { title official { name } } }`,
			[]map[string]any{{"n": 1}, {"n": 100}}},
		{"no variables, a literal too long", `{ county(name: "延寿县") { name } b: county(name: "` + long + `") { name } }`,
			[]map[string]any{nil, nil}},
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			for i, vars := range d.vars {
				var opts []client.Option
				for k, v := range vars {
					opts = append(opts, client.Var(k, v))
				}
				_, fresh := post(t, newTestClient(t, testGraph(), over), d.query, opts...)
				_, kept := post(t, shared, d.query, opts...)
				if len(fresh) != 1 || code(fresh) == "" {
					t.Fatalf("request %d, fresh: errors %v, want one limit error", i, fresh)
				}
				if len(kept) != 1 || kept[0].Message != fresh[0].Message || code(kept) != code(fresh) {
					t.Errorf("request %d: %v with kept costs, %v walked afresh", i, kept, fresh)
				}
			}
		})
	}
}
