package loader

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/tuopin/tuopin/kg"
)

// Every fact carries the rule that found it (kg.Evidence.Rule) and a
// confidence: the precision that rule reached on the tuning split of the real
// corpus (testdata/real), smoothed as (tp+1)/(n+2). The table is written by
// `scripts/realcorpus.py calibrate` from the tuning split only, never from the
// blind one. A rule the split never exercised gets defaultConfidence.

//go:embed rules.json
var rulesJSON []byte

// RuleStat is one rule's calibration: facts it produced on the tuning split,
// how many were right, and the smoothed precision used as confidence.
type RuleStat struct {
	Confidence float64 `json:"confidence"`
	TP         int     `json:"tp"`
	N          int     `json:"n"`
}

const defaultConfidence = 0.5

var ruleTable = func() map[string]RuleStat {
	var doc struct {
		Rules map[string]RuleStat `json:"rules"`
	}
	if err := json.Unmarshal(rulesJSON, &doc); err != nil {
		panic("loader: rules.json: " + err.Error()) // embedded data; a test covers it
	}
	return doc.Rules
}()

// Rules returns the calibrated rule table (read-only).
func Rules() map[string]RuleStat { return ruleTable }

// ruleConfidence is the confidence of one rule.
func ruleConfidence(rule string) float64 {
	if st, ok := ruleTable[rule]; ok {
		return st.Confidence
	}
	return defaultConfidence
}

// bestRule returns the evidence rule with the highest confidence, and that
// confidence.
func bestRule(es []kg.Evidence) (string, float64) {
	best, conf := "", 0.0
	for _, e := range es {
		if e.Rule == "" {
			continue
		}
		if c := ruleConfidence(e.Rule); c > conf || best == "" {
			best, conf = e.Rule, c
		}
	}
	if best == "" {
		return "", defaultConfidence
	}
	return best, conf
}

// score fills in every fact's confidence.
func score(f *kg.Facts) {
	conf := func(es []kg.Evidence) float64 { _, c := bestRule(es); return c }
	for i, x := range f.Regions {
		if x.Confidence == 0 { // the learned stage judged it otherwise
			f.Regions[i].Confidence = conf(x.Evidence)
		}
	}
	for i, x := range f.Officials {
		if x.Confidence == 0 { // the learned stage judged it otherwise
			f.Officials[i].Confidence = conf(x.Evidence)
		}
	}
	for i, x := range f.Programs {
		f.Programs[i].Confidence = conf(x.Evidence)
	}
	for i, x := range f.Industries {
		if x.Confidence == 0 { // the learned stage judged it otherwise
			f.Industries[i].Confidence = conf(x.Evidence)
		}
	}
	for i, x := range f.Partners {
		if x.Confidence == 0 { // the learned stage judged it otherwise
			f.Partners[i].Confidence = conf(x.Evidence)
		}
	}
	for i, x := range f.Stats {
		f.Stats[i].Confidence = conf(x.Evidence)
	}
	for i, x := range f.Organizations {
		f.Organizations[i].Confidence = conf(x.Evidence)
	}
}

// Explain writes, for every fact of the evaluation form, the rule that
// matched, its confidence and the sentence: what `tuopin extract --explain`
// prints.
func Explain(w io.Writer, r EvalRecord) error {
	if _, err := fmt.Fprintf(w, "# %s\n", r.Article); err != nil {
		return err
	}
	for _, e := range r.Evidence {
		sent := strings.ReplaceAll(e.Sentence, "\n", " ")
		if n := []rune(sent); len(n) > 80 {
			sent = string(n[:80]) + "…"
		}
		if _, err := fmt.Fprintf(w, "%-10s %-24s %.2f  %-26s %s\n", e.Field, e.Value, e.Confidence, e.Rule, sent); err != nil {
			return err
		}
	}
	return nil
}
