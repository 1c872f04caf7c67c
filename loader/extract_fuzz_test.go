package loader

import (
	"testing"
	"unicode/utf8"

	"github.com/tuopin/tuopin/loader/textnorm"
)

// FuzzExtract decodes, normalises and extracts arbitrary bytes: it must never
// panic, and every piece of evidence must point at its sentence in the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"会宁县委书记李明：产业扶贫\n2019年，会宁县贫困发生率由5.2%降至0.8%，32个贫困村全部出列。",
		"哈爾濱市人大代表、延壽縣委副書記、縣長張洪岐表示，發展食用菌、沙棘等項目。",
		"河?xùn)|區(qū)與受援地區(qū)開展“四聯(lián)四幫”扶貧協(xié)作新模式",
		"“”“1461”行动计划、、、等产业",
		"贫困发生率由%下降到%，建档立卡贫困人口户人",
		"县长",
		"",
	} {
		f.Add([]byte(s))
	}
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := textnorm.Normalize("fuzz", raw)
		if err != nil {
			return
		}
		facts := x.Extract(doc, "fuzz.txt")
		text := []rune(doc.Text)
		check := func(sentence string, start, end int) {
			if start < 0 || end > len(text) || start > end {
				t.Fatalf("evidence [%d,%d) outside text of %d runes", start, end, len(text))
			}
			if string(text[start:end]) != sentence {
				t.Fatalf("evidence [%d,%d) = %q, sentence %q", start, end, string(text[start:end]), sentence)
			}
		}
		for _, r := range facts.Regions {
			for _, e := range r.Evidence {
				check(e.Sentence, e.Start, e.End)
			}
		}
		for _, o := range facts.Officials {
			if !utf8.ValidString(o.Name) || o.Name == "" {
				t.Fatalf("bad official name %q", o.Name)
			}
			for _, e := range o.Evidence {
				check(e.Sentence, e.Start, e.End)
			}
		}
		for _, p := range facts.Programs {
			for _, e := range p.Evidence {
				check(e.Sentence, e.Start, e.End)
			}
		}
		for _, s := range facts.Stats {
			for _, e := range s.Evidence {
				check(e.Sentence, e.Start, e.End)
			}
		}
		ToEval(facts)
	})
}
