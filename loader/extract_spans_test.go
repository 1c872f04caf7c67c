package loader

import (
	"bytes"
	"compress/gzip"
	"fmt"
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
