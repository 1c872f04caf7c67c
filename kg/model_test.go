package kg

import (
	"slices"
	"testing"
)

// The model table must be closed: every relationship joins labels of the
// table, and every kind belongs to one label.
func TestModelTableIsClosed(t *testing.T) {
	kinds := map[string]string{}
	for _, n := range Nodes {
		if n.Key == "" || len(n.Kinds) == 0 || len(n.Brief) == 0 {
			t.Errorf("%s: key, kinds and brief properties are required", n.Label)
		}
		if !slices.Contains(n.Brief, n.Key) {
			t.Errorf("%s: a brief read must take the key %q", n.Label, n.Key)
		}
		for _, k := range n.Kinds {
			if other, dup := kinds[k]; dup {
				t.Errorf("kind %s of both %s and %s", k, other, n.Label)
			}
			kinds[k] = n.Label
		}
	}
	for _, r := range Rels {
		if _, ok := NodeOf(r.From); !ok {
			t.Errorf("%s: start label %q is not in Nodes", r.Type, r.From)
		}
		if _, ok := NodeOf(r.To); !ok && r.To != "" {
			t.Errorf("%s: end label %q is not in Nodes", r.Type, r.To)
		}
	}
}

func TestModelDerivations(t *testing.T) {
	tests := []struct {
		name      string
		got, want any
	}{
		{"TraversedTypes", TraversedTypes(), []string{RelServesIn, RelPartOf, RelImplements, RelDevelops, RelSupports,
			RelSubtypeOf, RelAssists, RelReported, RelOperatesIn}},
		{"RelProps", RelProps(), []string{"title", "titles", "mechanism"}},
		{"LabelOfKind(TOWN)", LabelOfKind(KindTown), LabelRegion},
		{"LabelOfKind(unknown)", LabelOfKind("NOPE"), ""},
		{"ProjectedKinds", len(ProjectedKinds), 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !equal(tt.got, tt.want) {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	from, to, ok := Endpoints(RelMentions)
	if from != LabelArticle || to != "" || !ok {
		t.Errorf("Endpoints(MENTIONS) = %q, %q, %v", from, to, ok)
	}
	if _, _, ok := Endpoints("NOPE"); ok {
		t.Error("Endpoints(NOPE) is ok")
	}
}

func equal(a, b any) bool {
	if as, ok := a.([]string); ok {
		bs, _ := b.([]string)
		return slices.Equal(as, bs)
	}
	return a == b
}
