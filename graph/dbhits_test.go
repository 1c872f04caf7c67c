package graph_test

import (
	"context"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/bench/queryset"
	"github.com/tuopin/tuopin/internal/neo4jtest"
)

var updateDBHits = flag.Bool("update-dbhits", false, "rewrite testdata/dbhits.json with the database hits measured now")

// dbHitsFile is the committed snapshot of what each query of the benchmark
// set (bench/queryset) costs Neo4j on the seed graph, in database hits: a
// measure of the Cypher Tuopin runs that, unlike time, does not depend on
// the machine or its load.
const dbHitsFile = "testdata/dbhits.json"

// dbHitsTolerance is how much a query may grow over the snapshot before
// the test fails.
const dbHitsTolerance = 1.20

type dbHitsSnapshot struct {
	Note    string                   `json:"note"`
	Queries map[string]*dbHitsResult `json:"queries"`
}

type dbHitsResult struct {
	DBHits int64 `json:"db_hits"`
	// Per store read (as neo4jstore names them), to show where a change landed.
	Reads map[string]int64 `json:"reads"`
}

// TestDBHits runs each query of the benchmark set against the seed graph
// with every read statement PROFILEd, and fails when a query's total
// database hits exceed the snapshot by more than 20 %. After a deliberate
// change: go test ./graph -run DBHits -update-dbhits
func TestDBHits(t *testing.T) {
	s := loadSeeds(t)
	replan(t)
	var mu sync.Mutex
	var reads map[string]int64
	s.profiler.Start(func(name string, hits int64) {
		mu.Lock()
		reads[name] += hits
		mu.Unlock()
	})
	defer s.profiler.Stop()

	got := map[string]*dbHitsResult{}
	for _, q := range queryset.All {
		reads = map[string]int64{}
		var opts []client.Option
		for _, k := range slices.Sorted(maps.Keys(q.TuopinVars)) {
			opts = append(opts, client.Var(k, q.TuopinVars[k]))
		}
		data, _ := s.run(t, q.Tuopin, opts...)
		if canon, err := q.FromTuopin(data); err != nil || !q.NonEmpty(canon) {
			t.Errorf("%s: no data on the seed graph (err %v): %s", q.Name, err, dump(data))
		}
		mu.Lock()
		r := &dbHitsResult{Reads: reads}
		for _, h := range reads {
			r.DBHits += h
		}
		mu.Unlock()
		got[q.Name] = r
		t.Logf("%s: %d db hits %v", q.Name, r.DBHits, r.Reads)
	}

	if *updateDBHits {
		snap := dbHitsSnapshot{
			Note:    "Database hits of each benchmark query (bench/queryset) on the seed graph, every read statement PROFILEd. TestDBHits fails when a query exceeds its figure by more than 20 %. Update deliberately: go test ./graph -run DBHits -update-dbhits",
			Queries: got,
		}
		b, err := json.MarshalIndent(snap, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dbHitsFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", dbHitsFile)
		return
	}

	b, err := os.ReadFile(dbHitsFile)
	if err != nil {
		t.Fatalf("%v (create it: go test ./graph -run DBHits -update-dbhits)", err)
	}
	var snap dbHitsSnapshot
	if err := json.Unmarshal(b, &snap); err != nil {
		t.Fatalf("%s: %v", filepath.Clean(dbHitsFile), err)
	}
	for _, q := range queryset.All {
		want, ok := snap.Queries[q.Name]
		g := got[q.Name]
		switch {
		case !ok:
			t.Errorf("%s: not in %s (add it: go test ./graph -run DBHits -update-dbhits)", q.Name, dbHitsFile)
		case float64(g.DBHits) > float64(want.DBHits)*dbHitsTolerance:
			t.Errorf("%s: %d db hits, %.0f%% over the snapshot's %d (reads now %v, then %v); if intended: go test ./graph -run DBHits -update-dbhits",
				q.Name, g.DBHits, 100*(float64(g.DBHits)/float64(want.DBHits)-1), want.DBHits, g.Reads, want.Reads)
		case float64(g.DBHits) < float64(want.DBHits)/dbHitsTolerance:
			t.Logf("%s: %d db hits, down from %d: consider updating the snapshot", q.Name, g.DBHits, want.DBHits)
		}
	}
}

// replan makes the planner see the graph as it is now: fresh index samples
// and no cached plans, so that the plans (and their db hits) do not depend
// on what earlier tests did to the database.
func replan(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	auth := neo4j.NoAuth()
	if neo4jtest.User() != "" {
		auth = neo4j.BasicAuth(neo4jtest.User(), neo4jtest.Password(), "")
	}
	d, err := neo4j.NewDriverWithContext(neo4jtest.URI(t), auth)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	for _, q := range []string{"CALL db.resampleOutdatedIndexes()", "CALL db.awaitIndexes(60)", "CALL db.clearQueryCaches()"} {
		if _, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}
