package textnorm

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	gounicode "unicode"
	"unicode/utf8"

	"github.com/wlynxg/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Errors returned by Decode and Normalize. Normalize wraps them with the
// file name and a detail: "a.txt: binary input: NUL byte at offset 12".
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary input")
	ErrUndecodable = errors.New("undecodable text")
)

// Encoding names reported by Decode.
const (
	EncUTF8    = "utf-8"
	EncGB18030 = "gb18030"
	EncBig5    = "big5"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
)

const (
	// scoreSample is how much of a legacy-encoded input the candidates are
	// judged on; the winner then decodes the whole input.
	scoreSample = 256 << 10
	// minQuality is the score below which every decoding is nonsense.
	minQuality = 0.5
	// maxControlRatio is the share of control bytes above which input is
	// binary.
	maxControlRatio = 0.01
)

// Decode turns raw article bytes into UTF-8 text. It accepts UTF-8 (with or
// without BOM), UTF-16 with BOM, GB18030/GBK and Big5, guessing between the
// legacy encodings by how much of each decoding is common Chinese text. A
// multi-byte character cut off at the end of the input is dropped. An HTML
// page is reduced to its text, with the page title as the first line.
// Line ends become "\n".
func Decode(raw []byte) (text string, enc string, err error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", fmt.Errorf("%w: no text", ErrEmpty)
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
		enc = EncUTF8
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		enc, text, err = decodeUTF16(raw)
		if err != nil {
			return "", "", err
		}
	}
	if enc == "" && bytes.IndexByte(raw, 0) >= 0 {
		enc, text = guessUTF16(raw)
	}
	if text == "" {
		if err := checkBinary(raw); err != nil {
			return "", "", err
		}
		if n := validUTF8Len(raw); n >= 0 {
			enc = EncUTF8
			text = string(raw[:n])
		} else if enc == EncUTF8 {
			text = strings.ToValidUTF8(string(raw), "\uFFFD")
		} else {
			enc, text, err = decodeLegacy(raw)
			if err != nil {
				return "", "", err
			}
		}
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.TrimRight(text, "\uFFFD")
	text = normalizeNewlines(text)
	if looksLikeHTML(text) {
		text = htmlToText(text)
	}
	if err := checkDecodedBinary(text); err != nil {
		return "", "", err
	}
	if !hasVisible(text) {
		return "", "", fmt.Errorf("%w: only white space", ErrEmpty)
	}
	return text, enc, nil
}

func decodeUTF16(raw []byte) (string, string, error) {
	enc := EncUTF16LE
	var e encoding.Encoding = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	if raw[0] == 0xFE {
		enc = EncUTF16BE
		e = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	b, err := e.NewDecoder().Bytes(raw[:len(raw)&^1])
	if err != nil {
		return "", "", fmt.Errorf("%w: %s: %v", ErrUndecodable, enc, err)
	}
	return enc, string(b), nil
}

// guessUTF16 recognises BOM-less UTF-16, whose NUL bytes would otherwise
// make it binary: it accepts the byte order whose decoding of a sample is
// nearly all text.
func guessUTF16(raw []byte) (string, string) {
	sample := raw
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	sample = sample[:len(sample)&^1]
	best, bestQ := "", 0.0
	var bestEnc encoding.Encoding
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{EncUTF16LE, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{EncUTF16BE, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	} {
		if q := quality(decodeWith(c.enc, sample)); q > bestQ {
			best, bestQ, bestEnc = c.name, q, c.enc
		}
	}
	if bestQ < 0.9 {
		return "", ""
	}
	return best, decodeWith(bestEnc, raw[:len(raw)&^1])
}

// checkBinary rejects NUL bytes and inputs with many control bytes.
func checkBinary(raw []byte) error {
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	ctl := 0
	for _, c := range raw {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1A) || c == 0x7F {
			ctl++
		}
	}
	if float64(ctl) > maxControlRatio*float64(len(raw)) && ctl > 2 {
		return fmt.Errorf("%w: %d control bytes in %d", ErrBinary, ctl, len(raw))
	}
	return nil
}

// checkDecodedBinary applies the control-character test to decoded text,
// which catches binary data hidden behind a UTF-16 BOM.
func checkDecodedBinary(s string) error {
	ctl, n := 0, 0
	for i, r := range s {
		n++
		if r == 0 {
			return fmt.Errorf("%w: NUL character at byte %d of the decoded text", ErrBinary, i)
		}
		if (r < 0x20 && r != '\n' && r != '\t' && r != '\f' && r != '\v') || (r >= 0x7F && r < 0xA0) {
			ctl++
		}
	}
	if float64(ctl) > maxControlRatio*float64(n) && ctl > 2 {
		return fmt.Errorf("%w: %d control characters in %d", ErrBinary, ctl, n)
	}
	return nil
}

// validUTF8Len returns the length of raw without an incomplete multi-byte
// character at its very end, or -1 if raw is not otherwise valid UTF-8.
func validUTF8Len(raw []byte) int {
	if utf8.Valid(raw) {
		return len(raw)
	}
	// Look for the start of the last character among the last 3 bytes.
	for k := 1; k <= 3 && k <= len(raw); k++ {
		i := len(raw) - k
		if utf8.RuneStart(raw[i]) {
			if !utf8.FullRune(raw[i:]) && utf8.Valid(raw[:i]) {
				return i
			}
			break
		}
	}
	return -1
}

type candidate struct {
	name string
	enc  encoding.Encoding
}

var legacyCandidates = []candidate{
	{EncGB18030, simplifiedchinese.GB18030},
	{EncBig5, traditionalchinese.Big5},
	{EncUTF8, nil}, // invalid UTF-8 with a few bad bytes
}

// decodeLegacy picks the candidate encoding whose decoding of a sample looks
// most like text and decodes the whole input with it.
func decodeLegacy(raw []byte) (string, string, error) {
	sample := raw
	if len(sample) > scoreSample {
		sample = sample[:scoreSample]
	}
	hint := chardetHint(sample)
	best, bestQ := -1, -1.0
	var details []string
	for i, c := range legacyCandidates {
		q := quality(decodeWith(c.enc, sample))
		if c.name == hint {
			q += 0.02 // chardet breaks near ties
		}
		details = append(details, fmt.Sprintf("%s %.2f", c.name, q))
		if q > bestQ {
			best, bestQ = i, q
		}
	}
	if bestQ < minQuality {
		return "", "", fmt.Errorf("%w: no encoding gives text (%s)", ErrUndecodable, strings.Join(details, ", "))
	}
	c := legacyCandidates[best]
	return c.name, decodeWith(c.enc, raw), nil
}

func decodeWith(e encoding.Encoding, b []byte) string {
	if e == nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return ""
	}
	return string(out)
}

// chardetHint maps chardet's guess on a short sample to our names.
func chardetHint(sample []byte) string {
	if len(sample) > 4096 {
		sample = sample[:4096]
	}
	r := chardet.Detect(sample)
	if r.Confidence < 0.8 {
		return ""
	}
	switch strings.ToLower(r.Encoding) {
	case "gb2312", "gbk", "gb18030":
		return EncGB18030
	case "big5":
		return EncBig5
	}
	return ""
}

// quality is the share of the non-ASCII part of a decoding that is plain
// text: common hanzi and CJK punctuation count for it, replacement,
// private-use and control characters count twice against it, rare hanzi a
// quarter for it. ASCII is left out because every candidate decodes it the
// same way. Text without non-ASCII characters scores 1.
func quality(s string) float64 {
	t := getTables()
	var good, bad, n float64
	for _, r := range s {
		if r < 0x80 && r >= 0x20 || r == '\n' || r == '\r' || r == '\t' {
			continue
		}
		n++
		switch {
		case r == utf8.RuneError, r >= 0xE000 && r <= 0xF8FF, r < 0x20, r >= 0x7F && r < 0xA0:
			bad++
		case t.common.has(r):
			good++
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x2010 && r <= 0x2027:
			good++
		case r >= 0x3400 && r <= 0x9FFF:
			good += 0.25
		}
	}
	if n == 0 {
		return 1
	}
	return (good - 2*bad) / n
}

func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// hasVisible reports whether s has a character other than white space and
// invisible ones.
func hasVisible(s string) bool {
	for _, r := range s {
		if r = dropInvisible(r); r > 0 && r != ' ' && r != '\n' && !gounicode.IsSpace(r) {
			return true
		}
	}
	return false
}
