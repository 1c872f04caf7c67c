package main

import (
	"fmt"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/tuopin/tuopin/neo4jstore"
)

// statementTimes collects the wall time of every write statement of a load
// (neo4jstore.StatementTimes), batch by batch, so that the report can say
// which statement's time grows as the graph grows (tuopin load
// --statement-times). With several writers the statements of concurrent
// batches interleave; a batch ends at each commit, so the split into
// batches is approximate, the split into tenths is not far off.
type statementTimes struct {
	mu      sync.Mutex
	cur     map[string]time.Duration
	batches []map[string]time.Duration
}

// StatementTenths is, per tenth of the batches written (in commit order),
// the mean wall milliseconds per batch of each statement (and "triage",
// "commit": the commit's round trip).
type StatementTenths struct {
	Names  []string    `json:"names"`
	Tenths [][]float64 `json:"tenths"`
}

func (s *statementTimes) install() {
	s.cur = map[string]time.Duration{}
	neo4jstore.StatementTimes = func(name string, d time.Duration) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.cur[name] += d
		if name == "commit" {
			s.batches = append(s.batches, s.cur)
			s.cur = map[string]time.Duration{}
		}
	}
}

func (s *statementTimes) result() *StatementTenths {
	neo4jstore.StatementTimes = nil
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.batches)
	if n < 10 {
		return nil
	}
	seen := map[string]bool{}
	var out StatementTenths
	for _, b := range s.batches {
		for k := range b {
			if !seen[k] {
				seen[k] = true
				out.Names = append(out.Names, k)
			}
		}
	}
	slices.Sort(out.Names)
	for t := range 10 {
		lo, hi := t*n/10, (t+1)*n/10
		row := make([]float64, len(out.Names))
		for _, b := range s.batches[lo:hi] {
			for i, k := range out.Names {
				row[i] += float64(b[k]) / float64(time.Millisecond)
			}
		}
		for i := range row {
			row[i] /= float64(hi - lo)
		}
		out.Tenths = append(out.Tenths, row)
	}
	return &out
}

// print writes one line per statement: ms per batch in each tenth, and the
// last tenth over the second.
func (st *StatementTenths) print(w io.Writer) {
	fmt.Fprintln(w, "statement times (ms per batch, per tenth of the batches; last/second):")
	for i, name := range st.Names {
		fmt.Fprintf(w, "  %-22s", name)
		for _, row := range st.Tenths {
			fmt.Fprintf(w, " %7.1f", row[i])
		}
		if st.Tenths[1][i] > 0 {
			fmt.Fprintf(w, "  %.2f", st.Tenths[9][i]/st.Tenths[1][i])
		}
		fmt.Fprintln(w)
	}
}
