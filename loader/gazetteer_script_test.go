package loader

import (
	"testing"

	"github.com/longbridgeapp/opencc"

	"github.com/tuopin/tuopin/loader/gazetteer"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// TestGazetteerSurvivesTraditional writes every division of the gazetteer,
// full and short, in the traditional forms of the mainland, Hong Kong and
// Taiwan (OpenCC's s2t, s2hk, s2tw), and checks that the loader's character
// rules give the name back: a county that t2s turned into another string
// (乾安 into 干安) would never be found in a traditional report.
func TestGazetteerSurvivesTraditional(t *testing.T) {
	for _, cfg := range []string{"s2t", "s2hk", "s2tw"} {
		t.Run(cfg, func(t *testing.T) {
			cc, err := opencc.New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, d := range gazetteer.Default().All() {
				for _, name := range []string{d.Name, d.ShortName} {
					tr, err := cc.Convert(name)
					if err != nil {
						t.Fatal(err)
					}
					n++
					if back := textnorm.NormalizeQuery(tr); back != name {
						t.Errorf("%s %s: written %s, read back as %s", d.Code, name, tr, back)
					}
				}
			}
			if n < 6000 {
				t.Errorf("only %d names checked; the gazetteer holds over 3,000 divisions", n)
			}
		})
	}
}
