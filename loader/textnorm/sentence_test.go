package textnorm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var sentenceCases = []struct {
	name string
	in   string
	want []string
}{
	{"FullStop", "全县脱贫。贫困村出列。", []string{"全县脱贫。", "贫困村出列。"}},
	{"ClosingQuoteStays", "他说:“要坚持……。”这让人振奋。", []string{"他说:“要坚持……。”", "这让人振奋。"}},
	{"QuestionExclaim", "怎么样了?很好!好！对？", []string{"怎么样了?", "很好!", "好！", "对？"}},
	{"Semicolons", "村卫生室97个;文化室130个；达标", []string{"村卫生室97个;", "文化室130个；", "达标"}},
	{"DecimalPoint", "发生率由19.7%下降到15.2%。", []string{"发生率由19.7%下降到15.2%。"}},
	{"InsideBookTitle", "制定《方案。细则》并实施。完成", []string{"制定《方案。细则》并实施。", "完成"}},
	{"Newlines", "标题\n正文第一句。第二句\n\n  末行  ", []string{"标题", "正文第一句。", "第二句", "末行"}},
	{"RepeatedTerminators", "真的吗？！是的。", []string{"真的吗？！", "是的。"}},
	{"ASCIIQuestionInsideToken", "因遭受7?29山洪。", []string{"因遭受7?29山洪。"}},
	{"ClosingBracket", "(来源:日报。)下一句", []string{"(来源:日报。)", "下一句"}},
	{"Empty", "", nil},
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			ss := SplitSentences(tc.in)
			var got []string
			rs := []rune(tc.in)
			for _, s := range ss {
				got = append(got, s.Text)
				if s.Start < 0 || s.End > len(rs) || string(rs[s.Start:s.End]) != s.Text {
					t.Errorf("sentence %q has offsets [%d,%d) that do not match the text", s.Text, s.Start, s.End)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("SplitSentences(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestSplitSentencesOffsets(t *testing.T) {
	got := SplitSentences("甲。 乙！\n丙")
	want := []Sentence{{"甲。", 0, 2}, {"乙！", 3, 5}, {"丙", 6, 7}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestSplitSentencesBounded(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"NoPunctuation", strings.Repeat("延寿县发展食用菌产业", 100_000)},
		{"ClauseBreaksOnly", strings.Repeat("延寿县发展食用菌产业，", 10_000)},
		{"Terminators", strings.Repeat("。", 5000)},
		{"Closers", "延寿县。" + strings.Repeat("”", 5000)},
		{"UnclosedBook", "《" + strings.Repeat("书名", 5000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := []rune(tc.text)
			ss := SplitSentences(tc.text)
			if len(ss) == 0 {
				t.Fatal("no sentences")
			}
			for _, s := range ss {
				if n := s.End - s.Start; n > MaxSentenceRunes {
					t.Fatalf("sentence of %d runes, over %d", n, MaxSentenceRunes)
				}
				if string(rs[s.Start:s.End]) != s.Text {
					t.Fatalf("offsets [%d,%d) do not match the text", s.Start, s.End)
				}
			}
		})
	}
}
