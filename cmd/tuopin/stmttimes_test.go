package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tuopin/tuopin/neo4jstore"
)

// TestStatementTimes feeds the hook the times of 20 batches (batch i takes
// i ms in "implements" and 2 ms in "commit") and checks the means per
// tenth and the printed ratio.
func TestStatementTimes(t *testing.T) {
	tests := []struct {
		name    string
		batches int
		want    [][]float64 // per tenth: commit, implements
	}{
		{"fewer than ten batches", 9, nil},
		{"twenty batches", 20, [][]float64{{2, 0.5}, {2, 2.5}, {2, 4.5}, {2, 6.5}, {2, 8.5}, {2, 10.5}, {2, 12.5}, {2, 14.5}, {2, 16.5}, {2, 18.5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s statementTimes
			s.install()
			for i := range tt.batches {
				neo4jstore.StatementTimes("implements", time.Duration(i)*time.Millisecond)
				neo4jstore.StatementTimes("commit", 2*time.Millisecond)
			}
			got := s.result()
			if neo4jstore.StatementTimes != nil {
				t.Fatal("result left the hook installed")
			}
			if tt.want == nil {
				if got != nil {
					t.Fatalf("got %+v, want nil", got)
				}
				return
			}
			if strings.Join(got.Names, ",") != "commit,implements" {
				t.Fatalf("names %v", got.Names)
			}
			for i, row := range tt.want {
				for j, v := range row {
					if got.Tenths[i][j] != v {
						t.Fatalf("tenth %d, %s: %v, want %v", i+1, got.Names[j], got.Tenths[i][j], v)
					}
				}
			}
			var b bytes.Buffer
			got.print(&b)
			if !strings.Contains(b.String(), "implements") || !strings.Contains(b.String(), "  7.40\n") {
				t.Fatalf("printed:\n%s", b.String())
			}
		})
	}
}
