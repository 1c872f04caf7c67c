package loader

import (
	"slices"

	"github.com/tuopin/tuopin/kg"
)

// EvalRecord is one article's facts in the shape of the hand-labelled gold of
// shared/eval (see its README): what `tuopin extract` prints, one per line.
// Evidence and codes are extra fields the scorer ignores.
type EvalRecord struct {
	Article    string            `json:"article"`
	Counties   []string          `json:"counties"`
	Officials  []EvalOfficial    `json:"officials"`
	Programs   []string          `json:"programs"`
	Industries []string          `json:"industries"`
	Partners   []EvalPartner     `json:"partners"`
	Stats      []EvalStat        `json:"stats"`
	Codes      map[string]string `json:"codes,omitempty"`    // county name -> GB/T 2260 code
	Evidence   []EvalEvidence    `json:"evidence,omitempty"` // one line per fact
}

// EvalOfficial is an official in the gold shape.
type EvalOfficial struct {
	Name   string   `json:"name"`
	Titles []string `json:"titles"`
	Place  string   `json:"place"`
}

// EvalPartner is a helper → helped pair.
type EvalPartner struct {
	Helper    string `json:"helper"`
	Helped    string `json:"helped"`
	Mechanism string `json:"mechanism,omitempty"`
}

// EvalStat is a statistic.
type EvalStat struct {
	Place  string `json:"place"`
	Metric string `json:"metric"`
	Value  string `json:"value"`
	Year   string `json:"year"`
}

// EvalEvidence ties one emitted value to its first supporting sentence.
type EvalEvidence struct {
	Field    string `json:"field"`
	Value    string `json:"value"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	// Rule is the rule that found the fact; Confidence its calibrated
	// precision (loader/rules.json).
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence"`
}

// ToEval converts facts to the gold shape. Counties are the county-level
// regions the article is about or that act as partners.
func ToEval(f *kg.Facts) EvalRecord {
	r := EvalRecord{
		Article: f.Article.File, Counties: []string{}, Officials: []EvalOfficial{}, Programs: []string{},
		Industries: []string{}, Partners: []EvalPartner{}, Stats: []EvalStat{}, Codes: map[string]string{},
	}
	ev := func(field, value string, es []kg.Evidence, conf float64) {
		if len(es) == 0 {
			return
		}
		rule, _ := bestRule(es)
		e := es[0]
		for _, o := range es {
			if o.Rule == rule {
				e = o // the sentence of the best rule
				break
			}
		}
		r.Evidence = append(r.Evidence, EvalEvidence{Field: field, Value: value, Sentence: e.Sentence, Start: e.Start, End: e.End, Rule: rule, Confidence: conf})
	}
	for _, rg := range f.Regions {
		if rg.Level != kg.LevelCounty || rg.Role != kg.RoleSubject && rg.Role != kg.RolePartner {
			continue
		}
		if !slices.Contains(r.Counties, rg.Name) {
			r.Counties = append(r.Counties, rg.Name)
			r.Codes[rg.Name] = rg.Code
			ev("counties", rg.Name, rg.Evidence, rg.Confidence)
		}
	}
	for _, o := range f.Officials {
		titles := o.Titles
		if titles == nil {
			titles = []string{}
		}
		r.Officials = append(r.Officials, EvalOfficial{Name: o.Name, Titles: titles, Place: o.Place})
		ev("officials", o.Name, o.Evidence, o.Confidence)
	}
	for _, p := range f.Programs {
		r.Programs = append(r.Programs, p.Name)
		ev("programs", p.Name, p.Evidence, p.Confidence)
	}
	for _, in := range f.Industries {
		r.Industries = append(r.Industries, in.Name)
		ev("industries", in.Name, in.Evidence, in.Confidence)
	}
	for _, p := range f.Partners {
		r.Partners = append(r.Partners, EvalPartner{Helper: p.Helper, Helped: p.Helped, Mechanism: p.Mechanism})
		ev("partners", p.Helper+"→"+p.Helped, p.Evidence, p.Confidence)
	}
	for _, s := range f.Stats {
		r.Stats = append(r.Stats, EvalStat{Place: s.Place, Metric: s.Metric, Value: s.Value, Year: s.Year})
		// The place and year too: two figures of one sentence often differ
		// only in them (19.2% in 2015, 1.82% in 2017).
		v := s.Place + " " + s.Metric + " " + s.Value
		if s.Year != "" {
			v += " (" + s.Year + ")"
		}
		ev("stats", v, s.Evidence, s.Confidence)
	}
	return r
}
