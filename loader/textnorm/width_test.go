package textnorm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

var widthCases = []struct {
	name, in, want string
}{
	{"LettersDigits", "ＧＤＰ增长８．５％", "GDP增长8.5%"},
	{"CommaColonParens", "县长（兼）：王某，李某；", "县长(兼):王某,李某;"},
	{"ChinesePunctuationStays", "“四联四帮”、《报告》【要闻】——好……。！？", "“四联四帮”、《报告》【要闻】——好……。！？"},
	{"CornerQuotes", "「好」『是』", "“好”‘是’"},
	{"IdeographicSpaceIndent", "　　近年来，全县", "近年来,全县"},
	{"CollapseSpaces", "善始善终  \t 善作善成\u00a0\u00a0奋力", "善始善终 善作善成 奋力"},
	{"TrailingSpaces", "标题   ", "标题"},
	{"ZeroWidth", "扶\u200b贫\ufeff\u200d工作\u00ad", "扶贫工作"},
	{"KangxiRadical", "\u2f00个", "一个"},
	{"CompatibilityIdeograph", "\uf900", "豈"},
	{"Lines", " a \n\n　b", "a\n\nb"},
	{"DoubledComma", "发力，，使地处", "发力,使地处"},
	{"CommaAfterEnumerationMark", "甲、，乙。，丙", "甲、乙。丙"},
	{"CommaBeforeEnumerationMark", "甲县，、乙县,、丙县，。丁", "甲县、乙县、丙县。丁"},
	{"CommaKept", "甲县，乙县, 丙县,", "甲县,乙县, 丙县,"},
	{"CommaSpaceBeforeEnumerationMark", "甲县, 、乙县，　。", "甲县, 、乙县, 。"},
	{"DigitGroups", "1,417,600人", "1,417,600人"},
}

func TestNormalizeWidth(t *testing.T) {
	for _, tc := range widthCases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, normalizeWidth(tc.in)); diff != "" {
				t.Errorf("normalizeWidth(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestNormalizeFoldsVariants(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"VariantOfShaanxi", "陜西省扶貧辦", "陕西省扶贫办"},
		{"SpunStatisticsTerms", "全县有建档立卡穷苦户29890户，贫穷发作率降至0.6%，穷苦人家", "全县有建档立卡贫困户29890户,贫困发生率降至0.6%,穷苦人家"},
		{"StandardTraditional", "陝西省", "陕西省"},
		{"Simplified", "陕西省", "陕西省"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Normalize("v.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tc.want {
				t.Errorf("Normalize(%q).Text = %q, want %q", tc.in, d.Text, tc.want)
			}
		})
	}
}
