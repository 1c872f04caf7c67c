package textnorm

import (
	"errors"
	"testing"
)

// FuzzNormalize feeds arbitrary bytes to Normalize: it must not panic, must
// fail only with one of the package's errors, and every Doc must keep its
// invariants (valid UTF-8, ID = SHA-256 of Text, sentence offsets in order
// and matching the text).
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"标题\n2020-01-21 15:38:37|来源:某报\n正文。第二句!",
		"河?xùn)|區(qū)產(chǎn)業(yè)?a)(",
		"<html><title>t</title><p>段落&amp;</p></html>",
		"\xef\xbb\xbf\xe4\xb8",
		"\xff\xfe\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Normalize("fuzz", raw)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrUndecodable) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkDoc(t, d)
		switch d.Script {
		case ScriptHans, ScriptHant, ScriptMixed:
		default:
			t.Fatalf("script %q", d.Script)
		}
	})
}
