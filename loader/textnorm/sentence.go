package textnorm

// Sentence is a span of Doc.Text.
type Sentence struct {
	Text       string
	Start, End int // rune offsets into Doc.Text, End exclusive
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
		for j < len(rs) && (isTerminator(rs[j]) || isCloser(rs[j])) {
			j++
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(rs))
	return out
}
