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
	"syscall"
	"time"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// ExtractFunc turns one input file into facts (normally Extractor.ExtractBytes).
type ExtractFunc func(name string, raw []byte) (*kg.Facts, error)

// LoadOptions configures Load.
type LoadOptions struct {
	Workers   int           // extraction goroutines; default GOMAXPROCS
	BatchSize int           // articles per write transaction; default 100
	Writers   int           // write transactions at once; default 2
	MaxBytes  int64         // larger inputs (standard input too) fail, never cut; default DefaultMaxBytes
	Progress  io.Writer     // nil for none
	Terminal  bool          // redraw one progress line instead of printing periodic lines
	Interval  time.Duration // progress period; default 2 s
	Stdin     io.Reader     // read for the path "-"
}

// DefaultMaxBytes bounds one input file. News articles run to tens of KB;
// extraction is linear in an article's length (11 MB: 2.5 s of CPU), and the
// bound keeps what one file may cost to seconds.
const DefaultMaxBytes = 2 << 20

// FileIssue says why a file was skipped or failed.
type FileIssue struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// StageTimes is the time spent in each stage. Read and Extract add up the
// work of all workers; Write (the time at least one write transaction was
// running) and Total are wall-clock.
type StageTimes struct {
	Read    time.Duration `json:"read"`
	Extract time.Duration `json:"extract"`
	Write   time.Duration `json:"write"`
	Total   time.Duration `json:"total"`
}

// Report says what a load read, skipped, failed and wrote.
type Report struct {
	Files    int             `json:"files"`    // inputs found (read, skipped or failed)
	Read     int             `json:"read"`     // inputs read and extracted
	Bytes    int64           `json:"bytes"`    // bytes read
	Skipped  []FileIssue     `json:"skipped"`  // nothing to load (empty files, duplicates)
	Failed   []FileIssue     `json:"failed"`   // could not be loaded
	Articles int             `json:"articles"` // distinct articles extracted
	Facts    int             `json:"facts"`    // facts extracted
	DryRun   bool            `json:"dryRun"`   // nothing was written
	Written  kg.WriteSummary `json:"written"`  // what the store changed
	Writers  int             `json:"writers"`  // write transactions run at once
	Retries  int64           `json:"retries"`  // write transactions run again (deadlocks, transient errors)
	Stages   StageTimes      `json:"stages"`   // time per stage
	// SliceRates is inputs per second over each tenth of the inputs, in
	// order (how flat the load ran as the graph grew); empty under 10 inputs.
	SliceRates []float64 `json:"sliceRates"`
	Interrupt  string    `json:"interrupt"` // why the load stopped early, if it did
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
// sorted within each directory so loads are deterministic. Paths that cannot
// be read or are not regular files come back as issues.
func ExpandPaths(paths []string) ([]string, []FileIssue) {
	files, skipped, failed := ExpandInputs(paths)
	return files, append(skipped, failed...)
}

// ExpandInputs is ExpandPaths with the issues told apart: skipped are paths
// that are not regular files (named pipes, devices, sockets, symbolic links
// to directories met inside a directory), which are never opened; failed
// are paths that cannot be listed.
func ExpandInputs(paths []string) (files []string, skipped, failed []FileIssue) {
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			failed = append(failed, FileIssue{File: p, Reason: err.Error()})
			continue
		}
		if info.Mode().IsRegular() {
			files = append(files, p)
			continue
		}
		if !info.IsDir() {
			skipped = append(skipped, FileIssue{File: p, Reason: notRegular(info.Mode())})
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, FileIssue{File: path, Reason: err.Error()})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			switch t := d.Type(); {
			case t.IsRegular():
				found = append(found, path)
			case t.IsDir():
			case t&fs.ModeSymlink != 0:
				// Followed to a regular file only: a link to a directory
				// could loop, and one to a device or pipe could hang.
				target, err := os.Stat(path)
				switch {
				case err != nil:
					failed = append(failed, FileIssue{File: path, Reason: err.Error()})
				case target.Mode().IsRegular():
					found = append(found, path)
				default:
					skipped = append(skipped, FileIssue{File: path, Reason: "symbolic link to a " + kindOf(target.Mode()) + ", not followed"})
				}
			default:
				skipped = append(skipped, FileIssue{File: path, Reason: notRegular(t)})
			}
			return nil
		})
		if err != nil {
			failed = append(failed, FileIssue{File: p, Reason: err.Error()})
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files, skipped, failed
}

// kindOf names the kind of file a mode describes.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "regular file"
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	}
	return "special file"
}

func notRegular(m fs.FileMode) string { return "not a regular file (" + kindOf(m) + "); not read" }

// errNotRegular marks an input found not to be a regular file when opened
// (it changed after it was listed): it is skipped, not failed.
var errNotRegular = errors.New("not a regular file")

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
	if o.Writers <= 0 {
		o.Writers = 2
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Interval <= 0 {
		o.Interval = 2 * time.Second
	}
	rep := &Report{DryRun: w == nil, Skipped: []FileIssue{}, Failed: []FileIssue{}}
	files, skipped, bad := ExpandInputs(paths)
	rep.Files = len(files) + len(skipped) + len(bad)
	rep.Skipped = append(rep.Skipped, skipped...)
	rep.Failed = append(rep.Failed, bad...)

	parent := ctx
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
	sliceFiles, sliceTime := 0, time.Duration(0) // where the last tenth ended

	wp := newWriterPool(ctx, parent, cancel, w, o.Writers, rep)
	writeErr := wp.err
	flush := func() {
		if len(batch) == 0 || w == nil || writeErr() != nil {
			batch = batch[:0]
			return
		}
		b := batch
		batch = make([]*kg.Facts, 0, o.BatchSize)
		wp.submit(b)
	}
	finish := wp.finish

	// On cancellation (SIGINT, SIGTERM) stop at once: batches written so far
	// stay committed; files being read or extracted are abandoned, so a
	// stuck read or a long extraction cannot hold the load.
	interrupted := false
collect:
	for {
		var r result
		select {
		case res, ok := <-results:
			if !ok {
				break collect
			}
			r = res
		case <-ctx.Done():
			interrupted = writeErr() == nil
			go func() {
				for range results {
				}
			}()
			break collect
		}
		pending[r.idx] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			// The last tenth ends when its writes do, below.
			if len(files) >= 10 && len(rep.SliceRates) < 9 && next == (len(rep.SliceRates)+1)*len(files)/10 {
				now := time.Since(start)
				rep.SliceRates = append(rep.SliceRates, float64(next-sliceFiles)/(now-sliceTime).Seconds())
				sliceFiles, sliceTime = next, now
			}
			<-window
			rep.Bytes += r.bytes
			rep.Stages.Read += r.read
			rep.Stages.Extract += r.extract
			switch {
			case errors.Is(r.err, textnorm.ErrEmpty):
				rep.Skipped = append(rep.Skipped, FileIssue{File: r.file, Reason: "empty"})
			case errors.Is(r.err, errNotRegular):
				rep.Skipped = append(rep.Skipped, FileIssue{File: r.file, Reason: strings.TrimPrefix(r.err.Error(), r.file+": ")})
			case r.err != nil:
				// Errors usually start with the file name already.
				reason := r.err.Error()
				if kg.ErrorCode(r.err) != kg.EINTERNAL {
					reason = kg.ErrorMessage(r.err)
				}
				reason = strings.TrimPrefix(reason, r.file+": ")
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
	if interrupted || (writeErr() == nil && parent.Err() != nil) {
		finish()
		rep.Stages.Total = time.Since(start)
		prog.done(rep)
		rep.Interrupt = fmt.Sprintf("interrupted (%v) after %d of %d files; %d extracted articles not written; the batches written before stay committed",
			context.Cause(parent), next, len(files), wp.unwritten+len(batch))
		return rep, parent.Err()
	}
	flush()
	finish()
	rep.Stages.Total = time.Since(start)
	if len(rep.SliceRates) == 9 {
		rep.SliceRates = append(rep.SliceRates, float64(len(files)-sliceFiles)/(rep.Stages.Total-sliceTime).Seconds())
	}
	prog.done(rep)
	if werr := writeErr(); werr != nil {
		rep.Interrupt = werr.Error()
		return rep, werr
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
	return ReadInput(file, o.MaxBytes, o.Stdin)
}

// ReadInput reads one input of at most max bytes: file, or stdin for "-".
// It opens file without blocking (a named pipe with no writer would hang a
// plain open), reads only a regular file, and reads at most max bytes of
// it, whatever its size claims to be. An input over max is an EINVALID
// error naming it, never a silently shortened article.
func ReadInput(file string, max int64, stdin io.Reader) ([]byte, error) {
	if file == "-" {
		if stdin == nil {
			return nil, errors.New("stdin: no standard input")
		}
		return readBounded("stdin", stdin, max)
	}
	f, err := os.OpenFile(file, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w (%s); not read", file, errNotRegular, kindOf(info.Mode()))
	}
	if info.Size() > max {
		return nil, kg.Errorf(kg.EINVALID, "%s: file is %d bytes, over the %d-byte limit", file, info.Size(), max)
	}
	return readBounded(file, f, max)
}

func readBounded(name string, r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(b)) > max {
		return nil, kg.Errorf(kg.EINVALID, "%s: more than %d bytes, over the limit", name, max)
	}
	return b, nil
}
