package loader

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tuopin/tuopin/loader/gazetteer"
)

var updateRealAliases = flag.Bool("update-real-aliases", false, "rewrite the counties table of testdata/real/aliases.json from the gazetteer")

// countyAliases maps every other written form of a county- or
// prefecture-level division that names it alone (东乡族自治县, 科右中旗,
// 怒江傈僳族自治州) to the form the extractor records (东乡县, 科尔沁右翼中旗,
// 怒江州): two spellings of one place, for scoring.
func countyAliases() map[string]string {
	gz := gazetteer.Default()
	out := map[string]string{}
	for form, codes := range gz.Names() {
		if len(codes) != 1 {
			continue
		}
		d, ok := gz.ByCode(codes[0])
		if ok && d.Level == gazetteer.Province && form == d.ShortName && form != displayName(d) {
			out[form] = displayName(d) // 广西 → 广西壮族自治区
			continue
		}
		if !ok || d.Level == gazetteer.Province {
			continue
		}
		rs := []rune(form)
		if !slices.Contains([]rune("县区市旗州盟"), rs[len(rs)-1]) {
			continue
		}
		if name := displayName(d); form != name {
			out[form] = name
		}
	}
	return out
}

// TestRealAliasesCurrent keeps the counties table of the real corpus's
// aliases derived from the gazetteer (-update-real-aliases rewrites it).
func TestRealAliasesCurrent(t *testing.T) {
	path := filepath.Join("testdata", "real", "aliases.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	want := countyAliases()
	if *updateRealAliases {
		doc["counties"] = want
		b, _ := json.MarshalIndent(doc, "", " ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, _ := doc["counties"].(map[string]any)
	if len(got) != len(want) {
		t.Fatalf("aliases.json has %d county aliases, the gazetteer gives %d; run go test ./loader -run RealAliases -update-real-aliases", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("county alias %s = %v, want %s", k, got[k], v)
		}
	}
	if want["东乡族自治县"] != "东乡县" {
		t.Errorf("东乡族自治县 → %q, want 东乡县", want["东乡族自治县"])
	}
}
