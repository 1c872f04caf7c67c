package loader

import "testing"

func TestCNNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"一", 1}, {"两", 2}, {"九", 9}, {"十", 10}, {"十二", 12}, {"二十", 20}, {"三十五", 35}, {"百", 0}} {
		if got := cnNumber(c.in); got != c.want {
			t.Errorf("cnNumber(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
