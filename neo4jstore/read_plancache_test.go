package neo4jstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// compiled is planColumns without the cache.
func compiled(t *testing.T, plan *kg.Plan) string {
	t.Helper()
	var c planCompiler
	cols, err := c.columns("n", plan, 1)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, col := range cols {
		fmt.Fprintf(&b, ",\n\t\t       %s AS l%d", col, i)
	}
	return b.String()
}

// TestPlanColumnCache: plans that differ in anything the compiler reads
// get different keys, and the cached columns are the compiled ones.
func TestPlanColumnCache(t *testing.T) {
	one := func(pl kg.PlanLink) *kg.Plan { return &kg.Plan{Links: []kg.PlanLink{pl}} }
	serves := kg.LinkSpec{Type: kg.RelServesIn}
	develops := kg.LinkSpec{Type: kg.RelDevelops, Out: true}
	plans := []struct {
		name string
		plan *kg.Plan
	}{
		{"officials", one(kg.PlanLink{Spec: serves})},
		{"officials out", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelServesIn, Out: true}})},
		{"officials with evidence", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelServesIn, Evidence: true}})},
		{"officials brief", one(kg.PlanLink{Spec: serves, KeyNameOnly: true})},
		{"officials without properties", one(kg.PlanLink{Spec: serves, NoProps: true})},
		{"industries", one(kg.PlanLink{Spec: develops})},
		{"industries and their regions", one(kg.PlanLink{Spec: develops, Next: one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelDevelops}})})},
		{"industries, then officials", &kg.Plan{Links: []kg.PlanLink{{Spec: develops}, {Spec: serves}}}},
		{"officials, then industries", &kg.Plan{Links: []kg.PlanLink{{Spec: serves}, {Spec: develops}}}},
		{"mentions of an industry", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelIndustry}})},
		{"mentions of a program", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelProgram}})},
		{"industries, at most 5", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelDevelops, Out: true, First: 5}})},
		{"industries of some confidence", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelDevelops, Out: true, First: 5, MinConfidence: 0.5}})},
		{"statistics of a metric", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelReported, Out: true, First: 5, Metric: "贫困发生率"}})},
		{"mentions of a kind", one(kg.PlanLink{Spec: kg.LinkSpec{Type: kg.RelMentions, Out: true, First: 5, Kind: kg.KindCounty}})},
	}
	keys := map[string]string{}
	for _, p := range plans {
		k := string(appendPlanKey(nil, p.plan))
		if other, ok := keys[k]; ok {
			t.Errorf("%s and %s share the key %q", p.name, other, k)
		}
		keys[k] = p.name
	}
	for _, p := range plans {
		want := compiled(t, p.plan)
		for range 2 { // the first call fills the cache, the second reads it
			got, err := planColumns(p.plan, map[string]any{})
			if err != nil || got != want {
				t.Errorf("%s: planColumns = %q, %v; want %q", p.name, got, err, want)
			}
		}
	}
	if got, err := planColumns(nil, map[string]any{}); got != "" || err != nil {
		t.Errorf("empty plan: %q, %v", got, err)
	}
}

// TestPlanColumnCacheBounded: the cache never holds more than
// maxCachedPlans plans.
func TestPlanColumnCacheBounded(t *testing.T) {
	c := &columnCache{m: map[string]string{}}
	for i := range 3 * maxCachedPlans {
		c.put([]byte(fmt.Sprint(i)), "x")
		if len(c.m) > maxCachedPlans {
			t.Fatalf("%d plans cached after %d puts", len(c.m), i+1)
		}
	}
	if cols, ok := c.get([]byte(fmt.Sprint(3*maxCachedPlans - 1))); !ok || cols != "x" {
		t.Errorf("the last plan put is not cached: %q, %v", cols, ok)
	}
}
