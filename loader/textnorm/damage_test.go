package textnorm

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// simulateDamage reproduces the pinyin-annotation damage on clean text: the
// text is encoded to GBK; for each character outside GB2312 (in order of
// first appearance, or the reverse), every occurrence of its two bytes in
// the byte stream — aligned or not — gets "(pinyin)" appended; the bytes
// are then decoded as GBK the way the damaging tool did, where a lead byte
// followed by an invalid trail byte becomes "?" together with that byte.
func simulateDamage(clean string, reverse bool) (string, error) {
	var b []byte
	var chars []rune
	seen := map[rune]bool{}
	for _, r := range clean {
		var ok bool
		n := len(b)
		if b, ok = appendGBK(b, r); !ok {
			return "", fmt.Errorf("%q has no GBK code", r)
		}
		if len(b)-n == 2 && !inGB2312(b[n], b[n+1]) && !seen[r] && len(readings(r)) > 0 {
			seen[r] = true
			chars = append(chars, r)
		}
	}
	if reverse {
		for i, j := 0, len(chars)-1; i < j; i, j = i+1, j-1 {
			chars[i], chars[j] = chars[j], chars[i]
		}
	}
	for _, r := range chars {
		code, _ := appendGBK(nil, r)
		ins, _ := appendGBKString(append([]byte(nil), code...), "("+readings(r)[0].tone+")")
		b = bytes.ReplaceAll(b, code, ins)
	}
	return lossyGBK(b), nil
}

func appendGBKString(b []byte, s string) ([]byte, bool) {
	for _, r := range s {
		var ok bool
		if b, ok = appendGBK(b, r); !ok {
			return b, false
		}
	}
	return b, true
}

// lossyGBK decodes like the damaging tool: an invalid pair is one "?".
func lossyGBK(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		switch c {
		case 0x80:
			sb.WriteRune('€')
			i++
			continue
		case 0xFF:
			sb.WriteByte('?')
			i++
			continue
		}
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(b) {
			if r, ok := gbkRune(c, b[i+1]); ok {
				sb.WriteRune(r)
				i += 2
				continue
			}
			sb.WriteByte('?')
			i += 2
			continue
		}
		sb.WriteRune(utf8.RuneError)
		i++
	}
	return sb.String()
}
