package textnorm

import "testing"

func TestStripGlosses(t *testing.T) {
	cases := []struct {
		name, in, want string
		n              int
	}{
		{"Readings", "村级光伏电【diàn】站【zhàn】已建成,建档【dàng】立卡贫困人口320户。",
			"村级光伏电站已建成,建档立卡贫困人口320户。", 3},
		{"BrokenByLine", "甲【jiǎ】乙区共建设【shè】12个光伏【\nfú】电站",
			"甲乙区共建设12个光伏电站", 3},
		{"TonelessReading", "电【dian】站【zhan】和学【xue】校", "电站和学校", 3},
		{"TooFew", "电【diàn】站建成【chéng】", "电【diàn】站建成【chéng】", 0},
		{"NotAReading", "【记者】电【tóu】站【zhàn】学【xué】校【xiào】",
			"【记者】电【tóu】站学校", 3},
		{"Parentheses", "党中(zhong)(zhong)央国(guo)务院统一(yi)部署,贫(pin)困人口11.09万(wan)人",
			"党中央国务院统一部署,贫困人口11.09万人", 6},
		{"FullWidthAndAbbreviation", "电（diàn）站（zhàn）由国家电网(SGCC)和学（xué）校共建",
			"电站由国家电网(SGCC)和学校共建", 3},
		{"Headings", "【脱贫攻坚】【产业扶贫】某县", "【脱贫攻坚】【产业扶贫】某县", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, n := stripGlosses(tc.in)
			if got != tc.want || n != tc.n {
				t.Errorf("stripGlosses(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.n)
			}
		})
	}
}
