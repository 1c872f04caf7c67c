package loader

import (
	"slices"
	"testing"
)

// TestSegmenterDomainWords checks that the words gse's dictionary lacks come
// out whole once added (易地搬迁 would otherwise give 和易/地) and that
// lookups see our tags.
func TestSegmenterDomainWords(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, word string }{
		{"全面推进产业扶贫和易地搬迁工作", "产业扶贫"},
		{"全面推进产业扶贫和易地搬迁工作", "易地搬迁"},
		{"贫困发生率降至0.44%", "贫困发生率"},
		{"深化东西部扶贫协作", "东西部扶贫协作"},
		{"实施光伏扶贫工程", "光伏扶贫"},
	} {
		var words []string
		for _, tk := range x.seg.pos(c.text) {
			words = append(words, tk.Text)
		}
		if !slices.Contains(words, c.word) {
			t.Errorf("pos(%q) = %v, want the word %s", c.text, words, c.word)
		}
	}
	if _, pos, ok := x.seg.lookup("县委书记"); !ok || pos != "nnt" {
		t.Errorf("lookup(县委书记) = %q, %v; want our tag nnt", pos, ok)
	}
}
