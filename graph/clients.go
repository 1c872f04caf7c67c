package graph

import (
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults of ClientLimits.
const (
	DefaultClientRate        = 50  // requests per second, sustained
	DefaultClientBurst       = 100 // requests at once after a quiet spell
	DefaultClientConcurrency = 16  // requests in flight
	// maxTrackedClients bounds the limiter's memory: beyond it, idle
	// clients are forgotten first, and if none is idle new clients share
	// one overflow bucket.
	maxTrackedClients = 100_000
)

// ClientLimits bounds what one client address may ask of the server: a
// token bucket (Rate per second, Burst at most) and a number of requests in
// flight. Zero values take the defaults; a negative Rate or Concurrency
// turns that limit off. IPv6 clients are grouped by /64, the block one
// host usually holds.
type ClientLimits struct {
	Rate        float64
	Burst       int
	Concurrency int
	// IPHeader names a header set by a trusted proxy (X-Forwarded-For,
	// X-Real-IP) whose last address is the client's; empty: the TCP peer.
	IPHeader string
}

func (l *ClientLimits) defaults() {
	if l.Rate == 0 {
		l.Rate = DefaultClientRate
	}
	if l.Burst <= 0 {
		l.Burst = max(DefaultClientBurst, int(math.Ceil(l.Rate)))
	}
	if l.Concurrency == 0 {
		l.Concurrency = DefaultClientConcurrency
	}
}

// clientLimiter enforces ClientLimits per client key.
type clientLimiter struct {
	l   ClientLimits
	now func() time.Time

	mu        sync.Mutex
	clients   map[string]*clientState
	lastSweep time.Time
}

type clientState struct {
	tokens   float64
	last     time.Time
	inFlight int
}

func newClientLimiter(l ClientLimits) *clientLimiter {
	l.defaults()
	return &clientLimiter{l: l, now: time.Now, clients: map[string]*clientState{}}
}

// acquire takes a token and a concurrency slot for key. When it cannot, it
// returns how long the client should wait.
func (c *clientLimiter) acquire(key string) (ok bool, retry time.Duration) {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if now.Sub(c.lastSweep) > time.Minute || len(c.clients) >= maxTrackedClients {
		c.sweep(now)
	}
	cl := c.clients[key]
	if cl == nil {
		if len(c.clients) >= maxTrackedClients {
			key = "overflow"
			cl = c.clients[key]
		}
		if cl == nil {
			cl = &clientState{tokens: float64(c.l.Burst), last: now}
			c.clients[key] = cl
		}
	}
	if c.l.Rate > 0 {
		cl.tokens = math.Min(float64(c.l.Burst), cl.tokens+now.Sub(cl.last).Seconds()*c.l.Rate)
		cl.last = now
		if cl.tokens < 1 {
			return false, time.Duration((1 - cl.tokens) / c.l.Rate * float64(time.Second))
		}
	}
	if c.l.Concurrency > 0 && cl.inFlight >= c.l.Concurrency {
		return false, time.Second
	}
	if c.l.Rate > 0 {
		cl.tokens--
	}
	cl.inFlight++
	return true, 0
}

func (c *clientLimiter) release(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cl := c.clients[key]
	if cl == nil {
		cl = c.clients["overflow"]
	}
	if cl != nil && cl.inFlight > 0 {
		cl.inFlight--
	}
}

// sweep forgets clients with nothing in flight whose bucket has refilled.
func (c *clientLimiter) sweep(now time.Time) {
	c.lastSweep = now
	full := time.Duration(float64(c.l.Burst) / math.Max(c.l.Rate, 1e-9) * float64(time.Second))
	for k, cl := range c.clients {
		if cl.inFlight == 0 && now.Sub(cl.last) >= full {
			delete(c.clients, k)
		}
	}
}

// clientKey is the address a request is limited and logged by.
func clientKey(r *http.Request, header string) string {
	addr := ""
	if header != "" {
		if v := r.Header.Values(header); len(v) > 0 {
			parts := strings.Split(v[len(v)-1], ",")
			addr = strings.TrimSpace(parts[len(parts)-1])
		}
	}
	ip, err := netip.ParseAddr(addr)
	if err != nil {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		if ip, err = netip.ParseAddr(host); err != nil {
			return host
		}
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

// limitClients answers 429 with Retry-After when a client is over its rate
// or has too many requests in flight.
func limitClients(l ClientLimits, next http.Handler) http.Handler {
	if l.Rate < 0 && l.Concurrency < 0 {
		return next
	}
	lim := newClientLimiter(l)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := clientKey(r, lim.l.IPHeader)
		if info := requestInfoFrom(r.Context()); info != nil {
			info.client = key
		}
		ok, retry := lim.acquire(key)
		if !ok {
			secs := max(1, int(math.Ceil(retry.Seconds())))
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			writeCoded(w, http.StatusTooManyRequests, codeRateLimited,
				"too many requests from this client; retry after "+strconv.Itoa(secs)+" s")
			return
		}
		defer lim.release(key)
		next.ServeHTTP(w, r)
	})
}
