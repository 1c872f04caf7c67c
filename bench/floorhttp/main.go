// Command floorhttp is the benchmark floor's net/http twin: the floor's
// hand-written Cypher (bench/queryset) behind a minimal net/http handler, so
// that Tuopin's latency can be set against a floor that pays for the same
// transport (an HTTP/1.1 POST and a JSON answer) as well as against the
// driver call alone.
//
// POST /cypher with the body {"query": "<query-set name>"} runs that query's
// statement, as the in-process floor does (one auto-commit read
// transaction, one round trip), and answers {"data": [record, …]}, each
// record as the driver's map of values encoded by encoding/json. No
// GraphQL, no limits, no logging.
//
//	floorhttp --addr 127.0.0.1:8098 --neo4j-uri bolt://127.0.0.1:7698
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/tuopin/tuopin/bench/queryset"
)

func main() {
	var addr, uri string
	flag.StringVar(&addr, "addr", "127.0.0.1:8098", "listen address")
	flag.StringVar(&uri, "neo4j-uri", "bolt://127.0.0.1:7698", "Neo4j (read only, no authentication)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, addr, uri); err != nil {
		fmt.Fprintln(os.Stderr, "floorhttp:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, addr, uri string) error {
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth(), func(c *config.Config) { c.MaxConnectionPoolSize = 64 })
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	if err := driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4j at %s: %w", uri, err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /cypher", func(w http.ResponseWriter, r *http.Request) { answer(w, r, driver) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	fmt.Println("floorhttp ready http://" + ln.Addr().String())
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

func answer(w http.ResponseWriter, r *http.Request, driver neo4j.DriverWithContext) {
	var req struct{ Query string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		http.Error(w, "body must be {\"query\": NAME}", http.StatusBadRequest)
		return
	}
	q := queryset.ByName(req.Query)
	if q == nil {
		http.Error(w, "no query "+req.Query, http.StatusNotFound)
		return
	}
	sess := driver.NewSession(r.Context(), neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
	defer sess.Close(r.Context())
	res, err := sess.Run(r.Context(), q.Cypher, q.CypherParams)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	recs, err := res.Collect(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	rows := make([]map[string]any, len(recs))
	for i, rec := range recs {
		rows[i] = rec.AsMap()
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(struct {
		Data []map[string]any `json:"data"`
	}{rows})
}
