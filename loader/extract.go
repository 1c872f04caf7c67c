package loader

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
	"github.com/tuopin/tuopin/loader/lexicon"
)

// Extractor turns normalised articles into facts. It holds the segmenter, the
// gazetteer and the lexicons, built once by NewExtractor; it is read-only
// afterwards and safe for concurrent use.
type Extractor struct {
	seg *segmenter
	gz  *gazetteer.Gazetteer
	lex *lexicon.Lexicon

	placeTrie  trie
	placeForms []*placeForm

	pairings []pairing // policy pairings (pairings.txt), for the learned partner stage

	titleTrie trie // payload: index into lex.Titles

	domainTrie  trie // reversed X of X扶贫; payload: index into domains
	domainFwd   trie // X of X扶贫, forward
	domains     []string
	programTrie trie // fixed program names; payload: index into programs
	programs    []string

	// normCache memoises normaliseItemPart (bounded by maxNormCache).
	normCache  sync.Map
	normCached atomic.Int64

	industryTrie  trie // industry forms; payload: index into industryForms
	industryRev   trie // the same, reversed, to match forms ending at a cue
	industryForms []string

	// model and partnerModel are the learned stages (industry_model.json,
	// partner_model.json); nil: off.
	model        *learnedModel
	partnerModel *learnedModel
	countyModel  *learnedModel
	// officialModel and names are the learned official stage and its name
	// tagger (extract_learned_officials.go); the stage is off unless both
	// are set.
	officialModel *learnedModel
	names         *SpanModel
	// spans is the span tagger (extract_spans.go); nil: off.
	spans *SpanModel
}

// NewExtractor builds an Extractor: it loads gse's embedded simplified
// dictionary with the domain words (titles, programs, industries, metrics and
// division names) added first. This takes a second or two; build one and
// share it.
func NewExtractor() (*Extractor, error) {
	x := &Extractor{gz: gazetteer.Default(), lex: lexicon.Default(), model: theIndustryModel, partnerModel: thePartnerModel, countyModel: theCountyModel, officialModel: theOfficialModel, names: theNameModel(), spans: theSpanModel()}
	x.buildPlaces()
	pairings, err := loadPairings(x.gz)
	if err != nil {
		return nil, err
	}
	x.pairings = pairings
	for i, t := range x.lex.Titles {
		x.titleTrie.add(t.Form, i)
	}
	for _, f := range sortedKeys(x.lex.Domains) {
		x.domainTrie.add(reverse(f), len(x.domains))
		x.domainFwd.add(f, len(x.domains))
		x.domains = append(x.domains, f)
	}
	for _, f := range sortedKeys(x.lex.Programs) {
		x.programTrie.add(f, len(x.programs))
		x.programs = append(x.programs, f)
	}
	for _, f := range x.lex.IndustryForms() {
		x.industryTrie.add(f, len(x.industryForms))
		x.industryRev.add(reverse(f), len(x.industryForms))
		x.industryForms = append(x.industryForms, f)
	}
	seg, err := newSegmenter(x.dictWords())
	if err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	x.seg = seg
	return x, nil
}

// dictWords lists the domain words for the segmenter.
func (x *Extractor) dictWords() []dictWord {
	var out []dictWord
	add := func(w string, freq float64, pos string) {
		if runeLen(w) >= 2 {
			out = append(out, dictWord{Text: w, Freq: freq, Pos: pos})
		}
	}
	for _, t := range x.lex.Titles {
		add(t.Form, 3000, "nnt")
	}
	for _, d := range x.domains {
		add(d+"扶贫", 3000, "nz")
	}
	for _, p := range x.programs {
		add(p, 3000, "nz")
	}
	for _, f := range x.industryForms {
		if !x.lex.Public[f] {
			add(f, 2000, "n")
		}
	}
	for _, m := range metricWords {
		add(m, 3000, "n")
	}
	for _, w := range []string{"脱贫攻坚", "脱贫摘帽", "东西部扶贫协作", "对口帮扶", "结对帮扶", "对口支援", "扶贫协作", "挂牌督战", "建档立卡"} {
		add(w, 3000, "nz")
	}
	for _, pf := range x.placeForms {
		if pf.full {
			add(pf.form, 1000, "ns")
		}
	}
	return out
}

var metricWords = []string{"贫困发生率", "建档立卡贫困人口", "建档立卡贫困户", "建档立卡贫困对象", "贫困人口", "脱贫人口", "贫困村", "贫困乡镇", "出列"}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func reverse(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

// extract runs every rule over a document. It is pure: the same document
// gives the same facts in the same order.
func (x *Extractor) extract(d *document) *kg.Facts {
	f := &kg.Facts{Article: d.Article}
	p := x.findPlaces(d)
	accs := x.findOfficials(d, p)
	p = x.withoutNames(d, p, accs)
	if p.subject == "" {
		// An article whose county is only named in an official's title
		// (访林甸县委书记晋伟) is about that county.
		for _, acc := range accs {
			for _, h := range acc.hits {
				if h.hasDiv && h.div.Level == gazetteer.County && p.subject == "" {
					p.subject = h.div.Code
				}
			}
		}
	}
	p.locals = x.findLocalPlaces(d, p)
	accs, learnedOfficials := x.learnOfficials(d, p, accs)
	f.Officials = x.officialFacts(accs, p)
	for i, o := range f.Officials {
		f.Officials[i].Confidence = learnedOfficials[o.Name] // 0 for the rules' own: scored by rule
	}
	f.Partners = x.foldVisitsIntoPrefecture(settleOpposedPairs(d, x.learnPartners(d, p, x.findPartners(d, p))))
	f.Programs = x.findPrograms(d, p)
	f.Industries = x.findIndustries(d, p, f.Programs)
	linkPrograms(f.Programs, f.Industries)
	p.helpers = map[string]bool{}
	for _, pf := range f.Partners {
		p.helpers[pf.HelperCode] = true
	}
	f.Stats = x.findStats(d, p)
	f.Organizations = x.findOrganizations(d, p)
	f.Regions = x.regionFacts(d, p, f)
	score(f)
	return f
}

// settleOpposedPairs keeps one direction of a pair the article states both
// ways (甲 helps 乙 and 乙 helps 甲): the one more body sentences state by a
// verb of their own. A title (甲与乙签订结对帮扶协议) orders its places loosely,
// and a helper carried from an earlier clause or the report's subject
// guesses; where the evidence ties, both stay.
func settleOpposedPairs(d *document, pairs []kg.PartnerFact) []kg.PartnerFact {
	titleEnd := -1
	if d.titleSents > 0 && d.titleSents <= len(d.sents) {
		titleEnd = d.sents[d.titleSents-1].end
	}
	weight := func(pf kg.PartnerFact) int {
		n := 0
		for _, e := range pf.Evidence {
			if e.Start >= titleEnd && e.Rule != "partner.carried-subject" {
				n++
			}
		}
		return n
	}
	index := map[[2]string]int{}
	for i, pf := range pairs {
		index[[2]string{pf.HelperCode, pf.HelpedCode}] = i
	}
	drop := map[int]bool{}
	for i, pf := range pairs {
		j, ok := index[[2]string{pf.HelpedCode, pf.HelperCode}]
		if !ok || j == i {
			continue
		}
		if weight(pf) < weight(pairs[j]) {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return pairs
	}
	out := pairs[:0:0]
	for i, pf := range pairs {
		if !drop[i] {
			out = append(out, pf)
		}
	}
	return out
}

// foldVisitsIntoPrefecture drops a helper's pair with a county that only a
// visit gives, when the same helper is paired with the county's prefecture: 甲区与乙市建立结对帮扶关系 … 甲区党政代表团赴乙市丙县、丁县
// 考察 pairs at the prefecture's level, and the tour goes where that pairing
// reaches (CONVENTIONS: a side may be above county level when the text pairs
// at that level). Pairs of the learned stage stay: annotators record those
// with a paired prefecture's county about as often as not.
func (x *Extractor) foldVisitsIntoPrefecture(pairs []kg.PartnerFact) []kg.PartnerFact {
	paired := map[[2]string]bool{}
	for _, pf := range pairs {
		paired[[2]string{pf.HelperCode, pf.HelpedCode}] = true
	}
	weak := func(pf kg.PartnerFact) bool {
		for _, e := range pf.Evidence {
			if e.Rule != "partner.visit" {
				return false
			}
		}
		return len(pf.Evidence) > 0
	}
	out := pairs[:0:0]
	for _, pf := range pairs {
		if weak(pf) {
			if div, ok := x.gz.ByCode(pf.HelpedCode); ok && div.Level == gazetteer.County {
				if pr, ok := x.gz.Parent(div); ok && pr.Level == gazetteer.Prefecture && paired[[2]string{pf.HelperCode, pr.Code}] {
					continue
				}
			}
		}
		out = append(out, pf)
	}
	return out
}

// linkPrograms records which industries a program supports (SUPPORTS): the
// industry in its name (光伏扶贫 → 光伏), and for 产业扶贫 and local
// initiatives the industries named in the same sentences.
func linkPrograms(programs []kg.ProgramFact, industries []kg.IndustryFact) {
	for i := range programs {
		pr := &programs[i]
		sents := map[int]bool{}
		for _, e := range pr.Evidence {
			sents[e.Start] = true
		}
		for _, in := range industries {
			named := strings.TrimSuffix(pr.Name, "扶贫") == in.Name
			shared := false
			if pr.Name == "产业扶贫" || pr.Local {
				for _, e := range in.Evidence {
					shared = shared || sents[e.Start]
				}
			}
			if (named || shared) && !slices.Contains(pr.Industries, in.Name) {
				pr.Industries = append(pr.Industries, in.Name)
			}
		}
	}
}

// regionFacts lists the regions of the article: the subject county, partner
// counties, other counties the article dwells on, places merely mentioned, and
// the ancestors that complete the hierarchy.
func (x *Extractor) regionFacts(d *document, p *places, f *kg.Facts) []kg.RegionFact {
	roles := map[string]string{}
	reasons := map[string]string{} // why a county has its role: the rule name's tail
	if p.subject != "" {
		roles[p.subject] = kg.RoleSubject
		reasons[p.subject] = "subject"
	}
	if p.cityHeld != "" {
		roles[p.cityHeld] = kg.RoleSubject
		reasons[p.cityHeld] = "subject"
	}
	for _, pf := range f.Partners {
		for _, c := range []string{pf.HelperCode, pf.HelpedCode} {
			if c != "" && roles[c] == "" {
				roles[c] = kg.RolePartner
				reasons[c] = "partner"
			}
		}
	}
	var top float64
	if st := p.byCode[p.subject]; st != nil {
		top = st.score
	}
	for _, o := range f.Officials {
		if div, ok := x.gz.ByCode(o.PlaceCode); ok && div.Level == gazetteer.County && roles[o.PlaceCode] == "" {
			roles[o.PlaceCode] = kg.RoleSubject
			reasons[o.PlaceCode] = "official-place"
		}
	}
	// Counties listed together as leaving poverty (于都县、兴国县…均符合贫困县
	// 退出条件) are what the article reports on.
	for _, l := range x.listedCounties(d, p) {
		if roles[l.code] == "" {
			roles[l.code] = kg.RoleSubject
			reasons[l.code] = l.how
		}
	}
	// A county whose own exit a clause states (2018年，岳西县正式退出贫困县序列)
	// is reported on.
	for _, code := range x.exitSubjects(d, p) {
		if roles[code] == "" {
			roles[code] = kg.RoleSubject
			reasons[code] = "exit-stated"
		}
	}
	for _, code := range x.chainSubjects(d, p) {
		if roles[code] == "" {
			roles[code] = kg.RoleSubject
			reasons[code] = "chain-opens"
		}
	}
	// Counties named as the units of awardees in a sentence of awards
	// (甲县扶贫开发办公室、乙县某村党支部书记某获先进集体、先进个人) are what the
	// report is about.
	for _, code := range x.awardedCounties(d, p) {
		if roles[code] == "" {
			roles[code] = kg.RoleSubject
			reasons[code] = "awarded"
		}
	}
	for _, st := range p.sortedStats() {
		code := st.div.Code
		if roles[code] != "" {
			continue
		}
		if p.subject != "" && st.div.Level == gazetteer.County && st.full >= 3 && st.score >= 0.3*top {
			// A second county the article is about.
			roles[code] = kg.RoleSubject
			reasons[code] = "second-subject"
			continue
		}
		if st.confirmed || st.div.Level != gazetteer.County {
			roles[code] = kg.RoleMention
		}
	}
	few := x.fewNamedCounties(d, p, roles)
	learned := x.learnCounties(d, p, f, roles, reasons)
	for _, c := range few {
		roles[c] = kg.RoleSubject
		reasons[c] = "few-named"
	}
	for code, role := range roles {
		if role == kg.RoleAncestor {
			continue
		}
		div, ok := x.gz.ByCode(code)
		if !ok {
			continue
		}
		for _, a := range x.gz.Ancestors(div) {
			if roles[a.Code] == "" {
				roles[a.Code] = kg.RoleAncestor
			}
		}
	}
	var out []kg.RegionFact
	for code, role := range roles {
		div, ok := x.gz.ByCode(code)
		if !ok {
			continue
		}
		rf := kg.RegionFact{Region: kg.Region{
			Code: div.Code, Name: displayName(div), ShortName: div.ShortName,
			Level: string(div.Level), ParentCode: div.ParentCode,
		}, Role: role, Confidence: learned[code]}
		if st := p.byCode[code]; st != nil && role != kg.RoleAncestor {
			rule := "region." + cmp.Or(reasons[code], role)
			for _, e := range st.evidence {
				rf.Evidence = append(rf.Evidence, withRule(e, rule))
			}
		}
		out = append(out, rf)
	}
	out = append(out, x.localRegions(d, p, f)...)
	slices.SortFunc(out, func(a, b kg.RegionFact) int {
		return cmp.Or(cmp.Compare(roleRank(a.Role), roleRank(b.Role)), cmp.Compare(a.Code, b.Code))
	})
	return out
}

// fewNamedCounties returns the counties a report names in full when no rule
// found any county in it and it names three at most: a report on poverty
// alleviation that writes 甲县 once and 乙县 once, each in a sentence of its
// own words, reports on them, having no other county to report on. What the
// learned stage adds beside them does not stop it (a report visiting three
// counties, one of them written with its village, reports on all three).
// Not counties named only as items of a list (examples, exits planned or not
// made, a list one county per line), which the list rules judge, nor named
// only in passing (来自甲县的工人, 来自甲市乙区的), and not in a report that
// says 全市 more than 全县.
func (x *Extractor) fewNamedCounties(d *document, p *places, roles map[string]string) []string {
	var named []string
	for _, st := range p.sortedStats() {
		if st.div.Level != gazetteer.County {
			continue
		}
		if r := roles[st.div.Code]; r == kg.RoleSubject || r == kg.RolePartner {
			return nil
		}
		if st.full > 0 && !slices.Contains(named, st.div.Code) {
			named = append(named, st.div.Code)
		}
	}
	if len(named) == 0 || len(named) > 3 {
		return nil
	}
	var keep []string
	for _, c := range named {
		div, _ := x.gz.ByCode(c)
		if selfRefs(d.Text, '市') > selfRefs(d.Text, levelOf(div)) {
			return nil
		}
		for _, m := range p.mentions {
			if m.code == c && m.pf.full && m.sent >= d.titleSents && ownClause(d.sents[m.sent].rs, m.sp) && !originOf(d.sents[m.sent].rs, span{addressStart(p.inSent(m.sent), m.sp), m.sp.end}) {
				keep = append(keep, c)
				break
			}
		}
	}
	return keep
}

// addressStart returns where the address that ends with the place at sp
// starts: the places written right before it (常州市武进区, 江苏省常州市武进区),
// so that a word of passing before the address still counts.
func addressStart(ms []placeMention, sp span) int {
	start := sp.start
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].sp.end == start {
			start = ms[i].sp.start
		}
	}
	return start
}

// originOf reports whether the place at sp is named in passing, as where
// someone comes from or what borders a place (来自甲县的工人, 出生于甲县,
// 与甲县相邻的): the learned stage's passing words, less 来到, which
// names the place a report visits (记者来到甲县).
func originOf(rs []rune, sp span) bool {
	pre := rs[max(0, sp.start-4):sp.start]
	return passingSet.in(pre) && !strings.HasSuffix(string(pre), "来到")
}

// ownClause reports whether the place at sp stands in words of its own
// sentence, not as an item of a list (、 or 等 beside it) or a line of its own.
func ownClause(rs []rune, sp span) bool {
	if sp.start > 0 && rs[sp.start-1] == '、' || sp.end < len(rs) && (rs[sp.end] == '、' || rs[sp.end] == '等') {
		return false
	}
	other := 0
	for k, r := range rs {
		if (k < sp.start || k >= sp.end) && isHan(r) {
			other++
		}
	}
	return other >= 6
}

// exitWords say that places left poverty.
var exitWords = []string{"脱贫摘帽", "摘帽", "退出贫困县", "贫困县退出", "脱贫退出", "退出条件", "退出序列", "脱贫出列", "脱贫致富", "退出的贫困县", "退出的国家级贫困县", "退出的深度贫困县"}

// listedCounties returns the counties of whole enumerations (three or more
// confirmed counties, or two with a count head; not examples ending in 等) in
// sentences that report counties leaving poverty, in an article with no
// single subject county or one that lists it with the others. An enumeration
// may also fill a sentence of its own announced right after one that reports
// the exits, or be written one county per line under such a sentence. Exits
// planned, hoped for or denied are not reported (exitStated).
func (x *Extractor) listedCounties(d *document, p *places) []listedCounty {
	var out []listedCounty
	add := func(how string, codes ...string) {
		for _, c := range codes {
			out = append(out, listedCounty{c, how})
		}
	}
	stated := make([]bool, len(d.sents))
	for si, s := range d.sents {
		stated[si] = s.exitStated()
	}
	for si, s := range d.sents {
		exits := stated[si]
		exitsBefore := si > 0 && stated[si-1] || si > 1 && stated[si-2]
		verbs := verbsOf(s)
		// (A list its count closes needs 个县 or a figure: 巧家、彝良、永善3县.)
		if !exits && !exitsBefore && len(verbs) == 0 && !strings.Contains(s.text, "个县") && !figureBeforeCount(s.rs) {
			continue
		}
		// A sentence that is nothing but a list of counties, announced right
		// after the exits are reported (…等13个贫困县退出，名单如下：甲县、乙县、丙县。).
		if exitsBefore && si > 0 && announcesList(d.sents[si-1]) {
			if codes := listSentence(s, p); len(codes) >= 3 {
				add("listed-exit-sentence", codes...)
				continue
			}
		}
		var run []string
		prevEnd, runStart := -1, -1
		flush := func() {
			// 分别是：甲县、乙县…等。: a list that 分别 announces is whole, its 等
			// closing it.
			respective := runStart >= 0 && strings.Contains(string(s.rs[max(0, runStart-5):runStart]), "分别")
			examples := prevEnd >= 0 && prevEnd < len(s.rs) && s.rs[prevEnd] == '等' && !countedAll(s.rs, prevEnd+1, len(run)) && !respective
			ok := len(run) >= 3 || len(run) == 2 && countedCounties.at(s.rs, prevEnd) != ""
			// A list helped under a pairing verb (天津市对口帮扶承德市的承德县、平泉市…)
			// is what the article reports on too.
			helpedList := len(verbs) > 0 && runStart >= verbs[0].end && len(run) >= 2
			// "宣布的9个县是紫云县、纳雍县…": a whole list its count announces.
			// Not a list whose exit is only planned (剩下的甲、乙、丙3个贫困县，也将于
			// 近期实现出列; …3个贫困县摘帽"这一年度目标).
			announced := len(run) >= 3 && runStart >= 0 && countBefore(s.rs, runStart) == len(run) && (exits || len(verbs) > 0 || strings.Contains(s.text, "个县"))
			planned := prevEnd >= 0 && plannedExitSet.in(s.rs[prevEnd:min(len(s.rs), prevEnd+30)])
			// 双柏、南华、大姚、永仁4个贫困县顺利摘帽: a list its own count closes
			// is whole, and reported whatever the article's subject.
			// Not one recalled as what came before (继去年甲、乙、丙3个贫困县退出后).
			closed := len(run) >= 2 && prevEnd >= 0 && prevEnd < len(s.rs) && countedAll(s.rs, prevEnd, len(run)) && countyCountAt(s.rs, prevEnd) &&
				!strings.ContainsRune(clauseBefore(s.rs, max(0, runStart)), '继') && !notYetSet.in(s.rs[prevEnd:min(len(s.rs), prevEnd+16)])
			if (ok && exits || helpedList || announced || closed) && !examples && !planned && (p.subject == "" || slices.Contains(run, p.subject) || helpedList || announced || closed) {
				how := "listed-exit"
				if !(ok && exits || helpedList || announced) {
					how = "closed-list" // only its count makes it whole
				}
				add(how, run...)
			}
			run = run[:0]
		}
		// addr is the end of a prefecture written as the address of the next
		// county of the list (、六安市裕安区、), which keeps the list going.
		addr, addrCode := -1, ""
		for _, m := range p.inSent(s.idx) {
			if m.code == "" {
				continue
			}
			st := p.byCode[m.code]
			if st != nil && st.div.Level == gazetteer.Prefecture && prevEnd >= 0 && m.sp.start == prevEnd+1 && strings.ContainsRune("、和及与", s.rs[prevEnd]) {
				addr, addrCode = m.sp.end, m.code
				continue
			}
			if st == nil || !st.confirmed || st.div.Level != gazetteer.County {
				continue
			}
			adjacent := prevEnd >= 0 && m.sp.start == prevEnd+1 && strings.ContainsRune("、和及与", s.rs[prevEnd])
			if !adjacent && addr >= 0 && m.sp.start == addr && st.div.ParentCode == addrCode {
				adjacent = true
			}
			addr = -1
			if prevEnd >= 0 && !adjacent {
				flush()
			}
			if len(run) == 0 {
				runStart = m.sp.start
			}
			run = append(run, m.code)
			prevEnd = m.sp.end
		}
		flush()
	}
	for _, c := range lineListed(d, p, stated) {
		add("listed-exit-lines", c)
	}
	return out
}

// listedCounty is a county of a list of exits, with the construction that
// gave it (the rule name of its fact).
type listedCounty struct{ code, how string }

// notYet mark an exit that has not happened: planned, hoped for, or denied
// (计划摘帽, 有望摘帽, 尚未摘帽, 未退出).
var notYet = []string{"计划", "有望", "即将", "将要", "争取", "尚未", "还未", "仍未", "没有", "未", "力争", "确保"}

// exitStated reports whether a sentence says that places left poverty: an
// exit word not governed by a word of plan, hope or denial in the four
// characters before it.
func exitStated(rs []rune) bool {
	for k := range rs {
		// starts (inlined) skips the call for most characters.
		if exitWordSet.starts(rs[k]) && exitWordSet.at(rs, k) != "" && !notYetSet.in(rs[max(0, k-4):k]) {
			return true
		}
	}
	return false
}

// exitStated is exitStated of the sentence's text, computed once.
func (s *sentence) exitStated() bool {
	if s.exit == 0 {
		s.exit = 2
		if exitStated(s.rs) {
			s.exit = 1
		}
	}
	return s.exit == 1
}

// exitWordSet and notYetSet match exitWords and notYet in one pass.
var (
	exitWordSet = newPhrases(exitWords...)
	notYetSet   = newPhrases(notYet...)
)

// announcesList reports whether a sentence ends by announcing the list that
// follows it (名单如下：, 分别是, 为：).
func announcesList(s *sentence) bool {
	t := strings.TrimRight(s.text, " \t")
	return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "如下") || strings.HasSuffix(t, "分别是") || strings.HasSuffix(t, "分别为")
}

// listSentence returns the confirmed counties of a sentence that is a list of
// places and little else: at most eight characters outside the place names.
func listSentence(s *sentence, p *places) []string {
	covered := make([]bool, len(s.rs))
	var codes []string
	for _, m := range p.inSent(s.idx) {
		for i := m.sp.start; i < m.sp.end; i++ {
			covered[i] = true
		}
		if st := p.byCode[m.code]; st != nil && st.confirmed && st.div.Level == gazetteer.County && !slices.Contains(codes, m.code) {
			codes = append(codes, m.code)
		}
	}
	other := 0
	for i, r := range s.rs {
		if !covered[i] && isHan(r) {
			other++
		}
	}
	if other > 8 {
		return nil
	}
	return codes
}

// lineListed returns the counties of a list written one per line (甲县 /
// 乙县 / 丙县, perhaps under prefecture headings such as 十堰市(5个)) that
// follows, within three sentences, one reporting exits (stated, by sentence).
func lineListed(d *document, p *places, stated []bool) []string {
	var out, run []string
	lastExit := -10
	flush := func() {
		if len(run) >= 3 {
			out = append(out, run...)
		}
		run = run[:0]
	}
	for si, s := range d.sents {
		ms := p.inSent(s.idx)
		if len(ms) == 1 && ms[0].code != "" && ms[0].sp.start == 0 && onlyTrailing(s.rs, ms[0].sp.end) {
			if st := p.byCode[ms[0].code]; st != nil && st.confirmed {
				switch {
				case st.div.Level == gazetteer.County && (len(run) > 0 || si-lastExit <= 3):
					run = append(run, ms[0].code)
					continue
				case st.div.Level == gazetteer.Prefecture && (len(run) > 0 || si-lastExit <= 3):
					continue // a heading inside the list
				}
			}
		}
		flush()
		if stated[si] {
			lastExit = si
		}
	}
	flush()
	return out
}

// onlyTrailing reports whether rs[i:] holds nothing but a count in brackets
// (十堰市(5个)), punctuation or space.
func onlyTrailing(rs []rune, i int) bool {
	for _, r := range rs[i:] {
		if isHan(r) && r != '个' {
			return false
		}
	}
	return true
}

// countBefore reads "N个县是" / "N个县(市、区)：" ending right before rs[i]
// and returns N, or -1.
func countBefore(rs []rune, i int) int {
	j := i
	if j > 0 && strings.ContainsRune("是为：:", rs[j-1]) {
		j--
	} else {
		return -1
	}
	for k := j - 1; k >= 0 && j-k <= 8; k-- {
		if rs[k] != '个' {
			continue
		}
		a := k
		for a > 0 && isDigit(rs[a-1]) {
			a--
		}
		if a == k {
			return -1
		}
		n, err := strconv.Atoi(string(rs[a:k]))
		if err != nil || !strings.ContainsRune(string(rs[k:j]), '县') {
			return -1
		}
		return n
	}
	return -1
}

// countedAll reports whether a count right after 等 equals the number of
// items listed (马山县、上林县、隆安县等3个: all of them, not examples).
func countedAll(rs []rune, i, n int) bool {
	j := i
	for j < len(rs) && isDigit(rs[j]) {
		j++
	}
	if j == i {
		if i < len(rs) {
			if strings.ContainsRune("一二三四五六七八九十", rs[i]) {
				return cnNumber(string(rs[i])) == n && i+1 < len(rs) && rs[i+1] == '个'
			}
		}
		return false
	}
	v, err := strconv.Atoi(string(rs[i:j]))
	return err == nil && v == n
}

// figureBeforeCount reports whether a figure stands right before 个 or 县
// somewhere in rs (3县, 4个贫困县): a cheap first test for a counted list.
func figureBeforeCount(rs []rune) bool {
	for k := 0; k+1 < len(rs); k++ {
		if isDigit(rs[k]) && (rs[k+1] == '县' || rs[k+1] == '个') {
			return true
		}
	}
	return false
}

// countyCountRe matches a count of counties: 4个贫困县, 3个深度贫困县, 五个县.
var countyCountRe = regexp.MustCompile(`^(?:\d+|[一二三四五六七八九十两]+)个?(?:国家级|国定|省级|深度)?(?:贫困)?(?:县区|县市|县|区|旗)`)

// countyCountAt reports whether a count of counties starts at rs[i].
func countyCountAt(rs []rune, i int) bool {
	return countyCountRe.MatchString(string(rs[i:min(len(rs), i+14)]))
}

func roleRank(r string) int {
	switch r {
	case kg.RoleSubject:
		return 0
	case kg.RolePartner:
		return 1
	case kg.RoleMention:
		return 2
	}
	return 3
}

// localRegions adds towns and villages named in officials' titles and in
// chains under a known county (迭部县次哇村, 龙泉镇大北山村), keyed by the parent
// code plus the name.
func (x *Extractor) localRegions(d *document, p *places, f *kg.Facts) []kg.RegionFact {
	seen := map[string]bool{}
	var out []kg.RegionFact
	add := func(name, level, parentCode string, e kg.Evidence) {
		if parentCode == "" {
			return
		}
		code := parentCode + "-" + name
		if seen[code] {
			return
		}
		seen[code] = true
		out = append(out, kg.RegionFact{Region: kg.Region{Code: code, Name: name, Level: level, ParentCode: parentCode},
			Role: kg.RoleMention, Evidence: []kg.Evidence{e}})
	}
	for _, lp := range p.locals {
		parent := lp.parentCode
		if lp.level == kg.LevelVillage && lp.town != "" {
			add(lp.town, kg.LevelTown, parent, lp.ev)
			parent = parent + "-" + lp.town
		}
		add(lp.name, lp.level, parent, lp.ev)
	}
	return out
}

// localFigureHeads follow a town or village that opens a clause with a
// figure of its own.
var localFigureHeads = []string{"贫困发生率", "贫困人口", "贫困户", "建档立卡", "贫困村", "未脱贫", "剩余贫困", "贫困群众", "农村贫困"}

// localFigure reports whether s opens with a figure of a place: a metric's
// noun (贫困发生率, 贫困户) or a count of households or people (409户2599人).
func localFigure(s string) bool {
	if hasPrefixAny(s, localFigureHeads) {
		return true
	}
	rs := []rune(s)
	k := 0
	for k < len(rs) && (isDigit(rs[k]) || rs[k] == '.') {
		k++
	}
	if k == 0 {
		return false
	}
	// 1.2万余人, 3万多户, 300余人.
	for n := 0; n < 2 && k < len(rs) && strings.ContainsRune("余多万", rs[k]); n++ {
		k++
	}
	return k < len(rs) && (rs[k] == '户' || rs[k] == '人')
}

// trimLocalLink drops the words that may join a village or town to its
// figure (朱苦拉村共有建档立卡贫困户, 先进村的贫困户, 茶马镇仍有3500余人,
// 甲村最后一批12户40人脱贫, 乙村已有30户脱贫, 丙村累计有45户, 丁村全村295户), and the
// residents counted (丁村共有农户300户, 戊嘎查共有牧民80户).
func trimLocalLink(s string) string {
	// Up to three link words in a row (甲村已累计有45户).
	for range 3 {
		cut := false
		for _, w := range localLinks {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, cut = rest, true
				break
			}
		}
		if !cut {
			break
		}
	}
	return s
}

// localLinks are the words trimLocalLink drops, longest first where one
// starts another.
var localLinks = []string{"的", "全村", "全镇", "全乡", "总共有", "共有", "现有", "还有", "尚有", "仍有", "最后一批", "已有", "已", "累计有", "累计", "共", "有", "人口", "农户", "农牧民", "牧民", "村民"}

// localPlace is a town or village found in text.
type localPlace struct {
	name, level, town, parentCode string
	ev                            kg.Evidence
}

// villageTopicLinks after a village that opens its clause make it the
// sentence's topic (大河村是, 大河村位于).
var villageTopicLinks = newPhrases("是", "位于", "地处", "隶属", "属于")

// findLocalPlaces finds towns and villages written after a county or town
// name (迭部县次哇村, 龙泉镇大北山村, 靖宇镇) whose county is known, and those
// that open their sentence as its topic.
func (x *Extractor) findLocalPlaces(d *document, p *places) []localPlace {
	var out []localPlace
	for _, s := range d.sents {
		rs := s.rs
		for i, r := range rs {
			// 嘎查 is the village of Inner Mongolia's pastoral areas (甲乙嘎查).
			gacha := r == '查' && i > 0 && rs[i-1] == '嘎'
			if r != '镇' && r != '乡' && r != '村' && !gacha {
				continue
			}
			if r == '村' && i+1 < len(rs) && rs[i+1] == '民' {
				// 通过村民代表大会, 全体村民: villagers, no village's name.
				continue
			}
			if r == '村' && i > 1 && rs[i-1] == '查' && rs[i-2] == '嘎' {
				// 甲乙嘎查村: read as 甲乙嘎查.
				continue
			}
			unit := string(r)
			end := i
			if gacha {
				unit, end = "嘎查", i-1
			}
			name, start := localNameBefore(rs, end)
			if name == "" {
				continue
			}
			// 减少农村贫困人口, 改善农村面貌: 农村 (the countryside) after a
			// word of two characters is no village's name.
			if nr := []rune(name); r == '村' && len(nr) == 3 && nr[2] == '农' && x.isWord(string(nr[:2])) {
				continue
			}
			level := kg.LevelTown
			if r == '村' || gacha {
				level = kg.LevelVillage
			}
			full := name + unit
			lp := localPlace{name: full, level: level, ev: s.evidence(d.ID)}
			// What stands before: a county (迭部县次哇村), a town (龙泉镇大北山村),
			// or the article's county implied.
			at := start
			if at > 0 && rs[at-1] == '的' {
				at-- // 卢氏县的石门村
			}
			if form, _, ok := x.placeBefore(rs, at, 0); ok {
				if div, ok := p.resolve(x, form); ok && div.Level == gazetteer.County {
					lp.parentCode = div.Code
				}
			} else if start > 0 && (rs[start-1] == '镇' || rs[start-1] == '乡') && level == kg.LevelVillage {
				if town, _ := localNameBefore(rs, start-1); town != "" {
					lp.town = town + string(rs[start-1])
					lp.parentCode = p.subject
				}
			} else if level == kg.LevelTown && (start == 0 || !isHan(rs[start-1])) && i+1 < len(rs) && !isHan(rs[i+1]) {
				lp.parentCode = p.subject
			} else if (start == 0 || isClauseBreak(rs[start-1]) || dateEnd(rs, start-1)) && localFigure(trimLocalLink(string(rs[i+1:min(len(rs), i+14)]))) {
				// 乔本村贫困发生率曾高达40.1%, 2020年利乐村409户2599人全部脱贫:
				// a village or town opening its clause with a figure of its
				// own lies in the article's county.
				lp.parentCode = p.subject
			} else if level == kg.LevelVillage && (start == 0 || isClauseBreak(rs[start-1]) || dateEnd(rs, start-1)) && villageTopicLinks.at(rs, i+1) != "" {
				// 乙村是省定贫困村，全村共有…: a village the sentence is
				// about lies in the article's county, and 全村 after it is it.
				lp.parentCode = p.subject
			} else if start > 0 && rs[start-1] == '的' && villageTopicLinks.at(rs, i+1) != "" && localTopicClause(rs, start-1) {
				// 位于江边的甲乡是一个少数民族乡: a town or village
				// described before it and the topic after it.
				lp.parentCode = p.subject
			}
			if lp.parentCode == "" && level == kg.LevelVillage && (start == 0 || isClauseBreak(rs[start-1]) || dateEnd(rs, start-1)) {
				// 据了解，乙村人多地少，有贫困户69户: a village opening its
				// clause is the clause's subject, whatever follows it (a
				// date, a description), and lies in the article's county.
				lp.parentCode = p.subject
			}
			if lp.parentCode == "" {
				continue
			}
			out = append(out, lp)
		}
	}
	return out
}

// localTopicClause reports whether the clause holding rs[k] names no
// division before it: 位于江边的甲乡, not 甲县的乙村.
func localTopicClause(rs []rune, k int) bool {
	cs := k
	for cs > 0 && !isClauseBreak(rs[cs-1]) && rs[cs-1] != '。' {
		cs--
	}
	lead := string(rs[cs:k])
	return !strings.ContainsAny(lead, "县市区州旗省")
}

// exitSubjects returns the counties named in full as the subject of a clause
// that states their exit (岳西县正式退出贫困县序列, 林西县成为首个摘帽的贫困县):
// the only county of the clause, written before the exit word, the exit not
// planned or denied (exitStated).
func (x *Extractor) exitSubjects(d *document, p *places) []string {
	var out []string
	for _, s := range d.sents {
		if s.idx < d.titleSents || !s.exitStated() {
			continue
		}
		rs := s.rs
		ms := p.inSent(s.idx)
		for cs := 0; cs < len(rs); {
			ce := cs
			for ce < len(rs) && !isClauseBreak(rs[ce]) && rs[ce] != '。' {
				ce++
			}
			exitAt := -1
			for k := cs; k < ce; k++ {
				if exitWordSet.starts(rs[k]) && exitWordSet.at(rs, k) != "" && !notYetSet.in(rs[max(cs, k-4):k]) {
					exitAt = k
					break
				}
			}
			var county *placeMention
			n := 0
			for k := range ms {
				m := &ms[k]
				if m.sp.start < cs || m.sp.end > ce {
					continue
				}
				div, ok := x.gz.ByCode(m.code)
				if !ok || div.Level != gazetteer.County {
					continue
				}
				n++
				if exitAt > m.sp.end && m.pf != nil && m.pf.full && (m.sp.end >= len(rs) || rs[m.sp.end] != '等') {
					// 鄂伦春自治旗等20个贫困旗县退出: an example, in passing.
					county = m
				}
			}
			if n == 1 && county != nil && !plannedExitSet.in(rs[cs:ce]) {
				out = append(out, county.code)
			}
			cs = ce + 1
		}
	}
	return out
}

// plannedExitSet marks a clause whose exit is a plan or a target.
var plannedExitSet = newPhrases("将于", "即将", "计划", "有望", "力争", "确保", "目标", "将要", "预计", "争取")

// chainSubjects returns the counties a body sentence opens with, written
// with their province and prefecture before them (甲省乙市丙县丁镇…): a
// sentence that starts by placing itself so fully is about that county.
func (x *Extractor) chainSubjects(d *document, p *places) []string {
	var out []string
	for _, s := range d.sents {
		if s.idx < d.titleSents {
			continue
		}
		ms := p.inSent(s.idx)
		if len(ms) < 3 || ms[0].sp.start != 0 {
			continue
		}
		a, b, c := ms[0], ms[1], ms[2]
		if a.sp.end != b.sp.start || b.sp.end != c.sp.start || c.pf == nil || !c.pf.full {
			continue
		}
		da, ok1 := x.gz.ByCode(a.code)
		db, ok2 := x.gz.ByCode(b.code)
		dc, ok3 := x.gz.ByCode(c.code)
		if !ok1 || !ok2 || !ok3 || da.Level != gazetteer.Province || db.Level != gazetteer.Prefecture || dc.Level != gazetteer.County {
			continue
		}
		out = append(out, dc.Code)
	}
	return out
}
