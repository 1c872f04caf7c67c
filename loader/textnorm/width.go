package textnorm

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Width and spacing rules ("NFKC where safe"). Full NFKC would also turn
// Chinese punctuation into ASCII look-alikes and ① into 1, which changes how
// sentences split and how enumerations read, so only these mappings apply:
//
//   - full-width ASCII letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９) become ASCII;
//   - of full-width punctuation only ％ ． ， ： ； （ ） become % . , : ; ( );
//     the comma and colon are converted too, because a large part of the corpus
//     was already published with ASCII ones and rules downstream then see one
//     form. ！ and ？ and all CJK punctuation (。、“”‘’《》【】—…) stay;
//   - corner brackets 「」『』 (Taiwan and Hong Kong quotes) become “”‘’, so a
//     traditional copy of an article reads like the mainland one and quoted
//     names look the same to the extractor;
//   - compatibility ideographs, Kangxi radicals and Latin ligatures take their
//     NFKC form (⼀ → 一, 﨑 → 崎, ﬁ → fi);
//   - the ideographic space, no-break and other fixed-width spaces and tabs
//     become " ", runs of spaces collapse to one, and lines lose leading and
//     trailing spaces (indentation);
//   - zero-width characters, soft hyphens, BOMs and control characters go;
//   - a comma right after another comma, 、 or 。 goes (发力，，使 in copies whose
//     conversion doubled it), and so does one right before 、 or 。 (甲县,、乙县,
//     工作,。); with a space between, the comma stays.

// dropInvisible is a strings.Map function removing zero-width and control
// characters (but not newlines).
func dropInvisible(r rune) rune {
	switch {
	case r == '\n':
		return r
	case r == '\t':
		return ' '
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return -1
	case r == 0x00AD, r >= 0x200B && r <= 0x200F, r >= 0x2060 && r <= 0x2064, r == 0xFEFF, r >= 0x202A && r <= 0x202E:
		return -1
	}
	return r
}

// widthRune maps one rune per the rules above; ok is false when it must be
// NFKC-normalised as a string.
func widthRune(r rune) (out rune, nfkc bool) {
	switch {
	case r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', r >= '０' && r <= '９':
		return r - 0xFEE0, false
	}
	switch r {
	case '％', '．', '，', '：', '；', '（', '）':
		return r - 0xFEE0, false
	case '\u3000', '\u00A0', '\u202F', '\u205F', '\t':
		return ' ', false
	case '「':
		return '“', false
	case '」':
		return '”', false
	case '『':
		return '‘', false
	case '』':
		return '’', false
	}
	switch {
	case r >= 0x2000 && r <= 0x200A:
		return ' ', false
	case r >= 0xF900 && r <= 0xFAFF, r >= 0x2F00 && r <= 0x2FDF, r >= 0xFB00 && r <= 0xFB06, r >= 0x2F800 && r <= 0x2FA1F:
		return r, true
	}
	return r, false
}

// normalizeWidth applies the width and spacing rules to s.
func normalizeWidth(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, line := range strings.Split(s, "\n") {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		space := false
		start := b.Len()
		prev := rune(0)
		comma := false // a comma read and not yet written
		for _, r := range line {
			r = dropInvisible(r)
			if r < 0 {
				continue
			}
			r2, nfkc := widthRune(r)
			if r2 == ' ' {
				space = true
				continue
			}
			if r2 == ',' && (prev == ',' || prev == '、' || prev == '。') {
				// 发力,,使: a comma doubled by a mirror's conversion (or
				// after 、/。) marks nothing; one is kept.
				space = false
				continue
			}
			if comma {
				// 甲县,、乙县 and 工作,。: the same mirrors put a comma
				// before 、 and 。 too; the mark after it is the real one.
				comma = false
				if space || r2 != '、' && r2 != '。' {
					b.WriteByte(',')
				}
			}
			if space && b.Len() > start {
				b.WriteByte(' ')
			}
			space = false
			prev = r2
			if r2 == ',' {
				comma = true
				continue
			}
			if nfkc {
				b.WriteString(norm.NFKC.String(string(r2)))
			} else {
				b.WriteRune(r2)
			}
		}
		if comma {
			b.WriteByte(',')
		}
	}
	return b.String()
}
