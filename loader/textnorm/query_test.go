package textnorm

import "testing"

// TestNormalizeQuery: request text is converted as article text is.
func TestNormalizeQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"延寿县", "延寿县"},
		{"延壽縣", "延寿县"},
		{"陜西省", "陕西省"},
		{"衞輝市", "卫辉市"}, // Hong Kong forms (OpenCC's s2hk)
		{"敍永縣", "叙永县"},
		{"乾安縣", "乾安县"},
		{"２３０１２９", "230129"},
		{"延寿\u200b县", "延寿县"},
		{"\ufeff延寿县\u200d", "延寿县"},
		{"１＋１０", "1＋10"}, // of full-width punctuation only what articles fold is folded
		{"贫困发生率０．４４％", "贫困发生率0.44%"},
		{"ＧＤＰ　增长", "GDP 增长"},
		{"  延寿县  ", "延寿县"},
		{"「光伏扶贫」", "“光伏扶贫”"},
		{"", ""},
	} {
		if got := NormalizeQuery(tc.in); got != tc.want {
			t.Errorf("NormalizeQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
