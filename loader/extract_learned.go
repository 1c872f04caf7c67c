package loader

import (
	_ "embed"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// The industry rules decide from one sentence at a time. A product the
// article names four times, twice beside 基地 or a count of 亩, is developed
// there even when no single sentence says 发展; a crop named once in a sale
// sentence is not. The learned stage weighs such article-wide evidence: every
// product or sector the lexicon finds in an article becomes a candidate with
// features (how often, in which kinds of sentence, beside which words, whether
// a rule kept it), and a logistic model trained on the tuning split of the
// real corpus (testdata/real) adds candidates the rules missed and drops rule
// results it finds unlikely. The model is data, industry_model.json, written
// by `scripts/realcorpus.py train` from the tuning split only; the thresholds
// come from cross-validation on that split. Without a model the stage is a
// no-op.

//go:embed industry_model.json
var industryModelJSON []byte

// learnedModel is a logistic model (or a tree ensemble) over named features, with the
// thresholds and calibration chosen by cross-validation on the tuning split.
type learnedModel struct {
	Note    string             `json:"_note"`
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
	Add     float64            `json:"add"`  // a candidate the rules missed is added at p >= Add
	Drop    float64            `json:"drop"` // a rule result is dropped at p < Drop
	// DropExplicit is the industry stage's lower bar for a result of an
	// explicit pattern (发展X产业, a list under a development verb): such a
	// result is dropped only at p < DropExplicit. Zero keeps them all.
	DropExplicit float64 `json:"drop_explicit,omitempty"`
	// Calibration maps a probability to the precision candidates of that
	// probability reached out of fold on the tuning split: the fact's
	// confidence. Bins ascend; the last one holds p = 1.
	Calibration []calibrationBin `json:"calibration"`
	// Trees, when present, is the model instead of Bias and Weights: a
	// gradient-boosted ensemble (learned_trees.go).
	Trees *treeEnsemble `json:"trees,omitempty"`
}

// calibrationBin: probabilities below Below (and at or above the previous
// bin's) reached Confidence out of fold.
type calibrationBin struct {
	Below      float64 `json:"below"`
	Confidence float64 `json:"confidence"`
}

// confidence is the calibrated confidence of probability p.
func (m *learnedModel) confidence(p float64) float64 {
	for _, b := range m.Calibration {
		if p < b.Below {
			return b.Confidence
		}
	}
	if n := len(m.Calibration); n > 0 {
		return m.Calibration[n-1].Confidence
	}
	return p
}

var theIndustryModel = mustModel("industry_model.json", industryModelJSON)

// mustModel parses an embedded model; one without weights is nil (the
// stage is off).
func mustModel(name string, data []byte) *learnedModel {
	var m learnedModel
	if err := json.Unmarshal(data, &m); err != nil {
		panic("loader: " + name + ": " + err.Error()) // embedded data; a test covers it
	}
	if m.Trees != nil {
		if err := m.Trees.check(); err != nil {
			panic("loader: " + name + ": " + err.Error()) // embedded data; a test covers it
		}
	} else if len(m.Weights) == 0 {
		return nil
	}
	return &m
}

// prob is the model's probability that the candidate is an industry the
// article says its area develops.
func (m *learnedModel) prob(f map[string]float64) float64 {
	if m.Trees != nil {
		return 1 / (1 + math.Exp(-m.Trees.score(f)))
	}
	z := m.Bias
	for k, v := range f {
		z += m.Weights[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// IndustryCandidate is one product or sector the lexicon finds in an
// article, with the features the learned stage reads. `tuopin extract
// --candidates` prints them for training.
type IndustryCandidate struct {
	Field     string             `json:"field"` // "industries"
	Article   string             `json:"article"`
	Name      string             `json:"name"`
	Extracted bool               `json:"extracted"` // kept by the rules
	Features  map[string]float64 `json:"features"`
	// What the stage and the steps after it decide beside the model, so
	// that training judges thresholds on what the extractor outputs:
	//   - NoEvidence: no sentence to add it by (it is never added);
	//   - Explicit: a rule result of an explicit pattern (its lower bar);
	//   - RepeatedSector: added whatever the model says (repeatedSector);
	//   - Passing: dropped afterwards as a word in passing (dropPassing);
	//   - ParentTail: dropped afterwards when this parent is kept too
	//     (dropParentTails).
	NoEvidence     bool   `json:"no_evidence,omitempty"`
	Explicit       bool   `json:"explicit,omitempty"`
	RepeatedSector bool   `json:"repeated_sector,omitempty"`
	Passing        bool   `json:"passing,omitempty"`
	ParentTail     string `json:"parent_tail,omitempty"`
}

// candidate is an IndustryCandidate while the article is read.
type candidate struct {
	IndustryCandidate
	acc      *industryAcc // the rule result, nil when the rules missed it
	evidence kg.Evidence  // the best sentence for a learned addition
	evScore  int
}

// Words around a mention that say it is produced here.
var (
	cueAfter   = []string{"产业", "种植", "养殖", "基地", "加工", "园", "合作社", "大棚", "示范", "产量", "品牌", "产品", "专业村", "之乡", "生产"}
	verbBefore = []string{"发展", "种植", "种", "养殖", "养", "栽", "培育", "打造", "主导", "特色", "扩大", "新建", "建成"}
	unitChars  = "亩头只吨斤箱株棚羽尾口"

	// openCueSet follows a product the lexicon may not know.
	openCueSet = newPhrases("面积", "片区", "基地", "种植", "养殖", "产业园", "示范园", "产业", "加工", "专业合作社")
	// openCueFirstSet holds the first characters of openCueSet's words.
	openCueFirstSet = newRuneSet("面片基种养产示加专")
	// productTails end many product names (a last character, as 鸡 in 虫草鸡).
	productTails = "鸡鸭鹅猪牛羊兔鱼虾蟹蛙鸽蜂菌菇耳茶果桃梨枣杏李柿椒姜蒜葱参芪米麦豆薯芋瓜菜笋莓橙柑橘柚蕉梅花草药莲藕稻粟麻桑竹"
	// openStops end the backwards scan for an open item.
	openStops = "、，,的和与及在是为了等将把对从亩个只头吨斤株万千百余多种养栽增建过"
	// openStopChars and openAfterStopSet hold openStops as bit sets, the
	// second with what also ends an item read forwards.
	openStopChars    = newRuneSet(openStops)
	openAfterStopSet = newRuneSet(openStops + "。；产业基地")
)

// openVerbSet are the verbs of production an open item may follow.
// listLeadVerbSet are verbs that say what an area builds on, before the
// first item of a list (依托白莲、红糖等产业, 围绕茶叶、蔬菜): no part of it.
var listLeadVerbSet = newPhrases("依托", "依靠", "围绕", "立足", "借助", "凭借", "利用")

// saleVerbChars open an act of trade, never a product's name (卖牛, 售茶).
var saleVerbChars = newRuneSet("卖售购")

var openVerbSet = newPhrases("种植", "养殖", "栽种", "栽培", "种", "养", "发展", "引进", "培育")

// openItemAfter reads a product name of 2–5 Han characters starting at
// rs[a], up to a stop character, a digit or a word of production; "" when
// the stretch is no plausible product. It returns where the item ends.
func (x *Extractor) openItemAfter(rs []rune, a int) (string, int) {
	b := a
	for b < len(rs) && b-a < 6 && isHan(rs[b]) && !openAfterStopSet.has(rs[b]) {
		if b > a && openCueSet.at(rs, b) != "" {
			break
		}
		b++
	}
	if b-a < 2 || b-a > 5 {
		return "", 0
	}
	name, ind := x.normaliseItem(string(rs[a:b]))
	if ind != nil || !x.openPlausible(name) {
		return "", 0
	}
	return name, b
}

// openPlausible reports whether an open item may name a product: 2–6 Han
// characters, no place, no abstract or activity word. The model weighs the
// rest (its part of speech, where it stands).
func (x *Extractor) openPlausible(name string) bool {
	n := runeLen(name)
	return n >= 2 && n <= 6 && allHan(name) && !x.lex.Generic[name] && !strings.ContainsAny(name, "乡镇村县市省区") &&
		!openStopSet.inside(name)
}

// openStopSet holds the words that make an open item no product name
// (itemStops and openNot).
var openStopSet = newPhrases(append(slices.Clone(itemStops), openNot...)...)

// listItem is an item of an enumeration.
type listItem struct {
	name string
	sp   span
}

// listSiblings returns the unknown items of the enumerations (A、B、C) of a
// sentence that name at least one lexicon product as a whole item.
func (x *Extractor) listSiblings(s *sentence) []listItem {
	rs := s.rs
	if !slices.Contains(rs, '、') { // a rune scan: ContainsRune searches bytes for a three-byte rune
		return nil
	}
	var out []listItem
	for cs := 0; cs < len(rs); {
		ce := cs
		for ce < len(rs) && !isClauseBreak(rs[ce]) {
			ce++
		}
		if !slices.Contains(rs[cs:ce], '、') {
			// A clause yields items only with two or more of them, one
			// known: without 、 it has one at most (等 ends the list), and
			// nothing below is worth reading.
			cs = ce + 1
			continue
		}
		var items []listItem
		known := 0
		cued := false
		start := cs
		for i := cs; i <= ce; i++ {
			if i < ce && rs[i] != '、' && rs[i] != '等' {
				continue
			}
			end := i
			if i-start > 6 && start > cs {
				// A later item may run on to what the list is (南竹3大主导产业,
				// 欧拉羊和河曲藏獒四大畜种): it ends at a count, 和/及 or a word
				// of production.
				end = listTailEnd(rs, start, i)
			}
			// The first item starts after the clause's last verb, 了 or 的
			// (建立了野鸡、野兔养殖场; 什玲镇的茄子、槟榔).
			a := start
			for k := end - 1; k >= start && end-k <= 7; k-- {
				// The first-character tests (inlined) spare most calls of at.
				v := ""
				if devVerbSet.starts(rs[k]) {
					v = devVerbSet.at(rs, k)
				}
				if v == "" && openVerbSet.starts(rs[k]) {
					v = openVerbSet.at(rs, k)
				}
				if v != "" && end-k-runeLen(v) >= 2 {
					a = k + runeLen(v)
					break
				}
				if v != "" && end-k-runeLen(v) == 1 && runeLen(v) == 1 && (k == start || k >= start+2 && strings.ContainsRune("种养栽", rs[k-2])) {
					// 养羊, 养鸡养羊, 种茶养鸡: a method verb with a
					// one-character product, alone or after another such
					// pair, is an item of one character (no 养羊 or 鸡养羊
					// to weigh); 稻田养鱼 is an item, and so is a known
					// product (种猪).
					if ind, known := x.lex.Industry(runesString(rs[k:end])); !known || ind.Name != runesString(rs[k:end]) {
						a = end
						break
					}
				}
				if (rs[k] == '的' || rs[k] == '了') && end-k > 2 {
					a = k + 1
					break
				}
				if v := listLeadVerbSet.at(rs, k); v != "" && end-k-runeLen(v) >= 2 {
					a = k + runeLen(v) // 依托白莲、红糖、葡萄等产业: 依托 leads the list
					break
				}
			}
			if end-a >= 3 && methodPrefixRunes(rs[a:end]) == 2 {
				a += 2 // 饲养羊: the verb is no part of the item
			}
			if end-a >= 2 && end-a <= 6 && !saleVerbChars.has(rs[a]) {
				// (养牛、卖牛: an item opened by a verb of trade is an act,
				// no product.)
				item := runesString(rs[a:end])
				if name, ind := x.normaliseItem(item); ind != nil {
					known++
				} else if name != "" {
					items = append(items, listItem{name, span{a, end}})
					// 野鸡、野兔养殖场: a word of production after the last
					// item makes the list one of products.
					last := i == ce || rs[i] == '等'
					if k := strings.LastIndex(item, name); last && k >= 0 && openCueSet.at([]rune(item[k+len(name):]), 0) != "" {
						cued = true
					}
				}
			}
			start = i + 1
			if i < ce && rs[i] == '等' {
				break
			}
		}
		if known > 0 || (cued && len(items) >= 2) {
			for _, it := range items {
				if x.openPlausible(it.name) {
					out = append(out, it)
				}
			}
		}
		cs = ce + 1
	}
	return out
}

// openItemBefore reads a product name of 2–4 Han characters ending right
// before rs[k]: back to a stop character, a digit or a development verb. It
// returns "" when the stretch is no plausible product.
func (x *Extractor) openItemBefore(rs []rune, k int) (string, int) {
	a := k
	for a > 0 && k-a < 5 && isHan(rs[a-1]) && !openStopChars.has(rs[a-1]) && devVerbSet.endingAt(rs, a) == "" {
		a--
	}
	if a < k && rs[a] == '级' {
		a++ // 绿色A级梨产业园: a grade (A级, 一级) is no part of the product
	}
	if k-a >= 3 && methodPrefixRunes(rs[a:k]) == 2 {
		a += 2 // 饲养羊120万只: the method verb is no part of the product
	}
	if k-a < 2 || k-a > 4 {
		return "", 0
	}
	name := string(rs[a:k])
	if x.lex.Generic[name] || openStopSet.inside(name) || strings.ContainsAny(name, "乡镇村县市省区") {
		return "", 0
	}
	return name, a
}

// openNot are modifiers and abstract words that make no product name.
var openNot = []string{"特色", "优势", "主导", "支柱", "富民", "现代", "生态", "绿色", "有机", "传统", "新型", "农业", "工业", "重点", "龙头", "示范", "规模", "集体", "产业", "项目", "全县", "全村", "全国", "全省", "全市", "我们", "他们", "这个", "一个", "新建", "新增", "扩大", "建成", "打造", "发展", "培育", "推进", "实施", "建设"}

// posClass is a coarse part of speech of the last word of an item, as gse
// tags it (toks): noun, name (gse often reads rare crops such as 黄姜 as
// names), verb or other.
func posClass(toks []token) string {
	if len(toks) == 0 {
		return "other"
	}
	last := toks[len(toks)-1].Pos
	switch {
	case last == "nr" || last == "nrfg" || last == "nrt":
		return "name"
	case strings.HasPrefix(last, "n"):
		return "noun"
	case strings.HasPrefix(last, "v"):
		return "verb"
	}
	return "other"
}

// prodMatch is a lexicon form found in a sentence (leftmost longest).
type prodMatch struct {
	sp span
	v  int // index into industryForms
}

// productMatches returns the lexicon forms of a sentence, found once and
// shared by the industry rules and the learned stage.
func (x *Extractor) productMatches(s *sentence) []prodMatch {
	if s.prodsDone {
		return s.prods
	}
	rs := s.rs
	for i := 0; i < len(rs); i++ {
		if !x.industryTrie.starts(rs[i]) {
			continue
		}
		if n, v := x.industryTrie.longest(rs, i); n >= 2 {
			s.prods = append(s.prods, prodMatch{span{i, i + n}, v})
			i += n - 1
		}
	}
	s.prodsDone = true
	return s.prods
}

// industryCandidates lists every lexicon product or sector of the article
// with its features; is holds what the rules found.
func (x *Extractor) industryCandidates(d *document, p *places, is *industrySet) []*candidate {
	placeSpans := map[int][]span{}
	for _, m := range p.mentions {
		placeSpans[m.sent] = append(placeSpans[m.sent], m.sp)
	}
	byName := map[string]*candidate{}
	var order []*candidate
	nonTitle := max(1, len(d.sents)-d.titleSents)
	for _, s := range d.sents {
		rs := s.rs
		title := s.idx < d.titleSents
		for _, pm := range x.productMatches(s) {
			sp := pm.sp
			ind, _ := x.lex.Industry(x.industryForms[pm.v])
			if ind == nil || x.lex.Generic[ind.Name] || overlapsAny(sp, placeSpans[s.idx]) ||
				sp.end < len(rs) && localSuffix[rs[sp.end]] || placeCountAfter(rs, sp.end) || bodyAfter(rs, sp.end) ||
				virtueAfter(rs, sp.end) {
				continue
			}
			c := byName[ind.Name]
			if c == nil {
				c = &candidate{IndustryCandidate: IndustryCandidate{Field: "industries", Article: d.File, Name: ind.Name, Features: map[string]float64{}}, evScore: -1}
				byName[ind.Name] = c
				order = append(order, c)
				f := c.Features
				f["cat:"+ind.Category] = 1
				if ind.Sector {
					f["sector"] = 1
				}
				if ind.Parent != "" {
					f["subtype"] = 1
				}
				if x.lex.Public[ind.Name] {
					f["public"] = 1
				}
				if !title {
					f["first_pos"] = float64(s.idx-d.titleSents) / float64(nonTitle)
				}
			}
			f := c.Features
			if title {
				f["title"] = 1
				continue
			}
			if !overlapsAny(sp, is.notLists[s.idx]) {
				f["free_mentions"]++
			}
			f["mentions"]++
			score := 0
			set := func(name string, on bool, weight int) {
				if on {
					f[name] = 1
					score += weight
				}
			}
			after := string(rs[sp.end:min(len(rs), sp.end+3)])
			before := string(rs[max(0, sp.start-4):sp.start])
			set("dev", s.dev, 1)
			set("grow", s.grow, 1)
			set("sale", s.sale && !s.grow, -2)
			set("past", s.inPast(sp.start), -2)
			set("cut", s.cut && x.cutBack(rs, sp.start), -3)
			set("cue_after", hasPrefixAny(after, cueAfter), 2)
			set("verb_before", hasAny(before, verbBefore), 2)
			set("listed", sp.start > 0 && rs[sp.start-1] == '、' || sp.end < len(rs) && rs[sp.end] == '、', 1)
			set("quantity", quantityAfter(rs[sp.end:min(len(rs), sp.end+8)]), 1)
			set("quoted", sp.start > 0 && strings.ContainsRune("“\"《「", rs[sp.start-1]), 0)
			if score > c.evScore {
				c.evScore = score
				c.evidence = s.evidenceBy(d.ID, "industry.learned")
			}
		}
		if title {
			continue
		}
		// The span tagger's names (extract_spans.go), read below as open
		// items, and the lexicon products it marks.
		var tagged []span
		if d.spanTrain != nil {
			*d.spanTrain = append(*d.spanTrain, x.sentenceSpanSeq(s, placeSpans[s.idx]))
		}
		if x.spans != nil {
			tagged = x.spans.tagSentence(x.spanContextOf(s, placeSpans[s.idx]))
			for _, pm := range x.productMatches(s) {
				if slices.Contains(tagged, pm.sp) {
					if ind, _ := x.lex.Industry(x.industryForms[pm.v]); ind != nil && byName[ind.Name] != nil {
						byName[ind.Name].Features["tagged"] = 1
					}
				}
			}
		}
		// addOpen records a product the lexicon does not know, found at
		// rs[a:] by the reading cue.
		addOpen := func(name string, a int, cue string) {
			if name, a = x.trimFunctionWords(name, a); runeLen(name) < 2 {
				return
			}
			if _, known := x.lex.Industry(name); known {
				return // a lexicon candidate already
			}
			c := byName[name]
			if c == nil {
				c = &candidate{IndustryCandidate: IndustryCandidate{Field: "industries", Article: d.File, Name: name, Features: map[string]float64{}}, evScore: -1}
				byName[name] = c
				order = append(order, c)
				c.Features["open"] = 1
				c.Features["first_pos"] = float64(s.idx-d.titleSents) / float64(nonTitle)
				c.Features["len"] = float64(runeLen(name)) / 4
				toks := x.seg.pos(name) // segmented once for both features
				c.Features["pos:"+posClass(toks)] = 1
				if len(toks) == 1 {
					c.Features["one_word"] = 1
				}
				if strings.ContainsRune(productTails, []rune(name)[runeLen(name)-1]) {
					c.Features["product_tail"] = 1
				}
			}
			f := c.Features
			if !overlapsAny(span{a, a + runeLen(name)}, is.notLists[s.idx]) {
				f["free_mentions"]++
			}
			f["mentions"]++
			f["open:"+cue] = 1
			score := 2
			if s.dev {
				f["dev"] = 1
			}
			if s.grow {
				f["grow"], score = 1, score+1
			}
			if s.sale && !s.grow {
				f["sale"], score = 1, score-2
			}
			if s.inPast(a) {
				f["past"], score = 1, score-2
			}
			if a > 0 && rs[a-1] == '、' || a > 0 && isDigit(rs[a-1]) {
				f["listed"] = 1
			}
			if score > c.evScore {
				c.evScore = score
				c.evidence = s.evidenceBy(d.ID, "industry.learned")
			}
		}
		unknown := func(name string, a, b int) bool {
			if name == "" || overlapsAny(span{a, b}, placeSpans[s.idx]) {
				return false
			}
			_, known := x.lex.Industry(name)
			return !known // a lexicon candidate already
		}
		// Products the lexicon does not know, written before a word of
		// production (银杏面积1600亩, 黄姜种植片区).
		for k := 2; k < len(rs); k++ {
			if !openCueFirstSet.has(rs[k]) {
				continue
			}
			cue := openCueSet.at(rs, k)
			if cue == "" {
				continue
			}
			if name, a := x.openItemBefore(rs, k); unknown(name, a, k) {
				addOpen(name, a, cue)
			}
		}
		// After a verb of production (种植紫花苜蓿, 养殖鸵鸟), and beside
		// known products in a list (核桃、花椒、云木香等).
		for k := 0; k < len(rs); k++ {
			if !openVerbSet.starts(rs[k]) {
				continue // most characters: no call of at
			}
			v := openVerbSet.at(rs, k)
			if v == "" {
				continue
			}
			a := k + runeLen(v)
			if name, b := x.openItemAfter(rs, a); unknown(name, a, b) {
				addOpen(name, a, "after:"+v)
			}
			k = a - 1
		}
		for _, it := range x.listSiblings(s) {
			if unknown(it.name, it.sp.start, it.sp.end) {
				addOpen(it.name, it.sp.start, "sibling")
			}
		}
		for _, sp := range tagged {
			if sp.end-sp.start < 2 || sp.end-sp.start > 6 || x.singleRun(s.rs, sp) {
				continue
			}
			name, ind := x.normaliseItem(runesString(s.rs[sp.start:sp.end]))
			if ind == nil && x.openPlausible(name) && unknown(name, sp.start, sp.end) {
				addOpen(name, sp.start, "tagger")
			}
		}
	}
	// Article-wide and rule features.
	parents := map[string]bool{}
	for _, acc := range is.order {
		if acc.ind != nil {
			parents[acc.ind.Name] = true
		}
	}
	for _, c := range order {
		f := c.Features
		m := f["mentions"]
		delete(f, "mentions")
		if f["free_mentions"] == 0 && m > 0 {
			// Named only inside lists the rules read as no industries.
			f["only_not_lists"] = 1
		}
		delete(f, "free_mentions")
		f["log_mentions"] = math.Log1p(m)
		f["many"] = b2f(m >= 3)
		f["articles_candidates"] = math.Log1p(float64(len(order)))
		// The first and last characters: 鸡, 茶, 菇 end products; 红, 黑 open
		// varieties. They let the model learn kinds of names, not names.
		nr := []rune(c.Name)
		f["head:"+string(nr[0])] = 1
		f["tail:"+string(nr[len(nr)-1])] = 1
		if ind, _ := x.lex.Industry(c.Name); ind != nil && ind.Parent != "" && parents[ind.Parent] {
			f["parent_found"] = 1
		}
		if acc := is.byName[c.Name]; acc != nil {
			c.acc, c.Extracted = acc, true
			f["rule_kept"] = 1
			if acc.explicit {
				f["rule_explicit"] = 1
			}
			for _, e := range acc.evidence {
				f["rule:"+e.Rule] = 1
			}
		}
	}
	return order
}

// learnIndustries applies the model to the candidates: it drops rule
// results below Drop and adds missed candidates at or above Add.
func (x *Extractor) learnIndustries(d *document, p *places, is *industrySet) {
	cands := x.industryCandidates(d, p, is)
	if d.candidates != nil {
		for _, c := range cands {
			ic := c.IndustryCandidate
			ic.NoEvidence = c.evScore < 0
			ic.Explicit = c.acc != nil && c.acc.explicit
			ic.RepeatedSector = c.acc == nil && c.evScore >= 0 && x.repeatedSector(c)
			ic.Passing = passingOnce(d, c.Name)
			if ind, ok := x.lex.Industry(c.Name); ok && ind.Parent != "" && strings.HasSuffix(ind.Parent, c.Name) {
				ic.ParentTail = ind.Parent
			}
			*d.candidates = append(*d.candidates, ic)
		}
		return // training sees the rules' own decisions
	}
	m := x.model
	if m == nil {
		return
	}
	drop := map[*industryAcc]bool{}
	for _, c := range cands {
		pr := m.prob(c.Features)
		if c.acc != nil {
			c.acc.prob = m.confidence(pr)
		}
		switch {
		case c.acc != nil && pr < m.Drop && (!c.acc.explicit || pr < m.DropExplicit):
			// A result of an explicit pattern (发展X产业) stays unless the
			// model all but rules it out (种植面积、种植种类 read as a list):
			// its own, lower bar.
			drop[c.acc] = true
		case c.acc == nil && pr >= m.Add && c.evScore >= 0 && addable(c, is):
			ind, _ := x.lex.Industry(c.Name)
			acc := &industryAcc{name: c.Name, ind: ind, evidence: []kg.Evidence{c.evidence}, sent: -1, prob: m.confidence(pr)}
			is.byName[c.Name] = acc
			is.order = append(is.order, acc)
		case c.acc == nil && c.evScore >= 0 && x.repeatedSector(c):
			// Its confidence is the rule's calibrated precision (rules.json),
			// not the model's, which weighs sectors as a whole.
			ind, _ := x.lex.Industry(c.Name)
			acc := &industryAcc{name: c.Name, ind: ind, evidence: []kg.Evidence{withRule(c.evidence, "industry.repeated-sector")}, sent: -1}
			is.byName[c.Name] = acc
			is.order = append(is.order, acc)
		}
	}
	if len(drop) > 0 {
		is.order = slices.DeleteFunc(is.order, func(a *industryAcc) bool { return drop[a] })
		for a := range drop {
			delete(is.byName, a.name)
		}
	}
}

// repeatedSector reports whether a candidate is a sector the lexicon marks
// as recorded when repeated ("!+" in industries.txt: 电商) and the article
// names it twice or more outside its title. Of the 电商 candidates the
// model left out on the tuning texts, the gold records 18 of 75 named once
// and 20 of 26 named more often; 物流 and the other sectors gain nothing
// from repetition (物流: 0 of 12), so the mark is per sector.
func (x *Extractor) repeatedSector(c *candidate) bool {
	ind, ok := x.lex.Industry(c.Name)
	f := c.Features
	// The rules' vetoes hold here too: only inside lists they reject, or being
	// cut back, it is not developed.
	return ok && ind.Repeated && f["log_mentions"] >= math.Log1p(2) && f["only_not_lists"] == 0 && f["cut"] == 0
}

// addable reports whether a candidate the rules missed may be added: the
// rules' own vetoes hold whatever the model says. A sector needs an explicit
// pattern; a crop being reduced (调减玉米) or only sold (把核桃卖到) is not
// developed; a product inside a longer item found (花生 of 红皮花生) is that
// item.
func addable(c *candidate, is *industrySet) bool {
	f := c.Features
	if f["sector"] != 0 || f["cut"] != 0 || f["sale"] != 0 && f["grow"] == 0 || f["only_not_lists"] != 0 {
		return false
	}
	for _, acc := range is.order {
		if acc.name != c.Name && strings.Contains(acc.name, c.Name) {
			return false
		}
	}
	return true
}

// IndustryCandidates normalises raw article bytes and returns the industry
// candidates with their features, before the learned stage decides: the
// training data of `scripts/realcorpus.py train`.
func (x *Extractor) IndustryCandidates(name string, raw []byte) ([]IndustryCandidate, error) {
	out := []IndustryCandidate{}
	err := x.extractFor(name, raw, func(d *document) { d.candidates = &out })
	return out, err
}

// extractFor normalises raw article bytes and runs the extraction with the
// document prepared by sink (which points a learned stage's candidates at
// the caller's slice, so that the stage reports instead of deciding).
func (x *Extractor) extractFor(name string, raw []byte, sink func(*document)) error {
	doc, err := textnorm.Normalize(name, raw)
	if err != nil {
		return err
	}
	d := newDocument(doc, name)
	sink(d)
	x.extract(d)
	return nil
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// quantityAfter reports whether a number and a unit (5万亩, 300头) follow.
func quantityAfter(rs []rune) bool {
	digit := false
	for _, r := range rs {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case digit && strings.ContainsRune(unitChars, r):
			return true
		}
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// listTailEnd is where a list item starting at rs[a] ends, before ce: at a
// count (3大, 四大), 和, 及, 等, 的 or a word of production within six
// characters; ce itself when the item is that short; a when neither.
func listTailEnd(rs []rune, a, ce int) int {
	for k := a + 1; k < ce && k <= a+6; k++ {
		r := rs[k]
		if isDigit(r) || r == '和' || r == '及' || r == '等' || r == '的' ||
			cnNumeralSet.has(r) && k+1 < ce && cnCounterSet.has(rs[k+1]) ||
			openCueSet.starts(r) && openCueSet.at(rs, k) != "" {
			return k
		}
	}
	if ce-a <= 6 {
		return ce
	}
	return a
}

// singleRun reports whether every character of rs[sp] is a one-character
// product (猪牛 of 猪牛鸡产业): the run's reader (singleRunStart) takes such
// products one by one.
func (x *Extractor) singleRun(rs []rune, sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		if n, _ := x.industryTrie.longest(rs, k); n != 1 {
			return false
		}
	}
	return true
}

// trimFunctionWords drops the words gse tags as prepositions, adverbs,
// pronouns, conjunctions or particles from the front of an open
// product name (通过肉鸡, 自己养羊, 赶往椪柑): a reading that began too early.
func (x *Extractor) trimFunctionWords(name string, a int) (string, int) {
	return x.trimLeading(name, a, func(t token) bool {
		return t.Pos != "" && strings.ContainsRune("pdrcu", rune(t.Pos[0]))
	})
}
