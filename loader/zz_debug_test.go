package loader

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestZZDebugFN(t *testing.T) {
	x := testExtractor(t)
	f, err := os.Open("/tmp/fnnames.tsv")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		id, name, _ := strings.Cut(sc.Text(), "\t")
		raw, err := os.ReadFile("/tmp/normtune/" + id + ".txt")
		if err != nil {
			continue
		}
		d := newTextDocument(id, string(raw), "", true)
		for _, s := range d.sents {
			rs := s.rs
			for i := 0; i+runeLen(name) <= len(rs); i++ {
				if string(rs[i:i+runeLen(name)]) != name {
					continue
				}
				// a title ending right before the name
				for st := max(0, i-12); st < i; st++ {
					if n, _ := x.titleTrie.longest(rs, st); n > 0 && st+n == i {
						got, ok := x.nameAfter(d, rs, i)
						na := ok && x.notAName(rs, i, got)
						e := min(len(rs), i+runeLen(name)+4)
						t.Logf("%s %s | title %s | nameAfter=%q ok=%v notAName=%v | next %q", id, name, string(rs[st:i]), got, ok, na, string(rs[i+runeLen(name):e]))
					}
				}
			}
		}
	}
}
