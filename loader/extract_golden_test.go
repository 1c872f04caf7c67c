package loader

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var updateArticles = flag.Bool("update-articles", false, "rewrite the golden files of testdata/articles")

// TestArticles runs the extractor over articles of the genre written for
// these tests (testdata/articles/*.txt: other provinces, counties, officials,
// traditional script, city-level and partner articles) and compares the eval
// record, without evidence, with the reviewed golden file beside each.
// Run with -update-articles after a deliberate change, and review the diff.
func TestArticles(t *testing.T) {
	x := testExtractor(t)
	names, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if len(names) == 0 {
		t.Fatal("no articles")
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			raw, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			f, err := x.ExtractBytes(name, raw)
			if err != nil {
				t.Fatal(err)
			}
			r := ToEval(f)
			r.Evidence = nil
			got, _ := json.MarshalIndent(r, "", " ")
			golden := strings.TrimSuffix(name, ".txt") + ".golden.json"
			if *updateArticles {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
