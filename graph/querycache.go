package graph

import (
	"context"

	"github.com/vektah/gqlparser/v2/ast"
)

// DefaultQueryCacheBytes bounds the query cache by the size of what it
// holds, not by its number of entries: a parsed document keeps its source
// text, and a count-bounded cache of large documents can hold gigabytes.
const DefaultQueryCacheBytes = 16 << 20

// docOverhead estimates the bytes of a parsed and validated document per
// byte of query text: the text itself plus its syntax tree. Measured: 13–17
// for the queries in docs/queries (plus about 500 bytes each), 38 for 22 KB
// of bare fields (the densest text), 1.1 for text that is mostly comment.
// The estimate takes the densest.
const docOverhead = 40

// queryCache is an LRU cache of validated documents bounded by the
// estimated bytes of its entries. Each document keeps the costs of its
// variable-free fields (fieldCosts), so the cost guard walks only what
// depends on a request's variables.
type queryCache struct{ lru *byteLRU[*cachedDoc] }

type cachedDoc struct {
	doc   *ast.QueryDocument
	costs fieldCosts
}

func newQueryCache(maxBytes int) *queryCache {
	return &queryCache{lru: newByteLRU[*cachedDoc](maxBytes)}
}

func entrySize(query string) int { return docOverhead*len(query) + 1024 }

// Get implements graphql.Cache.
func (c *queryCache) Get(ctx context.Context, query string) (*ast.QueryDocument, bool) {
	d, ok := c.lru.get(query)
	if !ok {
		return nil, false
	}
	return d.doc, true
}

// known reports whether query is cached, without touching its recency.
func (c *queryCache) known(ctx context.Context, query string) bool { return c.lru.has(query) }

// Add implements graphql.Cache.
func (c *queryCache) Add(ctx context.Context, query string, doc *ast.QueryDocument) {
	c.lru.add(query, &cachedDoc{doc: doc}, entrySize(query))
}

// costsOf returns the field costs kept with doc, the cached document of
// query; nil when doc is not the one cached (evicted, or never added).
func (c *queryCache) costsOf(query string, doc *ast.QueryDocument) *fieldCosts {
	d, ok := c.lru.peek(query)
	if !ok || d.doc != doc {
		return nil
	}
	return &d.costs
}

// bytes is the estimated size of what the cache holds.
func (c *queryCache) bytes() int { return c.lru.bytes() }
