package graph

import (
	"container/list"
	"context"
	"sync"

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
type queryCache struct {
	mu    sync.Mutex
	max   int
	size  int
	ll    *list.List // front: most recently used
	items map[string]*list.Element
}

type cacheEntry struct {
	query string
	doc   *ast.QueryDocument
	size  int
}

func newQueryCache(maxBytes int) *queryCache {
	return &queryCache{max: maxBytes, ll: list.New(), items: map[string]*list.Element{}}
}

func entrySize(query string) int { return docOverhead*len(query) + 1024 }

// Get implements graphql.Cache.
func (c *queryCache) Get(ctx context.Context, query string) (*ast.QueryDocument, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[query]
	if !ok {
		return nil, false
	}
	c.ll.MoveToFront(e)
	return e.Value.(*cacheEntry).doc, true
}

// known reports whether query is cached, without touching its recency.
func (c *queryCache) known(ctx context.Context, query string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.items[query]
	return ok
}

// Add implements graphql.Cache.
func (c *queryCache) Add(ctx context.Context, query string, doc *ast.QueryDocument) {
	size := entrySize(query)
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[query]; ok {
		c.ll.MoveToFront(e)
		return
	}
	c.items[query] = c.ll.PushFront(&cacheEntry{query: query, doc: doc, size: size})
	c.size += size
	for c.size > c.max {
		last := c.ll.Back()
		ent := last.Value.(*cacheEntry)
		c.ll.Remove(last)
		delete(c.items, ent.query)
		c.size -= ent.size
	}
}

// bytes is the estimated size of what the cache holds.
func (c *queryCache) bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}
