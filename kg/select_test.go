package kg

import (
	"slices"
	"testing"
)

func TestSelectLinks(t *testing.T) {
	ind := &Industry{Name: "光伏"}
	region := func(code, name string) *Region { return &Region{Code: code, Name: name, Level: LevelCounty} }
	// 光伏's regions (read from the industry: the far end is From).
	links := []*Link{
		{Type: RelDevelops, From: region("3", "丙县"), To: ind, Support: 1, Confidence: 0.9},
		{Type: RelDevelops, From: region("1", "甲县"), To: ind, Support: 5, Confidence: 0.4},
		{Type: RelDevelops, From: region("2", "乙县"), To: ind, Support: 5, Confidence: 0.8},
		{Type: RelDevelops, From: region("4", "丁县"), To: ind, Support: 2, Confidence: 0.7},
	}
	stat := func(id, metric string) *Statistic { return &Statistic{ID: id, Metric: metric, Value: "1%"} }
	cty := region("9", "某县")
	reports := []*Link{
		{Type: RelReported, From: cty, To: stat("s1", "贫困发生率"), Support: 1},
		{Type: RelReported, From: cty, To: stat("s2", "贫困人口"), Support: 3},
		{Type: RelReported, From: cty, To: stat("s3", "贫困发生率"), Support: 2},
	}
	for _, tt := range []struct {
		name string
		ls   []*Link
		spec LinkSpec
		want []string // far keys, in SortLinks order
	}{
		{"All", links, LinkSpec{Type: RelDevelops}, []string{"4", "3", "2", "1"}},                   // by name: 丁 丙 乙 甲
		{"FirstBySupportThenKey", links, LinkSpec{Type: RelDevelops, First: 2}, []string{"2", "1"}}, // support 5, 5
		{"FirstThree", links, LinkSpec{Type: RelDevelops, First: 3}, []string{"4", "2", "1"}},
		{"MinConfidenceBeforeFirst", links, LinkSpec{Type: RelDevelops, MinConfidence: 0.75, First: 1}, []string{"2"}},
		{"Metric", reports, LinkSpec{Type: RelReported, Out: true, Metric: "贫困发生率"}, []string{"s1", "s3"}},
		{"MetricThenFirst", reports, LinkSpec{Type: RelReported, Out: true, Metric: "贫困发生率", First: 1}, []string{"s3"}},
		{"Kind", links, LinkSpec{Type: RelDevelops, Kind: KindProvince}, []string{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			for _, l := range SelectLinks(tt.ls, tt.spec) {
				got = append(got, l.Far(tt.spec.Out).EntityRef().Key)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
