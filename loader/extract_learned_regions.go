package loader

import (
	"cmp"
	_ "embed"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

// Which counties an article is about is a judgement over the whole article:
// a county named once with a village and a project in it is reported on; a
// county named three times as someone's home is not. The rules give counties
// their roles (subject, partner, an official's place, a listed exit, a second
// subject); the learned county stage takes every county-level division the
// article names as a candidate, describes it (mentions, title, position, a
// township or village written after it, facts placed in it, words of passing
// such as 来自 and 老家, the clause it stands in, its rule role) and a logistic model trained on the
// tuning split (county_model.json, `scripts/realcorpus.py train`) promotes
// the ones the rules left as mentions. It never demotes a rule role.

//go:embed county_model.json
var countyModelJSON []byte

var theCountyModel = mustModel("county_model.json", countyModelJSON)

// CountyCandidate is one county-level division an article names, with the
// features the learned county stage reads.
type CountyCandidate struct {
	Field     string             `json:"field"` // "counties"
	Article   string             `json:"article"`
	Name      string             `json:"name"`
	Extracted bool               `json:"extracted"` // the rules made it a subject or partner
	Features  map[string]float64 `json:"features"`
	// Unreported: every mention is an example before 等 (甲县等4县) or
	// stands in a clause of plan or denial (乙县计划明年摘帽, 尚未): a rule
	// veto (countyAddable), not a feature of the model.
	Unreported bool `json:"unreported,omitempty"`
}

// passingSet: words before a county that say it is only where someone or something
// comes from, or a neighbour of the county the article is about (与甲县相邻的
// 乙县).
var passingSet = newPhrases("来自", "老家", "出生", "籍贯", "祖籍", "毕业", "曾在", "调任", "原任", "来到", "相邻的", "毗邻的", "接壤的", "邻近的",
	"东界", "西界", "南界", "北界", "东接", "西接", "南接", "北接", "东邻", "西邻", "南邻", "北邻", "北靠", "南靠", "东靠", "西靠", "西毗", "东毗", "毗邻", "东连", "西连", "南连", "北连")

// countyCandidates describes every county-level division of the article.
func (x *Extractor) countyCandidates(d *document, p *places, f *kg.Facts, roles map[string]string, reasons map[string]string) []*CountyCandidate {
	facts := map[string]int{}
	for _, s := range f.Stats {
		facts[s.PlaceCode]++
	}
	for _, o := range f.Officials {
		facts[o.PlaceCode]++
	}
	subj, hasSubj := x.gz.ByCode(p.subject)
	var top float64
	if st := p.byCode[p.subject]; st != nil {
		top = st.score
	}
	type mentionFeat struct {
		local, passing, listed, verb, exit bool
		n, nListed, nPassing, nCaption     int  // mentions, in lists, in passing, in captions (captionSent)
		head, at, poverty                  bool // see clauseHead, atPlace, povertySet
		reported                           bool // a mention neither before 等 nor in a clause of plan or denial
		nav                                bool // a line of site navigation (甲县| 乙县|)
	}
	feats := map[string]*mentionFeat{}
	// What depends on the sentence alone is read once per sentence: the
	// mentions come in sentence order.
	curSent := -1
	var inSent []placeMention
	var sentVerb, sentExit, sentCaption, sentNav bool
	for _, m := range p.mentions {
		if m.code == "" {
			continue
		}
		mf := feats[m.code]
		if mf == nil {
			mf = &mentionFeat{}
			feats[m.code] = mf
		}
		s := d.sents[m.sent]
		rs := s.rs
		if m.sent != curSent {
			curSent = m.sent
			inSent = p.inSent(m.sent)
			sentVerb = len(verbsOf(s)) > 0
			sentExit = exitWordSet.in(s.rs)
			sentCaption = captionSent(d, m.sent)
			sentNav = strings.Count(s.text, "|")+strings.Count(s.text, "｜") >= 3
		}
		if slices.ContainsFunc(rs[m.sp.end:min(len(rs), m.sp.end+6)], func(r rune) bool { return r == '乡' || r == '镇' || r == '村' }) {
			mf.local = true
		}
		if passingSet.in(rs[max(0, m.sp.start-4):m.sp.start]) {
			mf.passing = true
		}
		if m.sp.start > 0 && rs[m.sp.start-1] == '、' || m.sp.end < len(rs) && rs[m.sp.end] == '、' {
			mf.listed = true
		}
		if sentVerb {
			mf.verb = true
		}
		if sentExit {
			mf.exit = true
		}
		mf.n++
		listed := m.sp.start > 0 && rs[m.sp.start-1] == '、' || m.sp.end < len(rs) && rs[m.sp.end] == '、'
		if listed {
			mf.nListed++
		}
		if passingSet.in(rs[max(0, m.sp.start-4):m.sp.start]) {
			mf.nPassing++
		}
		a, b := clauseBounds(rs, m.sp)
		if !hasRunePrefix(rs, m.sp.end, "等") && !notYetSet.in(rs[a:b]) {
			mf.reported = true
		}
		if m.sent < d.titleSents {
			continue
		}
		if !listed && !hasRunePrefix(rs, m.sp.end, "等") && clauseHead(rs, a, m.sp, inSent) {
			mf.head = true
		}
		if atPlace(rs, m.sp, inSent) {
			mf.at = true
		}
		// The county governs the clause after its own too (甲县建起了大棚，
		// 带动贫困户增收), unless that clause opens with another place.
		if b < len(rs) && rs[b] != '。' {
			if b2 := nextClauseEnd(rs, b); !opensWithPlace(inSent, b+1) {
				b = b2
			}
		}
		if povertySet.in(rs[a:b]) && !notYetSet.in(rs[a:b]) {
			mf.poverty = true
		}
		if sentCaption {
			mf.nCaption++
		}
		if sentNav {
			mf.nav = true
		}
	}
	runs := countyRuns(d, p, subj.Code)
	assisted := assistedCounties(d, p)
	cityRefs := selfRefs(d.Text, '市')
	nCounties := 0
	for _, st := range p.byCode {
		if st.div.Level == gazetteer.County {
			nCounties++
		}
	}
	var out []*CountyCandidate
	for _, st := range p.sortedStats() {
		if st.div.Level != gazetteer.County || !st.confirmed && st.full == 0 {
			continue
		}
		code := st.div.Code
		role := roles[code]
		c := &CountyCandidate{Field: "counties", Article: d.File, Name: displayName(st.div), Features: map[string]float64{}}
		c.Extracted = role == kg.RoleSubject || role == kg.RolePartner
		ft := c.Features
		ft["reason:"+cmp.Or(reasons[code], role, "none")] = 1
		ft["full"] = math.Log1p(float64(st.full))
		ft["short"] = math.Log1p(float64(st.short))
		ft["title"] = b2f(st.title)
		ft["first_pos"] = float64(st.first) / float64(max(1, len(d.sents)))
		if top > 0 {
			ft["score_ratio"] = min(1, st.score/top)
		}
		ft["facts"] = math.Log1p(float64(facts[code]))
		ft["n_counties"] = math.Log1p(float64(nCounties))
		if mf := feats[code]; mf != nil {
			ft["local_after"] = b2f(mf.local)
			ft["passing"] = b2f(mf.passing)
			ft["listed"] = b2f(mf.listed)
			ft["verb_sent"] = b2f(mf.verb)
			ft["exit_sent"] = b2f(mf.exit)
			ft["listed_frac"] = float64(mf.nListed) / float64(max(1, mf.n))
			ft["passing_frac"] = float64(mf.nPassing) / float64(max(1, mf.n))
			ft["clause_head"] = b2f(mf.head)
			ft["at_place"] = b2f(mf.at)
			ft["poverty_clause"] = b2f(mf.poverty)
			ft["caption"] = float64(mf.nCaption) / float64(max(1, mf.n))
			ft["nav"] = b2f(mf.nav)
			c.Unreported = !mf.reported
		}
		ft["assisted"] = b2f(assisted[c.Name])
		// The article speaks as a city (全市 twice, more than 全县).
		ft["city_voice"] = b2f(cityRefs >= 2 && cityRefs > selfRefs(d.Text, levelOf(st.div)))
		ft["lead"] = b2f(st.first >= d.titleSents && st.first <= d.titleSents+1)
		if r := runs[code]; r != nil {
			ft["list_len"] = math.Log1p(float64(r.n))
			ft["list_etc"] = b2f(r.etc)
			ft["list_counted"] = b2f(r.counted)
			ft["list_exit"] = b2f(r.exit)
			ft["list_pref"] = b2f(r.pref)
			ft["list_dense"] = b2f(r.dense)
			ft["list_subject"] = b2f(r.subject)
			ft["list_not_yet"] = b2f(r.notYet)
			ft["list_from"] = b2f(r.from)
		}
		prov, _ := x.gz.Province(st.div)
		ft["east"] = b2f(easternHelpers[prov.Code])
		if hasSubj && code != subj.Code {
			ft["sibling"] = b2f(st.div.ParentCode == subj.ParentCode)
			sp, _ := x.gz.Province(subj)
			ft["same_province"] = b2f(sp.Code == prov.Code)
		}
		if !hasSubj {
			ft["no_subject"] = 1
		}
		out = append(out, c)
	}
	return out
}

// learnCounties promotes counties the model rates at Add or more to
// subjects, with the calibrated confidence; rule roles stay.
func (x *Extractor) learnCounties(d *document, p *places, f *kg.Facts, roles, reasons map[string]string) map[string]float64 {
	m := x.countyModel
	if m == nil && d.counties == nil {
		return nil
	}
	cands := x.countyCandidates(d, p, f, roles, reasons)
	if d.counties != nil {
		for _, c := range cands {
			*d.counties = append(*d.counties, *c)
		}
		return nil
	}
	conf := map[string]float64{}
	for _, c := range cands {
		if c.Extracted {
			continue
		}
		pr := m.prob(c.Features)
		if pr < m.Add || !countyAddable(c) {
			continue
		}
		for code, st := range p.byCode {
			if displayName(st.div) == c.Name && st.div.Level == gazetteer.County {
				roles[code] = kg.RoleSubject
				reasons[code] = "learned"
				conf[code] = m.confidence(pr)
			}
		}
	}
	return conf
}

// povertySet: words of poverty work; a clause holding one is about it.
var povertySet = newPhrases("贫困", "扶贫", "脱贫", "摘帽", "帮扶", "致富", "增收", "小康", "攻坚")

// clauseBounds returns the clause around sp: from after the last ，；。：
// before it to the next one after it.
func clauseBounds(rs []rune, sp span) (int, int) {
	a, b := sp.start, sp.end
	for a > 0 && !strings.ContainsRune("，,；;。：:！!？?", rs[a-1]) {
		a--
	}
	for b < len(rs) && !strings.ContainsRune("，,；;。：:！!？?", rs[b]) {
		b++
	}
	return a, b
}

// nextClauseEnd returns the end of the clause after the punctuation at b.
func nextClauseEnd(rs []rune, b int) int {
	for b++; b < len(rs) && !strings.ContainsRune("，,；;。：:！!？?", rs[b]); b++ {
	}
	return b
}

// opensWithPlace reports whether a place of ms starts at offset at.
func opensWithPlace(ms []placeMention, at int) bool {
	for _, o := range ms {
		if o.sp.start == at {
			return true
		}
	}
	return false
}

// clauseHead reports whether the place at sp opens its clause (starting at
// a), perhaps after the places above it (甘肃省甲县创造了…, 乙市丙县的…):
// the county is what the clause is about.
func clauseHead(rs []rune, a int, sp span, ms []placeMention) bool {
	at := a
	for at < sp.start && unicode.IsSpace(rs[at]) {
		at++
	}
	for _, o := range ms {
		if o.sp.start == at && o.sp.end <= sp.start {
			at = o.sp.end
		}
	}
	return at == sp.start
}

// atPlace reports whether the place at sp is where something happens:
// written after 在 or 到, perhaps with the places above it between (在甲省乙县).
func atPlace(rs []rune, sp span, ms []placeMention) bool {
	at := sp.start
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].sp.end == at && ms[k].sp.start < at {
			at = ms[k].sp.start
		}
	}
	return at > 0 && (rs[at-1] == '在' || rs[at-1] == '到' || rs[at-1] == '于')
}

// captionWords end the caption of a picture (甲县的茶园。资料图片, 新华社记者某某摄).
var captionWords = newPhrases("资料图片", "图片来源", "供图", "新华社发", "图为", "摄）", "摄)", "△")

// captionSent reports whether sentence si is a picture's caption: it, or
// the short sentence after it, holds a caption word.
func captionSent(d *document, si int) bool {
	if captionWords.in(d.sents[si].rs) {
		return true
	}
	return si+1 < len(d.sents) && len(d.sents[si+1].rs) <= 12 && captionWords.in(d.sents[si+1].rs)
}

// countyRun describes the longest list of counties a county is named in: a
// run of county names joined by 、和及与, within one sentence.
type countyRun struct {
	n       int  // counties in the run
	etc     bool // the run ends with 等 not followed by its own count (examples)
	counted bool // a count of counties follows it (两县, 3个贫困县)
	exit    bool // the sentence reports places leaving poverty
	pref    bool // a prefecture is written right before the run (宝鸡市甲县、乙县)
	dense   bool // place names cover half the sentence or more (a list, little else)
	subject bool // the run holds the article's subject county
	notYet  bool // the sentence names an exit planned, hoped for or denied (尚未摘帽)
	from    bool // the run is where people come from (来自甲县、乙县的工人)
}

// countyRuns reads every run of adjacent county names of the article and
// keeps, per county, the longest run it belongs to.
func countyRuns(d *document, p *places, subject string) map[string]*countyRun {
	out := map[string]*countyRun{}
	for si, s := range d.sents {
		ms := p.inSent(si)
		if len(ms) < 2 {
			continue
		}
		rs := s.rs
		covered := 0
		for _, m := range ms {
			covered += m.sp.end - m.sp.start
		}
		dense := 2*covered >= len(rs)
		exit := exitStated(rs)
		notYet := !exit && exitWordSet.in(rs)
		var run []placeMention
		hidden := 0 // items of the run the matcher does not take (乐业, also a word)
		flush := func() {
			if len(run) >= 2 {
				end := run[len(run)-1].sp.end
				n := len(run) + hidden
				r := &countyRun{n: n, exit: exit, dense: dense, notYet: notYet}
				r.etc = end < len(rs) && rs[end] == '等' && !countedAll(rs, end+1, n)
				r.counted = countedCounties.at(rs, end) != "" || countedHead(rs, end) || end < len(rs) && rs[end] == '等' && countedAll(rs, end+1, n)
				start := run[0].sp.start
				for _, o := range ms {
					if o.sp.end == run[0].sp.start && o.code != "" {
						if st := p.byCode[o.code]; st != nil && st.div.Level == gazetteer.Prefecture {
							r.pref = true
							start = o.sp.start
						}
					}
				}
				// The run's own clause may plan the exit where another
				// clause of the sentence reports one (今年甲县摘帽，明年计划
				// 乙县、丙县摘帽): a word of plan before the run, an exit word
				// in its clause.
				a, b := clauseBounds(rs, span{start, end})
				if notYetSet.in(rs[a:start]) && exitWordSet.in(rs[a:b]) {
					r.notYet = true
				}
				r.from = passingSet.in(rs[max(0, start-4):start])
				keepRun(out, run, r, subject)
			}
			run, hidden = run[:0], 0
		}
		// A prefecture may head an item (阜阳市颍东区) or a group of items
		// (宝鸡市甲县、乙县，咸阳市丙县); groups are parted by commas too.
		pref := -1 // start of a prefecture written right before the next county
		for _, m := range ms {
			if m.code == "" {
				continue
			}
			st := p.byCode[m.code]
			if st == nil {
				continue
			}
			if st.div.Level == gazetteer.Prefecture {
				pref = m.sp.start
				if len(run) > 0 && m.sp.start != run[len(run)-1].sp.end+1 {
					pref = -1
				}
				continue
			}
			if st.div.Level != gazetteer.County {
				pref = -1
				continue
			}
			if len(run) > 0 {
				prevEnd := run[len(run)-1].sp.end
				sep := rs[prevEnd]
				joined := m.sp.start == prevEnd+1 && strings.ContainsRune("、和及与", sep)
				headed := pref == prevEnd+1 && strings.ContainsRune("、和及与，,；;", sep)
				if !joined && !headed && strings.ContainsRune("、和及与", sep) {
					// 那坡、乐业、隆林: an item the matcher does not take keeps
					// the run going.
					if k := listItemLen(rs, prevEnd+1); k > 0 && m.sp.start == prevEnd+k+2 && strings.ContainsRune("、和及与", rs[prevEnd+1+k]) {
						joined = true
						hidden++
					}
				}
				if !joined && !headed {
					flush()
				}
			}
			pref = -1
			run = append(run, m)
		}
		flush()
	}
	lineRuns(d, p, subject, out)
	return out
}

// lineRuns reads lists written one item per line (10个国家贫困县：\n绵阳市
// 北川县，\n南充市嘉陵区，…): consecutive sentences that hold nothing but
// a county, perhaps headed by its prefecture, make one run, counted when
// the sentence before them counts counties. A run longer than a county's
// in-sentence run replaces it.
func lineRuns(d *document, p *places, subject string, out map[string]*countyRun) {
	item := func(si int) (placeMention, bool, bool) {
		var county placeMention
		found, pref := false, false
		rs := d.sents[si].rs
		at := 0
		for _, m := range p.inSent(si) {
			st := p.byCode[m.code]
			if m.code == "" || st == nil || !allSpace(rs[at:m.sp.start]) {
				return county, false, false
			}
			switch {
			case st.div.Level == gazetteer.Prefecture && !found:
				pref = true
			case st.div.Level == gazetteer.County && !found:
				county, found = m, true
			default:
				return county, false, false
			}
			at = m.sp.end
		}
		if !found && !pref {
			return county, false, false // no place opens the line
		}
		rest := strings.Trim(string(rs[at:]), " \u3000,，、。;；:：")
		if !found && pref && countedSubhead(rest) {
			// 十堰市(5个): a prefecture heading the lines of its counties.
			return county, true, true
		}
		if !found || rest != "" {
			return county, false, false
		}
		return county, pref, true
	}
	for si := 0; si < len(d.sents); {
		var run []placeMention
		pref := false
		k := si
		for ; k < len(d.sents); k++ {
			m, pf, ok := item(k)
			if !ok {
				break
			}
			if m.code != "" {
				run = append(run, m)
			}
			pref = pref || pf
		}
		if len(run) < 2 {
			si = max(k, si+1)
			continue
		}
		r := &countyRun{n: len(run), pref: pref, dense: true}
		if si > 0 {
			head := d.sents[si-1].rs
			r.counted = countedLineHead(head)
			r.exit = exitStated(head)
			r.notYet = !r.exit && exitWordSet.in(head)
		}
		keepRun(out, run, r, subject)
		si = k
	}
}

// keepRun marks whether the run r of the mentions run holds the subject,
// and keeps it for each county whose longest run it is.
func keepRun(out map[string]*countyRun, run []placeMention, r *countyRun, subject string) {
	for _, m := range run {
		if m.code == subject {
			r.subject = true
		}
	}
	for _, m := range run {
		if o := out[m.code]; o == nil || o.n < r.n {
			out[m.code] = r
		}
	}
}

// countedSubhead reports whether s is a bracketed count of the items
// below a heading: (5个), （2个县）.
func countedSubhead(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsAny(s[:1], "(（") && !strings.HasPrefix(s, "（") {
		return false
	}
	inner := strings.TrimRight(strings.TrimLeft(s, "(（"), ")）")
	n := 0
	for _, r := range inner {
		switch {
		case r >= '0' && r <= '9':
			n++
		case strings.ContainsRune("个县市区旗", r):
		default:
			return false
		}
	}
	return n > 0 && strings.Contains(inner, "个")
}

// countedLineHead reports whether a sentence ends by counting the counties
// listed after it: 10个国家贫困县：, 以下5个县（市、区）:.
func countedLineHead(rs []rune) bool {
	s := strings.TrimRight(string(rs), " \u3000:：")
	if i := strings.LastIndex(s, "个"); i > 0 && i >= len(s)-24 {
		tail := s[i:]
		return strings.ContainsAny(tail, "县区市旗")
	}
	return false
}

// learnWords say that a place is taken as an example to follow.
var learnWords = newPhrases("借鉴", "学习", "参照", "效仿", "复制", "推广")

// assistedCounties returns the names of the counties named in a sentence
// of assistance (援建, 对口支援, 帮扶) other than as an example the clause
// learns from (这种帮扶模式借鉴了丙县的做法).
func assistedCounties(d *document, p *places) map[string]bool {
	out := map[string]bool{}
	for _, m := range p.mentions {
		st := p.byCode[m.code]
		if m.code == "" || st == nil || st.div.Level != gazetteer.County {
			continue
		}
		s := d.sents[m.sent]
		if len(verbsOf(s)) > 0 && !learnedFrom(s.rs, m.sp) {
			out[displayName(st.div)] = true
		}
	}
	return out
}

// learnedFrom reports whether the place at sp is an example its clause
// learns from: after 借鉴 or 学习 in the clause, or before 经验 or 做法.
func learnedFrom(rs []rune, sp span) bool {
	a := sp.start
	for a > 0 && !strings.ContainsRune("，,；;。：:", rs[a-1]) {
		a--
	}
	for i := a; i < sp.start; i++ {
		if learnWords.at(rs, i) != "" {
			return true
		}
	}
	for _, w := range []string{"的经验", "经验", "的做法", "做法"} {
		if hasRunePrefix(rs, sp.end, w) {
			return true
		}
	}
	return false
}

// countyAddable holds the vetoes on a promotion: a county only named as
// where someone comes from is not reported on, a county in a list is left to
// the list rule, in a report about a county another county named once with
// nothing in it comes up in passing, and a city's own report names its
// counties as examples.
func countyAddable(c *CountyCandidate) bool {
	f := c.Features
	if f["passing"] != 0 {
		return false
	}
	if f["list_len"] != 0 {
		// A county of a list is judged by its list (its length, a count, an
		// exit, a prefecture heading it), which the model weighs; examples
		// (甲县、乙县等地) and exits not yet made are in passing
		// (EVAL-CONVENTIONS.md).
		// So is a list of where people come from (来自甲县、乙县的).
		return f["list_etc"] == 0 && f["list_not_yet"] == 0 && f["list_from"] == 0
	}
	// A village or a figure placed in the county, or a sentence of
	// assistance naming it (某市援建甲县的项目, 由乙区对口帮扶), not as an
	// example to follow (assistedCounties): what the article reports, not a
	// place named in passing.
	substance := f["local_after"] != 0 || f["facts"] != 0 || f["assisted"] != 0
	once := f["full"] <= math.Log1p(1)+1e-9 && f["short"] == 0 && f["title"] == 0
	if f["no_subject"] == 0 {
		// Named once, with nothing in it, beside the county the report is
		// about: a county that comes up in passing (借鉴了浏阳市的经验), as
		// the conventions exclude.
		return !once || substance
	}
	// A report with no subject county. A city's own (全市 twice) names
	// its counties as examples.
	if f["city_voice"] != 0 {
		return substance
	}
	// A province's or a prefecture's report, or a tour of several
	// counties, names each county it reports on once (湖北的甲县发展香菇，
	// 广西的乙市发展柑橘…): the model's weighing stands, unless the county
	// is only an example (丙县等4县) or an exit planned (丁县计划明年摘帽).
	// (Until the twenty-sixth round such a county also needed a township,
	// a village or a fact in it, or a clause of poverty work it opened.)
	return substance || !once || !c.Unreported
}

// CountyCandidates normalises raw article bytes and returns the county
// candidates with their features, before the learned stage decides.
func (x *Extractor) CountyCandidates(name string, raw []byte) ([]CountyCandidate, error) {
	out := []CountyCandidate{}
	err := x.extractFor(name, raw, func(d *document) { d.counties = &out })
	return out, err
}

// allSpace reports whether rs holds white space only (or nothing), as
// strings.TrimSpace(string(rs)) == "" would without building the string.
func allSpace(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
