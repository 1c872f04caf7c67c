package textnorm

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite generated fixtures in testdata")

// TestDamagedFixture keeps testdata/damaged.txt equal to the simulated
// damage of testdata/damaged_clean.txt (run with -update to rewrite it) and
// checks that both normalise to the same document.
func TestDamagedFixture(t *testing.T) {
	clean := readFixture(t, "damaged_clean.txt")
	want, err := simulateDamage(string(clean), false)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "damaged.txt")
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	damaged := readFixture(t, "damaged.txt")
	if diff := cmp.Diff(want, string(damaged)); diff != "" {
		t.Fatalf("damaged.txt is stale (run go test -run TestDamagedFixture -update):\n%s", diff)
	}
	dc, err := Normalize("damaged_clean.txt", clean)
	if err != nil {
		t.Fatal(err)
	}
	dd, err := Normalize("damaged.txt", damaged)
	if err != nil {
		t.Fatal(err)
	}
	if dd.Repairs == 0 || dc.Repairs != 0 {
		t.Errorf("repairs: damaged %d, clean %d", dd.Repairs, dc.Repairs)
	}
	if diff := cmp.Diff(dc.Text, dd.Text); diff != "" {
		t.Errorf("repaired text differs from the clean one (-clean +repaired):\n%s", diff)
	}
	if dc.ID != dd.ID {
		t.Errorf("IDs differ")
	}
}

var fixtureDocCases = []struct {
	file string
	want seedMeta
}{
	{"gbk.txt", seedMeta{"青山县推进特色种植带动群众增收", "青山日报", "2021-03-15", EncGB18030, ScriptHans}},
	{"big5.txt", seedMeta{"青山县推进特色种植带动群众增收", "青山日报", "2021-03-15", EncBig5, ScriptHant}},
	{"page.html", seedMeta{"山区小学迎来新图书馆", "青山新闻网", "2022-09-01", EncUTF8, ScriptHans}},
	{"damaged.txt", seedMeta{"东坡区携手结对县发展特色产业", "东坡日报", "2020-11-20", EncUTF8, ScriptHant}},
}

func TestNormalizeFixtures(t *testing.T) {
	for _, tc := range fixtureDocCases {
		t.Run(tc.file, func(t *testing.T) {
			d, err := Normalize(tc.file, readFixture(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			got := seedMeta{d.Title, d.Source, d.PublishedAt, d.Encoding, d.Script}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
			checkDoc(t, d)
		})
	}
}
