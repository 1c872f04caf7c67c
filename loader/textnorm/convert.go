package textnorm

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// opencc's own Convert rebuilds a []rune and a map per character and runs
// at about 2.5 MB/s, which made it the slowest stage of Normalize. We keep its
// dictionaries (OpenCC data, t2s: TSPhrases then TSCharacters) and drive them
// with the same greedy longest-match rule ourselves: the first dictionary of
// the group that matches at a position wins, its longest key is replaced by
// the first value, and keys never reach past a 10-rune window. Positions whose
// rune starts no key are copied untouched, so simplified text costs one set
// lookup per rune. TestToSimplifiedMatchesOpenCC keeps the two in step.

const openccWindow = 10 // runes; opencc.Convert's preOffset

// runeSet is a set of runes with a bitmap for the BMP.
type runeSet struct {
	bmp   [0x10000 / 64]uint64
	other map[rune]struct{}
}

func (s *runeSet) add(r rune) {
	if r < 0x10000 {
		s.bmp[r>>6] |= 1 << (uint(r) & 63)
		return
	}
	if s.other == nil {
		s.other = make(map[rune]struct{})
	}
	s.other[r] = struct{}{}
}

func (s *runeSet) has(r rune) bool {
	if r < 0x10000 {
		return r >= 0 && s.bmp[r>>6]&(1<<(uint(r)&63)) != 0
	}
	_, ok := s.other[r]
	return ok
}

// tables holds everything derived from the conversion and legacy-encoding
// data. It is built once and only read afterwards, so it is safe for
// concurrent use.
type tables struct {
	cc       *opencc.OpenCC
	starts   runeSet       // runes that begin some t2s dictionary key
	tradOnly runeSet       // traditional forms: t2s changes them and does not list them as their own simplified form
	simpOnly runeSet       // simplified forms absent from Big5: they cannot occur in traditional text
	common   runeSet       // GB2312 level-1 characters and the traditional forms that map onto them
	t2sChar  map[rune]rune // single-character t2s mapping (first value)
	initErr  error
}

var (
	tablesOnce sync.Once
	tbl        *tables
)

func getTables() *tables {
	tablesOnce.Do(func() { tbl = buildTables() })
	return tbl
}

func buildTables() *tables {
	t := &tables{t2sChar: make(map[rune]rune)}
	cc, err := opencc.New("t2s")
	if err != nil {
		t.initErr = err
		return t
	}
	t.cc = cc
	for _, g := range cc.DictChains {
		for i, d := range g.Dicts {
			chars := i < len(g.Files) && strings.Contains(g.Files[i], "Characters")
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				k, err := d.Trie.Key(id)
				if err != nil {
					continue
				}
				v, err := d.Trie.Value(id)
				if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
					continue
				}
				first, _ := utf8.DecodeRune(k)
				t.starts.add(first)
				if !chars || utf8.RuneCount(k) != 1 {
					continue
				}
				self := false
				for _, val := range d.Values[v] {
					if val == string(k) {
						self = true
					}
				}
				to, n := utf8.DecodeRuneInString(d.Values[v][0])
				if n == len(d.Values[v][0]) && to != first {
					t.t2sChar[first] = to
				}
				if !self {
					t.tradOnly.add(first)
				}
			}
		}
	}

	gb := decodeAllPairs(simplifiedchinese.GBK.NewDecoder().Bytes, 0xA1, 0xF7, [][2]byte{{0xA1, 0xFE}})
	big5 := decodeAllPairs(traditionalchinese.Big5.NewDecoder().Bytes, 0xA1, 0xF9, [][2]byte{{0x40, 0x7E}, {0xA1, 0xFE}})
	var inBig5 runeSet
	for _, r := range big5 {
		inBig5.add(r)
	}
	for _, r := range gb {
		if r < 0x3400 || inBig5.has(r) {
			continue
		}
		t.simpOnly.add(r)
	}
	// GB2312 level 1 is rows 16–55 (lead bytes 0xB0–0xD7): the 3,755 most
	// frequent hanzi. It is our frequency list for telling a right decoding or
	// repair from a wrong one.
	level1 := decodeAllPairs(simplifiedchinese.GBK.NewDecoder().Bytes, 0xB0, 0xD7, [][2]byte{{0xA1, 0xFE}})
	for _, r := range level1 {
		if r >= 0x3400 {
			t.common.add(r)
		}
	}
	for from, to := range t.t2sChar {
		if t.common.has(to) {
			t.common.add(from)
		}
	}
	return t
}

// decodeAllPairs decodes every two-byte code lead×trail and returns the
// characters that are not U+FFFD or private-use.
func decodeAllPairs(decode func([]byte) ([]byte, error), lo, hi byte, trails [][2]byte) []rune {
	var buf []byte
	for l := int(lo); l <= int(hi); l++ {
		for _, tr := range trails {
			for c := int(tr[0]); c <= int(tr[1]); c++ {
				buf = append(buf, byte(l), byte(c))
			}
		}
	}
	out, err := decode(buf)
	if err != nil {
		return nil
	}
	var rs []rune
	for _, r := range string(out) {
		if r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF) || r < 0x80 {
			continue
		}
		rs = append(rs, r)
	}
	return rs
}

// variantForms are variant characters that OpenCC's t2s data leaves as they
// are, each with its standard form: 陜 (a variant of 陝) in 陜西 is 陕西.
// Found by listing the characters outside GB2312 left in the real corpus
// after conversion, and by writing every division of the gazetteer in Hong
// Kong forms (OpenCC's s2hk) and converting it back: 衞 (卫辉市, 中卫市) and
// 敍 (叙永县, 叙州区) are the Hong Kong standard forms of 衛 and 敘
// (TestGazetteerSurvivesTraditional in package loader).
var variantForms = strings.NewReplacer("陜", "陕", "衞", "卫", "敍", "叙")

// foldVariants replaces the variantForms of s.
func foldVariants(s string) string {
	if !strings.Contains(s, "陜") && !strings.Contains(s, "衞") && !strings.Contains(s, "敍") {
		return s
	}
	return variantForms.Replace(s)
}

// keptPhrases are written the same in both scripts and must pass t2s
// unchanged, though a character of theirs has a simplified form of its own
// elsewhere: 乾 of 乾安县 (吉林) is no 干, and OpenCC's phrase table, which
// keeps 乾县 and 乾隆, has no entry for it. Found the same way as the Hong
// Kong forms above.
var keptPhrases = []string{"乾安"}

// ToSimplified converts traditional Chinese to simplified with OpenCC's t2s
// data (phrases first, then characters), leaving keptPhrases as they are:
// the text between them is converted piece by piece. Simplified and
// non-Chinese text is returned unchanged. It is safe for concurrent use.
func ToSimplified(s string) string {
	for _, p := range keptPhrases {
		if strings.Contains(s, p) {
			parts := strings.Split(s, p)
			for i := range parts {
				parts[i] = ToSimplified(parts[i])
			}
			return strings.Join(parts, p)
		}
	}
	return openccT2S(s)
}

// spunForms are the words a synonym-swapping "rewriter" puts for the terms of
// poverty statistics in mirrored copies of news (穷苦户 for 贫困户, 贫穷发作率
// for 贫困发生率), with the terms themselves. Only these compounds are
// replaced: 穷苦 and 贫穷 alone stay as written.
var spunForms = strings.NewReplacer(
	"穷苦户", "贫困户", "穷苦人口", "贫困人口", "穷苦村", "贫困村", "穷苦县", "贫困县",
	"穷苦发生率", "贫困发生率", "穷苦发作率", "贫困发生率", "贫穷发作率", "贫困发生率",
	"贫穷发生率", "贫困发生率", "贫穷人口", "贫困人口", "贫穷户", "贫困户", "贫穷村", "贫困村", "贫穷县", "贫困县",
)

// maskedParty are the Party's organs as some sites print them, with 党
// masked by an asterisk (某村*支部书记): the organ's name is put back.
var maskedParty = strings.NewReplacer("*支部", "党支部", "*总支", "党总支", "*委书记", "党委书记", "*委副书记", "党委副书记", "*组书记", "党组书记")

// unspin replaces the spunForms of s and puts back masked Party organs.
func unspin(s string) string {
	if strings.Contains(s, "*") {
		s = maskedParty.Replace(s)
	}
	if !strings.Contains(s, "穷") {
		return s
	}
	return spunForms.Replace(s)
}

// openccT2S converts with OpenCC's t2s data exactly as opencc's own Convert
// does (TestToSimplifiedMatchesOpenCC).
func openccT2S(s string) string {
	t := getTables()
	if t.cc == nil {
		return s
	}
	first := -1
	for i, r := range s {
		if t.starts.has(r) {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	dicts := t.cc.DictChains
	in := s[first:]
	for _, g := range dicts {
		b2 := convertGroup(t, g, in)
		in = b2
	}
	b.WriteString(in)
	return b.String()
}

// convertGroup applies one opencc dictionary group to s.
func convertGroup(t *tables, g *opencc.Group, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !t.starts.has(r) {
			j := i + n
			// Copy the whole run of runes that start no key at once.
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if t.starts.has(r2) {
					break
				}
				j += n2
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		end := i
		for k := 0; k < openccWindow && end < len(s); k++ {
			_, n2 := utf8.DecodeRuneInString(s[end:])
			end += n2
		}
		win := []byte(s[i:end])
		matched := false
		for _, d := range g.Dicts {
			ids := d.Trie.PrefixMatch(win, 0)
			if len(ids) == 0 {
				continue
			}
			id := ids[len(ids)-1]
			key, err := d.Trie.Key(id)
			if err != nil {
				continue
			}
			v, err := d.Trie.Value(id)
			if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
				continue
			}
			b.WriteString(d.Values[v][0])
			i += len(key)
			matched = true
			break
		}
		if !matched {
			b.WriteString(s[i : i+n])
			i += n
		}
	}
	return b.String()
}
