package loader

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
)

var (
	testExOnce sync.Once
	testEx     *Extractor
	testExErr  error
)

// testExtractor shares one Extractor (the dictionary takes a second or two to
// load) among the tests of the package.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testExOnce.Do(func() { testEx, testExErr = NewExtractor() })
	if testExErr != nil {
		t.Fatal(testExErr)
	}
	return testEx
}

// sharedDir returns the shared material beside the repository (X/main and
// X/shared), or "" when it is absent.
func sharedDir() string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "eval", "score.py")); err != nil {
		return ""
	}
	return dir
}

// seedJSONL extracts every seed and returns the eval JSON Lines.
func seedJSONL(t *testing.T, x *Extractor, seeds string) []byte {
	t.Helper()
	b, err := extractDir(x, seeds)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// extractDir extracts every .txt file of dir, in name order, as JSON Lines.
func extractDir(x *Extractor, dir string) ([]byte, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var buf bytes.Buffer
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		f, err := x.ExtractBytes(n, raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		b, err := json.Marshal(ToEval(f))
		if err != nil {
			return nil, err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// TestSeedF1 scores the extractor on the seed articles with the project's
// scorer: headline F1 ≥ 0.95 and each field ≥ 0.90.
func TestSeedF1(t *testing.T) {
	shared := sharedDir()
	if shared == "" {
		t.Skip("shared/ not found beside the repository")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	x := testExtractor(t)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(pred, seedJSONL(t, x, filepath.Join(shared, "seeds")), 0o644); err != nil {
		t.Fatal(err)
	}
	score := filepath.Join(shared, "eval", "score.py")
	gold := filepath.Join(shared, "eval", "gold")
	if out, err := exec.Command(py, score, "--gold", gold, "--pred", pred, "--by-article").CombinedOutput(); err == nil {
		t.Logf("\n%s", out)
	}
	out, err := exec.Command(py, score, "--gold", gold, "--pred", pred, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	var headline float64
	json.Unmarshal(res["headline_f1"], &headline)
	if headline < 0.95 {
		t.Errorf("headline F1 = %.3f, want ≥ 0.95", headline)
	}
	for _, field := range []string{"counties", "officials", "programs", "industries", "partners"} {
		var r struct{ F1 float64 }
		json.Unmarshal(res[field], &r)
		if r.F1 < 0.90 {
			t.Errorf("%s F1 = %.3f, want ≥ 0.90", field, r.F1)
		}
	}
	if os.Getenv("TUOPIN_SEED_PRED") != "" {
		b, _ := os.ReadFile(pred)
		os.WriteFile(os.Getenv("TUOPIN_SEED_PRED"), b, 0o644)
	}
}

// TestExtractConcurrent runs the seeds through one Extractor from several
// goroutines (run with -race) and checks the results do not depend on it.
func TestExtractConcurrent(t *testing.T) {
	shared := sharedDir()
	if shared == "" {
		t.Skip("shared/ not found beside the repository")
	}
	x := testExtractor(t)
	want := seedJSONL(t, x, filepath.Join(shared, "seeds"))
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	errs := make([]error, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = extractDir(x, filepath.Join(shared, "seeds"))
		}()
	}
	wg.Wait()
	for i, g := range got {
		if errs[i] != nil {
			t.Errorf("goroutine %d: %v", i, errs[i])
		} else if !bytes.Equal(g, want) {
			t.Errorf("goroutine %d: output differs from a sequential run", i)
		}
	}
}
