package graph

import (
	"context"
	"encoding/json"
	"strings"

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
type textCache struct{ lru *byteLRU[string] }

func newTextCache(maxBytes int) *textCache { return &textCache{newByteLRU[string](maxBytes)} }

func textSize(key, text string) int { return len(key) + len(text) + 128 }

func (c *textCache) get(key string) (string, bool) { return c.lru.get(key) }
func (c *textCache) add(key, text string)          { c.lru.add(key, text, textSize(key, text)) }

// len is the number of texts kept.
func (c *textCache) len() int { return c.lru.len() }
