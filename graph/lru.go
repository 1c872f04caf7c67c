package graph

import (
	"container/list"
	"sync"
)

// byteLRU is a least-recently-used map from strings to values, bounded by
// the bytes its entries are estimated to hold rather than by their number:
// the query cache and the persisted-query cache both keep texts whose size
// the client chooses.
type byteLRU[V any] struct {
	mu    sync.Mutex
	max   int
	size  int
	ll    *list.List // front: most recently used
	items map[string]*list.Element
}

type lruEntry[V any] struct {
	key  string
	val  V
	size int
}

func newByteLRU[V any](maxBytes int) *byteLRU[V] {
	return &byteLRU[V]{max: maxBytes, ll: list.New(), items: map[string]*list.Element{}}
}

// get returns the value of key and marks it recently used.
func (c *byteLRU[V]) get(key string) (V, bool) { return c.lookup(key, true) }

// peek returns the value of key without touching its recency.
func (c *byteLRU[V]) peek(key string) (V, bool) { return c.lookup(key, false) }

func (c *byteLRU[V]) lookup(key string, touch bool) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	if touch {
		c.ll.MoveToFront(e)
	}
	return e.Value.(*lruEntry[V]).val, true
}

// has reports whether key is held, without touching its recency.
func (c *byteLRU[V]) has(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.items[key]
	return ok
}

// add keeps val under key, counting size bytes, and evicts the least
// recently used entries past the bound. An entry larger than the bound is
// not kept; a key already held is only marked recently used.
func (c *byteLRU[V]) add(key string, val V, size int) {
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&lruEntry[V]{key, val, size})
	c.size += size
	for c.size > c.max {
		last := c.ll.Back()
		ent := last.Value.(*lruEntry[V])
		c.ll.Remove(last)
		delete(c.items, ent.key)
		c.size -= ent.size
	}
}

// bytes is the estimated size of what the cache holds.
func (c *byteLRU[V]) bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// len is the number of entries held.
func (c *byteLRU[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}
