package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/tuopin/tuopin/graph"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// unplanned hides planning from the server: Fetch reads only the roots and
// lists read only their items, so every relationship goes through the
// batching loaders (the reading the plans must agree with).
type unplanned struct{ kg.Reader }

func (u unplanned) Fetch(ctx context.Context, root kg.Root, plan *kg.Plan) (*kg.Fetched, error) {
	return u.Reader.Fetch(ctx, root, nil)
}

func (u unplanned) List(ctx context.Context, q kg.ListQuery) (*kg.Page, error) {
	q.Plan = nil
	return u.Reader.List(ctx, q)
}

// TestPlannedEqualsLoaders runs queries against the seed graph in Neo4j
// with look-ahead plans and without, and wants the same bytes, and fewer
// round trips with plans.
func TestPlannedEqualsLoaders(t *testing.T) {
	s := loadSeeds(t)
	plain := client.New(graph.NewHandler(graph.Config{Reader: unplanned{s.store}, Normalize: textnorm.ToSimplified}), client.Path("/graphql"))
	tests := []struct {
		name  string
		query string
	}{
		{"county with evidence", `{ county(name: "延寿县") { name code
			officials { title titles official { id name titles place } evidence { sentence start end article { title } } }
			programs { name category local } implementations { program { name } evidence { sentence } }
			industries { name category parent { name } subtypes { name } }
			statistics { metric value year } reports { statistic { name } }
			children { name level } parent { name } province { name } articles { title } } }`},
		{"industry three levels", `{ node(id: "Industry:光伏") { ... on Industry { name
			regions(first: 5) { name code officials(first: 5) { title official { name roles(first: 5) { region { name } } } } }
			programs { name regions { name } } supports { program { id } evidence { sentence } } } } }`},
		{"partners both ways", `{ region(name: "河东区") { name
			assists { mechanism helper { name } helped { name industries { name } assistedBy { helper { name } } } evidence { sentence } }
			assistedBy { helper { name } } } }`},
		{"connection with count and nested", `{ counties(first: 3, orderBy: {field: NAME, direction: DESC}) { totalCount
			edges { cursor node { name programs { name industries { name } } } }
			nodes { code officials { official { name } } }
			pageInfo { hasNextPage endCursor } } }`},
		{"aliases and fragments", `{ a: county(name: "延寿") { ...F x: officials { title } } }
			fragment F on Region { officials { official { name } evidence { start } } industries { ... on Industry { name } } }`},
		{"officials list", `{ officials(first: 5, filter: {title: "县长"}) { totalCount nodes { name roles { title region { name province { name } } } articles { title } } } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, planned := s.run(t, tt.query)
			before := s.roundTrips.Load()
			resp, err := plain.RawPost(tt.query)
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("without plans: %v %s", err, resp.Errors)
			}
			unplannedTrips := s.roundTrips.Load() - before
			got, _ := json.Marshal(data)
			want, _ := json.Marshal(resp.Data)
			if string(got) != string(want) {
				t.Errorf("planned answer differs from the loaders':\nplanned  %s\nloaders  %s", got, want)
			}
			if planned >= unplannedTrips {
				t.Errorf("round trips: %d planned, %d with loaders only", planned, unplannedTrips)
			}
			t.Logf("round trips: %d planned, %d with loaders only", planned, unplannedTrips)
		})
	}
}
