package loader

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
)

// The span tagger proposes product names the rules have no reading for: a
// linear-chain tagger (tags O, B, I over characters, Viterbi decoding)
// trained as an averaged perceptron on the tuning split's gold industries,
// marked wherever their names stand in the text. It does not decide: its
// spans are candidates of the learned industry stage (open:tagger), which
// weighs them with the article-wide features of every candidate, and a
// lexicon product it tags gets the feature tagged. Features are hashed
// (characters around, their pairs, character classes, lexicon products and
// places at the position, the sentence's kind), so the model is a table of
// weights and not a list of names: it learns how products are written
// (花猪, 土鸡, 黄桃 beside 养殖, 基地, 种植), not which ones there are.
// scripts/spantrain writes it (scripts/realcorpus.py train --spans), from
// the tuning split only; docs/EXTRACTION.md says how it was measured.

//go:embed span_model.bin.gz
var spanModelData []byte

// spanDim is the number of hashed feature slots (a power of two).
const spanDim = 1 << 20

// spanTags: O, B (a name starts), I (inside a name).
const (
	tagO = iota
	tagB
	tagI
	nTags
)

// SpanModel is a trained span tagger.
type SpanModel struct {
	w     []float32 // spanDim*nTags
	trans [nTags + 1][nTags]float32
	// packed is w for tagging, built on first use (packSpanWeights).
	packOnce sync.Once
	packed   spanTable
}

// spanTable holds a model's weights for tagging, packed: about a tenth of
// the slots hold a weight (104,000 of 1,048,576 in the embedded model), so
// a bitmap of the slots in use, with the count of used slots before each
// 64-slot word, finds a slot's weights in a dense array. The 12 MB of w
// become 1.5 MB, and a slot not in use costs no load of weights. The sums
// are w's exactly (a slot not in use adds 0). Measured, a bulk prepare took
// 0.97x the CPU: most of the 17 lookups per character were cache hits
// already, so what is left of the tagger's cost is the lookups' number.
type spanTable struct {
	words *[spanDim / 64]spanWord
	dense [][nTags]float32 // the slots in use, in slot order
}

// spanWord is one 64-slot word of the bitmap and the number of slots in
// use before it.
type spanWord struct {
	bits uint64
	base uint32
}

// packSpanWeights packs w (spanDim*nTags weights).
func packSpanWeights(w []float32) spanTable {
	t := spanTable{words: new([spanDim / 64]spanWord)}
	for slot := range spanDim {
		b := slot * nTags
		if w[b] == 0 && w[b+1] == 0 && w[b+2] == 0 {
			continue
		}
		t.words[slot>>6].bits |= 1 << (slot & 63)
		t.dense = append(t.dense, [nTags]float32{w[b], w[b+1], w[b+2]})
	}
	n := uint32(0)
	for i := range t.words {
		t.words[i].base = n
		n += uint32(bits.OnesCount64(t.words[i].bits))
	}
	return t
}

// table returns m's packed weights.
func (m *SpanModel) table() *spanTable {
	m.packOnce.Do(func() { m.packed = packSpanWeights(m.w) })
	return &m.packed
}

// emit sums the weights of one character's feature slots, as emit does
// over w.
func (t *spanTable) emit(fs []uint32) [nTags]float32 {
	var e [nTags]float32
	for _, f := range fs {
		wd := &t.words[(f%spanDim)>>6]
		bit := uint64(1) << (f & 63)
		if wd.bits&bit == 0 {
			continue
		}
		v := &t.dense[wd.base+uint32(bits.OnesCount64(wd.bits&(bit-1)))]
		e[0] += v[0]
		e[1] += v[1]
		e[2] += v[2]
	}
	return e
}

// theSpanModel returns the embedded model, read on first use (a process
// that builds no Extractor, such as the server, never unpacks its 12 MB);
// nil when the file holds none.
var theSpanModel = sync.OnceValue(func() *SpanModel { return mustSpanModel(spanModelData) })

func mustSpanModel(b []byte) *SpanModel {
	if len(b) == 0 {
		return nil
	}
	m, err := ReadSpanModel(strings.NewReader(string(b)))
	if err != nil {
		panic("loader: span_model.bin.gz: " + err.Error())
	}
	return m
}

// SetSpanModel replaces the extractor's span tagger (nil turns it off): for
// training the learned stage on out-of-fold taggers.
func (x *Extractor) SetSpanModel(m *SpanModel) { x.spans = m }

// SpanExample is a sentence prepared for the tagger: its text and its
// feature slots, per character.
type SpanExample struct {
	Text  []rune
	feats [][]uint32
}

// SpanExamples returns an article's non-title sentences with their tagger
// features, for training (scripts/spantrain).
func (x *Extractor) SpanExamples(name string, raw []byte) ([]SpanExample, error) {
	var out []SpanExample
	err := x.extractFor(name, raw, func(d *document) {
		d.candidates = &[]IndustryCandidate{}
		d.spanTrain = &out
	})
	return out, err
}

// charClass is a character's kind for the tagger.
func charClass(r rune) byte {
	switch {
	case r < 0:
		return '^'
	case isDigit(r) || cnNumeralSet.has(r):
		return 'D'
	case isHan(r):
		return 'H'
	case r < 128 && (r|0x20) >= 'a' && (r|0x20) <= 'z':
		return 'L'
	}
	return 'P'
}

// hashFeat hashes a template id and up to three runes into a slot: each
// part multiplied by its own odd constant, then mixed (a few multiplications
// where a byte-wise hash takes sixteen; the tagger hashes 17 per character).
func hashFeat(t byte, a, b, c rune) uint32 {
	h := uint64(t)*0x9e3779b97f4a7c15 ^ uint64(uint32(a))*0xc2b2ae3d27d4eb4f ^
		uint64(uint32(b))*0x165667b19e3779f9 ^ uint64(uint32(c))*0xd6e8feb86659fd93
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return uint32(h) & (spanDim - 1)
}

// nSpanFeats is the number of feature slots per character.
const nSpanFeats = 17

// spanContext is what the features of a sentence's characters read: its
// text, per character a lexicon product (1 start, 2 inside) and a place,
// and the sentence's kind.
type spanContext struct {
	rs    []rune
	prod  []byte
	place []bool
	kind  rune
	// names: the name tagger's context (extract_learned_officials.go). A
	// name's own characters are read by their kind (a surname, another Han
	// character), not by identity: out of fold, a tagger that reads them
	// learns the names it was shown and tags almost no other.
	names bool
}

// charFeats writes the feature slots of character i into dst. Training
// stores them (spanFeatures); tagging sums their weights at once
// (SpanModel.tagSentence), so the two cannot disagree.
func (c *spanContext) charFeats(dst *[nSpanFeats]uint32, i int) {
	rs, n := c.rs, len(c.rs)
	at := func(k int) rune {
		if k < 0 || k >= n {
			return -1
		}
		return rs[k]
	}
	c0, p1, p2, n1, n2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	if c.names {
		c.nameFeats(dst, i, at)
		return
	}
	*dst = [nSpanFeats]uint32{
		hashFeat(0, 0, 0, 0),
		hashFeat(1, c0, 0, 0),
		hashFeat(2, p1, 0, 0),
		hashFeat(3, n1, 0, 0),
		hashFeat(4, p2, 0, 0),
		hashFeat(5, n2, 0, 0),
		hashFeat(6, p1, c0, 0),
		hashFeat(7, c0, n1, 0),
		hashFeat(8, p2, p1, 0),
		hashFeat(9, n1, n2, 0),
		hashFeat(10, p1, n1, 0),
		hashFeat(11, rune(charClass(p1)), rune(charClass(c0)), rune(charClass(n1))),
		hashFeat(12, rune(c.prod[i]), 0, 0),
		hashFeat(13, rune(c.prod[i]), c0, 0),
		hashFeat(14, rune(b2i(c.place[i])), rune(b2i(i > 0 && c.place[i-1])), rune(b2i(i+1 < n && c.place[i+1]))),
		hashFeat(15, c.kind, 0, 0),
		hashFeat(16, n1, n2, at(i+3)),
	}
}

// nameFeats writes the name tagger's feature slots of character i: the
// characters around as words of context (书记 before, 说 after), each
// character's kind (surname, title, place, Han, digit, punctuation) in a
// window of five, and the title and surname marks.
func (c *spanContext) nameFeats(dst *[nSpanFeats]uint32, i int, at func(int) rune) {
	kind := func(k int) rune {
		r := at(k)
		if r < 0 {
			return '^'
		}
		switch {
		case c.prod[k] == 1:
			return 'T' // a title starts
		case c.prod[k] == 2:
			return 't'
		case c.prod[k] == 3:
			return 'S' // a surname
		case c.place[k]:
			return 'P'
		}
		return rune(charClass(r))
	}
	k0, kp1, kp2, kn1, kn2 := kind(i), kind(i-1), kind(i-2), kind(i+1), kind(i+2)
	p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
	*dst = [nSpanFeats]uint32{
		hashFeat(0, 0, 0, 0),
		hashFeat(1, k0, 0, 0),
		hashFeat(2, kp1, k0, 0),
		hashFeat(3, k0, kn1, 0),
		hashFeat(4, kp2, kp1, k0),
		hashFeat(5, k0, kn1, kn2),
		hashFeat(6, p1, k0, 0),
		hashFeat(7, k0, n1, 0),
		hashFeat(8, p2, p1, k0),
		hashFeat(9, k0, n1, n2),
		hashFeat(10, kp1, k0, kn1),
		hashFeat(11, p2, p1, 0),
		hashFeat(12, n1, n2, 0),
		hashFeat(13, k0, at(i-3), 0),
		hashFeat(14, k0, at(i+3), 0),
		hashFeat(15, c.kind, k0, 0),
		hashFeat(16, kp2, kn2, k0),
	}
}

// spanFeatures computes and keeps the feature slots of every character,
// for training.
func (c *spanContext) spanFeatures() [][]uint32 {
	n := len(c.rs)
	out := make([][]uint32, n)
	flat := make([]uint32, n*nSpanFeats)
	var fs [nSpanFeats]uint32
	for i := 0; i < n; i++ {
		c.charFeats(&fs, i)
		row := flat[i*nSpanFeats : (i+1)*nSpanFeats : (i+1)*nSpanFeats]
		copy(row, fs[:])
		out[i] = row
	}
	return out
}

// spanContextOf reads sentence s's lexicon products and places for the
// tagger.
func (x *Extractor) spanContextOf(s *sentence, placeSpans []span) *spanContext {
	n := len(s.rs)
	prod := make([]byte, n)
	for _, pm := range x.productMatches(s) {
		for k := pm.sp.start; k < pm.sp.end && k < n; k++ {
			prod[k] = 2
		}
		if pm.sp.start < n {
			prod[pm.sp.start] = 1
		}
	}
	place := make([]bool, n)
	for _, sp := range placeSpans {
		for k := max(0, sp.start); k < sp.end && k < n; k++ {
			place[k] = true
		}
	}
	kind := rune('0')
	if s.dev {
		kind += 1
	}
	if s.grow {
		kind += 2
	}
	if s.sale {
		kind += 4
	}
	return &spanContext{rs: s.rs, prod: prod, place: place, kind: kind}
}

// sentenceSpanSeq prepares sentence s for training the tagger.
func (x *Extractor) sentenceSpanSeq(s *sentence, placeSpans []span) SpanExample {
	return SpanExample{Text: s.rs, feats: x.spanContextOf(s, placeSpans).spanFeatures()}
}

// tagSentence returns the spans the tagger marks in a sentence, summing
// each character's weights as its features are hashed (what tagSpans does
// on stored features, without keeping them).
func (m *SpanModel) tagSentence(c *spanContext) []span {
	sc := tagScratchPool.Get().(*tagScratch)
	defer tagScratchPool.Put(sc)
	n := len(c.rs)
	sc.em = slices.Grow(sc.em[:0], n)[:n]
	sc.back = slices.Grow(sc.back[:0], n)[:n]
	sc.tags = slices.Grow(sc.tags[:0], n)[:n]
	em := sc.em
	t := m.table()
	var fs [nSpanFeats]uint32
	for i := range em {
		c.charFeats(&fs, i)
		em[i] = t.emit(fs[:])
	}
	return spansOfTags(viterbiInto(em, &m.trans, sc.back, sc.tags))
}

// tagScratch is tagSentence's working memory, reused across sentences
// (the tagger runs on every sentence of every article).
type tagScratch struct {
	em   [][nTags]float32
	back [][nTags]byte
	tags []byte
}

var tagScratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// emit sums the weights w of one character's feature slots.
func emit(fs []uint32, w []float32) [nTags]float32 {
	var e [nTags]float32
	for _, f := range fs {
		b := int(f) * nTags
		e[0] += w[b]
		e[1] += w[b+1]
		e[2] += w[b+2]
	}
	return e
}

// emissions returns the per-character tag scores of stored features
// under weights w.
func emissions(feats [][]uint32, w []float32) [][nTags]float32 {
	em := make([][nTags]float32, len(feats))
	for i, fs := range feats {
		em[i] = emit(fs, w)
	}
	return em
}

// viterbi decodes the best tag sequence (I only after B or I), written
// out for the three tags: it runs on every sentence an article has.
func viterbi(em [][nTags]float32, trans *[nTags + 1][nTags]float32) []byte {
	return viterbiInto(em, trans, make([][nTags]byte, len(em)), make([]byte, len(em)))
}

// viterbiInto is viterbi with its back pointers and tags in the buffers
// given (each of len(em)); it returns tags.
func viterbiInto(em [][nTags]float32, trans *[nTags + 1][nTags]float32, back [][nTags]byte, tags []byte) []byte {
	n := len(em)
	if n == 0 {
		return nil
	}
	neg := float32(math.Inf(-1))
	sO := trans[nTags][tagO] + em[0][tagO]
	sB := trans[nTags][tagB] + em[0][tagB]
	sI := neg
	t := trans
	for i := 1; i < n; i++ {
		e := &em[i]
		// to O and to B: from any of O, B, I (ties keep the lower tag).
		oO, oB, oI := sO+t[tagO][tagO], sB+t[tagB][tagO], sI+t[tagI][tagO]
		bO, bB, bI := sO+t[tagO][tagB], sB+t[tagB][tagB], sI+t[tagI][tagB]
		// to I: from B or I only.
		iB, iI := sB+t[tagB][tagI], sI+t[tagI][tagI]
		var nO, nB, nI float32
		nO, back[i][tagO] = best3(oO, oB, oI)
		nB, back[i][tagB] = best3(bO, bB, bI)
		if iI > iB {
			nI, back[i][tagI] = iI, tagI
		} else {
			nI, back[i][tagI] = iB, tagB
		}
		if iB == neg && iI == neg {
			nI, back[i][tagI] = neg, tagO
		}
		sO, sB, sI = nO+e[tagO], nB+e[tagB], nI+e[tagI]
	}
	best, bs := byte(tagO), sO
	if sB > bs {
		best, bs = tagB, sB
	}
	if sI > bs {
		best = tagI
	}
	tags[n-1] = best
	for i := n - 1; i > 0; i-- {
		tags[i-1] = back[i][tags[i]]
	}
	return tags
}

// best3 returns the largest of three scores and its tag (the first of
// equals).
func best3(o, b, i float32) (float32, byte) {
	v, arg := o, byte(tagO)
	if b > v {
		v, arg = b, tagB
	}
	if i > v {
		v, arg = i, tagI
	}
	return v, arg
}

// tagSpans returns the spans the tagger marks in seq.
func (m *SpanModel) tagSpans(seq SpanExample) []span {
	tags := viterbi(emissions(seq.feats, m.w), &m.trans)
	return spansOfTags(tags)
}

func spansOfTags(tags []byte) []span {
	var out []span
	for i := 0; i < len(tags); i++ {
		if tags[i] != tagB {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == tagI {
			j++
		}
		out = append(out, span{i, j})
		i = j - 1
	}
	return out
}

// SpanArticle is a training article: its sentences and its gold names (and
// their other accepted forms).
type SpanArticle struct {
	Sents []SpanExample
	Names []string
}

// goldTags marks the gold names in a sentence, longest first, each
// occurrence that overlaps no longer one.
func goldTags(rs []rune, names [][]rune) []byte {
	tags := make([]byte, len(rs))
	taken := make([]bool, len(rs))
	for _, nm := range names {
		for i := 0; i+len(nm) <= len(rs); i++ {
			if !slices.Equal(rs[i:i+len(nm)], nm) || slices.Contains(taken[i:i+len(nm)], true) {
				continue
			}
			tags[i] = tagB
			for k := i; k < i+len(nm); k++ {
				taken[k] = true
				if k > i {
					tags[k] = tagI
				}
			}
			i += len(nm) - 1
		}
	}
	return tags
}

// TrainSpanModel fits the tagger as an averaged structured perceptron over
// the articles, epochs passes in an order fixed by seed.
func TrainSpanModel(arts []SpanArticle, epochs int, seed uint64) *SpanModel {
	type ex struct {
		feats [][]uint32
		gold  []byte
	}
	var exs []ex
	for _, a := range arts {
		var names [][]rune
		for _, nm := range a.Names {
			if r := []rune(nm); len(r) >= 1 {
				names = append(names, r)
			}
		}
		slices.SortStableFunc(names, func(p, q []rune) int { return len(q) - len(p) })
		for _, s := range a.Sents {
			exs = append(exs, ex{s.feats, goldTags(s.Text, names)})
		}
	}
	w := make([]float32, spanDim*nTags)
	// Averaging with lazy sums: u accumulates c*update, the average is w - u/c.
	u := make([]float32, spanDim*nTags)
	var tr, tu [nTags + 1][nTags]float32
	c := float32(1)
	m := &SpanModel{w: w}
	rng := rand.New(rand.NewPCG(seed, 17))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			x := exs[k]
			m.trans = tr
			pred := viterbi(emissions(x.feats, w), &tr)
			if !slices.Equal(pred, x.gold) {
				for i := range pred {
					g, p := x.gold[i], pred[i]
					if g != p {
						for _, f := range x.feats[i] {
							b := int(f) * nTags
							w[b+int(g)]++
							w[b+int(p)]--
							u[b+int(g)] += c
							u[b+int(p)] -= c
						}
					}
					gp, pp := byte(nTags), byte(nTags)
					if i > 0 {
						gp, pp = x.gold[i-1], pred[i-1]
					}
					if gp != pp || g != p {
						tr[gp][g]++
						tr[pp][p]--
						tu[gp][g] += c
						tu[pp][p] -= c
					}
				}
			}
			c++
		}
	}
	for i := range w {
		w[i] -= u[i] / c
	}
	for a := range tr {
		for b := range tr[a] {
			tr[a][b] -= tu[a][b] / c
		}
	}
	m.trans = tr
	return m
}

// spanModelMagic opens the model file.
const spanModelMagic = "tuopin-spans-1\n"

// WriteTo writes the model: the magic line, the transitions, then the
// weights that matter (|w| ≥ 0.01) as slot and value, gzip-compressed.
func (m *SpanModel) WriteTo(out io.Writer) (int64, error) {
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(spanModelMagic)
	for a := range m.trans {
		for b := range m.trans[a] {
			binary.Write(bw, binary.LittleEndian, m.trans[a][b])
		}
	}
	prev := uint32(0)
	var buf [binary.MaxVarintLen32]byte
	for i, v := range m.w {
		if v > -0.01 && v < 0.01 {
			continue
		}
		n := binary.PutUvarint(buf[:], uint64(uint32(i)-prev))
		bw.Write(buf[:n])
		binary.Write(bw, binary.LittleEndian, v)
		prev = uint32(i)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

// ReadSpanModel reads a model written by WriteTo.
func ReadSpanModel(r io.Reader) (*SpanModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("span model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(spanModelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != spanModelMagic {
		return nil, errors.New("span model: not a tuopin span model")
	}
	m := &SpanModel{w: make([]float32, spanDim*nTags)}
	for a := range m.trans {
		for b := range m.trans[a] {
			if err := binary.Read(br, binary.LittleEndian, &m.trans[a][b]); err != nil {
				return nil, fmt.Errorf("span model: transitions: %w", err)
			}
		}
	}
	at := uint64(0)
	for {
		d, err := binary.ReadUvarint(br)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("span model: weights: %w", err)
		}
		var v float32
		if err := binary.Read(br, binary.LittleEndian, &v); err != nil {
			return nil, fmt.Errorf("span model: weights: %w", err)
		}
		at += d
		if at >= uint64(len(m.w)) {
			return nil, errors.New("span model: weight slot out of range")
		}
		m.w[at] = v
	}
	return m, nil
}
