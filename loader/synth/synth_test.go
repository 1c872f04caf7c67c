package synth

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

const (
	minSize = 1000
	maxSize = 24 << 10
)

func TestArticleDeterministic(t *testing.T) {
	for _, seed := range []int64{1, 42, -7} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			g1, g2 := New(seed, 0.3), New(seed, 0.3)
			idx := []int{0, 1, 2, 17, 999, 123456}
			want := map[int]string{}
			for _, i := range idx {
				_, b := g1.Article(i)
				want[i] = string(b)
			}
			// Another generator, reverse order, with other articles between.
			got := map[int]string{}
			for k := len(idx) - 1; k >= 0; k-- {
				g2.Article(idx[k] + 1)
				_, b := g2.Article(idx[k])
				got[idx[k]] = string(b)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("same seed and index, different article (-first +second):\n%s", diff)
			}
		})
	}
}

func TestArticleDistinct(t *testing.T) {
	g := New(1, 0.3)
	seen := map[string]int{}
	for i := range 300 {
		_, b := g.Article(i)
		if j, dup := seen[string(b)]; dup {
			t.Fatalf("articles %d and %d are equal", j, i)
		}
		seen[string(b)] = i
	}
	_, a := New(1, 0.3).Article(5)
	_, b := New(2, 0.3).Article(5)
	if bytes.Equal(a, b) {
		t.Error("seeds 1 and 2 give the same article 5")
	}
}

func TestArticleName(t *testing.T) {
	g := New(1, 0)
	tests := []struct {
		i    int
		want string
	}{
		{0, "synth_000000.txt"},
		{42, "synth_000042.txt"},
		{999999, "synth_999999.txt"},
		{1234567, "synth_1234567.txt"},
	}
	for _, tt := range tests {
		got, _ := g.Article(tt.i)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Article(%d) name (-want +got):\n%s", tt.i, diff)
		}
	}
}

// TestArticlePlaces checks that the subject county is a real division, that
// the article names it in its script, and that its prefecture and province
// are the real ones.
func TestArticlePlaces(t *testing.T) {
	gz := gazetteer.Default()
	g := New(3, 0.5)
	for i := range 200 {
		a := g.article(i)
		d, ok := gz.ByCode(a.c.code)
		if !ok {
			t.Fatalf("article %d: county code %s not in the gazetteer", i, a.c.code)
		}
		if d.Level != gazetteer.County {
			t.Errorf("article %d: %s is a %s", i, d.Name, d.Level)
		}
		prov, _ := gz.Province(d)
		parent, _ := gz.Parent(d)
		type names struct{ Full, Short, Pref, Prov string }
		want := names{d.Name, d.ShortName, parent.Name, prov.Name}
		got := names{a.c.full[hans], a.c.short[hans], a.c.pref[hans], a.c.prov2[hans]}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("article %d: places (-gazetteer +article):\n%s", i, diff)
		}
		body := string(a.buf)
		if !strings.Contains(body, a.c.short[a.s]) || !strings.Contains(body, a.c.name[a.s]) {
			t.Errorf("article %d does not name its county %s", i, a.c.name[a.s])
		}
		if eastern[d.Code[:2]] {
			t.Errorf("article %d: subject county %s is in an eastern province", i, d.Name)
		}
	}
}

// TestArticlePartner checks that helper regions come from the provinces that
// assist the county's province.
func TestArticlePartner(t *testing.T) {
	g := New(4, 0)
	n := 0
	for i := range 300 {
		a := g.article(i)
		if a.h == nil {
			continue
		}
		n++
		body := string(a.buf)
		if !strings.Contains(body, a.h.name[hans]) {
			t.Errorf("article %d does not name its partner %s", i, a.h.name[hans])
		}
		ok := false
		for _, hp := range helpers[a.c.prov] {
			for _, x := range g.t.helpers[hp] {
				ok = ok || x == *a.h
			}
		}
		if !ok {
			t.Errorf("article %d: %s does not assist province %s", i, a.h.name[hans], a.c.prov)
		}
	}
	if n < 50 {
		t.Errorf("%d of 300 articles have a partner region, want at least 50", n)
	}
}

// isTraditional tells the script from the text itself: every article writes
// 贫 (poverty) many times, as 貧 in traditional script.
func isTraditional(b []byte) (trad bool, mixed bool) {
	s, t := bytes.Contains(b, []byte("贫")), bytes.Contains(b, []byte("貧"))
	return t, s == t
}

func TestTraditionalShare(t *testing.T) {
	tests := []struct {
		share  float64
		lo, hi int // traditional articles of 200
	}{
		{0, 0, 0},
		{0.1, 8, 34},
		{0.3, 40, 80},
		{0.5, 80, 120},
		{1, 200, 200},
		{-1, 0, 0},
		{2, 200, 200},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.share), func(t *testing.T) {
			g := New(11, tt.share)
			n := 0
			for i := range 200 {
				_, b := g.Article(i)
				trad, mixed := isTraditional(b)
				if mixed {
					t.Fatalf("article %d mixes scripts:\n%s", i, b)
				}
				if trad {
					n++
				}
			}
			if n < tt.lo || n > tt.hi {
				t.Errorf("%d of 200 articles traditional, want %d..%d", n, tt.lo, tt.hi)
			}
		})
	}
}

func TestArticleWellFormed(t *testing.T) {
	g := New(5, 0.3)
	long := 0
	for i := range 1000 {
		_, b := g.Article(i)
		if !utf8.Valid(b) {
			t.Fatalf("article %d is not valid UTF-8", i)
		}
		if len(b) < minSize || len(b) > maxSize {
			t.Errorf("article %d has %d bytes, want %d..%d", i, len(b), minSize, maxSize)
		}
		if len(b) > 8<<10 {
			long++
		}
		if k := bytes.IndexAny(b, "{}"); k >= 0 {
			t.Errorf("article %d has an unexpanded slot near %q", i, b[max(0, k-30):min(len(b), k+30)])
		}
		if !bytes.Contains(b, []byte("20")) {
			t.Errorf("article %d has no year", i)
		}
	}
	if long < 30 || long > 250 {
		t.Errorf("%d of 1000 articles are longer than 8 KB, want some (30..250)", long)
	}
}

// TestConcurrent runs under -race in CI; the articles must not depend on
// which goroutine writes them.
func TestConcurrent(t *testing.T) {
	g := New(9, 0.3)
	want := make([][]byte, 64)
	for i := range want {
		_, want[i] = g.Article(i)
	}
	got := make([][]byte, len(want))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(got); i += 4 {
				_, got[i] = g.Article(i)
			}
		})
	}
	wg.Wait()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("concurrent articles differ (-sequential +concurrent):\n%s", diff)
	}
}

func TestDateline(t *testing.T) {
	// The main dateline form of the genre appears in most articles.
	g := New(6, 0)
	n := 0
	for i := range 200 {
		a := g.article(i)
		want := fmt.Sprintf("%d-%02d-%02d %02d:%02d:%02d|来源:%s|编辑:%s", a.y, a.mo, a.d, a.hour, a.min, a.sec2, a.src[hans], a.ed[hans])
		if bytes.Contains(a.buf, []byte(want)) {
			n++
		}
	}
	if n < 80 || n > 160 {
		t.Errorf("%d of 200 articles have the YYYY-MM-DD HH:MM:SS|来源:|编辑: dateline, want 80..160", n)
	}
}

func TestAsciiPunct(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"县委书记，县长：（注）", "县委书记,县长:(注)"},
		{"“三个一批”、？；", "“三个一批”、？；"},
		{"abc，", "abc,"},
		{"\xef\xbc", "\xef\xbc"},
	}
	for _, tt := range tests {
		got := string(asciiPunct([]byte(tt.in)))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("asciiPunct(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFixed(t *testing.T) {
	tests := []struct {
		v, dec int
		want   string
	}{
		{44, 2, "0.44"},
		{5, 2, "0.05"},
		{197, 1, "19.7"},
		{150, 2, "1.50"},
		{30, 1, "3.0"},
		{1001, 3, "1.001"},
	}
	for _, tt := range tests {
		a := &article{}
		a.fixed(tt.v, tt.dec)
		if diff := cmp.Diff(tt.want, string(a.buf)); diff != "" {
			t.Errorf("fixed(%d, %d) (-want +got):\n%s", tt.v, tt.dec, diff)
		}
	}
}

func TestParseTemplate(t *testing.T) {
	conv := func(s string) text { return text{s, s} }
	pools := map[string]int{"slogan": 3}
	tests := []struct {
		name, src string
		want      tmpl
		err       bool
	}{
		{"Literal", "脱贫", tmpl{{kind: slotLit, lit: text{"脱贫", "脱贫"}}}, false},
		{"Slots", "{C}委书记{Sec}", tmpl{{kind: slotC}, {kind: slotLit, lit: text{"委书记", "委书记"}}, {kind: slotSec}}, false},
		{"Range", "{n:10-99}个", tmpl{{kind: slotNum, a: 10, b: 99}, {kind: slotLit, lit: text{"个", "个"}}}, false},
		{"Tenths", "{f:0.3-3}", tmpl{{kind: slotFrac, a: 3, b: 30}}, false},
		{"Pool", "{@slogan}", tmpl{{kind: slotPool, a: 3}}, false},
		{"UnknownSlot", "{Nope}", nil, true},
		{"UnknownPool", "{@nope}", nil, true},
		{"Unclosed", "{C", nil, true},
		{"NoRange", "{n}", nil, true},
		{"BadRange", "{n:9-1}", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseTemplate(tt.src, pools, conv)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(part{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkArticle(b *testing.B) {
	for _, share := range []float64{0, 0.3, 1} {
		b.Run(fmt.Sprintf("traditional=%g", share), func(b *testing.B) {
			g := New(1, share)
			total := 0
			for i := range 1000 {
				_, body := g.Article(i)
				total += len(body)
			}
			b.SetBytes(int64(total / 1000))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				g.Article(i)
				i++
			}
		})
	}
}
