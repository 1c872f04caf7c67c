package textnorm

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Clean texts of our own; the tests damage them with simulateDamage (in
// both orders of the damaging tool's character list) and expect the repair
// to restore them exactly.
var repairRoundTripCases = []struct {
	name  string
	clean string
}{
	{"IndustrialPark", "東區產業園區舉辦職業技能培訓,當地農戶踴躍參加。"},
	{"Cadres", "縣裡組織幹部深入鄉村調研,幫助貧困戶發展養殖業和種植業。"},
	{"ProjectWithDigits", "2020年,該縣貧困發生率降至0.5%,農村居民人均收入達到1.2萬元,專案總投資3億元。"},
	{"Headings", "聯動發展 激發內生動力\n攜手共建,實現穩定增收\n東西部協作結對幫扶"},
	{"LongParagraph", "近年來,這個縣堅持把發展產業作為鞏固脫貧成果的關鍵,圍繞當地資源優勢,引進龍頭企業,建設標準化養殖基地,帶動農戶穩定增收。" +
		"與此同時,當地還組織專業技術人員開展培訓,讓群眾掌握實用技術,實現從輸血到造血的轉變。"},
}

var reResidue = regexp.MustCompile(`[(?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)`)

func TestRepairPinyinRoundTrip(t *testing.T) {
	for _, tc := range repairRoundTripCases {
		for _, order := range []struct {
			name    string
			reverse bool
		}{{"FirstSeenFirst", false}, {"Reversed", true}} {
			t.Run(tc.name+"/"+order.name, func(t *testing.T) {
				damaged, err := simulateDamage(tc.clean, order.reverse)
				if err != nil {
					t.Fatal(err)
				}
				if !reResidue.MatchString(damaged) {
					t.Fatalf("simulation left no damage in %q", damaged)
				}
				got, n := repairPinyin(damaged, Options{})
				if diff := cmp.Diff(tc.clean, got); diff != "" {
					t.Errorf("repair of %q mismatch (-want +got):\n%s", damaged, diff)
				}
				if n == 0 {
					t.Error("no repairs counted")
				}
			})
		}
	}
}

// TestRepairPinyinByteSplit pins the mechanism on hand-made damage: 東 is
// GBK 96 7C; the damaging tool matched the misaligned pair D3 96 (訓, xùn)
// across the end of 河 (BA D3), inserted "(xùn)" after 96, and the decoder
// turned 96 plus "(" into "?".
func TestRepairPinyinByteSplit(t *testing.T) {
	in := "河?xùn)|區(qū)的產(chǎn)業(yè)。"
	got, n := repairPinyin(in, Options{})
	if diff := cmp.Diff("河東區的產業。", got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if n != 4 {
		t.Errorf("repairs = %d, want 4", n)
	}
}

// TestRepairPinyinLeavesCleanText: text without the damage signature is
// returned unchanged.
var repairUntouchedCases = []struct {
	name, in string
}{
	{"LatinInParens", "天津(Tianjin)的GDP(gdp)增长(zēngzhǎng)。"},
	{"PinyinOfGB2312Characters", "中(zhōng)国(guó)人(rén)民(mín)。"},
	{"TooFewFits", "產(chǎn)業(yè)發展。"},
	{"QuestionMarks", "怎么样了?很好?a)"},
	{"Plain", "产业扶贫(一)和就业扶贫(二)。"},
}

func TestRepairPinyinLeavesCleanText(t *testing.T) {
	for _, tc := range repairUntouchedCases {
		t.Run(tc.name, func(t *testing.T) {
			got, n := repairPinyin(tc.in, Options{})
			if diff := cmp.Diff(tc.in, got); diff != "" || n != 0 {
				t.Errorf("repairs %d, text changed (-want +got):\n%s", n, diff)
			}
		})
	}
}

// TestRepairPinyinWordScorer: two lost bytes in a row ("者?biān)?cān)考");
// character frequency and the following text pick 參考, and a WordScorer
// that prefers another reading (here a perverse one) overrides them, which
// is how a caller plugs in a dictionary or gazetteer.
func TestRepairPinyinWordScorer(t *testing.T) {
	clean := "東區產業園區周邊舉辦培訓,僅供讀者參考。"
	damaged, err := simulateDamage(clean, true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(damaged, "?biān)?cān)") {
		t.Fatalf("simulation did not split 參: %q", damaged)
	}
	for _, tc := range []struct {
		name   string
		scorer func(string) float64
		want   string
	}{
		{"NoScorer", nil, clean},
		{"ScorerDecides", func(s string) float64 {
			if strings.Contains(s, "刘考") {
				return 20
			}
			return 0
		}, "東區產業園區周邊舉辦培訓,僅供讀者劉考。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := repairPinyin(damaged, Options{WordScorer: tc.scorer})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("repair of %q mismatch (-want +got):\n%s", damaged, diff)
			}
		})
	}
}

// TestRepairPinyinLostSeparator: in a damaged text a "?" between digits is
// a character GBK could not hold; it becomes the middle dot of 7·29.
func TestRepairPinyinLostSeparator(t *testing.T) {
	in := "產(chǎn)業(yè)區(qū)遭受7?29洪災。"
	got, _ := repairPinyin(in, Options{})
	if diff := cmp.Diff("產業區遭受7·29洪災。", got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// loseLead damages text further the way some copies show it: the lead byte
// of the 。 before a closing quote is lost (with "?" left in its place when
// mark is set), the bytes after it are decoded one byte out of step, and the
// full-width ！ that the misaligned A3 A1 makes reaches us as ASCII "!".
func loseLead(t *testing.T, text string, mark bool) string {
	t.Helper()
	b, ok := appendGBKString(nil, text)
	if !ok {
		t.Fatalf("%q has no GBK code", text)
	}
	i := bytes.Index(b, []byte{0xA1, 0xA3, 0xA1, 0xB1}) // 。”
	if i < 0 {
		t.Fatalf("no 。” in %q", text)
	}
	var nb []byte
	nb = append(nb, b[:i]...)
	if mark {
		nb = append(nb, '?')
	}
	nb = append(nb, b[i+1:]...)
	return strings.Replace(lossyGBK(nb), "！", "!", 1)
}

// TestRepairLostLead: in a damaged traditional text, the byte lost before
// "!" (with or without a "?") is put back, and the garbage that followed
// reads again as the sentence after the quote.
func TestRepairLostLead(t *testing.T) {
	for _, tc := range []struct {
		name, clean, want string
		mark              bool
	}{
		{"QuestionMark", "產(chǎn)業(yè)園區(qū)擴大規模,帶動農戶增收。”東區副區長某某說,園區還將擴建。",
			"產業園區擴大規模,帶動農戶增收。”東區副區長某某說,園區還將擴建。", true},
		{"Dropped", "產(chǎn)業(yè)園區(qū)擴大規模,帶動農戶增收。”東區副區長某某說,園區還將擴建。",
			"產業園區擴大規模,帶動農戶增收。”東區副區長某某說,園區還將擴建。", false},
		// The misaligned bytes make 辈 and 们, simplified forms a
		// traditional text cannot hold.
		{"SimplifiedGarbage", "產(chǎn)業(yè)園區(qū)擴大規模。”不久前東區縣長某某說。",
			"產業園區擴大規模。”不久前東區縣長某某說。", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			damaged := loseLead(t, tc.clean, tc.mark)
			got, _ := repairPinyin(damaged, Options{})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("repair of %q mismatch (-want +got):\n%s", damaged, diff)
			}
		})
	}
}

// TestRepairKeepsRealMarks: a "?" or "!" that ends a sentence of a damaged
// text stays, with the text after it.
func TestRepairKeepsRealMarks(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Exclamation", "產(chǎn)業(yè)園區(qū)越辦越好!東區今年還將擴建廠房。",
			"產業園區越辦越好!東區今年還將擴建廠房。"},
		{"Question", "產(chǎn)業(yè)園區(qū)能不能辦好?東區今年還將擴建廠房。",
			"產業園區能不能辦好?東區今年還將擴建廠房。"},
		// A real mark followed by a mark and an ASCII word: read from a
		// put-back 。 on, the trail of ” and of “ pairs with the lead of
		// the mark (an ideographic space) and a letter becomes a trail
		// byte (監K, 癥es); the text as it stands reads better.
		{"ExclamationQuoteWord", "產(chǎn)業(yè)園區(qū)越辦越好!”OK,東區今年還將擴建。",
			"產業園區越辦越好!”OK,東區今年還將擴建。"},
		{"ExclamationQuoteOpens", "產(chǎn)業(yè)園區(qū)越辦越好!“Yes”東區今年還將擴建。",
			"產業園區越辦越好!“Yes”東區今年還將擴建。"},
		{"InterrobangQuoteWord", "產(chǎn)業(yè)園區(qū)能辦好?!”OK,東區今年還將擴建。",
			"產業園區能辦好?!”OK,東區今年還將擴建。"},
		{"QuestionWord", "產(chǎn)業(yè)園區(qū)能不能辦好?Yes,東區今年還將擴建。",
			"產業園區能不能辦好?Yes,東區今年還將擴建。"},
		// Marks to the end of the line: read from a put-back lead byte
		// they pair into hanzi and leave a lead byte with no trail.
		{"QuestionMarksAtLineEnd", "產(chǎn)業(yè)園區(qū)擴大了嗎?”《。",
			"產業園區擴大了嗎?”《。"},
		// Two marks in a row after "??", each split by a put-back lead
		// byte into common hanzi (。俊薄都卓h).
		{"DoubleQuestionMarks", "產(chǎn)業(yè)園區(qū)擴大了嗎??”《甲縣日報》報道。",
			"產業園區擴大了嗎??”《甲縣日報》報道。"},
		{"QuestionAcronym", "產(chǎn)業(yè)園區(qū)能不能辦好?CCTV記者走訪東區。",
			"產業園區能不能辦好?CCTV記者走訪東區。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := repairPinyin(tc.in, Options{})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
