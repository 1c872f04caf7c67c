package graph

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/tuopin/tuopin/graph/generated"

	kg "github.com/tuopin/tuopin"
)

// Defaults of Config.
const (
	DefaultMaxDepth      = 10
	DefaultMaxComplexity = 5000
	DefaultTimeout       = 30 * time.Second
	// MaxBodyBytes bounds a request body.
	MaxBodyBytes = 1 << 20
	// parserTokenLimit bounds the tokens of one query document.
	parserTokenLimit = 10000
)

// Config is what the HTTP handler needs. Reader is required.
type Config struct {
	Reader kg.Reader
	// Ingest loads one article (nil: the mutation is disabled).
	Ingest func(ctx context.Context, title, text string) (*kg.Article, error)
	// Analyzer runs analyses for the analyzeGraph mutation (nil: disabled).
	Analyzer Analyzer
	// APIKey must be sent as "Authorization: Bearer <key>" for mutations;
	// empty disables them.
	APIKey string
	// Normalize converts user text the way articles are converted
	// (traditional to simplified); nil leaves it as is.
	Normalize     func(string) string
	Introspection bool
	MaxDepth      int           // default 10
	MaxComplexity int           // default 5000
	Timeout       time.Duration // per request, passed to Neo4j through ctx; default 30 s
	Logger        *slog.Logger
	// Ready reports whether the store answers, for /readyz (Reader.Ping when nil).
	Ready func(ctx context.Context) error
	// Metrics collects request and store metrics (NewMetrics(nil) when nil).
	// Pass the same Metrics' ObserveQuery to the store's OnQuery hook.
	Metrics *Metrics
}

func (c *Config) defaults() {
	if c.MaxDepth <= 0 {
		c.MaxDepth = DefaultMaxDepth
	}
	if c.MaxComplexity <= 0 {
		c.MaxComplexity = DefaultMaxComplexity
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Ready == nil && c.Reader != nil {
		c.Ready = c.Reader.Ping
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
}

// NewServer returns the GraphQL server (transports, limits, error
// presenter) without the HTTP routes around it.
func NewServer(c Config) *handler.Server {
	c.defaults()
	return newServer(c, newResolver(c))
}

func newServer(c Config, res *Resolver) *handler.Server {
	cfg := generated.Config{Resolvers: res}
	complexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(httpTransport{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(parserTokenLimit)
	if c.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(depthLimit{max: c.MaxDepth})
	srv.Use(noIncremental{})
	srv.Use(extension.FixedComplexityLimit(c.MaxComplexity))
	srv.SetErrorPresenter(presenter(c.Logger))
	srv.SetRecoverFunc(recoverer(c.Logger))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, c.Reader))
	})
	c.Metrics.instrument(srv)
	return srv
}

// NewHandler returns the HTTP handler: GraphiQL at /, the API at /graphql
// (GET and POST, GraphQL over HTTP), /healthz, /readyz and /metrics.
func NewHandler(c Config) http.Handler {
	c.defaults()
	res := newResolver(c)
	srv := newServer(c, res)
	api := withAuth(c.APIKey, srv)
	api = limitBody(api)
	api = withTimeout(c.Timeout, api)
	api = c.Metrics.wrapHTTP(api)
	api = logRequests(c.Logger, api)

	mux := http.NewServeMux()
	mux.Handle("/graphql", onlyGetPost(api))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeStatus(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := c.Ready(ctx); err != nil {
			c.Logger.WarnContext(ctx, "not ready", "err", err)
			writeStatus(w, http.StatusServiceUnavailable, kg.ErrorMessage(err))
			return
		}
		writeStatus(w, http.StatusOK, "ok")
	})
	mux.Handle("GET /metrics", c.Metrics.Handler())
	mux.Handle("GET /{$}", graphiql("/graphql"))
	mux.Handle("GET /assets/", assets())
	return mux
}

func writeStatus(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	status := "ok"
	if code != http.StatusOK {
		status = "unavailable"
	}
	json.NewEncoder(w).Encode(map[string]string{"status": status, "message": msg})
}

func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBodyBytes {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		log.InfoContext(r.Context(), "request", "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "bytes", sw.bytes, "duration", time.Since(start))
	})
}

// onlyGetPost answers other methods with 405, as GraphQL over HTTP expects.
func onlyGetPost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, POST")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}
