package kg_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
)

var evidenceTests = []struct {
	name string
	in   kg.Evidence
}{
	{"OK", kg.Evidence{ArticleID: "abc", Sentence: "延寿县发展光伏产业。", Start: 3, End: 13}},
	{"SentenceWithColons", kg.Evidence{ArticleID: "abc", Sentence: "张洪岐:2019年,延寿…", Start: 0, End: 14}},
	{"EmptySentence", kg.Evidence{ArticleID: "x", Sentence: "", Start: 1, End: 1}},
}

// TestEvidenceRoundTrip: the stored form keeps the article and the span;
// the sentence is stored on the article (ArticleSentences), so it comes
// back empty.
func TestEvidenceRoundTrip(t *testing.T) {
	for _, tt := range evidenceTests {
		t.Run(tt.name, func(t *testing.T) {
			s := kg.EncodeEvidence(tt.in)
			if want := tt.in.ArticleID + ":" + kg.EvidenceSpan(tt.in.Start, tt.in.End); s != want {
				t.Fatalf("EncodeEvidence = %q, want %q", s, want)
			}
			got, ok := kg.ParseEvidence(s)
			if !ok {
				t.Fatal("ParseEvidence failed")
			}
			want := tt.in
			want.Sentence = ""
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("round trip (-want +got):\n%s", diff)
			}
			article, span, _ := kg.SplitEvidence(s)
			if article != tt.in.ArticleID || span != kg.EvidenceSpan(tt.in.Start, tt.in.End) {
				t.Fatalf("SplitEvidence = %q, %q", article, span)
			}
		})
	}
}

// TestParseEvidenceOldForm: strings stored before sentences moved to the
// articles ("<article>:<start>:<end>:<sentence>") still decode whole, so a
// graph reads the same before and after tuopin migrate.
func TestParseEvidenceOldForm(t *testing.T) {
	for _, tt := range evidenceTests {
		t.Run(tt.name, func(t *testing.T) {
			old := tt.in.ArticleID + ":" + kg.EvidenceSpan(tt.in.Start, tt.in.End) + ":" + tt.in.Sentence
			got, ok := kg.ParseEvidence(old)
			if !ok {
				t.Fatal("ParseEvidence failed")
			}
			if diff := cmp.Diff(tt.in, got); diff != "" {
				t.Fatalf("old form (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseEvidenceRejects(t *testing.T) {
	for _, s := range []string{"", "abc", "abc:1", "abc:x:2", "abc:1:y", "abc:x:2:s", "abc:1:y:s"} {
		if _, ok := kg.ParseEvidence(s); ok {
			t.Errorf("ParseEvidence(%q) = ok, want failure", s)
		}
	}
}

func TestErrorCode(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		code    string
		message string
	}{
		{"Nil", nil, "", ""},
		{"KG", kg.Errorf(kg.ENOTFOUND, "county %q not found", "某县"), kg.ENOTFOUND, `county "某县" not found`},
		{"Wrapped", fmt.Errorf("resolve: %w", kg.Errorf(kg.EINVALID, "bad")), kg.EINVALID, "bad"},
		{"Other", errors.New("driver exploded"), kg.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kg.ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := kg.ErrorMessage(tt.err); got != tt.message {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.message)
			}
		})
	}
}

func TestKeysAreDeterministicAndScoped(t *testing.T) {
	if kg.OfficialID("张三", "230129") != kg.OfficialID("张三", "230129") {
		t.Fatal("OfficialID is not deterministic")
	}
	if kg.OfficialID("张三", "230129") == kg.OfficialID("张三", "620422") {
		t.Fatal("same name in two counties must be two officials")
	}
	if got := kg.ProgramID("产业扶贫", false, "230129"); got != "prog:产业扶贫" {
		t.Fatalf("national program id = %q", got)
	}
	if got := kg.ProgramID("四联四帮", true, "120102"); got != "prog:四联四帮@120102" {
		t.Fatalf("local program id = %q", got)
	}
}

func TestSortLinks(t *testing.T) {
	ys := &kg.Region{Code: "230129", Name: "延寿县"}
	stat := func(id, metric, year string) *kg.Statistic {
		return &kg.Statistic{ID: id, Metric: metric, Value: "1", Year: year}
	}
	tests := []struct {
		name string
		far  []kg.Entity
		out  bool
		want []string // far keys in order
	}{
		{"by name", []kg.Entity{&kg.Industry{Name: "黑木耳"}, &kg.Industry{Name: "大米"}, &kg.Industry{Name: "旅游"}}, true,
			[]string{"大米", "旅游", "黑木耳"}},
		{"same name by key", []kg.Entity{&kg.Official{ID: "off:b", Name: "王"}, &kg.Official{ID: "off:a", Name: "王"}, &kg.Official{ID: "off:c", Name: "李"}}, false,
			[]string{"off:c", "off:a", "off:b"}},
		{"statistics by their built name", []kg.Entity{stat("s:1", "收入", "2020"), stat("s:2", "收入", "2019"), stat("s:3", "人口", "")}, true,
			[]string{"s:3", "s:2", "s:1"}},
		{"one", []kg.Entity{&kg.Program{ID: "prog:1", Name: "x"}}, true, []string{"prog:1"}},
		{"none", nil, true, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := make([]*kg.Link, len(tt.far))
			for i, f := range tt.far {
				ls[i] = &kg.Link{From: ys, To: f}
				if !tt.out {
					ls[i] = &kg.Link{From: f, To: ys}
				}
			}
			kg.SortLinks(ls, tt.out)
			got := make([]string, len(ls))
			for i, l := range ls {
				got[i] = l.Far(tt.out).EntityRef().Key
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
