package neo4jstoretest

import (
	"context"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Profiler runs read statements under PROFILE while it is started: after
// each read transaction its callback gets the store's name for the read
// (the transaction metadata "read") and the total database hits of the
// read's statements. Install its Wrap as neo4jstore.Config.WrapDriver.
// For tests and benchmarks that pin query cost; writes are not profiled.
type Profiler struct {
	onRead atomic.Pointer[func(name string, dbHits int64)]
}

// Start profiles the reads of sessions opened from now on.
func (p *Profiler) Start(onRead func(name string, dbHits int64)) { p.onRead.Store(&onRead) }

// Stop ends profiling for sessions opened from now on.
func (p *Profiler) Stop() { p.onRead.Store(nil) }

// Wrap wraps a driver (neo4jstore.Config.WrapDriver).
func (p *Profiler) Wrap(d neo4j.DriverWithContext) neo4j.DriverWithContext {
	return &profilingDriver{DriverWithContext: d, p: p}
}

type profilingDriver struct {
	neo4j.DriverWithContext
	p *Profiler
}

func (d *profilingDriver) NewSession(ctx context.Context, cfg neo4j.SessionConfig) neo4j.SessionWithContext {
	s := d.DriverWithContext.NewSession(ctx, cfg)
	on := d.p.onRead.Load()
	if on == nil || cfg.AccessMode != neo4j.AccessModeRead {
		return s
	}
	return &profilingSession{SessionWithContext: s, onRead: *on}
}

// profilingSession profiles auto-commit reads (reported when the session
// closes) and managed read transactions (reported when their work is done).
type profilingSession struct {
	neo4j.SessionWithContext
	onRead  func(string, int64)
	name    string
	results []neo4j.ResultWithContext
}

func (s *profilingSession) Run(ctx context.Context, cypher string, params map[string]any, configurers ...func(*neo4j.TransactionConfig)) (neo4j.ResultWithContext, error) {
	s.name = readName(configurers)
	res, err := s.SessionWithContext.Run(ctx, "PROFILE "+cypher, params, configurers...)
	if err == nil {
		s.results = append(s.results, res)
	}
	return res, err
}

func (s *profilingSession) ExecuteRead(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error) {
	name := readName(configurers)
	return s.SessionWithContext.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		ptx := &profilingTx{ManagedTransaction: tx}
		v, err := work(ptx)
		if err != nil {
			return v, err
		}
		hits, err := dbHits(ctx, ptx.results)
		if err != nil {
			return v, err
		}
		s.onRead(name, hits)
		return v, nil
	}, configurers...)
}

func (s *profilingSession) Close(ctx context.Context) error {
	if len(s.results) > 0 {
		if hits, err := dbHits(ctx, s.results); err == nil {
			s.onRead(s.name, hits)
		}
		s.results = nil
	}
	return s.SessionWithContext.Close(ctx)
}

// profilingTx runs the statements of a managed transaction under PROFILE
// and keeps their results.
type profilingTx struct {
	neo4j.ManagedTransaction
	results []neo4j.ResultWithContext
}

func (t *profilingTx) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	res, err := t.ManagedTransaction.Run(ctx, "PROFILE "+cypher, params)
	if err == nil {
		t.results = append(t.results, res)
	}
	return res, err
}

// readName is the "read" metadata of a transaction's configuration.
func readName(configurers []func(*neo4j.TransactionConfig)) string {
	var c neo4j.TransactionConfig
	for _, f := range configurers {
		f(&c)
	}
	name, _ := c.Metadata["read"].(string)
	return name
}

// dbHits sums the database hits of the results' profiled plans. Consuming
// a result that was read to the end returns its summary; one read only in
// part is discarded first, as a commit would.
func dbHits(ctx context.Context, results []neo4j.ResultWithContext) (int64, error) {
	var n int64
	for _, res := range results {
		sum, err := res.Consume(ctx)
		if err != nil {
			return n, err
		}
		n += PlanDBHits(sum.Profile())
	}
	return n, nil
}

// PlanDBHits sums the database hits of a profiled plan and its children.
func PlanDBHits(p neo4j.ProfiledPlan) int64 {
	if p == nil {
		return 0
	}
	n := p.DbHits()
	for _, c := range p.Children() {
		n += PlanDBHits(c)
	}
	return n
}
