package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/tuopin/tuopin/analytics"
	"github.com/tuopin/tuopin/graph"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// serveGCPercent is the server's GOGC unless the environment sets one. The
// live heap is a few MB, so the soft memory limit below, not GOGC, decides
// when the heap is collected: at 1600 rather than 400 the server spent
// 10-14 % less CPU per request on the three largest benchmark answers
// (bench/compare.sh, docs/ARCHITECTURE.md), for a resident set of about
// 135 MB instead of 60 MB.
const serveGCPercent = 1600

// serveMemoryLimit is the server's soft memory limit (GOMEMLIMIT) unless
// the environment sets one: GOGC=1600 lets the heap grow to 17 times what
// is live, which under a burst of large requests (1 MiB bodies) is
// hundreds of MB; near this limit the collector runs more often instead.
const serveMemoryLimit = 128 << 20

func (m *Main) serve(ctx context.Context, args []string) error {
	fs := m.newFlagSet("serve", `Usage: tuopin serve [flags]

Serves GraphQL over the graph in Neo4j: GraphiQL at /, the explorer (a web
page to search, read, map and follow the graph; docs/explorer.md) at
/explore, the API at /graphql (GET and POST), /healthz (process alive),
/readyz (Neo4j answers), /metrics.

The server runs the Go garbage collector at GOGC=1600 unless GOGC is set: its
live heap is small (a few MB), so at the default every few requests start a
collection, which cost about a fifth of the CPU of a large answer. Unless
GOMEMLIMIT is set, a soft memory limit of 128 MiB bounds the heap instead: the
collector runs more often near it rather than growing the heap.

Every request is bounded (docs/RELIABILITY.md lists each limit and why):
bytes of the body and of the query text, fields once fragments are
expanded, depth, complexity (each root field costs a round trip), root
fields, mutations and string-argument bytes per operation, and time. Each
client address gets a token bucket and a number of requests in flight;
over them it is answered 429 with Retry-After. --production turns
introspection and field suggestions off; --allow-list runs only the
persisted operations whose SHA-256 is listed in a file. Browser pages of
other origins may call /graphql only when --cors-origins lists them (none by
default); their preflight requests are answered without reaching the API.
Automatic persisted queries (Apollo APQ) are accepted, checked against
--allow-list like any text; answers to GET queries carry an ETag.`)
	nf := m.registerNeo4j(fs)
	addr := fs.String("addr", m.env("TUOPIN_ADDR", "127.0.0.1:8080"), "listen address (env TUOPIN_ADDR)")
	apiKey := fs.String("api-key", m.env("TUOPIN_API_KEY", ""), "key for mutations, sent as 'Authorization: Bearer KEY' (env TUOPIN_API_KEY); empty disables mutations")
	production := fs.Bool("production", m.envBool("TUOPIN_PRODUCTION"), "production defaults: introspection and field suggestions off (env TUOPIN_PRODUCTION=1)")
	noIntro := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request time limit, passed on to Neo4j")
	maxDepth := fs.Int("max-depth", graph.DefaultMaxDepth, "maximum query depth")
	maxComplexity := fs.Int("max-complexity", graph.DefaultMaxComplexity, "maximum query complexity (each root field costs 50 on top of its selection)")
	maxQuery := fs.Int("max-query-bytes", graph.DefaultMaxQueryBytes, "maximum bytes of a query text, comments included")
	maxFields := fs.Int("max-fields", graph.DefaultMaxFields, "maximum fields of a document once fragments are expanded")
	maxRoots := fs.Int("max-root-fields", graph.DefaultMaxRootFields, "maximum root fields per operation (aliases and fragments count)")
	maxMutations := fs.Int("max-mutations", graph.DefaultMaxMutations, "maximum mutation fields per operation")
	maxArg := fs.Int("max-arg-bytes", graph.DefaultMaxArgBytes, "maximum bytes of each string argument (not the text of ingestArticle)")
	rate := fs.Float64("client-rate", m.envFloat("TUOPIN_CLIENT_RATE", graph.DefaultClientRate), "requests per second per client address, sustained; 0 turns the rate limit off (env TUOPIN_CLIENT_RATE)")
	burst := fs.Int("client-burst", int(m.envFloat("TUOPIN_CLIENT_BURST", graph.DefaultClientBurst)), "requests a client may send at once after a quiet spell (env TUOPIN_CLIENT_BURST)")
	conc := fs.Int("client-concurrency", int(m.envFloat("TUOPIN_CLIENT_CONCURRENCY", graph.DefaultClientConcurrency)), "requests in flight per client address; 0 turns the limit off (env TUOPIN_CLIENT_CONCURRENCY)")
	ipHeader := fs.String("client-ip-header", m.env("TUOPIN_CLIENT_IP_HEADER", ""), "header whose last address is the client's, set by a trusted proxy (X-Forwarded-For, X-Real-IP); empty: the TCP peer (env TUOPIN_CLIENT_IP_HEADER)")
	cors := fs.String("cors-origins", m.env("TUOPIN_CORS_ORIGINS", ""), "comma-separated origins whose browser pages may call /graphql (https://app.example.org; * for any, without credentials); empty: none (env TUOPIN_CORS_ORIGINS)")
	pprofAddr := fs.String("pprof-addr", m.env("TUOPIN_PPROF_ADDR", ""), "serve Go's profiles (net/http/pprof, /debug/pprof/) on this separate address, e.g. 127.0.0.1:6060; empty: none (env TUOPIN_PPROF_ADDR)")
	allowList := fs.String("allow-list", m.env("TUOPIN_ALLOW_LIST", ""), "file of SHA-256 hashes (hex, one per line) of the only query texts to run; empty runs any (env TUOPIN_ALLOW_LIST)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var allowed map[string]bool
	if *allowList != "" {
		f, err := os.Open(*allowList)
		if err != nil {
			return kg.Errorf(kg.EINVALID, "allow-list: %v", err)
		}
		allowed, err = graph.ReadAllowList(io.LimitReader(f, 64<<20))
		f.Close()
		if err != nil {
			return err
		}
	}
	clients := graph.ClientLimits{Rate: *rate, Burst: *burst, Concurrency: *conc, IPHeader: *ipHeader}
	if clients.Rate <= 0 {
		clients.Rate = -1
	}
	if clients.Concurrency <= 0 {
		clients.Concurrency = -1
	}
	introspection := !*noIntro && !*production
	if fs.NArg() > 0 {
		return kg.Errorf(kg.EINVALID, "serve takes no arguments, got %q", fs.Args())
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
	log := m.logger()
	log.Info("starting", "neo4j", nf.String(), "addr", *addr, "mutations", *apiKey != "", "introspection", introspection,
		"production", *production, "allowList", len(allowed), "clientRate", *rate, "clientConcurrency", *conc)

	store, err := nf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())

	metrics := graph.NewMetrics(nil)
	store.OnQuery = metrics.ObserveQuery
	cfg := graph.Config{
		Metrics:            metrics,
		Reader:             store,
		Normalize:          textnorm.NormalizeQuery,
		APIKey:             *apiKey,
		Introspection:      introspection,
		DisableSuggestions: *production,
		MaxDepth:           *maxDepth,
		MaxComplexity:      *maxComplexity,
		MaxQueryBytes:      *maxQuery,
		MaxFields:          *maxFields,
		MaxRootFields:      *maxRoots,
		MaxMutations:       *maxMutations,
		MaxArgBytes:        *maxArg,
		AllowedQueries:     allowed,
		CORSOrigins:        splitList(*cors),
		Clients:            clients,
		Timeout:            *timeout,
		Logger:             log,
		Ready:              store.Ping,
	}
	if *apiKey != "" {
		// analyzeGraph runs the analysis in this process: it holds the
		// compact projection while the job runs, and nothing afterwards.
		cfg.Analyzer = analytics.NewJobs(store, analytics.DefaultParams(), log)
		x, err := loader.NewExtractor()
		if err != nil {
			return err
		}
		cfg.Ingest = ingestFunc(x.ExtractBytes, store)
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
	if *pprofAddr != "" {
		stop, err := servePprof(*pprofAddr, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String()
	log.Info("serving", "graphiql", url+"/", "explorer", url+"/explore", "graphql", url+"/graphql")
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

// servePprof serves Go's profiles on a listener of their own, never on the
// API's address, so that they cannot be reached where the API is exposed.
func servePprof(addr string, log interface{ Info(string, ...any) }) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, kg.Errorf(kg.EINVALID, "pprof-addr: listen on %s: %v", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	log.Info("profiles", "url", "http://"+ln.Addr().String()+"/debug/pprof/")
	return func() { srv.Close() }, nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// ingestFunc is the ingestArticle mutation's loader: each text becomes an
// article of its own (loader.IngestArticle names its file ingest:<id>, so
// that the writer never takes it for a new version of an article ingested
// before).
func ingestFunc(extract loader.ExtractFunc, w kg.Writer) func(ctx context.Context, title, text string) (*kg.Article, error) {
	return func(ctx context.Context, title, text string) (*kg.Article, error) {
		return loader.IngestArticle(ctx, extract, w, title, text)
	}
}
