package neo4jstore

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// TestWriteStatementsFollowModel checks that the write statements are the
// model table's (kg.Nodes, kg.Rels): every label and relationship type is
// written, with the keys and ends the table gives, and no statement names a
// label, type or relationship property the table does not have. Adding a
// relationship to the table without rows for it fails here.
func TestWriteStatementsFollowModel(t *testing.T) {
	// Labels a region takes by level (kg.Nodes' kinds of Region).
	levelLabels := []string{"Province", "Prefecture", "County", "Town", "Village"}
	labelRe := regexp.MustCompile(`\(\w*:(\w+)`)
	setLabelRe := regexp.MustCompile(`SET \w+:(\w+)`)
	relRe := regexp.MustCompile(`\[\w*:(\w+)\]`)
	keyRe := regexp.MustCompile(`\(\w*:(\w+) \{(\w+):`)
	relPropRe := regexp.MustCompile(`\br\.(\w+)`)
	provenanceProps := []string{"support", "evidence", "confidenceLevels", "confidenceCounts", "confidence"}

	for _, stmts := range [][]statement{writeStatements, rawStatements} {
		written := map[string]bool{}
		for _, st := range stmts {
			for _, m := range labelRe.FindAllStringSubmatch(st.cypher, -1) {
				if _, ok := kg.NodeOf(m[1]); !ok {
					t.Errorf("%s: label %s is not in kg.Nodes", st.name, m[1])
				}
				written[m[1]] = true
			}
			for _, m := range setLabelRe.FindAllStringSubmatch(st.cypher, -1) {
				if !slices.Contains(levelLabels, m[1]) {
					t.Errorf("%s: label %s set, not a region level", st.name, m[1])
				}
			}
			for _, m := range keyRe.FindAllStringSubmatch(st.cypher, -1) {
				if n, _ := kg.NodeOf(m[1]); n.Key != m[2] {
					t.Errorf("%s: %s looked up by %s, but its key is %q", st.name, m[1], m[2], n.Key)
				}
			}
			for _, m := range relRe.FindAllStringSubmatch(st.cypher, -1) {
				rt, ok := kg.RelOf(m[1])
				if !ok {
					t.Errorf("%s: relationship type %s is not in kg.Rels", st.name, m[1])
					continue
				}
				written[m[1]] = true
				for _, p := range relPropRe.FindAllStringSubmatch(st.cypher, -1) {
					if !slices.Contains(rt.Props, p[1]) && !(rt.Provenance && slices.Contains(provenanceProps, p[1])) {
						t.Errorf("%s: property %s of %s is not in kg.Rels", st.name, p[1], rt.Type)
					}
				}
				if st.from.label != "" && st.from.label != rt.From {
					t.Errorf("%s: starts at %s, kg.Rels says %s", st.name, st.from.label, rt.From)
				}
				if rt.To != "" && st.to.label != rt.To {
					t.Errorf("%s: ends at %s, kg.Rels says %s", st.name, st.to.label, rt.To)
				}
				for _, p := range rt.Props {
					if !strings.Contains(st.cypher, "r."+p+" = row."+p) {
						t.Errorf("%s: does not write %s's property %s", st.name, rt.Type, p)
					}
				}
			}
			if st.rows == "" {
				t.Errorf("%s: no rows", st.name)
			}
		}
		for _, n := range kg.Nodes {
			if !written[n.Label] {
				t.Errorf("label %s of kg.Nodes is not written", n.Label)
			}
			if _, ok := rowsKeys[n.Label]; !ok {
				t.Errorf("label %s has no rows (rowsKeys)", n.Label)
			}
		}
		for _, r := range kg.Rels {
			if !written[r.Type] {
				t.Errorf("relationship type %s of kg.Rels is not written", r.Type)
			}
		}
	}
	var facts []string
	for _, f := range factRels {
		facts = append(facts, f.rel)
	}
	want := []string{kg.RelServesIn, kg.RelImplements, kg.RelDevelops, kg.RelSupports, kg.RelAssists, kg.RelReported, kg.RelOperatesIn}
	if !slices.Equal(facts, want) {
		t.Errorf("fact relationships %v, want %v", facts, want)
	}
	// Every MENTIONS statement, one per entity label, creates from an article.
	mentions := 0
	for _, st := range writeStatements {
		if strings.Contains(st.cypher, ":"+kg.RelMentions+"]") {
			mentions++
			if st.from.label != kg.LabelArticle || !strings.Contains(st.cypher, "CREATE (a)-[:MENTIONS]->(n)") {
				t.Errorf("%s: %s", st.name, st.cypher)
			}
		}
	}
	if mentions != len(kg.Nodes)-1 {
		t.Errorf("%d MENTIONS statements, want %d", mentions, len(kg.Nodes)-1)
	}
}

// TestSortRowsOrder checks that sortRows orders rows as compareRows does,
// including keys that are prefixes of one another and a key with a NUL.
func TestSortRowsOrder(t *testing.T) {
	tests := []struct {
		name string
		rows []map[string]any
	}{
		{"prefixes and fields", []map[string]any{
			{"from": "ab", "to": "x"}, {"from": "a", "to": "z"}, {"from": "a", "to": "y"},
			{"from": "a"}, {"code": "110000"}, {"from": "a", "to": "y", "article": "2"}, {"from": "a", "to": "y", "article": "1"},
		}},
		{"NUL in a key", []map[string]any{{"from": "a\x00b"}, {"from": "a"}, {"from": "a\x00"}, {"from": "a", "to": "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make([]any, len(tt.rows))
			want := make([]map[string]any, len(tt.rows))
			for i, r := range tt.rows {
				got[i] = r
				want[i] = r
			}
			sortRows(got)
			slices.SortStableFunc(want, compareRows)
			for i := range want {
				if fmt.Sprint(got[i]) != fmt.Sprint(want[i]) {
					t.Fatalf("row %d: got %v, want %v (all: %v)", i, got[i], want[i], got)
				}
			}
		})
	}
}
