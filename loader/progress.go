package loader

import (
	"fmt"
	"strings"
	"time"
)

// progress draws a bar on a terminal and prints periodic lines otherwise.
type progress struct {
	o     LoadOptions
	total int
	start time.Time
	last  time.Time
}

func newProgress(o LoadOptions, total int, start time.Time) *progress {
	return &progress{o: o, total: total, start: start, last: start}
}

func (p *progress) update(done int, r *Report) {
	if p.o.Progress == nil {
		return
	}
	now := time.Now()
	period := p.o.Interval
	if p.o.Terminal {
		period = 100 * time.Millisecond
	}
	if now.Sub(p.last) < period && done < p.total {
		return
	}
	p.last = now
	p.print(done, r, false)
}

func (p *progress) done(r *Report) {
	if p.o.Progress == nil {
		return
	}
	p.print(p.total, r, true)
}

func (p *progress) print(done int, r *Report, final bool) {
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(done) / el
	}
	if p.o.Terminal {
		const width = 30
		fill := 0
		if p.total > 0 {
			fill = done * width / p.total
		}
		fmt.Fprintf(p.o.Progress, "\r[%s%s] %d/%d files  %.0f/s  %d failed ",
			strings.Repeat("#", fill), strings.Repeat(".", width-fill), done, p.total, rate, len(r.Failed))
		if final {
			fmt.Fprintln(p.o.Progress)
		}
		return
	}
	fmt.Fprintf(p.o.Progress, "load: %d/%d files, %d articles, %d facts, %d failed, %.0f files/s\n",
		done, p.total, r.Articles, r.Facts, len(r.Failed), rate)
}
