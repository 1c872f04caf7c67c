package main

import (
	"context"
	"slices"
	"testing"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
)

// fileWriter keeps articles the way the store does (kg.Writer): an article
// whose file a stored article of other content has replaces it.
type fileWriter struct{ byFile map[string]string }

func (w *fileWriter) WriteFacts(_ context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	for _, f := range batch {
		w.byFile[f.Article.File] = f.Article.ID
	}
	return kg.WriteSummary{}, nil
}

func (w *fileWriter) Reset(context.Context) error { return nil }

func (w *fileWriter) articles() []string {
	var ids []string
	for _, id := range w.byFile {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// TestIngestKeepsEarlierArticles: articles given to ingestArticle one after
// another all stay in the graph; the same text twice is one article.
func TestIngestKeepsEarlierArticles(t *testing.T) {
	x, err := loader.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		articles [][2]string // title, text
		want     int
	}{
		{"One", [][2]string{{"甲", "延寿县大力发展蓝莓产业。"}}, 1},
		{"TwoTexts", [][2]string{{"甲", "延寿县大力发展蓝莓产业。"}, {"乙", "桦川县大力发展水稻产业。"}}, 2},
		{"ThreeUntitled", [][2]string{{"", "延寿县发展光伏产业。"}, {"", "迭部县发展食用菌产业。"}, {"", "河东区帮扶迭部县。"}}, 3},
		{"SameTextTwice", [][2]string{{"甲", "延寿县大力发展蓝莓产业。"}, {"甲", "延寿县大力发展蓝莓产业。"}}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &fileWriter{byFile: map[string]string{}}
			ingest := ingestFunc(x.ExtractBytes, w)
			var ids []string
			for _, a := range tc.articles {
				art, err := ingest(context.Background(), a[0], a[1])
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Contains(ids, art.ID) {
					ids = append(ids, art.ID)
				}
			}
			slices.Sort(ids)
			if got := w.articles(); len(got) != tc.want || !slices.Equal(got, ids) {
				t.Errorf("stored articles %v, want the %d ingested %v", got, tc.want, ids)
			}
		})
	}
}
