package graph

import (
	"net/http"
	"strings"
)

// codeOriginNotAllowed answers a preflight from an origin the server does
// not allow.
const codeOriginNotAllowed = "ORIGIN_NOT_ALLOWED"

// corsMaxAge is how long (seconds) a browser may cache a preflight answer.
const corsMaxAge = "600"

// withCORS lets browser pages of the listed origins call the API (exact
// origins, e.g. "https://app.example.org"; "*" allows any page, without
// credentials). With no origins, which is the default, no CORS header is
// sent and browsers keep other origins out. A preflight (OPTIONS) from an
// allowed origin is answered here with the methods and headers the API
// takes; one from another origin gets 403 ORIGIN_NOT_ALLOWED.
func withCORS(origins []string, next http.Handler) http.Handler {
	allowed := map[string]bool{}
	any := false
	for _, o := range origins {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		switch o {
		case "":
		case "*":
			any = true
		default:
			allowed[o] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		ok := origin != "" && (any || allowed[origin])
		h := w.Header()
		h.Add("Vary", "Origin")
		if r.Method == http.MethodOptions && origin != "" {
			if !ok {
				writeCoded(w, http.StatusForbidden, codeOriginNotAllowed, "origin not allowed")
				return
			}
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			setAllowOrigin(h, origin, any)
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization, Accept")
			h.Set("Access-Control-Max-Age", corsMaxAge)
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if ok {
			setAllowOrigin(h, origin, any)
			h.Set("Access-Control-Expose-Headers", "Retry-After")
		}
		next.ServeHTTP(w, r)
	})
}

func setAllowOrigin(h http.Header, origin string, any bool) {
	if any {
		h.Set("Access-Control-Allow-Origin", "*")
		return
	}
	h.Set("Access-Control-Allow-Origin", origin)
}
