package loader

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// LoadFacts writes facts extracted elsewhere: each input holds one
// kg.Facts per line (JSON Lines, as `tuopin extract --facts` prints), so
// that extraction can run on many machines over shards of the articles and
// one process writes the graph. Inputs are read in order; an article seen
// before (same id) is skipped, a line that is not a valid kg.Facts fails by
// file and line, and the other lines still load. Batching, writers and the
// report are those of Load (Read counts the lines read).
func LoadFacts(ctx context.Context, paths []string, w kg.Writer, o LoadOptions) (*Report, error) {
	start, o, rep, files := beginLoad(paths, w, o)
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	wp := newWriterPool(ctx, parent, cancel, w, o.Writers, o.BatchSize, rep)
	prog := newProgress(o, files.Len(), start)
	seen := map[string]string{}
	for i := range files.Len() {
		if ctx.Err() != nil {
			break
		}
		file := files.At(i)
		t := time.Now()
		err := readFactLines(file, o, func(line int, f *kg.Facts) {
			where := fmt.Sprintf("%s:%d", file, line)
			rep.Read++
			if first, dup := seen[f.Article.ID]; dup {
				rep.Skipped = append(rep.Skipped, FileIssue{File: where, Reason: "same article as " + first})
				return
			}
			seen[f.Article.ID] = where
			rep.Articles++
			rep.Facts += f.Count()
			rep.Stages.Read += time.Since(t)
			wp.add(f)
			t = time.Now()
		}, func(issue FileIssue) { rep.Failed = append(rep.Failed, issue) })
		if err != nil {
			rep.Failed = append(rep.Failed, FileIssue{File: file, Reason: err.Error()})
		}
		prog.update(i+1, rep)
	}
	if parent.Err() != nil {
		wp.finish()
		rep.Stages.Total = time.Since(start)
		prog.done(rep)
		rep.Interrupt = fmt.Sprintf("interrupted (%v); %d articles not written; the batches written before stay committed",
			context.Cause(parent), wp.unwritten+wp.pending())
		return rep, parent.Err()
	}
	wp.flush()
	wp.finish()
	rep.Stages.Total = time.Since(start)
	prog.done(rep)
	if werr := wp.err(); werr != nil {
		rep.Interrupt = werr.Error()
		return rep, werr
	}
	return rep, nil
}

// readFactLines calls ok for every valid line of file and bad for every
// invalid one; it returns an error when the file cannot be read at all.
func readFactLines(file string, o LoadOptions, ok func(line int, f *kg.Facts), bad func(FileIssue)) error {
	// A file of facts may be long; MaxBytes bounds each line instead.
	r, _, err := openInput(file, o.Stdin, math.MaxInt64)
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), int(o.MaxBytes))
	n := 0
	for sc.Scan() {
		n++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var f kg.Facts
		if err := json.Unmarshal(b, &f); err != nil {
			bad(FileIssue{File: fmt.Sprintf("%s:%d", file, n), Reason: "not a kg.Facts JSON object: " + err.Error()})
			continue
		}
		if f.Article.ID == "" {
			bad(FileIssue{File: fmt.Sprintf("%s:%d", file, n), Reason: "article.id is missing"})
			continue
		}
		ok(n, &f)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return kg.Errorf(kg.EINVALID, "%s: line %d is over the %d-byte limit", file, n+1, o.MaxBytes)
		}
		return err
	}
	return nil
}
