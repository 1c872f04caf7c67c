package textnorm

import (
	"sort"
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

// reading is one pinyin reading of a character, as go-pinyin's Tone style
// spells it and without tones.
type reading struct{ tone, bare string }

var readingCache sync.Map // rune -> []reading

// readings returns the readings of r (go-pinyin's data in its Tone style,
// all heteronyms). pinyin.SinglePinyin with Args{Style: Tone, Heteronym:
// true} gives the same strings but runs a regexp per call; the repair asks
// for thousands of characters per damaged spot, so it reads the table
// itself and caches the result.
func readings(r rune) []reading {
	if v, ok := readingCache.Load(r); ok {
		return v.([]reading)
	}
	var rs []reading
	if v, ok := pinyin.PinyinDict[int(r)]; ok {
		for _, p := range strings.Split(v, ",") {
			p = normPinyin(p)
			rs = append(rs, reading{p, toneless.Replace(p)})
		}
	}
	readingCache.Store(r, rs)
	return rs
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

var pinyinVariants = strings.NewReplacer("ɑ", "a", "ɡ", "g")

// normPinyin folds the spellings GB2312's pinyin row allows (ɑ, ɡ) and
// decomposed tone marks into go-pinyin's form.
func normPinyin(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return pinyinVariants.Replace(strings.ToLower(s))
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
	bare := ""
	for _, rd := range readings(r) {
		if rd.tone == p {
			return 2
		}
		if bare == "" {
			bare = toneless.Replace(p)
		}
		if rd.bare == bare {
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
	rp := &repairer{opt: opt, hant: DetectScript(s) == ScriptHant}
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
	hant    bool // the text is traditional: simplified-only characters are garbage
}

const (
	beamWidth     = 8  // reconstructions kept alive at once
	maxCandidates = 6  // lost-byte candidates tried per reconstruction
	settleBytes   = 32 // bytes after a lost byte before its best reconstruction is final
	flushBytes    = 1024
	failPenalty   = 5 // score cost of a "?p)" or "(p)" left unrepaired
	tonePenalty   = 1 // cost of a lost byte whose character matches p only without tones
	guessPenalty  = 3 // cost of a lost byte whose character does not read p at all
)

// hyp is one reconstruction of the bytes of the current line segment.
type hyp struct {
	out     []byte  // repaired GBK bytes
	scored  int     // out[:scored] is decoded and in score
	score   float64 // runeScore sum over out[:scored]
	bonus   float64 // WordScorer contributions
	failed  int     // "?p)" spots left as they were
	repairs int
	hant    bool          // as repairer.hant
	bounds  [ctxChars]int // the last character boundaries total passed, a ring
	nb      int           // boundaries recorded in bounds so far
}

// ctxChars is how many characters before a damaged spot are decoded to
// judge candidate repairs.
const ctxChars = 4

// ctxStart returns a character boundary a few characters before the end of
// the scored part of h.out: h.out is the repaired stream, so decoding it in
// order keeps the true alignment.
func (h *hyp) ctxStart() int {
	switch {
	case h.nb == 0:
		return 0
	case h.nb < ctxChars:
		return h.bounds[0]
	}
	return h.bounds[h.nb%ctxChars]
}

// dropPrefix removes h.out[:n], n being a boundary from ctxStart, and
// returns it.
func (h *hyp) dropPrefix(n int) []byte {
	prefix := h.out[:n]
	h.out = append(make([]byte, 0, len(h.out)-n+64), h.out[n:]...)
	h.scored -= n
	for i := range h.bounds {
		h.bounds[i] -= n
	}
	return prefix
}

func (h *hyp) clone() *hyp {
	c := *h
	c.out = append(make([]byte, 0, len(h.out)+16), h.out...)
	return &c
}

// total brings the score up to date with out and returns it. A lead byte at
// the very end waits for its trail.
func (h *hyp) total(t *tables) float64 {
	for h.scored < len(h.out) {
		c := h.out[h.scored]
		if c < gbkLeadLo || h.scored+1 < len(h.out) {
			h.bounds[h.nb%ctxChars] = h.scored
			h.nb++
		}
		switch {
		case c < 0x80:
			h.score += runeScore(t, rune(c), h.hant)
			h.scored++
		case c == 0x80:
			h.score += runeScore(t, '€', h.hant)
			h.scored++
		case h.scored+1 >= len(h.out):
			return h.score + h.bonus - failPenalty*float64(h.failed)
		default:
			if r, ok := gbkRune(c, h.out[h.scored+1]); ok {
				h.score += runeScore(t, r, h.hant)
				h.scored += 2
			} else {
				h.score += runeScore(t, utf8.RuneError, h.hant)
				h.scored++
			}
		}
	}
	return h.score + h.bonus - failPenalty*float64(h.failed)
}

// final is total for a reconstruction that gets no more bytes: a lead byte
// left at the end scores as the replacement character it decodes to
// (好?”《。 read from a put-back lead byte ends in one).
func (h *hyp) final(t *tables) float64 {
	s := h.total(t)
	if h.scored < len(h.out) {
		s += runeScore(t, utf8.RuneError, h.hant)
	}
	return s
}

// line repairs one line. Runes GBK cannot encode cannot have passed through
// the damage; they split the line into independent segments. Lost bytes are
// resolved with a small beam search, because the evidence for one choice
// often comes only after the next damaged spot ("?biān)?cān)考").
func (rp *repairer) line(s string) string {
	t := getTables()
	rs := []rune(s)
	var res strings.Builder
	res.Grow(len(s))
	beam := []*hyp{{hant: rp.hant}}
	sinceSpot := 0
	best := func() *hyp {
		b := beam[0]
		for _, h := range beam[1:] {
			if h.total(t) > b.total(t) {
				b = h
			}
		}
		return b
	}
	flush := func() {
		// At the end of a segment a lead byte waiting for its trail will
		// never get one: it decodes as U+FFFD and counts as such.
		b := beam[0]
		for _, h := range beam[1:] {
			if h.final(t) > b.final(t) {
				b = h
			}
		}
		res.WriteString(decodeGBKBytes(b.out))
		rp.repairs += b.repairs
		beam = []*hyp{{hant: rp.hant}}
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		if r == '(' || r == '?' {
			if p, end, ok := pinyinAt(rs, i+1); ok {
				if r == '(' {
					for _, h := range beam {
						if n := len(h.out); n >= 2 && rp.annotates(h.out[n-2], h.out[n-1], p) {
							h.repairs++
						} else {
							h.out, _ = appendGBKRunes(h.out, rs[i:end+1])
							h.failed++
						}
					}
				} else {
					beam = rp.expand(t, beam, p, rs[i:end+1], lookahead(rs, end+1))
					sinceSpot = 0
				}
				i = end + 1
				continue
			}
			if x, p, end, ok := lostPairAt(rs, i); r == '?' && ok {
				beam = rp.expandPair(t, beam, x, p, rs[i:end+1])
				sinceSpot = 0
				i = end + 1
				continue
			}
			if r == '?' && i+1 < len(rs) && !isDigit(rs[i+1]) {
				if next, ok := rp.expandLead(t, beam, true, rs[i+1], lookahead(rs, i+2)); ok {
					beam = next
					sinceSpot = 0
					i += 2
					continue
				}
			}
		}
		if r == '!' && i > 0 && rs[i-1] >= 0x3400 {
			// The same lost byte, this time dropped without a "?".
			if next, ok := rp.expandLead(t, beam, false, r, lookahead(rs, i+1)); ok {
				beam = next
				sinceSpot = 0
				i++
				continue
			}
		}
		b, ok := appendGBK(nil, r)
		if !ok {
			flush()
			res.WriteRune(r)
			i++
			continue
		}
		for _, h := range beam {
			h.out = append(h.out, b...)
		}
		i++
		if len(beam) > 1 {
			if sinceSpot += len(b); sinceSpot >= settleBytes {
				beam = []*hyp{best()}
			}
		}
		if h := beam[0]; len(beam) == 1 && len(h.out) >= flushBytes {
			// Decode and hand over all but the last few characters, which
			// the next damaged spot may need.
			h.total(t)
			if n := h.ctxStart(); n > 0 {
				res.WriteString(decodeGBKBytes(h.dropPrefix(n)))
			}
		}
	}
	flush()
	return res.String()
}

func appendGBKRunes(dst []byte, rs []rune) ([]byte, bool) {
	for _, r := range rs {
		var ok bool
		if dst, ok = appendGBK(dst, r); !ok {
			return dst, false
		}
	}
	return dst, true
}

// expand replaces every reconstruction by its continuations at a "?p)"
// spot and keeps the best beamWidth of them.
func (rp *repairer) expand(t *tables, beam []*hyp, p string, spot []rune, after []byte) []*hyp {
	var next []*hyp
	for _, h := range beam {
		cands := rp.lostBytes(t, h, p, after)
		if len(cands) == 0 {
			h.out, _ = appendGBKRunes(h.out, spot)
			h.failed++
			next = append(next, h)
			continue
		}
		for _, c := range cands {
			nh := h.clone()
			nh.out = append(nh.out, c.b)
			nh.bonus += c.word - c.penalty
			nh.repairs++
			next = append(next, nh)
		}
	}
	sort.SliceStable(next, func(i, j int) bool { return next[i].total(t) > next[j].total(t) })
	if len(next) > beamWidth {
		next = next[:beamWidth]
	}
	return next
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

type lostCandidate struct {
	b       byte
	local   float64 // score of the decoded surroundings
	word    float64 // WordScorer's share of local
	penalty float64 // for a weak reading match
}

// lostBytes lists the bytes that may have been lost with "(" in "?p)": bytes
// L for which the last byte of out and L form a GBK character outside GB2312
// that reads p (with the tone if any such L exists, else without). If no
// reading fits — the damaging tool's pinyin table differs from ours — any
// such character is considered. Candidates come best first by how common
// the decoded surroundings are, at most maxCandidates of them.
func (rp *repairer) lostBytes(t *tables, h *hyp, p string, after []byte) []lostCandidate {
	out := h.out
	if len(out) == 0 || out[len(out)-1] < gbkLeadLo || !knownSyllable(p) {
		return nil
	}
	a := out[len(out)-1]
	h.total(t)
	ctx := h.ctxStart()
	var cands []lostCandidate
	for pass := 2; pass >= 0 && len(cands) == 0; pass-- {
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
			s := decodeGBKBytes(buf)
			c := lostCandidate{b: byte(l)}
			switch pass {
			case 1:
				c.penalty = tonePenalty
			case 0:
				c.penalty = guessPenalty
			}
			for _, r := range s {
				c.local += runeScore(getTables(), r, h.hant)
			}
			if rp.opt.WordScorer != nil {
				c.word = rp.opt.WordScorer(ToSimplified(s))
				c.local += c.word
			}
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].local > cands[j].local })
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	return cands
}

// lostPairAt recognises "?X(p)" at rs[i]: a misaligned pair of bytes that
// the damaging decoder could not decode became "?", and the annotation after
// the single-byte X belongs to the character made of the pair's second byte
// and X. It returns X, p and the index of ")".
func lostPairAt(rs []rune, i int) (byte, string, int, bool) {
	if i+3 >= len(rs) || rs[i+1] < 0x40 || rs[i+1] > 0x7E || rs[i+2] != '(' {
		return 0, "", 0, false
	}
	p, end, ok := pinyinAt(rs, i+3)
	if !ok {
		return 0, "", 0, false
	}
	return byte(rs[i+1]), p, end, true
}

// expandPair handles "?X(p)": for reconstructions whose bytes end in a lead
// byte A, the lost bytes Y1 Y2 are such that A Y1 is a character, Y1 Y2 is
// not (so the decoder failed on it) and Y2 X is a character outside GB2312
// that reads p. A reconstruction keeping "?" as a question mark stays in the
// beam, paying for the annotation it cannot remove.
func (rp *repairer) expandPair(t *tables, beam []*hyp, x byte, p string, spot []rune) []*hyp {
	var next []*hyp
	for _, h := range beam {
		keep := h.clone()
		keep.out, _ = appendGBKRunes(keep.out, spot)
		keep.failed++
		next = append(next, keep)
		h.total(t)
		if !knownSyllable(p) || len(h.out) == 0 || h.scored != len(h.out)-1 {
			continue // the bytes do not end in an unfinished character
		}
		a := h.out[len(h.out)-1]
		type pairCand struct {
			y1, y2 byte
			score  float64
		}
		var cands []pairCand
		for y2 := gbkLeadLo; y2 <= gbkLeadHi; y2++ {
			r2, ok := gbkRune(byte(y2), x)
			if !ok || readingMatch(r2, p) != 2 {
				continue
			}
			for y1 := 0x81; y1 <= 0xFE; y1++ {
				r1, ok := gbkRune(a, byte(y1))
				if !ok {
					continue
				}
				if _, ok := gbkRune(byte(y1), byte(y2)); ok {
					continue
				}
				cands = append(cands, pairCand{byte(y1), byte(y2), runeScore(t, r1, h.hant) + runeScore(t, r2, h.hant)})
			}
		}
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
		for k, c := range cands {
			if k >= maxCandidates {
				break
			}
			nh := h.clone()
			nh.out = append(nh.out, c.y1, c.y2, x)
			nh.repairs++
			next = append(next, nh)
		}
	}
	sort.SliceStable(next, func(i, j int) bool { return next[i].total(t) > next[j].total(t) })
	if len(next) > beamWidth {
		next = next[:beamWidth]
	}
	return next
}

// leadPenalty is the cost of reading a bare "?" as a lost lead byte: the
// reconstruction must decode the following text clearly better than the
// text as it stands.
const leadPenalty = 4

// periodBonus raises 。 above the common hanzi a lost lead byte could also
// make (runeScore gives them 2, punctuation 0.5).
const periodBonus = 2

// expandLead handles a bare "?" (no pinyin after it) in a damaged text: a
// lead byte L whose trail byte the damaging decoder swallowed with it. The
// text after it was decoded one byte out of step, as pairs of a trail and
// the next lead byte, until an ASCII byte realigned it; when that trail was
// A3 the pair is a full-width form, which the copies we get have as ASCII.
// 。” is A1 A3 A1 B1: with A1 lost, "?" is followed by A3 A1 (！, kept as
// "!") and then garbage such as 焙颖 where 河北 stood. The continuations put
// L back before the next rune's bytes (for an ASCII rune also before its
// full-width code); the text as it stands stays in the beam, and the
// following text decides.
func (rp *repairer) expandLead(t *tables, beam []*hyp, mark bool, next rune, after []byte) ([]*hyp, bool) {
	var forms [][]byte
	if b, ok := appendGBK(nil, next); ok {
		forms = append(forms, b)
	}
	if next > 0x20 && next < 0x7F {
		forms = append(forms, []byte{0xA3, byte(next) + 0x80})
	}
	if len(forms) == 0 {
		return nil, false
	}
	var out []*hyp
	for _, h := range beam {
		keep := h.clone()
		if mark {
			keep.out = append(keep.out, '?')
		}
		keep.out = append(keep.out, forms[0]...)
		out = append(out, keep)
		h.total(t)
		if h.scored != len(h.out) {
			continue // a lead byte is waiting for its trail: not a boundary
		}
		ctx := h.ctxStart()
		var cands []lostCandidate
		var candForm []int
		for fi, f := range forms {
			if f[0] < 0x40 {
				continue // a lost lead byte needs a trail byte after it
			}
			for l := gbkLeadLo; l <= gbkLeadHi; l++ {
				if _, ok := gbkRune(byte(l), f[0]); !ok {
					continue
				}
				buf := make([]byte, 0, len(h.out)-ctx+1+len(f)+len(after))
				buf = append(append(append(append(buf, h.out[ctx:]...), byte(l)), f...), after...)
				if breaksText(buf, len(h.out)-ctx, len(h.out)-ctx+1+len(f)) {
					continue
				}
				c := lostCandidate{b: byte(l), penalty: leadPenalty}
				for _, r := range decodeGBKBytes(buf) {
					c.local += runeScore(t, r, h.hant)
				}
				if byte(l) == 0xA1 && f[0] == 0xA3 {
					// 。 (A1 A3) is the character most often lost this
					// way, at the end of a sentence before a quote or
					// the next sentence: it outranks a common hanzi.
					c.local += periodBonus
					c.penalty -= periodBonus
				}
				cands = append(cands, c)
				candForm = append(candForm, fi)
			}
		}
		idx := make([]int, len(cands))
		for k := range idx {
			idx[k] = k
		}
		sort.SliceStable(idx, func(a, b int) bool { return cands[idx[a]].local > cands[idx[b]].local })
		for k, ci := range idx {
			if k >= maxCandidates {
				break
			}
			nh := h.clone()
			nh.out = append(append(nh.out, cands[ci].b), forms[candForm[ci]]...)
			nh.bonus -= cands[ci].penalty
			nh.repairs++
			out = append(out, nh)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].total(t) > out[j].total(t) })
	if len(out) > beamWidth {
		out = out[:beamWidth]
	}
	return out, true
}

// breaksText reports whether the bytes of buf from the lead byte put back at
// i, read in their new pairs up to the first ASCII byte that stands alone,
// tear apart text that reads well as it stands: an ideographic space made of
// the trail of 。 and the lead of a real mark (好!”OK, 好!》x), two marks in
// a row each split into common hanzi (好??”《 as 。俊薄), or a letter of an
// ASCII word taken as a trail byte (好?Yes, 好?CCTV). A misaligned copy
// seldom shows these: the rune after its "!" starts with the trail of a mark
// of row A1, which is A2 or above, its garbage rarely holds two marks in a
// row, and a trail byte it shows as ASCII stands alone among garbage. after
// is where the following text starts in buf.
func breaksText(buf []byte, i, after int) bool {
	marks := 0 // pairs in a row whose trail is the lead of a mark (A1)
	for ; i+1 < len(buf); i += 2 {
		c, c2 := buf[i], buf[i+1]
		if c2 == 0xA1 {
			marks++
		} else {
			marks = 0
		}
		switch {
		case c < 0x80:
			return false // the old alignment is back
		case c == 0xA1 && c2 == 0xA1, marks >= 2:
			return true
		case c2 < 0x80:
			if i+1 < after {
				return false
			}
			return i+2 < len(buf) && isASCIIAlnum(rune(buf[i+2]))
		}
	}
	return false
}

// runeScore rates one decoded rune: common hanzi count for a
// reconstruction, replacement characters and stray symbols against it.
func runeScore(t *tables, r rune, hant bool) float64 {
	switch {
	case r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF) || r < 0x20:
		return -3
	case r < 0x80:
		return 0
	case hant && t.simpOnly.has(r):
		return -1 // 们 cannot be in a traditional text; a misaligned decoding makes it
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
