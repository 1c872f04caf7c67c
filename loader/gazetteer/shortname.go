package gazetteer

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// nationalities are the 55 minority nationalities as they appear inside the
// names of autonomous regions, prefectures, counties and banners.
var nationalities = []string{
	"蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白",
	"土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡",
	"纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
	"锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
	"裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
	"各", // 龙胜各族自治县, 隆林各族自治县
}

// ethnic are the forms stripped from the end of an autonomous name, longest
// first so that 哈萨克族 is tried before 哈萨克: every nationality with 族,
// and those of two or more characters also bare (伊犁哈萨克自治州); a bare 回
// or 藏 is part of a place name.
var ethnic = func() []string {
	var out []string
	for _, n := range nationalities {
		out = append(out, n+"族")
		if runeLen(n) >= 2 {
			out = append(out, n)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}()

// autonomous maps the suffix of an autonomous division to the generic suffix
// that news text puts after its short form (务川县, 延边州, 莫力达瓦旗).
var autonomous = []struct{ suffix, generic string }{
	{"自治区", ""}, {"自治州", "州"}, {"自治县", "县"}, {"自治旗", "旗"},
}

// suffixes are the generic parts of other names, longest first.
var suffixes = []string{"特别行政区", "行政委员会", "新区", "地区", "特区", "省", "市", "县", "区", "旗", "盟"}

// irregular are names whose generic part the rules would get wrong: 林区 is
// the suffix of 神农架林区 only (碑林区, 万柏林区 are 区).
var irregular = map[string]string{"神农架林区": "神农架"}

// shortForms returns the short name of a division and the further aliases
// that text uses for it: for 务川仡佬族苗族自治县 the short name 务川 and the
// aliases 务川县 and 务川自治县. A short form of one character is no alias
// (宁 for 宁县), so short is "" then.
func shortForms(name string) (short string, aliases []string) {
	for _, a := range autonomous {
		base, ok := strings.CutSuffix(name, a.suffix)
		if !ok {
			continue
		}
		short = stripEthnic(base)
		if runeLen(short) < 2 {
			return "", nil
		}
		if a.generic != "" {
			aliases = append(aliases, short+a.generic)
		}
		aliases = append(aliases, short+a.suffix)
		return short, aliases
	}
	if base, ok := strings.CutSuffix(name, "族区"); ok {
		// An ethnic district (梅里斯达斡尔族区, 管城回族区): news text writes
		// it as its place name and 区 (梅里斯区, 管城区), as it does an
		// autonomous county's.
		if short = stripEthnic(base + "族"); runeLen(short) >= 2 && short != base+"族" {
			return short, []string{short + "区"}
		}
		return "", nil
	}
	if short, ok := irregular[name]; ok {
		return short, nil
	}
	for _, s := range suffixes {
		// A stem of one character means the suffix was shorter: 清新区 is
		// 清新 + 区, not 清 + 新区.
		if base, ok := strings.CutSuffix(name, s); ok && runeLen(base) >= 2 {
			return base, nil
		}
	}
	return "", nil
}

// stripEthnic removes the nationalities from the end of the name of an
// autonomous division (务川仡佬族苗族 -> 务川). A nationality that is the whole
// place name stays (东乡族 -> 东乡, 鄂伦春 -> 鄂伦春, 内蒙古 -> 内蒙古).
func stripEthnic(base string) string {
	for stripped := true; stripped; {
		stripped = false
		for _, e := range ethnic {
			if rest, ok := strings.CutSuffix(base, e); ok && runeLen(rest) >= 2 {
				base, stripped = rest, true
				break
			}
		}
	}
	if rest, ok := strings.CutSuffix(base, "族"); ok && runeLen(rest) >= 2 {
		return rest
	}
	return base
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
