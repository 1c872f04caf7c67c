package loader

import (
	"context"
	"fmt"
	"hash/fnv"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// writerPool batches articles and runs n goroutines that each write one
// batch at a time, so that n write transactions run at once. The store
// makes every update commutative, so the graph does not depend on which
// batch commits first. It fills in the report's Written, Writers,
// Retries, Stages.Write and Stages.WriteWait.
//
// Articles are batched by partition (their subject region, hashed into
// writePartitions), and a free writer takes the oldest full batch of a
// partition no other writer is writing. Two transactions at once then
// rarely touch the same county: a transaction that creates a county's new
// facts holds that county's lock until it commits, and every other
// transaction writing to it waits (bench/results/load-partition-100k-round16.md).
// A writer never idles while a batch waits: with only batches of busy
// partitions queued (an archive of one county) it takes the oldest.
type writerPool struct {
	ctx    context.Context
	parent context.Context
	cancel context.CancelFunc
	w      kg.Writer
	rep    *Report
	size   int // articles per batch
	wg     sync.WaitGroup

	mu        sync.Mutex
	cond      *sync.Cond               // queue, busy or closed changed
	open      [][]*kg.Facts            // per partition, the batch being filled
	queue     []partBatch              // full batches, oldest first
	busy      [writePartitions + 1]int // writers at work, per partition
	closed    bool
	werr      error
	unwritten int // articles of batches rolled back or never sent by an interruption
	active    int // write transactions running
	busySince time.Time

	counter  interface{ WriteRetries() int64 }
	retries0 int64
}

// writePartitions is how many partitions articles are batched in;
// mixedPartition marks the batches of what remains at the end.
const (
	writePartitions = 16
	mixedPartition  = writePartitions
)

type partBatch struct {
	part  int
	facts []*kg.Facts
}

// newWriterPool starts the writers (none when w is nil: a dry run). ctx is
// the load's context, cancelled on the first write error; parent the
// caller's, whose cancellation is an interruption rather than an error.
func newWriterPool(ctx, parent context.Context, cancel context.CancelFunc, w kg.Writer, n, size int, rep *Report) *writerPool {
	p := &writerPool{ctx: ctx, parent: parent, cancel: cancel, w: w, rep: rep, size: max(size, 1),
		open: make([][]*kg.Facts, writePartitions)}
	p.cond = sync.NewCond(&p.mu)
	if w == nil {
		return p
	}
	// A cancelled load wakes whoever waits on the queue.
	context.AfterFunc(ctx, func() {
		p.mu.Lock()
		p.cond.Broadcast()
		p.mu.Unlock()
	})
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

// partitionOf is an article's partition: its first subject region's code
// (else its id), hashed.
func partitionOf(f *kg.Facts) int {
	key := f.Article.ID
	for _, r := range f.Regions {
		if r.Role == kg.RoleSubject && r.Code != "" {
			key = r.Code
			break
		}
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % writePartitions)
}

// next takes the batch a free writer writes: the oldest of a partition no
// writer is at, else the oldest. It returns false once the pool is closed
// and empty.
func (p *writerPool) next() (partBatch, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.queue) == 0 && !p.closed && p.ctx.Err() == nil {
		p.cond.Wait()
	}
	if len(p.queue) == 0 {
		return partBatch{}, false
	}
	k := 0
	for i, b := range p.queue {
		if p.busy[b.part] == 0 {
			k = i
			break
		}
	}
	b := p.queue[k]
	p.queue = slices.Delete(p.queue, k, k+1)
	p.busy[b.part]++
	p.cond.Broadcast() // room in the queue
	return b, true
}

func (p *writerPool) run() {
	defer p.wg.Done()
	for {
		pb, ok := p.next()
		if !ok {
			return
		}
		b := pb.facts
		p.mu.Lock()
		failed := p.werr != nil || p.ctx.Err() != nil
		if failed {
			if p.werr == nil {
				p.unwritten += len(b)
			}
			p.busy[pb.part]--
			p.mu.Unlock()
			continue
		}
		if p.active == 0 {
			p.busySince = time.Now()
		}
		p.active++
		p.mu.Unlock()
		sum, err := p.w.WriteFacts(p.ctx, b)
		p.mu.Lock()
		p.busy[pb.part]--
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
		p.cond.Broadcast()
		p.mu.Unlock()
	}
}

// err is the first write error.
func (p *writerPool) err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.werr
}

// add puts an article in its partition's batch, and queues the batch when
// it is full.
func (p *writerPool) add(f *kg.Facts) {
	if p.w == nil {
		return
	}
	k := partitionOf(f)
	p.open[k] = append(p.open[k], f)
	if len(p.open[k]) >= p.size {
		b := p.open[k]
		p.open[k] = make([]*kg.Facts, 0, p.size)
		p.submit(partBatch{k, b})
	}
}

// pending is how many added articles are in no queued batch yet.
func (p *writerPool) pending() int {
	n := 0
	for _, b := range p.open {
		n += len(b)
	}
	return n
}

// flush queues what the partitions' batches hold at the end of the input,
// together in batches of the usual size (mixed: few transactions for a
// small load, and the end's contention is a few batches').
func (p *writerPool) flush() {
	var b []*kg.Facts
	for k := range p.open {
		for _, f := range p.open[k] {
			b = append(b, f)
			if len(b) == p.size {
				p.submit(partBatch{mixedPartition, b})
				b = nil
			}
		}
		p.open[k] = nil
	}
	if len(b) > 0 {
		p.submit(partBatch{mixedPartition, b})
	}
}

// submit queues a batch, waiting while as many batches as there are
// writers wait already (so writers have a choice and memory stays
// bounded), or counts it unwritten when the load is cancelled first. The
// time it waits is extraction held back by the writers
// (Stages.WriteWait).
func (p *writerPool) submit(b partBatch) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr != nil {
		return
	}
	if len(p.queue) >= p.rep.Writers {
		t := time.Now()
		for len(p.queue) >= p.rep.Writers && p.ctx.Err() == nil {
			p.cond.Wait()
		}
		p.rep.Stages.WriteWait += time.Since(t)
	}
	if p.ctx.Err() != nil {
		p.unwritten += len(b.facts)
		return
	}
	p.queue = append(p.queue, b)
	p.cond.Broadcast()
}

// finish waits for the writers and fills in the retries. Waiting for the
// last batches once extraction has ended counts as WriteWait. Articles
// not queued (an interrupted load) are the caller's to count (pending).
func (p *writerPool) finish() {
	t := time.Now()
	p.mu.Lock()
	p.closed = true
	p.cond.Broadcast()
	p.mu.Unlock()
	p.wg.Wait()
	if p.w != nil {
		p.rep.Stages.WriteWait += time.Since(t)
	}
	if p.counter != nil {
		p.rep.Retries = p.counter.WriteRetries() - p.retries0
	}
	// Batches left queued by a cancellation were never written.
	p.mu.Lock()
	for _, b := range p.queue {
		p.unwritten += len(b.facts)
	}
	p.queue = nil
	p.mu.Unlock()
}
