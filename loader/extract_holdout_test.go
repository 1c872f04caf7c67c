package loader

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// holdoutFloor is the lowest held-out headline F1 the extractor reached while
// its rules and learned stages were last changed (0.955 to 0.979 across
// retrains on 751–1,256 real tuning articles) minus 0.02: extraction may not silently get
// worse on articles it was not written against. Ten articles swing by 0.02
// between retrains of equal cross-validated quality; the real corpus's blind
// split (testdata/real, 638 articles) is the measure of generalisation. Its
// per-article differences were read on 2026-12-05, so this set is no longer
// blind (docs/EXTRACTION.md).
const holdoutFloor = 0.935

// TestHoldoutF1 scores the extractor on the held-out set of testdata/holdout
// (10 articles annotated independently, see its README) with the project's
// scorer. Only the aggregate is printed.
func TestHoldoutF1(t *testing.T) {
	shared := sharedDir()
	if shared == "" {
		t.Skip("shared/ not found beside the repository")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	dir := filepath.Join("testdata", "holdout")
	x := testExtractor(t)
	b, err := extractDir(x, filepath.Join(dir, "articles"))
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(pred, b, 0o644); err != nil {
		t.Fatal(err)
	}
	score := filepath.Join(shared, "eval", "score.py")
	gold := filepath.Join(dir, "gold")
	out, err := exec.Command(py, score, "--gold", gold, "--pred", pred).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	t.Logf("\n%s", out)
	out, err = exec.Command(py, score, "--gold", gold, "--pred", pred, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res struct {
		Headline float64  `json:"headline_f1"`
		Articles int      `json:"articles"`
		Missing  []string `json:"missing_articles"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if res.Articles != 10 || len(res.Missing) > 0 {
		t.Errorf("scored %d articles, missing %v; want all 10", res.Articles, res.Missing)
	}
	if res.Headline < holdoutFloor {
		t.Errorf("held-out headline F1 = %.3f, want ≥ %.3f", res.Headline, holdoutFloor)
	}
}
