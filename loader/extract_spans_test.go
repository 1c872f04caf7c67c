package loader

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// spanTexts returns the names the tagger marks in an article's sentences.
func spanTexts(t *testing.T, x *Extractor, m *SpanModel, text string) []string {
	t.Helper()
	sents, err := x.SpanExamples("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range sents {
		for _, sp := range m.tagSpans(s) {
			out = append(out, string(s.Text[sp.start:sp.end]))
		}
	}
	slices.Sort(out)
	return out
}

// TestSpanTaggerLearnsConstructions fits a tagger on invented articles and
// asks it for products it never saw, in the constructions it saw them in:
// the tagger learns how products are written, not which ones there are.
func TestSpanTaggerLearnsConstructions(t *testing.T) {
	x := testExtractor(t)
	train := []string{"蓝莓", "羊肚菌", "黄精", "刺梨", "花猪", "乌鸡", "青梅", "百合", "油茶", "甜柿",
		"金银花", "土鸡", "肉兔", "白鹅", "芦笋", "香菇", "沙棘", "枸杞", "黄牛", "雪梨", "黑山羊", "冬桃"}
	frames := []string{
		"%s县\n%s县大力发展%s种植，建成基地两千亩。",
		"%s县\n全县%s养殖规模不断扩大，带动农户增收。",
		"%s县\n村里成立了%s专业合作社，吸纳贫困户入股。",
	}
	counties := []string{"石柱", "会泽", "泾源", "东宁", "巫山"}
	var arts []SpanArticle
	for i, name := range train {
		for j, f := range frames {
			c := counties[(i+j)%len(counties)]
			sents, err := x.SpanExamples("a.txt", []byte(fmt.Sprintf(f, c, c, name)))
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, SpanArticle{Sents: sents, Names: []string{name}})
		}
	}
	m := TrainSpanModel(arts, 10, 7)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"BeforePlanting", "巫山县\n巫山县大力发展脆桃种植，建成基地两千亩。", []string{"脆桃"}},
		{"BeforeRaising", "东宁县\n全县黑猪养殖规模不断扩大，带动农户增收。", []string{"黑猪"}},
		{"BeforeCooperative", "会泽县\n村里成立了核桃专业合作社，吸纳贫困户入股。", []string{"核桃"}},
		{"NoProductNoSpan", "会泽县\n村里召开了群众大会，讨论道路硬化。", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := spanTexts(t, x, m, c.text); !slices.Equal(got, c.want) {
				t.Errorf("tagged %q, want %q", got, c.want)
			}
		})
	}

	// The model survives its file: the same weights, the same spans.
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadSpanModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.trans != m.trans {
		t.Errorf("transitions changed: %v, want %v", back.trans, m.trans)
	}
	for _, c := range cases {
		if got, want := spanTexts(t, x, back, c.text), spanTexts(t, x, m, c.text); !slices.Equal(got, want) {
			t.Errorf("%s: read-back model tags %q, the model %q", c.name, got, want)
		}
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// TestReadSpanModelDamaged: a damaged model file is an error naming it, not
// a panic or a half-read model.
func TestReadSpanModelDamaged(t *testing.T) {
	var good bytes.Buffer
	(&SpanModel{w: make([]float32, spanDim*nTags)}).WriteTo(&good)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"Empty", nil, "span model"},
		{"NotGzip", []byte("tuopin-spans-1\n"), "span model"},
		{"WrongMagic", gz([]byte("something else entirely\n")), "not a tuopin span model"},
		{"TruncatedTransitions", gz([]byte(spanModelMagic + "abc")), "transitions"},
		{"SlotOutOfRange", gz(append([]byte(spanModelMagic), append(make([]byte, 4*(nTags+1)*nTags), 0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0, 0)...)), "out of range"},
		{"TruncatedWeight", gz(append([]byte(spanModelMagic), append(make([]byte, 4*(nTags+1)*nTags), 0x01, 0)...)), "weights"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadSpanModel(bytes.NewReader(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
	if _, err := ReadSpanModel(bytes.NewReader(good.Bytes())); err != nil {
		t.Errorf("an empty model's file: %v", err)
	}
	if theSpanModel() == nil {
		t.Error("no span model is built in: run scripts/realcorpus.py train")
	}
}

// viterbiRef is the textbook decoder the written-out viterbi must match:
// every previous tag tried in order, the first of equal scores kept.
func viterbiRef(em [][nTags]float32, trans *[nTags + 1][nTags]float32) []byte {
	n := len(em)
	if n == 0 {
		return nil
	}
	back := make([][nTags]byte, n)
	var score [nTags]float32
	neg := float32(math.Inf(-1))
	for t := 0; t < nTags; t++ {
		score[t] = trans[nTags][t] + em[0][t]
	}
	score[tagI] = neg
	for i := 1; i < n; i++ {
		var next [nTags]float32
		for t := 0; t < nTags; t++ {
			best, arg := neg, 0
			for p := 0; p < nTags; p++ {
				if t == tagI && p == tagO {
					continue
				}
				if v := score[p] + trans[p][t]; v > best {
					best, arg = v, p
				}
			}
			next[t] = best + em[i][t]
			back[i][t] = byte(arg)
		}
		score = next
	}
	tags := make([]byte, n)
	best := 0
	for t := 1; t < nTags; t++ {
		if score[t] > score[best] {
			best = t
		}
	}
	tags[n-1] = byte(best)
	for i := n - 1; i > 0; i-- {
		tags[i-1] = back[i][tags[i]]
	}
	return tags
}

// TestTaggingPathsAgree: tagging a sentence as its features are hashed
// (extraction) gives the spans of tagging its stored features (training),
// and the written-out decoder gives the textbook one's tags, ties included.
func TestTaggingPathsAgree(t *testing.T) {
	m := theSpanModel()
	if m == nil {
		t.Skip("no span model built in")
	}
	r := rand.New(rand.NewPCG(3, 5))
	alphabet := []rune("种植养殖基地发展产业合作社茶叶花椒核桃土鸡县村镇，、。的了和有1２三")
	for k := 0; k < 300; k++ {
		n := r.IntN(60)
		c := &spanContext{rs: make([]rune, n), prod: make([]byte, n), place: make([]bool, n), kind: rune('0' + r.IntN(8))}
		for i := range n {
			c.rs[i] = alphabet[r.IntN(len(alphabet))]
			c.prod[i] = byte(r.IntN(3))
			c.place[i] = r.IntN(5) == 0
		}
		stored := m.tagSpans(SpanExample{Text: c.rs, feats: c.spanFeatures()})
		if got := m.tagSentence(c); !slices.Equal(got, stored) {
			t.Fatalf("%q: tagged %v, from stored features %v", string(c.rs), got, stored)
		}
		// Emissions drawn from a few values, so that scores tie.
		em := make([][nTags]float32, n)
		for i := range em {
			for j := range nTags {
				em[i][j] = float32(r.IntN(3) - 1)
			}
		}
		var tr [nTags + 1][nTags]float32
		for a := range tr {
			for b := range tr[a] {
				tr[a][b] = float32(r.IntN(3) - 1)
			}
		}
		if got, want := viterbi(em, &tr), viterbiRef(em, &tr); !slices.Equal(got, want) {
			t.Fatalf("viterbi %v, textbook %v (emissions %v)", got, want, em)
		}
	}
}
