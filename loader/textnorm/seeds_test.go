package textnorm

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// seedMeta holds the metadata of a seed, checked by eye against the file.
type seedMeta struct {
	Title, Source, PublishedAt, Encoding, Script string
}

var seedCases = []struct {
	file     string
	meta     seedMeta
	contains []string // words the normalised text must contain
	absent   []string // boilerplate that must be gone
	repaired bool     // the seed carries the pinyin-annotation damage
}{
	{
		file:     "000_0c7e7111cf449df2.txt",
		meta:     seedMeta{"哈尔滨市人大代表张洪岐:打出“组合拳” 发起脱贫攻坚总攻战", "中央广电总台国际在线", "2020-01-21", EncUTF8, ScriptHant},
		contains: []string{"延寿县委副书记、县长张洪岐", "产业扶贫", "干劲十足"},
		absent:   []string{"已审", "【黑龙江】", "摄影", "版权", "编辑:"},
	},
	{
		file:     "001_34838ac3b37d6a99.txt",
		meta:     seedMeta{"", "", "", EncUTF8, ScriptHant},
		contains: []string{"桦川县委书记郭广福", "网格化扶贫"},
		absent:   []string{"摄影", "未经书面授权", "版权", "(文 ", "法律责任"},
	},
	{
		file:     "002_aa63e4555f7cbbfa.txt",
		meta:     seedMeta{"咬定目标不松确保如期脱贫——访林甸县委书记晋伟", "黑龙江日报", "2019-12-05", EncUTF8, ScriptHans},
		contains: []string{"林甸县委书记晋伟", "贫困发生率降至0.74%"},
		absent:   []string{"首页", "正文\n", "滚动资讯", "本报记者", "责任编辑", "分享到", "35.1K", "聚焦中央乡村工作会议"},
	},
	{
		file:     "003_636d035680cfe444.txt",
		meta:     seedMeta{"", "", "", EncUTF8, ScriptHant},
		contains: []string{"河东区", "产业", "扶贫协作", "畜牧业", "人才梯队建设", "当地农特产品", "河东区委书记范少军", "7·29"},
		absent:   []string{"?", "本文为转载"},
		repaired: true,
	},
	{
		file:     "004_b251bfdd5ef11c19.txt",
		meta:     seedMeta{"靖宇:脱贫攻坚战犹酣", "长白山日报", "2017-06-09", EncUTF8, ScriptHans},
		contains: []string{"靖宇县", "贫困发生率由19.7%下降到15.2%", "带、帮"},
		absent:   []string{"APP下载", "关键词", "猜你喜欢", "吉林农业 2017年6期", "金沙县召开"},
	},
}

func TestSeeds(t *testing.T) {
	seeds := readSeeds(t)
	for _, tc := range seedCases {
		t.Run(tc.file, func(t *testing.T) {
			raw, ok := seeds[tc.file]
			if !ok {
				t.Skip("seed missing")
			}
			d, err := Normalize(tc.file, raw)
			if err != nil {
				t.Fatal(err)
			}
			got := seedMeta{d.Title, d.Source, d.PublishedAt, d.Encoding, d.Script}
			if diff := cmp.Diff(tc.meta, got); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
			checkDoc(t, d)
			if tc.meta.Title != "" && !strings.HasPrefix(d.Text, tc.meta.Title+"\n") {
				t.Errorf("text does not start with the title")
			}
			for _, w := range tc.contains {
				if !strings.Contains(d.Text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(d.Text, w) {
					t.Errorf("text still has %q", w)
				}
			}
			if m := reResidue.FindString(d.Text); m != "" {
				t.Errorf("pinyin residue %q", m)
			}
			if tc.repaired != (d.Repairs > 0) {
				t.Errorf("Repairs = %d, damaged seed: %v", d.Repairs, tc.repaired)
			}
			// Nothing traditional left: t2s has nothing more to convert.
			if s := ToSimplified(d.Text); s != d.Text {
				t.Errorf("t2s still changes the text")
			}
			if len(d.Removed) == 0 && tc.file != "003_636d035680cfe444.txt" {
				t.Errorf("nothing removed")
			}
		})
	}
}

// checkDoc asserts the invariants every Doc keeps.
func checkDoc(t *testing.T, d *Doc) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	sum := sha256.Sum256([]byte(d.Text))
	if d.ID != hex.EncodeToString(sum[:]) {
		t.Errorf("ID is not the SHA-256 of Text")
	}
	rs := []rune(d.Text)
	prev := 0
	for _, s := range d.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(rs) {
			t.Fatalf("sentence %q has offsets [%d,%d) after %d in %d runes", s.Text, s.Start, s.End, prev, len(rs))
		}
		if string(rs[s.Start:s.End]) != s.Text {
			t.Fatalf("sentence %q does not match Text[%d:%d]", s.Text, s.Start, s.End)
		}
		prev = s.End
	}
	if d.Text != "" && len(d.Sentences) == 0 {
		t.Errorf("no sentences")
	}
}
