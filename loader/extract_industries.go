package loader

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/lexicon"
)

// industryAcc accumulates one industry over an article.
type industryAcc struct {
	name     string
	ind      *lexicon.Industry // nil for an item the lexicon does not know
	evidence []kg.Evidence
	sent     int
	sents    []int   // every sentence it was found in, ascending
	explicit bool    // found by a pattern or a list, not only as a bare mention
	prob     float64 // the learned stage's probability; 0 when it did not judge
	// single is the one-character form (羊 of 养羊, 茶 of 茶产业) when
	// every find of the industry was of that form alone; 0 otherwise.
	single rune
}

type industrySet struct {
	byName map[string]*industryAcc
	order  []*industryAcc
	// notLists are the lists the rules read as no industries (教育、卫计等领域,
	// 土鸡、土猪等庭院经济 without a verb), by sentence: the learned stage adds
	// nothing from them either.
	notLists map[int][]span
}

// notList records a list the rules read as no industries.
func (is *industrySet) notList(si int, sp span, used *[]span) {
	*used = append(*used, sp)
	if is.notLists == nil {
		is.notLists = map[int][]span{}
	}
	is.notLists[si] = append(is.notLists[si], sp)
}

func (is *industrySet) add(rule, name string, ind *lexicon.Industry, s *sentence, articleID string) {
	is.addFrom(rule, name, ind, s, articleID, true)
}

// addFrom records an industry; explicit is false for a bare mention.
func (is *industrySet) addFrom(rule, name string, ind *lexicon.Industry, s *sentence, articleID string, explicit bool) {
	acc := is.byName[name]
	if acc == nil {
		acc = &industryAcc{name: name, ind: ind, sent: s.idx}
		is.byName[name] = acc
		is.order = append(is.order, acc)
	}
	acc.explicit = acc.explicit || explicit
	acc.single = 0
	if len(acc.sents) == 0 || acc.sents[len(acc.sents)-1] != s.idx {
		acc.sents = append(acc.sents, s.idx)
	}
	acc.evidence = appendEvidence(acc.evidence, s.evidenceBy(articleID, rule))
}

// remove drops an industry from the set.
func (is *industrySet) remove(a *industryAcc) {
	is.order = slices.DeleteFunc(is.order, func(b *industryAcc) bool { return b == a })
	delete(is.byName, a.name)
}

// passingWords are industries read from a word that also names an
// everyday activity (旅游: to travel, 到甲县旅游) and the word they are read
// from. Written once in a report that never names the industry itself (乡村
// 旅游, 乡村游, 旅游业, 旅游产业), with no pattern saying it is developed,
// the word is a passing mention: on the tuning texts the gold recorded 9 of
// 26 such. A list does not save it: 旅游 once in a list (文化、旅游、体育;
// even 茶叶、旅游) is more often left out than recorded on the tuning texts.
var passingWords = map[string][]string{"乡村旅游": {"旅游", "乡村旅游", "乡村游", "旅游业", "旅游产业", "旅游经济"}}

// dropPassing drops an industry of passingWords found only as a bare
// mention of its word, written once in the article.
func (is *industrySet) dropPassing(d *document) {
	for name := range passingWords {
		acc := is.byName[name]
		if acc == nil || acc.explicit || !passingOnce(d, name) {
			continue
		}
		is.remove(acc)
	}
}

// passingOnce reports whether an industry of passingWords is written only
// once as its word, in an article that never names the industry itself.
func passingOnce(d *document, name string) bool {
	forms, ok := passingWords[name]
	if !ok {
		return false
	}
	n, named := 0, false
	for _, s := range d.sents {
		n += strings.Count(s.text, forms[0])
		for _, f := range forms[1:] {
			named = named || strings.Contains(s.text, f)
		}
	}
	return n == 1 && !named
}

// addSingle records an industry found from a one-character form alone (羊
// in 养羊业, 茶 in 甲县茶产业).
func (is *industrySet) addSingle(rule string, form rune, ind *lexicon.Industry, s *sentence, articleID string) {
	acc := is.byName[ind.Name]
	single := acc == nil || acc.single == form
	is.add(rule, ind.Name, ind, s, articleID)
	if single {
		is.byName[ind.Name].single = form
	}
}

// dropSingleBeside drops an industry found only from a one-character form
// (牛 of 养牛) when another industry recorded for the article is a kind of
// it written with that character last (牦牛, 肉牛, 湖羊, 土鸡): annotators
// record the kind the report names, not the animal or crop again.
func (is *industrySet) dropSingleBeside() {
	var drop []*industryAcc
	for _, a := range is.order {
		if a.single == 0 {
			continue
		}
		for _, b := range is.order {
			if b != a && b.name != a.name && utf8.RuneCountInString(b.name) >= 2 && strings.HasSuffix(b.name, string(a.single)) {
				drop = append(drop, a)
				break
			}
		}
	}
	for _, a := range drop {
		is.remove(a)
	}
}

// dropParentTails drops a subtype whose name is the tail of its parent's
// (药材 of 中药材, 杂粮 of 小杂粮) when the parent is recorded too: the
// short form is then the same thing written shorter, and annotators record
// the parent alone (6 of 6 tuning reports that write both 中药材 and 药材).
func (is *industrySet) dropParentTails() {
	var drop []*industryAcc
	for _, a := range is.order {
		if a.ind == nil || a.ind.Parent == "" || !strings.HasSuffix(a.ind.Parent, a.name) {
			continue
		}
		if _, ok := is.byName[a.ind.Parent]; ok {
			drop = append(drop, a)
		}
	}
	for _, a := range drop {
		is.remove(a)
	}
}

// dropLocalPrefixes rewrites an item the lexicon does not know that is a
// local place's name before a product it knows (七百弄鸡 where the report
// also writes 七百弄乡) as the product: the conventions drop a place prefix,
// and a township's or village's name is in no gazetteer, so the article's
// own X乡, X镇 or X村 says the prefix is a place.
func (is *industrySet) dropLocalPrefixes(d *document, lex *lexicon.Lexicon) {
	for _, a := range slices.Clone(is.order) {
		if _, known := lex.Industry(a.name); known {
			continue
		}
		rs := []rune(a.name)
		for n := 2; n <= len(rs)-1; n++ {
			ind, ok := lex.Industry(string(rs[n:]))
			if !ok || !localPlaceWritten(d, string(rs[:n])) {
				continue
			}
			is.remove(a)
			if _, dup := is.byName[ind.Name]; !dup {
				a.name, a.ind = ind.Name, ind
				is.byName[a.name] = a
				is.order = append(is.order, a)
			}
			break
		}
	}
}

// localPlaceWritten reports whether the article writes name as a township's,
// town's or village's name (name乡, name镇, name村).
func localPlaceWritten(d *document, name string) bool {
	for _, level := range []string{"乡", "镇", "村"} {
		if d.count(name+level) > 0 {
			return true
		}
	}
	return false
}

// minProcessedRange is how many processed kinds of one parent (红茶, 绿茶,
// 黑茶) make a range of products rather than industries of their own.
const minProcessedRange = 3

// rangesToParent replaces the processed kinds of one parent, when a report
// names minProcessedRange or more of them (绿茶、红茶、黑茶), with the parent
// (茶叶): a range of products the one industry makes. The parent keeps its
// own evidence, or takes the first kind's.
func (is *industrySet) rangesToParent(lex *lexicon.Lexicon) {
	kinds := map[string][]*industryAcc{}
	var parents []string
	for _, a := range is.order {
		if a.ind == nil || !a.ind.Processed || a.name != a.ind.Name {
			continue
		}
		if kinds[a.ind.Parent] == nil {
			parents = append(parents, a.ind.Parent)
		}
		kinds[a.ind.Parent] = append(kinds[a.ind.Parent], a)
	}
	for _, parent := range parents {
		ks := kinds[parent]
		if len(ks) < minProcessedRange {
			continue
		}
		if _, ok := is.byName[parent]; !ok {
			if ind, ok := lex.Industry(parent); ok {
				acc := &industryAcc{name: parent, ind: ind, sent: ks[0].sent, sents: ks[0].sents, evidence: ks[0].evidence, explicit: true, prob: ks[0].prob}
				is.byName[parent] = acc
				is.order = append(is.order, acc)
			}
		}
		for _, a := range ks {
			is.remove(a)
		}
	}
}

// dropInsideVarieties drops a product of the lexicon every mention of which,
// over the whole article, lies inside a longer item recorded for the
// article that ends with it (猕猴桃 written only in 红心猕猴桃, 枇杷 only in
// 某某枇杷): the report names the variety, and annotators record it alone.
// prune does this before the learned stage for the items the rules found;
// this catches the varieties the learned stage adds.
func (x *Extractor) dropInsideVarieties(d *document, is *industrySet) {
	var drop []*industryAcc
	for _, a := range is.order {
		if a.ind == nil {
			continue
		}
		var longer [][]rune
		for _, b := range is.order {
			if b != a && b.name != a.name && strings.HasSuffix(b.name, a.name) {
				longer = append(longer, []rune(b.name))
			}
		}
		if len(longer) == 0 {
			continue
		}
		seen, inside := 0, true
		for _, s := range d.sents {
			for _, pm := range x.productMatches(s) {
				if ind, _ := x.lex.Industry(x.industryForms[pm.v]); ind == nil || ind.Name != a.ind.Name {
					continue
				}
				seen++
				if !insideAnyOf(s.rs, pm.sp, longer) {
					inside = false
				}
			}
		}
		if seen > 0 && inside {
			drop = append(drop, a)
		}
	}
	for _, a := range drop {
		is.remove(a)
	}
}

// insideAnyOf reports whether sp lies inside an occurrence in rs of one of
// the words.
func insideAnyOf(rs []rune, sp span, words [][]rune) bool {
	for _, w := range words {
		for st := max(0, sp.end-len(w)); st <= sp.start && st+len(w) <= len(rs); st++ {
			if slices.Equal(rs[st:st+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// inSents reports whether every sentence of a is also one of b's.
func (a *industryAcc) inSents(b *industryAcc) bool {
	for _, i := range a.sents {
		if _, ok := slices.BinarySearch(b.sents, i); !ok {
			return false
		}
	}
	return len(a.sents) > 0
}

// prune drops industries that another one in the same sentences explains:
// a known form that, in every sentence it was found in, only occurs as the
// tail of a longer unknown item found elsewhere (芸豆 inside 红芸豆), and a subtype that is only mentioned
// bare where its parent is developed (一垄垄线椒 beside 辣椒种植基地).
func (is *industrySet) prune(d *document) {
	drop := map[*industryAcc]bool{}
	for _, a := range is.order {
		if a.ind == nil {
			continue
		}
		for _, b := range is.order {
			if b.ind != nil || b == a || !strings.HasSuffix(b.name, a.name) {
				continue
			}
			covered := true
			for _, i := range a.sents {
				text := d.sents[i].text
				if n := strings.Count(text, a.name); n == 0 || n != strings.Count(text, b.name) {
					covered = false
					break
				}
			}
			if covered {
				drop[a] = true
			}
		}
		if !a.explicit && a.ind.Parent != "" {
			if p := is.byName[a.ind.Parent]; p != nil && a.inSents(p) {
				drop[a] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	is.order = slices.DeleteFunc(is.order, func(a *industryAcc) bool { return drop[a] })
	for a := range drop {
		delete(is.byName, a.name)
	}
}

// devVerbs introduce what an area develops.
var devVerbs = []string{"大力发展", "因地制宜发展", "发展壮大", "扶持培育", "培育壮大", "发展了", "发展", "培育", "扶持", "壮大", "做强", "做大", "推进", "打造", "实施了", "实施", "种植", "栽植", "栽培", "养殖", "建设", "还有", "包括", "引进"}

var (
	devVerbSet  = newPhrases(devVerbs...)
	growVerbs   = []string{"大力发展", "发展壮大", "发展了", "发展", "培育", "壮大", "做强", "做大", "打造"}
	growVerbSet = newPhrases(growVerbs...)
	cueSet      = newPhrases("产业", "种植", "养殖", "加工", "栽植", "示范县", "之乡", "大县", "强县", "基地县")
)

// methodVerbs are development verbs that also make nouns with what follows
// (养殖场, 种植园, 种植大户); facilityHeads are those following characters.
var methodVerbs = map[string]bool{"种植": true, "养殖": true, "栽植": true, "栽培": true}

const facilityHeads = "场园基区业户大厂小"

// sellVerbs say the area's goods are being sold (合作社的小米销售一空, 把
// 苹果卖到各地): a product named there is still one the area produces.
// buyWords speak of buying or showing goods (消费扶贫专柜购买, 货架上有脐橙,
// 摆上餐桌): what is bought or shown may come from anywhere. saleWords are
// both: a sentence about selling.
var (
	sellVerbs = []string{"卖到", "卖给", "卖出", "销往", "销售", "售出", "带货", "上架"}
	buyWords  = []string{"推介", "展销", "采购", "购买", "订购", "货架", "摆满", "摆上"}
	saleWords = append(slices.Clone(sellVerbs), buyWords...)
)

// weakVerbs open a list without saying that the area develops it.
var weakVerbs = map[string]bool{"还有": true, "包括": true, "引进": true}

// pastMarkers open a clause about how things were (以前种点燕麦, 原有的农作物
// 只有…, 曾试图改变，尝试了…); presentMarkers
// turn back to the present (如今发展蓝莓), as does the verb of a change (将原来
// 的做法改为…，形成茶叶、蔬菜等产业).
var (
	pastMarkers    = []string{"以前", "过去", "从前", "原来", "曾经", "早些年", "那时", "原本", "往年", "以往", "原有的", "曾试图", "曾尝试"}
	presentMarkers = []string{"现在", "如今", "目前", "今年", "近年来", "近年", "这几年", "后来", "改为", "变为", "转为", "变成"}
)

// Kinds of the words prepIndustries looks for, as bits.
const (
	kindSale uint8 = 1 << iota
	kindCut
	kindPast
	kindPresent
	kindGrow
	kindDev
	kindSell
)

// sentenceWords finds, in one pass, the words of saleWords, cutBackVerbs,
// pastMarkers, presentMarkers, growVerbs and devCues; the payload indexes
// sentenceKinds.
var sentenceWords, sentenceKinds = func() (*trie, []uint8) {
	kinds := map[string]uint8{}
	for _, g := range []struct {
		words []string
		kind  uint8
	}{{saleWords, kindSale}, {sellVerbs, kindSell}, {cutBackVerbs, kindCut}, {pastMarkers, kindPast}, {presentMarkers, kindPresent}, {growVerbs, kindGrow}, {devCues, kindDev}} {
		for _, w := range g.words {
			kinds[w] |= g.kind
		}
	}
	t := &trie{}
	var out []uint8
	for _, w := range sortedKeys(kinds) {
		t.add(w, len(out))
		out = append(out, kinds[w])
	}
	return t, out
}()

// prepIndustries reads, once per sentence, whether it talks about
// development, growth, selling or reduction, and marks the stretches that
// speak of the past (a past marker with no present marker after it: 以前靠天
// 吃饭，种点燕麦、土豆; a comparison such as 比以前 is no past marker).
func (s *sentence) prepIndustries() {
	rs := s.rs
	s.past = nil
	s.sale, s.sell, s.cut, s.dev, s.grow = false, false, false, false, false
	past := false
	for k := 0; k < len(rs); k++ {
		if s.past != nil {
			s.past[k] = past
		}
		if !sentenceWords.starts(rs[k]) {
			continue // most characters start no word: no walk
		}
		node := &sentenceWords.root
		for j := k; j < len(rs); j++ {
			node = node.child(rs[j])
			if node == nil {
				break
			}
			if node.val == 0 {
				continue
			}
			kind := sentenceKinds[node.val-1]
			s.sale = s.sale || kind&kindSale != 0
			s.sell = s.sell || kind&kindSell != 0
			s.cut = s.cut || kind&kindCut != 0
			s.dev = s.dev || kind&kindDev != 0
			s.grow = s.grow || kind&kindGrow != 0
			if kind&kindPast != 0 && (k == 0 || !strings.ContainsRune("比较和与同跟", rs[k-1])) {
				if s.past == nil {
					s.past = make([]bool, len(rs)+1)
				}
				past = true
			}
			if kind&kindPresent != 0 {
				past = false
			}
		}
	}
	if s.past != nil {
		s.past[len(rs)] = past
	}
}

// livelihoodWords describe how a household barely lived (靠种玉米土豆为生,
// 靠天吃饭, 收入微薄): what it grew there is no industry the area develops.
var livelihoodWords = []string{"为生", "糊口", "靠天吃饭", "收入微薄", "不挣钱", "没多少收成", "难以自足", "传统模式", "一年到头", "收入不高", "收入仅", "维持温饱", "收成差", "收成不佳", "收成不好", "传统农作物", "种惯了", "谋生", "维持生计", "度日", "自用", "自己吃", "自家吃", "留着吃", "口粮"}

// livelihoodSet finds livelihoodWords in one pass over a sentence.
var livelihoodSet = newPhrases(livelihoodWords...)

// livelihood reports whether the sentence describes a bare livelihood.
// The answer is kept: industryPatterns asks it at every product after a
// method verb.
func (s *sentence) livelihood() bool {
	if s.bare == 0 {
		s.bare = 2
		if livelihoodSet.in(s.rs) {
			s.bare = 1
		}
	}
	return s.bare == 1
}

// livelihoodUndo before a livelihood word says it is what is being left
// behind (为摆脱靠天吃饭的局面, 改变收成差的状况), not how the listed crops
// are grown; remedyVerbs open a step taken against it (收入不高，村里引导
// 农户种植…).
var (
	livelihoodUndo = newPhrases("改变", "摆脱", "告别", "打破", "解决")
	remedyVerbs    = newPhrases("引导", "鼓励", "带动", "帮助", "支持", "动员", "组织", "带领", "指导", "扶持")
	presentSet     = newPhrases(presentMarkers...)
)

// livelihoodAt reports whether the product or list at rs[i] is what
// households barely lived on: a livelihood word in i's clause, or in the
// clause before or after it (种着荞麦、燕麦，一直靠天吃饭; 靠天吃饭，种些
// 谷子、糜子) unless a remedy verb stands before i in its clause or, for the
// clause before, a present marker between (收成不好，如今种上了…). A
// livelihood word after 改变, 摆脱, 告别, 打破 or 解决 is left behind and
// counts nowhere.
func (s *sentence) livelihoodAt(i int) bool {
	if !s.livelihood() {
		return false
	}
	rs := s.rs
	i = min(max(i, 0), len(rs))
	cs := i
	for cs > 0 && !isClauseBreak(rs[cs-1]) {
		cs--
	}
	ce := i
	for ce < len(rs) && !isClauseBreak(rs[ce]) {
		ce++
	}
	ps := cs
	if cs > 0 {
		ps = cs - 1
		for ps > 0 && !isClauseBreak(rs[ps-1]) {
			ps--
		}
	}
	ne := ce
	if ce < len(rs) {
		ne = ce + 1
		for ne < len(rs) && !isClauseBreak(rs[ne]) {
			ne++
		}
	}
	remedy := false
	for k := cs; k < i; k++ {
		if remedyVerbs.at(rs, k) != "" {
			remedy = true
			break
		}
	}
	for k := ps; k < ne; k++ {
		if livelihoodSet.at(rs, k) == "" || undoneAt(rs, k) {
			continue
		}
		if k < cs || k >= ce {
			if remedy {
				continue
			}
			if k < cs && presentBetween(rs, k, i) {
				continue
			}
		}
		return true
	}
	return false
}

// undoneAt reports whether livelihoodUndo stands within six characters
// before rs[k], in its clause.
func undoneAt(rs []rune, k int) bool {
	for a := k - 1; a >= 0 && k-a <= 6; a-- {
		if isClauseBreak(rs[a]) {
			return false
		}
		if w := livelihoodUndo.at(rs, a); w != "" && a+runeLen(w) <= k {
			return true
		}
	}
	return false
}

// presentBetween reports whether a present marker stands in rs[a:b].
func presentBetween(rs []rune, a, b int) bool {
	for k := a; k < b; k++ {
		if presentSet.at(rs, k) != "" {
			return true
		}
	}
	return false
}

// inPast reports whether rs[i] stands in a clause about the past.
func (s *sentence) inPast(i int) bool {
	return s.past != nil && i >= 0 && i < len(s.past) && s.past[i]
}

// cutBackVerbs before a crop say it is being reduced (调减玉米种植面积).
var cutBackVerbs = []string{"调减", "压减", "减少", "缩减", "淘汰", "退出", "替代", "取代"}

// cutBack reports whether a verb of reduction stands within four characters
// before rs[start], in the same clause.
func (x *Extractor) cutBack(rs []rune, start int) bool {
	for a := start - 1; a >= 0 && start-a <= 6; a-- {
		if isClauseBreak(rs[a]) || rs[a] == '、' {
			return false
		}
		for _, v := range cutBackVerbs {
			if hasRunePrefix(rs, a, v) && a+runeLen(v) <= start && start-(a+runeLen(v)) <= 4 {
				return true
			}
		}
	}
	return false
}

// workAreas are government work areas: a list naming one is a list of
// areas of work or cooperation, not of industries.
var workAreas = map[string]bool{"教育": true, "卫计": true, "卫健": true, "卫生": true, "医疗": true, "人社": true, "民政": true, "关工委": true, "组织": true, "宣传": true, "公安": true, "司法": true, "财政": true, "审计": true, "妇联": true, "团委": true, "共青团": true, "科技": true, "人才": true, "干部": true, "交通": true, "水利": true, "住建": true, "社保": true, "就业": true, "文化": true, "体育": true}

// nonIndustryHeads close an enumeration of something other than industries.
var nonIndustryHeads = newPhrases("部门", "单位", "系统", "机构", "行业部门", "职能部门", "县直部门", "帮扶单位")

// stapleMarks before 作物 after a list's 等 make it the crops an area has
// always grown (玉米、小麦等传统农作物, 谷子等粮食作物, 土豆等低效作物),
// what a report sets its new industries against; valueMarks make it crops
// worth developing (核桃、樱桃等经济作物, 辣椒等优势农作物).
var (
	stapleMarks = []string{"传统", "低效", "粮食", "大田", "农"}
	valueMarks  = []string{"经济", "优势", "特色", "高效", "经果", "新", "主导", "致富"}
)

// infraHeads close a list of facilities (游步道、观景台等旅游基础设施,
// 道路、水电等基础设施): what is built, not an industry.
var infraHeads = []string{"基础设施", "配套设施", "公共设施", "服务设施"}

// notIndustryHeadAt reports whether the words after a list's 等 at rs[i]
// (up to six characters of modifiers, then the head) close a list of staple
// crops or of facilities: its items are no industries.
func notIndustryHeadAt(rs []rune, i int) bool {
	for j := i + 1; j < len(rs) && j-i <= 7 && isHan(rs[j]); j++ {
		mod := string(rs[i+1 : j])
		for _, h := range infraHeads {
			if hasRunePrefix(rs, j, h) {
				return true
			}
		}
		if hasRunePrefix(rs, j, "作物") {
			if hasAny(mod, valueMarks) {
				return false
			}
			for _, m := range stapleMarks {
				if strings.Contains(mod, m) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// produceClasses closing a list (脐橙、柑橘等水果, 豌豆尖、白菜等蔬菜) are
// the class of the kinds listed: the kinds are recorded, not the class
// again (on the read part the class written only there was recorded in
// 1 report of 5).
var produceClasses = map[string]bool{"水果": true, "蔬菜": true, "果蔬": true, "瓜果": true}

// areaHeads close a list of areas of work or cooperation (在旅游、农业等方面
// 补短板, 文旅融合、康养客居等范畴), unless a growth verb opens it (发展苹果
// 产业、养殖业等方面的成绩 lists what is developed).
var areaHeads = newPhrases("方面", "范畴")

// placeNouns end the head of a list of places: 甲、乙、丙等东部乡镇, 以甲、乙和
// 丙村为主 (villages or townships bearing a product's name are still places).
var placeNouns = []string{"乡镇", "镇", "乡", "村", "县", "社区", "街道", "片区", "地区"}

// placeHeadAfter reports whether the head after a list's 等, read from rs[i]
// up to the first character that is not Han or a copula or particle (为 的 是
// 在 都 均), is a place noun (等东部林缘区乡镇为高寒阴湿地区), or holds 乡镇
// early on: the items are places, not products.
func placeHeadAfter(rs []rune, i int) bool {
	j := i
	for j < len(rs) && j-i < 10 && isHan(rs[j]) && !strings.ContainsRune("为的是在都均", rs[j]) {
		if hasRunePrefix(rs, j, "乡镇") && j-i <= 8 {
			return true // 等北部山区乡镇气候寒冷: 乡镇 is a word of its own
		}
		j++
	}
	return j-i >= 1 && j-i < 10 && hasSuffixAny(string(rs[i:j]), placeNouns)
}

// placeItem reports whether an item of a list names a place by its level
// (船形村, 某某镇): 以桃源、苏坊、连山和船形村为主 lists villages.
func placeItem(item string) bool {
	return endsInLocalLevel(item) || runeLen(item) >= 3 && strings.HasSuffix(item, "社区")
}

// endsInLocalLevel reports whether an item of three characters or more,
// read without 乡村 (a word of its own), ends in 村, 乡 or 镇: a village or
// a town (石井村, 甲乙镇), no product.
func endsInLocalLevel(item string) bool {
	rs := []rune(strings.ReplaceAll(item, "乡村", ""))
	return len(rs) >= 3 && strings.ContainsRune("村乡镇", rs[len(rs)-1])
}

// listHeads follow an enumeration of industries: A、B、C等产业. 等劳动密集型
// 产业/企业 (箱包、户外用品等劳动密集型企业) says the items are industries
// with or without a development verb: a strong frame of its own.
var listHeads = []string{"劳动密集型产业", "劳动密集型企业", "产业项目", "特色产业", "优势产业", "主导产业", "产业", "项目", "特色农产品", "农产品", "特色种养殖", "种养殖", "种养业"}

// itemTails are stripped from the end of an item: 小杂粮加工 → 小杂粮.
var itemTails = []string{"加工厂", "加工业", "精深加工", "深加工", "加工", "种植业", "种植", "养殖业", "养殖", "产业", "项目", "基地", "合作社", "小区", "示范园", "园区", "厂", "场", "园", "生态"}

// itemStops are words that make an enumeration item something other than a
// product (住房保障, 产业帮扶, 人才培训), among them tasks written as nouns
// and states of affairs (污染防治, 垃圾处理, 灾后重建, 发展状况, 工作成效).
var itemStops = []string{"防治", "处理", "治理", "重建", "传承", "修复", "状况", "情况", "成效", "进展", "效率", "民生", "贫", "链条", "以上", "种养", "多种", "富民", "集团", "公司", "有限", "县委", "政府", "党委", "人大", "政协", "科技", "保障", "帮扶", "培训", "建设", "服务", "工程", "体系", "机制", "政策", "资金", "设施", "教育", "医疗", "卫生", "交通", "水利", "就业", "救助", "兜底", "管理", "组织", "人才", "干部", "企业", "贫困", "经营", "销售", "电站", "园区", "车间", "基地", "中心", "平台", "市场", "网点", "规模", "庭院", "家庭", "集中", "分散", "特种", "立体", "循环", "标准", "科学", "适度", "道路", "公路", "硬化", "饮水", "改造", "危房", "住房", "整治", "改厕", "绿化", "亮化", "环境", "人居", "安全", "宽带", "电网"}

// itemStopSet finds itemStops in one pass: checking the ninety words one by
// one was a search of the item per word.
var itemStopSet = newPhrases(itemStops...)

// devCues mark a sentence that talks about what the area develops, where a
// bare mention of a product counts.
var devCues = []string{"发展", "产业", "种植", "栽植", "养殖", "加工", "基地", "特色", "农产品", "合作社", "培育", "扶持", "大棚", "示范县", "之乡"}

// honours name a crop in an area's title: 水稻示范县, 苹果之乡.
var honours = []string{"示范县", "之乡", "大县", "强县", "基地县"}

// findIndustries finds what the article says the area develops: explicit
// patterns (发展X产业, X种植/养殖/加工, enumerations after 发展/种植 or before
// 等产业/等项目, honours such as 水稻示范县), industries behind program types
// (光伏扶贫 → 光伏), and products of the lexicon mentioned where the sentence
// talks about development.
func (x *Extractor) findIndustries(d *document, p *places, programs []kg.ProgramFact) []kg.IndustryFact {
	is := &industrySet{byName: map[string]*industryAcc{}}
	placeSpans := map[int][]span{}
	// otherSpans are the mentions of places other than the subject county
	// and those above it: goods after their 的 are theirs.
	otherSpans := map[int][]span{}
	own := map[string]bool{}
	if sub, ok := x.gz.ByCode(p.subject); ok && p.subject != "" {
		for _, c := range x.selfAndAncestors(sub) {
			own[c] = true
		}
	}
	for _, m := range p.mentions {
		placeSpans[m.sent] = append(placeSpans[m.sent], m.sp)
		if m.code != "" && !own[m.code] {
			otherSpans[m.sent] = append(otherSpans[m.sent], m.sp)
		}
	}
	for _, s := range d.sents {
		// The title is read too: 发展黄花菜产业助农增收 says what the report
		// is about.
		var used []span
		s.prepIndustries()
		x.enumerations(s, is, d.ID, &used)
		x.industryPatterns(s, is, d.ID, &used)
		// A sentence about selling the area's goods still names what it
		// produces (合作社的小米在直播间销售一空); one about buying or
		// showing goods (在专柜购买了, 货架上有) does not, unless a growth
		// verb says what is developed. A list without a development verb
		// there is goods, no list of industries (clauseList): where goods
		// are sold its items are read here like any bare mention, and a
		// product after another place's 的 is that place's
		// (bareIndustries).
		if s.dev && (!s.sale || s.sell || s.grow) {
			x.bareIndustries(s, is, d.ID, used, placeSpans[s.idx], otherSpans[s.idx])
		}
	}
	is.prune(d)
	x.learnIndustries(d, p, is)
	is.dropLocalPrefixes(d, x.lex)
	x.dropInsideVarieties(d, is)
	is.dropPassing(d)
	is.dropParentTails()
	is.dropSingleBeside()
	is.rangesToParent(x.lex)
	for _, pr := range programs {
		form := strings.TrimSuffix(pr.Name, "扶贫")
		// A program type names the industry behind it (光伏扶贫 → 光伏), but
		// not one dropped above as a word written once in passing: 旅游 of a
		// single 旅游扶贫 is a kind of aid, and the report never says tourism
		// is developed (the read part's gold recorded none of 5 such).
		if ind, ok := x.lex.Industry(form); ok && !ind.Sector && len(pr.Evidence) > 0 && !passingOnce(d, ind.Name) {
			if _, dup := is.byName[ind.Name]; !dup {
				is.order = append(is.order, &industryAcc{name: ind.Name, ind: ind, evidence: pr.Evidence})
				is.byName[ind.Name] = is.order[len(is.order)-1]
			}
		}
	}
	written := x.writtenSpellings(d)
	var out []kg.IndustryFact
	for _, acc := range is.order {
		f := kg.IndustryFact{Name: acc.name, RegionCode: p.subject, Evidence: acc.evidence, Confidence: acc.prob}
		if acc.ind != nil {
			f.Category, f.Parent = acc.ind.Category, acc.ind.Parent
			if r := []rune(acc.name); len(r) > 2 && x.lex.TypeWords[string(r[:2])] && acc.name != acc.ind.Name {
				// 草地畜牧业 read from 畜牧业 with its type word: a kind of
				// 畜牧, which the graph's SUBTYPE_OF groups it under.
				f.Parent = acc.ind.Name
			}
		}
		if w := written[acc.name]; w != "" {
			// 洋芋 recorded as written is a spelling of 马铃薯: its parent
			// is the canonical name, so the graph's SUBTYPE_OF groups the
			// two.
			f.Name, f.Parent = w, acc.name
		}
		out = append(out, f)
	}
	return out
}

// writtenSpellings maps an industry to the one form an article writes it
// in, when that form is a spelling kept as written ("~土豆" under 马铃薯 in
// industries.txt): a report that only ever says 土豆 records 土豆, one that
// also says 马铃薯 records 马铃薯. Annotators keep the text's word where
// the report gives no other.
func (x *Extractor) writtenSpellings(d *document) map[string]string {
	if len(x.lex.Spellings) == 0 {
		return nil
	}
	forms := map[string]string{} // industry → its only form so far; "" after a second
	for _, s := range d.sents {
		for _, pm := range x.productMatches(s) {
			form := x.industryForms[pm.v]
			ind, _ := x.lex.Industry(form)
			if activityForm(form) && form != ind.Name && !x.lex.Spellings[form] {
				// 养蚕 beside 蚕桑 names the activity, no other spelling of
				// its product: the report's noun is the one it records.
				continue
			}
			if prev, seen := forms[ind.Name]; !seen {
				forms[ind.Name] = form
			} else if prev != form {
				forms[ind.Name] = ""
			}
		}
	}
	single := map[string]string{} // industry → its one one-character form; "" for two
	for _, form := range x.lex.ShortSpellings {
		// A one-character spelling (栽竹, 养鸭) is read only after a word of
		// production, never by the product matcher: an article that writes
		// no other form of its industry records it as written too.
		if d.count(form) == 0 {
			continue
		}
		if ind, ok := x.lex.Industry(form); ok {
			if _, seen := forms[ind.Name]; seen || d.count(ind.Name) > 0 {
				continue
			}
			if _, two := single[ind.Name]; two {
				single[ind.Name] = ""
			} else {
				single[ind.Name] = form
			}
		}
	}
	for name, form := range single {
		if form != "" {
			forms[name] = form
		}
	}
	out := map[string]string{}
	for name, form := range forms {
		if x.lex.Spellings[form] {
			out[name] = form
		}
	}
	return out
}

// activityForm reports whether an industry's form is a verb of production
// and its product (养蚕, 养猪, 种茶) rather than a name of the product.
func activityForm(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return r == '养' || r == '种' || r == '栽'
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// enumerations reads lists A、B、C(和|及)D in each clause. Items count when
// the list names at least one known industry, or when a development verb opens
// it and 等产业/等项目 closes it; unknown items must look like products.
// A list closed by a known industry (笨鸡笨猪等庭院经济) records that head only.
func (x *Extractor) enumerations(s *sentence, is *industrySet, articleID string, used *[]span) {
	rs := s.rs
	for cs := 0; cs < len(rs); {
		ce := cs
		for ce < len(rs) && !isClauseBreak(rs[ce]) {
			ce++
		}
		x.singleStaple(s, rs[:ce], cs, is, used)
		x.clauseList(s, rs[:ce], cs, is, articleID, used)
		cs = ce + 1
	}
}

// singleStaple reads a clause naming one crop or facility before 等 and a
// head of staple crops or facilities (种的基本是玉米等传统作物, 修建了河桥等
// 基础设施): with no 、 there is no list for clauseList to veto, and the
// item is no industry either, unless a growth verb says it is developed.
func (x *Extractor) singleStaple(s *sentence, rs []rune, cs int, is *industrySet, used *[]span) {
	for i := cs; i < len(rs); i++ {
		if rs[i] == '、' {
			return
		}
		if rs[i] != '等' || !notIndustryHeadAt(rs, i) {
			continue
		}
		for k := cs; k < i; k++ {
			if growVerbSet.at(rs, k) != "" {
				return
			}
		}
		is.notList(s.idx, span{cs, i}, used)
		return
	}
}

func (x *Extractor) clauseList(s *sentence, rs []rune, cs int, is *industrySet, articleID string, used *[]span) {
	first := -1
	for i := cs; i < len(rs); i++ {
		if rs[i] == '、' {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	// Left edge: after the last development verb before the first 、, else
	// the clause start.
	left, verb, verbText := cs, false, ""
	for i := first - 1; i >= cs && first-i <= 12; i-- {
		if v := devVerbSet.endingAt(rs, i+1); v != "" {
			verbText = v
			if i+1 < len(rs) && strings.ContainsRune(facilityHeads, rs[i+1]) && methodVerbs[v] && i+1-runeLen(v) > cs && isHan(rs[i-runeLen(v)]) {
				// 养殖 of 黑毛猪养殖场 belongs to the item (养殖场, 种植园,
				// 种植大户): it does not open the list.
				continue
			}
			left, verb = i+1, true
			break
		}
	}
	if s.livelihoodAt(first) && !slices.Contains(growVerbs, verbText) {
		// 家家户户种着谷子、糜子，年年靠天吃饭: what households lived on,
		// not an industry the area develops (but 发展花椒、核桃等产业
		// beside 村民收入不高 is).
		is.notList(s.idx, span{left, len(rs)}, used)
		return
	}
	// Right edge: 等 or the end of the clause.
	right := len(rs)
	head := ""
	var catHead *lexicon.Industry // a product kind closing the list: 等中药材
	for i := first; i < len(rs); i++ {
		if rs[i] == '等' {
			right = i
			// 教育、卫计、人社等部门: a list of government bodies, not of
			// industries.
			if nonIndustryHeads.at(rs, i+1) != "" || areaHeads.at(rs, i+1) != "" && !slices.Contains(growVerbs, verbText) || productLineAt(rs, cs, i+1) ||
				notIndustryHeadAt(rs, i) && !slices.Contains(growVerbs, verbText) || placeHeadAfter(rs, i+1) {
				is.notList(s.idx, span{left, right}, used)
				return
			}
			for _, h := range listHeads {
				if hasRunePrefix(rs, i+1, h) {
					head = h
					break
				}
			}
			if head == "" {
				if n, v := x.industryTrie.longest(rs, i+1); n > 0 {
					ind, _ := x.lex.Industry(x.industryForms[v])
					// 皮包、木碗等旅游产品: goods of a kind, not the kind.
					goods := hasRunePrefix(rs, i+1+n, "产品") || hasRunePrefix(rs, i+1+n, "商品") || hasRunePrefix(rs, i+1+n, "用品")
					if produceClasses[ind.Name] {
						*used = append(*used, span{i + 1, i + 1 + n})
					} else if !x.lex.Generic[x.industryForms[v]] && !goods {
						is.add("industry.list", ind.Name, ind, s, articleID)
						*used = append(*used, span{i + 1, i + 1 + n})
					}
					if ind.Sector || x.lex.Generic[x.industryForms[v]] || goods || !verb && strings.HasSuffix(ind.Name, "经济") {
						// 笨鸡笨猪等庭院经济 with no verb: the sector or the
						// economy form is what is developed.
						is.notList(s.idx, span{left, right}, used)
						return
					}
					// 种植重楼、白及、黄精等中药材, 黄芪、党参等中药材: the
					// crops are recorded beside their kind, with or
					// without a development verb (the kind says they are
					// products).
					catHead = ind
				}
			}
			break
		}
	}
	// Split into items.
	var items []struct {
		text string
		sp   span
	}
	start := left
	for i := left; i <= right; i++ {
		conj := i < right && (rs[i] == '和' || rs[i] == '及' || rs[i] == '与') && i > first
		if conj && i-start == 1 && !x.knownItem(runesString(rs[start:i])) {
			// 白及, 党参与: the character belongs to the item.
			conj = false
		}
		if i == right || conj || rs[i] == '、' {
			if i > start {
				items = append(items, struct {
					text string
					sp   span
				}{runesString(rs[start:i]), span{start, i}})
			}
			start = i + 1
		}
	}
	if len(items) < 2 {
		return
	}
	// 有德隆、百合两个乡: a count of townships closes a list of their names.
	if last := items[len(items)-1].sp; slices.ContainsFunc(rs[last.start:last.end], func(r rune) bool { return r == '个' }) {
		for k := last.start + 1; k < last.end; k++ {
			if placeCountAfter(rs, k) {
				is.notList(s.idx, span{left, right}, used)
				return
			}
		}
	}
	// 教育、卫计、人社、农业、旅游等领域: a list of government work areas;
	// its agriculture and tourism are areas of cooperation, not industries.
	if slices.ContainsFunc(items, func(it struct {
		text string
		sp   span
	}) bool {
		return workAreas[it.text]
	}) {
		is.notList(s.idx, span{left, right}, used)
		return
	}
	type cand struct {
		name      string
		ind       *lexicon.Industry
		sp        span
		plausible bool // an unknown name that could be a product
	}
	strongFrame := verb && (head == "产业" || head == "项目" || head == "产业项目" || head == "特色产业" || catHead != nil) ||
		strings.HasPrefix(head, "劳动密集型")
	if !strongFrame && !slices.ContainsFunc(items, func(it struct {
		text string
		sp   span
	}) bool {
		return x.knownItem(it.text)
	}) {
		// No known item and no 发展…等产业 frame: not a list of industries
		// (产业、教育、医疗等专项组). Decided before any segmenting.
		return
	}
	if (!verb || weakVerbs[verbText]) && s.sale {
		// 把腊肉、辣椒卖到全国各地, 还有核桃、花椒等农产品: goods, not a list
		// of what the area develops. Where goods are sold (销售, 卖到) the
		// items are read as bare mentions, as the area's goods sold (not
		// after another place's 的); where they are only bought or shown
		// (购买, 货架上有) nothing reads them.
		if !s.sell {
			is.notList(s.idx, span{left, right}, used)
		}
		return
	}
	if s.cut && x.cutBack(rs, left) || s.inPast(left) || s.inPast(first) || comparedList(rs, max(cs, left-6), first) {
		// 调减玉米、大豆种植: crops being reduced; 以前种点燕麦、土豆; a
		// past marker inside the first item (过去种小麦、种橘子); crops a new
		// one is measured against (超过种植土豆、荞麦; 从种谷子、高粱到种花椒).
		if comparedList(rs, max(cs, left-6), first) {
			// Nor may the learned stage add them (only_not_lists).
			is.notList(s.idx, span{left, right}, used)
		}
		return
	}
	var cands []cand
	known := 0
	for k, it := range items {
		if k == 0 && !verb && !x.knownItem(it.text) {
			// The first item may carry the clause's verb: 形成茶饮 → 茶饮.
			it.text, it.sp.start = x.trimLeadingVerbs(it.text, it.sp.start)
		}
		if rest, ok := leadingConjunction(it.text); ok && !x.isWord(string([]rune(it.text)[:2])) {
			// 菌包培育和鸽、兔、鸭: the conjunction joins the item to what
			// came before it; it is no part of the product.
			it.text, it.sp.start = rest, it.sp.start+1
		}
		if n := methodPrefix(it.text); n > 0 && !x.knownItem(it.text) && (n == 2 && (runeLen(it.text) > 3 || x.knownItem(string([]rune(it.text)[2:]))) ||
			n != 2 && !x.isWord(string([]rune(it.text)[n-1:n+1]))) {
			// 桑蚕、养山鸡、种南药, 新栽梨树: an item may carry its own method
			// verb (not 种子, 养殖, 栽培: words of their own).
			it.text, it.sp.start = string([]rune(it.text)[n:]), it.sp.start+n
		}
		name, ind, partial := x.normaliseItemPart(it.text)
		if name == "" {
			continue
		}
		if _, prog := x.lex.Programs[name]; prog && ind == nil {
			// 危房改造 in 实施道路硬化、危房改造等项目 is a program.
			continue
		}
		if ind != nil && !partial {
			known++
		}
		cands = append(cands, cand{name, ind, it.sp, ind == nil && x.plausibleProduct(name)})
	}
	if known == 0 && !strongFrame {
		return
	}
	// Unknown items stand on the known ones beside them: in a list with
	// more unknown words that could be products than known products
	// (兴径、雅水、超田参与…玫瑰花种植) the unknown words are villages or
	// sites, not products, unless a frame of development names the list
	// (种猪、雪茭 keeps 雪茭).
	unknown := 0
	for _, c := range cands {
		if c.plausible {
			unknown++
		}
	}
	openUnknown := strongFrame || known >= unknown
	for _, c := range cands {
		// In a list headed by 产业 with known products beside it, a short
		// item gse tags as a person's name (艾蒿 nr) is a product too.
		nameLike := strings.HasSuffix(head, "产业") && known > 0 && runeLen(c.name) <= 3 && x.nameTagged(c.name)
		if c.ind == nil && (!openUnknown || !c.plausible && !nameLike) {
			continue
		}
		if c.ind != nil && c.ind.Sector && !verb && head == "" {
			continue
		}
		name := c.name
		if c.ind != nil {
			name = c.ind.Name
		}
		is.add("industry.list", name, c.ind, s, articleID)
		*used = append(*used, c.sp)
	}
}

// leadingConjunction returns an item without the conjunction (和, 及, 与)
// opening it, when one does and something follows it.
func leadingConjunction(item string) (string, bool) {
	rs := []rune(item)
	if len(rs) >= 2 && (rs[0] == '和' || rs[0] == '及' || rs[0] == '与') {
		return string(rs[1:]), true
	}
	return item, false
}

// comparisonWords before a list's first product say the list is what a new
// crop is measured against (比种大豆、谷子划算, 超过种植土豆、荞麦).
var comparisonWords = newPhrases("比", "超过", "不如", "相比", "相较")

// comparisonAt returns the comparison word at rs[a], or "": a 比 of 比如,
// 比较, 比例, 比重, 占比, 对比, 无比 or 评比 compares nothing.
func comparisonAt(rs []rune, a int) string {
	w := comparisonWords.at(rs, a)
	if w == "比" && (a+1 < len(rs) && strings.ContainsRune("如较例重", rs[a+1]) || a > 0 && strings.ContainsRune("占对无评", rs[a-1])) {
		return ""
	}
	return w
}

// comparedAt reports whether a comparison word stands within six characters
// before rs[i], in its clause (比往年种大豆划算多了): the bare mention and 种X
// read no industry there.
func comparedAt(rs []rune, i int) bool {
	for a := i - 1; a >= 0 && i-a <= 6; a-- {
		if isClauseBreak(rs[a]) {
			return false
		}
		if comparisonAt(rs, a) != "" {
			return true
		}
	}
	return false
}

// comparedList reports whether rs[a:first] (the list's opening, up to its
// first 、) holds a comparison word, or 从 and a method verb with 到 and a
// method verb after the list (从种谷子、高粱到种花椒: what was grown
// before; 从中药材、食用菌到乡村旅游 is an enumeration).
func comparedList(rs []rune, a, first int) bool {
	for i := a; i < first; i++ {
		if comparisonAt(rs, i) != "" {
			return true
		}
		if rs[i] == '从' && methodCharAt(rs, i+1) {
			for k := first; k+1 < len(rs) && !isClauseBreak(rs[k]); k++ {
				if rs[k] == '到' && methodCharAt(rs, k+1) {
					return true
				}
			}
		}
	}
	return false
}

// methodCharAt reports whether a method verb (种, 养, 栽, 种植, 养殖)
// stands at rs[i].
func methodCharAt(rs []rune, i int) bool {
	return i < len(rs) && strings.ContainsRune("种养栽", rs[i])
}

// makingVerbs say a firm makes goods (研发出, 推出, 加工成).
var makingVerbs = newPhrases("开发", "研发", "推出", "生产", "加工")

// productLineAt reports whether rs[i:] closes a list of goods made from a
// product (研发出柿子醋、柿饼等二十多款产品, 推出榛子油、榛子酱等系列产品):
// a count or 系列, then 产品 or 单品, or a counted 品种 after a making verb
// in the clause from rs[cs] (研制出蓝莓酒、蓝莓干等十几个品种). The items
// are a processor's range, not industries of the area; a counted 品种
// without a making verb closes a list of crops (种植了李子、桃等十多个品种).
func productLineAt(rs []rune, cs, i int) bool {
	j := i
	for j < len(rs) && (isDigit(rs[j]) || strings.ContainsRune(cnNumerals+"百千多余几个款类大", rs[j])) {
		j++
	}
	counted := j > i
	if hasRunePrefix(rs, j, "系列") {
		j, counted = j+2, true
	}
	if !counted {
		return false
	}
	if hasRunePrefix(rs, j, "产品") || hasRunePrefix(rs, j, "单品") {
		return true
	}
	if !hasRunePrefix(rs, j, "品种") {
		return false
	}
	for k := cs; k < i; k++ {
		if makingVerbs.at(rs, k) != "" {
			return true
		}
	}
	return false
}

// nameTagged reports whether gse reads the item as a person's name.
func (x *Extractor) nameTagged(item string) bool {
	toks := x.seg.pos(item)
	return len(toks) == 1 && strings.HasPrefix(toks[0].Pos, "nr")
}

// knownItem reports whether an item normalises to a lexicon industry as a
// whole (not only through its first word: 蔬菜大棚 does not make a list of
// industries).
func (x *Extractor) knownItem(item string) bool {
	_, ind, partial := x.normaliseItemPart(item)
	return ind != nil && !partial
}

// trimLeadingVerbs drops leading verbs, prepositions, adverbs and pronouns
// from an item, as gse tags them, unless the item is known as a whole.
func (x *Extractor) trimLeadingVerbs(item string, start int) (string, int) {
	if _, ok := x.lex.Industry(item); ok {
		return item, start
	}
	return x.trimLeading(item, start, func(t token) bool {
		p := t.Pos
		if (p == "" || !strings.ContainsRune("vpdcru", rune(p[0])) && p != "ns" || p == "vn") && !itemVerbs[t.Text] {
			return false
		}
		// 巴 of 巴旦姆: one character is no place name in front.
		return p != "ns" || runeLen(t.Text) > 1
	})
}

// trimLeading drops the words gse reads at the front of item for which drop
// holds, always keeping the last, and moves start past them.
func (x *Extractor) trimLeading(item string, start int, drop func(token) bool) (string, int) {
	toks := x.seg.pos(item)
	k := 0
	for k < len(toks)-1 && drop(toks[k]) {
		start += runeLen(toks[k].Text)
		k++
	}
	if k == 0 {
		return item, start
	}
	var b strings.Builder
	for _, t := range toks[k:] {
		b.WriteString(t.Text)
	}
	return b.String(), start
}

// methodPrefix returns the length of a method verb opening a list item (养,
// 种, 栽, 新栽, 新种) with at least two characters after it, or of a
// two-character one (饲养, 种植, 散养…) with at least one after it, or 0.
// The caller checks what remains (a single character must be a known
// product: 饲养羊 → 羊).
func methodPrefix(item string) int {
	return methodPrefixRunes([]rune(item))
}

// methodPrefixRunes is methodPrefix of an item already in runes: a list
// reader that holds the sentence's runes need not convert the item to a
// string and back. The two-character verb is looked up through a stack
// buffer (no allocation), and 养种栽 compared as runes.
func methodPrefixRunes(r []rune) int {
	if len(r) >= 3 {
		var buf [2 * utf8.UTFMax]byte
		if methodVerbs2[string(appendUTF8(buf[:0], r[:2]))] {
			return 2
		}
	}
	n := 0
	if len(r) > 0 && r[0] == '新' {
		n = 1
	}
	if len(r) < n+3 || !(r[n] == '养' || r[n] == '种' || r[n] == '栽') {
		return 0
	}
	return n + 1
}

// methodVerbs2 are two-character verbs of raising or growing that open a
// list item (饲养羊170万只, 散养土鸡).
var methodVerbs2 = map[string]bool{"饲养": true, "种植": true, "养殖": true, "栽种": true, "栽植": true, "喂养": true, "圈养": true, "散养": true, "放养": true, "套种": true}

// itemVerbs are development verbs that gse may tag as nouns (提升 vn): they
// open a list item but are never part of a product's name; so is 向, which
// gse tags zg (由中药材大县向中医药强县).
var itemVerbs = map[string]bool{"巩固": true, "提升": true, "提质": true, "做优": true, "做精": true, "做强": true, "做大": true, "扩大": true, "壮大": true, "推广": true, "发展": true, "培育": true, "打造": true, "建设": true, "新建": true, "引进": true, "种植": true, "养殖": true, "深化": true, "加强": true, "推进": true, "拓展": true, "布局": true, "助力": true, "扶持": true, "带动": true, "支持": true, "生产": true, "向": true}

// itemHeads open a list's first item without belonging to it: a preposition
// or conjunction (以黄蜀葵、紫苏为主, 和鸽、兔养殖, 集民宿、餐饮于一体), an
// adverb and a verb of production (盛产甜菜, 充分挖掘架豆).
var itemHeads = []string{"充分", "大力", "积极", "盛产", "挖掘", "以", "和", "及", "与", "集", "全县", "全市", "全州", "全乡", "全镇", "全村", "户均", "人均", "开展"}

// stripItemHead removes itemHeads and development verbs from the front of an
// unknown item while what remains is a known product or two characters or
// more.
func (x *Extractor) stripItemHead(s string) string {
	for changed := true; changed; {
		changed = false
		for _, h := range itemHeads {
			if rest, ok := strings.CutPrefix(s, h); ok && x.itemRest(rest) {
				s, changed = rest, true
			}
		}
		for _, v := range itemVerbList {
			if rest, ok := strings.CutPrefix(s, v); ok && x.itemRest(rest) {
				s, changed = rest, true
			}
		}
		for _, c := range complementHeads {
			// 发展起蔬菜, 发展出葡萄, 被种上苹果: the verb's complement, before a
			// known product only.
			if rest, ok := strings.CutPrefix(s, c); ok {
				if _, known := x.lex.Industry(rest); known {
					s, changed = rest, true
				}
			}
		}
	}
	return s
}

// complementHeads are the complements of a verb (发展起, 发展出, 种上), or 有
// (货架上有脐橙、茶叶), that a list's first item may keep in front of a product.
var complementHeads = []string{"种上", "起", "出", "上", "了", "有"}

// firmTails end the names of firms in a product's trade (君和茶业).
var firmTails = []string{"茶业"}

// itemVerbList is itemVerbs in a fixed order.
var itemVerbList = sortedKeys(itemVerbs)

func (x *Extractor) itemRest(rest string) bool {
	if _, ok := x.lex.Industry(rest); ok {
		return true
	}
	return runeLen(rest) >= 2
}

// normaliseItem strips quantities (蓝莓606亩), quoted brands ("老农夫"山野菜),
// method tails (小杂粮加工), and modifiers (优质稻米), and returns the item with
// its lexicon entry if known. Long unknown items that end in a known product
// keep the product (霍尔多巴吉种鹅 → 种鹅). Generic words give "".
func (x *Extractor) normaliseItem(item string) (string, *lexicon.Industry) {
	name, ind, _ := x.normaliseItemPart(item)
	return name, ind
}

// normaliseItemPart is normaliseItem that also reports whether the item was
// known only by the product at its start (肉羊养殖园区 → 肉羊).
func (x *Extractor) normaliseItemPart(item string) (string, *lexicon.Industry, bool) {
	if v, ok := x.normCache.Load(item); ok {
		r := v.(normResult)
		return r.name, r.ind, r.partial
	}
	name, ind, partial := x.normaliseItemUncached(item)
	if x.normCached.Add(1) <= maxNormCache {
		x.normCache.Store(item, normResult{name, ind, partial})
	}
	return name, ind, partial
}

// normResult is a memoised normaliseItemPart answer. The function is pure
// (the lexicon is read-only), list items recur across a corpus, and list
// scanning asks for the same item several times.
type normResult struct {
	name    string
	ind     *lexicon.Industry
	partial bool
}

// maxNormCache bounds the memo: past it, items are normalised every time.
// 2^15 entries (a few MB) keep the items that recur; 2^18 (about 50 MB when
// full) cost more in garbage collection than they saved: bulk preparation of
// 20,000 synthetic articles took 0.95× the CPU with the smaller bound
// (bench/loadbulkab.sh, two rounds), and a million-article load fills the
// larger one while the collector works against the soft memory limit.
const maxNormCache = 1 << 15

func (x *Extractor) normaliseItemUncached(item string) (string, *lexicon.Industry, bool) {
	rs := []rune(strings.TrimSpace(item))
	// A counted item: 户均一头牛, 一亩板栗, 百只三乌鸡 (the quantity a household
	// keeps, then the product).
	if c := keptCountHead(rs); c > 0 {
		rs = rs[c:]
	}
	// A counted head opening the item (一个党员, 两大基地, 三类主体) makes it a
	// counted phrase, not a product's name.
	if len(rs) >= 3 && cnNumeralSet.has(rs[0]) && cnCounterSet.has(rs[1]) {
		return "", nil, false
	}
	// Quantity: cut at the first digit, or at a counted head in words
	// (沙棘四大特色, 肉牛两个基地).
	for i, r := range rs {
		if isDigit(r) || r == '.' || i >= 2 && cnNumeralSet.has(r) && i+1 < len(rs) && cnCounterSet.has(rs[i+1]) {
			rs = rs[:i]
			break
		}
	}
	// A function character makes the item a phrase, not a product name
	// (村里的腊肉, 种点燕麦, 养了些鸡).
	if slices.ContainsFunc(rs, func(r rune) bool { return strings.ContainsRune(functionChars, r) }) {
		return "", nil, false
	}
	// 产业 inside the item ends the product: 肉羊产业链条, 茶产业园.
	if k := runeIndex(rs, []rune("产业")); k >= 2 {
		rs = rs[:k]
	}
	// Quoted brand or nickname in front: "老农夫"山野菜.
	if len(rs) > 0 && isOpenQuote(rs[0]) {
		for i := 1; i < len(rs); i++ {
			if isCloseQuote(rs[i]) {
				if i+1 < len(rs) {
					rs = rs[i+1:]
				} else {
					rs = rs[1:i]
				}
				break
			}
		}
	}
	s := string(rs)
	if _, known := x.lex.Industry(s); !known {
		s = x.stripItemHead(s)
	}
	// A tail is stripped only from an item the lexicon does not know as a
	// whole: 小杂粮加工 → 小杂粮, but 服装加工 and 农产品加工 stay.
	_, whole := x.lex.Industry(s)
	if !whole {
		// The shortest tail that leaves a known item wins: 食品加工厂 →
		// 食品加工 (known), not 食品.
		best := ""
		for _, t := range itemTails {
			if rest, ok := strings.CutSuffix(s, t); ok && runeLen(rest) >= 2 && runeLen(rest) > runeLen(best) {
				if _, known := x.lex.Industry(rest); known {
					best = rest
				}
			}
		}
		if best != "" {
			s, whole = best, true
		}
	}
	for changed := !whole; changed; {
		changed = false
		for _, t := range itemTails {
			if rest, ok := strings.CutSuffix(s, t); ok && runeLen(rest) >= 2 {
				s, changed = rest, true
			}
		}
	}
	// 苹果树, 梨树: the trees of a known fruit are that fruit's orchards.
	if rest, ok := strings.CutSuffix(s, "树"); ok && rest != "" {
		if _, known := x.lex.Industry(rest); known {
			s = rest
		}
	}
	if !allHan(s) {
		return "", nil, false
	}
	if strings.HasSuffix(s, "户") {
		// 五保户, 贫困户: households, no product.
		return "", nil, false
	}
	if strings.HasSuffix(s, "为") || strings.HasSuffix(s, "于") {
		// 集…、文明乡村为(一体), cut off where an excerpt stops: the
		// preposition of the frame, no product.
		return "", nil, false
	}
	for _, t := range firmTails {
		// 川红茶业, 君和茶业: a firm's name (a word of its own, then 茶业),
		// not a product; 茶业 alone is the tea sector.
		if rest, ok := strings.CutSuffix(s, t); ok && runeLen(rest) >= 2 {
			if _, known := x.lex.Industry(rest); !known && !slices.Contains(x.lex.Modifiers, rest) {
				return "", nil, false
			}
		}
	}
	if x.lex.Generic[s] || x.lex.Generic[s+"产业"] || slices.Contains(x.lex.Modifiers, s) {
		return "", nil, false
	}
	if strings.HasSuffix(s, "族") {
		// 以苗族和土家族为主: peoples, not products.
		return "", nil, false
	}
	if ind, ok := x.lex.Industry(s); ok {
		return ind.Name, ind, false
	}
	// A quality or method word before a product: 优质稻米 → 水稻, and before a
	// one-character product too (有机茶 → 茶叶, 生态鸡 → 鸡).
	for _, m := range x.lex.Modifiers {
		if rest, ok := strings.CutPrefix(s, m); ok && rest != "" {
			if ind, ok := x.lex.Industry(rest); ok {
				return ind.Name, ind, false
			}
		}
	}
	n := runeLen(s)
	if n < 2 || n > 8 {
		return "", nil, false
	}
	srs := []rune(s)
	if n >= 5 {
		for k := 2; k < n; k++ {
			if ind, ok := x.lex.Industry(string(srs[k:])); ok && runeLen(string(srs[k:])) >= 2 {
				return ind.Name, ind, false
			}
		}
	}
	// A known product followed by what is done with it or where it is
	// kept: 油橄榄榨油, 肉羊养殖场, 蔬菜大棚 → the product. The rest must not be
	// a product itself (a one-character rest such as 梨 in 苹果梨 may be).
	for k := n - 1; k >= 2; k-- {
		ind, ok := x.lex.Industry(string(srs[:k]))
		if !ok || x.lex.Generic[string(srs[:k])] {
			continue
		}
		rest := string(srs[k:])
		if _, known := x.lex.Industry(rest); known || runeLen(rest) < 2 {
			break
		}
		return ind.Name, ind, true
	}
	return s, nil, false
}

// cnNumerals and cnCounters make a counted head inside an item: 四大, 两个, 三类.
const (
	cnNumerals    = "一二两三四五六七八九十几多"
	cnCounters    = "大个种类项条"
	functionChars = "的点些了着把被"
)

// cnNumeralSet and cnCounterSet hold them as bit sets for the scans.
var (
	cnNumeralSet = newRuneSet(cnNumerals)
	cnCounterSet = newRuneSet(cnCounters)
)

// runeIndex returns the index of sub in rs, or -1.
func runeIndex(rs, sub []rune) int {
	for i := 0; i+len(sub) <= len(rs); i++ {
		if slices.Equal(rs[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// notProductWords are qualities, scopes and people that the words before
// 产业 or 种植 often are (县域特色产业, 集体产业, 当地百姓种植).
var notProductWords = []string{"特色", "优势", "主导", "集体", "百姓", "群众", "激励", "密集", "全市", "全县", "全乡", "全村", "龙头", "人工", "传统", "依靠", "民营", "民主", "法治", "人心", "规格", "竞技", "现代", "价值链", "供应链", "美丽乡村"}

// plausibleProduct accepts an unknown enumeration item that ends in a noun
// and has no word that makes it an activity or a service.
func (x *Extractor) plausibleProduct(item string) bool {
	n := runeLen(item)
	if n < 2 || n > 6 || itemStopSet.inside(item) || hasAny(item, notProductWords) {
		return false
	}
	if r := []rune(item); strings.ContainsRune("到成在把将让给为", r[0]) || strings.ContainsRune("性型县旗级", r[n-1]) {
		// 到坝区, 成优势, 激励性, 劳动密集型, 富川县, 村级: a preposition or
		// verb before, a kind, a county or a level after, not a product.
		return false
	}
	// 丁山乡九鼎 (of 丁山乡九鼎养殖场): a place and a firm, not a product;
	// 石井村 (石井村、甲村发展蜂蜜产业): a village; 甲乙镇, 丙丁乡: a town.
	if endsInLocalLevel(item) {
		return false
	}
	if rs := []rune(strings.ReplaceAll(item, "乡村", "")); len(rs) > 0 {
		for i, r := range rs[:len(rs)-1] {
			if i >= 1 && (r == '乡' || r == '镇' || r == '村') {
				return false
			}
		}
	}
	toks := x.seg.pos(item)
	if len(toks) == 0 {
		return false
	}
	if len(toks) > 1 && (toks[0].Pos == "v" || toks[0].Pos == "vn") {
		// 治理乡村风气, 扩果, 待补草莓, 主攻工业, 酿红酒: a task or an aim,
		// not a product.
		return false
	}
	for i, t := range toks {
		// 村民们也种茶, 紧紧围绕粮, 高悬于天空: an adverb, a preposition or
		// an idiom makes a clause; 大龄青年脱单, 家家有果: a verb of two
		// characters or more inside the item makes one too (not a
		// transliteration gse cuts into single verbs, 赛买提杏). A product
		// name is nouns and their modifiers.
		if t.Pos == "d" || t.Pos == "p" || t.Pos == "l" || t.Pos == "u" || i > 0 && i < len(toks)-1 && t.Pos == "v" && runeLen(t.Text) >= 2 {
			return false
		}
	}
	last := toks[len(toks)-1]
	if _, ok := x.lex.Industry(last.Text); ok {
		return true
	}
	switch {
	case strings.HasPrefix(last.Pos, "n") && last.Pos != "nr" && last.Pos != "nrfg" && last.Pos != "nrt":
		return true
	case last.Pos == "zg" || last.Pos == "x" || last.Pos == "ng":
		return runeLen(last.Text) == 1
	}
	return false
}

// industryPatterns finds X产业, X种植/养殖/加工, 种植/养殖X and honours.
func (x *Extractor) industryPatterns(s *sentence, is *industrySet, articleID string, used *[]span) {
	rs := s.rs
	for k := 0; k < len(rs); k++ {
		// starts (inlined) skips the calls of at for most characters.
		v := ""
		if growVerbSet.starts(rs[k]) {
			v = growVerbSet.at(rs, k)
		}
		if v != "" {
			j := k + runeLen(v)
			if n, val := x.industryTrie.longest(rs, j); n >= 2 && !overlapsAny(span{j, j + n}, *used) {
				form := x.industryForms[val]
				ind, _ := x.lex.Industry(form)
				// The form must end the word: 发展电商 but not 发展电商平台建设.
				if !x.lex.Generic[form] && !x.glued(rs, span{j, j + n}) {
					is.add("industry.dev-verb", ind.Name, ind, s, articleID)
					*used = append(*used, span{j, j + n})
				}
			}
		}
		// 种木耳, 养土鸡: a one-character method verb and a known product.
		if (rs[k] == '种' || rs[k] == '养' || rs[k] == '栽') && k+1 < len(rs) {
			if n, v := x.industryTrie.longest(rs, k+1); n >= 2 && !overlapsAny(span{k + 1, k + 1 + n}, *used) && !s.inPast(k) && !s.livelihoodAt(k) && !comparedAt(rs, k) && x.ownWord(rs, k) {
				form := x.industryForms[v]
				if ind, _ := x.lex.Industry(form); !x.lex.Generic[form] && !ind.Sector && !x.glued(rs, span{k + 1, k + 1 + n}) {
					is.add("industry.method-after", ind.Name, ind, s, articleID)
					*used = append(*used, span{k + 1, k + 1 + n})
				}
			} else if n == 1 && s.dev && !s.sale && !s.inPast(k) && !s.livelihoodAt(k) && !comparedAt(rs, k) {
				for _, m := range x.singleAfterMethod(s, k) {
					if !overlapsAny(m.sp, *used) {
						is.addSingle("industry.method-after", rs[m.sp.start], m.ind, s, articleID)
						*used = append(*used, m.sp)
					}
				}
			}
		}
		// 以X为主导/为主/为重点: X leads the area's economy.
		if rs[k] == '以' {
			x.leadingFrame(s, k, is, articleID, used)
		}
		if !cueSet.starts(rs[k]) {
			continue
		}
		cue := cueSet.at(rs, k)
		if cue == "" {
			continue
		}
		// An honour (中国高淀粉玉米之乡, 甜菇娘之乡) names a product, known or not.
		// 李德强县长: a name before the title 县长, no honour.
		if slices.Contains(honours, cue) && !x.endsPlaceName(rs, k+runeLen(cue)) && !(cue == "强县" && xianzhangAt(rs, k+2)) {
			if name, a, ok := x.honourItem(rs, k); ok && !overlapsAny(span{a, k}, *used) {
				if ind, known := x.lex.Industry(string(rs[a:k])); known && k-a == 1 {
					// 养羊大县: the one-character form, dropped beside a
					// kind of it (湖羊) as after any method verb.
					is.addSingle("industry.honour", rs[a], ind, s, articleID)
				} else {
					is.add("industry.honour", name, nil, s, articleID)
				}
				*used = append(*used, span{a, k})
				continue
			}
		}
		// Known form ending right before the cue.
		if a, ind, ok := x.industryBefore(rs, k); ok {
			// A word written before it (帕里镇牦牛产业, 近年来杨梅产业, 小型畜牧
			// 产业) is not read as a variety: on the tuning split such readings
			// were right 3 times in 17; the variety entries of the lexicon
			// (小粒咖啡, 软籽石榴) and the learned stage's open candidates
			// carry the varieties annotators keep.
			if s.cut && x.cutBack(rs, a) || s.inPast(a) {
				*used = append(*used, span{a, k})
			} else if !(ind.Sector && cue != "产业") && !overlapsAny(span{a, k}, *used) {
				if k-a == 1 {
					is.addSingle("industry.cue", rs[a], ind, s, articleID)
				} else {
					is.add("industry.cue", ind.Name, ind, s, articleID)
				}
				*used = append(*used, span{a, k})
				// 甲县猪牛鸡产业: each product of a run of one-character
				// products before the cue.
				for j := a - 1; k-a == 1 && j >= x.singleRunStart(rs, a); j-- {
					_, v := x.industryTrie.longest(rs, j)
					if overlapsAny(span{j, j + 1}, *used) {
						break
					}
					if prev, ok := x.lex.Industry(x.industryForms[v]); ok && !prev.Sector && !x.lex.Generic[x.industryForms[v]] {
						is.addSingle("industry.cue", rs[j], prev, s, articleID)
						*used = append(*used, span{j, j + 1})
					}
				}
			}
		} else if cue == "产业" || cue == "养殖" || cue == "种植" {
			// Unknown X in 发展X产业, 发展林麝养殖.
			if name, a, ok := x.unknownBefore(rs, k); ok && !overlapsAny(span{a, k}, *used) {
				is.add("industry.dev-unknown", name, nil, s, articleID)
				*used = append(*used, span{a, k})
			} else if cue != "产业" && facilityAfter(rs, k+2) && !s.inPast(k) {
				// Unknown X in X种植基地, X养殖已成规模: the product is the
				// noun phrase written right before the method.
				if name, a, ok := x.productBefore(rs, k); ok && !overlapsAny(span{a, k}, *used) {
					is.add("industry.product-before", name, nil, s, articleID)
					*used = append(*used, span{a, k})
				}
			}
		}
		// 种植/养殖/栽植 + known product after: 栽植苹果19万亩.
		if cue == "种植" || cue == "养殖" || cue == "栽植" {
			j := k + 2
			// With a variety before the product: 种植高原蔬菜.
			if name, a, end, ok := x.varietyAfter(rs, j); ok && !overlapsAny(span{a, end}, *used) && !s.inPast(k) {
				is.add("industry.method-variety", name, nil, s, articleID)
				*used = append(*used, span{a, end})
				continue
			}
			if n, v := x.industryTrie.longest(rs, j); n > 0 && !overlapsAny(span{j, j + n}, *used) {
				form := x.industryForms[v]
				if s.cut && x.cutBack(rs, k) || s.inPast(k) || s.livelihoodAt(k) || comparedAt(rs, k) {
					*used = append(*used, span{j, j + n})
				} else if ind, _ := x.lex.Industry(form); !x.lex.Generic[form] && (runeLen(form) >= 2) {
					is.add("industry.method-after", ind.Name, ind, s, articleID)
					*used = append(*used, span{j, j + n})
				}
			}
		}
	}
}

// singleProduct is a one-character product of the lexicon read in a
// sentence (羊 in 养羊, 茶 in 种茶).
type singleProduct struct {
	sp  span
	ind *lexicon.Industry
}

// singleFollowers may end a one-character product after its method verb
// inside gse's word: 养羊业, 养羊户, 养鸡场.
const singleFollowers = "业户场"

// singleAfterMethod reads the one-character products of the lexicon written
// right after the method verb at rs[k] (养羊, 养鸡养羊, 养牛羊, 种茶): the
// verb starts a word (not 培养, 品种, 各种), an animal follows 养 and a
// plant 种 or 栽, and the run of products ends a word or is followed by
// 业, 户 or 场 (养羊业, 养羊户). A two-character form (养猪 for 生猪,
// 种茶叶) is the caller's.
func (x *Extractor) singleAfterMethod(s *sentence, k int) []singleProduct {
	rs := s.rs
	bounds := x.wordBounds(s)
	if !bounds[k] {
		return nil
	}
	var out []singleProduct
	e := k + 1
	for e < len(rs) {
		n, v := x.industryTrie.longest(rs, e)
		if n != 1 {
			break
		}
		form := x.industryForms[v]
		ind, ok := x.lex.Industry(form)
		if !ok || x.lex.Generic[form] || ind.Sector || (rs[k] == '养') != animalCategories[ind.Category] {
			return nil
		}
		out = append(out, singleProduct{span{e, e + 1}, ind})
		e++
	}
	if len(out) == 0 || e < len(rs) && isHan(rs[e]) && !bounds[e] && !strings.ContainsRune(singleFollowers, rs[e]) {
		return nil
	}
	return out
}

// animalCategories are the lexicon's categories of what is raised, not grown.
var animalCategories = map[string]bool{"畜牧": true, "水产": true}

// honourVerbs introduce an honour: the product starts after them.
var honourVerbs = newPhrases("享有", "素有", "荣获", "获评", "获得", "被誉为", "誉为", "称为", "被评为", "评为", "成为", "打造成", "建成")

// ownWord reports whether the character at rs[k] is a word of its own
// (种 in 在村里种木耳, not in 品种).
func (x *Extractor) ownWord(rs []rune, k int) bool {
	a := max(0, k-2)
	at := a
	for _, t := range x.seg.pos(string(rs[a:min(len(rs), k+3)])) {
		n := runeLen(t.Text)
		if at == k {
			return n == 1
		}
		at += n
		if at > k {
			return false
		}
	}
	return false
}

// honourPrefixes open an honour's name and are not part of the product.
var honourPrefixes = []string{"中国", "全国", "国家级", "国家", "全省", "省级", "著名的", "著名", "知名", "有名的", "世界", "天下", "北方", "南方"}

// honourPrefixSet holds honourPrefixes for honourItem's search from the left.
var honourPrefixSet = newPhrases(honourPrefixes...)

// honourStops are words of honours that name no product (民间艺术之乡, 长寿之乡).
var honourStops = []string{"产粮", "粮食", "人口", "劳务", "艺术", "文化", "长寿", "书法", "诗词", "武术", "歌舞", "民歌", "楹联", "曲艺", "戏曲", "体育", "教育", "生态", "旅游", "休闲", "宜居", "魅力", "美丽", "文明", "卫生", "园林", "森林", "百强", "千强", "戏", "剪纸", "印章", "文学", "漫画", "举子", "恐龙", "赛马", "将军", "状元", "攻坚", "库区", "山区", "移民", "行业", "产棉", "山歌", "人文", "母语", "美食", "温泉", "百节", "康养", "农牧", "财政", "最大",
	// Wild animals a place is known for (中国朱鹮之乡, 雪豹之乡) and honours of
	// arts, learning or faith (音乐之乡, 博士之乡, 非遗之乡, 画家村) name no product.
	"朱鹮", "白鹤", "丹顶鹤", "天鹅", "雪豹", "大熊猫", "熊猫", "金丝猴", "黑叶猴", "藏羚羊", "江豚", "音乐", "画家", "博士", "宗教", "非遗", "彩虹"}

// endsPlaceName reports whether the runes ending at end write the full name of
// a division (枣强县 ends in 强县, which is no honour there).
func (x *Extractor) endsPlaceName(rs []rune, end int) bool {
	for start := max(0, end-8); start <= end-2; start++ {
		name := string(rs[start:end])
		for _, d := range x.gz.Lookup(name) {
			if d.Name == name {
				return true
			}
		}
	}
	return false
}

// honourItem reads the product of an honour ending at rs[k] (…之乡, …示范县):
// back to a list mark, a quote or a prefix, with a variety kept
// (高淀粉玉米) and quality words dropped (优质大豆 → 大豆).
func (x *Extractor) honourItem(rs []rune, k int) (string, int, bool) {
	a := k
	for a > 0 && k-a < 8 && isHan(rs[a-1]) && !strings.ContainsRune("的是为获和与及、个", rs[a-1]) && honourVerbs.endingAt(rs, a) == "" {
		a--
	}
	// 中国有机茶之乡, 新疆著名红枣之乡, 中国北方马铃薯之乡: the product
	// follows the last word of scope or fame, read from the left so that
	// 中国家具之乡 keeps 家具.
	for i := a; i < k; {
		if p := honourPrefixSet.at(rs, i); p != "" && i+runeLen(p) < k {
			i += runeLen(p)
			a = i
			continue
		}
		i++
	}
	if k-a < 1 {
		return "", 0, false
	}
	item, a := x.trimLeadingVerbs(string(rs[a:k]), a)
	// 茶业百强县, 全国十强县: a rank, not part of the product.
	item = strings.TrimRight(item, "十百千强")
	if item == "" {
		return "", 0, false
	}
	// 养羊大县, 种茶之乡: a one-character product after its method verb is
	// that product (羊, 茶叶), not a word of its own (养羊 is no product).
	if r := []rune(item); len(r) == 2 && strings.ContainsRune("养种栽", r[0]) {
		if ind, ok := x.lex.Industry(string(r[1])); ok && !ind.Sector && !x.lex.Generic[string(r[1])] {
			return ind.Name, a + 1, true
		}
	}
	if hasAny(item, honourStops) || itemStopSet.inside(item) || slices.Contains(honourPrefixes, item) || slices.Contains(scopeWords, item) || strings.HasSuffix(item, "族") {
		return "", 0, false
	}
	name, ind := x.normaliseItem(item)
	if name == "" {
		return "", 0, false
	}
	if ind != nil {
		// A known product with a variety in front (高淀粉玉米) is kept whole.
		if b, known, ok := x.industryBefore(rs, k); ok && known.Name == ind.Name && b > a {
			if v, va, ok := x.plainVariety(rs, a, b, k); ok {
				return v, va, true
			}
		}
		return ind.Name, a, true
	}
	if runeLen(name) < 2 || runeLen(name) > 5 || !allHan(name) || hasAny(name, []string{"农业", "经济", "工业", "产业"}) {
		return "", 0, false // 山地农业大县: a kind of economy, not a product
	}
	// An honour is a strong cue: any short noun phrase names the product
	// (蜂糖李 tags its 李 as a surname).
	toks := x.seg.pos(name)
	if len(toks) == 0 {
		return "", 0, false
	}
	// 忠诚之乡 (an adjective), 产粮大县 (a verb and its object) name no product.
	last, first := toks[len(toks)-1].Pos, toks[0].Pos
	if last == "" || strings.ContainsRune("avdmpcu", rune(last[0])) && last != "vn" || first == "v" || last == "ns" {
		// 紧盯陕西强县目标: a place before 强县, not a product.
		return "", 0, false
	}
	return name, a, true
}

// plainVariety accepts rs[a:b] as a variety of the product rs[b:k]: no
// quality, scope or method word, no place, no verb.
func (x *Extractor) plainVariety(rs []rune, a, b, k int) (string, int, bool) {
	prefix := string(rs[a:b])
	// 能人代养牛羊, 托管代养肉牛: a method verb in front names who keeps the
	// animals and how, never a variety.
	if strings.ContainsRune(prefix, '养') {
		return "", 0, false
	}
	if runeLen(prefix) < 1 || hasAny(prefix, scopeWords) || itemStopSet.inside(prefix) || hasAny(prefix, varietyStops) || x.lex.Generic[prefix] {
		return "", 0, false
	}
	// A prefix holding a product or sector word of its own (好粮油 of 中国好粮油
	// 水稻示范县, a national campaign) is no variety.
	prs := []rune(prefix)
	for i := 0; i+2 <= len(prs); i++ {
		for j := i + 2; j <= len(prs); j++ {
			w := string(prs[i:j])
			if _, known := x.lex.Industry(w); known || x.lex.Generic[w] {
				return "", 0, false
			}
		}
	}
	for _, m := range x.lex.Modifiers {
		if strings.HasPrefix(prefix, m) {
			return "", 0, false
		}
	}
	if n, _ := x.placeTrie.longest(rs, a); n > 0 {
		return "", 0, false
	}
	if _, known := x.lex.Industry(prefix); known {
		return "", 0, false
	}
	toks := x.seg.pos(prefix)
	if len(toks) == 0 || strings.ContainsRune("vdmpcu", rune(toks[len(toks)-1].Pos[0])) {
		return "", 0, false
	}
	for _, t := range toks {
		if t.Pos != "" && strings.ContainsRune("upc", rune(t.Pos[0])) || strings.ContainsAny(t.Text, functionChars) {
			return "", 0, false // 建起了集奶牛养殖: 了集 is no variety
		}
	}
	return string(rs[a:k]), a, true
}

// varietyAfter reads a product with its variety right after a method verb at
// rs[j] (种植高原蔬菜, 养殖黑山羊 is known whole): the phrase up to a delimiter,
// ending in a known product, with a plain variety in front.
func (x *Extractor) varietyAfter(rs []rune, j int) (string, int, int, bool) {
	end := j
	for end < len(rs) && end-j < 7 && isHan(rs[end]) && !strings.ContainsRune("的和与及、等", rs[end]) {
		end++
	}
	if end-j < 3 || end < len(rs) && isHan(rs[end]) && !strings.ContainsRune("的和与及、等", rs[end]) {
		return "", 0, 0, false
	}
	b, ind, ok := x.industryBefore(rs, end)
	if !ok || b <= j || ind.Sector {
		return "", 0, 0, false
	}
	name, a, ok := x.plainVariety(rs, j, b, end)
	if !ok || runeLen(string(rs[j:b])) < 2 {
		return "", 0, 0, false
	}
	return name, a, end, true
}

// leadingFrame reads 以X为主导/为主/为重点/为龙头/为支柱: each listed X (known,
// or a plausible product) leads the economy.
func (x *Extractor) leadingFrame(s *sentence, k int, is *industrySet, articleID string, used *[]span) {
	rs := s.rs
	if s.inPast(k) || s.livelihoodAt(k) {
		return // 过去以种植玉米为主; 以种植玉米为主，靠天吃饭
	}
	if cs, _ := clauseAround(rs, k, k+1); strings.Contains(string(rs[max(0, cs-12):k]), "原因") || hasRunePrefix(rs, k+1, "因") {
		return // 致贫原因以因病、因残为主: causes, not industries
	}
	end := -1
	for j := k + 2; j < len(rs) && j-k <= 16 && !isClauseBreak(rs[j]); j++ {
		if rs[j] == '为' && (hasRunePrefix(rs, j+1, "主导") || hasRunePrefix(rs, j+1, "主") && (j+2 >= len(rs) || !isHan(rs[j+2]) || strings.ContainsRune("打业的", rs[j+2])) || hasRunePrefix(rs, j+1, "重点") || hasRunePrefix(rs, j+1, "龙头") || hasRunePrefix(rs, j+1, "支柱")) {
			end = j
			break
		}
	}
	if end < 0 {
		return
	}
	// A bare 以X为主 says what something consists of (地形以山地为主, 村里
	// 以留守老人为主, 剪纸以阴刻为主); it names an industry the lexicon does
	// not know only when the economy is what it describes (农业产业以茭白为
	// 主, 农村经济以畜牧业为主).
	// A list of what leads and what follows (以北柴胡为主、红豆杉为辅, 以雪茭
	// 为主，莼菜为辅) and a farming sector (以牧业为主) need no such word.
	// The word is looked for in the clause of 以 only (发展特色产业，地形以
	// 山地为主 is about terrain).
	// 以X为龙头 names a leader, most often a firm, a place or a plan (以“云上茶谷”
	// 为龙头, 以规划为龙头): it too names an unknown item only after such a word.
	bare := hasRunePrefix(rs, end+1, "主") && (end+2 >= len(rs) || !isHan(rs[end+2]) && rs[end+2] != '、' &&
		!strings.Contains(string(rs[end+2:min(len(rs), end+12)]), "为辅")) || hasRunePrefix(rs, end+1, "龙头")
	cs, _ := clauseAround(rs, k, k+1)
	openOK := !bare || economyWords.in(rs[max(cs, k-12):k])
	start := k + 1
	// A quoted nickname of the list before 为 (“两大一甜”) is no item.
	if end > 0 && isCloseQuote(rs[end-1]) {
		for q := end - 2; q > start; q-- {
			if isOpenQuote(rs[q]) {
				end = q
				break
			}
		}
	}
	for i, a := start, start; i <= end; i++ {
		if i == end || strings.ContainsRune("、和及与", rs[i]) {
			if placeItem(strings.TrimSuffix(string(rs[a:i]), "等")) {
				return // 以桃源、苏坊、连山和船形村为主: places, not products
			}
			a = i + 1
		}
	}
	for i := start; i <= end; i++ {
		if i < end && !strings.ContainsRune("、和及与", rs[i]) {
			continue
		}
		item, from := x.trimLeadingVerbs(string(rs[start:i]), start)
		// 以甲、乙、丙等为主: 等 closes the list; it is no part of the last item.
		item = strings.TrimSuffix(item, "等")
		for _, v := range []string{"种植", "养殖", "发展", "栽植", "种", "养"} {
			if rest, ok := strings.CutPrefix(item, v); ok {
				if runeLen(rest) >= 2 {
					item, from = rest, from+runeLen(v)
				}
				break // 种植业 is no 种 before 植业
			}
		}
		sp := span{from, i}
		start = i + 1
		if overlapsAny(sp, *used) || runeLen(item) < 2 {
			continue
		}
		name, ind := x.normaliseItem(item)
		switch {
		case name == "" || x.lex.Generic[name]:
		case ind != nil && !ind.Sector:
			is.add("industry.leading", ind.Name, ind, s, articleID)
			*used = append(*used, sp)
		case ind == nil && (openOK || farmingSector(name)) && x.plausibleProduct(name) && !hasAny(name, honourStops) && !hasAny(name, scopeWords) && !strings.Contains(name, "同志") && !strings.HasSuffix(name, "品种"):
			is.add("industry.leading", name, nil, s, articleID)
			*used = append(*used, sp)
		}
	}
}

// farmingSector reports whether name is a farming sector (牧业, 畜牧业, 渔业,
// 林业), which a bare 以X为主 names without an economy word before it.
func farmingSector(name string) bool {
	return strings.HasSuffix(name, "牧业") || strings.HasSuffix(name, "渔业") || strings.HasSuffix(name, "林业")
}

// economyWords before 以X为主 say that an economy or its industries are
// what X leads.
var economyWords = newPhrases("产业", "农业", "经济", "种植业", "养殖业", "畜牧业", "林业", "种植", "养殖", "主导", "支柱")

// leadingPhrases mark where a product's name cannot reach back past: the
// heads of 以X为主导 are handled elsewhere.
var leadWords = newPhrases("建成", "新建", "建设", "建立", "发展", "打造", "培育", "扩大", "引进", "推广", "实施", "形成", "带动", "完成", "壮大", "做强", "做大", "扶持", "推进", "全县", "全村", "全乡", "全镇", "全市", "全区", "全旗", "各村", "村里", "当地", "大力", "积极", "重点", "主要", "优先", "已有", "共有", "拥有", "还有", "以及", "种植", "养殖", "开展", "鼓励", "引导", "支持", "依托", "利用", "围绕", "建起", "办起", "成立", "流转", "就是", "这个", "这里")

// varietyStops are words of facilities and herd counts, never of a variety
// (养殖小区存栏肉牛).
var varietyStops = []string{"小区", "存栏", "出栏", "大棚", "基地", "园", "场", "厂", "户", "村", "粮油"}

// scopeWords say where or how widely, never which variety.
var scopeWords = []string{"全国", "全省", "全市", "全县", "全州", "国家", "省级", "市级", "县级", "本地", "当地", "特色", "重点", "主导", "支柱", "新兴", "富民", "扶贫", "传统", "区域", "地方"}

// facilityAfter reports whether the words after a method verb make it a
// production unit or its scale (种植基地, 养殖场, 种植面积, 养殖已成规模).
func facilityAfter(rs []rune, i int) bool {
	for _, w := range []string{"基地", "园", "场", "小区", "面积", "规模", "大户", "专业户", "户", "合作社", "示范", "产业", "业", "已", "达", "超", "共", "总", "技术", "项目", "企业"} {
		if hasRunePrefix(rs, i, w) {
			return true
		}
	}
	return false
}

// xianzhangAt reports whether 长 at rs[i] makes 县长 the title after a name
// (李德强县长), not the start of 长期, 长远, 长效 …
func xianzhangAt(rs []rune, i int) bool {
	return hasRunePrefix(rs, i, "长") && !(i+1 < len(rs) && strings.ContainsRune("期远效足久", rs[i+1]))
}

// countUnitSet holds the units that follow a number before a product (208亩,
// 500只, 21家); countUnitEnd reads one, with 万 and 余/多 before it.
var countUnitSet = newRuneSet("亩头只株棵吨斤箱家个处座套羽尾对群袋棒匹口")

// countUnitEnd returns where the unit of a count written at rs[i] ends
// (亩, 万余头, 多只), or i when there is none.
func countUnitEnd(rs []rune, i, k int) int {
	j := i
	if j < k && rs[j] == '万' {
		j++
	}
	if j < k && (rs[j] == '余' || rs[j] == '多') {
		j++
	}
	if j < k && countUnitSet.has(rs[j]) {
		return j + 1
	}
	return i
}

// wordCountEnd returns where a count written in words at rs[a:k] ends (近万,
// 上千只, 数百头, 万余, 万套): numerals and 百千万 with an approximating word
// before them (近, 上, 数, 约), or 余, 多 or a unit after them; a when there is
// none (百合, 万寿菊, 三七 are products).
func wordCountEnd(rs []rune, a, k int) int {
	j := a
	if j < k && strings.ContainsRune("近上数约逾超", rs[j]) {
		j++
	}
	n := j
	for n < k && strings.ContainsRune(cnNumerals+"百千万亿", rs[n]) {
		n++
	}
	if n == j {
		return a
	}
	marked := j > a
	if n < k && (rs[n] == '余' || rs[n] == '多') {
		n, marked = n+1, true
	}
	if n < k && countUnitSet.has(rs[n]) {
		n, marked = n+1, true
	}
	if !marked {
		return a
	}
	return n
}

// productBefore reads the name of a product written right before rs[k] (a
// method word): back to a delimiter, a place, a number or a leading word, two
// to five Han characters that segment as a noun phrase and are no generic or
// stop word (会泽县的皱皮柑种植 → 皱皮柑).
func (x *Extractor) productBefore(rs []rune, k int) (string, int, bool) {
	a := k
	for a > 0 && k-a < 5 && isHan(rs[a-1]) && !strings.ContainsRune(functionChars+"和与及在从将已为是有", rs[a-1]) {
		if leadWords.endingAt(rs, a) != "" {
			break
		}
		if _, ok := x.placeTrie.longest(rs, a-1); ok >= 0 && x.endsPlace(rs, a) {
			break
		}
		a--
	}
	for _, w := range scopeWords {
		if hasRunePrefix(rs, a, w) {
			a += runeLen(w) // 全国刺梨种植基地 → 刺梨
			break
		}
	}
	if a > 0 && isDigit(rs[a-1]) {
		// 208亩牧草种植基地: the unit of the count before is no part of
		// the product (one unit: 5万只家禽 keeps 家禽).
		a = countUnitEnd(rs, a, k)
	}
	a = x.skipLeadingDeixis(rs, a, k)
	// 近万养殖户, 上千只种鸭: a count written in words (with 近, 上, 数 or 约
	// before it and its unit after) is no part of the product.
	if j := wordCountEnd(rs, a, k); j > a {
		a = j
	}
	if k-a < 2 || k-a > 4 {
		return "", 0, false
	}
	if localSuffix[rs[k-1]] || strings.ContainsRune("化型式性", rs[k-1]) {
		return "", 0, false // 百合乡种植: a place named after a product; 规范化种植: a manner
	}
	item := string(rs[a:k])
	name, ind := x.normaliseItem(item)
	if name == "" || ind != nil && name != item || !x.plausibleProduct(name) {
		if ind != nil {
			return ind.Name, a, true
		}
		return "", 0, false
	}
	if ind != nil {
		return ind.Name, a, true
	}
	return name, a, true
}

// skipLeadingDeixis returns where the product written in rs[a:k] starts
// once a word of time or a pronoun opening it is left out (每年香芋种植面积
// → 香芋, 今年辣椒种植, 这些果树): gse tags such words t or r, and no product
// name begins with one.
func (x *Extractor) skipLeadingDeixis(rs []rune, a, k int) int {
	if k-a < 3 {
		return a
	}
	toks := x.seg.pos(string(rs[a:k]))
	if len(toks) < 2 {
		return a
	}
	if t := toks[0]; (t.Pos == "t" || t.Pos == "r") && runeLen(t.Text) >= 2 {
		return a + runeLen(t.Text)
	}
	return a
}

// endsPlace reports whether a division name ends at rs[end] (会泽县|的).
func (x *Extractor) endsPlace(rs []rune, end int) bool {
	for a := max(0, end-8); a < end-1; a++ {
		if n, _ := x.placeTrie.longest(rs, a); n > 0 && a+n == end {
			return true
		}
	}
	return false
}

// industryBefore returns the longest known industry form ending at rs[k].
func (x *Extractor) industryBefore(rs []rune, k int) (int, *lexicon.Industry, bool) {
	node := &x.industryRev.root
	best, bestVal := 0, -1
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		node = node.child(rs[j])
		if node == nil {
			break
		}
		if node.val > 0 {
			best, bestVal = k-j, int(node.val)-1
		}
	}
	if best == 0 {
		return 0, nil, false
	}
	form := x.industryForms[bestVal]
	if x.lex.Generic[form] {
		return 0, nil, false
	}
	if best == 1 && !x.singleOpens(rs, k-1) {
		return 0, nil, false
	}
	ind, _ := x.lex.Industry(form)
	return k - best, ind, true
}

// singleOpens reports whether a one-character product at rs[i] (茶, 猪)
// starts a word: right after a development verb, 的, a delimiter or a
// division's name (发展茶产业, 雷山县茶产业), or within a run of such
// products that does (甲县猪牛鸡产业); not 养猪产业 read as 猪, nor 奶茶
// as 茶.
func (x *Extractor) singleOpens(rs []rune, i int) bool {
	a := x.singleRunStart(rs, i)
	if n, _ := x.placeTrie.longest(rs, a); n > 1 {
		return false // 枣强县: a division's name, no product
	}
	return a == 0 || !isHan(rs[a-1]) || rs[a-1] == '的' || growVerbSet.endingAt(rs, a) != "" || x.endsPlace(rs, a)
}

// singleRunStart returns where the run of one-character products ending
// at rs[i] starts (猪 of 猪牛鸡, at most three before it); i when rs[i-1]
// is none.
func (x *Extractor) singleRunStart(rs []rune, i int) int {
	a := i
	for a > 0 && a > i-4 {
		if n, _ := x.industryTrie.longest(rs, a-1); n != 1 {
			break
		}
		a--
	}
	return a
}

// firmAfter reports whether a firm's name ends within six characters of
// rs[i] (产业开发有限公司, 产业发展集团).
func firmAfter(rs []rune, i int) bool {
	for j := i; j < min(len(rs), i+6); j++ {
		if !isHan(rs[j]) {
			return false
		}
		if hasRunePrefix(rs, j, "有限") || hasRunePrefix(rs, j, "公司") || hasRunePrefix(rs, j, "集团") {
			return true
		}
	}
	return false
}

// unknownBefore reads an unknown X of 发展X产业: the Han characters between a
// development verb and 产业, if they look like a product.
func (x *Extractor) unknownBefore(rs []rune, k int) (string, int, bool) {
	if firmAfter(rs, k+2) {
		return "", 0, false // 绿牛生态产业开发有限公司: a firm's name, no product
	}
	for a := k - 2; a >= 0 && k-a <= 6; a-- {
		for _, v := range []string{"发展", "培育", "壮大", "做强", "做大", "扶持", "推进", "打造"} {
			if hasRuneSuffix(rs, a, v) {
				item := string(rs[a:k])
				if strings.ContainsRune("和与及或并", rs[a]) {
					return "", 0, false // 转型发展和农业产业化: a conjunction, not a product
				}
				name, ind := x.normaliseItem(item)
				if name == "" || ind != nil || !x.plausibleProduct(name) || strings.HasSuffix(name, "业") {
					return "", 0, false // 发展林业产业, 壮大传统农业产业: a sector, no product
				}
				return name, a, true
			}
		}
		if !isHan(rs[a]) {
			return "", 0, false
		}
	}
	return "", 0, false
}

func overlapsAny(sp span, list []span) bool {
	for _, o := range list {
		if sp.overlaps(o) {
			return true
		}
	}
	return false
}

// bareIndustries records products of the lexicon (not sectors) named in a
// development sentence, unless the mention is glued into a longer word (党参
// in 共产党参与, 牡丹 in 牡丹江), lies inside a place name, or, in a sentence
// about selling, follows another place's 的 in its clause (others).
func (x *Extractor) bareIndustries(s *sentence, is *industrySet, articleID string, used, places, others []span) {
	rs := s.rs
	for _, pm := range x.productMatches(s) {
		sp, i := pm.sp, pm.sp.start
		form := x.industryForms[pm.v]
		ind, _ := x.lex.Industry(form)
		if ind.Sector || x.lex.Generic[form] || overlapsAny(sp, used) || overlapsAny(sp, places) || x.glued(rs, sp) ||
			sp.end < len(rs) && localSuffix[rs[sp.end]] || placeCountAfter(rs, sp.end) || bodyAfter(rs, sp.end) || s.cut && x.cutBack(rs, i) || s.inPast(i) || comparedAt(rs, i) ||
			s.sale && placeOwnsAt(rs, i, others) || virtueAfter(rs, sp.end) {
			// 百合乡, 茶园村: a place named after a product.
			continue
		}
		name := ind.Name
		if i >= 2 && x.lex.TypeWords[string(rs[i-2:i])] {
			// 林下三七, 草食畜牧业, 富硒黄花菜: a type word written before
			// the product is part of its name, as a variety is.
			end := sp.end
			if end < len(rs) && rs[end] == '业' {
				end++
			}
			name = string(rs[i-2 : end])
		}
		is.addFrom("industry.bare", name, ind, s, articleID, false)
	}
}

// placeCountAfter reports whether a count of townships or villages follows
// rs[end] (有德隆、百合两个乡: the items are the townships' names).
func placeCountAfter(rs []rune, end int) bool {
	j := end
	for j < len(rs) && j-end < 2 && (cnNumeralSet.has(rs[j]) || isDigit(rs[j])) {
		j++
	}
	return j > end && hasRunePrefix(rs, j, "个") && j+1 < len(rs) && strings.ContainsRune("乡镇村屯", rs[j+1])
}

// virtueAfter reports whether the product form ending at rs[end] stands
// before 精神 (老黄牛精神, 蒙古马精神): a virtue it stands for, no product.
// (A bare 旅游 before a noun of travel, 旅游公路, was read as another sense
// in the twenty-seventh round and dropped: it lost a right fact on fresh
// reports nobody had read.)
func virtueAfter(rs []rune, end int) bool {
	return hasRunePrefix(rs, end, "精神")
}

// placeOwnsAt reports whether a place and 的 stand before rs[i] in its
// clause (购买了延寿县的大米、木耳; 销售邻县的香菇): in a sentence about
// selling, the goods are that place's, not the article's area's.
func placeOwnsAt(rs []rune, i int, places []span) bool {
	for _, p := range places {
		if p.end >= i || p.end >= len(rs) || rs[p.end] != '的' {
			continue
		}
		inClause := true
		for k := p.end; k < i; k++ {
			if isClauseBreak(rs[k]) {
				inClause = false
				break
			}
		}
		if inClause {
			return true
		}
	}
	return false
}

// bodyHeads close the name of a government body or a research institute
// (县畜牧局, 茶叶局, 畜牧部门, 农科院畜牧研究所): a product in it names the
// body's field, not what the area develops.
var bodyHeads = newPhrases("局", "部门", "研究所", "研究院", "办公室")

// bodyAfter reports whether a body's head (after an optional 业: 畜牧业局)
// follows rs[:end], or a firm's name goes on from there (inFirmName).
func bodyAfter(rs []rune, end int) bool {
	if end < len(rs) && rs[end] == '业' {
		end++
	}
	if bodyHeads.at(rs, end) != "" || inFirmName(rs, end) {
		return true
	}
	// 畜牧水产局, 畜牧兽医站, 烟草专卖局: a body whose name joins two fields;
	// a station (站) only so, as 畜牧站 and 农技站 are written bare in lists
	// of services.
	if f := bodyFields.at(rs, end); f != "" {
		j := end + runeLen(f)
		return bodyHeads.at(rs, j) != "" || j < len(rs) && rs[j] == '站'
	}
	return false
}

// bodyFields are the second fields of a joined body's name (畜牧水产局,
// 农业农村局, 畜牧兽医站, 烟草专卖局).
var bodyFields = newPhrases("水产", "兽医", "专卖", "农村", "水利", "农机", "林业", "渔业", "草原", "科技")

// firmHeads close a firm's name (甲乙食用菌有限公司, 某某茶叶公司, 丙丁果业集团),
// or a registered cooperative's (某某蔬菜专业合作社, 某某果蔬产销合作社): a
// cooperative without 专业 or 产销 (牦牛合作社, 苗绣合作社) is read as any
// mention.
var firmHeads = newPhrases("有限公司", "有限责任", "股份公司", "公司", "集团", "专业合作社", "产销合作社")

// firmTrades are the words a firm's name puts between its product and its
// head (某某茶叶科技开发有限公司, 某某香菇种植专业公司). Only these may
// stand there: a verb or adverb between the product and 公司 (香菇通过公司
// 销售, 茶叶统一销往公司, 肉牛托管公司代养) makes the firm another word of
// the clause, not the name the product is in.
var firmTrades = newPhrases("科技", "开发", "发展", "实业", "生物", "食品", "种植", "养殖",
	"农业", "贸易", "商贸", "工贸", "销售", "加工", "专业", "生态", "产业", "农牧", "牧业",
	"制品", "产品", "饮品", "股份", "电子商务", "电商", "综合", "进出口", "业")

// inFirmName reports whether a firm's head follows rs[end], after at most
// four characters of firmTrades (某某食用菌有限公司, 某某茶叶科技公司): a
// product there names the firm's trade, not what the area develops; the
// tuning gold records none of the products written only inside firms'
// names. A head followed by + or 化 names a way of working, not a firm (茶叶
// 公司+农户模式, 肉牛养殖集团化经营).
func inFirmName(rs []rune, end int) bool {
	for j := end; j < len(rs) && j-end <= 4; {
		if h := firmHeads.at(rs, j); h != "" {
			k := j + len([]rune(h))
			return k >= len(rs) || !strings.ContainsRune("+＋化", rs[k])
		}
		w := firmTrades.at(rs, j)
		if w == "" {
			return false
		}
		j += len([]rune(w))
	}
	return false
}

// glued reports whether a dictionary word crosses the edge of sp, so that the
// match is part of another word.
func (x *Extractor) glued(rs []rune, sp span) bool {
	for a := max(0, sp.start-3); a < sp.end; a++ {
		for b := max(a+2, sp.start+1); b <= min(len(rs), sp.end+3) && b-a <= 6; b++ {
			crosses := a < sp.start && b > sp.start || a < sp.end && b > sp.end
			if !crosses {
				continue
			}
			var buf [6 * utf8.UTFMax]byte // b-a <= 6
			w := string(appendUTF8(buf[:0], rs[a:b]))
			if _, known := x.lex.Industry(w); known {
				continue
			}
			if freq, _, ok := x.seg.lookup(w); ok && freq >= 100 {
				return true
			}
		}
	}
	return false
}

// keptCountHead returns the length of a count a household or person keeps
// written before a product (户均一头, 一亩, 百只, “人均一头 opening a quoted
// list), or 0.
func keptCountHead(rs []rune) int {
	i := 0
	if i < len(rs) && isOpenQuote(rs[i]) {
		i++
	}
	if hasRunePrefix(rs, i, "户均") || hasRunePrefix(rs, i, "人均") {
		i += 2
	}
	n := 0
	for n < 2 && i+n < len(rs) && strings.ContainsRune(cnNumerals+"百千万", rs[i+n]) {
		n++
	}
	if n == 0 || i+n+1 >= len(rs) || !strings.ContainsRune("头只亩株棵箱羽尾匹口群", rs[i+n]) {
		return 0
	}
	return i + n + 1
}
