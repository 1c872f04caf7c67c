// Package neo4jstore implements kg.Reader and kg.Writer over Neo4j with the
// official Go driver. It is the only package that imports the driver.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/tuopin/tuopin/kg"
)

// Config says where Neo4j is.
type Config struct {
	URI      string // bolt://127.0.0.1:7687, neo4j://… for clusters and Aura
	User     string // empty for no auth (the local embedded server)
	Password string
	Database string // empty for the server's default database

	// ConnectTimeout bounds Open's connectivity check (default 10 s), so an
	// unreachable server fails fast instead of retrying for 15 s per write.
	ConnectTimeout time.Duration

	// WrapDriver, when set, wraps the driver Open makes (tests profile
	// every read with neo4jstoretest.Profile).
	WrapDriver func(neo4j.DriverWithContext) neo4j.DriverWithContext
}

// Store is a kg.Reader and kg.Writer backed by Neo4j. Safe for concurrent use.
type Store struct {
	driver   neo4j.DriverWithContext
	database string

	// OnQuery, when set, is called after every round trip with its duration;
	// the server uses it for metrics and tests use it to count round trips.
	OnQuery func(name string, d time.Duration)

	write writeState // the writer's bookkeeping (write.go)
}

// Open connects to Neo4j, verifies it answers and applies the schema
// (constraints and indexes) idempotently. Returns EUNAVAILABLE when the
// server cannot be reached.
func Open(ctx context.Context, c Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if c.User != "" {
		auth = neo4j.BasicAuth(c.User, c.Password, "")
	}
	timeout := c.ConnectTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	driver, err := neo4j.NewDriverWithContext(c.URI, auth, func(cfg *config.Config) {
		cfg.SocketConnectTimeout = 5 * time.Second
		cfg.MaxTransactionRetryTime = 15 * time.Second
		cfg.MaxConnectionPoolSize = 64
	})
	if err != nil {
		return nil, kg.Errorf(kg.EINVALID, "neo4j uri %q: %v", c.URI, err)
	}
	if c.WrapDriver != nil {
		driver = c.WrapDriver(driver)
	}
	s := &Store{driver: driver, database: c.Database}
	if err := s.verify(ctx, timeout); err != nil {
		driver.Close(ctx)
		return nil, err
	}
	if err := s.applySchema(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("apply schema: %w", err)
	}
	return s, nil
}

// verify retries VerifyConnectivity with a short backoff until timeout.
func (s *Store) verify(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	wait := 100 * time.Millisecond
	for {
		vctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err := s.driver.VerifyConnectivity(vctx)
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().Add(wait).After(deadline) || ctx.Err() != nil {
			return kg.Errorf(kg.EUNAVAILABLE, "neo4j at %s is not reachable: %v", target(s.driver), err)
		}
		select {
		case <-ctx.Done():
			return kg.Errorf(kg.EUNAVAILABLE, "neo4j: %v", ctx.Err())
		case <-time.After(wait):
		}
		if wait < time.Second {
			wait *= 2
		}
	}
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping implements kg.Reader.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return kg.Errorf(kg.EUNAVAILABLE, "neo4j is not reachable: %v", err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: mode})
}

// runner runs a statement: a managed transaction's Run, or a session's
// auto-commit Run for reads of one statement.
type runner interface {
	Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error)
}

// read runs fn in a managed read transaction (retried on transient
// errors) and reports the round trip. For reads of several statements
// that must see one state of the graph (Snapshot, Digest).
func read[T any](ctx context.Context, s *Store, name string, fn func(tx runner) (T, error)) (T, error) {
	start := time.Now()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) { return fn(tx) }, readName(name))
	if s.OnQuery != nil {
		s.OnQuery(name, time.Since(start))
	}
	return v, mapError(err)
}

// readName names a read transaction in its metadata (Neo4j's query log and
// SHOW TRANSACTIONS show it; neo4jstoretest.Profile reports by it).
func readName(name string) func(*neo4j.TransactionConfig) {
	return neo4j.WithTxMetadata(map[string]any{"read": name})
}

// autoCommit runs each statement as its own auto-commit transaction.
type autoCommit struct {
	sess neo4j.SessionWithContext
	name string
}

func (a autoCommit) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	return a.sess.Run(ctx, cypher, params, readName(a.name))
}

// readRetries bounds the attempts of an auto-commit read.
const readRetries = 3

// query runs a read of one statement as an auto-commit transaction: one
// message exchange fewer than a managed transaction (BEGIN and COMMIT),
// which is a third of the round trip of a small read. Like ExecuteRead it
// retries what the driver calls retryable (a connection that died while
// pooled, a leader switch), a few times with a short pause.
func query[T any](ctx context.Context, s *Store, name string, fn func(tx runner) (T, error)) (T, error) {
	start := time.Now()
	var v T
	var err error
	for attempt := 1; ; attempt++ {
		sess := s.session(ctx, neo4j.AccessModeRead)
		v, err = fn(autoCommit{sess, name})
		sess.Close(ctx)
		if err == nil || attempt == readRetries || !neo4j.IsRetryable(err) || ctx.Err() != nil {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Duration(attempt) * 50 * time.Millisecond):
		}
	}
	if s.OnQuery != nil {
		s.OnQuery(name, time.Since(start))
	}
	return v, mapError(err)
}

// write runs fn in a managed write transaction and reports the round trip.
func write[T any](ctx context.Context, s *Store, name string, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	start := time.Now()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteWrite(ctx, sess, fn)
	if s.OnQuery != nil {
		s.OnQuery(name, time.Since(start))
	}
	return v, mapError(err)
}

// mapError turns driver errors into kg codes; kg errors pass through.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	var ke *kg.Error
	if errors.As(err, &ke) {
		return err
	}
	if neo4j.IsConnectivityError(err) {
		return kg.Errorf(kg.EUNAVAILABLE, "neo4j is not reachable: %v", err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return kg.Errorf(kg.EUNAVAILABLE, "neo4j query timed out")
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.Code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" {
		return kg.Errorf(kg.EUNAVAILABLE, "neo4j query timed out")
	}
	return err
}

func target(d neo4j.DriverWithContext) string {
	u := d.Target()
	return u.String()
}
