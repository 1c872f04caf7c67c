package graph

import (
	"container/list"
	"context"
	"encoding/json"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// DefaultAPQCacheBytes bounds the texts kept for automatic persisted
// queries (by their bytes, not their number).
const DefaultAPQCacheBytes = 4 << 20

// Codes of automatic persisted queries, as Apollo clients expect them.
const (
	codePersistedQueryNotFound     = "PERSISTED_QUERY_NOT_FOUND"
	codePersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED"
)

// apq implements Apollo's automatic persisted queries: a request may send
// extensions.persistedQuery {version: 1, sha256Hash} instead of its query
// text; when the server does not know the hash it answers
// PERSISTED_QUERY_NOT_FOUND and the client sends the text with the hash once,
// which the server checks and keeps (in a cache bounded by bytes, least
// recently used out first).
//
// It runs before the cost guard, so a text found by its hash is bounded and
// checked against the allow-list exactly as one sent whole: APQ never lets
// a query run that the allow-list refuses (the allow-list's keys are the
// same SHA-256), and a refused text is not kept.
type apq struct {
	cache    *textCache
	maxBytes int
	allowed  map[string]bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*apq)(nil)

func (*apq) ExtensionName() string                          { return "AutomaticPersistedQueries" }
func (*apq) Validate(schema graphql.ExecutableSchema) error { return nil }

// persistedQuery reads extensions.persistedQuery; ok is false when there is none.
func persistedQuery(ext map[string]any) (hash string, ok bool, err *gqlerror.Error) {
	raw, ok := ext["persistedQuery"]
	if !ok || raw == nil {
		return "", false, nil
	}
	pq, isMap := raw.(map[string]any)
	if !isMap {
		return "", true, limitError(codeBadRequest, "extensions.persistedQuery must be an object")
	}
	switch v := pq["version"].(type) {
	case json.Number:
		if v.String() != "1" {
			return "", true, limitError(codePersistedQueryNotSupported, "persisted query version %s is not supported (only 1)", clip(v.String(), 16))
		}
	case float64:
		if v != 1 {
			return "", true, limitError(codePersistedQueryNotSupported, "persisted query version %v is not supported (only 1)", v)
		}
	default:
		return "", true, limitError(codePersistedQueryNotSupported, "extensions.persistedQuery.version must be 1")
	}
	hash, _ = pq["sha256Hash"].(string)
	hash = strings.ToLower(hash)
	if len(hash) != 64 || strings.Trim(hash, "0123456789abcdef") != "" {
		return "", true, limitError(codeBadRequest, "extensions.persistedQuery.sha256Hash must be a SHA-256 in hex")
	}
	return hash, true, nil
}

func (a *apq) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	hash, ok, err := persistedQuery(p.Extensions)
	if !ok || err != nil {
		return err
	}
	if p.Query == "" {
		q, found := a.cache.get(hash)
		if !found {
			return limitError(codePersistedQueryNotFound, "PersistedQueryNotFound")
		}
		p.Query = q
		return nil
	}
	if QueryHash(p.Query) != hash {
		return limitError(codeBadRequest, "provided sha does not match query")
	}
	if len(p.Query) <= a.maxBytes && (a.allowed == nil || a.allowed[hash]) {
		a.cache.add(hash, p.Query)
	}
	return nil
}

// hasPersistedQuery reports whether a request names its query by hash, so
// that it may come without a query text.
func hasPersistedQuery(ext map[string]any) bool {
	return ext["persistedQuery"] != nil
}

// textCache is an LRU cache of query texts by hash, bounded by bytes.
type textCache struct {
	mu    sync.Mutex
	max   int
	size  int
	ll    *list.List // front: most recently used
	items map[string]*list.Element
}

type textEntry struct{ key, text string }

func newTextCache(maxBytes int) *textCache {
	return &textCache{max: maxBytes, ll: list.New(), items: map[string]*list.Element{}}
}

func textSize(key, text string) int { return len(key) + len(text) + 128 }

func (c *textCache) get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		return "", false
	}
	c.ll.MoveToFront(e)
	return e.Value.(*textEntry).text, true
}

func (c *textCache) add(key, text string) {
	size := textSize(key, text)
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&textEntry{key, text})
	c.size += size
	for c.size > c.max {
		last := c.ll.Back()
		ent := last.Value.(*textEntry)
		c.ll.Remove(last)
		delete(c.items, ent.key)
		c.size -= textSize(ent.key, ent.text)
	}
}

// len is the number of texts kept.
func (c *textCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}
