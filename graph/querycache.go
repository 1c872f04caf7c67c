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
// estimated bytes of its entries.
type queryCache struct{ lru *byteLRU[*ast.QueryDocument] }

func newQueryCache(maxBytes int) *queryCache {
	return &queryCache{lru: newByteLRU[*ast.QueryDocument](maxBytes)}
}

func entrySize(query string) int { return docOverhead*len(query) + 1024 }

// Get implements graphql.Cache.
func (c *queryCache) Get(ctx context.Context, query string) (*ast.QueryDocument, bool) {
	return c.lru.get(query)
}

// known reports whether query is cached, without touching its recency.
func (c *queryCache) known(ctx context.Context, query string) bool { return c.lru.has(query) }

// Add implements graphql.Cache.
func (c *queryCache) Add(ctx context.Context, query string, doc *ast.QueryDocument) {
	c.lru.add(query, doc, entrySize(query))
}

// bytes is the estimated size of what the cache holds.
func (c *queryCache) bytes() int { return c.lru.bytes() }
