package loader

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/loader/gazetteer"
)

// The embedded model is the one scripts/realcorpus.py train wrote: it must
// load, keep its thresholds in range and map probabilities to confidences
// that never fall as the probability rises.
func TestIndustryModelEmbedded(t *testing.T) {
	m := theIndustryModel
	if m == nil {
		t.Fatal("industry_model.json has no weights: run scripts/realcorpus.py train")
	}
	if m.Add <= 0 || m.Add > 2 || m.Drop < 0 || m.Drop >= 1 {
		t.Errorf("thresholds add=%v drop=%v out of range", m.Add, m.Drop)
	}
	if m.DropExplicit < 0 || m.DropExplicit > m.Drop {
		t.Errorf("drop_explicit=%v outside [0, drop=%v]", m.DropExplicit, m.Drop)
	}
	if m.Trees != nil {
		if !slices.Contains(m.Trees.Features, "rule_kept") {
			t.Error("no split on rule_kept")
		}
	} else if _, ok := m.Weights["rule_kept"]; !ok {
		t.Error("no weight for rule_kept")
	}
	prev := 0.0
	for p := 0.0; p <= 1.0; p += 0.05 {
		c := m.confidence(p)
		if c < prev || c <= 0 || c >= 1 {
			t.Fatalf("confidence(%.2f) = %v after %v: not monotone in (0,1)", p, c, prev)
		}
		prev = c
	}
}

// industryCandidate returns the industry candidate named product of text.
func industryCandidate(t *testing.T, x *Extractor, text, product string) IndustryCandidate {
	t.Helper()
	cands, err := x.IndustryCandidates("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(cands, func(k IndustryCandidate) bool { return k.Name == product })
	if i < 0 {
		t.Fatalf("no candidate %s among %v", product, cands)
	}
	return cands[i]
}

// Features of candidates, on invented sentences: what the learned stage
// reads must be what the sentence says.
func TestIndustryCandidateFeatures(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text, product string
		want, not           []string // features set to a non-zero value / absent
	}{
		{"OpenBeforeArea", "甲县\n甲县今年新增黄姜面积1200亩，带动农户增收。", "黄姜",
			[]string{"open", "open:面积", "product_tail", "pos:name"}, []string{"rule_kept", "past", "dev"}},
		{"LexiconWithCount", "甲县\n甲县发展核桃产业，种植核桃5万亩。", "核桃",
			[]string{"rule_kept", "cue_after", "quantity", "grow"}, []string{"open", "sale"}},
		{"PastClause", "甲县\n以前村民只种玉米，如今发展蓝莓产业。", "玉米",
			[]string{"past"}, []string{"rule_kept"}},
		{"SaleSentence", "甲县\n合作社把核桃销往广州和深圳。", "核桃",
			[]string{"sale"}, []string{"grow"}},
		{"InTitle", "甲县的苹果熟了\n甲县的果农正在采摘。", "苹果",
			[]string{"title"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := industryCandidate(t, x, c.text, c.product).Features
			for _, k := range c.want {
				if f[k] == 0 {
					t.Errorf("%s: feature %s not set: %v", c.product, k, f)
				}
			}
			for _, k := range c.not {
				if f[k] != 0 {
					t.Errorf("%s: feature %s set: %v", c.product, k, f)
				}
			}
		})
	}
}

// The candidates carry what the stage and the steps after it decide beside
// the model (additions without a sentence, repeated sectors, words in
// passing, a parent's tail), so that training judges its thresholds on what
// the extractor outputs.
func TestIndustryCandidateDecisions(t *testing.T) {
	x := testExtractor(t)
	type flags struct {
		Explicit, Repeated, Passing bool
		ParentTail                  string
	}
	cases := []struct {
		name, text, product string
		want                flags
	}{
		{"PassingOnce", "甲县\n去年到甲县旅游的人多了，甲县发展核桃产业。", "乡村旅游", flags{Passing: true}},
		{"NamedAsIndustry", "甲县\n甲县发展乡村旅游，游客到甲县旅游。", "乡村旅游", flags{Explicit: true}},
		{"ParentTail", "甲县\n甲县发展中药材产业，药材种植面积1万亩。", "药材", flags{Explicit: true, ParentTail: "中药材"}},
		{"RepeatedSector", "甲县\n甲县的电商服务站覆盖各村。电商让农产品卖得更远，村里的电商带头人忙着发货，贫困户增收。", "电商", flags{Repeated: true}},
		{"ExplicitPattern", "甲县\n甲县发展核桃产业，种植核桃5万亩。", "核桃", flags{Explicit: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := industryCandidate(t, x, c.text, c.product)
			got := flags{Explicit: k.Explicit, Repeated: k.RepeatedSector, Passing: k.Passing, ParentTail: k.ParentTail}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.product, diff)
			}
		})
	}
}

// An open candidate read back from 产业 or 种植 stops at 通过 and holds no
// scope word: the candidate naming the product is the product alone (魔芋,
// not 通过魔芋; 油茶, not 全省油茶).
func TestOpenCandidateEdges(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, product string }{
		{"镇坪县\n这几年，通过魔芋产业的带动，镇坪县帮助不少农户增收。", "魔芋"},
		{"衡阳县\n衡阳县现有油茶林数十万亩，是全省油茶种植面积最大的县。", "油茶"},
		// A reading that began at a preposition or adverb starts at the
		// product: no 赶往椪柑, 通过肉鸡.
		{"某某县\n在赶往椪柑基地大搪村途中，他一路介绍着。", "椪柑"},
		{"丹凤县\n重点突出产业脱贫，通过肉鸡、生猪、核桃、中药材、劳务等十大产业基地带动群众增收。", "肉鸡"},
	} {
		cands, err := x.IndustryCandidates("case.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, k := range cands {
			if strings.Contains(k.Name, c.product) {
				got = append(got, k.Name)
			}
		}
		if diff := cmp.Diff([]string{c.product}, got); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", c.text, diff)
		}
	}
}

// The stage adds what its model rates at Add or more, drops rule results
// below Drop, and gives each fact the calibrated confidence. A fixed model
// keeps the test independent of training.
func TestLearnedStageDecides(t *testing.T) {
	x := testExtractor(t)
	m := &learnedModel{Bias: -2, Weights: map[string]float64{"open:面积": 4, "sale": -6, "rule_kept": 3}, Add: 0.6, Drop: 0.2}
	m.Calibration = []calibrationBin{{0.5, 0.3}, {1.0, 0.8}}
	saved := x.model
	x.model = m
	t.Cleanup(func() { x.model = saved })

	f, err := x.ExtractBytes("case.txt", []byte("甲县\n甲县今年新增黄姜面积1200亩。全县发展核桃产业，核桃销往广州。"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, in := range f.Industries {
		got[in.Name] = in.Confidence
	}
	if c, ok := got["黄姜"]; !ok || c != 0.8 {
		t.Errorf("黄姜 (open, before 面积): got %v (present %v), want added with confidence 0.8; all %v", c, ok, got)
	}
	if _, ok := got["核桃"]; !ok {
		t.Errorf("核桃 (rule result, p = σ(-2+3-6·sale)) should stay above drop only if not in a sale sentence; got %v", got)
	}
}

// A result of an explicit pattern stays below Drop, and goes only below the
// stage's lower bar for such results, DropExplicit; a bare result goes below
// Drop. 核桃 and 招商引资 come from a list under 发展 (explicit), 甘蔗 from a
// bare mention in a development sentence.
func TestLearnedStageDropsExplicitBelowItsBar(t *testing.T) {
	const text = "甲县\n甲县发展核桃、招商引资等产业。甲县产业发展迅速，全县甘蔗长势良好。"
	// p = σ(bias + rule_kept + head weight): 核桃 σ(1) = 0.73, 招商引资
	// σ(-9) ≈ 0.0001, 甘蔗 σ(-0.75) = 0.32 (between the bars; sums exact in binary), 核桃 with
	// head:核 -1.75 also 0.32.
	cases := []struct {
		name         string
		weights      map[string]float64
		dropExplicit float64
		want         []string
	}{
		{"NoLowerBar", map[string]float64{"rule_kept": 3, "head:招": -10, "head:甘": -1.75}, 0, []string{"招商引资", "核桃"}},
		{"ExplicitBelowTheBarGoes", map[string]float64{"rule_kept": 3, "head:招": -10, "head:甘": -1.75}, 0.2, []string{"核桃"}},
		{"ExplicitBetweenTheBarsStays", map[string]float64{"rule_kept": 3, "head:核": -1.75, "head:招": -10, "head:甘": -1.75}, 0.2, []string{"核桃"}},
		{"ExplicitAtTheBarStays", map[string]float64{"rule_kept": 3, "head:核": -1.75, "head:招": -10, "head:甘": -1.75}, sigmoid(-0.75), []string{"核桃"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := *testExtractor(t)
			x.model = &learnedModel{Bias: -2, Weights: c.weights, Add: 0.9, Drop: 0.5, DropExplicit: c.dropExplicit}
			f, err := x.ExtractBytes("case.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, in := range f.Industries {
				got = append(got, in.Name)
			}
			slices.Sort(got)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("industries (-want +got):\n%s", diff)
			}
		})
	}
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// The partner model loads like the industry model.
func TestPartnerModelEmbedded(t *testing.T) {
	m := thePartnerModel
	if m == nil {
		t.Fatal("partner_model.json has no weights: run scripts/realcorpus.py train")
	}
	if m.Add < 0.5 || m.Drop < 0 || m.Drop >= 1 {
		t.Errorf("thresholds add=%v drop=%v out of range", m.Add, m.Drop)
	}
}

// Pairs stated across an invented report: an eastern city named throughout a
// report on a western prefecture, with no sentence of the form A帮扶B.
func TestPartnerCandidateFeatures(t *testing.T) {
	x := testExtractor(t)
	text := "东莞与昭通的山海情\n广东省东莞市和云南省昭通市相隔千里。" +
		"2016年以来，东莞市在昭通市投资22亿元，开展东西部扶贫协作。" +
		"东莞市的企业在昭通市昭阳区建起了数据线车间。"
	cands, err := x.PartnerCandidates("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]float64{}
	for _, c := range cands {
		if c.Field != "partners" {
			t.Errorf("candidate field %q", c.Field)
		}
		got[c.Helper+">"+c.Helped] = c.Features
	}
	f, ok := got["东莞市>昭通市"]
	if !ok {
		t.Fatalf("no candidate 东莞市>昭通市 among %v", got)
	}
	for _, k := range []string{"both_sents", "ew_words", "helper_first", "hl:prefecture", "wl:prefecture"} {
		if f[k] == 0 {
			t.Errorf("东莞市>昭通市: feature %s not set: %v", k, f)
		}
	}
	if _, ok := got["昭通市>东莞市"]; ok {
		t.Error("a west → east candidate")
	}
}

// With a fixed model, the stage adds a pair that sentences name together and
// keeps the rule pairs.
func TestLearnedPartnersDecide(t *testing.T) {
	x := testExtractor(t)
	m := &learnedModel{Bias: -3, Weights: map[string]float64{"both_sents": 3, "ew_words": 2, "rule_kept": 5}, Add: 0.5, Drop: 0.1}
	saved := x.partnerModel
	x.partnerModel = m
	t.Cleanup(func() { x.partnerModel = saved })
	// No word of help in the sentence: the rules do not pair it (with one,
	// partner.east-west-subject pairs the one western prefecture).
	text := "东莞与昭通\n2016年以来，东莞市在昭通市投资22亿元，两地开展东西部合作。嘉定区对口帮扶会泽县。"
	f, err := x.ExtractBytes("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for _, p := range f.Partners {
		pairs = append(pairs, p.Helper+">"+p.Helped)
		if p.Helper == "东莞市" && (len(p.Evidence) != 1 || p.Evidence[0].Rule != "partner.learned") {
			t.Errorf("learned pair evidence %+v", p.Evidence)
		}
	}
	slices.Sort(pairs)
	if want := []string{"东莞市>昭通市", "嘉定区>会泽县"}; !slices.Equal(pairs, want) {
		t.Errorf("pairs %v, want %v", pairs, want)
	}
}

// The county stage: features of invented articles, and its vetoes with a
// fixed model that would promote every candidate.
func TestLearnedCounties(t *testing.T) {
	x := testExtractor(t)
	if theCountyModel == nil {
		t.Fatal("county_model.json has no weights: run scripts/realcorpus.py train")
	}
	text := "镇雄县脱贫攻坚\n镇雄县大力发展竹笋产业。镇雄县委书记赵建说，全县已脱贫。" +
		"彝良县洛旺乡新建了一座竹笋加工厂。驻村干部李明来自威信县，他说这里变化很大。" +
		"大关县、盐津县、绥江县等地也发展竹笋。"
	got := countyFeatures(t, x, text)
	for _, c := range []struct {
		county, feature string
	}{{"彝良县", "local_after"}, {"威信县", "passing"}, {"盐津县", "listed"}, {"盐津县", "list_len"}, {"盐津县", "list_etc"}} {
		if got[c.county][c.feature] == 0 {
			t.Errorf("%s: feature %s not set: %v", c.county, c.feature, got[c.county])
		}
	}
	counties := alwaysAddCounties(t, x, text)
	if want := []string{"彝良县", "镇雄县"}; !slices.Equal(counties, want) {
		t.Errorf("counties %v, want %v (威信县 is passing, the list gives examples)", counties, want)
	}
}

func TestPairingFeatures(t *testing.T) {
	x := testExtractor(t)
	if len(x.pairings) < 50 {
		t.Fatalf("pairings.txt resolved %d pairings, want the whole table (≥ 50)", len(x.pairings))
	}
	div := func(name string) gazetteer.Division {
		for _, d := range x.gz.Lookup(name) {
			if d.Name == name {
				return d
			}
		}
		t.Fatalf("no division %s", name)
		return gazetteer.Division{}
	}
	for _, c := range []struct{ helper, helped, want string }{
		{"黄岛区", "普定县", "pairing_city"},  // a district of 青岛市, a county of 安顺市
		{"湖州市", "广元市", "pairing_prov"},  // 浙江省 → 四川省
		{"黄岛区", "镇雄县", "pairing_other"}, // 青岛市 has pairings, none with 昭通市
		{"昆山市", "武定县", "pairing_other"}, // 苏州市 → 铜仁市 only; 江苏省's pairings do not reach 云南省
	} {
		f := map[string]float64{}
		x.pairingFeatures(div(c.helper), div(c.helped), f)
		got := ""
		for _, k := range []string{"pairing_city", "pairing_prov", "pairing_other"} {
			if f[k] != 0 {
				got += k
			}
		}
		if c.want == "" {
			c.want = "pairing_other"
		}
		if got != c.want {
			t.Errorf("%s → %s: %q, want %q", c.helper, c.helped, got, c.want)
		}
	}
}

// A later list item that runs on to what the list is ends at a count, 和/及
// or a word of production.
func TestListTailEnd(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{"南竹3大主导产业", "南竹"},
		{"欧拉羊和河曲藏獒四大畜种", "欧拉羊"},
		{"黄精四大特色", "黄精"},
		{"羊肚菌种植基地", "羊肚菌"},
		{"魔芋", "魔芋"},
		{"当地群众长期依靠的传统", ""}, // no end within six characters: no item
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rs := []rune(c.text)
			end := listTailEnd(rs, 0, len(rs))
			if got := string(rs[:end]); got != c.want {
				t.Errorf("listTailEnd(%q) ends the item at %q, want %q", c.text, got, c.want)
			}
		})
	}
	// Inside a sentence: the item starts at a, the clause ends at ce.
	spans := []struct {
		text  string
		a, ce int
		want  string
	}{
		{"生猪、南竹及楠竹等，全县", 3, 9, "南竹"},
		{"生猪、竹3000亩", 3, 9, "竹"}, // a digit right after one character ends it there: too short for an item
		{"甲、黄精等中药材", 2, 8, "黄精"},
		{"甲、乙丙丁戊己庚辛", 2, 9, ""},       // no end within six characters
		{"甲、乙丙丁戊己4大", 2, 10, "乙丙丁戊己"}, // a count right at six
	}
	for _, c := range spans {
		t.Run(c.text, func(t *testing.T) {
			rs := []rune(c.text)
			end := listTailEnd(rs, c.a, c.ce)
			if got := string(rs[c.a:end]); got != c.want {
				t.Errorf("listTailEnd(%q, %d, %d) ends the item at %q, want %q", c.text, c.a, c.ce, got, c.want)
			}
		})
	}
}

// The unknown items of a list of products become candidates: beside a
// lexicon product, or when a word of production follows the last item.
func TestListSiblings(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"BesideAKnownProduct", "甲县形成生猪、柑橘、南竹3大主导产业。", []string{"南竹"}},
		{"ProductionWordAfterTheLast", "该村还建立了野鸡、野兔养殖场。", []string{"野鸡", "野兔"}},
		{"AfterDe", "乙镇的茄子、槟榔；丙镇的芒果。", []string{"槟榔"}},
		{"NoProductInTheList", "该村还建立了广场、书屋。", nil},
		{"ProductionWordOnAnEarlierItemOnly", "该村还建立了野鸡养殖场、广场、书屋。", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newTextDocument("t", "甲县\n"+c.text, "", true)
			var got []string
			for _, s := range d.sents[d.titleSents:] {
				for _, it := range x.listSiblings(s) {
					got = append(got, it.name)
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("siblings (-want +got):\n%s", diff)
			}
		})
	}
}

// The county stage reads where a county stands in its clause: opening a
// clause of poverty work (甲县创新了扶贫模式) or set in one (在乙县的贫困户中),
// named in a picture's caption or a line of site navigation. In a report on
// a province, a county named once is left to the model (with a fixed model
// that would promote every candidate, every one comes in), unless it is only
// an example before 等 or an exit planned; the twenty-sixth round dropped the
// veto that asked for a clause of poverty work about it (read +16 right,
// +6 wrong; check +9 right, +1 wrong).
func TestLearnedCountyClauses(t *testing.T) {
	x := testExtractor(t)
	text := "云南光伏扶贫纪实\n云南省大力推进光伏扶贫。" +
		"镇雄县创新了光伏扶贫模式，贫困户每年分红3000元。" +
		"在彝良县建档立卡贫困户都用上了光伏电。" +
		"大关县的风景很美，游客很多。" +
		"鲁甸县等地也在学习这种模式。" +
		"巧家县计划明年推广光伏扶贫。" +
		"威信县茶园风光。资料图片\n" +
		"盐津县| 绥江县| 永善县| 水富市|"
	checkCountyFeatures(t, countyFeatures(t, x, text), []countyFeature{
		{"镇雄县", "clause_head", true}, {"镇雄县", "poverty_clause", true}, {"镇雄县", "at_place", false},
		{"彝良县", "at_place", true}, {"彝良县", "poverty_clause", true},
		{"大关县", "clause_head", true}, {"大关县", "poverty_clause", false},
		{"威信县", "caption", true}, {"大关县", "caption", false},
		{"绥江县", "nav", true}, {"镇雄县", "nav", false},
	})
	counties := alwaysAddCounties(t, x, text)
	for _, c := range []string{"镇雄县", "彝良县", "大关县", "威信县"} {
		if !slices.Contains(counties, c) {
			t.Errorf("counties %v, want %s among them", counties, c)
		}
	}
	for _, c := range []string{"鲁甸县", "巧家县"} {
		if slices.Contains(counties, c) {
			t.Errorf("counties %v, want no %s (an example, an exit planned)", counties, c)
		}
	}
}

// A list of counties is where people come from when 来自 opens it, and
// names planned exits when a word of plan opens its own clause, though
// another clause of the sentence reports an exit; a list that does neither
// is promoted (with a fixed model that would promote every candidate).
func TestLearnedCountyRuns(t *testing.T) {
	x := testExtractor(t)
	text := "昭通市脱贫攻坚纪实\n全市脱贫攻坚取得决定性进展。" +
		"厂里的工人来自巧家县、鲁甸县，每月能挣4000元。" +
		"去年永善县、绥江县脱贫摘帽，今年计划盐津县、大关县脱贫摘帽。" +
		"会泽县建起了大棚，带动贫困户增收。"
	checkCountyFeatures(t, countyFeatures(t, x, text), []countyFeature{
		{"鲁甸县", "list_from", true}, {"绥江县", "list_from", false},
		{"大关县", "list_not_yet", true}, {"绥江县", "list_not_yet", false},
		{"会泽县", "clause_head", true}, {"会泽县", "poverty_clause", true},
	})
	counties := alwaysAddCounties(t, x, text)
	if want := []string{"会泽县", "永善县", "绥江县"}; !slices.Equal(counties, want) {
		t.Errorf("counties %v, want %v", counties, want)
	}
}

// TestLearnedCountyAssistance: a county named once in a sentence of
// assistance (援建, 对口支援, 帮扶) is part of what the report is about, so the
// learned stage may add it; named once where the report only learns from it
// (借鉴…的经验), it comes up in passing and is never added. The model is
// replaced by one that adds every candidate it may, so the test holds the
// veto (countyAddable), not the weights of a particular training.
func TestLearnedCountyAssistance(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"OnceInAnAssistanceSentence", "脱贫纪实\n乌恰县发展牦牛产业，乌恰县脱贫摘帽。江苏省援建阿合奇县的产业园已经投产。", []string{"乌恰县", "阿合奇县"}},
		{"OnceWhereTheReportLearnsFromIt", "脱贫纪实\n乌恰县发展牦牛产业，乌恰县脱贫摘帽。考察团借鉴了阿合奇县的经验。", []string{"乌恰县"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := alwaysAddCounties(t, x, tc.text)
			slices.Sort(tc.want)
			if !slices.Equal(got, tc.want) {
				t.Errorf("counties %v, want %v", got, tc.want)
			}
		})
	}
}

// alwaysAddCounties extracts text with a county model that adds every
// candidate the vetoes (countyAddable) let through, and returns the counties
// sorted: tests of the vetoes then hold whatever a training's weights are.
func alwaysAddCounties(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	saved := x.countyModel
	x.countyModel = &learnedModel{Bias: 5, Weights: map[string]float64{}, Add: 0.5}
	defer func() { x.countyModel = saved }()
	f, err := x.ExtractBytes("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	counties := ToEval(f).Counties
	slices.Sort(counties)
	return counties
}

// countyFeatures returns the features of the county stage's candidates in
// text, by county name.
// countyFeature says whether a county candidate's feature is set.
type countyFeature struct {
	county, feature string
	want            bool
}

// checkCountyFeatures reports each expectation that got does not meet.
func checkCountyFeatures(t *testing.T, got map[string]map[string]float64, cases []countyFeature) {
	t.Helper()
	for _, c := range cases {
		if (got[c.county][c.feature] != 0) != c.want {
			t.Errorf("%s: feature %s %v, want %v: %v", c.county, c.feature, got[c.county][c.feature], c.want, got[c.county])
		}
	}
}

func countyFeatures(t *testing.T, x *Extractor, text string) map[string]map[string]float64 {
	t.Helper()
	cands, err := x.CountyCandidates("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]float64{}
	for _, c := range cands {
		got[c.Name] = c.Features
	}
	return got
}
