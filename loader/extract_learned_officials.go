package loader

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/tuopin/tuopin/kg"
)

// The official rules read a name where a title chain ends (县委书记甲,
// 甲书记, 乡长甲说). On articles nobody tuned them on they miss about one
// official in seven, and the names they miss are in the text: written after
// a heading (甲：岁月无悔), introduced first and given a title sentences
// later (甲，现任某局副局长), called 甲书记 after a first bare mention, or
// after a title with damage or a space between. The learned official stage
// reads the article as a whole:
//
//   - a name tagger (a span tagger of extract_spans.go with its own
//     model, name_model.bin.gz) proposes names of officials wherever they
//     stand; it is trained on the tuning split's gold officials marked in
//     the text, with per character the title-lexicon matches and surnames
//     as context, so it learns how officials are written, not who they are;
//   - every name it tags, and every name the rules kept, is a candidate
//     with article-wide features (how often named and tagged, the nearest
//     title before or after, 同志, 现任, a short reference 甲书记 elsewhere,
//     words of the press, of villagers, of firms and of experts around it);
//   - a logistic model (official_model.json, scripts/realcorpus.py train
//     --field officials, from the tuning split only) adds the candidates
//     the rules missed at p >= Add, with the nearest title of the sentence
//     that best names them as their post. It never drops a rule's official.
//
// A candidate named in no sentence that also holds a title, or that is a
// part of a name the rules kept or holds one (甲乙 of 甲乙丙), is never
// added: the conventions record people named with a title, and the rules'
// name boundary stands. Without both models the stage is off and costs
// nothing.

//go:embed official_model.json
var officialModelJSON []byte

var theOfficialModel = mustModel("official_model.json", officialModelJSON)

//go:embed name_model.bin.gz
var nameModelData []byte

// theNameModel returns the embedded name tagger, read on first use; nil
// when the file holds none.
var theNameModel = sync.OnceValue(func() *SpanModel { return mustSpanModel(nameModelData) })

// SetNameModel replaces the extractor's name tagger (nil turns the learned
// official stage off): for training the stage on out-of-fold taggers.
func (x *Extractor) SetNameModel(m *SpanModel) { x.names = m }

// OfficialCandidate is one person's name an article gives, with the
// features the learned official stage reads. `tuopin extract --candidates`
// prints them for training.
type OfficialCandidate struct {
	Field     string             `json:"field"` // "officials"
	Article   string             `json:"article"`
	Name      string             `json:"name"`
	Extracted bool               `json:"extracted"` // kept by the rules
	Features  map[string]float64 `json:"features"`
	// NoEvidence: no sentence names it beside a title (never added).
	NoEvidence bool `json:"no_evidence,omitempty"`
	// Overlaps: a part of a name the rules kept, or holding one (never
	// added).
	Overlaps bool `json:"overlaps,omitempty"`
}

// officialCand is an OfficialCandidate while the article is read: the
// title that best names it as an official, and that title's sentence.
type officialCand struct {
	OfficialCandidate
	tagged  int // mentions the name tagger marks
	read    int // mentions gse reads as a person's name in a sentence with a title
	si      int // sentence of the best title, -1 when none
	title   span
	titleAt int // the rank of the best title (lower is better)
}

// Words around a name that say who the person is.
var (
	// pressWords: a journalist's or an editor's byline (记者甲, 甲摄).
	pressWords = []string{"记者", "通讯员", "编辑", "摄影", "作者", "责编", "审核", "校对", "供稿", "撰稿", "主播", "出品"}
	// villagerWords: someone of the village (村民甲, 贫困户甲).
	villagerWords = []string{"村民", "贫困户", "群众", "农户", "老人", "大爷", "大妈", "大叔", "大姐", "阿姨", "户主", "脱贫户", "老乡", "乡亲", "妻子", "丈夫", "儿子", "女儿", "学生"}
	// firmWords: the head of a firm or a cooperative.
	firmWords = []string{"公司", "企业", "董事长", "总经理", "经理", "老板", "厂长", "合作社", "理事长", "创始人", "负责人", "法人"}
	// expertWords: a scholar, a doctor or a teacher.
	expertWords = []string{"教授", "专家", "研究员", "博士", "医生", "老师", "院士", "讲师"}
	// postAfterName: a post written after the name (甲，现任某局局长).
	postAfterName = []string{"现任", "担任", "挂任", "兼任", "任", "系", "原任", "曾任"}
	// shortTitles: the title a name's surname takes in a short reference
	// (伍书记, 王县长).
	shortTitles = []string{"书记", "县长", "区长", "市长", "旗长", "州长", "镇长", "乡长", "主任", "局长", "队长", "部长", "支书", "村长", "组长", "站长", "所长", "委员", "主席", "处长", "科长"}
)

// nameContextOf reads sentence s for the name tagger: per character a
// title of the lexicon (1 where one starts, 2 inside it) or a surname (3),
// and whether the sentence holds a title at all.
func (x *Extractor) nameContextOf(s *sentence, placeSpans []span) (*spanContext, []span) {
	rs := s.rs
	n := len(rs)
	mark := make([]byte, n)
	var titles []span
	for i := 0; i < n; {
		if x.titleTrie.starts(rs[i]) {
			if k, _ := x.titleTrie.longest(rs, i); k > 0 {
				mark[i] = 1
				for j := i + 1; j < i+k; j++ {
					mark[j] = 2
				}
				titles = append(titles, span{i, i + k})
				i += k
				continue
			}
		}
		if x.lex.IsSurname(string(rs[i])) {
			mark[i] = 3
		}
		i++
	}
	place := make([]bool, n)
	for _, sp := range placeSpans {
		for k := max(0, sp.start); k < sp.end && k < n; k++ {
			place[k] = true
		}
	}
	kind := rune('0')
	if len(titles) > 0 {
		kind++
	}
	return &spanContext{rs: rs, prod: mark, place: place, kind: kind, names: true}, titles
}

// plausibleName reports whether a tagged span can be a person's name: two
// to six Han characters, or a transcribed name with a dot.
func plausibleName(rs []rune) bool {
	if len(rs) < 2 || len(rs) > 8 {
		return false
	}
	han := 0
	for k, r := range rs {
		switch {
		case isHan(r):
			han++
		case isNameDot(r) && k > 0 && k < len(rs)-1:
		default:
			return false
		}
	}
	if dots := len(rs) - han; dots > 0 {
		return han >= 3 // 阿依·买
	}
	return han <= 6
}

// indexAll returns where name stands in rs.
func indexAll(rs, name []rune) []int {
	var out []int
	for i := 0; i+len(name) <= len(rs); i++ {
		if rs[i] == name[0] && hasRunePrefix(rs, i, string(name)) {
			out = append(out, i)
			i += len(name) - 1
		}
	}
	return out
}

// windowHas reports whether one of words stands in rs[a:b].
func windowHas(rs []rune, a, b int, words []string) bool {
	a, b = max(0, a), min(len(rs), b)
	if a >= b {
		return false
	}
	w := string(rs[a:b])
	for _, v := range words {
		if strings.Contains(w, v) {
			return true
		}
	}
	return false
}

// officialCandidates lists the names the tagger marks and those the rules
// kept, with their features.
func (x *Extractor) officialCandidates(d *document, p *places, accs []*officialAcc) []*officialCand {
	placeSpans := map[int][]span{}
	for _, m := range p.mentions {
		placeSpans[m.sent] = append(placeSpans[m.sent], m.sp)
	}
	byName := map[string]*officialCand{}
	var order []*officialCand
	get := func(name string) *officialCand {
		c := byName[name]
		if c == nil {
			c = &officialCand{OfficialCandidate: OfficialCandidate{Field: "officials", Article: d.File, Name: name, Features: map[string]float64{}}, si: -1, titleAt: math.MaxInt}
			byName[name] = c
			order = append(order, c)
		}
		return c
	}
	kept := map[string]bool{}
	for _, acc := range accs {
		c := get(acc.name)
		c.Extracted = true
		kept[acc.name] = true
		if len(acc.hits) > 0 {
			c.Features["rule:"+acc.hits[0].rule] = 1
		}
	}
	titles := make([][]span, len(d.sents))
	for _, s := range d.sents {
		c, ts := x.nameContextOf(s, placeSpans[s.idx])
		titles[s.idx] = ts
		if d.nameTrain != nil {
			*d.nameTrain = append(*d.nameTrain, SpanExample{Text: s.rs, feats: c.spanFeatures()})
			continue
		}
		if x.names == nil {
			continue
		}
		for _, sp := range x.names.tagSentence(c) {
			nrs := s.rs[sp.start:sp.end]
			if !plausibleName(nrs) {
				continue
			}
			get(string(nrs)).tagged++
		}
		if len(ts) > 0 {
			for _, name := range x.personNames(s.text) {
				get(name).read++
			}
		}
	}
	if d.nameTrain != nil {
		return nil
	}
	text := d.textRunes()
	nonTitle := max(1, len(d.sents)-d.titleSents)
	for _, c := range order {
		f := c.Features
		name := []rune(c.Name)
		mentions, first := 0, -1
		for _, s := range d.sents {
			rs := s.rs
			for _, a := range indexAll(rs, name) {
				b := a + len(name)
				mentions++
				if first < 0 {
					first = s.idx
					f["first_pos"] = float64(max(0, s.idx-d.titleSents)) / float64(nonTitle)
				}
				if s.idx < d.titleSents {
					f["headline"] = 1
				}
				// The nearest title before and after the name.
				for _, t := range titles[s.idx] {
					f["title_sent"] = 1
					rank := math.MaxInt
					switch gap := a - t.end; {
					case t.end <= a && allSpace(rs[t.end:a]):
						f["title_adj_before"] = 1
						rank = 0
					case t.end <= a && gap <= 6:
						f["title_near_before"] = 1
						rank = 2 + gap
					case t.start >= b && t.start == b:
						f["title_adj_after"] = 1
						rank = 1
					case t.start >= b && t.start-b <= 8:
						f["title_near_after"] = 1
						rank = 3 + t.start - b
					default:
						rank = 20 + min(abs(a-t.end), abs(t.start-b))
					}
					if rank < c.titleAt {
						c.titleAt, c.si, c.title = rank, s.idx, t
					}
				}
				if hasRunePrefix(rs, b, "同志") {
					f["comrade"] = 1
				}
				for _, v := range postAfterName {
					at := b
					if at < len(rs) && strings.ContainsRune("，,、 ", rs[at]) {
						at++
					}
					if hasRunePrefix(rs, at, v) {
						f["post_verb"] = 1
					}
				}
				if speechAfterAt(rs, b) {
					f["speech"] = 1
				}
				if windowHas(rs, a-6, a, pressWords) || windowHas(rs, b, b+3, pressWords) || hasRunePrefix(rs, b, "摄") {
					f["press"] = 1
				}
				if windowHas(rs, a-4, a, villagerWords) {
					f["villager"] = 1
				}
				ca, cb := clauseBounds(rs, span{a, b})
				if windowHas(rs, ca, cb, firmWords) {
					f["firm"] = 1
				}
				if windowHas(rs, ca, cb, expertWords) {
					f["expert"] = 1
				}
				if overlapsAny(span{a, b}, placeSpans[s.idx]) {
					f["place"] = 1
				}
				if a > 0 && rs[a-1] == '、' || b < len(rs) && rs[b] == '、' {
					f["listed"] = 1
				}
				// A name cut short (甲乙 of 甲乙丙) or begun inside a word: a
				// character of a name runs on after it, or comes before it
				// where no title ends.
				if b < len(rs) && isHan(rs[b]) && !strongFollowers[rs[b]] && !speechAfterAt(rs, b) && !slices.ContainsFunc(titles[s.idx], func(t span) bool { return t.start == b }) {
					f["open_end"] = 1
				}
				if a > 0 && isHan(rs[a-1]) && !slices.ContainsFunc(titles[s.idx], func(t span) bool { return t.end == a }) {
					f["open_start"] = 1
				}
			}
		}
		f["mentions"] = math.Log1p(float64(mentions))
		f["tagged"] = math.Log1p(float64(c.tagged))
		f["read"] = math.Log1p(float64(c.read))
		if mentions > 0 {
			f["tagged_frac"] = float64(min(c.tagged, mentions)) / float64(mentions)
		}
		f["len"+string(rune('0'+min(len(name), 6)))] = 1
		surname := ""
		switch {
		case len(name) >= 3 && x.lex.IsSurname(string(name[:2])):
			surname = string(name[:2])
		case x.lex.IsSurname(string(name[:1])):
			surname = string(name[:1])
		}
		if surname != "" {
			f["surname"] = 1
			// 伍书记 elsewhere for 伍勤忠: the surname with a title, not
			// the name's own start.
			srs := []rune(surname)
			for _, a := range indexAll(text, srs) {
				b := a + len(srs)
				if hasRunePrefix(text, a, c.Name) {
					continue
				}
				for _, t := range shortTitles {
					if hasRunePrefix(text, b, t) {
						f["short_ref"] = 1
					}
				}
			}
		}
		if _, pos, ok := x.seg.lookup(c.Name); ok {
			if strings.HasPrefix(pos, "nr") {
				f["dict_name"] = 1
			} else {
				f["dict_word"] = 1
			}
		}
		for k := range kept {
			if k != c.Name && (strings.Contains(k, c.Name) || strings.Contains(c.Name, k)) {
				c.Overlaps = true
			}
		}
		c.NoEvidence = c.si < 0 || mentions == 0
	}
	return order
}

// personNames returns the names gse reads as people's in a sentence: a
// word it tags nr of two to four characters, or a surname it splits from
// the given name (王|红梅, 郑|一鸣).
func (x *Extractor) personNames(text string) []string {
	toks := x.seg.pos(text)
	var out []string
	for k, t := range toks {
		rs := []rune(t.Text)
		if strings.HasPrefix(t.Pos, "nr") && len(rs) >= 2 && len(rs) <= 4 && plausibleName(rs) {
			out = append(out, t.Text)
			continue
		}
		if len(rs) == 1 && x.lex.IsSurname(t.Text) && k+1 < len(toks) {
			next := []rune(toks[k+1].Text)
			if len(next) >= 1 && len(next) <= 2 && plausibleName(append(rs, next...)) &&
				(strings.HasPrefix(toks[k+1].Pos, "nr") || toks[k+1].Pos == "n" && len(next) == 2) {
				out = append(out, t.Text+toks[k+1].Text)
			}
		}
	}
	return out
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// learnOfficials adds the officials the model rates at Add or more that the
// rules missed, each with the title nearest to it in the sentence that best
// names it. It returns the people, the rules' first, and the calibrated
// confidence of each added one.
func (x *Extractor) learnOfficials(d *document, p *places, accs []*officialAcc) ([]*officialAcc, map[string]float64) {
	m := x.officialModel
	if d.nameTrain == nil && d.officials == nil && (m == nil || x.names == nil) {
		return accs, nil
	}
	cands := x.officialCandidates(d, p, accs)
	if d.officials != nil {
		for _, c := range cands {
			*d.officials = append(*d.officials, c.OfficialCandidate)
		}
		return accs, nil
	}
	if d.nameTrain != nil {
		return accs, nil
	}
	var conf map[string]float64
	for _, c := range cands {
		if c.Extracted || c.NoEvidence || c.Overlaps {
			continue
		}
		pr := m.prob(c.Features)
		if pr < m.Add {
			continue
		}
		s := d.sents[c.si]
		n, v := x.titleTrie.longest(s.rs, c.title.start)
		if n == 0 {
			continue
		}
		h := titleHit{t: x.lex.Titles[v], sp: span{c.title.start, c.title.start + n}, from: c.title.start, rule: "official.learned"}
		x.titlePlace(p, s.rs, &h)
		accs = append(accs, &officialAcc{name: c.Name, hits: []titleHit{h}, evidence: []kg.Evidence{s.evidenceBy(d.ID, "official.learned")}, first: c.si})
		if conf == nil {
			conf = map[string]float64{}
		}
		conf[c.Name] = m.confidence(pr)
	}
	return accs, conf
}

// OfficialCandidates normalises raw article bytes and returns the official
// candidates with their features, before the learned stage decides.
func (x *Extractor) OfficialCandidates(name string, raw []byte) ([]OfficialCandidate, error) {
	out := []OfficialCandidate{}
	err := x.extractFor(name, raw, func(d *document) { d.officials = &out })
	return out, err
}

// NameExamples returns an article's sentences with the name tagger's
// features, for training it (scripts/spantrain --field officials).
func (x *Extractor) NameExamples(name string, raw []byte) ([]SpanExample, error) {
	var out []SpanExample
	err := x.extractFor(name, raw, func(d *document) { d.nameTrain = &out })
	return out, err
}
