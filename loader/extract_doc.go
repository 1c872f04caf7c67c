package loader

import (
	"path/filepath"
	"strings"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// Extract returns the facts of a normalised article. file is the input's
// name; its base name becomes Article.File. Extract is pure and gives facts in
// a deterministic order.
func (x *Extractor) Extract(doc *textnorm.Doc, file string) *kg.Facts {
	return x.extract(newDocument(doc, file))
}

// ExtractBytes normalises raw article bytes and extracts their facts. Errors
// are Normalize's (textnorm.ErrEmpty, ErrBinary, ErrUndecodable, wrapped).
func (x *Extractor) ExtractBytes(name string, raw []byte) (*kg.Facts, error) {
	doc, err := textnorm.Normalize(name, raw)
	if err != nil {
		return nil, err
	}
	return x.Extract(doc, name), nil
}

// newDocument is the extractor's view of doc, whose Article.File becomes
// file's base name (doc itself is not changed).
func newDocument(doc *textnorm.Doc, file string) *document {
	c := *doc
	c.File = ""
	if file != "" {
		c.File = filepath.Base(file)
	}
	d := &document{Doc: &c}
	titleLen := runeLen(doc.Title)
	// One allocation for every sentence's runes and one for the sentences:
	// an article has tens of them, and extraction makes many articles.
	total := 0
	for _, s := range doc.Sentences {
		total += runeStarts(s.Text)
	}
	runes := make([]rune, 0, total)
	slab := make([]sentence, len(doc.Sentences))
	d.sents = make([]*sentence, 0, len(doc.Sentences))
	for i, s := range doc.Sentences {
		at := len(runes)
		runes = appendRunes(runes, s.Text)
		slab[i] = sentence{idx: i, text: s.Text, rs: runes[at:len(runes):len(runes)], start: s.Start, end: s.End, targetAt: -2}
		d.sents = append(d.sents, &slab[i])
		if doc.Title != "" && s.Start < titleLen && strings.HasPrefix(doc.Text, doc.Title) {
			d.titleSents = i + 1
		}
	}
	return d
}

// newTextDocument builds a document from plain simplified text, splitting
// sentences with textnorm; the first line is the title when title is true.
func newTextDocument(id, text, published string, title bool) *document {
	doc := &textnorm.Doc{
		Article:   kg.Article{ID: id, PublishedAt: published, Chars: runeLen(text)},
		Text:      text,
		Sentences: textnorm.SplitSentences(text),
	}
	if title {
		doc.Title, _, _ = strings.Cut(text, "\n")
	}
	return newDocument(doc, id+".txt")
}
