package loader

import (
	"strings"

	"github.com/tuopin/tuopin/kg"
)

// orgSuffixes end an organisation's name, longest first, with its kind.
var orgSuffixes = []struct{ suffix, kind string }{
	{"股份有限公司", "enterprise"}, {"有限责任公司", "enterprise"}, {"有限公司", "enterprise"},
	{"分公司", "enterprise"}, {"公司", "enterprise"}, {"集团", "enterprise"},
	{"牧业", "enterprise"}, {"农牧", "enterprise"}, {"食品厂", "enterprise"},
	{"专业合作社", "cooperative"}, {"合作社", "cooperative"},
}

var orgSuffixSet = func() *phrases {
	var ws []string
	for _, os := range orgSuffixes {
		ws = append(ws, os.suffix)
	}
	return newPhrases(ws...)
}()

// orgStems are words that, before a suffix, make a description, not a name.
var orgStems = []string{"龙头", "民营", "国有", "企业", "该", "本", "各", "全", "县", "市", "专业", "农村", "农民", "贫困", "扶贫", "投资", "畜牧", "开发", "种植", "养殖", "新型", "村集体", "合作", "物流", "电商", "电子商务"}

// findOrganizations records enterprises and cooperatives named in the
// article (万泷牧业, 大山合公司). Only names whose stem is a proper name (not
// 龙头企业, 专业农村合作社, 县扶贫开发投资公司) are kept: precision over recall.
func (x *Extractor) findOrganizations(d *document, p *places) []kg.OrganizationFact {
	seen := map[string]bool{}
	var out []kg.OrganizationFact
	for _, s := range d.sents {
		rs := s.rs
		for i := 0; i < len(rs); i++ {
			if !orgSuffixSet.starts(rs[i]) || orgSuffixSet.at(rs, i) == "" {
				continue
			}
			for _, os := range orgSuffixes {
				if !hasRunePrefix(rs, i, os.suffix) {
					continue
				}
				end := i + runeLen(os.suffix)
				if orgContinues(rs, end) {
					// 万泷牧业靖宇分公司: the name goes on to a later suffix.
					break
				}
				name := x.orgName(rs, i, os.suffix)
				i = end - 1
				if name == "" {
					break
				}
				if !seen[name] {
					seen[name] = true
					out = append(out, kg.OrganizationFact{
						ID: kg.OrganizationID(name, p.subject), Name: name, Kind: os.kind,
						RegionCode: p.subject, Evidence: []kg.Evidence{s.evidenceBy(d.ID, "organization.name")},
					})
				}
				break
			}
		}
	}
	return out
}

// orgContinues reports whether another organisation suffix follows within a
// few Han characters of rs[end].
func orgContinues(rs []rune, end int) bool {
	for j := end; j < len(rs) && j-end <= 6 && isHan(rs[j]); j++ {
		for _, os := range orgSuffixes {
			if hasRunePrefix(rs, j, os.suffix) && (os.suffix == "分公司" || os.suffix == "公司" || os.suffix == "有限公司") {
				return true
			}
		}
	}
	return false
}

// orgName reads the name ending with suffix at rs[i]: the nouns before it,
// as gse tags them, at most eight characters.
func (x *Extractor) orgName(rs []rune, i int, suffix string) string {
	a := i
	for a > 0 && i-a < 12 && isHan(rs[a-1]) {
		a--
	}
	if i-a < 2 {
		return ""
	}
	toks := x.seg.pos(string(rs[a:i]))
	k := len(toks)
	n := 0
	for k > 0 {
		t := toks[k-1]
		if !(strings.HasPrefix(t.Pos, "n") || t.Pos == "x" || t.Pos == "j" || t.Pos == "nz" || t.Pos == "ns" || t.Pos == "zg") {
			break
		}
		if t.Pos == "n" && runeLen(t.Text) >= 2 && (strings.Contains("企业公司单位部门", t.Text) || hasAny(t.Text, orgStems)) {
			break
		}
		k--
		n += runeLen(t.Text)
	}
	stem := string(rs[i-n : i])
	if runeLen(stem) < 2 {
		return ""
	}
	for _, w := range orgStems {
		if strings.HasPrefix(stem, w) || stem == w {
			return ""
		}
	}
	return stem + suffix
}
