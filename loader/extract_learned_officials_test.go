package loader

import (
	"slices"
	"testing"
)

// nameTagger trains a name tagger on invented articles: officials named
// after their titles, as the tuning split's gold marks them.
func nameTagger(t *testing.T, x *Extractor) *SpanModel {
	t.Helper()
	texts := []struct{ text, name string }{
		{"县委书记张德明说，全县今年脱贫。", "张德明"},
		{"乡长刘海燕介绍，乡里建了茶园。", "刘海燕"},
		{"驻村第一书记赵建国带领村民修路。", "赵建国"},
		{"副县长陈立新表示，要抓好产业。", "陈立新"},
		{"县扶贫办主任孙海波说，贫困户都已脱贫。", "孙海波"},
		{"村党支部书记马文军告诉记者，村里变化很大。", "马文军"},
		{"镇党委书记黄志强带领干部走访。", "黄志强"},
		{"县长吴晓峰在会上说，今年要巩固成果。", "吴晓峰"},
		{"王立军来到村里已经两年，是县里派来的第一书记。", "王立军"},
		{"李春华是县扶贫办选派的驻村干部，任第一书记。", "李春华"},
		{"郑国庆来到柳溪村后，担任村党支部第一书记。", "郑国庆"},
	}
	var arts []SpanArticle
	for _, c := range texts {
		sents, err := x.NameExamples("case.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, SpanArticle{Sents: sents, Names: []string{c.name}})
	}
	return TrainSpanModel(arts, 8, 7)
}

// officialCandidateMap returns an article's official candidates by name.
func officialCandidateMap(t *testing.T, x *Extractor, text string) map[string]OfficialCandidate {
	t.Helper()
	cands, err := x.OfficialCandidates("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]OfficialCandidate{}
	for _, c := range cands {
		out[c.Name] = c
	}
	return out
}

// The learned official stage: what its candidates' features say of
// invented articles, and what a fixed model adds and never adds.
func TestLearnedOfficials(t *testing.T) {
	x := testExtractor(t)
	savedNames, savedModel := x.names, x.officialModel
	t.Cleanup(func() { x.names, x.officialModel = savedNames, savedModel })
	x.names = nameTagger(t, x)

	// 周海峰 is named first, his post after him (现任…), and later by his
	// surname and title; the rules read no name before a title.
	text := "新寨村的变化\n新寨村位于山区。周海峰，现任县农业农村局副局长、新寨村第一书记。" +
		"今年，周书记带领村民种植茶叶300亩。县委书记张德明说，全县今年脱贫。记者 王晓东"
	got := officialCandidateMap(t, x, text)
	if c, ok := got["张德明"]; !ok || !c.Extracted {
		t.Errorf("张德明: a rule's official must be a candidate, kept: %+v", c)
	}
	cases := []struct {
		name, feature string
		want          bool
	}{
		{"周海峰", "post_verb", true},
		{"周海峰", "short_ref", true},
		{"周海峰", "title_sent", true},
		{"周海峰", "press", false},
		{"张德明", "title_adj_before", true},
		{"张德明", "speech", true},
	}
	for _, c := range cases {
		cand, ok := got[c.name]
		if !ok {
			t.Errorf("%s: no candidate among %v", c.name, got)
			continue
		}
		if (cand.Features[c.feature] != 0) != c.want {
			t.Errorf("%s: feature %s = %v, want set=%v (%v)", c.name, c.feature, cand.Features[c.feature], c.want, cand.Features)
		}
	}

	// 周海峰 is named, his title comes later in the sentence and his
	// surname with 书记 after: the rules read no official here. A model
	// that adds a short reference beside a title: the stage adds him with
	// the title of his sentence and that sentence as evidence.
	text = "新寨村的变化\n周海峰来到新寨村已经三年，是县农业农村局选派的第一书记。" +
		"周书记带领村民种植茶叶300亩。县委书记张德明说，全县今年脱贫。记者 王晓东"
	x.officialModel = &learnedModel{Bias: -2, Weights: map[string]float64{"short_ref": 3, "title_sent": 1}, Add: 0.5,
		Calibration: []calibrationBin{{Below: 0.5, Confidence: 0.2}, {Below: 1.01, Confidence: 0.7}}}
	f, err := x.ExtractBytes("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range f.Officials {
		names = append(names, o.Name)
		if o.Name != "周海峰" {
			continue
		}
		if !slices.Equal(o.Titles, []string{"第一书记"}) {
			t.Errorf("周海峰: titles %v, want the title of his sentence, 第一书记", o.Titles)
		}
		if o.Confidence != 0.7 {
			t.Errorf("周海峰: confidence %v, want the calibrated 0.7", o.Confidence)
		}
		if len(o.Evidence) != 1 || o.Evidence[0].Rule != "official.learned" {
			t.Errorf("周海峰: evidence %+v", o.Evidence)
		}
	}
	slices.Sort(names)
	if !slices.Contains(names, "周海峰") || !slices.Contains(names, "张德明") {
		t.Errorf("officials %v, want 周海峰 added beside the rules' 张德明", names)
	}
	if slices.Contains(names, "王晓东") {
		t.Errorf("officials %v: the reporter 王晓东 is in no sentence with a title", names)
	}
}

// plausibleName: what a tagged span may be.
func TestPlausibleName(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{{"张德明", true}, {"欧阳明辉", true}, {"阿依古丽·买买提", true}, {"张", false}, {"张3", false}, {"·张德", false}, {"一二三四五六七", false}} {
		if got := plausibleName([]rune(c.s)); got != c.want {
			t.Errorf("plausibleName(%s) = %v, want %v", c.s, got, c.want)
		}
	}
}
