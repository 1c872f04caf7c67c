package loader

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/lexicon"
)

// programAcc accumulates one program over an article.
type programAcc struct {
	name, category string
	local          bool
	evidence       []kg.Evidence
	// named counts the mentions that name the program itself, not only a
	// fund or project of it (专项扶贫资金, 产业扶贫项目).
	named int
}

type programSet struct {
	byName map[string]*programAcc
	order  []*programAcc
}

func (ps *programSet) add(name, category string, local bool, e kg.Evidence) {
	acc := ps.byName[name]
	if acc == nil {
		acc = &programAcc{name: name, category: category, local: local}
		ps.byName[name] = acc
		ps.order = append(ps.order, acc)
	}
	acc.evidence = appendEvidence(acc.evidence, e)
	acc.named++
}

// addFunding records 专项扶贫 written as money (specialFunding): 财政专项扶贫资金 is the
// name of a budget line, and the program is kept only if it is named for
// itself elsewhere in the article (the tuning gold records 专项扶贫 in 0 of 9
// articles that write it only so; other domains before 资金, as in
// 产业扶贫资金, it keeps).
func (ps *programSet) addFunding(name, category string, e kg.Evidence) {
	ps.add(name, category, false, e)
	ps.byName[name].named--
}

// specialFunding reports whether the 专项扶贫 whose 扶贫 is at rs[i] names
// money or a set of counted actions rather than the program: 专项扶贫资金 and
// 专项扶贫基金 (a fund), 财政专项扶贫项目 (a budget line), and 专项 after a
// count, where it only means "special" (实施十大专项扶贫行动, 组建19个专项扶贫
// 推进组: the tuning gold records 专项扶贫 in none of 3 such articles).
func specialFunding(rs []rune, i int) bool {
	if hasRunePrefix(rs, i+2, "资金") || hasRunePrefix(rs, i+2, "基金") || hasRuneSuffix(rs, i-2, "财政") {
		return true
	}
	k := i - 2 // the 专 of 专项
	if k < 2 || !strings.ContainsRune("个大项类", rs[k-1]) {
		return false
	}
	return isDigit(rs[k-2]) || strings.ContainsRune(cnNumerals, rs[k-2])
}

// findPrograms finds program types (产业扶贫, 光伏扶贫 …, also inside
// enumerations and "X扶贫方面"), fixed program names (易地扶贫搬迁, 危房改造,
// 扶贫小额信贷 and their variants) and named local initiatives: a quoted name
// presented as a model, action plan or approach (实施"1461"行动计划,
// "四联四帮"扶贫协作新模式, 创新"五种帮扶模式").
func (x *Extractor) findPrograms(d *document, p *places) []kg.ProgramFact {
	ps := &programSet{byName: map[string]*programAcc{}}
	for _, s := range d.sents {
		rs := s.rs
		e := s.evidence(d.ID)
		fixedEnd := -1 // where the last fixed name read ends
		for i := 0; i < len(rs); i++ {
			// Fixed names first: 扶贫小额信贷 contains 扶贫 but is no X扶贫.
			// starts (inlined) spares the call of longest at most characters.
			if x.programTrie.starts(rs[i]) {
				if n, v := x.programTrie.longest(rs, i); n > 0 {
					// 易地搬迁一批 is a line of the 五个一批 formula, not
					// the program.
					if !hasRunePrefix(rs, i+n, "一批") {
						prog := x.lex.Programs[x.programs[v]]
						ps.add(prog.Canonical, prog.Category, false, withRule(e, "program.fixed"))
					}
					i += n - 1
					fixedEnd = i + 1
					continue
				}
			}
			// 扶贫 right after a fixed name is no X扶贫: 造福工程搬迁扶贫 is
			// 易地扶贫搬迁 written with 扶贫 after it, not also 搬迁扶贫.
			if rs[i] == '扶' && i+1 < len(rs) && rs[i+1] == '贫' && i != fixedEnd {
				if name, cat, ok := x.domainBefore(rs, i); ok && !x.domainNotProgram(rs, i) {
					// 光伏产业扶贫 is 产业扶贫 of the 光伏 kind: both programs. Only
					// for a domain of the 产业 kind: 林业产业扶贫, 金融产业扶贫 and
					// 文化产业扶贫 name an industry's support (tuning gold: 光伏 3 of
					// 3, the others 0 of 4).
					// A domain written with 产业 as one lexicon form (旅游产业扶贫)
					// is the sector-modified 产业扶贫 alone.
					if name == "产业扶贫" && i >= 2 && hasRuneSuffix(rs, i, "产业") && x.domainEndingAt(rs, i) == 2 {
						if inner, icat, ok := x.domainBefore(rs, i-2); ok && inner != "产业扶贫" && icat == "产业" {
							ps.add(inner, icat, false, withRule(e, "program.domain"))
						}
					}
					add := ps.add
					if name == "专项扶贫" && specialFunding(rs, i) {
						add = func(name, category string, _ bool, e kg.Evidence) { ps.addFunding(name, category, e) }
					}
					// 产业、就业、教育扶贫: the domains listed before share 扶贫.
					for _, d := range x.sharedDomains(rs, i, name) {
						// 整村推进、光伏扶贫: a domain marked as naming a
						// programme by itself keeps its own name (lexicon).
						if x.lex.SelfNamed[d] {
							continue
						}
						prog := x.lex.Domains[d]
						add(prog.Canonical, prog.Category, false, withRule(e, "program.shared-domain"))
					}
					add(name, cat, false, withRule(e, "program.domain"))
				}
			}
		}
		for _, name := range x.listedProgramTypes(rs) {
			ps.add(name, "其他", false, withRule(e, "program.listed-type"))
		}
		for _, prog := range x.typesTakenAs(rs) {
			ps.add(prog.Canonical, prog.Category, false, withRule(e, "program.taken-as"))
		}
		// A quoted initiative counts in a sentence about poverty work (the
		// sentence before as well gained nothing on the tuning texts: +9 right,
		// +17 wrong).
		poverty := povertyWork(rs)
		for _, q := range x.quotedInitiatives(rs, poverty) {
			ps.add(q, "地方", true, withRule(e, "program.quoted"))
		}
	}
	region := p.subject
	var out []kg.ProgramFact
	for _, acc := range ps.order {
		if acc.named <= 0 {
			continue
		}
		out = append(out, kg.ProgramFact{
			ID: kg.ProgramID(acc.name, acc.local, region), Name: acc.name, Category: acc.category,
			Local: acc.local, RegionCode: region, Evidence: acc.evidence,
		})
	}
	return out
}

// domainBefore reads the X of an X扶贫 ending at rs[i] (the 扶 of 扶贫): the
// longest known domain, looking through a closing quote ("产业+消费"扶贫 is
// 消费扶贫). 精准扶贫, 真扶贫 and other non-domains give nothing.
func (x *Extractor) domainBefore(rs []rune, i int) (name, category string, ok bool) {
	j := i
	if j > 0 && isCloseQuote(rs[j-1]) {
		j--
	}
	best := 0
	bestVal := -1
	node := &x.domainTrie.root
	for k := j - 1; k >= 0; k-- {
		node = node.child(rs[k])
		if node == nil {
			break
		}
		if node.val > 0 {
			best, bestVal = j-k, int(node.val)-1
		}
	}
	if best == 0 {
		return "", "", false
	}
	// 扶贫 right after a domain that itself continues a longer word is not the
	// program: 农业扶贫 inside 现代农业扶贫 is fine, but 产业 inside 扶贫产业扶贫
	// cannot occur; what matters is that the domain is not the tail of a
	// non-domain word such as 精准 — those are simply not in the lexicon.
	form := x.domains[bestVal]
	if x.lex.NotDomains[form] {
		return "", "", false
	}
	prog := x.lex.Domains[form]
	return prog.Canonical, prog.Category, true
}

// domainNotProgram reports whether the X扶贫 ending with the 扶贫 at rs[i]
// names no program though X is a known domain:
//   - an office named after the program type: 市扶贫办产业扶贫处处长, 教育扶贫处
//     副处长, 到产业扶贫处。, 教育扶贫处李华 (处 before a head of the office, a
//     clause break or a person's name; not 处处见效 or 处于);
//   - a website named after it: 电商扶贫网站, 消费扶贫网平台, 中国…扶贫网 (网
//     before 站, 平台 or a sign, or after 中国; not 网点 or 网上商城);
//   - 社会 as the tail of 全社会, whose 扶贫 is a verb: 汇聚全社会扶贫力量,
//     调动全社会扶贫助困的积极性.
func (x *Extractor) domainNotProgram(rs []rune, i int) bool {
	after := i + 2
	if after < len(rs) {
		switch rs[after] {
		case '处':
			if x.officeAfter(rs, after+1) {
				return true
			}
		case '网':
			if after+1 >= len(rs) || !isHan(rs[after+1]) || hasRunePrefix(rs, after+1, "站") || hasRunePrefix(rs, after+1, "平台") || siteOfChina(rs, i) {
				return true
			}
		}
	}
	return hasRuneSuffix(rs, i, "全社会")
}

// officeAfter reports whether what starts at rs[k], right after the 处 of
// an X扶贫处, shows 处 as a division of a bureau: a role of its staff (处长,
// 副处长, 二级调研员; 长 of X扶贫处长), the end of the clause, or a person's
// name (a surname the segmenter reads as a name or as a character of no
// word: 黄 of 黄立到, not 于 of 处于).
func (x *Extractor) officeAfter(rs []rune, k int) bool {
	if k >= len(rs) || isClauseBreak(rs[k]) || hasRunePrefix(rs, k, "长") {
		return true
	}
	if slices.ContainsFunc(unitRoles, func(r string) bool { return hasRunePrefix(rs, k, r) }) {
		return true // 处二级调研员: a role of its staff
	}
	if !x.lex.IsSurname(string(rs[k])) {
		return false
	}
	toks := x.seg.pos(string(rs[k:min(len(rs), k+4)]))
	if len(toks) == 0 {
		return false
	}
	t := toks[0]
	return strings.HasPrefix(t.Pos, "nr") || runeLen(t.Text) == 1 && (t.Pos == "a" || strings.HasPrefix(t.Pos, "n"))
}

// siteOfChina reports whether the X扶贫 whose 扶 is at rs[i] follows 中国 in
// its word (中国…扶贫网): the name of a national website.
func siteOfChina(rs []rune, i int) bool {
	for k := i - 1; k >= 1 && i-k <= 6 && isHan(rs[k]); k-- {
		if rs[k-1] == '中' && rs[k] == '国' {
			return true
		}
	}
	return false
}

// sharedDomains returns the domains listed before the X of an X扶贫 ending at
// rs[i] when every item of the list is a known domain: 产业、就业、教育扶贫.
func (x *Extractor) sharedDomains(rs []rune, i int, name string) []string {
	// Find where the last domain starts.
	start := i
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		var buf [6 * utf8.UTFMax]byte // i-k <= 6
		if x.lex.Domains[string(appendUTF8(buf[:0], rs[k:i]))].Canonical == name {
			start = k
		}
	}
	if start == i || start == 0 {
		return nil
	}
	if rs[start-1] != '、' && rs[start-1] != '和' && rs[start-1] != '及' {
		// 产业就业扶贫, 教育健康养老扶贫: domains written together share 扶贫
		// too, in a list of programmes (、 before or after the run).
		var out []string
		end := start
		for end > 0 {
			n := x.domainEndingAt(rs, end)
			if n == 0 {
				break
			}
			out = append(out, runesString(rs[end-n:end]))
			end -= n
		}
		listed := end > 0 && rs[end-1] == '、' || i+2 < len(rs) && rs[i+2] == '、'
		if len(out) == 0 || !listed {
			return nil
		}
		// Asked only of a listed run: listOpens segments the clause, and
		// most runs are no list.
		if opens := end == 0 || !isHan(rs[end-1]) || rs[end-1] == '、' || x.listOpens(rs, end); !opens {
			return nil // 职业教育健康扶贫: 教育 is part of another word
		}
		return out
	}
	var out []string
	end := start - 1
	for end > 0 {
		// The longest domain ending at rs[end]: 就业 in 、就业、.
		n := x.domainEndingAt(rs, end)
		if n == 0 {
			return nil
		}
		k := end - n
		out = append(out, runesString(rs[k:end]))
		if k == 0 || rs[k-1] != '、' && rs[k-1] != '和' && rs[k-1] != '及' {
			if !x.listOpens(rs, k) {
				return nil
			}
			break
		}
		end = k - 1
	}
	return out
}

// listOpens reports whether a list of domains may start at rs[k]: the
// domain starts a word, and the word before it does not make it part of a
// noun phrase (技能培训和就业扶贫 is 技能培训 and 就业扶贫, 职业培训 one word),
// though a place or 全县 may stand before the list (全县产业、就业扶贫).
func (x *Extractor) listOpens(rs []rune, k int) bool {
	cs := k
	for cs > 0 && !isClauseBreak(rs[cs-1]) && k-cs < 12 {
		cs--
	}
	if cs == k {
		return true
	}
	toks := x.seg.pos(string(rs[cs:min(len(rs), k+4)]))
	at := cs
	var prev token
	for _, t := range toks {
		if at == k {
			if prev.Text == "" || !strings.HasPrefix(prev.Pos, "n") && prev.Pos != "vn" || prev.Pos == "ns" {
				return true
			}
			first, _ := utf8.DecodeRuneInString(prev.Text)
			last, _ := utf8.DecodeLastRuneInString(prev.Text)
			return strings.ContainsRune("全本我该", first) || localSuffix[last] || strings.ContainsRune("县区市旗州", last)
		}
		if at > k {
			return false
		}
		at += runeLen(t.Text)
		prev = t
	}
	return false
}

// initiativeHeads are nouns that, right after a quoted name, present it as a
// program: "1461"行动计划, "四联四帮"扶贫协作新模式, "双+"模式. Not 战略 or 体系
// alone: a frame of policy ("两新三强"战略, "3+2+N"产业体系), recorded in the
// tuning gold 2 times in 7 and 2 in 8; they count only in narrower
// constructions, 战略 after a motto and a word of poverty work
// (mottoProgramme), 体系 after a numbered name and 工作 (numberedWorkFrame).
// 思路 and 路径 need a word of poverty work between (aidHeads): a quoted name
// before 的发展思路 was a programme in the tuning gold 3 times in 15; it is a
// way of thinking, not a programme.
// 竞赛, a contest between units run as a campaign ("五比五看"脱贫攻坚竞赛),
// counts like the others in a sentence about poverty work (read part: 2 of 2).
var initiativeHeads = []string{"行动计划", "行动", "计划", "工程", "模式", "机制", "政策", "制度", "举措", "思路", "路径", "竞赛"}

// weakHeads name a programme only after a short coined name: a motto of
// several phrases before them (五提高、一降低的举措) is a set of aims.
var weakHeads = map[string]bool{"政策": true, "制度": true, "举措": true}

// aidHeads name a programme only with a word of poverty work between the
// quote and them: "…"的脱贫攻坚思路, "…"的帮扶路径, not "生态优先"的发展思路.
var aidHeads = map[string]bool{"思路": true, "路径": true}

// modelHeads name a programme after a motto of several phrases only with a
// word of poverty work between the quote and them: "企业包县、整县脱贫"扶贫模式,
// "整组规划、整片推进"帮扶模式, but not "合作社牵头、大户带小户"的模式 or
// "政府补贴、4户联建"的项目建设模式, a way of running a business or a project
// (tuning texts: without such a word 0 of 5 right, with it 2 of 3).
var modelHeads = map[string]bool{"模式": true, "机制": true}

// headFits reports whether the head h after a quoted core, with the words
// between read as between, presents the core as a programme.
func headFits(h, core string, between []rune) bool {
	motto := strings.ContainsAny(core, "、，,")
	if weakHeads[h] && motto {
		return false
	}
	if aidHeads[h] || modelHeads[h] && motto {
		return povertyWords.in(between)
	}
	return true
}

// initiativeVerbs introduce a quoted program that carries its own head noun:
// 创新"五种帮扶模式", 实施"四个创新".
var initiativeVerbs = []string{"实施", "创新", "采取", "采取了", "推行", "推广", "探索", "探索出", "实行", "开展", "打造", "构建", "形成", "形成了", "推出"}

// rankWords ending the stem before 工程 or 模式 say how a work ranks or whom
// it serves, not its name ("头号工程", "重大民生工程"); topicWords as the
// whole stem say only what it is about ("帮扶模式"; "五种帮扶模式" is a name).
var (
	rankWords  = []string{"头号", "一号", "第一号", "天字号", "头等", "一把手", "民生", "重点", "德政", "惠民", "形象", "面子", "良心"}
	topicWords = map[string]bool{"帮扶": true, "扶贫": true, "脱贫": true, "发展": true, "产业": true, "协作": true}
)

// rankedStem reports whether the stem before a head is a rank or a topic.
func rankedStem(stem string) bool {
	if topicWords[stem] {
		return true
	}
	for _, w := range rankWords {
		if strings.HasSuffix(stem, w) {
			return true
		}
	}
	return false
}

// bareRank reports whether a quoted core is nothing but a rank: 头号, 天字号,
// 民生, or an ordinal of 天字 (天字第一号).
func bareRank(core string) bool {
	if slices.Contains(rankWords, core) {
		return true
	}
	n, ok := strings.CutPrefix(core, "天字第")
	n, ok2 := strings.CutSuffix(n, "号")
	return ok && ok2 && n != "" && strings.Trim(n, cnNumerals) == ""
}

// initiativeTails end a quoted name that is a program by itself; a method
// (工作法, 六步法) too: in the tuning texts such quoted methods were recorded
// 4 times in 6.
var initiativeTails = []string{"模式", "行动", "计划", "工程", "创新", "机制", "帮扶", "工作法", "步法"}

// namedWithHead reports whether a quoted core that holds 扶贫 is a name with
// its own head ("山鸡扶贫计划", "三项增收扶贫计划"): a program type alone
// ("光伏扶贫") is read by the X扶贫 rule, so a core holding 扶贫 counts only
// when more follows it.
func namedWithHead(core string) bool {
	_, tail, _ := strings.Cut(core, "扶贫")
	return ownHead(tail) != ""
}

// ownHeads end a quoted name that holds 扶贫 with its own head.
var ownHeads = []string{"计划", "行动", "工程", "模式", "机制"}

// ownHead returns the head of ownHeads that ends s, or "".
func ownHead(s string) string {
	for _, h := range ownHeads {
		if strings.HasSuffix(s, h) {
			return h
		}
	}
	return ""
}

// quotedInitiatives returns the quoted cores of named local initiatives in a
// sentence.
func (x *Extractor) quotedInitiatives(rs []rune, poverty bool) []string {
	var out []string
	for i := 0; i < len(rs); i++ {
		if !isOpenQuote(rs[i]) || rs[i] == '《' {
			continue
		}
		j := i + 1
		for j < len(rs) && !isCloseQuote(rs[j]) && !isOpenQuote(rs[j]) && j-i <= mottoMax {
			j++
		}
		if j >= len(rs) || !isCloseQuote(rs[j]) || rs[j] == '》' {
			continue
		}
		open, after := i, j+1
		core := strings.TrimSpace(runesString(rs[i+1 : j]))
		i = j
		if core == "" || x.lex.Slogans[core] {
			continue
		}
		if x.mottoProgramme(rs, open, after, core) {
			out = append(out, core)
			continue
		}
		if j-open-1 > nameMax {
			continue // longer than a name: only a motto
		}
		if strings.Contains(core, "扶贫") && !namedWithHead(core) {
			// “香菇扶贫”, “飞地扶贫”: a quoted program type the lexicon does not
			// know, in a sentence about poverty work (tuning texts: 10 of 10
			// recorded, once 输血式 and 造血式 are left to the notdomains).
			if poverty && x.quotedType(core) {
				out = append(out, core)
			} else if c, ok := plusType(core); ok {
				if !x.knownDomainLast([]rune(c)) {
					out = append(out, c)
				}
			}
			continue
		}
		if poverty && countedSet(rs, open, core) && x.plausibleCore(core) {
			out = append(out, core)
			continue
		}
		if poverty && x.expandedCount(rs, after, core) && x.plausibleCore(core) {
			out = append(out, core)
			continue
		}
		if numberedIndustry(rs, after, core, poverty) && x.plausibleCore(core) {
			out = append(out, core)
			continue
		}
		if poverty && mannerType(rs, after, core) && x.plausibleCore(core) {
			out = append(out, core)
			continue
		}
		if (poverty || numberedWork(rs, after, core)) && x.isInitiative(rs, open, after, core) {
			out = append(out, core)
		} else if numberedWorkFrame(rs, after, core) && x.plausibleCore(core) {
			out = append(out, core)
		} else if codedPlan(rs, after, core) {
			out = append(out, core)
		}
	}
	return out
}

// nameMax is the longest quoted text read as a name, mottoMax the longest
// read as a motto of several phrases.
const (
	nameMax  = 20
	mottoMax = 40
)

// mottoHeads present a motto as a way of fighting poverty when a word of
// poverty work stands between the quote and them.
var mottoHeads = []string{"模式", "机制", "路子", "道路", "战略", "思路", "路径"}

// mottoProgramme reports whether a quoted motto of several phrases closed
// right before rs[after] is presented as a poverty programme: 的, at most
// eight characters holding a word of poverty work, and a head of approach
// ("一山一品、一户一棚、一人一技"的脱贫攻坚新路子, "捆绑资金、连片规划、整乡
// 推进"的扶贫攻坚战略). Such mottos run long, up to mottoMax characters, past
// the length of a name, but like a name they are no slogans and no chain of
// actors joined by + ("企业+农户、基地+农户"的产业扶贫模式 is how a business is
// run; see sloganOrChain). Not after 等 closing a list of examples, and not
// without the poverty word: "宜农则农、宜果则果"的思路 is a principle of
// farming (tuning texts: 10 of 12 right).
func (x *Extractor) mottoProgramme(rs []rune, open, after int, core string) bool {
	if !strings.Contains(core, "、") || strings.ContainsAny(core, "，,。") {
		return false
	}
	k := after
	if hasRunePrefix(rs, k, "等") {
		return false // "县县、乡乡、村村"等结对帮扶模式: examples
	}
	if hasRunePrefix(rs, k, "的") {
		k++
	}
	for m := k; m <= k+8 && m < len(rs) && isHan(rs[m]); m++ {
		for _, h := range mottoHeads {
			if hasRunePrefix(rs, m, h) {
				return povertyWords.in(rs[k:m]) && !x.sloganOrChain(core)
			}
		}
	}
	return false
}

// countedHeads end the quoted count that names a set of measures listed
// before it. Not 战役 or 硬仗: a battle (打赢交通、住房"两场硬仗") is no
// programme.
var countedHeads = []string{"行动", "计划", "措施", "举措", "工作法"}

// countedSet reports whether the quoted core opened at rs[open] names, by a
// count, the measures listed right before it: 种桑、养蚕、缫丝"三项增收行动",
// 以工代赈、技能培训、产业奖补等"三大举措". The core opens with a numeral and a
// measure word (六大, 四项, 五步) and ends with a head of measures; the list
// ends right at the quote, with 等 or an item after 、 (a list earlier in the
// clause, 在种植、养殖等领域落实"两项举措", lists something else).
// Tuning texts: 10 of 11 right.
func countedSet(rs []rune, open int, core string) bool {
	cs := []rune(core)
	n := 0
	for n < len(cs) && (isDigit(cs[n]) || strings.ContainsRune(cnNumerals, cs[n])) {
		n++
	}
	if n == 0 || n >= len(cs) || !strings.ContainsRune("大项个场步分条类", cs[n]) {
		return false
	}
	headed := false
	for _, h := range countedHeads {
		headed = headed || strings.HasSuffix(core, h)
	}
	if !headed {
		return false
	}
	if hasRuneSuffix(rs, open, "等") {
		return true
	}
	// The last item: two to ten Chinese characters after 、, without 等 and
	// without a verb that would take the quote as its object (、水利领域实施
	// "三大行动" continues the clause after the list).
	k := open
	for k > 0 && open-k < 10 && isHan(rs[k-1]) && rs[k-1] != '等' {
		k--
	}
	if open-k < 2 || k == 0 || rs[k-1] != '、' {
		return false
	}
	item := runesString(rs[k:open])
	return !slices.ContainsFunc(countVerbs, func(v string) bool { return strings.Contains(item, v) })
}

// countVerbs take a quoted count as their object: the verbs of initiatives
// and 落实, 推进, 打好 ….
var countVerbs = slices.Concat(initiativeVerbs, []string{"落实", "推进", "打好", "打赢", "抓好", "做好", "启动", "组织"})

// numberedWork reports whether a quoted core closed right before rs[after] is
// a numbered name of a work, "635"工程, ‘两个一批’工程, “茶叶200”工程: such a
// coined name before 工程 is a local programme even in a sentence that does
// not speak of poverty (实施“一户一就业”工程，让搬下山的村民有事干), where a
// plain name ("路灯"工程, "绿化"工程) is public works (tuning texts: 5 of 7
// numbered names right, 1 of 4 plain ones).
//
// The same holds of a numbered name that carries 工程 inside the quotes
// ("3138工程", "1236工程"), unless its stem is a bare count ("十大工程" names
// no work of its own): tuning read texts, 2 of 2 right.
func numberedWork(rs []rune, after int, core string) bool {
	if stem, ok := strings.CutSuffix(core, "工程"); ok && stem != "" && !bareCount(stem) {
		return numbered(stem)
	}
	return hasRunePrefix(rs, after, "工程") && numbered(core)
}

// bareCount reports whether s is numerals and one measure word and nothing
// else (十大, 三项, 5个).
func bareCount(s string) bool {
	rs := []rune(s)
	n := len(rs)
	if n < 2 || !strings.ContainsRune(coinMeasures, rs[n-1]) {
		return false
	}
	for _, r := range rs[:n-1] {
		if !isDigit(r) && !strings.ContainsRune(coinNumerals, r) {
			return false
		}
	}
	return true
}

// numbered reports whether a quoted core is coined with a number: a digit
// (635, 茶叶200, 3+2), a numeral before a measure word (两个一批, 五大行动,
// 两项保障), or numerals opening two phrases (一户一策, 两联三包, 三提升一
// 加强). A numeral inside an ordinary word (城乡一体化, 统一规划) coins nothing.
func numbered(core string) bool {
	rs := []rune(core)
	numerals := 0
	for k, r := range rs {
		if isDigit(r) {
			return true
		}
		if !strings.ContainsRune(coinNumerals, r) {
			continue
		}
		if k+1 < len(rs) && strings.ContainsRune(coinMeasures, rs[k+1]) {
			return true
		}
		// 十三 is one number; a numeral after another one's phrase counts.
		if k == 0 || !strings.ContainsRune(coinNumerals, rs[k-1]) {
			numerals++
		}
	}
	return numerals >= 2
}

// coinNumerals and coinMeasures make the counts that coin names of
// programmes (三个, 五大, 十项, 千名).
const (
	coinNumerals = "一二两三四五六七八九十百千万"
	coinMeasures = "个大项类条步场批级联名"
)

// workFrames follow 工作 after a quoted name to present it as the frame of
// a body's work: "2345"工作体系, "61"工作法, "1+3+N"的工作格局, and 特色, the
// hallmark a body gives its work (形成了"三个到位"工作特色: a numbered name
// there was right in the one tuning text that writes it).
var workFrames = []string{"思路", "体系", "格局", "方案", "措施", "路径", "特色", "法"}

// numberedWorkFrame reports whether a numbered quoted core closed right
// before rs[after] is presented as a frame of work ("三提升一加强"的工作思路),
// in a sentence about poverty or not: a coined number names a local
// programme (tuning texts: 8 of 9 right; a motto of phrases before the same
// words, "近抓收入、远抓产业"的工作思路, 1 of 7).
func numberedWorkFrame(rs []rune, after int, core string) bool {
	// The frame after the quote is tested before numbered(core), which
	// converts core to runes: all the tests must hold, and most quotes have
	// no 工作 after them.
	k := after
	if hasRunePrefix(rs, k, "的") {
		k++
	}
	if !hasRunePrefix(rs, k, "工作") {
		return false
	}
	framed := false
	for _, h := range workFrames {
		if hasRunePrefix(rs, k+2, h) {
			framed = true
			break
		}
	}
	return framed && numbered(core)
}

// planHeads present a quoted code of digits as the plan of a body's work:
// "2468"总体思路, "1+9"实施方案, "357"发展战略.
var planHeads = []string{"思路", "方案", "战略"}

// codedPlan reports whether a quoted core written in digits alone, joined
// by + and with N or X for an open count (1153, 1+14, 3+N), is presented
// by a plan head within a few characters after the quote: "2468"的帮扶总体
// 思路, "1+9"《工作方案》, "357"特色产业推进战略. Such a code is coined for a
// local programme, in a sentence about poverty or not; a year ("2020") is
// no code, and codes before 协议, 标准 or 体系 (an agreement, a standard of
// exit, a set of industries) are left out. Tuning read texts: 6 of 6 right.
func codedPlan(rs []rune, after int, core string) bool {
	digits := 0
	for _, r := range core {
		switch {
		case isDigit(r):
			digits++
		case r == '+' || r == 'N' || r == 'X' || r == 'n' || r == 'x':
		default:
			return false
		}
	}
	if digits == 0 || runeLen(core) < 2 || digits == 4 && runeLen(core) == 4 && (strings.HasPrefix(core, "19") || strings.HasPrefix(core, "20")) {
		return false
	}
	for k := after; k < len(rs) && k <= after+10; k++ {
		for _, h := range planHeads {
			if hasRunePrefix(rs, k, h) {
				return true
			}
		}
		if !isHan(rs[k]) && rs[k] != '《' && rs[k] != '》' {
			return false
		}
	}
	return false
}

// expandedCount reports whether a numbered quoted core closed right before
// rs[after] is spelt out at once in brackets: "四跟四走"(资金跟着贫困户走、
// …), "三个一"(一棵香葱、一枚鸡蛋、一朵兰花), "一主两翼三辅"(即山地苹果为主、
// …). A coined count the text stops to expand is a local programme; one
// whose brackets list places ("三县一区"(甲县、乙县…)) names a group of
// places instead. Tuning read texts: 10 of 14 right, the places among the
// four wrong.
func (x *Extractor) expandedCount(rs []rune, after int, core string) bool {
	if after >= len(rs) || rs[after] != '(' && rs[after] != '（' || !numbered(core) {
		return false
	}
	k := after + 1
	if hasRunePrefix(rs, k, "即") {
		k++
	}
	e := k
	for e < len(rs) && e-k <= 12 && isHan(rs[e]) {
		e++
	}
	if e == k {
		return false
	}
	return len(x.gz.Lookup(runesString(rs[k:e]))) == 0
}

// industryQualifiers may stand between a quoted count and 产业.
var industryQualifiers = []string{"特色", "主导", "优势", "扶贫", "富民"}

// numberedIndustry reports whether a numbered quoted core closed right
// before rs[after] qualifies 产业 as the frame of a place's industries:
// "5+2"特色产业, "三种一养"产业, "4+X"特色产业体系, "6+"产业脱贫. The count
// coins a local programme of industries when 产业 ends the clause or is
// followed by 扶贫, 脱贫 or 体系, and the sentence speaks of poverty work
// or 扶贫/脱贫 follows; before 发展目标, 发展格局 or 发展主线 it only says
// where a plan aims (tuning read texts: 7 of 7 right, and none of the six
// counts before 产业发展…).
func numberedIndustry(rs []rune, after int, core string, poverty bool) bool {
	k := after
	if hasRunePrefix(rs, k, "的") {
		k++
	}
	for moved := true; moved; {
		moved = false
		for _, q := range industryQualifiers {
			if hasRunePrefix(rs, k, q) {
				k, moved = k+runeLen(q), true
			}
		}
	}
	if !hasRunePrefix(rs, k, "产业") {
		return false
	}
	k += 2
	aid := hasRunePrefix(rs, k, "扶贫") || hasRunePrefix(rs, k, "脱贫")
	if !aid && !hasRunePrefix(rs, k, "体系") && k < len(rs) && !isClauseBreak(rs[k]) && rs[k] != '、' {
		return false
	}
	return (poverty || aid) && numbered(core)
}

// mannerType reports whether a quoted manner, a word and 式, stands right
// before 扶贫 as the X of an X扶贫 type: “订单式”扶贫, “托管式”扶贫 name a way of
// doing poverty work as 网格化扶贫 does (the manners of national slogans,
// 输血式, 绣花式, are left to sloganOrChain). Tuning read texts: 2 of 2.
func mannerType(rs []rune, after int, core string) bool {
	stem, ok := strings.CutSuffix(core, "式")
	n := runeLen(stem)
	return ok && n >= 2 && n <= 4 && allHan(stem) && hasRunePrefix(rs, after, "扶贫")
}

// povertyWords tie a quoted initiative to the fight against poverty.
var povertyWords = newPhrases("扶贫", "脱贫", "贫困", "帮扶", "致富", "增收", "富民", "小康")

// povertyWork reports whether a sentence speaks of poverty work (扶贫, 脱贫,
// 贫困, 帮扶, 致富, 增收, 富民, 小康; not 攻坚 alone, which 污染防治攻坚战 has): the convention records an
// initiative the text presents as a poverty programme, and the quoted names
// of sentences without any such word ("三高四新" of a province's strategy,
// "十大工程" of a cooperation) were right in 20 of 69 tuning cases.
func povertyWork(rs []rune) bool {
	return povertyWords.in(rs)
}

// isInitiative decides whether the quoted core between rs[open] and
// rs[after-1] names a program.
func (x *Extractor) isInitiative(rs []rune, open, after int, core string) bool {
	// A rank alone in quotes says how a work ranks, not what it is: 列为"头号"
	// 工程, 当作全市"天字第一号"的民生工程. A name that only ends in a rank
	// word ("书香惠民"工程) is still a name.
	if bareRank(core) {
		return false
	}
	// A head noun after the quote, reached through 的, program-type words and
	// 扶贫/帮扶/协作/新: "四个依托、三个确保"的产业扶贫模式, "四联四帮"扶贫协作新模式,
	// "千名干部下基层"社会扶贫行动计划.
	k := after
	// Names listed together share the head: "借猪还猪""借袋还耳"等产业扶贫模式.
	for k < len(rs) {
		q := k
		if rs[q] == '、' && q+1 < len(rs) {
			q++
		}
		if !isOpenQuote(rs[q]) || rs[q] == '《' {
			break
		}
		j := q + 1
		for j < len(rs) && !isCloseQuote(rs[j]) && !isOpenQuote(rs[j]) && j-q <= nameMax {
			j++
		}
		if j >= len(rs) || !isCloseQuote(rs[j]) {
			break
		}
		k = j + 1
	}
	// 等 closes a list of quoted names only: "借猪还猪""借袋还耳"等, not 饮水"达标"等.
	listed := k > after || open > 0 && isCloseQuote(rs[open-1]) || open > 1 && rs[open-1] == '、' && isCloseQuote(rs[open-2])
	if listed && k < len(rs) && rs[k] == '等' {
		k++
	}
	if k < len(rs) && rs[k] == '的' {
		k++
	}
	// aid: the last words read were 扶贫 or 帮扶 after a domain or a
	// modifier (产业扶贫, 精准帮扶), not right after the quote ("一户一策"帮扶).
	aid, qualified := false, false
	const free = 4 // Han characters of another word allowed right before a head
	for steps := 0; k < len(rs) && steps < 6; steps++ {
		for _, h := range initiativeHeads {
			if hasRunePrefix(rs, k, h) {
				return headFits(h, core, rs[after:k]) && x.plausibleCore(core)
			}
		}
		if rs[k] == '新' {
			k, aid = k+1, false
			continue
		}
		if hasRunePrefix(rs, k, "精准") || hasRunePrefix(rs, k, "后续") {
			k, aid, qualified = k+2, false, true
			continue
		}
		if hasRunePrefix(rs, k, "扶贫") || hasRunePrefix(rs, k, "帮扶") {
			if hasRunePrefix(rs, k+2, "措施") || hasRunePrefix(rs, k+2, "举措") {
				// "四个一"帮扶措施.
				return x.plausibleCore(core)
			}
			k, aid = k+2, qualified
			continue
		}
		if hasRunePrefix(rs, k, "协作") || hasRunePrefix(rs, k, "脱贫") || hasRunePrefix(rs, k, "攻坚") || hasRunePrefix(rs, k, "工作") {
			k, aid = k+2, false
			continue
		}
		if n, _ := x.domainFwd.longest(rs, k); n > 0 {
			k, aid, qualified = k+n, false, true
			continue
		}
		// A short word of other kind right before a head: "借羊还羊"滚动发展模式.
		for g := 1; g <= free && k+g < len(rs) && !listed; g++ {
			if !isHan(rs[k+g-1]) || strings.ContainsRune("的等和与及", rs[k+g-1]) {
				break
			}
			for _, h := range initiativeHeads {
				if hasRunePrefix(rs, k+g, h) {
					return headFits(h, core, rs[after:k+g]) && x.plausibleCore(core)
				}
			}
		}
		break
	}
	// A quoted name that qualifies a kind of aid ending the clause:
	// 推行"菜单式"产业扶贫，实施"两个一批"后续帮扶：. A motto of several
	// phrases ("扶上马、送一程"后续帮扶) is a principle, not a name.
	if aid && runeLen(core) >= 2 && !strings.ContainsAny(core, "、，,") && (k >= len(rs) || isClauseBreak(rs[k]) || rs[k] == '、') {
		return x.plausibleCore(core)
	}
	// A model named after a place: "苍溪模式". Not an experience ("凤岭经验",
	// "临江经验"): praise of a place's work, which the tuning gold records as
	// a programme in 1 of 10 cases.
	if stem, ok := strings.CutSuffix(core, "模式"); ok && runeLen(stem) >= 2 && len(x.gz.Lookup(stem)) > 0 {
		return x.plausibleCore(core)
	}
	// A name of Chinese characters holding 扶贫 and its own head names a
	// poverty programme by itself, whatever follows: "山鸡扶贫计划"受到好评,
	// "电网光明扶贫行动"的重点地区; not a rank ("危房改造头号民生工程"), a
	// dated title or a slogan with a dash (tuning texts: 6 of 6 right).
	if namedWithHead(core) && allHan(core) && runeLen(core) <= 12 {
		stem := strings.TrimSuffix(core, ownHead(core))
		if !rankedStem(stem) {
			return x.plausibleCore(core)
		}
	}
	// Carrying its own head, a name of its own: "头雁工程", "十项工程",
	// "拉格日模式" (a name of a few characters and the head, no phrase).
	for _, t := range []string{"模式", "工程", "行动计划"} {
		if stem, ok := strings.CutSuffix(core, t); ok && runeLen(stem) >= 2 && runeLen(stem) <= 6 && !strings.ContainsAny(stem, "、，, ") && !rankedStem(stem) {
			return x.plausibleCore(core)
		}
	}
	// Introduced by a verb and carrying its own head: 创新"五种帮扶模式",
	// 实施"四个创新".
	// Which verb and which tail match does not matter, only that one of
	// each does: the tails of core are tested first, once, and the verbs
	// before the quote only for a core that has one.
	if open < 0 || !slices.ContainsFunc(initiativeTails, func(t string) bool { return strings.HasSuffix(core, t) }) {
		return false
	}
	for _, v := range initiativeVerbs {
		if hasRuneSuffix(rs, open, v) {
			return x.plausibleCore(core)
		}
	}
	return false
}

// plausibleCore rejects quoted text that is a sentence or a slogan rather
// than a name.
func (x *Extractor) plausibleCore(core string) bool {
	if x.sloganOrChain(core) {
		return false
	}
	n := runeLen(core)
	if n == 0 || n > 16 {
		return false
	}
	rs := []rune(core)
	// 十三五, 十四五: a planning period, not a programme.
	if n == 3 && rs[0] == '十' && strings.ContainsRune("一二三四五", rs[1]) && rs[2] == '五' {
		return false
	}
	// 三大, 十项: a bare count ("三大"扶贫工程之一) names nothing.
	if n >= 2 && strings.ContainsRune("大项个类", rs[n-1]) && strings.IndexFunc(string(rs[:n-1]), func(r rune) bool {
		return !isDigit(r) && !strings.ContainsRune(cnNumerals, r)
	}) < 0 {
		return false
	}
	// 大健康合作特别试验区, 学校联盟: an institution or a zone, not a programme.
	for _, w := range []string{"试验区", "示范区", "实验区", "联盟", "公司", "集团", "合作社", "学校", "医院"} {
		if strings.HasSuffix(core, w) {
			return false
		}
	}
	for _, r := range core {
		if r == '，' || r == '。' || r == ',' {
			return false
		}
	}
	return true
}

// sloganOrChain reports whether quoted text of any length is a national
// slogan, slogans written together, or a chain of actors joined by +.
func (x *Extractor) sloganOrChain(core string) bool {
	// 输血式, 造血型: the slogan with a manner suffix is still the slogan.
	if x.lex.Slogans[core] || x.lex.Slogans[strings.TrimRight(core, "式型")] {
		return true
	}
	// Slogans written together: 一乡一业、一村一品.
	if parts := strings.FieldsFunc(core, func(r rune) bool { return r == '、' || r == '，' }); len(parts) > 1 {
		all := true
		for _, p := range parts {
			all = all && x.lex.Slogans[p]
		}
		if all {
			return true
		}
	}
	// A chain of words (产业+消费, 龙头企业+合作社+贫困户, 研发+生产+销售)
	// describes how actors or program types are combined; it names no
	// programme. Coined chains are of numbers, letters and single characters
	// (1+3+N, 3+X, 双+) or of counted words (两业+两机).
	if parts := strings.Split(core, "+"); len(parts) > 1 {
		for _, p := range parts {
			han := 0
			for _, r := range p {
				if isHan(r) {
					han++
				}
			}
			// 两业+两机: a part counted by a numeral is coined too.
			if han >= 2 && !strings.ContainsRune(cnNumerals, []rune(p)[0]) {
				return true
			}
		}
	}
	return false
}

// domainEndingAt is the length of the longest X扶贫 domain ending right
// before rs[end], 0 if none.
func (x *Extractor) domainEndingAt(rs []rune, end int) int {
	node, n := &x.domainTrie.root, 0
	for k := end - 1; k >= 0; k-- {
		node = node.child(rs[k])
		if node == nil {
			break
		}
		if node.val > 0 {
			n = end - k
		}
	}
	return n
}

// listedProgramTypes reads the X扶贫 items of a list of program types that
// the lexicon does not know, when another item of the same list is a known
// one: 产业扶贫、保障扶贫、设施扶贫等十大工程 gives 保障扶贫 and 设施扶贫,
// though neither 保障 nor 设施 is a known domain. An item counts only where a list mark opens
// it (its first character is then certain) or, first in the list, its X is a
// noun right after a verb (nounAfterVerb), it is two to four Chinese
// characters before 扶贫, and a list mark, 等 or a clause break follows it
// (易地扶贫搬迁 is one name, not an item).
func (x *Extractor) listedProgramTypes(rs []rune) []string {
	type item struct {
		start, end int // rs[start:end] is X扶贫
		opened     bool
	}
	var items []item
	for j := 2; j+1 < len(rs); j++ {
		if rs[j] != '扶' || rs[j+1] != '贫' {
			continue
		}
		k := j
		for k > 0 && j-k < 5 && isHan(rs[k-1]) && !isListMark(rs[k-1]) {
			k--
		}
		// A quote opening the list fixes where its first item starts, as a
		// list mark does ("光伏扶贫、庭院扶贫").
		opened := k > 0 && (isListMark(rs[k-1]) || isOpenQuote(rs[k-1]) && rs[k-1] != '《')
		items = append(items, item{k, j + 2, opened})
	}
	var out []string
	for n, it := range items {
		// Joined to a neighbour X扶贫 item by a list mark.
		prevJoined := n > 0 && it.opened && items[n-1].end == it.start-1
		nextJoined := n+1 < len(items) && items[n+1].opened && items[n+1].start-1 == it.end
		if !prevJoined && !nextJoined {
			continue
		}
		if !it.opened {
			// The first item has no list mark before it: its X is a noun
			// right after a verb (推进民宿扶贫、电商扶贫, 依托企业扶贫、产业扶贫).
			start, ok := x.nounAfterVerb(rs, it.end-2)
			if !ok {
				continue
			}
			it.start, it.opened = start, true
		}
		if !it.opened || it.end-it.start < 4 || it.end-it.start > 6 {
			continue
		}
		if it.end < len(rs) && !isListMark(rs[it.end]) && rs[it.end] != '等' && !isClauseBreak(rs[it.end]) && !isCloseQuote(rs[it.end]) {
			continue
		}
		if _, _, ok := x.domainBefore(rs, it.end-2); ok {
			continue // a known type, found on its own
		}
		if x.lex.NotDomains[string(rs[it.start:it.end-2])] || x.fixedWithin(rs, it.start, it.end) {
			continue
		}
		// Another item of the list is a known type.
		known := false
		for m := n - 1; m >= 0 && items[m].end == items[m+1].start-1 && items[m+1].opened; m-- {
			_, _, ok := x.domainBefore(rs, items[m].end-2)
			known = known || ok
		}
		for m := n + 1; m < len(items) && items[m].opened && items[m].start-1 == items[m-1].end; m++ {
			_, _, ok := x.domainBefore(rs, items[m].end-2)
			known = known || ok
		}
		if known {
			out = append(out, string(rs[it.start:it.end]))
		}
	}
	return out
}

// nounAfterVerb finds the X of an X扶贫 whose 扶 is at rs[j] when X is a
// two-character noun right after a verb or at the start of its clause
// (推进民宿扶贫: 民宿 after 推进), and returns where X starts. A verb (统筹带动
// 扶贫) or a noun phrase (林业引资扶贫) before 扶贫 gives nothing.
func (x *Extractor) nounAfterVerb(rs []rune, j int) (int, bool) {
	a := j
	for a > 0 && j-a < 10 && !isClauseBreak(rs[a-1]) && !isListMark(rs[a-1]) {
		a--
	}
	toks := x.seg.pos(string(rs[a:j]))
	if len(toks) == 0 {
		return 0, false
	}
	last := toks[len(toks)-1]
	if runeLen(last.Text) != 2 || last.Pos != "n" {
		return 0, false
	}
	if len(toks) > 1 && toks[len(toks)-2].Pos != "v" {
		return 0, false
	}
	return j - 2, true
}

// typesTakenAs reads the X扶贫 of 把X扶贫作为…, where the text takes a type of
// poverty work the lexicon does not know as its aim or means: 把庭院经济扶贫
// 作为增收抓手, 把山林补偿扶贫作为重要支撑. 把 fixes where X starts; X passes
// the tests of a quoted type (quotedType) and is no verb with its complement
// or determiner (verbOrDeterminer: 把抓好扶贫作为…, 把这项扶贫作为… take the
// work itself). A known domain with 精准 (把产业精准扶贫作为第一抓手) is that
// domain's type. Tuning texts: 4 of 5 right.
func (x *Extractor) typesTakenAs(rs []rune) []lexicon.Program {
	var out []lexicon.Program
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '把' {
			continue
		}
		for n := 2; n <= 6 && i+1+n+4 <= len(rs); n++ {
			end := i + 1 + n
			if !hasRunePrefix(rs, end, "扶贫作为") {
				continue
			}
			stem := runesString(rs[i+1 : end])
			if verbOrDeterminer(stem) {
				break
			}
			if d, ok := strings.CutSuffix(stem, "精准"); ok {
				if prog, known := x.lex.Domains[d]; known {
					out = append(out, prog)
				}
			} else if core := stem + "扶贫"; x.quotedType(core) {
				out = append(out, lexicon.Program{Canonical: core, Category: "其他"})
			}
			break
		}
	}
	return out
}

// verbOrDeterminer reports whether the words between 把 and 扶贫 are a verb
// with its complement (抓好, 做实, 落细) or open with a determiner (这项, 该类,
// 此次, 各类): what is taken is poverty work itself, not a type of it.
func verbOrDeterminer(stem string) bool {
	first, _ := utf8.DecodeRuneInString(stem)
	last, _ := utf8.DecodeLastRuneInString(stem)
	return strings.ContainsRune("好实细", last) || strings.ContainsRune("这该此各", first)
}

// isListMark reports whether r joins the items of a list.
func isListMark(r rune) bool { return r == '、' || r == '和' || r == '及' }

// fixedWithin reports whether a fixed program name (易地搬迁扶贫) starts
// within rs[start:end].
func (x *Extractor) fixedWithin(rs []rune, start, end int) bool {
	for k := start; k < end; k++ {
		if n, _ := x.programTrie.longest(rs, k); n > 0 {
			return true
		}
	}
	return false
}

// quotedType reports whether a quoted core is an X扶贫 the X扶贫 rule does not
// read: two to six characters of a domain the lexicon neither knows nor
// rules out, before 扶贫 that ends the core.
func (x *Extractor) quotedType(core string) bool {
	stem, ok := strings.CutSuffix(core, "扶贫")
	n := runeLen(stem)
	if !ok || n < 2 || n > 6 || !allHan(stem) || x.lex.NotDomains[stem] || strings.Contains(stem, "扶贫") {
		return false
	}
	if x.knownDomainLast([]rune(core)) {
		return false
	}
	for nd := range x.lex.NotDomains {
		// 精准X扶贫, 输血式扶贫: a stem that opens with a notdomain word.
		if runeLen(nd) >= 2 && strings.HasPrefix(stem, nd) {
			return false
		}
	}
	// 开发式扶贫 is 开发 (a notdomain) as a manner; 五级书记抓扶贫 and 总编台长看
	// 扶贫 are campaigns of people doing poverty work, a verb before 扶贫.
	if base, ok := strings.CutSuffix(stem, "式"); ok && x.lex.NotDomains[base] {
		return false
	}
	last := []rune(stem)[n-1]
	return !strings.ContainsRune("抓看促帮助搞谈话讲写", last)
}

// plusType reads a quoted program written as a sum that ends in poverty
// alleviation: “旅游+扶贫”, “党建+旅游+扶贫”, “光伏+金融扶贫”, a kind of
// work joined to 扶贫 the way the report names its approach (read part: 11
// of 12 such quotes recorded). The caller leaves a sum whose last item is a
// known program type (“电商+消费扶贫” is 消费扶贫, which domainBefore reads). Two or three items of one to six Han
// characters; a sum whose every item is a program of its own (“旅游扶贫+生态
// 扶贫”) is a list of programs, and a longer chain or one holding other signs
// is a chain of actors or a motto. The full-width plus is written as “+”.
func plusType(core string) (string, bool) {
	core = strings.ReplaceAll(core, "＋", "+")
	items := strings.Split(core, "+")
	if len(items) < 2 || len(items) > 3 || !strings.HasSuffix(core, "扶贫") {
		return "", false
	}
	programs := 0
	for _, it := range items {
		if n := runeLen(it); n < 1 || n > 6 || !allHan(it) {
			return "", false
		}
		if strings.HasSuffix(it, "扶贫") {
			programs++
		}
	}
	if programs == len(items) {
		return "", false
	}
	return core, true
}

// knownDomainLast reports whether the 扶贫 ending rs follows a known domain
// (the 消费 of 电商+消费扶贫).
func (x *Extractor) knownDomainLast(rs []rune) bool {
	_, _, ok := x.domainBefore(rs, len(rs)-2)
	return ok
}
