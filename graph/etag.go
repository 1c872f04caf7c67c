package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
)

// cacheGET sets the caching headers of a query sent with GET and answers a
// conditional request whose ETag still matches with 304 Not Modified and no
// body (it returns true then). The ETag is a hash of the response body, so
// it changes exactly when the answer does; Cache-Control: no-cache lets
// browsers and proxies keep the answer but makes them revalidate it each
// time, since a load or ingest may change the graph at any moment. A
// response with errors (the store down, a timeout) is not kept (no-store).
func cacheGET(w http.ResponseWriter, r *http.Request, body []byte, hasErrors bool) bool {
	h := w.Header()
	h.Add("Vary", "Accept")
	if hasErrors {
		h.Set("Cache-Control", "no-store")
		return false
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	h.Set("ETag", etag)
	h.Set("Cache-Control", "public, no-cache")
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	return false
}

// etagMatches applies If-None-Match (weak comparison; * matches any).
func etagMatches(header, etag string) bool {
	for part := range strings.SplitSeq(header, ",") {
		t := strings.TrimPrefix(strings.TrimSpace(part), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}
