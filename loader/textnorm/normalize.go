package textnorm

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tuopin/tuopin/kg"
)

// Doc is one normalised article: the kg.Article it becomes (its metadata,
// filled in here once and carried unchanged to the facts), and its text.
// The loader sets Article.File; the rest is Normalize's:
//
//   - ID: hex SHA-256 of Text, so a GBK or traditional copy of an article gets the same ID
//   - Title: simplified; "" when the article starts with body text
//   - Source: from 来源: lines, e.g. 黑龙江日报
//   - PublishedAt: "2006-01-02" when a dateline gives it, else ""
//   - Encoding: "utf-8", "gb18030", "big5" (or "utf-16le"/"utf-16be")
//   - Script: "hans", "hant" or "mixed": the input's script before conversion
//   - Chars: runes in Text
type Doc struct {
	kg.Article
	Text      string // the title as the first paragraph, then body paragraphs, joined by "\n"
	Sentences []Sentence
	Removed   []string // boilerplate lines and fragments removed, in order
	Repairs   int      // pinyin-annotation damage repairs made
	Glosses   int      // reading glosses removed (电【diàn】, gloss.go)
}

// Script values.
const (
	ScriptHans  = "hans"
	ScriptHant  = "hant"
	ScriptMixed = "mixed"
)

// Normalize turns raw article bytes into a Doc: decode, repair the
// pinyin-annotation damage, remove reading glosses, normalise width, convert to simplified, take the
// title, dateline and source out of the boilerplate and split sentences.
// name only appears in errors, which wrap ErrEmpty, ErrBinary or
// ErrUndecodable.
func Normalize(name string, raw []byte) (*Doc, error) {
	return NormalizeWith(name, raw, Options{})
}

// NormalizeWith is Normalize with options.
func NormalizeWith(name string, raw []byte, opt Options) (*Doc, error) {
	if err := getTables().initErr; err != nil {
		return nil, fmt.Errorf("%s: load conversion data: %w", name, err)
	}
	text, enc, err := Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	doc := &Doc{Article: kg.Article{Encoding: enc}}
	text, doc.Repairs = repairPinyin(text, opt)
	text, doc.Glosses = stripGlosses(text)
	doc.Script = DetectScript(text)
	text = unspin(simplifyTraditionalLines(foldVariants(normalizeWidth(text))))

	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	m, body, removed := clean(lines)
	doc.Title, doc.PublishedAt, doc.Source, doc.Removed = m.title, m.date, m.source, removed
	if doc.Title != "" {
		body = append([]string{doc.Title}, body...)
	}
	doc.Text = strings.Join(body, "\n")
	if doc.Text == "" {
		return nil, fmt.Errorf("%s: %w: nothing left after removing boilerplate", name, ErrEmpty)
	}
	sum := sha256.Sum256([]byte(doc.Text))
	doc.ID = hex.EncodeToString(sum[:])
	doc.Chars = utf8.RuneCountInString(doc.Text)
	doc.Sentences = SplitSentences(doc.Text)
	return doc, nil
}

// DetectScript tells simplified from traditional text by the characters only
// one script uses: "hant" or "hans" when the other script has under 5% of
// them, "mixed" otherwise. Text with neither (ASCII, or characters both
// scripts share) counts as "hans".
func DetectScript(s string) string {
	t := getTables()
	var trad, simp int
	for _, r := range s {
		if r < 0x3400 {
			continue
		}
		switch {
		case t.tradOnly.has(r):
			trad++
		case t.simpOnly.has(r):
			simp++
		}
	}
	total := trad + simp
	switch {
	case trad*20 < total || trad == 0:
		return ScriptHans
	case simp*20 < total:
		return ScriptHant
	}
	return ScriptMixed
}

// simplifyTraditionalLines converts to simplified only the lines that hold a
// character only traditional text uses. Some characters are both a
// traditional form and a simplified character of their own (乾 of 乾坤 and
// of names such as 魏振乾, 著 of 著名), and t2s turns them into 干 and 着: in a
// simplified line that would corrupt a name. A traditional line almost
// always has trad-only characters (們, 縣, 貧), which send the whole line
// through t2s, so its phrases are still read as a whole.
func simplifyTraditionalLines(text string) string {
	t := getTables()
	var b strings.Builder
	b.Grow(len(text))
	for len(text) > 0 {
		line, rest, found := strings.Cut(text, "\n")
		if hasTradOnly(t, line) {
			line = ToSimplified(line)
		}
		b.WriteString(line)
		if found {
			b.WriteByte('\n')
		}
		text = rest
	}
	return b.String()
}

// hasTradOnly reports whether s holds a character only traditional text uses.
func hasTradOnly(t *tables, s string) bool {
	for _, r := range s {
		if r >= 0x3400 && t.tradOnly.has(r) {
			return true
		}
	}
	return false
}
