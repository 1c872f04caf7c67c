package graph

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/tuopin/tuopin/graph/generated"
	"github.com/tuopin/tuopin/web"

	"github.com/tuopin/tuopin/kg"
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
	// DisableSuggestions drops "did you mean" hints from validation errors,
	// which would otherwise reveal the schema with introspection off.
	DisableSuggestions bool
	MaxDepth           int           // default 10
	MaxComplexity      int           // default 5000
	Timeout            time.Duration // per request, passed to Neo4j through ctx; default 30 s
	MaxQueryBytes      int           // query text, comments included; default 32 KiB
	MaxFields          int           // fields once fragments are expanded; default 2000
	MaxRootFields      int           // root fields per operation, aliases included; default 20
	MaxMutations       int           // mutation fields per operation; default 1
	MaxArgBytes        int           // each string argument; default 1 KiB
	QueryCacheBytes    int           // estimated bytes of parsed documents kept; default 16 MiB
	// APQCacheBytes bounds the query texts kept for automatic persisted
	// queries (apq.go); default 4 MiB.
	APQCacheBytes int
	// AllowedQueries, when not nil, is the allow-list of persisted
	// operations: the SHA-256 (lower-case hex) of each query text that may run.
	AllowedQueries map[string]bool
	// CORSOrigins are the origins whose browser pages may call /graphql
	// ("*" for any, without credentials); none by default.
	CORSOrigins []string
	// Clients limits each client address; see ClientLimits.
	Clients ClientLimits
	Logger  *slog.Logger
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
	setDefault(&c.MaxQueryBytes, DefaultMaxQueryBytes)
	setDefault(&c.MaxFields, DefaultMaxFields)
	setDefault(&c.MaxRootFields, DefaultMaxRootFields)
	setDefault(&c.MaxMutations, DefaultMaxMutations)
	setDefault(&c.MaxArgBytes, DefaultMaxArgBytes)
	setDefault(&c.QueryCacheBytes, DefaultQueryCacheBytes)
	setDefault(&c.APQCacheBytes, DefaultAPQCacheBytes)
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

func setDefault(v *int, def int) {
	if *v <= 0 {
		*v = def
	}
}

func newServer(c Config, res *Resolver) *handler.Server {
	cfg := generated.Config{Resolvers: res}
	complexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(httpTransport{})
	cache := newQueryCache(c.QueryCacheBytes)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(parserTokenLimit)
	srv.SetDisableSuggestion(c.DisableSuggestions)
	if c.DisableSuggestions {
		srv.SetValidationRulesFn(rulesWithoutSuggestions)
	}
	if c.Introspection {
		srv.Use(extension.Introspection{})
	}
	// Before the cost guard: a text found by its hash is checked as one sent whole.
	srv.Use(&apq{cache: newTextCache(c.APQCacheBytes), maxBytes: c.MaxQueryBytes, allowed: c.AllowedQueries})
	srv.Use(&costGuard{l: limits{
		maxQueryBytes: c.MaxQueryBytes, maxFields: c.MaxFields, maxDepth: c.MaxDepth,
		maxComplexity: c.MaxComplexity, maxRootFields: c.MaxRootFields, maxMutations: c.MaxMutations,
		maxArgBytes: c.MaxArgBytes, allowed: c.AllowedQueries, known: cache.known, costsOf: cache.costsOf,
	}})
	srv.Use(noIncremental{})
	srv.SetErrorPresenter(presenter(c.Logger))
	srv.SetRecoverFunc(recoverer(c.Logger))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, c.Reader))
	})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil {
			resp.Errors = capErrors(resp.Errors)
		}
		return resp
	})
	c.Metrics.instrument(srv)
	return srv
}

// rulesWithoutSuggestions are the default validation rules with every rule
// that suggests names ("Did you mean …") replaced by its variant that does
// not: gqlgen's SetDisableSuggestion swaps two of them, and the suggestions
// of the others (argument, type and enum value names) would reveal the
// schema as well.
func rulesWithoutSuggestions() *rules.Rules {
	r := rules.NewDefaultRules()
	for _, rule := range []core.Rule{rules.KnownArgumentNamesRuleWithoutSuggestions,
		rules.KnownTypeNamesRuleWithoutSuggestions, rules.ValuesOfCorrectTypeRuleWithoutSuggestions} {
		r.RemoveRule(strings.TrimSuffix(rule.Name, "WithoutSuggestions"))
		r.AddRule(rule.Name, rule.RuleFunc)
	}
	return r
}

// NewHandler returns the HTTP handler: GraphiQL at /, the explorer at
// /explore (package web), the API at /graphql (GET and POST, GraphQL over
// HTTP), /healthz, /readyz and /metrics.
func NewHandler(c Config) http.Handler {
	c.defaults()
	res := newResolver(c)
	srv := newServer(c, res)
	api := withAuth(c.APIKey, srv)
	api = limitBody(api)
	api = withTimeout(c.Timeout, api)
	api = limitClients(c.Clients, api)
	api = c.Metrics.wrapHTTP(api)
	api = logRequests(c.Logger, c.Clients.IPHeader, api)

	mux := http.NewServeMux()
	mux.Handle("/graphql", withCORS(c.CORSOrigins, onlyGetPost(api)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeStatus(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := c.Ready(ctx); err != nil {
			// The driver's message names the store's address: log it only.
			c.Logger.WarnContext(ctx, "not ready", "err", err)
			writeStatus(w, http.StatusServiceUnavailable, msgUnavailable)
			return
		}
		writeStatus(w, http.StatusOK, "ok")
	})
	mux.Handle("GET /metrics", c.Metrics.Handler())
	// Browsers ask for an icon with every GraphiQL page: none, cached a day,
	// rather than a 404 in each browser console and access log.
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.WriteHeader(http.StatusNoContent)
	})
	mux.Handle("GET /{$}", graphiql("/graphql"))
	mux.Handle("GET /assets/", assets())
	explorer := web.Handler()
	mux.Handle("GET "+web.Prefix, explorer)
	mux.Handle("GET "+web.Prefix+"/", explorer)
	return securityHeaders(mux)
}

// securityHeaders are sent with every response: no MIME sniffing, no
// framing by other sites (clickjacking), no referrer to other origins.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		if h.Get("Content-Security-Policy") == "" {
			h.Set("Content-Security-Policy", "frame-ancestors 'none'")
		}
		next.ServeHTTP(w, r)
	})
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
			writeCoded(w, http.StatusRequestEntityTooLarge, codeTooLarge, "request body is too large")
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

// requestInfo is what the handlers inside learn of a request for its log
// line: the client key and the operation's name.
type requestInfo struct {
	client, operation string
}

type requestInfoKey struct{}

func requestInfoFrom(ctx context.Context) *requestInfo {
	info, _ := ctx.Value(requestInfoKey{}).(*requestInfo)
	return info
}

// operationName is the operation's name, "-" for an anonymous one, clipped.
func operationName(oc *graphql.OperationContext) string {
	if oc == nil || oc.Operation == nil {
		return ""
	}
	if oc.Operation.Name == "" {
		return "-"
	}
	return clip(oc.Operation.Name, 64)
}

func logRequests(log *slog.Logger, ipHeader string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{}
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), requestInfoKey{}, info)))
		if info.client == "" {
			info.client = clientKey(r, ipHeader)
		}
		log.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.String("client", info.client), slog.String("operation", info.operation),
			slog.Int("status", sw.status), slog.Int("bytes", sw.bytes), slog.Duration("duration", time.Since(start)))
	})
}

// onlyGetPost answers other methods with 405, as GraphQL over HTTP expects.
func onlyGetPost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, POST")
			writeCoded(w, http.StatusMethodNotAllowed, codeMethodNotAllowed, "method not allowed")
			return
		}
		next.ServeHTTP(w, r)
	})
}
