package loader

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// trie matches dictionary forms in rune slices. Built once, read-only.
type trie struct {
	root tnode
}

type tnode struct {
	// Children: most nodes have at most inlineFanout, kept in the node
	// itself (one cache line: a lookup touches no other memory until the
	// child); past that, wide holds them all.
	keys [inlineFanout]rune
	kids [inlineFanout]*tnode
	wide *wideNode
	n    int32 // children in keys and kids
	val  int32 // index+1 of the form's payload; 0 when no form ends here
}

// inlineFanout is how many children a node holds inline. Nearly every node
// below a root has one or two, and a few have three or four.
const inlineFanout = 4

// wideNode holds the children of a node with many (a trie's root has
// hundreds, a place trie's thousands). Block i of index covers the runes
// [64i, 64i+64) of the Basic Multilingual Plane: has marks which of them
// have a child, and rank counts the children of the blocks below. Most
// lookups miss (a sentence's characters against a word list's first
// characters) and a bit test answers them; a hit is the child's place in
// kids, rank plus the bits below it. No hashing, which a map spent most of
// the lookup on, and one cache line of index per lookup.
type wideNode struct {
	index [0x10000 / 64]struct {
		has  uint64
		rank uint32
	}
	kids []*tnode // the children in the plane, in rune order
	// far holds the children outside the plane (never in practice: text is
	// Chinese).
	far map[rune]*tnode
}

func (n *tnode) child(r rune) *tnode {
	if w := n.wide; w != nil {
		if uint32(r) >= 0x10000 {
			return w.far[r]
		}
		b, bit := &w.index[r>>6], uint64(1)<<(uint32(r)&63)
		if b.has&bit == 0 {
			return nil
		}
		return w.kids[int(b.rank)+bits.OnesCount64(b.has&(bit-1))]
	}
	// An empty slot has key 0 and a nil kid: matching it finds nothing,
	// and a real child for 0 would stand in an earlier slot.
	for i, k := range n.keys {
		if k == r {
			return n.kids[i]
		}
	}
	return nil
}

func (n *tnode) addChild(r rune) *tnode {
	c := &tnode{}
	if n.wide == nil && n.n < inlineFanout {
		n.keys[n.n], n.kids[n.n] = r, c
		n.n++
		return c
	}
	if n.wide == nil {
		n.wide = &wideNode{}
		for i := range n.n {
			n.wide.add(n.keys[i], n.kids[i])
		}
		n.keys, n.kids, n.n = [inlineFanout]rune{}, [inlineFanout]*tnode{}, 0
	}
	n.wide.add(r, c)
	return c
}

// add records child c for r.
func (w *wideNode) add(r rune, c *tnode) {
	if uint32(r) >= 0x10000 {
		if w.far == nil {
			w.far = map[rune]*tnode{}
		}
		w.far[r] = c
		return
	}
	b, bit := &w.index[r>>6], uint64(1)<<(uint32(r)&63)
	w.kids = slices.Insert(w.kids, int(b.rank)+bits.OnesCount64(b.has&(bit-1)), c)
	b.has |= bit
	for i := r>>6 + 1; i < rune(len(w.index)); i++ {
		w.index[i].rank++
	}
}

func (t *trie) add(form string, val int) {
	n := &t.root
	for _, r := range form {
		c := n.child(r)
		if c == nil {
			c = n.addChild(r)
		}
		n = c
	}
	n.val = int32(val) + 1
}

// starts reports whether a form of t may start with r: false means none
// does. Small enough to inline, it spares the call of longest at most
// characters of a sentence.
func (t *trie) starts(r rune) bool {
	if w := t.root.wide; w != nil && uint32(r) < 0x10000 {
		return w.index[r>>6].has&(1<<(uint32(r)&63)) != 0
	}
	return true // few first characters: longest decides
}

// longest returns the length and payload of the longest form starting at
// rs[i], or 0, -1.
func (t *trie) longest(rs []rune, i int) (n int, val int) {
	node, val := &t.root, -1
	for j := i; j < len(rs); j++ {
		node = node.child(rs[j])
		if node == nil {
			break
		}
		if node.val > 0 {
			n, val = j-i+1, int(node.val)-1
		}
	}
	return n, val
}

// span is a match in a sentence: runes [start, end).
type span struct{ start, end int }

func (s span) overlaps(o span) bool { return s.start < o.end && o.start < s.end }

// sentence is one sentence of an article, with rune offsets into the text.
type sentence struct {
	idx        int
	text       string
	rs         []rune
	start, end int

	// Filled by prepIndustries, for the industry rules only.
	past []bool // past[i]: rs[i] stands in a clause about the past; nil if none does
	// bounds[i]: gse puts a word boundary before rune i (wordBounds); nil
	// until asked for.
	bounds []bool
	// verbs are the partnership verbs (verbsOf), found once.
	verbs     []partnerVerb
	verbsDone bool
	// exit caches exitStated: 0 unknown, 1 yes, 2 no.
	exit int8
	// bare caches livelihood likewise.
	bare int8
	sale bool // the sentence is about selling, buying or showing products
	sell bool // the sentence says goods are sold (销售, 卖到, 带货)
	cut  bool // the sentence has a verb of reduction (调减, 压减)
	dev  bool // the sentence talks about development (devCues)
	grow bool // the sentence has a development verb (growVerbs)
	// prods are the lexicon's product forms in the sentence (productMatches).
	prods     []prodMatch
	prodsDone bool
	// targetAt is the rune offset of the sentence's first goal marker
	// (targetMarkers), -1 if none; -2 until asked for.
	targetAt int
	// topics caches topicStarts: where the sentence's topic may start.
	topics []int
	// countySelf caches whether the sentence holds countySelfSet (全县,
	// 该县…): 0 until asked, 1 yes, 2 no. statPlace asks at every figure.
	countySelf int8
}

// document is the extractor's view of a normalised article: the Doc itself
// (metadata and text, never copied) and the sentences as runes.
type document struct {
	*textnorm.Doc
	sents      []*sentence
	titleSents int // how many leading sentences belong to the title

	counts map[string]int // memo of count

	// candidates, when set, receives the industry candidates instead of
	// the learned stage deciding (training; IndustryCandidates).
	candidates *[]IndustryCandidate
	// pairs, when set, receives the partner candidates likewise.
	pairs *[]PartnerCandidate
	// counties, when set, receives the county candidates likewise.
	counties *[]CountyCandidate
	// officials, when set, receives the official candidates likewise.
	officials *[]OfficialCandidate
	// nameTrain, when set, receives the sentences' name-tagger features
	// (training; NameExamples).
	nameTrain *[]SpanExample
	// spanTrain, when set, receives the sentences' span-tagger features
	// (training; SpanExamples).
	spanTrain *[]SpanExample

	paras []int  // paragraph of each sentence (para), computed when first asked
	runes []rune // the text as runes (textRunes), converted when first asked
}

// para returns the paragraph the k-th sentence stands in (the title is 0).
func (d *document) para(k int) int {
	if d.paras == nil {
		d.paras = make([]int, len(d.sents))
		// The rune offsets of the text's line breaks, ascending: a sentence
		// opens a paragraph when one stands between the end of the sentence
		// before and its start (offsets past the text's end hold none).
		nl := d.newlines()
		n := 0
		for j := 1; j < len(d.sents); j++ {
			a, b := d.sents[j-1].end, d.sents[j].start
			if at, _ := slices.BinarySearch(nl, a); a < b && at < len(nl) && nl[at] < b {
				n++
			}
			d.paras[j] = n
		}
	}
	return d.paras[k]
}

// newlines returns the rune offsets of the '\n' of the text, as indexes
// into textRunes. A valid text (the normal case) is searched by bytes, the
// runes between two breaks counted without decoding; the whole text was
// converted to runes only for this. Any other text is converted as before.
func (d *document) newlines() []int {
	var nl []int
	if !utf8.ValidString(d.Text) {
		for i, r := range d.textRunes() {
			if r == '\n' {
				nl = append(nl, i)
			}
		}
		return nl
	}
	runes := 0
	for rest := d.Text; ; {
		k := strings.IndexByte(rest, '\n')
		if k < 0 {
			return nl
		}
		runes += runeStarts(rest[:k])
		nl = append(nl, runes)
		runes++
		rest = rest[k+1:]
	}
}

// textRunes returns the text as runes, converted when first asked.
func (d *document) textRunes() []rune {
	if d.runes == nil {
		d.runes = appendRunes(make([]rune, 0, runeStarts(d.Text)), d.Text)
	}
	return d.runes
}

// count returns how often s occurs in the text, memoised: rules ask for the
// same names again and again, and a scan per question made long articles
// quadratic.
func (d *document) count(s string) int {
	if n, ok := d.counts[s]; ok {
		return n
	}
	if d.counts == nil {
		d.counts = map[string]int{}
	}
	n := strings.Count(d.Text, s)
	d.counts[s] = n
	return n
}

func (s *sentence) evidence(articleID string) kg.Evidence {
	return kg.Evidence{ArticleID: articleID, Sentence: s.text, Start: s.start, End: s.end}
}

// evidenceBy is evidence that names the rule that matched.
func (s *sentence) evidenceBy(articleID, rule string) kg.Evidence {
	e := s.evidence(articleID)
	e.Rule = rule
	return e
}

// withRule returns e naming rule.
func withRule(e kg.Evidence, rule string) kg.Evidence {
	e.Rule = rule
	return e
}

// isHan reports whether r is a Han character. The rules ask it of most
// characters of a text, and unicode.Is searches a range table: the Basic
// Multilingual Plane is answered from a bit set built from that table.
func isHan(r rune) bool {
	if uint32(r) < 0x10000 {
		return hanBMP.has(r)
	}
	return unicode.Is(unicode.Han, r)
}

// hanBMP holds the Han characters of the Basic Multilingual Plane.
var hanBMP = func() *runeSet {
	var s runeSet
	for _, rg := range unicode.Han.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			s[r>>6] |= 1 << (uint(r) & 63)
		}
	}
	for _, rg := range unicode.Han.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi) && r < 0x10000; r += rune(rg.Stride) {
			s[r>>6] |= 1 << (uint(r) & 63)
		}
	}
	return &s
}()

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isOpenQuote and isCloseQuote cover the quotation marks of Chinese text.
func isOpenQuote(r rune) bool {
	switch r {
	case '“', '「', '『', '"', '‘', '《':
		return true
	}
	return false
}

func isCloseQuote(r rune) bool {
	switch r {
	case '”', '」', '』', '"', '’', '》':
		return true
	}
	return false
}

// isClauseBreak reports whether r ends a clause inside a sentence.
func isClauseBreak(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', '（', '）', '(', ')':
		return true
	}
	return false
}

func hasRunePrefix(rs []rune, i int, s string) bool {
	if i >= len(rs) || i < 0 {
		return false
	}
	if s == "" {
		return rs[i] == utf8.RuneError // as decoding "" gives
	}
	// Rules call this at every character with word after word, and most
	// calls fail on the first character: compare a Chinese character (three
	// bytes in UTF-8) with the word's bytes rather than decode them.
	for ; s != ""; i++ {
		if i >= len(rs) {
			return false
		}
		r := rs[i]
		if uint32(r) < utf8.RuneSelf {
			// An ASCII byte encodes r; any other starts another rune.
			if s[0] != byte(r) {
				return false
			}
			s = s[1:]
			continue
		}
		if r >= 0x800 && r < 0x10000 && (r < 0xD800 || r > 0xDFFF) && len(s) >= 3 {
			// The encoding of r is unique: s starts with r exactly when it
			// starts with these bytes.
			if s[0] != byte(0xE0|r>>12) || s[1] != byte(0x80|(r>>6)&0x3F) || s[2] != byte(0x80|r&0x3F) {
				return false
			}
			s = s[3:]
			continue
		}
		c, n := utf8.DecodeRuneInString(s)
		if c != r {
			return false
		}
		s = s[n:]
	}
	return true
}

// runeStarts counts the bytes of s that start a rune: its rune count when
// s is valid UTF-8, without decoding it (a capacity otherwise).
func runeStarts(s string) int {
	// Continuation bytes are 10xxxxxx: counted without a branch, four at a
	// time (Chinese text has two in every three bytes, which a branch
	// mispredicts).
	cont := 0
	i := 0
	for ; i+4 <= len(s); i += 4 {
		b := s[i : i+4]
		cont += b2i(b[0]>>6 == 2) + b2i(b[1]>>6 == 2) + b2i(b[2]>>6 == 2) + b2i(b[3]>>6 == 2)
	}
	for ; i < len(s); i++ {
		cont += b2i(s[i]>>6 == 2)
	}
	return len(s) - cont
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// appendRunes appends the runes of s to dst, as []rune(s) would give them,
// with the runes of Chinese text (ASCII, and three bytes long) decoded
// inline: the general decoder took a tenth of extraction.
func appendRunes(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, rune(c))
			i++
			continue
		}
		if i+2 < len(s) {
			c0, c1, c2 := s[i], s[i+1], s[i+2]
			if c0&0xF0 == 0xE0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				// Overlong forms and surrogates are invalid: the general
				// decoder says so.
				if r := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
					dst = append(dst, r)
					i += 3
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, r)
		i += n
	}
	return dst
}

// runesString is string(rs) for the short stretches of sentence the rules
// compare and keep: encoded in one pass into a buffer on the stack, where
// the runtime's conversion encodes every rune twice (once to count the
// bytes) through a function call each, which made a tenth of extraction.
func runesString(rs []rune) string {
	var buf [128]byte
	if len(rs) > len(buf)/utf8.UTFMax {
		return string(rs)
	}
	return string(appendUTF8(buf[:0], rs))
}

// appendUTF8 appends the UTF-8 encoding of rs to b, as string(rs) encodes
// it. A lookup can convert the bytes of a stack buffer
// (string(appendUTF8(buf[:0], rs)) as a map key or a short argument)
// without allocating.
func appendUTF8(b []byte, rs []rune) []byte {
	for _, r := range rs {
		switch {
		case uint32(r) < utf8.RuneSelf:
			b = append(b, byte(r))
		case r >= 0x800 && r < 0x10000 && (r < 0xD800 || r > 0xDFFF):
			b = append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
		default:
			b = utf8.AppendRune(b, r) // as string(rs): invalid runes become RuneError
		}
	}
	return b
}

// hasRuneSuffix reports whether rs[:end] ends with s.
func hasRuneSuffix(rs []rune, end int, s string) bool {
	if end <= 0 || end > len(rs) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); rs[end-1] != r {
		return false
	}
	n := utf8.RuneCountInString(s)
	if end-n < 0 {
		return false
	}
	return hasRunePrefix(rs, end-n, s)
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func allHan(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// phrases is a fixed word list matched at or ending at a position, longest
// first: cheaper than trying each word in turn at every character.
type phrases struct {
	fwd, rev trie
	words    []string
	first    runeSet // the words' first characters
	// sieve has bit sieveBit(r) set for each first character r. Most lists
	// have a few words, so most characters miss a bit of this one word,
	// which stays in a register or the nearest cache, before first (8 KB,
	// one of dozens that rules scan every sentence with) is read.
	sieve uint64
}

// sieveBit hashes a rune to one of 64 bits (Fibonacci hashing: the top six
// bits of a multiplication, so that neighbouring characters spread).
func sieveBit(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> 26 }

func newPhrases(words ...string) *phrases {
	p := &phrases{words: words}
	for i, w := range words {
		p.fwd.add(w, i)
		p.rev.add(reverse(w), i)
		for _, r := range w {
			if r < 0x10000 {
				p.first[r>>6] |= 1 << (uint(r) & 63)
			}
			p.sieve |= 1 << sieveBit(r)
			break
		}
	}
	return p
}

// starts reports whether a word of p may start with r: false means none
// does.
func (p *phrases) starts(r rune) bool {
	return p.sieve&(1<<sieveBit(r)) != 0 && (r >= 0x10000 || p.first.has(r))
}

// at returns the longest word starting at rs[i], or "".
func (p *phrases) at(rs []rune, i int) string {
	if i >= len(rs) || !p.starts(rs[i]) {
		return ""
	}
	if n, v := p.fwd.longest(rs, i); n > 0 {
		return p.words[v]
	}
	return ""
}

// inside reports whether any word of p occurs in s.
func (p *phrases) inside(s string) bool {
	return p.in([]rune(s))
}

// in reports whether any word of p occurs in rs: one pass over rs, however
// many words p holds (hasAny tries each word in turn).
func (p *phrases) in(rs []rune) bool {
	for i, r := range rs {
		if !p.starts(r) {
			continue
		}
		if n, _ := p.fwd.longest(rs, i); n > 0 {
			return true
		}
	}
	return false
}

// runeSet is a set of runes of the Basic Multilingual Plane, tested with one
// bit (strings.ContainsRune decodes its whole string each time).
type runeSet [0x10000 / 64]uint64

func newRuneSet(chars string) *runeSet {
	var rs runeSet
	for _, r := range chars {
		if r < 0x10000 {
			rs[r>>6] |= 1 << (uint(r) & 63)
		}
	}
	return &rs
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(uint(r)&63)) != 0
}

// endingAt returns the longest word ending right before rs[end], or "".
func (p *phrases) endingAt(rs []rune, end int) string {
	node, best := &p.rev.root, -1
	for j := end - 1; j >= 0; j-- {
		node = node.child(rs[j])
		if node == nil {
			break
		}
		if node.val > 0 {
			best = int(node.val) - 1
		}
	}
	if best < 0 {
		return ""
	}
	return p.words[best]
}

// dateEnd reports whether rs[k] closes a date written in digits: 年, 月 or
// 日 after a digit (2020年, 3月), or 底, 初 or 末 after such a 年 or 月
// (2019年底, 3月初).
func dateEnd(rs []rune, k int) bool {
	// Compared rune by rune: callers ask at every character.
	r := rs[k]
	if k > 1 && (r == '底' || r == '初' || r == '末') && (rs[k-1] == '年' || rs[k-1] == '月') && isDigit(rs[k-2]) {
		return true
	}
	return k > 0 && (r == '年' || r == '月' || r == '日') && isDigit(rs[k-1])
}

// containsText reports strings.Contains(s, sub) for a long Chinese text s.
// strings.Index stops at every byte of s equal to sub's first byte, and the
// lead byte of a Han character (0xE4–0xE9) is a third of such a text's
// bytes; a continuation byte, which sub[1:] starts with, is much rarer. Every
// occurrence of sub at p is one of sub[1:] at p+1 preceded by sub[0], and
// the loop visits each occurrence of sub[1:] from 1 on, so it finds sub
// exactly when strings.Contains does.
func containsText(s, sub string) bool {
	if len(sub) < 2 {
		return strings.Contains(s, sub)
	}
	tail := sub[1:]
	for i := 1; i <= len(s); {
		k := strings.Index(s[i:], tail)
		if k < 0 {
			return false
		}
		p := i + k
		if s[p-1] == sub[0] {
			return true
		}
		i = p + 1
	}
	return false
}
