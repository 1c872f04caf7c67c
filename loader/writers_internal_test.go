package loader

import (
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// TestPartition checks that articles go to writers by the province most of
// their regions lie in.
func TestPartition(t *testing.T) {
	regions := func(codes ...string) *kg.Facts {
		f := &kg.Facts{Article: kg.Article{ID: "x" + codes[0]}}
		for _, c := range codes {
			f.Regions = append(f.Regions, kg.RegionFact{Region: kg.Region{Code: c}})
		}
		return f
	}
	n := 4
	hebei := partition(regions("130123"), n)
	tests := []struct {
		name string
		f    *kg.Facts
		want int
	}{
		{"a county of Hebei", regions("130123"), hebei},
		{"another county and a village of Hebei", regions("130725", "130725101001"), hebei},
		{"mostly Hebei, one Beijing", regions("110000", "130123", "130100"), hebei},
		{"one writer", regions("650000"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := n
			if tt.name == "one writer" {
				k = 1
			}
			if got := partition(tt.f, k); got != tt.want {
				t.Fatalf("partition = %d, want %d", got, tt.want)
			}
		})
	}
	// Without regions, by id: the same id, the same writer; and ids spread.
	seen := map[int]bool{}
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		f := &kg.Facts{Article: kg.Article{ID: id}}
		if partition(f, n) != partition(f, n) {
			t.Fatalf("id %s: not deterministic", id)
		}
		seen[partition(f, n)] = true
	}
	if len(seen) < 2 {
		t.Fatalf("8 ids went to %d of %d writers", len(seen), n)
	}
	// Provinces spread over the writers too.
	seen = map[int]bool{}
	for _, c := range []string{"110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000"} {
		seen[partition(regions(c), n)] = true
	}
	if len(seen) < 2 {
		t.Fatalf("8 provinces went to %d of %d writers", len(seen), n)
	}
}
