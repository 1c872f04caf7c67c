package loader

import (
	"context"
	"fmt"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// writerPool runs n goroutines that each write one batch at a time, so
// that n write transactions run at once. The store makes every update
// commutative, so the graph does not depend on which batch commits first.
// It fills in the report's Written, Writers, Retries, Stages.Write and
// Stages.WriteWait.
type writerPool struct {
	ctx     context.Context
	parent  context.Context
	cancel  context.CancelFunc
	w       kg.Writer
	rep     *Report
	batches chan []*kg.Facts
	wg      sync.WaitGroup

	mu        sync.Mutex
	werr      error
	unwritten int // articles of batches rolled back or never sent by an interruption
	active    int // write transactions running
	busySince time.Time

	counter  interface{ WriteRetries() int64 }
	retries0 int64
}

// newWriterPool starts the writers (none when w is nil: a dry run). ctx is
// the load's context, cancelled on the first write error; parent the
// caller's, whose cancellation is an interruption rather than an error.
func newWriterPool(ctx, parent context.Context, cancel context.CancelFunc, w kg.Writer, n int, rep *Report) *writerPool {
	p := &writerPool{ctx: ctx, parent: parent, cancel: cancel, w: w, rep: rep, batches: make(chan []*kg.Facts)}
	if w == nil {
		return p
	}
	p.counter, _ = w.(interface{ WriteRetries() int64 })
	if p.counter != nil {
		p.retries0 = p.counter.WriteRetries()
	}
	rep.Writers = n
	// Writers' CPU samples carry stage=write in a profile (tuopin load
	// --cpuprofile); everything else is reading and extraction.
	labels := pprof.Labels("stage", "write")
	for range n {
		p.wg.Add(1)
		go pprof.Do(ctx, labels, func(context.Context) { p.run() })
	}
	return p
}

func (p *writerPool) run() {
	defer p.wg.Done()
	for b := range p.batches {
		p.mu.Lock()
		failed := p.werr != nil
		if !failed {
			if p.active == 0 {
				p.busySince = time.Now()
			}
			p.active++
		}
		p.mu.Unlock()
		if failed {
			continue
		}
		sum, err := p.w.WriteFacts(p.ctx, b)
		p.mu.Lock()
		if p.active--; p.active == 0 {
			p.rep.Stages.Write += time.Since(p.busySince)
		}
		p.rep.Written.Add(sum)
		switch {
		case err != nil && p.parent.Err() != nil:
			// Interrupted while writing: the batch's transaction is
			// rolled back; the report says so.
			p.unwritten += len(b)
		case err != nil && p.werr == nil:
			p.werr = fmt.Errorf("write batch ending with %s: %w", b[len(b)-1].Article.File, err)
			p.cancel()
		}
		p.mu.Unlock()
	}
}

// err is the first write error.
func (p *writerPool) err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.werr
}

// submit hands a batch to the next free writer (waiting for one), or
// counts it unwritten when the load is cancelled first.
// The time it waits is extraction held back by the writers
// (Stages.WriteWait).
func (p *writerPool) submit(b []*kg.Facts) {
	if p.w == nil {
		return
	}
	select {
	case p.batches <- b:
		return
	default:
	}
	t := time.Now()
	defer func() { p.rep.Stages.WriteWait += time.Since(t) }()
	select {
	case p.batches <- b:
	case <-p.ctx.Done():
		p.mu.Lock()
		p.unwritten += len(b)
		p.mu.Unlock()
	}
}

// finish waits for the writers and fills in the retries. Waiting for the
// last batches once extraction has ended counts as WriteWait.
func (p *writerPool) finish() {
	t := time.Now()
	close(p.batches)
	p.wg.Wait()
	if p.w != nil {
		p.rep.Stages.WriteWait += time.Since(t)
	}
	if p.counter != nil {
		p.rep.Retries = p.counter.WriteRetries() - p.retries0
	}
}
