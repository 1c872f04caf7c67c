package loader

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A tree ensemble the training script wrote must give, walked by the
// loader, the probabilities LightGBM gave the same rows (its probes).
func TestTreeModelsMatchTheirTrainer(t *testing.T) {
	models := map[string]*learnedModel{"industry_model.json": theIndustryModel, "partner_model.json": thePartnerModel,
		"county_model.json": theCountyModel, "official_model.json": theOfficialModel}
	walked := 0
	for name, m := range models {
		if m == nil || m.Trees == nil {
			continue
		}
		if len(m.Trees.Probes) < 5 {
			t.Errorf("%s: %d probes; the script writes a dozen", name, len(m.Trees.Probes))
		}
		for k, pr := range m.Trees.Probes {
			if got := m.prob(pr.Features); math.Abs(got-pr.P) > 1e-9 {
				t.Errorf("%s probe %d: walk gives %.12f, LightGBM gave %.12f", name, k, got, pr.P)
			}
			walked++
		}
	}
	// A fixture the script wrote (testdata/trees), so that the walk is held
	// to LightGBM even while no shipped stage is a tree ensemble.
	data, err := os.ReadFile(filepath.Join("testdata", "trees", "partners.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e treeEnsemble
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	if err := e.check(); err != nil {
		t.Fatal(err)
	}
	if len(e.Trees) < 10 || len(e.Probes) < 5 {
		t.Fatalf("fixture: %d trees, %d probes", len(e.Trees), len(e.Probes))
	}
	m := &learnedModel{Trees: &e}
	for k, pr := range e.Probes {
		if got := m.prob(pr.Features); math.Abs(got-pr.P) > 1e-9 {
			t.Errorf("fixture probe %d: walk gives %.12f, LightGBM gave %.12f", k, got, pr.P)
		}
		walked++
	}
	t.Logf("%d probes walked", walked)
}

// A hand-made ensemble: the walk takes each side of a split, a one-leaf
// tree adds its value, and LightGBM's zero-as-missing default is kept.
func TestTreeEnsembleWalk(t *testing.T) {
	e := &treeEnsemble{
		Features: []string{"rule_kept", "sale", "many"},
		Trees: []treeNode{
			// rule_kept <= 0.5 ? (sale <= 0.5 ? -1 : -3) : 2
			{Feature: []int32{0, 1}, Threshold: []float64{0.5, 0.5}, Left: []int32{1, ^0}, Right: []int32{^2, ^1}, Leaf: []float64{-1, -3, 2}},
			{Leaf: []float64{0.25}},
			// many <= 1 with zeros sent right: absent many counts as right (+1)
			{Feature: []int32{2}, Threshold: []float64{1}, Left: []int32{^0}, Right: []int32{^1}, ZeroLeft: []int8{-1}, Leaf: []float64{0, 1}},
		},
	}
	if err := e.check(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		f    map[string]float64
		want float64
	}{
		{"nothing", map[string]float64{}, -1 + 0.25 + 1},
		{"sale", map[string]float64{"sale": 1}, -3 + 0.25 + 1},
		{"kept", map[string]float64{"rule_kept": 1, "many": 0.5}, 2 + 0.25 + 0},
		{"kept, many", map[string]float64{"rule_kept": 1, "many": 3, "unknown": 9}, 2 + 0.25 + 1},
	}
	for _, c := range cases {
		if got := e.score(c.f); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: score %v, want %v", c.name, got, c.want)
		}
	}
}

// A damaged ensemble is refused with what is wrong, before any walk could
// index out of range or loop.
func TestTreeEnsembleCheck(t *testing.T) {
	cases := []struct {
		name string
		tree treeNode
		want string
	}{
		{"feature out of range", treeNode{Feature: []int32{5}, Threshold: []float64{1}, Left: []int32{^0}, Right: []int32{^1}, Leaf: []float64{0, 1}}, "feature 5 of 1"},
		{"cycle", treeNode{Feature: []int32{0, 0}, Threshold: []float64{1, 1}, Left: []int32{1, 0}, Right: []int32{^0, ^1}, Leaf: []float64{0, 1, 2}}, "child 0 out of range"},
		{"leaf out of range", treeNode{Feature: []int32{0}, Threshold: []float64{1}, Left: []int32{^0}, Right: []int32{^4}, Leaf: []float64{0, 1}}, "child -5 out of range"},
		{"leaves miscounted", treeNode{Feature: []int32{0}, Threshold: []float64{1}, Left: []int32{^0}, Right: []int32{^1}, Leaf: []float64{0}}, "1 leaves for 1 splits"},
		{"ragged", treeNode{Feature: []int32{0}, Threshold: []float64{1, 2}, Left: []int32{^0}, Right: []int32{^1}, Leaf: []float64{0, 1}}, "different lengths"},
	}
	for _, c := range cases {
		e := &treeEnsemble{Features: []string{"f"}, Trees: []treeNode{c.tree}}
		err := e.check()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		}
	}
}
