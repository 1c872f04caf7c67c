package textnorm

// Sentence is a span of Doc.Text.
type Sentence struct {
	Text       string
	Start, End int // rune offsets into Doc.Text, End exclusive
}

// MaxSentenceRunes bounds a sentence. Reported sentences stay under 250
// runes (the longest in the seed and held-out articles has 201); text
// without punctuation would otherwise make one "sentence" of a whole
// article, stored as evidence on every fact it supports.
const MaxSentenceRunes = 400

// isClauseBreak reports runes after which an over-long sentence is best cut.
func isClauseBreak(r rune) bool {
	switch r {
	case '，', '、', '：', ',', ':', ' ', '\t', '\u3000':
		return true
	}
	return false
}

// cutPoint is where to end an over-long sentence rs[start:end]: after the
// last clause break in its second half, else at end.
func cutPoint(rs []rune, start, end int) int {
	for k := end - 1; k > start+(end-start)/2; k-- {
		if isClauseBreak(rs[k]) {
			return k + 1
		}
	}
	return end
}

func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';':
		return true
	}
	return false
}

// isCloser reports runes that stay with the sentence they close.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '"', '\'', '」', '』', '）', ')', '》', '】', '〉', ']', '〕', '…':
		return true
	}
	return false
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// SplitSentences splits text after 。！？!?；; (with any closing quotes or
// brackets that follow) and at line ends. It does not split inside 《》 or
// after an ASCII ! or ? glued to a following letter or digit ("7?29",
// "Yahoo!Japan"). Sentences are trimmed of spaces; empty ones are dropped.
// A sentence reaching MaxSentenceRunes is cut at its last clause break (，、：
// or a space) in its second half, else at the bound.
func SplitSentences(text string) []Sentence {
	rs := []rune(text)
	var out []Sentence
	emit := func(start, end int) {
		for start < end && isSpace(rs[start]) {
			start++
		}
		for end > start && isSpace(rs[end-1]) {
			end--
		}
		if end > start {
			out = append(out, Sentence{Text: string(rs[start:end]), Start: start, End: end})
		}
	}
	start, book := 0, 0
	for i := 0; i < len(rs); i++ {
		if i-start >= MaxSentenceRunes {
			cut := cutPoint(rs, start, i)
			emit(start, cut)
			start, book = cut, 0
		}
		r := rs[i]
		switch {
		case r == '\n':
			emit(start, i)
			start, book = i+1, 0
			continue
		case r == '《':
			book++
			continue
		case r == '》':
			if book > 0 {
				book--
			}
			continue
		}
		if !isTerminator(r) || book > 0 {
			continue
		}
		if (r == '!' || r == '?') && i+1 < len(rs) && isASCIIAlnum(rs[i+1]) {
			continue
		}
		j := i + 1
		for j < len(rs) && j-start < MaxSentenceRunes && (isTerminator(rs[j]) || isCloser(rs[j])) {
			j++
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(rs))
	return out
}
