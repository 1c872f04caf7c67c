package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"time"

	kg "github.com/tuopin/tuopin"
	"github.com/tuopin/tuopin/analytics"
	"github.com/tuopin/tuopin/graph"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// serveGCPercent is the server's GOGC unless the environment sets one.
const serveGCPercent = 400

func (m *Main) serve(ctx context.Context, args []string) error {
	fs := m.newFlagSet("serve", `Usage: tuopin serve [flags]

Serves GraphQL over the graph in Neo4j: GraphiQL at /, the API at /graphql
(GET and POST), /healthz (process alive), /readyz (Neo4j answers), /metrics.

The server runs the Go garbage collector at GOGC=400 unless GOGC is set: its
live heap is small (a few MB), so at the default every few requests start a
collection, which cost about a fifth of the CPU of a large answer.`)
	nf := m.registerNeo4j(fs)
	addr := fs.String("addr", m.env("TUOPIN_ADDR", "127.0.0.1:8080"), "listen address (env TUOPIN_ADDR)")
	apiKey := fs.String("api-key", m.env("TUOPIN_API_KEY", ""), "key for mutations, sent as 'Authorization: Bearer KEY' (env TUOPIN_API_KEY); empty disables mutations")
	noIntro := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request time limit, passed on to Neo4j")
	maxDepth := fs.Int("max-depth", 10, "maximum query depth")
	maxComplexity := fs.Int("max-complexity", 5000, "maximum query complexity")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return kg.Errorf(kg.EINVALID, "serve takes no arguments, got %q", fs.Args())
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	log := m.logger()
	log.Info("starting", "neo4j", nf.String(), "addr", *addr, "mutations", *apiKey != "", "introspection", !*noIntro)

	store, err := nf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())

	metrics := graph.NewMetrics(nil)
	store.OnQuery = metrics.ObserveQuery
	cfg := graph.Config{
		Metrics:       metrics,
		Reader:        store,
		Normalize:     textnorm.ToSimplified,
		APIKey:        *apiKey,
		Introspection: !*noIntro,
		MaxDepth:      *maxDepth,
		MaxComplexity: *maxComplexity,
		Timeout:       *timeout,
		Logger:        log,
		Ready:         store.Ping,
	}
	if *apiKey != "" {
		// analyzeGraph runs the analysis in this process: it holds the
		// compact projection while the job runs, and nothing afterwards.
		cfg.Analyzer = analytics.NewJobs(store, analytics.DefaultParams(), log)
		x, err := loader.NewExtractor()
		if err != nil {
			return err
		}
		cfg.Ingest = func(ctx context.Context, title, text string) (*kg.Article, error) {
			return ingestOne(ctx, x, store, title, text)
		}
	}
	handler := graph.NewHandler(cfg)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return kg.Errorf(kg.EINVALID, "listen on %s: %v", *addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      *timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String()
	log.Info("serving", "graphiql", url+"/", "graphql", url+"/graphql")
	if m.Listening != nil {
		m.Listening(ln.Addr().String())
	}
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

// ingestOne runs the loader on one article given as text and writes it.
func ingestOne(ctx context.Context, x *loader.Extractor, w kg.Writer, title, text string) (*kg.Article, error) {
	if len(text) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "text: must not be empty")
	}
	raw := []byte(text)
	if title != "" {
		raw = []byte(title + "\n" + text)
	}
	facts, err := x.ExtractBytes("ingest", raw)
	if err != nil {
		return nil, kg.Errorf(kg.EINVALID, "text: %v", err)
	}
	if facts.Article.File == "" {
		facts.Article.File = "ingest:" + facts.Article.ID
	}
	if _, err := w.WriteFacts(ctx, []*kg.Facts{facts}); err != nil {
		return nil, err
	}
	return &facts.Article, nil
}
