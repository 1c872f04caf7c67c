package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
)

// planString renders a plan compactly: TYPE> (out) or TYPE< (in), +ev when
// evidence is read, * when the far nodes are read whole (not brief), ^ when
// the relationships' properties are read (not bare),
// nested plans in braces.
func planString(p *kg.Plan) string {
	if p.Empty() {
		return ""
	}
	var parts []string
	for _, l := range p.Links {
		s := l.Spec.Type + "<"
		if l.Spec.Out {
			s = l.Spec.Type + ">"
		}
		if l.Spec.Label != "" {
			s += l.Spec.Label
		}
		if l.Spec.Evidence {
			s += "+ev"
		}
		if !l.KeyNameOnly {
			s += "*"
		}
		if !l.NoProps {
			s += "^"
		}
		if !l.Next.Empty() {
			s += "{" + planString(l.Next) + "}"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// TestPlannedReads checks that a root field reads what is selected below it
// in one store call, with the plan its selection implies, and that the
// answer equals the one the loaders give without a plan.
func TestPlannedReads(t *testing.T) {
	tests := []struct {
		name      string
		query     string
		wantPlan  string            // "" when no Fetch is expected
		wantCalls map[string]int    // store calls
		wantData  map[string]string // substrings of the data
	}{
		{
			name:      "county two levels",
			query:     `{ county(name: "延寿县") { name officials { title official { name } } programs { name } industries { name } } }`,
			wantPlan:  "SERVES_IN<^ IMPLEMENTS> DEVELOPS>",
			wantCalls: map[string]int{"Fetch": 1},
			wantData:  map[string]string{"official": `"official":{"name":"张洪岐"}`, "programs": `"programs":[{"name":"光伏扶贫"}]`},
		},
		{
			name:      "evidence only when selected, aliases merge",
			query:     `{ county(name: "延寿") { a: officials { title } b: officials { evidence { sentence } } } }`,
			wantPlan:  "SERVES_IN<+ev^",
			wantCalls: map[string]int{"Fetch": 1},
			wantData:  map[string]string{"evidence": `"sentence":"延寿县委副书记、县长张洪岐表示"`},
		},
		{
			name:      "industry three levels through node",
			query:     `{ node(id: "Industry:食用菌") { ... on Industry { name regions { name officials { title official { name } } } } } }`,
			wantPlan:  "DEVELOPS<{SERVES_IN<^}",
			wantCalls: map[string]int{"Fetch": 1},
			wantData:  map[string]string{"regions": `{"name":"延寿县","officials":[{"official":{"name":"张洪岐"},"title":"县委副书记、县长"}]}`},
		},
		{
			name:      "relationship objects plan their far ends",
			query:     `{ region(code: "120102") { assists { mechanism helped { name industries { name } } } } }`,
			wantPlan:  "ASSISTS>^{DEVELOPS>}",
			wantCalls: map[string]int{"Fetch": 1},
			wantData:  map[string]string{"helped": `"helped":{"industries":[{"name":"食用菌"}],"name":"迭部县"}`},
		},
		{
			name:      "articles and parents",
			query:     `{ node(id: "Industry:光伏") { ... on Industry { articles { title } programs { regions { parent { name } } } } } }`,
			wantPlan:  "MENTIONS<Industry SUPPORTS<{IMPLEMENTS<{PART_OF>}}",
			wantCalls: map[string]int{"Fetch": 1},
			wantData:  map[string]string{"parent": `"parent":{"name":"哈尔滨市"}`},
		},
		{
			name:      "far nodes read whole when other fields are selected",
			query:     `{ county(name: "延寿县") { officials { official { titles place } } industries { kind } children { level } } }`,
			wantPlan:  "SERVES_IN<* DEVELOPS> PART_OF<*",
			wantCalls: map[string]int{"Fetch": 1},
			wantData:  map[string]string{"titles": `"titles":["县委副书记","县长"]`},
		},
		{
			name:      "no relationship selected: no plan",
			query:     `{ county(name: "延寿县") { name code } }`,
			wantCalls: map[string]int{"RegionByName": 1},
			wantData:  map[string]string{"code": `"code":"230129"`},
		},
		{
			name:      "page with count and plan in one call",
			query:     `{ counties(first: 5, filter: {industry: "食用菌"}) { totalCount edges { node { name programs { name } } } nodes { industries { name } } } }`,
			wantCalls: map[string]int{"List": 1},
			wantData:  map[string]string{"total": `"totalCount":2`, "programs": `"programs":[{"name":"光伏扶贫"}]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := testGraph()
			data, errs := post(t, newTestClient(t, f), tt.query)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if diff := cmp.Diff(tt.wantCalls, f.calls); diff != "" {
				t.Errorf("store calls (-want +got):\n%s", diff)
			}
			if tt.wantPlan != "" {
				if len(f.plans) != 1 {
					t.Fatalf("%d plans", len(f.plans))
				}
				if got := planString(f.plans[0]); got != tt.wantPlan {
					t.Errorf("plan = %q, want %q", got, tt.wantPlan)
				}
			}
			for what, sub := range tt.wantData {
				if !strings.Contains(data, sub) {
					t.Errorf("%s: %s not in %s", what, sub, data)
				}
			}
			// The same answer without planning: the loaders alone.
			g := testGraph()
			plain := fmt.Sprint(answerWithoutPlans(t, g, tt.query))
			if plain != data {
				t.Errorf("planned answer differs from the loaders' answer:\nplanned %s\nloaders %s", data, plain)
			}
		})
	}
}

// noFetch hides the fake's Fetch behind one that expands nothing, and
// lists without plans, so every relationship goes through the loaders.
type noFetch struct{ *fakeReader }

func (n noFetch) Fetch(ctx context.Context, root kg.Root, plan *kg.Plan) (*kg.Fetched, error) {
	return n.fakeReader.Fetch(ctx, root, nil)
}

func (n noFetch) List(ctx context.Context, q kg.ListQuery) (*kg.Page, error) {
	q.Plan = nil
	return n.fakeReader.List(ctx, q)
}

func answerWithoutPlans(t *testing.T, f *fakeReader, query string) string {
	t.Helper()
	c := newTestClient(t, f, func(c *Config) { c.Reader = noFetch{f} })
	data, errs := post(t, c, query)
	if len(errs) > 0 {
		t.Fatalf("errors without plans: %v", errs)
	}
	return data
}
