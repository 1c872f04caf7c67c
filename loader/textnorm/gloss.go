package textnorm

import (
	"strings"
	"unicode"
)

// Some pages print a reading after characters for learners, in lenticular
// brackets or parentheses, with or without tones, sometimes twice: 电【diàn】
// 站【zhàn】, 中(zhong)(zhong)央. Copied from such a page the glosses sit in
// the text, break words (建档【dàng】立卡) and hide figures from the rules.
// The gloss of a copied page may also be cut by a line break (徽【\nhuī】).
//
// stripGlosses removes every "【p】", "(p)" or "（p）" whose p, white space aside, is a
// reading of the Han character before it (go-pinyin's data, with or without
// tones), once the text holds at least minGlossFits of them: one such pair
// can be chance, three are the page's habit. It returns the text and the
// number of glosses removed. Brackets holding anything else stay.
func stripGlosses(s string) (string, int) {
	if !strings.ContainsAny(s, "【(（") {
		return s, 0
	}
	rs := []rune(s)
	type span struct{ from, to int } // rs[from:to] is a gloss with its brackets
	var spans []span
	for i := 1; i < len(rs); i++ {
		if !glossOpen(rs[i]) || !unicode.Is(unicode.Han, rs[i-1]) {
			continue
		}
		han := rs[i-1]
		for k := i; k < len(rs) && glossOpen(rs[k]); {
			// 中(zhong)(zhong): a gloss printed twice is gone twice.
			end, ok := glossAt(rs, k, han)
			if !ok {
				break
			}
			spans = append(spans, span{k, end})
			i, k = end-1, end
		}
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

func glossOpen(r rune) bool { return r == '【' || r == '(' || r == '（' }

// glossAt reports whether rs[k:] opens a gloss of han: a bracket, a reading
// of han (white space aside), the matching closing bracket. It returns the
// index after the closing bracket.
func glossAt(rs []rune, k int, han rune) (int, bool) {
	closer := ')'
	switch rs[k] {
	case '【':
		closer = '】'
	case '（':
		closer = '）'
	}
	j, p := k+1, make([]rune, 0, 8)
	for ; j < len(rs) && j-k <= 12 && rs[j] != closer; j++ {
		switch {
		case isPinyinRune(rs[j]):
			p = append(p, rs[j])
		case unicode.IsSpace(rs[j]):
		default:
			return 0, false
		}
	}
	if j >= len(rs) || rs[j] != closer || len(p) == 0 || len(p) > 7 {
		return 0, false
	}
	if readingMatch(han, normPinyin(string(p))) == 0 {
		return 0, false
	}
	return j + 1, true
}

// minGlossFits is how many reading glosses a text needs before stripGlosses
// touches it.
const minGlossFits = 3
