package loader

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

// placeForm is one name form of the gazetteer in the place matcher.
type placeForm struct {
	form  string
	codes []string
	full  bool // ends with a generic suffix (延寿县, 宁县, 务川县); short forms (延寿) do not
}

// placeMention is a place name found in a sentence.
type placeMention struct {
	pf   *placeForm
	sent int
	sp   span
	code string // resolved division
}

// localSuffix ends the names of things below a county (villages, hamlets,
// valleys) or of streets and landmarks, which often reuse a division's short
// form.
var localSuffix = map[rune]bool{'村': true, '镇': true, '乡': true, '屯': true, '街': true, '路': true, '山': true, '湖': true, '河': true, '桥': true, '港': true, '站': true, '寺': true, '湾': true, '岛': true, '园': true, '寨': true, '庄': true, '沟': true, '坪': true, '岭': true, '峪': true, '坝': true, '堡': true, '垭': true, '塬': true, '峁': true, '滩': true, '溪': true, '峡': true, '谷': true}

// genericSuffix is the last character of full division names.
var genericSuffix = map[rune]bool{'县': true, '区': true, '市': true, '旗': true, '州': true, '盟': true, '省': true}

// buildPlaces indexes every gazetteer form worth matching in text.
func (x *Extractor) buildPlaces() {
	names := x.gz.Names()
	forms := make([]string, 0, len(names))
	for f := range names {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	for _, f := range forms {
		rs := []rune(f)
		pf := &placeForm{form: f, codes: names[f], full: genericSuffix[rs[len(rs)-1]]}
		for _, c := range pf.codes {
			if d, ok := x.gz.ByCode(c); ok && d.Name == f {
				pf.full = true
			}
		}
		x.placeTrie.add(f, len(x.placeForms))
		x.placeForms = append(x.placeForms, pf)
	}
}

// places is what the article says about places: mentions, resolved divisions
// and the subject county.
type places struct {
	mentions   []placeMention
	byCode     map[string]*placeStat
	subject    string            // code of the subject county, "" if none
	cityHeld   string            // code of the county that would be the subject but for one 全市
	prefecture string            // code of the prefecture named most, "" if none
	province   string            // code of the province named most in full, "" if none
	locals     []localPlace      // towns and villages under a known county (see findLocalPlaces)
	ctx        []string          // codes of the unambiguous places named
	resolved   map[string]string // form -> code
	helpers    map[string]bool   // codes of the helpers of the article's partner facts
}

// inSent returns the mentions of sentence si (mentions are found sentence
// by sentence, so they lie in order: a binary search finds them).
func (p *places) inSent(si int) []placeMention {
	a := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].sent >= si })
	b := a
	for b < len(p.mentions) && p.mentions[b].sent == si {
		b++
	}
	return p.mentions[a:b]
}

// resolve returns the division a form denotes in this article.
func (p *places) resolve(x *Extractor, form string) (gazetteer.Division, bool) {
	code, ok := p.resolved[form]
	if !ok {
		if div, _, found := x.gz.Resolve(form, p.ctx); found {
			code = div.Code
		}
		p.resolved[form] = code
	}
	if code == "" {
		return gazetteer.Division{}, false
	}
	return x.gz.ByCode(code)
}

type placeStat struct {
	div       gazetteer.Division
	full      int     // full-name mentions in the body
	short     int     // short-form mentions
	title     bool    // named in the title
	first     int     // index of the first sentence naming it
	score     float64 // subject score
	evidence  []kg.Evidence
	confirmed bool // named by a full form somewhere, so short forms count
}

// findPlaces matches gazetteer names leftmost-longest, so that 宁县 is not
// found inside 肃宁县 and 辽宁 consumes the 宁 of 辽宁县域. Same-name places
// are resolved by the other places the article names.
func (x *Extractor) findPlaces(d *document) *places {
	p := &places{byCode: map[string]*placeStat{}, resolved: map[string]string{}}
	for si, s := range d.sents {
		rs := s.rs
		for i := 0; i < len(rs); {
			if !x.placeTrie.starts(rs[i]) {
				i++
				continue
			}
			n, v := x.placeTrie.longest(rs, i)
			if n == 0 {
				i++
				continue
			}
			pf := x.placeForms[v]
			// 3700万山西人民: 万 after a figure is its unit, not the start of
			// 万山 (or of any place that opens with a unit of number).
			if unitAfterFigure(rs, i) {
				i++
				continue
			}
			// Two-character names (宁县, 和县, 成县) hide in words: 完成县级,
			// 陈华和县长. Skip them where the characters around make words.
			if n == 2 && x.hiddenShortName(rs, i) {
				i++
				continue
			}
			// 辽东山区, 闽西山区: a province's one-character name and a
			// direction make a region, and 山区 is its mountains, not the
			// district 东山区 or 西山区.
			if pf.full && regionMountains(rs, i, n) {
				i++
				continue
			}
			// 如东丽区: a county's short form whose end starts a full name
			// running past it is the first character of another word and that
			// full name. A province's (辽宁县域) keeps its place.
			if !pf.full && x.overlappedByFull(rs, i, n, pf) {
				i++
				continue
			}
			// 高密度, 平和度: a short form that opens a longer common word
			// of another kind is that word's start.
			if !pf.full && x.opensLongerWord(rs, i, n) {
				i++
				continue
			}
			// A short form followed by 村/镇/路… names something else (南阳村
			// is a village, not 南阳市), unless another place's name starts
			// there (百色河池两市).
			if !pf.full && i+n < len(rs) && localSuffix[rs[i+n]] && !x.placeStartsAt(rs, i+n) {
				i += n
				continue
			}
			// 和平、湾塘、白河6个乡镇: an item of a list its count closes as
			// towns or villages is one of them.
			if !pf.full && townListItem(rs, i, i+n) {
				i += n
				continue
			}
			// Other short forms glued to a following word may be part of it
			// (平安 in 平安建设): they are kept, but only count for a place the
			// article also names in full (see placeStat.confirmed).
			p.mentions = append(p.mentions, placeMention{pf: pf, sent: si, sp: span{i, i + n}})
			i += n
		}
	}
	// 甲、乙、资源、丙: a county's short form that is also a common word, and so
	// not in the matcher, names the county as an item of a list of counties.
	added := x.listedCommonForms(d, p)
	// A title that opens with a place as its topic (武功：…) names it even
	// when the short form is also a common word and so not in the matcher.
	if d.titleSents > 0 {
		x.titleHead(d, p)
	}
	if d.titleSents > 0 || added {
		// Keep mentions in text order (inSent searches them).
		slices.SortStableFunc(p.mentions, func(a, b placeMention) int {
			return cmp.Or(cmp.Compare(a.sent, b.sent), cmp.Compare(a.sp.start, b.sp.start))
		})
	}
	x.settlePlaces(d, p)
	return p
}

// listedCommonForms adds the items of lists of counties that are a county's
// short form left out of the matcher as a common word: between two counties
// (融水、那坡、乐业、隆林), or opening a list that its count closes as counties
// (，延长、横山、定边4县). The item must be a county of the province of a county
// next to it. It reports whether it added any.
func (x *Extractor) listedCommonForms(d *document, p *places) bool {
	added := false
	n := len(p.mentions)
	for k := 0; k < n; k++ {
		m := p.mentions[k]
		rs := d.sents[m.sent].rs
		// An item after m, up to the next mention of the sentence.
		if m.sp.end < len(rs) && rs[m.sp.end] == '、' {
			next := -1
			if k+1 < n && p.mentions[k+1].sent == m.sent {
				next = p.mentions[k+1].sp.start
			}
			i := m.sp.end + 1
			if l := commonItemLen(rs, i); l > 0 && (i+l+1 == next && rs[i+l] == '、' || countedHead(rs, i+l)) {
				added = x.addListedForm(p, m, rs[i:i+l], span{i, i + l}) || added
			}
		}
		// An item opening the list before m: after a punctuation mark, and
		// the list closed by a count of counties.
		if k > 0 && p.mentions[k-1].sent == m.sent && p.mentions[k-1].sp.end >= m.sp.start-4 {
			continue
		}
		if m.sp.start >= 3 && rs[m.sp.start-1] == '、' {
			for l := 2; l <= 3 && m.sp.start-1-l >= 0; l++ {
				i := m.sp.start - 1 - l
				if !allHanRunes(rs[i:m.sp.start-1]) || i > 0 && (isHan(rs[i-1]) || isDigit(rs[i-1])) {
					continue
				}
				if end := listEnd(p, k, rs); countedCounties.at(rs, end) != "" || countedHead(rs, end) {
					added = x.addListedForm(p, m, rs[i:m.sp.start-1], span{i, m.sp.start - 1}) || added
				}
				break
			}
		}
	}
	return added
}

// commonItemLen returns the length of a list item of two or three Han
// characters at rs[i] that ends at 、 or before a count, or 0.
func commonItemLen(rs []rune, i int) int {
	for l := 2; l <= 3 && i+l < len(rs); l++ {
		if !allHanRunes(rs[i : i+l]) {
			return 0
		}
		if rs[i+l] == '、' || countedHead(rs, i+l) {
			return l
		}
	}
	return 0
}

// listEnd returns where the list of short forms that mention k opens ends:
// after its last mention joined by 、.
func listEnd(p *places, k int, rs []rune) int {
	end := p.mentions[k].sp.end
	for j := k + 1; j < len(p.mentions) && p.mentions[j].sent == p.mentions[k].sent; j++ {
		if end < len(rs) && rs[end] == '、' && p.mentions[j].sp.start == end+1 {
			end = p.mentions[j].sp.end
			continue
		}
		break
	}
	return end
}

// addListedForm adds the item item at sp as a mention when it is the short
// form of exactly one county in the province of the county mention beside it.
func (x *Extractor) addListedForm(p *places, beside placeMention, item []rune, sp span) bool {
	form := string(item)
	if !x.gz.IsCommonWord(form) {
		return false // in the matcher, or not a division's form at all
	}
	var found []string
	for _, c := range x.gz.Lookup(form) {
		if c.Level != gazetteer.County || c.ShortName != form {
			continue
		}
		for _, bc := range beside.pf.codes {
			if b, ok := x.gz.ByCode(bc); ok && b.Level == gazetteer.County && len(bc) >= 2 && bc[:2] == c.Code[:2] {
				found = append(found, c.Code)
				break
			}
		}
	}
	if len(found) != 1 {
		return false
	}
	p.mentions = append(p.mentions, placeMention{pf: &placeForm{form: form, codes: found}, sent: beside.sent, sp: sp})
	return true
}

// withoutNames returns the places of p again without the short forms written
// inside the names of the article's officials (the 永康 of 区委书记曹永康), or p
// itself when there are none.
func (x *Extractor) withoutNames(d *document, p *places, accs []*officialAcc) *places {
	inName := func(m placeMention) bool {
		if m.pf.full {
			return false
		}
		rs := d.sents[m.sent].rs
		for _, acc := range accs {
			nr := []rune(acc.name)
			for k := max(0, m.sp.end-len(nr)); k <= m.sp.start; k++ {
				if k+len(nr) <= len(rs) && slices.Equal(rs[k:k+len(nr)], nr) {
					return true
				}
			}
		}
		return false
	}
	if !slices.ContainsFunc(p.mentions, inName) {
		return p
	}
	q := &places{byCode: map[string]*placeStat{}, resolved: map[string]string{}}
	q.mentions = slices.DeleteFunc(slices.Clone(p.mentions), inName)
	x.settlePlaces(d, q)
	return q
}

// settlePlaces resolves the mentions of p and finds the article's subject
// county, prefecture and province from them.
func (x *Extractor) settlePlaces(d *document, p *places) {
	// Context for same-name places: every unambiguous form in the article.
	seen := map[string]bool{}
	for _, m := range p.mentions {
		if len(m.pf.codes) == 1 && !seen[m.pf.codes[0]] {
			seen[m.pf.codes[0]] = true
			p.ctx = append(p.ctx, m.pf.codes[0])
		}
	}
	x.prefectureShortForms(d, p)
	for i := range p.mentions {
		m := &p.mentions[i]
		if div, ok := p.resolve(x, m.pf.form); ok {
			m.code = div.Code
		}
	}
	for _, m := range p.mentions {
		if m.code == "" {
			continue
		}
		st := p.byCode[m.code]
		if st == nil {
			div, _ := x.gz.ByCode(m.code)
			st = &placeStat{div: div, first: m.sent}
			p.byCode[m.code] = st
		}
		inTitle := m.sent < d.titleSents
		switch {
		case inTitle || m.sent == d.titleSents && datelineAt(d.sents[m.sent].rs, m.sp):
			st.title = true
		case m.pf.full:
			st.full++
		default:
			st.short++
		}
		if m.pf.full || inTitle && isTitleHead(d.sents[m.sent].rs, m.sp) {
			st.confirmed = true
		}
		st.evidence = appendEvidence(st.evidence, d.sents[m.sent].evidence(d.ID))
	}
	x.confirmByContext(d, p)
	// 广西都安, 贵州普安, 浙江丽水: a short form written right after the name
	// of the province or prefecture that holds it is that division.
	for k, m := range p.mentions {
		st := p.byCode[m.code]
		if k == 0 || m.code == "" || st == nil || st.confirmed || runeLen(m.pf.form) < 2 || x.gz.IsCommonWord(m.pf.form) {
			continue
		}
		if st.div.Level != gazetteer.County && st.div.Level != gazetteer.Prefecture {
			continue
		}
		prev := p.mentions[k-1]
		if prev.sent != m.sent || prev.sp.end != m.sp.start || prev.code == "" {
			continue
		}
		if parent, ok := x.gz.ByCode(prev.code); ok && x.within(st.div, parent) && x.wordMention(d, m) {
			st.confirmed = true
		}
	}
	// 海南 (also 海南州 and 海南区) in a report whose counties named in full
	// are 海南省's: a province's short form is confirmed by its own counties
	// and prefectures.
	for _, st := range p.byCode {
		if st.confirmed || st.div.Level != gazetteer.Province || x.gz.IsCommonWord(st.div.ShortName) {
			continue
		}
		for _, o := range p.byCode {
			if o.confirmed && o.div.Level != gazetteer.Province && x.within(o.div, st.div) {
				st.confirmed = true
				break
			}
		}
	}
	x.confirmOwnProvince(d, p)
	for _, st := range p.byCode {
		st.score = float64(st.full)
		if st.confirmed {
			st.score += 0.5 * float64(st.short)
		}
		if st.title && st.confirmed {
			st.score += 3
		}
	}
	// The subject is the county named most (the title counts triple).
	var best *placeStat
	for _, st := range p.byCode {
		if st.div.Level != gazetteer.County || !st.confirmed {
			continue
		}
		if best == nil || st.score > best.score || st.score == best.score && (st.first < best.first || st.first == best.first && st.div.Code < best.div.Code) {
			best = st
		}
	}
	counties := 0
	for _, st := range p.byCode {
		if st.div.Level == gazetteer.County && st.confirmed {
			counties++
		}
	}
	if best != nil && (best.score >= 2 || best.title || counties == 1) {
		// An article that says 全市 more than 全县 is about a city; its
		// counties are named in passing. One 全市 (a quoted leader, a figure
		// of the city) in a report that otherwise dwells on the county
		// leaves the county reported on (cityHeld), though figures of 全市
		// keep the city.
		cityRefs, ownRefs := selfRefs(d.Text, '市'), selfRefs(d.Text, levelOf(best.div))
		switch {
		case best.title || levelOf(best.div) == '市' || cityRefs <= ownRefs:
			p.subject = best.div.Code
		case cityRefs == 1:
			p.cityHeld = best.div.Code
		}
	}
	// The prefecture the article dwells on, for officials and figures of
	// 市委书记 and 全市.
	var topPref *placeStat
	for _, st := range p.byCode {
		if st.div.Level != gazetteer.Prefecture || st.full+st.short < 1 && !st.title || !st.confirmed && !st.title {
			continue
		}
		if topPref == nil || st.score+float64(st.short) > topPref.score+float64(topPref.short) ||
			st.score+float64(st.short) == topPref.score+float64(topPref.short) && st.div.Code < topPref.div.Code {
			topPref = st
		}
	}
	// The province named most in full, for figures of 全省 or of an article
	// about a province.
	var topProv *placeStat
	for _, st := range p.byCode {
		if st.div.Level != gazetteer.Province || !st.confirmed {
			continue
		}
		if topProv == nil || st.full+st.short > topProv.full+topProv.short ||
			st.full+st.short == topProv.full+topProv.short && st.div.Code < topProv.div.Code {
			topProv = st
		}
	}
	if topProv != nil {
		p.province = topProv.div.Code
	}
	if topPref != nil {
		p.prefecture = topPref.div.Code
	}
}

// confirmOwnProvince confirms the short form of a province (3700万山西人民)
// in an article that speaks of itself as a province (我省, 全省, 本省) and
// names no other province and no province in full: the province it speaks
// as.
func (x *Extractor) confirmOwnProvince(d *document, p *places) {
	if !strings.Contains(d.Text, "我省") && !strings.Contains(d.Text, "全省") && !strings.Contains(d.Text, "本省") {
		return
	}
	var only *placeStat
	for _, st := range p.byCode {
		if st.div.Level != gazetteer.Province {
			continue
		}
		if st.confirmed || only != nil {
			return
		}
		only = st
	}
	if only != nil && only.short > 0 && !x.gz.IsCommonWord(only.div.ShortName) {
		only.confirmed = true
	}
}

// selfRefs counts the words an article uses to refer to a unit of level lv
// as itself: 全县, 该县, 我县, 本县 (lv 县).
func selfRefs(text string, lv rune) int {
	n := 0
	if lv < 0x800 || lv > 0xFFFF || lv >= 0xD800 && lv <= 0xDFFF || lv == '\uFFFD' || strings.ContainsRune("全该我本", lv) {
		// Not a three-byte character (or the one invalid bytes decode to),
		// or one the words could overlap on (本本): rune by rune.
		prev := rune(0)
		for _, r := range text {
			if r == lv && (prev == '全' || prev == '该' || prev == '我' || prev == '本') {
				n++
			}
			prev = r
		}
		return n
	}
	// Found as bytes, without decoding the text: the first byte of a
	// three-byte rune cannot continue another, so where its bytes stand the
	// decoded text has that rune.
	level := string(lv)
	for i := 0; ; {
		k := strings.Index(text[i:], level)
		if k < 0 {
			return n
		}
		k += i
		if k >= 3 {
			switch text[k-3 : k] {
			case "全", "该", "我", "本":
				n++
			}
		}
		i = k + len(level)
	}
}

// titleHead adds the topic of a title such as "武功：脱贫攻坚战报" when it is a
// county's short form that the matcher skipped.
func (x *Extractor) titleHead(d *document, p *places) {
	rs := d.sents[0].rs
	colon := -1
	for i, r := range rs {
		if r == '：' || r == ':' {
			colon = i
			break
		}
	}
	if colon < 2 || colon > 6 {
		return
	}
	for _, m := range p.mentions {
		if m.sent == 0 && m.sp.end == colon {
			return
		}
	}
	head := string(rs[:colon])
	for _, c := range x.gz.Lookup(head) {
		if c.Level == gazetteer.County && c.ShortName == head {
			pf := &placeForm{form: head, codes: []string{c.Code}}
			p.mentions = append(p.mentions, placeMention{pf: pf, sent: 0, sp: span{0, colon}})
			return
		}
	}
}

// overlappedByFull reports whether a full division name (with its generic
// suffix) starts inside the short form rs[i:i+n] and ends after it, the short
// form naming no province.
func (x *Extractor) overlappedByFull(rs []rune, i, n int, pf *placeForm) bool {
	for _, c := range pf.codes {
		if d, ok := x.gz.ByCode(c); !ok || d.Level == gazetteer.Province {
			return false
		}
	}
	for k := i + 1; k < i+n; k++ {
		if m, v := x.placeTrie.longest(rs, k); m >= 3 && k+m > i+n && x.placeForms[v].full {
			return true
		}
	}
	return false
}

// placeStartsAt reports whether a place name of two characters or more
// starts at rs[k].
func (x *Extractor) placeStartsAt(rs []rune, k int) bool {
	n, _ := x.placeTrie.longest(rs, k)
	return n >= 2 && !(n == 2 && x.hiddenShortName(rs, k))
}

// hiddenShortName reports whether a two-character name at rs[i] is more
// likely part of the surrounding words: the character before makes a word
// with its first (完成|县), or, after a Han character, its suffix makes a
// word with the next (和|县长).
func (x *Extractor) hiddenShortName(rs []rune, i int) bool {
	if i+1 < len(rs) && rs[i+1] == '县' {
		// 城市和县(区), 和县外: 和 joins two words before 县 used as a level.
		if strings.ContainsRune("和与及或", rs[i]) && i > 0 && isHan(rs[i-1]) && (i+2 >= len(rs) || strings.ContainsRune("外内直级域(（、，,", rs[i+2])) {
			return true
		}
		// 古县渡镇: the start of a town's or village's name; not 绛县乡村振兴局,
		// 沛县乡镇, 滑县农村, whose 乡村, 乡镇 and 农村 are words of their own.
		// Nor 兴县驻村工作队, 临县包村干部: a cadre's verb and 村.
		if i+3 < len(rs) && isHan(rs[i+2]) && !strings.ContainsRune("乡镇村", rs[i+2]) && (rs[i+3] == '镇' || rs[i+3] == '乡' || rs[i+3] == '村') && !x.isWord(string(rs[i+2:i+4])) && !cadreVillageWord(rs, i+2) {
			return true
		}
	}
	if i == 0 || !isHan(rs[i-1]) {
		return false
	}
	// 黄南县: the character before a one-character county's name ends
	// another place's short form (黄南).
	if i+1 < len(rs) && rs[i+1] == '县' && len(x.gz.Lookup(string(rs[i-1:i+1]))) > 0 {
		return true
	}
	if x.isWord(string(rs[i-1:i+1])) && !unitAfterFigure(rs, i-1) {
		// (3700万山西人民: 万 is the figure's unit, and 万山 no word there.)
		return true
	}
	// 陈华和县长: the suffix makes a word with the next character, unless
	// that character opens a word of its own (洛南美丽: 美丽, not 南美).
	return i+2 < len(rs) && x.isWord(string(rs[i+1:i+3])) && !(i+4 <= len(rs) && x.isWord(string(rs[i+2:i+4])))
}

// opensLongerWord reports whether the form rs[i:i+n] starts a common
// dictionary word one character longer that is no place name (高密度 after
// 高密).
func (x *Extractor) opensLongerWord(rs []rune, i, n int) bool {
	if i+n >= len(rs) || !isHan(rs[i+n]) {
		return false
	}
	freq, pos, ok := x.seg.lookup(string(rs[i : i+n+1]))
	if !ok || strings.HasPrefix(pos, "ns") || strings.HasPrefix(pos, "nr") {
		return false
	}
	if freq >= 100 {
		return true
	}
	// A rarer longer word counts when the form itself is a word of
	// another kind to gse (高密, an adjective, in 高密度).
	_, fpos, fok := x.seg.lookup(string(rs[i : i+n]))
	return fok && fpos != "" && !strings.HasPrefix(fpos, "n")
}

// unitAfterFigure reports whether rs[i] is a unit of number (万, 亿 …)
// right after a figure's digit or numeral.
func unitAfterFigure(rs []rune, i int) bool {
	return i > 0 && strings.ContainsRune("万亿千百十", rs[i]) && (isDigit(rs[i-1]) || strings.ContainsRune(cnNumerals, rs[i-1]))
}

// isWord reports whether s is a common dictionary word.
func (x *Extractor) isWord(s string) bool {
	freq, _, ok := x.seg.lookup(s)
	return ok && freq >= 100
}

// isTitleHead reports whether a short form opens a title as its topic
// ("靖宇：脱贫攻坚战犹酣").
func isTitleHead(rs []rune, sp span) bool {
	return sp.start == 0 && sp.end < len(rs) && (rs[sp.end] == '：' || rs[sp.end] == ':' || rs[sp.end] == ' ')
}

// countedCounties follows a list of short forms that it confirms as
// counties: 化隆、循化两县.
var countedCounties = newPhrases("两县", "二县", "三县", "四县", "五县", "六县", "七县", "八县", "九县", "十县", "等县", "两区", "三区", "两市", "两旗", "三旗")

// countedHead reports whether a count of counties follows rs[end]: 3县,
// 3个摘帽县, 三个贫困县, 等8个深度贫困县, 这6个省级扶贫开发工作重点县.
func countedHead(rs []rune, end int) bool {
	j := end
	if j < len(rs) && (rs[j] == '等' || rs[j] == '这') {
		// 融水、三江…都安等8个深度贫困县, 明溪…柘荣，福建这6个…重点县.
		j++
	}
	start := j
	for j < len(rs) && (isDigit(rs[j]) || strings.ContainsRune(cnNumerals, rs[j])) {
		j++
	}
	if j == start || j >= len(rs) {
		return false
	}
	if rs[j] == '个' {
		j++
	}
	if j < len(rs) && rs[j] == '地' && j > start {
		// 丹江口、郧西…巴东这九地.
		return true
	}
	// 海淀、朝阳、丰台3个区, 甲、乙两个旗: a count of districts or banners
	// right after its figure.
	if j < len(rs) && (rs[j] == '区' || rs[j] == '旗') {
		return true
	}
	for k := j; k < len(rs) && k-j <= 12; k++ {
		if rs[k] == '县' {
			return true
		}
		if !isHan(rs[k]) {
			return false
		}
	}
	return false
}

// confirmCountedCities confirms a list of prefecture-level short forms that
// a count of cities closes (长沙、湘潭、岳阳3市分别对口帮扶…, 甲、乙两市): every
// item of the list must be a city's short form, so a list that mixes in
// other words confirms nothing.
func (x *Extractor) confirmCountedCities(d *document, p *places, k int) {
	m := p.mentions[k]
	rs := d.sents[m.sent].rs
	end, j := m.sp.end, k
	for end < len(rs) && rs[end] == '、' && j+1 < len(p.mentions) && p.mentions[j+1].sent == m.sent && p.mentions[j+1].sp.start == end+1 {
		j++
		end = p.mentions[j].sp.end
	}
	if j == k || !countedCitiesAt(rs, end) {
		return
	}
	for i := k; i <= j; i++ {
		if o := p.byCode[p.mentions[i].code]; o == nil || o.div.Level != gazetteer.Prefecture {
			return
		}
	}
	for i := k; i <= j; i++ {
		p.byCode[p.mentions[i].code].confirmed = true
	}
}

// countedCitiesAt reports whether a count of cities starts at rs[i]: 3市,
// 两市, 六个市, 等4市.
func countedCitiesAt(rs []rune, i int) bool {
	if i < len(rs) && rs[i] == '等' {
		i++
	}
	j := i
	for j < len(rs) && (isDigit(rs[j]) || strings.ContainsRune(cnNumerals+"两", rs[j])) {
		j++
	}
	if j == i {
		return false
	}
	if j < len(rs) && rs[j] == '个' {
		j++
	}
	return j < len(rs) && rs[j] == '市'
}

// confirmByContext confirms county short forms that the article shows to be
// places although it never writes them in full: a list counted as counties
// (化隆、循化两县), and a short form of one county only, named three times or
// more in an article about a county (永寿, 井冈山) where no other county is
// written in full.
func (x *Extractor) confirmByContext(d *document, p *places) {
	for k, m := range p.mentions {
		if m.code == "" {
			continue
		}
		st := p.byCode[m.code]
		if st != nil && !st.confirmed && st.div.Level == gazetteer.Prefecture {
			x.confirmCountedCities(d, p, k)
			continue
		}
		if st == nil || st.confirmed || st.div.Level != gazetteer.County {
			continue
		}
		// Walk the list this mention starts to its end and read its head.
		end, j := m.sp.end, k
		rs := d.sents[m.sent].rs
		for end < len(rs) && strings.ContainsRune("、和及与", rs[end]) {
			if j+1 < len(p.mentions) && p.mentions[j+1].sent == m.sent && p.mentions[j+1].sp.start == end+1 {
				j++
				end = p.mentions[j].sp.end
				continue
			}
			// An item the matcher does not take (那坡、乐业: 乐业 is also a
			// word) keeps the list going: two or three Han characters before
			// the next separator or the count.
			if n := listItemLen(rs, end+1); n > 0 {
				end += 1 + n
				continue
			}
			break
		}
		if countedCounties.at(rs, end) != "" || countedHead(rs, end) {
			for i := k; i <= j; i++ {
				if o := p.byCode[p.mentions[i].code]; o != nil && o.div.Level == gazetteer.County {
					o.confirmed = true
				}
			}
		}
		// 团风是省级贫困县: a short form that the sentence says is a county.
		if j == k && len(m.pf.codes) == 1 && declaredCounty(rs, end) && !x.gz.IsCommonWord(m.pf.form) {
			st.confirmed = true
		}
	}
	full := 0
	for _, st := range p.byCode {
		if st.div.Level == gazetteer.County && st.confirmed {
			full++
		}
	}
	if full > 0 {
		return
	}
	if hasAny(d.Text, []string{"全县", "县委", "县长", "贫困县", "该县", "本县", "全市", "市委"}) {
		for _, st := range p.byCode {
			if st.div.Level == gazetteer.County && st.short >= 3 && len(x.gz.Lookup(st.div.ShortName)) == 1 && !x.gz.IsCommonWord(st.div.ShortName) {
				st.confirmed = true
				full++
			}
		}
	}
	if full > 0 {
		return
	}
	// 甲乙 twice or more in a report that names no county in full and no
	// other county's short form as often: a report on 甲乙县 that never
	// writes its suffix (甲乙新闻网讯…甲乙把…). Not the head of a town's name
	// (甲乙丙丁乡), nor a person's given name (村民王甲乙), nor a scenic site
	// (甲乙景区, 甲乙雪山) that a report elsewhere names as where its goods
	// sell or its tourists go.
	clean := map[string]int{}
	for _, m := range p.mentions {
		rs := d.sents[m.sent].rs
		if m.code != "" && !m.pf.full && !townNameHead(rs, m.sp.end) && !x.givenName(rs, m.sp.start) && !scenicSite(rs, m.sp.end) {
			clean[m.code]++
		}
	}
	var top *placeStat
	tie := false
	for _, st := range p.sortedStats() {
		if st.div.Level != gazetteer.County || clean[st.div.Code] < 2 {
			continue
		}
		switch {
		case top == nil || clean[st.div.Code] > clean[top.div.Code]:
			top, tie = st, false
		case clean[st.div.Code] == clean[top.div.Code]:
			tie = true
		}
	}
	if top != nil && !tie && len(x.gz.Lookup(top.div.ShortName)) == 1 && !x.gz.IsCommonWord(top.div.ShortName) {
		top.confirmed = true
		return
	}
	// 甲乙 once, the only county the report names, in a report that speaks
	// as a county of its level (我县, 全县, 县委书记): a county's own outlet
	// naming itself once, in its masthead or as its topic (甲乙要闻,
	// 甲乙新闻网讯, 甲乙是…之乡).
	if top == nil {
		var only *placeStat
		for _, st := range p.sortedStats() {
			if st.div.Level != gazetteer.County || clean[st.div.Code] == 0 {
				continue
			}
			if only != nil {
				return
			}
			only = st
		}
		if only != nil && len(x.gz.Lookup(only.div.ShortName)) == 1 && !x.gz.IsCommonWord(only.div.ShortName) && speaksAs(d.Text, levelOf(only.div)) {
			only.confirmed = true
		}
	}
}

// speaksAs reports whether a text refers to a unit of level lv as itself
// (全县, 我县, 本县, 该县) or names its bodies without a place (县委, 县长,
// 县政府).
func speaksAs(text string, lv rune) bool {
	if selfRefs(text, lv) > 0 {
		return true
	}
	l := string(lv)
	return hasAny(text, []string{l + "委", l + "长", l + "政府"})
}

// notSurnames are characters of the surname list that more often stand
// before a place as words of their own (来甲乙, 帮扶甲乙, 向甲乙, 东甲乙,
// 推广甲乙, 建成甲乙, 直通甲乙).
const notSurnames = "于向和从全经来那上东西南北扶家国干地游都广成通连原"

// givenName reports whether the place at rs[start] follows a surname, as
// the given name of a person (村民王甲乙, 李甲乙说).
func (x *Extractor) givenName(rs []rune, start int) bool {
	return start > 0 && isHan(rs[start-1]) && !strings.ContainsRune(notSurnames, rs[start-1]) && x.lex.IsSurname(string(rs[start-1]))
}

// scenicSite reports whether the place ending at rs[end] names a scenic
// site: 景区, 风景区 or 雪山 follows it.
func scenicSite(rs []rune, end int) bool {
	for _, w := range []string{"景区", "风景区", "雪山", "等景区"} {
		if hasRunePrefix(rs, end, w) {
			return true
		}
	}
	return false
}

// notTownName are characters that stand before 乡 or 镇 in words for the
// county's own towns (各乡镇, 城乡, 城镇, 的乡村), not in a town's name.
const notTownName = "各城的全和与及等所有乡镇村"

// townNameHead reports whether the place ending at rs[end] opens a town's
// name: one or two more Han characters, then 乡 or 镇 (甲乙丙丁乡).
func townNameHead(rs []rune, end int) bool {
	for k := end + 1; k < len(rs) && k <= end+2; k++ {
		if !isHan(rs[k-1]) || strings.ContainsRune(notTownName, rs[k-1]) {
			// 甲乙各乡镇, 甲乙城乡, 甲乙的乡村: the county's own towns.
			return false
		}
		if rs[k] == '乡' || rs[k] == '镇' {
			return true
		}
	}
	return false
}

// listItemLen returns the length of a list item of two or three Han
// characters at rs[i] that ends at a list separator or before 等/这 and a
// count, or 0.
func listItemLen(rs []rune, i int) int {
	for n := 2; n <= 3 && i+n <= len(rs); n++ {
		if !allHanRunes(rs[i : i+n]) {
			return 0
		}
		if i+n == len(rs) {
			return 0
		}
		if next := rs[i+n]; strings.ContainsRune("、和及与", next) || (next == '等' || next == '这') && countedHead(rs, i+n) {
			return n
		}
	}
	return 0
}

func allHanRunes(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// declaredCounty reports whether the text right after a short form at
// rs[end] says it is a county: 是, then a county noun (贫困县, 农业大县,
// 国家扶贫开发重点县) within its clause.
func declaredCounty(rs []rune, end int) bool {
	if end >= len(rs) || rs[end] != '是' {
		return false
	}
	for k := end + 1; k < len(rs) && k-end <= 14; k++ {
		if isClauseBreak(rs[k]) {
			return false
		}
		if rs[k] == '县' {
			return k+1 >= len(rs) || !isHan(rs[k+1]) || strings.ContainsRune("，。、的之", rs[k+1])
		}
	}
	return false
}

// appendEvidence adds e unless the same sentence is already there; the list is
// bounded so that a long article does not carry every sentence.
func appendEvidence(list []kg.Evidence, e kg.Evidence) []kg.Evidence {
	for _, o := range list {
		if o.Start == e.Start && o.End == e.End {
			return list
		}
	}
	if len(list) >= maxEvidence {
		return list
	}
	return append(list, e)
}

const maxEvidence = 5

// displayName is the name form the eval and the graph use for a division:
// short form plus generic suffix as news text writes it (务川县 for
// 务川仡佬族苗族自治县, 梅里斯区 for 梅里斯达斡尔族区), the full name otherwise (延寿县, 宁县, 哈尔滨市).
func displayName(d gazetteer.Division) string {
	for _, a := range []struct{ suffix, generic string }{{"自治县", "县"}, {"自治旗", "旗"}, {"自治州", "州"}, {"族区", "区"}} {
		if strings.HasSuffix(d.Name, a.suffix) && d.ShortName != d.Name {
			return d.ShortName + a.generic
		}
	}
	return d.Name
}

// placeBefore finds the division named by the text just before rs[end], with
// the level character lv of a following title glued on (延寿+县 in
// 延寿县委书记, 宁+县 in 宁县县长), or as a full name (延寿县 in 延寿县副县长).
// It returns the name form and where it starts.
func (x *Extractor) placeBefore(rs []rune, end int, lv rune) (form string, start int, ok bool) {
	for k := min(end, 9); k >= 1; k-- {
		stem := runesString(rs[end-k : end])
		if lv != 0 && len(x.gz.Lookup(stem+string(lv))) > 0 {
			return stem + string(lv), end - k, true
		}
		if k >= 2 && genericSuffix[rs[end-1]] && len(x.gz.Lookup(stem)) > 0 {
			return stem, end - k, true
		}
	}
	return "", 0, false
}

// sortedStats returns the place stats ordered by code, for deterministic output.
func (p *places) sortedStats() []*placeStat {
	out := make([]*placeStat, 0, len(p.byCode))
	for _, st := range p.byCode {
		out = append(out, st)
	}
	slices.SortFunc(out, func(a, b *placeStat) int { return cmp.Compare(a.div.Code, b.div.Code) })
	return out
}

// townListCount matches the count that closes a list of towns or villages.
var townListCount = regexp.MustCompile(`^(?:等)?([0-9]+|[一二三四五六七八九十两]+)个?(?:乡镇|乡|镇|行政村|村|街道|社区|嘎查|苏木)`)

// townListItem reports whether the short form at rs[start:end] is an item of
// a list that its count closes as towns or villages, the count matching the
// items (和平、湾塘、新华、白云、新现、白河6个乡镇), unlike a county's own count
// (和龙8个镇、延吉4个镇).
func townListItem(rs []rune, start, end int) bool {
	items := 1
	// Items before: 、 and two to four Han characters, back to the list's start.
	for k := start; k > 0 && rs[k-1] == '、'; {
		j := k - 1
		for j > 0 && isHan(rs[j-1]) && k-1-j < 4 {
			j--
		}
		if k-1-j < 2 {
			break
		}
		items++
		k = j
	}
	k := end
	for k < len(rs) && rs[k] == '、' {
		j := k + 1
		for j < len(rs) && isHan(rs[j]) && !strings.ContainsRune("一二三四五六七八九十两等", rs[j]) && j-k-1 < 4 {
			j++
		}
		if j-k-1 < 2 {
			break
		}
		items++
		k = j
	}
	m := townListCount.FindStringSubmatch(string(rs[k:min(len(rs), k+12)]))
	if m == nil || items < 2 {
		return false
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = cnNumber(m[1])
	}
	return n == items
}

// cnNumber reads a Chinese numeral up to 99 (六, 十二, 两), or 0.
func cnNumber(s string) int {
	digit := func(r rune) int { return slices.Index([]rune("零一二三四五六七八九"), r) }
	rs := []rune(strings.ReplaceAll(s, "两", "二"))
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return max(0, digit(rs[0]))
	case len(rs) == 2 && rs[0] == '十':
		return 10 + max(0, digit(rs[1]))
	case len(rs) == 2 && rs[1] == '十':
		return 10 * max(0, digit(rs[0]))
	case len(rs) == 3 && rs[1] == '十':
		return 10*max(0, digit(rs[0])) + max(0, digit(rs[2]))
	}
	return 0
}

// onlyConfirmed returns the one division named in full in the article whose
// name ends in level character lv (县, 旗), if there is exactly one.
func (p *places) onlyConfirmed(lv rune) (gazetteer.Division, bool) {
	var found gazetteer.Division
	n := 0
	for _, st := range p.byCode {
		if st.confirmed && levelOf(st.div) == lv {
			found = st.div
			n++
		}
	}
	return found, n == 1
}

// prefectureShortForms settles the short forms that a prefecture shares with
// a county-level division inside it (甘孜: 甘孜州 and 甘孜县; 恩施: 恩施州 and
// 恩施市) as the prefecture, where the article writes the prefecture in full
// and never the county: 某市对口支援甘孜州…与甘孜携手 means the prefecture. A
// form written anywhere as an item of a list (甲、乙、丙等县) is the county.
func (x *Extractor) prefectureShortForms(d *document, p *places) {
	fullCodes := map[string]bool{}
	listed := map[string]bool{}
	for _, m := range p.mentions {
		if m.pf.full {
			for _, c := range m.pf.codes {
				fullCodes[c] = true
			}
			continue
		}
		rs := d.sents[m.sent].rs
		if m.sp.start > 0 && rs[m.sp.start-1] == '、' || m.sp.end < len(rs) && rs[m.sp.end] == '、' {
			listed[m.pf.form] = true
		}
	}
	for _, m := range p.mentions {
		if m.pf.full || len(m.pf.codes) < 2 || listed[m.pf.form] {
			continue
		}
		if _, done := p.resolved[m.pf.form]; done {
			continue
		}
		var pref gazetteer.Division
		inside := false
		for _, c := range m.pf.codes {
			div, ok := x.gz.ByCode(c)
			if !ok {
				continue
			}
			if div.Level == gazetteer.Prefecture && fullCodes[c] {
				pref = div
			}
		}
		if pref.Code == "" {
			continue
		}
		ok := true
		for _, c := range m.pf.codes {
			if c == pref.Code {
				continue
			}
			div, found := x.gz.ByCode(c)
			if !found || fullCodes[c] || div.Level == gazetteer.Prefecture || !x.within(div, pref) {
				ok = false
				break
			}
			inside = true
		}
		if ok && inside {
			p.resolved[m.pf.form] = pref.Code
		}
	}
}

// westernSubject returns the county outside the eastern helper provinces
// that a report names most (its subject score; a tie gives none): in a
// report whose subject is an eastern helper, written from the helper's side
// or naming a visiting helper more often than itself, the western county
// the help goes to. Confirmed counties only.
func (x *Extractor) westernSubject(p *places) (gazetteer.Division, bool) {
	var top *placeStat
	tie := false
	for _, st := range p.sortedStats() {
		if st.div.Level != gazetteer.County || !st.confirmed {
			continue
		}
		if pr, _ := x.gz.Province(st.div); easternHelpers[pr.Code] {
			continue
		}
		switch {
		case top == nil || st.score > top.score:
			top, tie = st, false
		case st.score == top.score:
			tie = true
		}
	}
	if top == nil || tie {
		return gazetteer.Division{}, false
	}
	return top.div, true
}

// provinceChars are the one-character names of provinces (辽, 闽, 黔…) that
// open a region with a direction (辽东, 闽西, 黔南, 陕北).
const provinceChars = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇藏陕秦甘陇青宁"

// regionMountains reports whether the three characters at rs[i] are a
// direction and 山区 after a province's one-character name: the mountains
// of a region (辽东山区), not a district named 东山区.
func regionMountains(rs []rune, i, n int) bool {
	return n == 3 && i > 0 && i+3 <= len(rs) && strings.ContainsRune("东西南北", rs[i]) && rs[i+1] == '山' && rs[i+2] == '区' && strings.ContainsRune(provinceChars, rs[i-1])
}

// awardWords mark a sentence that announces the people and bodies given an
// award for poverty work (先进集体, 组织创新奖 …).
var awardWords = newPhrases("先进个人", "先进集体", "获奖", "奋进奖", "贡献奖", "奉献奖", "创新奖")

// awardedCounties returns the counties that a sentence of awards names in
// full as the unit of an awardee (甲县扶贫开发办公室, 中共乙县委员会, 丙县某村
// 党支部书记某) or as the awardee itself (丁市戊县（组织创新奖）): what the
// report is about is who was honoured, and each county is one of them. Not
// a county named in passing (来自甲县的) nor one where an awardee from
// elsewhere holds a seconded post (甲县副县长（挂职）).
func (x *Extractor) awardedCounties(d *document, p *places) []string {
	var out []string
	for _, s := range d.sents {
		if s.idx < d.titleSents || !awardWords.in(s.rs) {
			continue
		}
		rs := s.rs
		for _, m := range p.inSent(s.idx) {
			st := p.byCode[m.code]
			if m.code == "" || m.pf == nil || !m.pf.full || st == nil || !st.confirmed || st.div.Level != gazetteer.County {
				continue
			}
			if originOf(rs, span{addressStart(p.inSent(s.idx), m.sp), m.sp.end}) {
				continue
			}
			// The awardee's item: from the place to the end of its clause
			// (甲县原县委常委、副县长（挂职）).
			e := m.sp.end
			for e < len(rs) && !strings.ContainsRune("，,；;。", rs[e]) {
				e++
			}
			if strings.Contains(string(rs[m.sp.end:e]), "挂职") {
				continue
			}
			if !slices.Contains(out, m.code) {
				out = append(out, m.code)
			}
		}
	}
	return out
}

// cadreVillageWord reports whether a cadre's word for working in villages
// (驻村, 包村, 驻乡, 包乡, 驻镇, 包镇) starts at rs[i].
func cadreVillageWord(rs []rune, i int) bool {
	return i+1 < len(rs) && (rs[i] == '驻' || rs[i] == '包') && strings.ContainsRune("村乡镇", rs[i+1])
}

// datelineAt reports whether a place opens the report's first sentence as its
// dateline: 甲乙讯, 本报甲乙讯, 甲乙县消息, 新华社甲乙5月3日电. A report filed
// from a county is about that county, as a title naming it would say.
func datelineAt(rs []rune, sp span) bool {
	head := strings.TrimSpace(string(rs[:sp.start]))
	for _, p := range []string{"【", "[", "(", "（", "本报", "本网", "新华社", "中新网", "中新社"} {
		head = strings.TrimPrefix(head, p)
	}
	if head != "" {
		return false
	}
	rest := rs[sp.end:]
	if hasPrefixAny(string(rest), []string{"讯", "消息", "电"}) {
		return true
	}
	// a date between the place and 电 or 讯
	i := 0
	for i < len(rest) && i < 12 && (unicode.IsDigit(rest[i]) || strings.ContainsRune("年月日 ", rest[i])) {
		i++
	}
	return i > 0 && i < len(rest) && (rest[i] == '电' || rest[i] == '讯')
}
