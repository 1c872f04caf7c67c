package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/bench/queryset"
	"github.com/tuopin/tuopin/graph"
	"github.com/tuopin/tuopin/loader/textnorm"
	"github.com/tuopin/tuopin/neo4jstore"
	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

// DBHits are one query's database hits per request on each server: every
// statement PROFILEd, summed. Unlike timings they do not depend on the
// machine's load.
type DBHits struct {
	Name   string           `json:"name"`
	Tuopin int64            `json:"tuopin"`
	Peer   int64            `json:"neo4j_graphql"`
	Cypher int64            `json:"cypher"`
	Reads  map[string]int64 `json:"tuopin_reads"`
	// Statements per request (round trips to Neo4j).
	TuopinStatements int `json:"tuopin_store_reads"`
	PeerStatements   int `json:"neo4j_graphql_statements"`
}

// dbHitsCounter measures db hits. Tuopin runs in-process (the same handler
// as `tuopin serve`) over a store in PROFILE mode; the peer's statements
// come from its PEER_CYPHER_LOG and are PROFILEd here with their parameters.
type dbHitsCounter struct {
	driver  neo4j.DriverWithContext
	store   *neo4jstore.Store
	handler http.Handler
	peerLog string

	mu    sync.Mutex
	reads map[string]int64
	trips int
}

func newDBHitsCounter(ctx context.Context, o options, driver neo4j.DriverWithContext) (*dbHitsCounter, error) {
	var prof neo4jstoretest.Profiler
	store, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: o.neo4jURI, WrapDriver: prof.Wrap})
	if err != nil {
		return nil, err
	}
	c := &dbHitsCounter{driver: driver, store: store, peerLog: o.peerLog}
	prof.Start(func(name string, hits int64) {
		c.mu.Lock()
		c.reads[name] += hits
		c.mu.Unlock()
	})
	store.OnQuery = func(string, time.Duration) {
		c.mu.Lock()
		c.trips++
		c.mu.Unlock()
	}
	c.handler = graph.NewHandler(graph.Config{Reader: store, Normalize: textnorm.ToSimplified, Introspection: true})
	return c, nil
}

func (c *dbHitsCounter) close(ctx context.Context) { c.store.Close(ctx) }

func (c *dbHitsCounter) measure(ctx context.Context, o options, q *queryset.Query) (*DBHits, error) {
	h := &DBHits{Name: q.Name}

	// Tuopin, in-process.
	c.mu.Lock()
	c.reads, c.trips = map[string]int64{}, 0
	c.mu.Unlock()
	_, body := request(o, q, serverTuopin)
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	c.handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors":[`)) {
		return nil, fmt.Errorf("tuopin (profiled): status %d: %s", rec.Code, clip(rec.Body.Bytes()))
	}
	c.mu.Lock()
	h.Reads, h.TuopinStatements = c.reads, c.trips
	for _, n := range c.reads {
		h.Tuopin += n
	}
	c.mu.Unlock()

	// The floor.
	n, err := profile(ctx, c.driver, q.Cypher, q.CypherParams)
	if err != nil {
		return nil, fmt.Errorf("cypher: %w", err)
	}
	h.Cypher = n

	// The peer: what it ran for one request.
	if c.peerLog != "" {
		before := fileSize(c.peerLog)
		url, body := request(o, q, serverPeer)
		resp, err := http.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		resp.Body.Close()
		stmts, err := readStatements(c.peerLog, before)
		if err != nil {
			return nil, err
		}
		for _, st := range stmts {
			if strings.Contains(st.Cypher, "CALL dbms.components()") {
				continue // the library's one-time version check
			}
			h.PeerStatements++
			n, err := profile(ctx, c.driver, st.Cypher, st.Params)
			if err != nil {
				return nil, fmt.Errorf("peer statement: %w", err)
			}
			h.Peer += n
		}
	}
	return h, nil
}

type statement struct {
	Cypher string
	Params map[string]any
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// readStatements reads the JSON lines appended to path after offset.
func readStatements(path string, offset int64) ([]statement, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if offset > int64(len(b)) {
		offset = 0
	}
	var out []statement
	for _, line := range strings.Split(string(b[offset:]), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var raw struct {
			Cypher string         `json:"cypher"`
			Params map[string]any `json:"params"`
		}
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		p, _ := ints(raw.Params).(map[string]any)
		out = append(out, statement{Cypher: raw.Cypher, Params: p})
	}
	return out, nil
}

// ints turns the peer log's {"$int": "10"} back into integers.
func ints(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["$int"].(string); ok && len(x) == 1 {
			n, _ := strconv.ParseInt(s, 10, 64)
			return n
		}
		for k, e := range x {
			x[k] = ints(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = ints(e)
		}
		return x
	}
	return v
}

// profile runs a statement under PROFILE in a read transaction and returns
// its total db hits.
func profile(ctx context.Context, driver neo4j.DriverWithContext, cypher string, params map[string]any) (int64, error) {
	cypher = strings.TrimSpace(cypher)
	if first, rest, ok := strings.Cut(cypher, "\n"); ok && strings.HasPrefix(first, "CYPHER ") && !strings.Contains(first, "PROFILE") {
		cypher = first + " PROFILE\n" + rest // the peer's statements start with CYPHER 5
	} else {
		cypher = "PROFILE " + cypher
	}
	sess := driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return 0, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return 0, err
		}
		return neo4jstoretest.PlanDBHits(sum.Profile()), nil
	})
}
