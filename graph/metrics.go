package graph

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the server's Prometheus metrics: HTTP requests, GraphQL
// operations and errors, and time spent in the store.
type Metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	operations *prometheus.CounterVec
	opLatency  *prometheus.HistogramVec
	errors     *prometheus.CounterVec
	queries    *prometheus.HistogramVec
}

func counter(name, help string, labels ...string) *prometheus.CounterVec {
	return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
}

func histogram(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	return prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels)
}

// NewMetrics registers the metrics with reg (a new registry with the Go
// and process collectors when nil).
func NewMetrics(reg *prometheus.Registry) *Metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	m := &Metrics{
		reg:        reg,
		requests:   counter("tuopin_http_requests_total", "HTTP requests to /graphql by method and status.", "method", "status"),
		latency:    histogram("tuopin_http_request_duration_seconds", "Latency of HTTP requests to /graphql.", prometheus.DefBuckets, "method"),
		operations: counter("tuopin_graphql_operations_total", "GraphQL operations by type (query, mutation).", "type"),
		opLatency:  histogram("tuopin_graphql_operation_duration_seconds", "Latency of GraphQL operations.", prometheus.DefBuckets, "type"),
		errors:     counter("tuopin_graphql_errors_total", "GraphQL errors by extensions.code.", "code"),
		queries: histogram("tuopin_neo4j_query_duration_seconds", "Time of store round trips by query name.",
			[]float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}, "query"),
	}
	reg.MustRegister(m.requests, m.latency, m.operations, m.opLatency, m.errors, m.queries)
	return m
}

// ObserveQuery records one store round trip; give it to the store's OnQuery.
func (m *Metrics) ObserveQuery(name string, d time.Duration) {
	m.queries.WithLabelValues(name).Observe(d.Seconds())
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

func (m *Metrics) wrapHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		m.requests.WithLabelValues(r.Method, strconv.Itoa(sw.status)).Inc()
		m.latency.WithLabelValues(r.Method).Observe(time.Since(start).Seconds())
	})
}

func (m *Metrics) instrument(srv *handler.Server) {
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil {
			return resp
		}
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" {
				code = "UNKNOWN"
			}
			m.errors.WithLabelValues(code).Inc()
		}
		if graphql.HasOperationContext(ctx) {
			oc := graphql.GetOperationContext(ctx)
			typ := "unknown"
			if oc.Operation != nil {
				typ = string(oc.Operation.Operation)
			}
			m.operations.WithLabelValues(typ).Inc()
			m.opLatency.WithLabelValues(typ).Observe(time.Since(oc.Stats.OperationStart).Seconds())
		}
		return resp
	})
}
