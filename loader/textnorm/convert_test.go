package textnorm

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var toSimplifiedCases = []struct {
	name, in, want string
}{
	{"VariantChan", "産業", "产业"}, // U+7523, a variant of 產
	{"TraditionalChan", "產業", "产业"},
	{"GanBu", "幹部", "干部"},
	{"Mian", "麵條", "面条"},
	{"PhraseBeforeCharacter", "沈默的人", "沉默的人"}, // TSPhrases, although 沈 alone stays
	{"SurnameShen", "沈先生", "沈先生"},
	{"SimplifiedUnchanged", "产业扶贫带动干部群众", "产业扶贫带动干部群众"},
	{"ASCIIUnchanged", "GDP 8.5% (Tianjin)", "GDP 8.5% (Tianjin)"},
	{"Mixed", "貧困户 and 脫貧", "贫困户 and 脱贫"},
	{"Empty", "", ""},
	{"KeptPhrase", "乾安縣的乾燥天氣", "乾安县的干燥天气"}, // 乾 of 乾安 stays; 乾燥 is 干燥
	{"KeptPhraseTwice", "乾安與乾安", "乾安与乾安"},
	{"PhraseTableKeepsQianXian", "乾縣", "乾县"},
}

func TestToSimplified(t *testing.T) {
	for _, tc := range toSimplifiedCases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ToSimplified(tc.in)); diff != "" {
				t.Errorf("ToSimplified(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestSimplifyTraditionalLines: only lines with characters of traditional
// text alone go through t2s, so a simplified line keeps the characters both
// scripts use (乾 of a name), and a traditional line still has them converted
// with its phrases.
func TestSimplifyTraditionalLines(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"NameInASimplifiedLine", "镇党委书记魏振乾说", "镇党委书记魏振乾说"},
		{"TraditionalLine", "鎮黨委書記說村裡乾淨了", "镇党委书记说村里干净了"},
		{"EachLineOnItsOwn", "魏振乾说\n縣裡乾淨\n", "魏振乾说\n县里干净\n"},
		{"Empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, simplifyTraditionalLines(tc.in)); diff != "" {
				t.Errorf("simplifyTraditionalLines(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestToSimplifiedMatchesOpenCC checks our driver of the OpenCC
// dictionaries against opencc's own Convert, on the seeds and on random
// mixes of dictionary characters, ASCII and punctuation.
func TestToSimplifiedMatchesOpenCC(t *testing.T) {
	cc := getTables().cc
	var inputs []string
	for _, raw := range readSeedsOptional(t) {
		inputs = append(inputs, string(raw))
	}
	var pool []rune
	for r := rune(0x3400); r < 0xA000; r++ {
		if getTables().starts.has(r) {
			pool = append(pool, r)
		}
	}
	pool = append(pool, []rune("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会abc 12,。")...)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for j := 0; j < 1+rng.IntN(40); j++ {
			b.WriteRune(pool[rng.IntN(len(pool))])
		}
		inputs = append(inputs, b.String())
	}
	for _, in := range inputs {
		want, err := cc.Convert(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := openccT2S(in); got != want {
			t.Errorf("openccT2S(%q) = %q, opencc gives %q", in, got, want)
		}
	}
}

func TestToSimplifiedConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for _, tc := range toSimplifiedCases {
				if got := ToSimplified(tc.in); got != tc.want {
					t.Errorf("ToSimplified(%q) = %q, want %q", tc.in, got, tc.want)
				}
			}
		})
	}
	wg.Wait()
}

var scriptCases = []struct {
	name, in, want string
}{
	{"Simplified", "青山县推进特色种植带动群众增收", ScriptHans},
	{"Traditional", "青山縣推進特色種植帶動群眾增收", ScriptHant},
	{"Mixed", "青山县推进特色种植，帶動群眾增收", ScriptMixed},
	{"SimplifiedWithStrayTraditional", strings.Repeat("青山县推进特色种植带动群众增收。", 10) + "貧", ScriptHans},
	{"SharedCharactersOnly", "人口中国", ScriptHans},
	{"ASCII", "hello", ScriptHans},
}

func TestDetectScript(t *testing.T) {
	for _, tc := range scriptCases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, DetectScript(tc.in)); diff != "" {
				t.Errorf("DetectScript(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestUnspinPutsBackMaskedParty(t *testing.T) {
	cases := []struct{ in, want string }{
		{"某村*支部书记王某说", "某村党支部书记王某说"},
		{"镇*委书记、镇长", "镇党委书记、镇长"},
		{"村*总支副书记", "村党总支副书记"},
		// An asterisk anywhere else, and spun words, as before.
		{"注*：本文有删节", "注*：本文有删节"},
		{"穷苦户*支部", "贫困户党支部"},
	}
	for _, c := range cases {
		if got := unspin(c.in); got != c.want {
			t.Errorf("unspin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
