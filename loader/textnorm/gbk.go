package textnorm

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Two-byte GBK codes as a table, so the repair can test thousands of byte
// pairs without running a transformer per pair.

const (
	gbkLeadLo  = 0x81
	gbkLeadHi  = 0xFE
	gbkTrails  = 190 // 0x40–0x7E and 0x80–0xFE
	gbkNoRune  = rune(0)
	gbkMaxPair = (gbkLeadHi - gbkLeadLo + 1) * gbkTrails
)

type gbkTable struct {
	pair [gbkMaxPair]rune // 0 where the code is unassigned or private use
	enc  map[rune][2]byte // inverse of pair
}

var (
	gbkOnce sync.Once
	gbkTab  *gbkTable
)

func getGBK() *gbkTable {
	gbkOnce.Do(func() {
		t := &gbkTable{enc: make(map[rune][2]byte, 22000)}
		buf := make([]byte, 0, gbkMaxPair*2)
		for l := gbkLeadLo; l <= gbkLeadHi; l++ {
			for c := 0x40; c <= 0xFE; c++ {
				if c == 0x7F {
					continue
				}
				buf = append(buf, byte(l), byte(c))
			}
		}
		out, err := simplifiedchinese.GBK.NewDecoder().Bytes(buf)
		if err == nil {
			i := 0
			for _, r := range string(out) {
				if i >= gbkMaxPair {
					break
				}
				if r != utf8.RuneError && !(r >= 0xE000 && r <= 0xF8FF) && r >= 0x80 {
					t.pair[i] = r
					if _, dup := t.enc[r]; !dup {
						l := byte(gbkLeadLo + i/gbkTrails)
						c := i % gbkTrails
						if c < 0x3F {
							c += 0x40
						} else {
							c += 0x41
						}
						t.enc[r] = [2]byte{l, byte(c)}
					}
				}
				i++
			}
		}
		gbkTab = t
	})
	return gbkTab
}

// pairIndex returns the table index of the two-byte code a b, or -1.
func pairIndex(a, b byte) int {
	if a < gbkLeadLo || a > gbkLeadHi {
		return -1
	}
	var c int
	switch {
	case b >= 0x40 && b <= 0x7E:
		c = int(b) - 0x40
	case b >= 0x80 && b <= 0xFE:
		c = int(b) - 0x41
	default:
		return -1
	}
	return int(a-gbkLeadLo)*gbkTrails + c
}

// gbkRune decodes the two-byte GBK code a b.
func gbkRune(a, b byte) (rune, bool) {
	i := pairIndex(a, b)
	if i < 0 {
		return 0, false
	}
	r := getGBK().pair[i]
	return r, r != gbkNoRune
}

// inGB2312 reports whether a b lies in the GB2312 part of GBK
// (both bytes 0xA1–0xFE, lead at most 0xF7).
func inGB2312(a, b byte) bool {
	return a >= 0xA1 && a <= 0xF7 && b >= 0xA1 && b <= 0xFE
}

// appendGBK appends the GBK bytes of r; it reports false when GBK has no code
// for r.
func appendGBK(dst []byte, r rune) ([]byte, bool) {
	if r < 0x80 {
		return append(dst, byte(r)), true
	}
	if r == '€' {
		return append(dst, 0x80), true
	}
	p, ok := getGBK().enc[r]
	if !ok {
		if a, b, ok := userDefinedCode(r); ok {
			return append(dst, a, b), true
		}
		return dst, false
	}
	return append(dst, p[0], p[1]), true
}

// userDefinedCode maps a private-use character back to GBK's user-defined
// areas the way code page 936 decodes them (AAA1–AFFE → U+E000…,
// F8A1–FEFE → U+E234…, A140–A7A0 → U+E4C6…). A damaged text decoded with
// such a decoder keeps misaligned byte pairs as these characters, and the
// repair needs their bytes back.
func userDefinedCode(r rune) (byte, byte, bool) {
	switch {
	case r >= 0xE000 && r < 0xE234:
		i := int(r - 0xE000)
		return byte(0xAA + i/94), byte(0xA1 + i%94), true
	case r >= 0xE234 && r < 0xE4C6:
		i := int(r - 0xE234)
		return byte(0xF8 + i/94), byte(0xA1 + i%94), true
	case r >= 0xE4C6 && r < 0xE766:
		i := int(r - 0xE4C6)
		c := 0x40 + i%96
		if c >= 0x7F {
			c++
		}
		return byte(0xA1 + i/96), byte(c), true
	}
	return 0, 0, false
}

// decodeGBKBytes decodes b with the GBK table; a byte that starts no valid
// code becomes U+FFFD.
func decodeGBKBytes(b []byte) string {
	out := make([]byte, 0, len(b)*3/2)
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			out = append(out, c)
			i++
		case c == 0x80:
			out = utf8.AppendRune(out, '€')
			i++
		default:
			if i+1 < len(b) {
				if r, ok := gbkRune(c, b[i+1]); ok {
					out = utf8.AppendRune(out, r)
					i += 2
					continue
				}
			}
			out = utf8.AppendRune(out, utf8.RuneError)
			i++
		}
	}
	return string(out)
}
