package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// StatementProfile is what PROFILE says about one write statement of a
// batch: its time, its database hits, and the operators of its plan that
// matter for a write (Eager, scans instead of index seeks).
type StatementProfile struct {
	Name      string        `json:"name"`
	Rows      int           `json:"rows"`
	Time      time.Duration `json:"time"`
	DbHits    int64         `json:"dbHits"`
	Eager     int           `json:"eager"`     // Eager operators in the plan
	Scans     []string      `json:"scans"`     // label or all-nodes scans (an index not used)
	Operators []string      `json:"operators"` // the plan's operators, depth first
}

// errProfileRollback ends ProfileWrite's transaction without committing.
var errProfileRollback = errors.New("profile: rolled back")

// ProfileWrite runs the write statements of a batch with PROFILE, in one
// transaction that it rolls back, and returns what each cost (for the
// benchmarks; the graph is left as it was). The batch should hold articles
// not yet stored, as a load's would.
func (s *Store) ProfileWrite(ctx context.Context, batch []*kg.Facts) ([]StatementProfile, error) {
	var out []StatementProfile
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return nil, mapError(err)
	}
	defer tx.Rollback(ctx)
	err = execBatch(ctx, tx, writeStatements, buildRows(batch), func(st boundStatement) error {
		t0 := time.Now()
		res, err := tx.Run(ctx, "PROFILE "+st.cypher, st.params)
		if err != nil {
			return err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return err
		}
		p := StatementProfile{Name: st.name, Rows: st.rows, Time: time.Since(t0)}
		if plan := sum.Profile(); plan != nil {
			walkPlan(plan, &p)
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return out, err
	}
	return out, nil
}

func walkPlan(plan neo4j.ProfiledPlan, p *StatementProfile) {
	op := plan.Operator()
	p.DbHits += plan.DbHits()
	p.Operators = append(p.Operators, fmt.Sprintf("%s(%d)", op, plan.DbHits()))
	switch {
	case len(op) >= 5 && op[:5] == "Eager":
		p.Eager++
	case containsAny(op, "NodeByLabelScan", "AllNodesScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan"):
		p.Scans = append(p.Scans, op)
	}
	for _, c := range plan.Children() {
		walkPlan(c, p)
	}
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if len(s) >= len(x) {
			for i := 0; i+len(x) <= len(s); i++ {
				if s[i:i+len(x)] == x {
					return true
				}
			}
		}
	}
	return false
}

// boundStatement is a write statement with its parameters.
type boundStatement struct {
	name   string
	cypher string
	params map[string]any
	rows   int
}
