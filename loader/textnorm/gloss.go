package textnorm

import (
	"strings"
	"unicode"
)

// Some pages print a reading after characters for learners, in lenticular
// brackets: 电【diàn】站【zhàn】. Copied from such a page the glosses sit in
// the text, break words (建档【dàng】立卡) and hide figures from the rules.
// The gloss of a copied page may also be cut by a line break (徽【\nhuī】).
//
// stripGlosses removes every "【p】" whose p, white space aside, is a
// reading of the Han character before it (go-pinyin's data, with or without
// tones), once the text holds at least minGlossFits of them: one such pair
// can be chance, three are the page's habit. It returns the text and the
// number of glosses removed. Brackets holding anything else stay.
func stripGlosses(s string) (string, int) {
	if !strings.Contains(s, "【") {
		return s, 0
	}
	rs := []rune(s)
	type span struct{ from, to int } // rs[from:to] is "【p】"
	var spans []span
	for i := 1; i < len(rs); i++ {
		if rs[i] != '【' || !unicode.Is(unicode.Han, rs[i-1]) {
			continue
		}
		j, p := i+1, make([]rune, 0, 8)
		for ; j < len(rs) && j-i <= 12 && rs[j] != '】'; j++ {
			switch {
			case isPinyinRune(rs[j]):
				p = append(p, rs[j])
			case unicode.IsSpace(rs[j]):
			default:
				j = len(rs) // not a gloss
			}
		}
		if j >= len(rs) || rs[j] != '】' || len(p) == 0 || len(p) > 7 {
			continue
		}
		if readingMatch(rs[i-1], normPinyin(string(p))) == 0 {
			continue
		}
		spans = append(spans, span{i, j + 1})
		i = j
	}
	if len(spans) < minGlossFits {
		return s, 0
	}
	out := make([]rune, 0, len(rs))
	last := 0
	for _, sp := range spans {
		out = append(out, rs[last:sp.from]...)
		last = sp.to
	}
	out = append(out, rs[last:]...)
	return string(out), len(spans)
}

// minGlossFits is how many reading glosses a text needs before stripGlosses
// touches it.
const minGlossFits = 3
