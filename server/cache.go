package server

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// A cache keeps the data of pages already built. The record changes only
// when reports or corrections are stored, so the data of a page (for a
// given URL and day) stays right until then: the cache is emptied when the
// server writes, and when the store's Version changes (another process
// ingesting), which is looked at no more than once per interval. Concurrent
// requests for the same data wait for one computation. Values are shared
// between requests and must not be changed.
type cache struct {
	max     int
	every   time.Duration
	version func(context.Context) (string, error)
	log     *slog.Logger

	mu       sync.Mutex
	ver      string
	checked  time.Time
	checking bool
	entries  map[string]*cacheEntry
	order    []string // oldest first, for eviction
}

type cacheEntry struct {
	done chan struct{}
	val  any
	err  error
}

func newCache(max int, every time.Duration, version func(context.Context) (string, error), log *slog.Logger) *cache {
	return &cache{max: max, every: every, version: version, log: log, entries: map[string]*cacheEntry{}}
}

// get returns the value under key, computing it when missing. A nil cache
// computes every time.
func (c *cache) get(ctx context.Context, key string, compute func() (any, error)) (any, error) {
	if c == nil {
		return compute()
	}
	c.refresh(ctx)
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		c.mu.Unlock()
		select {
		case <-e.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if e.err != nil && ctx.Err() == nil && (errors.Is(e.err, context.Canceled) || errors.Is(e.err, context.DeadlineExceeded)) {
			return compute() // the request that computed it went away
		}
		return e.val, e.err
	}
	e := &cacheEntry{done: make(chan struct{})}
	c.entries[key] = e
	c.order = append(c.order, key)
	for len(c.entries) > c.max && len(c.order) > 0 {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	if len(c.order) > 2*c.max { // keys of failed computations linger: drop them
		kept := c.order[:0]
		for _, k := range c.order {
			if _, ok := c.entries[k]; ok {
				kept = append(kept, k)
			}
		}
		c.order = kept
	}
	c.mu.Unlock()

	e.val, e.err = compute()
	close(e.done)
	if e.err != nil {
		c.mu.Lock()
		if c.entries[key] == e {
			delete(c.entries, key)
		}
		c.mu.Unlock()
	}
	return e.val, e.err
}

// clear empties the cache: the server has just written.
func (c *cache) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.entries, c.order = map[string]*cacheEntry{}, nil
	c.checked = time.Time{}
	c.mu.Unlock()
}

// refresh looks at the store's version when it is due, and empties the
// cache when the version moved.
func (c *cache) refresh(ctx context.Context) {
	c.mu.Lock()
	if c.checking || time.Since(c.checked) < c.every {
		c.mu.Unlock()
		return
	}
	c.checking = true
	c.mu.Unlock()
	v, err := c.version(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checking = false
	if err != nil {
		c.log.Warn("record version", "err", err)
		return
	}
	c.checked = time.Now()
	if v != c.ver {
		c.ver = v
		c.entries, c.order = map[string]*cacheEntry{}, nil
	}
}
