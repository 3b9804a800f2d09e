package cli

import (
	"context"
	"errors"
	"runtime"
	"sync"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
)

// coded is one document's outcome.
type coded struct {
	doc accord.Document
	rec accord.Record
	err error // a read or coding error for this document
}

// codeStream reads paths and codes every document with workers goroutines,
// calling fn with each outcome in input order. Memory stays bounded: at most
// a few documents per worker are in flight.
func codeStream(ctx context.Context, p *pipeline.Pipeline, paths []string, opts read.Options, workers int, timings *pipeline.Timings, fn func(coded) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		c   coded
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 2*workers)
	done := make(chan job, 2*workers)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = read.Paths(ctx, paths, opts, func(doc accord.Document, err error) error {
			select {
			case jobs <- job{seq, coded{doc: doc, err: err}}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local pipeline.Timings
			var tp *pipeline.Timings
			if timings != nil {
				tp = &local
			}
			for j := range jobs {
				if j.c.err == nil {
					j.c.rec, j.c.err = p.CodeTimed(j.c.doc, tp)
				}
				select {
				case done <- j:
				case <-ctx.Done():
				}
			}
			if timings != nil {
				mu.Lock()
				for i := range local.Stage {
					timings.Stage[i] += local.Stage[i]
				}
				timings.Docs += local.Docs
				mu.Unlock()
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	pending := map[int]coded{}
	next := 0
	var fnErr error
	for j := range done {
		if fnErr != nil {
			continue
		}
		pending[j.seq] = j.c
		for {
			c, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := fn(c); err != nil {
				fnErr = err
				cancel()
				break
			}
		}
	}
	if fnErr != nil {
		return fnErr
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return readErr
	}
	return ctx.Err()
}
