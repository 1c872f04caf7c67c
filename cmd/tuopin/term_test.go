package main

import "testing"

func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"延寿县.txt", "延寿县.txt"},
		{"a\x1b[2Jb.txt", `a\x1b[2Jb.txt`},
		{"line\nbreak\r", `line\x0abreak\x0d`},
		{"csi\u009b31m", `csi\u009b31m`},
		{"bad\xffutf8", `bad\xffutf8`},
	} {
		if got := printable(tc.in); got != tc.want {
			t.Errorf("printable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
