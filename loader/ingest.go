package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	kg "github.com/tuopin/tuopin"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// ExtractFunc turns one input file into facts (normally Extractor.ExtractBytes).
type ExtractFunc func(name string, raw []byte) (*kg.Facts, error)

// LoadOptions configures Load.
type LoadOptions struct {
	Workers   int           // extraction goroutines; default GOMAXPROCS
	BatchSize int           // articles per write transaction; default 100
	MaxBytes  int64         // larger files are failed unread; default 64 MiB
	Progress  io.Writer     // nil for none
	Terminal  bool          // redraw one progress line instead of printing periodic lines
	Interval  time.Duration // progress period; default 2 s
	Stdin     io.Reader     // read for the path "-"
}

// FileIssue says why a file was skipped or failed.
type FileIssue struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// StageTimes is the time spent in each stage. Read and Extract add up the
// work of all workers; Write and Total are wall-clock.
type StageTimes struct {
	Read    time.Duration `json:"read"`
	Extract time.Duration `json:"extract"`
	Write   time.Duration `json:"write"`
	Total   time.Duration `json:"total"`
}

// Report says what a load read, skipped, failed and wrote.
type Report struct {
	Files     int             `json:"files"`     // inputs found
	Read      int             `json:"read"`      // inputs read and extracted
	Bytes     int64           `json:"bytes"`     // bytes read
	Skipped   []FileIssue     `json:"skipped"`   // nothing to load (empty files, duplicates)
	Failed    []FileIssue     `json:"failed"`    // could not be loaded
	Articles  int             `json:"articles"`  // distinct articles extracted
	Facts     int             `json:"facts"`     // facts extracted
	DryRun    bool            `json:"dryRun"`    // nothing was written
	Written   kg.WriteSummary `json:"written"`   // what the store changed
	Stages    StageTimes      `json:"stages"`    // time per stage
	Interrupt string          `json:"interrupt"` // why the load stopped early, if it did
}

// FilesPerSecond is the extraction throughput over the whole load.
func (r *Report) FilesPerSecond() float64 {
	if r.Stages.Total <= 0 {
		return 0
	}
	return float64(r.Read) / r.Stages.Total.Seconds()
}

// ExpandPaths lists the files under paths: files as given, directories
// recursively (hidden entries skipped), "-" for standard input. The result is
// sorted within each directory so loads are deterministic.
func ExpandPaths(paths []string) ([]string, []FileIssue) {
	var files []string
	var bad []FileIssue
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			bad = append(bad, FileIssue{File: p, Reason: err.Error()})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, FileIssue{File: path, Reason: err.Error()})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			bad = append(bad, FileIssue{File: p, Reason: err.Error()})
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files, bad
}

type result struct {
	idx     int
	file    string
	facts   *kg.Facts
	err     error
	bytes   int64
	read    time.Duration
	extract time.Duration
}

// Load reads, extracts and (unless w is nil: a dry run) writes the inputs.
// A bad file never stops the others: it is recorded in the report. Load
// returns an error only when writing fails or ctx is cancelled; the report
// is filled in either case.
func Load(ctx context.Context, paths []string, extract ExtractFunc, w kg.Writer, o LoadOptions) (*Report, error) {
	start := time.Now()
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 100
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 64 << 20
	}
	if o.Interval <= 0 {
		o.Interval = 2 * time.Second
	}
	rep := &Report{DryRun: w == nil, Skipped: []FileIssue{}, Failed: []FileIssue{}}
	files, bad := ExpandPaths(paths)
	rep.Files = len(files)
	rep.Failed = append(rep.Failed, bad...)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan int)
	results := make(chan result, o.Workers*2)
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- work(i, files[i], extract, o)
			}
		}()
	}
	// The window bounds how far extraction may run ahead of the writer, so
	// memory stays flat however many files there are.
	window := make(chan struct{}, o.Workers*4+o.BatchSize)
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	prog := newProgress(o, len(files), start)
	pending := map[int]result{}
	next := 0
	seen := map[string]string{} // article id -> first file
	var batch []*kg.Facts
	var werr error
	flush := func() {
		if len(batch) == 0 || werr != nil {
			batch = batch[:0]
			return
		}
		if w != nil {
			t := time.Now()
			sum, err := w.WriteFacts(ctx, batch)
			rep.Stages.Write += time.Since(t)
			rep.Written.Add(sum)
			if err != nil {
				werr = fmt.Errorf("write batch ending with %s: %w", batch[len(batch)-1].Article.File, err)
				cancel()
			}
		}
		batch = batch[:0]
	}
	for r := range results {
		pending[r.idx] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			rep.Bytes += r.bytes
			rep.Stages.Read += r.read
			rep.Stages.Extract += r.extract
			switch {
			case errors.Is(r.err, textnorm.ErrEmpty):
				rep.Skipped = append(rep.Skipped, FileIssue{File: r.file, Reason: "empty"})
			case r.err != nil:
				// Errors usually start with the file name already.
				reason := strings.TrimPrefix(r.err.Error(), r.file+": ")
				rep.Failed = append(rep.Failed, FileIssue{File: r.file, Reason: reason})
			default:
				rep.Read++
				if first, dup := seen[r.facts.Article.ID]; dup {
					rep.Skipped = append(rep.Skipped, FileIssue{File: r.file, Reason: "same article as " + first})
					break
				}
				seen[r.facts.Article.ID] = r.file
				rep.Articles++
				rep.Facts += r.facts.Count()
				batch = append(batch, r.facts)
				if len(batch) >= o.BatchSize {
					flush()
				}
			}
			prog.update(next, rep)
		}
	}
	flush()
	rep.Stages.Total = time.Since(start)
	prog.done(rep)
	if werr != nil {
		rep.Interrupt = werr.Error()
		return rep, werr
	}
	if err := ctx.Err(); err != nil && next < len(files) {
		rep.Interrupt = err.Error()
		return rep, err
	}
	return rep, nil
}

func work(i int, file string, extract ExtractFunc, o LoadOptions) (r result) {
	r = result{idx: i, file: file}
	defer func() {
		// One bad file must never take the load down.
		if p := recover(); p != nil {
			r.err = fmt.Errorf("%s: internal error while extracting: %v", file, p)
		}
	}()
	t := time.Now()
	raw, err := readInput(file, o)
	r.read = time.Since(t)
	r.bytes = int64(len(raw))
	if err != nil {
		r.err = err
		return r
	}
	t = time.Now()
	name := file
	if file == "-" {
		name = "stdin"
	}
	r.facts, r.err = extract(name, raw)
	r.extract = time.Since(t)
	if r.err == nil && r.facts != nil && r.facts.Article.File == "" {
		r.facts.Article.File = name
	}
	if r.err == nil && r.facts == nil {
		r.err = fmt.Errorf("%s: extractor returned nothing", file)
	}
	return r
}

func readInput(file string, o LoadOptions) ([]byte, error) {
	if file == "-" {
		if o.Stdin == nil {
			return nil, errors.New("stdin: no standard input")
		}
		return io.ReadAll(io.LimitReader(o.Stdin, o.MaxBytes+1))
	}
	info, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	if info.Size() > o.MaxBytes {
		return nil, fmt.Errorf("%s: file is %d bytes, over the %d-byte limit", file, info.Size(), o.MaxBytes)
	}
	return os.ReadFile(file)
}
