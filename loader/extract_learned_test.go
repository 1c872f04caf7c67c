package loader

import (
	"slices"
	"testing"
)

// The embedded model is the one scripts/realcorpus.py train wrote: it must
// load, keep its thresholds in range and map probabilities to confidences
// that never fall as the probability rises.
func TestIndustryModelEmbedded(t *testing.T) {
	m := theIndustryModel
	if m == nil {
		t.Fatal("industry_model.json has no weights: run scripts/realcorpus.py train")
	}
	if m.Add <= 0 || m.Add > 2 || m.Drop < 0 || m.Drop >= 1 {
		t.Errorf("thresholds add=%v drop=%v out of range", m.Add, m.Drop)
	}
	if _, ok := m.Weights["rule_kept"]; !ok {
		t.Error("no weight for rule_kept")
	}
	prev := 0.0
	for p := 0.0; p <= 1.0; p += 0.05 {
		c := m.confidence(p)
		if c < prev || c <= 0 || c >= 1 {
			t.Fatalf("confidence(%.2f) = %v after %v: not monotone in (0,1)", p, c, prev)
		}
		prev = c
	}
}

// Features of candidates, on invented sentences: what the learned stage
// reads must be what the sentence says.
func TestIndustryCandidateFeatures(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text, product string
		want, not           []string // features set to a non-zero value / absent
	}{
		{"OpenBeforeArea", "甲县\n甲县今年新增黄姜面积1200亩，带动农户增收。", "黄姜",
			[]string{"open", "open:面积", "product_tail", "pos:name"}, []string{"rule_kept", "past", "dev"}},
		{"LexiconWithCount", "甲县\n甲县发展核桃产业，种植核桃5万亩。", "核桃",
			[]string{"rule_kept", "cue_after", "quantity", "grow"}, []string{"open", "sale"}},
		{"PastClause", "甲县\n以前村民只种玉米，如今发展蓝莓产业。", "玉米",
			[]string{"past"}, []string{"rule_kept"}},
		{"SaleSentence", "甲县\n合作社把核桃销往广州和深圳。", "核桃",
			[]string{"sale"}, []string{"grow"}},
		{"InTitle", "甲县的苹果熟了\n甲县的果农正在采摘。", "苹果",
			[]string{"title"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cands, err := x.IndustryCandidates("case.txt", []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(cands, func(k IndustryCandidate) bool { return k.Name == c.product })
			if i < 0 {
				t.Fatalf("no candidate %s among %v", c.product, cands)
			}
			f := cands[i].Features
			for _, k := range c.want {
				if f[k] == 0 {
					t.Errorf("%s: feature %s not set: %v", c.product, k, f)
				}
			}
			for _, k := range c.not {
				if f[k] != 0 {
					t.Errorf("%s: feature %s set: %v", c.product, k, f)
				}
			}
		})
	}
}

// The stage adds what its model rates at Add or more, drops rule results
// below Drop, and gives each fact the calibrated confidence. A fixed model
// keeps the test independent of training.
func TestLearnedStageDecides(t *testing.T) {
	x := testExtractor(t)
	m := &industryModel{Bias: -2, Weights: map[string]float64{"open:面积": 4, "sale": -6, "rule_kept": 3}, Add: 0.6, Drop: 0.2}
	m.Calibration = append(m.Calibration, struct {
		Below      float64 `json:"below"`
		Confidence float64 `json:"confidence"`
	}{0.5, 0.3}, struct {
		Below      float64 `json:"below"`
		Confidence float64 `json:"confidence"`
	}{1.0, 0.8})
	saved := x.model
	x.model = m
	t.Cleanup(func() { x.model = saved })

	f, err := x.ExtractBytes("case.txt", []byte("甲县\n甲县今年新增黄姜面积1200亩。全县发展核桃产业，核桃销往广州。"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, in := range f.Industries {
		got[in.Name] = in.Confidence
	}
	if c, ok := got["黄姜"]; !ok || c != 0.8 {
		t.Errorf("黄姜 (open, before 面积): got %v (present %v), want added with confidence 0.8; all %v", c, ok, got)
	}
	if _, ok := got["核桃"]; !ok {
		t.Errorf("核桃 (rule result, p = σ(-2+3-6·sale)) should stay above drop only if not in a sale sentence; got %v", got)
	}
}
