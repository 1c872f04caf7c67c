package loader

import (
	"strings"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// TestExplainStats: --explain tells a statistic's figures apart by place and
// year, as two rates of one sentence differ only there (found by an
// independent tester: 19.2% for 2015 and 1.82% for 2017 read alike).
func TestExplainStats(t *testing.T) {
	ev := []kg.Evidence{{ArticleID: "a", Sentence: "贫困发生率由2015年的19.2%降至2017年的1.82%。", Rule: "stat.rate-pair"}}
	f := &kg.Facts{Article: kg.Article{ID: "a", File: "a.txt"}, Stats: []kg.StatFact{
		{Place: "延寿县", Metric: "贫困发生率", Value: "19.2%", Year: "2015", Evidence: ev, Confidence: 0.8},
		{Place: "延寿县", Metric: "贫困发生率", Value: "1.82%", Year: "2017", Evidence: ev, Confidence: 0.8},
		{Place: "延寿县", Metric: "贫困村", Value: "46个", Evidence: ev, Confidence: 0.7},
	}}
	var b strings.Builder
	if err := Explain(&b, ToEval(f)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"延寿县 贫困发生率 19.2% (2015)", "延寿县 贫困发生率 1.82% (2017)", "延寿县 贫困村 46个 ", "stat.rate-pair"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("explain lacks %q:\n%s", want, b.String())
		}
	}
}
