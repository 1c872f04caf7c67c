package loader

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

// The partner rules read one sentence (or one list) at a time. Real reports
// often state a pairing across the article: an eastern city named a dozen
// times in a report datelined in a western prefecture, beside 东西部扶贫协作,
// with no single sentence of the form A帮扶B. The learned partner stage takes
// every eastern region and every western region the article names as a
// candidate pair, describes it with article-wide features, and a logistic
// model trained on the tuning split (partner_model.json, written by
// `scripts/realcorpus.py train`) adds pairs the rules missed and drops rule
// pairs it finds unlikely, with a calibrated confidence.

//go:embed partner_model.json
var partnerModelJSON []byte

var thePartnerModel = mustModel("partner_model.json", partnerModelJSON)

// pairingsTxt is the table of pairings set by national policy (see the file's
// header for its sources).
//
//go:embed pairings.txt
var pairingsTxt string

// pairing is one helper → helped assignment of pairings.txt.
type pairing struct{ helper, helped gazetteer.Division }

// loadPairings resolves pairings.txt against the gazetteer; a name it does
// not hold is a broken table, which a test catches.
func loadPairings(gz *gazetteer.Gazetteer) ([]pairing, error) {
	var out []pairing
	find := func(name string) (gazetteer.Division, bool) {
		for _, d := range gz.Lookup(name) {
			if d.Name == name {
				return d, true
			}
		}
		return gazetteer.Division{}, false
	}
	for n, line := range strings.Split(pairingsTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		h, ok1 := find(strings.TrimSpace(a))
		w, ok2 := find(strings.TrimSpace(b))
		if !ok || !ok1 || !ok2 {
			return nil, fmt.Errorf("pairings.txt line %d: %q names no division of the gazetteer", n+1, line)
		}
		out = append(out, pairing{h, w})
	}
	return out, nil
}

// pairingFeatures says how a candidate pair stands to the policy pairings:
// pairing_city when both sides fall within a pairing made between cities or
// prefectures, pairing_prov when only a province's pairing covers it, and
// pairing_other when the helper's own city or prefecture has pairings and
// none covers this helped region.
func (x *Extractor) pairingFeatures(h, w gazetteer.Division, f map[string]float64) {
	hs, ws := x.selfAndAncestors(h), x.selfAndAncestors(w)
	helperPaired := false
	for _, pr := range x.pairings {
		if !slices.Contains(hs, pr.helper.Code) {
			continue
		}
		if pr.helper.Level != gazetteer.Province {
			helperPaired = true
		}
		if slices.Contains(ws, pr.helped.Code) {
			if pr.helper.Level != gazetteer.Province && pr.helped.Level != gazetteer.Province {
				f["pairing_city"] = 1
			} else {
				f["pairing_prov"] = 1
			}
		}
	}
	if helperPaired && f["pairing_city"] == 0 && f["pairing_prov"] == 0 {
		f["pairing_other"] = 1
	}
}

// selfAndAncestors returns the codes of d and of the divisions above it.
func (x *Extractor) selfAndAncestors(d gazetteer.Division) []string {
	out := []string{d.Code}
	for _, a := range x.gz.Ancestors(d) {
		out = append(out, a.Code)
	}
	return out
}

// PartnerCandidate is one eastern → western pair of regions an article
// names, with the features the learned stage reads. `tuopin extract
// --candidates` prints them for training.
type PartnerCandidate struct {
	Field     string             `json:"field"` // "partners"
	Article   string             `json:"article"`
	Helper    string             `json:"helper"`
	Helped    string             `json:"helped"`
	Extracted bool               `json:"extracted"`
	Features  map[string]float64 `json:"features"`
}

// maxPartnerRegions bounds the regions of each side the stage pairs, so
// that a list-heavy article costs at most 16×16 candidates.
const maxPartnerRegions = 16

type pairCandidate struct {
	PartnerCandidate
	helper, helped gazetteer.Division
	fact           int // index into the rule facts, -1 when the rules missed it
	evidence       kg.Evidence
	hasEvidence    bool
}

// partnerCandidates lists the eastern → western pairs of the article.
func (x *Extractor) partnerCandidates(d *document, p *places, facts []kg.PartnerFact) []*pairCandidate {
	type regionSeen struct {
		div   gazetteer.Division
		n     int
		sents []int
		title bool
		addr  int // mentions written as the address of a division in it (黔东南州 of 黔东南州黄平县)
	}
	seen := map[string]*regionSeen{}
	var east, west []*regionSeen
	for k, m := range p.mentions {
		if !x.partyMention(d, p, m) {
			continue
		}
		r := seen[m.code]
		if r == nil {
			div, ok := x.gz.ByCode(m.code)
			if !ok || div.Level == gazetteer.Province {
				continue
			}
			r = &regionSeen{div: div}
			seen[m.code] = r
			prov, _ := x.gz.Province(div)
			if easternHelpers[prov.Code] {
				east = append(east, r)
			} else {
				west = append(west, r)
			}
		}
		r.n++
		if k+1 < len(p.mentions) {
			if next := p.mentions[k+1]; next.sent == m.sent && next.sp.start == m.sp.end && next.code != "" {
				if nd, ok := x.gz.ByCode(next.code); ok && x.within(nd, r.div) {
					r.addr++
				}
			}
		}
		if len(r.sents) == 0 || r.sents[len(r.sents)-1] != m.sent {
			r.sents = append(r.sents, m.sent)
		}
		if m.sent < d.titleSents {
			r.title = true
		}
	}
	byN := func(a, b *regionSeen) int { return b.n - a.n }
	slices.SortStableFunc(east, byN)
	slices.SortStableFunc(west, byN)
	east, west = east[:min(len(east), maxPartnerRegions)], west[:min(len(west), maxPartnerRegions)]
	ruleAt := map[[2]string]int{}
	for i, f := range facts {
		ruleAt[[2]string{f.HelperCode, f.HelpedCode}] = i
	}
	family := func(a, b gazetteer.Division) bool {
		return a.Code == b.Code || x.within(a, b) || x.within(b, a)
	}
	if len(east) == 0 || len(west) == 0 {
		return nil
	}
	verbSents, ewWords := 0, 0
	for _, s := range d.sents {
		if len(verbsOf(s)) > 0 {
			verbSents++
		}
		if strings.Contains(s.text, "东西部") || strings.Contains(s.text, "携手奔小康") {
			ewWords++
		}
	}
	var out []*pairCandidate
	for _, h := range east {
		for _, w := range west {
			if family(h.div, w.div) {
				continue
			}
			c := &pairCandidate{PartnerCandidate: PartnerCandidate{Field: "partners", Article: d.File, Helper: displayName(h.div), Helped: displayName(w.div), Features: map[string]float64{}},
				helper: h.div, helped: w.div, fact: -1}
			f := c.Features
			f["hl:"+string(h.div.Level)] = 1
			f["wl:"+string(w.div.Level)] = 1
			if strings.HasSuffix(h.div.Name, "区") {
				f["helper_district"] = 1
			}
			f["helper_n"] = math.Log1p(float64(h.n))
			f["helped_n"] = math.Log1p(float64(w.n))
			f["helper_rank"] = float64(slices.Index(east, h))
			f["helped_rank"] = float64(slices.Index(west, w))
			f["n_east"] = math.Log1p(float64(len(east)))
			f["n_west"] = math.Log1p(float64(len(west)))
			f["verb_sents"] = math.Log1p(float64(verbSents))
			f["ew_words"] = b2f(ewWords > 0)
			f["helped_address_only"] = b2f(w.addr == w.n)
			f["title_helper"] = b2f(h.title)
			f["title_helped"] = b2f(w.title)
			if subj, ok := x.gz.ByCode(p.subject); ok {
				f["helped_subject"] = b2f(subj.Code == w.div.Code)
				f["helped_family_subject"] = b2f(subj.Code != w.div.Code && family(subj, w.div))
			}
			both, bothVerb, order := 0, 0, 0
			for _, si := range h.sents {
				if _, ok := slices.BinarySearch(w.sents, si); !ok {
					continue
				}
				both++
				s := d.sents[si]
				if len(verbsOf(s)) > 0 {
					bothVerb++
					if !c.hasEvidence || !strings.Contains(c.evidence.Sentence, "帮扶") {
						c.evidence, c.hasEvidence = s.evidenceBy(d.ID, "partner.learned"), true
					}
				} else if !c.hasEvidence {
					c.evidence, c.hasEvidence = s.evidenceBy(d.ID, "partner.learned"), true
				}
				if x.firstIn(p, si, h.div.Code) < x.firstIn(p, si, w.div.Code) {
					order++
				}
			}
			f["both_sents"] = math.Log1p(float64(both))
			f["both_verb"] = math.Log1p(float64(bothVerb))
			f["helper_first"] = b2f(order > 0)
			x.pairingFeatures(h.div, w.div, f)
			if i, ok := ruleAt[[2]string{h.div.Code, w.div.Code}]; ok {
				c.fact, c.Extracted = i, true
				f["rule_kept"] = 1
				for _, e := range facts[i].Evidence {
					f["rule:"+ruleFeature(e.Rule)] = 1
				}
			}
			for _, rf := range facts {
				if rf.HelperCode == h.div.Code && rf.HelpedCode == w.div.Code {
					continue
				}
				rh, _ := x.gz.ByCode(rf.HelperCode)
				rw, _ := x.gz.ByCode(rf.HelpedCode)
				switch {
				case family(rh, h.div) && family(rw, w.div):
					f["family_pair_kept"] = 1
				case rh.Code == h.div.Code:
					f["helper_kept_other"] = 1
				case rw.Code == w.div.Code:
					f["helped_kept_other"] = 1
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// verbFrames are rules that read a partner verb with another frame around it
// (partner.aid-team: 援藏工作队 and the sentence's western county;
// partner.anaphoric-list: 这5个县区分别由…帮扶 with the list of the sentence
// before). The model weighs them as partner.verb: it was trained before they
// existed, and a retraining on 1,930 of the 2,005 tuning texts (eleventh
// round, docs/EXTRACTION.md) was not kept.
var verbFrames = map[string]bool{"partner.aid-team": true, "partner.anaphoric-list": true, "partner.seconded-cadre": true, "partner.visit": true}

// ruleFeature names the model feature of a rule.
func ruleFeature(rule string) string {
	if verbFrames[rule] {
		return "partner.verb"
	}
	return rule
}

// firstIn returns the offset of the first mention of code in sentence si,
// or a large number.
func (x *Extractor) firstIn(p *places, si int, code string) int {
	for _, m := range p.inSent(si) {
		if m.code == code {
			return m.sp.start
		}
	}
	return math.MaxInt
}

// learnPartners applies the partner model to the rule facts.
func (x *Extractor) learnPartners(d *document, p *places, facts []kg.PartnerFact) []kg.PartnerFact {
	m := x.partnerModel
	if m == nil && d.pairs == nil {
		return facts
	}
	cands := x.partnerCandidates(d, p, facts)
	if d.pairs != nil {
		for _, c := range cands {
			*d.pairs = append(*d.pairs, c.PartnerCandidate)
		}
		return facts
	}
	drop := map[int]bool{}
	var added []int // the facts the stage adds
	for _, c := range cands {
		pr := m.prob(c.Features)
		switch {
		case c.fact >= 0 && pr < m.Drop:
			drop[c.fact] = true
		case c.fact >= 0:
			facts[c.fact].Confidence = m.confidence(pr)
		case pr >= m.Add && c.hasEvidence && c.Features["helped_address_only"] == 0 && !x.cityPairedInstead(kg.PartnerFact{HelperCode: c.helper.Code, HelpedCode: c.helped.Code, Evidence: []kg.Evidence{c.evidence}}, facts) && !x.countyInPassing(d, p, c.helper, c.helped, facts) && !x.prefectureOfPairedCounty(c.helper.Code, c.helped.Code, facts, nil) && !x.otherHelperByVerb(factPtrs(facts), c.helper, c.helped, c.evidence.Sentence):
			// A region written only as the address of one of its counties
			// (贵州省黔东南州黄平县) is not itself a side.
			facts = append(facts, kg.PartnerFact{HelperCode: c.helper.Code, Helper: c.Helper, HelpedCode: c.helped.Code, Helped: c.Helped,
				Mechanism: mechCoop, Confidence: m.confidence(pr), Evidence: []kg.Evidence{c.evidence}})
			added = append(added, len(facts)-1)
		}
	}
	// A helper district the stage adds helps with its city when the article
	// writes the two together (甲市乙区 … 乙区与丙县结对), as the rules
	// record a helper named with its city.
	for _, i := range added {
		a := facts[i]
		helper, _ := x.gz.ByCode(a.HelperCode)
		helped, _ := x.gz.ByCode(a.HelpedCode)
		city, ok := x.cityWrittenWith(p, helper.Code)
		if !ok || helped.Level != gazetteer.County || x.within(helped, city) || slices.ContainsFunc(facts, func(f kg.PartnerFact) bool { return f.HelperCode == city.Code && f.HelpedCode == helped.Code }) {
			continue
		}
		e := a.Evidence[0]
		e.Rule = "partner.city-of-district"
		facts = append(facts, kg.PartnerFact{HelperCode: city.Code, Helper: displayName(city), HelpedCode: helped.Code, Helped: a.Helped,
			Mechanism: a.Mechanism, Confidence: a.Confidence, Evidence: []kg.Evidence{e}})
	}
	if len(drop) > 0 {
		kept := facts[:0]
		for i, f := range facts {
			if !drop[i] {
				kept = append(kept, f)
			}
		}
		facts = kept
	}
	return facts
}

// PartnerCandidates normalises raw article bytes and returns the partner
// candidates with their features, before the learned stage decides.
func (x *Extractor) PartnerCandidates(name string, raw []byte) ([]PartnerCandidate, error) {
	out := []PartnerCandidate{}
	err := x.extractFor(name, raw, func(d *document) { d.pairs = &out })
	return out, err
}

// cityPairedInstead reports whether f pairs a district or county-level
// city of a prefecture-level city with a whole prefecture while its city's
// pair with that prefecture is recorded from the same sentence (甲市乙区对口
// 帮扶丙州: 甲市 → 丙州): such a district pairs at county level, under its
// city. Written alone (乙区对口帮扶丙州), the district keeps its pair. The
// districts of Beijing, Tianjin, Shanghai and Chongqing, whose city is a
// province, pair with prefectures.
func (x *Extractor) cityPairedInstead(f kg.PartnerFact, pairs []kg.PartnerFact) bool {
	helper, ok := x.gz.ByCode(f.HelperCode)
	if !ok {
		return false
	}
	helped, ok := x.gz.ByCode(f.HelpedCode)
	if !ok || helper.Level != gazetteer.County || helped.Level != gazetteer.Prefecture {
		return false
	}
	city, ok := x.gz.Parent(helper)
	if !ok || city.Level != gazetteer.Prefecture {
		return false
	}
	return slices.ContainsFunc(pairs, func(g kg.PartnerFact) bool {
		return g.HelperCode == city.Code && g.HelpedCode == helped.Code && slices.ContainsFunc(g.Evidence, func(e kg.Evidence) bool {
			return slices.ContainsFunc(f.Evidence, func(e2 kg.Evidence) bool { return e.Sentence == e2.Sentence })
		})
	})
}

// countyInPassing reports whether helped is a county of a prefecture the
// rules pair helper with, and no sentence names the county with a word of
// help: a county where a firm settles or a pupil comes from is named in
// passing, and the pair stays at the prefecture's level.
func (x *Extractor) countyInPassing(d *document, p *places, helper, helped gazetteer.Division, facts []kg.PartnerFact) bool {
	if helped.Level != gazetteer.County {
		return false
	}
	if !slices.ContainsFunc(facts, func(f kg.PartnerFact) bool {
		w, ok := x.gz.ByCode(f.HelpedCode)
		return f.HelperCode == helper.Code && ok && w.Level == gazetteer.Prefecture && x.within(helped, w)
	}) {
		return false
	}
	for _, s := range d.sents {
		if !helpWordSet.in(s.rs) {
			continue
		}
		if slices.ContainsFunc(p.inSent(s.idx), func(m placeMention) bool { return m.code == helped.Code }) {
			return false
		}
	}
	return true
}

// factPtrs returns pointers to the facts, for the readers that take them.
func factPtrs(facts []kg.PartnerFact) []*kg.PartnerFact {
	out := make([]*kg.PartnerFact, len(facts))
	for i := range facts {
		out[i] = &facts[i]
	}
	return out
}
