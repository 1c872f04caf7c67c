package loader

import (
	"context"
	"fmt"
	"hash/fnv"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// writerPool runs n goroutines that each write one batch at a time, so
// that n write transactions run at once. The store makes every update
// commutative, so the graph does not depend on which batch commits first.
//
// Articles are partitioned among the writers by province (the one most of
// an article's regions lie in; the article id when it names none), and each
// writer gets the batches of its own partition: two concurrent transactions
// then rarely touch the same county or prefecture, whose locks they would
// otherwise wait for (a new relationship locks both its ends until commit)
// or deadlock on. Hubs shared by every province (national programmes,
// industries) are still shared.
// It fills in the report's Written, Writers, Retries, Stages.Write and
// Stages.WriteWait.
type writerPool struct {
	ctx     context.Context
	parent  context.Context
	cancel  context.CancelFunc
	w       kg.Writer
	rep     *Report
	chans   []chan []*kg.Facts // one per writer
	pending [][]*kg.Facts      // the batch being filled, per writer
	size    int                // articles per batch
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
func newWriterPool(ctx, parent context.Context, cancel context.CancelFunc, w kg.Writer, n, size int, rep *Report) *writerPool {
	p := &writerPool{ctx: ctx, parent: parent, cancel: cancel, w: w, rep: rep, size: size}
	if w == nil {
		return p
	}
	p.chans = make([]chan []*kg.Facts, n)
	p.pending = make([][]*kg.Facts, n)
	for i := range p.chans {
		p.chans[i] = make(chan []*kg.Facts)
	}
	p.counter, _ = w.(interface{ WriteRetries() int64 })
	if p.counter != nil {
		p.retries0 = p.counter.WriteRetries()
	}
	rep.Writers = n
	// Writers' CPU samples carry stage=write in a profile (tuopin load
	// --cpuprofile); everything else is reading and extraction.
	labels := pprof.Labels("stage", "write")
	for i := range n {
		p.wg.Add(1)
		go pprof.Do(ctx, labels, func(context.Context) { p.run(p.chans[i]) })
	}
	return p
}

// add queues f for writing; when its partition's batch is full, the batch
// goes to that partition's writer (waiting for it).
func (p *writerPool) add(f *kg.Facts) {
	if p.w == nil {
		return
	}
	i := partition(f, len(p.chans))
	p.pending[i] = append(p.pending[i], f)
	if len(p.pending[i]) >= p.size {
		p.flush(i)
	}
}

// flushAll sends every partition's unfinished batch.
func (p *writerPool) flushAll() {
	for i := range p.pending {
		p.flush(i)
	}
}

func (p *writerPool) flush(i int) {
	b := p.pending[i]
	p.pending[i] = nil
	if len(b) > 0 && p.err() == nil {
		p.submit(i, b)
	}
}

// queued is the number of articles added but not sent to a writer.
func (p *writerPool) queued() int {
	n := 0
	for _, b := range p.pending {
		n += len(b)
	}
	return n
}

// partition maps an article to one of n writers by the province (the first
// two digits of a GB/T 2260 code) most of its regions lie in, the smallest
// on a tie; by its id when it names no region.
func partition(f *kg.Facts, n int) int {
	if n <= 1 {
		return 0
	}
	key, best := "", 0
	for i, r := range f.Regions {
		if len(r.Code) < 2 {
			continue
		}
		prov, c := r.Code[:2], 0
		for _, o := range f.Regions[i:] {
			if strings.HasPrefix(o.Code, prov) {
				c++
			}
		}
		if c > best || (c == best && prov < key) {
			key, best = prov, c
		}
	}
	if key == "" {
		key = f.Article.ID
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (p *writerPool) run(batches <-chan []*kg.Facts) {
	defer p.wg.Done()
	for b := range batches {
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

// submit hands a batch to writer i (waiting for it), or counts it
// unwritten when the load is cancelled first.
// The time it waits is extraction held back by the writers
// (Stages.WriteWait).
func (p *writerPool) submit(i int, b []*kg.Facts) {
	select {
	case p.chans[i] <- b:
		return
	default:
	}
	t := time.Now()
	defer func() { p.rep.Stages.WriteWait += time.Since(t) }()
	select {
	case p.chans[i] <- b:
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
	for _, c := range p.chans {
		close(c)
	}
	p.wg.Wait()
	if p.w != nil {
		p.rep.Stages.WriteWait += time.Since(t)
	}
	if p.counter != nil {
		p.rep.Retries = p.counter.WriteRetries() - p.retries0
	}
}
