// Package web embeds the explorer, the web page that `tuopin serve` serves
// at /explore: the files that Vite builds from this folder into dist/
// (committed, so that `go build` needs no npm; scripts/check-web.sh checks
// they are current). See docs/explorer.md.
package web

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed all:dist
var dist embed.FS

// Prefix is where the explorer is served.
const Prefix = "/explore"

// csp allows only this origin: the explorer loads nothing from elsewhere.
// Styles may be inline (the graph and map set style attributes).
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

type file struct {
	body, gz []byte
	ctype    string
}

// Handler serves the explorer under Prefix: the built files, and
// index.html for every other path below it (the page reads its view from
// the URL). Hashed assets are cached for a year; index.html is revalidated.
// Text files are sent gzip-compressed to clients that accept it.
func Handler() http.Handler {
	root, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	var (
		mu    sync.Mutex
		files = map[string]*file{}
	)
	load := func(name string) *file {
		mu.Lock()
		defer mu.Unlock()
		if f, ok := files[name]; ok {
			return f
		}
		b, err := fs.ReadFile(root, name)
		if err != nil {
			files[name] = nil
			return nil
		}
		f := &file{body: b, ctype: mime.TypeByExtension(path.Ext(name))}
		if f.ctype == "" {
			f.ctype = "application/octet-stream"
		}
		if len(b) > 1024 && (strings.HasPrefix(f.ctype, "text/") || strings.Contains(f.ctype, "javascript") || strings.Contains(f.ctype, "json")) {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(b)
			zw.Close()
			f.gz = buf.Bytes()
		}
		files[name] = f
		return f
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, Prefix), "/")
		h := w.Header()
		var f *file
		switch {
		case strings.HasPrefix(name, "assets/") || strings.HasPrefix(name, "boundaries/"):
			f = load(name)
			if f == nil {
				http.NotFound(w, r)
				return
			}
			if strings.HasPrefix(name, "assets/") {
				h.Set("Cache-Control", "public, max-age=31536000, immutable")
			} else {
				h.Set("Cache-Control", "public, max-age=86400")
			}
		default:
			f = load("index.html")
			if f == nil {
				http.Error(w, "the explorer was not built (web/dist)", http.StatusNotFound)
				return
			}
			h.Set("Cache-Control", "no-cache")
			h.Set("Content-Security-Policy", csp)
		}
		h.Set("Content-Type", f.ctype)
		h.Add("Vary", "Accept-Encoding")
		body := f.body
		if f.gz != nil && acceptsGzip(r) {
			h.Set("Content-Encoding", "gzip")
			body = f.gz
		}
		http.ServeContent(w, r, "", zeroTime, bytes.NewReader(body))
	})
}

func acceptsGzip(r *http.Request) bool {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}

var zeroTime time.Time
