package loader

import (
	"fmt"

	"github.com/go-ego/gse"
)

// segmenter wraps gse. It is the only place that imports gse: the rest of the
// loader sees words and part-of-speech tags. Built once with every domain word
// added before the dictionary is finalised, it is read-only afterwards and safe
// for concurrent use (gse's Cut and Pos only read the dictionary; adding a token
// while cutting would race).
type segmenter struct {
	seg gse.Segmenter
}

// token is a word and its part-of-speech tag ("x" for unknown).
type token struct {
	Text string
	Pos  string
}

// dictWord is a domain word for the segmenter's dictionary.
type dictWord struct {
	Text string
	Freq float64
	Pos  string
}

// newSegmenter loads gse's embedded simplified-Chinese dictionary (never the
// files of the module path, which are absent on other machines, and never the
// traditional or Japanese ones: text is converted to simplified first) with
// the domain words. The domain words go in first: gse keeps the first entry of
// a word, so our tags and frequencies win, and the dictionary's path costs are
// computed once for all words.
func newSegmenter(words []dictWord) (*segmenter, error) {
	s := &segmenter{}
	s.seg.SkipLog = true
	s.seg.Dict = gse.NewDict()
	s.seg.Init() // also loads gse's HMM model for unknown words
	for _, w := range words {
		if err := s.seg.AddToken(w.Text, w.Freq, w.Pos); err != nil {
			return nil, fmt.Errorf("segmenter: add %q: %w", w.Text, err)
		}
	}
	if err := s.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("segmenter: load dictionary: %w", err)
	}
	return s, nil
}

// pos segments text by the dictionary's shortest path and tags each word.
// Unknown characters come out one by one with tag "x".
func (s *segmenter) pos(text string) []token {
	ps := s.seg.Pos(text, false)
	out := make([]token, len(ps))
	for i, p := range ps {
		out[i] = token{Text: p.Text, Pos: p.Pos}
	}
	return out
}

// lookup returns a dictionary word's frequency and tag.
func (s *segmenter) lookup(word string) (freq float64, pos string, ok bool) {
	return s.seg.Find(word)
}
