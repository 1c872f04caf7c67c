package textnorm

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// The pinyin-annotation damage (see doc.go) was made by a tool that took
// every character outside GB2312 in a GBK text and replaced all occurrences of
// its two bytes in the byte stream with those bytes plus "(pinyin)". The
// replacement ignored character boundaries, so it also hit the trail byte of
// one character followed by the lead byte of the next. The result was then
// decoded as GBK again, where a lead byte followed by the inserted "(" is
// invalid: both became "?". Decoding after such a loss runs one byte out of
// step and yields unrelated characters until an ASCII byte brings it back.
//
// The repair runs the damage backwards, one line at a time: encode the line
// to GBK again, drop each "(p)" whose two preceding bytes are a GBK character
// outside GB2312 that reads p, put back the byte lost in each "?p)" (a byte L
// such that the previous byte and L form a character that reads p), and
// decode. When several bytes L fit, the one whose decoding reads as common
// text wins.

// minDamageFits is how many "X(p)" with p a reading of X a text needs before
// we believe it is damaged and touch it.
const minDamageFits = 3

// Options tunes Normalize.
type Options struct {
	// WordScorer, if set, scores a short simplified string: higher means more
	// likely to be real text (a known word or place name). The pinyin repair
	// adds it to its own character-frequency score when choosing between
	// reconstructions of a lost byte. It must be safe for concurrent use.
	WordScorer func(s string) float64
}

var pinyinArgs = pinyin.Args{Style: pinyin.Tone, Heteronym: true}

// readings returns the pinyin readings of r, with tone marks.
func readings(r rune) []string {
	return pinyin.SinglePinyin(r, pinyinArgs)
}

var (
	syllablesOnce sync.Once
	syllables     map[string]bool // every reading go-pinyin knows, normalised
)

func knownSyllable(p string) bool {
	syllablesOnce.Do(func() {
		syllables = make(map[string]bool, 2000)
		for _, v := range pinyin.PinyinDict {
			for _, s := range strings.Split(v, ",") {
				syllables[normPinyin(s)] = true
			}
		}
	})
	return syllables[p]
}

// normPinyin folds the spellings GB2312's pinyin row allows (ɑ, ɡ) and
// decomposed tone marks into go-pinyin's form.
func normPinyin(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	return strings.NewReplacer("ɑ", "a", "ɡ", "g").Replace(s)
}

var toneless = strings.NewReplacer(
	"ā", "a", "á", "a", "ǎ", "a", "à", "a",
	"ē", "e", "é", "e", "ě", "e", "è", "e", "ê", "e",
	"ī", "i", "í", "i", "ǐ", "i", "ì", "i",
	"ō", "o", "ó", "o", "ǒ", "o", "ò", "o",
	"ū", "u", "ú", "u", "ǔ", "u", "ù", "u",
	"ǖ", "v", "ǘ", "v", "ǚ", "v", "ǜ", "v", "ü", "v",
	"ń", "n", "ň", "n", "ǹ", "n", "ḿ", "m",
)

// readingMatch says how well p matches r's readings: 2 with the tone, 1
// without it, 0 not at all.
func readingMatch(r rune, p string) int {
	best := 0
	var bare string
	for _, rd := range readings(r) {
		rd = normPinyin(rd)
		if rd == p {
			return 2
		}
		if bare == "" {
			bare = toneless.Replace(p)
		}
		if toneless.Replace(rd) == bare {
			best = 1
		}
	}
	return best
}

func isPinyinRune(r rune) bool {
	if r >= 'a' && r <= 'z' {
		return true
	}
	switch r {
	case 'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ê', 'ī', 'í', 'ǐ', 'ì',
		'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ü', 'ǖ', 'ǘ', 'ǚ', 'ǜ',
		'ń', 'ň', 'ǹ', 'ḿ', 'ɑ', 'ɡ', 0x0300, 0x0301, 0x030C, 0x0304, 0x0308:
		return true
	}
	return false
}

// pinyinAt reports whether rs[i:] starts with a pinyin syllable closed by
// ")"; it returns the normalised syllable and the index of the ")".
func pinyinAt(rs []rune, i int) (string, int, bool) {
	j := i
	for j < len(rs) && j-i <= 8 && isPinyinRune(rs[j]) {
		j++
	}
	if j == i || j >= len(rs) || rs[j] != ')' || j-i > 8 {
		return "", 0, false
	}
	return normPinyin(string(rs[i:j])), j, true
}

// countDamageFits counts "X(p)" where X is a GBK character outside GB2312 and
// p one of its readings: the signature of the damage. It stops at limit.
func countDamageFits(s string, limit int) int {
	if !strings.Contains(s, ")") {
		return 0
	}
	n := 0
	for _, line := range strings.Split(s, "\n") {
		if !strings.Contains(line, "(") {
			continue
		}
		rs := []rune(line)
		for i := 1; i+2 < len(rs); i++ {
			if rs[i] != '(' {
				continue
			}
			p, _, ok := pinyinAt(rs, i+1)
			if !ok {
				continue
			}
			b, ok := appendGBK(nil, rs[i-1])
			if !ok || len(b) != 2 || inGB2312(b[0], b[1]) {
				continue
			}
			if readingMatch(rs[i-1], p) == 2 {
				n++
				if n >= limit {
					return n
				}
			}
		}
	}
	return n
}

// repairPinyin undoes the pinyin-annotation damage in s if s shows its
// signature. It returns the repaired text and the number of annotations
// removed.
func repairPinyin(s string, opt Options) (string, int) {
	if countDamageFits(s, minDamageFits) < minDamageFits {
		return s, 0
	}
	rp := &repairer{opt: opt}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if strings.Contains(line, ")") {
			lines[i] = rp.line(line)
		}
		lines[i] = rp.lostSeparators(lines[i])
	}
	return strings.Join(lines, "\n"), rp.repairs
}

type repairer struct {
	opt     Options
	repairs int
}

// line repairs one line. Runes GBK cannot encode cannot have passed through
// the damage; they split the line into independent segments.
func (rp *repairer) line(s string) string {
	rs := []rune(s)
	var res strings.Builder
	res.Grow(len(s))
	var out []byte // repaired GBK bytes of the current segment
	flush := func() {
		res.WriteString(decodeGBKBytes(out))
		out = out[:0]
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		if r == '(' || r == '?' {
			if p, end, ok := pinyinAt(rs, i+1); ok {
				if r == '(' && len(out) >= 2 && rp.annotates(out[len(out)-2], out[len(out)-1], p) {
					rp.repairs++
					i = end + 1
					continue
				}
				if r == '?' && len(out) >= 1 {
					if l, ok := rp.lostByte(out, p, lookahead(rs, end+1)); ok {
						out = append(out, l)
						rp.repairs++
						i = end + 1
						continue
					}
				}
			}
		}
		var ok bool
		if out, ok = appendGBK(out, r); !ok {
			flush()
			res.WriteRune(r)
		}
		i++
	}
	flush()
	return res.String()
}

// annotates reports whether "(p)" after the bytes a b is an inserted
// annotation: a b is a GBK character outside GB2312 that reads p.
func (rp *repairer) annotates(a, b byte, p string) bool {
	if inGB2312(a, b) {
		return false
	}
	r, ok := gbkRune(a, b)
	return ok && readingMatch(r, p) > 0
}

// lookahead returns the GBK bytes of the few runes after a damaged spot, up
// to the next possible annotation, for judging candidate repairs.
func lookahead(rs []rune, i int) []byte {
	var b []byte
	for n := 0; i < len(rs) && n < 6; i, n = i+1, n+1 {
		if rs[i] == '(' || rs[i] == '?' {
			break
		}
		var ok bool
		if b, ok = appendGBK(b, rs[i]); !ok {
			break
		}
	}
	return b
}

// lostByte finds the byte that was lost with "(" in "?p)": the byte L for
// which the last byte of out and L form a GBK character outside GB2312 that
// reads p. Among several, the one whose surroundings decode to the most
// common text wins; if no reading fits (the damaging tool's pinyin table
// differs from ours), any such character is considered.
func (rp *repairer) lostByte(out []byte, p string, after []byte) (byte, bool) {
	a := out[len(out)-1]
	if a < gbkLeadLo || !knownSyllable(p) {
		return 0, false
	}
	ctx := contextStart(out)
	bestL, bestScore, found := byte(0), 0.0, false
	for pass := 2; pass >= 0 && !found; pass-- {
		for l := gbkLeadLo; l <= gbkLeadHi; l++ {
			if inGB2312(a, byte(l)) {
				continue
			}
			r, ok := gbkRune(a, byte(l))
			if !ok {
				continue
			}
			if m := readingMatch(r, p); (pass > 0 && m != pass) || (pass == 0 && m != 0) {
				continue
			}
			buf := make([]byte, 0, len(out)-ctx+1+len(after))
			buf = append(append(append(buf, out[ctx:]...), byte(l)), after...)
			sc := rp.score(decodeGBKBytes(buf))
			if !found || sc > bestScore {
				bestL, bestScore, found = byte(l), sc, true
			}
		}
	}
	return bestL, found
}

// contextStart returns an index a few characters before the end of out that
// is a character boundary: out is the repaired stream, so walking it from the
// start in GBK steps keeps the true alignment.
func contextStart(out []byte) int {
	const keep = 4
	var bounds [keep]int
	n := 0
	for i := 0; i < len(out); {
		bounds[n%keep] = i
		n++
		if out[i] >= gbkLeadLo && i+1 < len(out) {
			i += 2
		} else {
			i++
		}
	}
	if n == 0 {
		return 0
	}
	if n < keep {
		return bounds[0]
	}
	return bounds[n%keep]
}

// score rates decoded text: common hanzi count for it, replacement
// characters and stray symbols against it.
func (rp *repairer) score(s string) float64 {
	t := getTables()
	sc := 0.0
	for _, r := range s {
		sc += runeScore(t, r)
	}
	if rp.opt.WordScorer != nil {
		sc += rp.opt.WordScorer(ToSimplified(s))
	}
	return sc
}

func runeScore(t *tables, r rune) float64 {
	switch {
	case r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF) || r < 0x20:
		return -3
	case r < 0x80:
		return 0
	case t.common.has(r):
		return 2
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x2010 && r <= 0x2027:
		return 0.5
	case r >= 0x3400 && r <= 0x9FFF:
		return 0
	default:
		return -1
	}
}

// lostSeparators replaces a "?" between digits, which in a damaged text is
// a character GBK could not hold, by the middle dot Chinese uses in dates
// such as 7·29.
func (rp *repairer) lostSeparators(s string) string {
	if !strings.Contains(s, "?") {
		return s
	}
	rs := []rune(s)
	changed := false
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '?' && isDigit(rs[i-1]) && isDigit(rs[i+1]) {
			rs[i] = '·'
			changed = true
			rp.repairs++
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
