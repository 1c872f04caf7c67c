package loader

import (
	"strings"

	kg "github.com/tuopin/tuopin"
)

// programAcc accumulates one program over an article.
type programAcc struct {
	name, category string
	local          bool
	evidence       []kg.Evidence
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
		e := s.evidence(d.id)
		for i := 0; i < len(rs); i++ {
			// Fixed names first: 扶贫小额信贷 contains 扶贫 but is no X扶贫.
			if n, v := x.programTrie.longest(rs, i); n > 0 {
				prog := x.lex.Programs[x.programs[v]]
				ps.add(prog.Canonical, prog.Category, false, e)
				i += n - 1
				continue
			}
			if rs[i] == '扶' && i+1 < len(rs) && rs[i+1] == '贫' {
				if name, cat, ok := x.domainBefore(rs, i); ok {
					// 产业、就业、教育扶贫: the domains listed before share 扶贫.
					for _, d := range x.sharedDomains(rs, i, name) {
						prog := x.lex.Domains[d]
						ps.add(prog.Canonical, prog.Category, false, e)
					}
					ps.add(name, cat, false, e)
				}
			}
		}
		for _, q := range x.quotedInitiatives(rs) {
			ps.add(q, "地方", true, e)
		}
	}
	region := p.subject
	var out []kg.ProgramFact
	for _, acc := range ps.order {
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
		node = node.next[rs[k]]
		if node == nil {
			break
		}
		if node.val > 0 {
			best, bestVal = j-k, node.val-1
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

// sharedDomains returns the domains listed before the X of an X扶贫 ending at
// rs[i] when every item of the list is a known domain: 产业、就业、教育扶贫.
func (x *Extractor) sharedDomains(rs []rune, i int, name string) []string {
	// Find where the last domain starts.
	start := i
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		if d := string(rs[k:i]); x.lex.Domains[d].Canonical == name {
			start = k
		}
	}
	if start == i || start == 0 || rs[start-1] != '、' && rs[start-1] != '和' && rs[start-1] != '及' {
		return nil
	}
	var out []string
	end := start - 1
	for end > 0 {
		// The longest domain ending at rs[end]: 就业 in 、就业、.
		node, n := &x.domainTrie.root, 0
		for k := end - 1; k >= 0; k-- {
			node = node.next[rs[k]]
			if node == nil {
				break
			}
			if node.val > 0 {
				n = end - k
			}
		}
		if n == 0 {
			return nil
		}
		k := end - n
		out = append(out, string(rs[k:end]))
		if k == 0 || rs[k-1] != '、' && rs[k-1] != '和' && rs[k-1] != '及' {
			break
		}
		end = k - 1
	}
	return out
}

// initiativeHeads are nouns that, right after a quoted name, present it as a
// program: "1461"行动计划, "四联四帮"扶贫协作新模式, "双+"模式.
var initiativeHeads = []string{"行动计划", "行动", "计划", "工程", "模式", "思路", "战略", "机制"}

// initiativeVerbs introduce a quoted program that carries its own head noun:
// 创新"五种帮扶模式", 实施"四个创新".
var initiativeVerbs = []string{"实施", "创新", "采取", "采取了", "推行", "推广", "探索", "探索出", "实行", "开展", "打造", "构建", "形成", "形成了", "推出"}

// initiativeTails end a quoted name that is a program by itself.
var initiativeTails = []string{"模式", "行动", "计划", "工程", "创新", "机制", "帮扶"}

// quotedInitiatives returns the quoted cores of named local initiatives in a
// sentence.
func (x *Extractor) quotedInitiatives(rs []rune) []string {
	var out []string
	for i := 0; i < len(rs); i++ {
		if !isOpenQuote(rs[i]) || rs[i] == '《' {
			continue
		}
		j := i + 1
		for j < len(rs) && !isCloseQuote(rs[j]) && !isOpenQuote(rs[j]) && j-i <= 20 {
			j++
		}
		if j >= len(rs) || !isCloseQuote(rs[j]) || rs[j] == '》' {
			continue
		}
		open, after := i, j+1
		core := strings.TrimSpace(string(rs[i+1 : j]))
		i = j
		if core == "" || x.lex.Slogans[core] || strings.Contains(core, "扶贫") {
			continue
		}
		if x.isInitiative(rs, open, after, core) {
			out = append(out, core)
		}
	}
	return out
}

// isInitiative decides whether the quoted core between rs[open] and
// rs[after-1] names a program.
func (x *Extractor) isInitiative(rs []rune, open, after int, core string) bool {
	// A head noun after the quote, reached through 的, program-type words and
	// 扶贫/帮扶/协作/新: "四个依托、三个确保"的产业扶贫思路, "四联四帮"扶贫协作新模式,
	// "千名干部下基层"社会扶贫行动计划.
	k := after
	if k < len(rs) && rs[k] == '的' {
		k++
	}
	for steps := 0; k < len(rs) && steps < 6; steps++ {
		for _, h := range initiativeHeads {
			if hasRunePrefix(rs, k, h) {
				return x.plausibleCore(core)
			}
		}
		if rs[k] == '新' {
			k++
			continue
		}
		if hasRunePrefix(rs, k, "扶贫") || hasRunePrefix(rs, k, "帮扶") || hasRunePrefix(rs, k, "协作") || hasRunePrefix(rs, k, "脱贫") || hasRunePrefix(rs, k, "攻坚") || hasRunePrefix(rs, k, "工作") {
			k += 2
			continue
		}
		if n, _ := x.domainFwd.longest(rs, k); n > 0 {
			k += n
			continue
		}
		break
	}
	// Introduced by a verb and carrying its own head: 创新"五种帮扶模式",
	// 实施"四个创新".
	for _, v := range initiativeVerbs {
		if open >= 0 && hasRuneSuffix(rs, open, v) {
			for _, t := range initiativeTails {
				if strings.HasSuffix(core, t) {
					return x.plausibleCore(core)
				}
			}
		}
	}
	return false
}

// plausibleCore rejects quoted text that is a sentence or a slogan rather
// than a name.
func (x *Extractor) plausibleCore(core string) bool {
	if x.lex.Slogans[core] {
		return false
	}
	n := runeLen(core)
	if n == 0 || n > 16 {
		return false
	}
	for _, r := range core {
		if r == '，' || r == '。' || r == ',' {
			return false
		}
	}
	return true
}
