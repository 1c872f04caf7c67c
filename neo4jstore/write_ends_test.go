package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// programArticle is an article that names one program implemented in
// region code and, when regions are given, those regions.
func programArticle(id, code string, regions ...kg.Region) *kg.Facts {
	f := regionArticle(id, "", regions...)
	f.Programs = []kg.ProgramFact{{
		ID: kg.ProgramID("光伏扶贫", false, ""), Name: "光伏扶贫", Category: "产业", RegionCode: code,
		Evidence: ev(id, "推进光伏扶贫。", 0),
	}}
	return f
}

// TestWriteEnds: a relationship's ends are found whether the batch writes
// them too or an earlier batch stored them, and the row is dropped when
// neither did (as a MATCH on its key drops it), also in one batch mixing
// the three (execBatch looks every end up once, by label and key).
func TestWriteEnds(t *testing.T) {
	const implements = `MATCH (:Region {code: $code})-[r:IMPLEMENTS]->(:Program) RETURN coalesce(sum(r.support), 0)`
	tests := []struct {
		name    string
		before  []*kg.Facts // written first, in a batch of their own
		batch   []*kg.Facts
		code    string
		support int64
	}{
		{"InBatch", nil, []*kg.Facts{programArticle("a1", "230129", rYan)}, "230129", 1},
		{"StoredBefore", []*kg.Facts{regionArticle("a0", "", rYan)}, []*kg.Facts{programArticle("a1", "230129")}, "230129", 1},
		{"Nowhere", nil, []*kg.Facts{programArticle("a1", "230129")}, "230129", 0},
		{"Mixed", []*kg.Facts{regionArticle("a0", "", rBin)}, []*kg.Facts{
			programArticle("a1", "230113"), programArticle("a2", "230129", rYan), programArticle("a3", "230000"),
		}, "230113", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t)
			ctx := context.Background()
			if tt.before != nil {
				if _, err := s.WriteFacts(ctx, tt.before); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.WriteFacts(ctx, tt.batch); err != nil {
				t.Fatal(err)
			}
			if got := count(t, s, implements, map[string]any{"code": tt.code}); got != tt.support {
				t.Errorf("IMPLEMENTS support from %s: got %d, want %d", tt.code, got, tt.support)
			}
			if got := count(t, s, `MATCH (p:Program)<-[:MENTIONS]-(a:Article) RETURN count(a)`, nil); got != int64(len(tt.batch)) {
				t.Errorf("program mentioned by %d articles, want %d", got, len(tt.batch))
			}
			if tt.name == "Mixed" {
				if got := count(t, s, `MATCH (:Region)-[r:IMPLEMENTS]->(:Program) RETURN count(r)`, nil); got != 2 {
					t.Errorf("%d IMPLEMENTS, want 2 (230113 stored before, 230129 in the batch; 230000 nowhere)", got)
				}
			}
		})
	}
}
