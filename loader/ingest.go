package loader

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/textnorm"
)

// ExtractFunc turns one input file into facts (normally Extractor.ExtractBytes).
type ExtractFunc func(name string, raw []byte) (*kg.Facts, error)

// DefaultBatchSize is how many articles one write transaction takes by
// default. With two writers, a transaction holds the locks of the regions
// and popular fact relationships it writes until it commits, and the other
// writer waits for them. Batches of 50 once shortened those waits (fifth
// round: 0.87–0.90× the wall time of batches of 100 at 20,000 articles);
// with today's writer, 100,000 articles load in 0.91× the wall time with
// batches of 100 (302.8 and 305.7 s against 335.4 s), with a quarter of the
// deadlock retries and the same Neo4j heap (bench/results/load-batch-100k-round15.md).
const DefaultBatchSize = 100

// LoadOptions configures Load.
type LoadOptions struct {
	Workers   int           // extraction goroutines; default GOMAXPROCS
	BatchSize int           // articles per write transaction; default DefaultBatchSize
	Writers   int           // write transactions at once; default 2
	MaxBytes  int64         // larger inputs (standard input too) fail, never cut; default DefaultMaxBytes
	Progress  io.Writer     // nil for none
	Terminal  bool          // redraw one progress line instead of printing periodic lines
	Interval  time.Duration // progress period; default 2 s
	Stdin     io.Reader     // read for the path "-"
	// Inputs, if set, is called once with the number of inputs found,
	// before any is read (e.g. to size a memory limit for the load).
	Inputs func(n int)
}

// SeenBytesPerInput is about the memory Load's repeated-article check
// holds per input, for the whole load (a map of 16-byte keys to 4-byte
// indexes, sized for every input at the start: 45 MB at 1,000,000 inputs,
// measured with the map alone).
const SeenBytesPerInput = 48

// FileIssue says why a file was skipped or failed.
type FileIssue struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// StageTimes is the time spent in each stage. Read and Extract add up the
// work of all workers; Write, WriteWait and Total are wall-clock.
//
// Write is the time at least one write transaction was running; with
// several writers and a steady flow of batches it is close to Total
// whichever stage is the slower, so it does not say what bounds a load.
// WriteWait does: the time the load waited for the writers, i.e. a batch
// was ready and every writer was busy (extraction held back), plus the
// wait for the last batches after extraction ended. WriteWait / Total is
// the load's write share: near 0 when extraction bounds the load, near 1
// when the writers do.
type StageTimes struct {
	Read      time.Duration `json:"read"`
	Extract   time.Duration `json:"extract"`
	Write     time.Duration `json:"write"`
	WriteWait time.Duration `json:"writeWait"`
	Total     time.Duration `json:"total"`
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

// beginLoad starts a load of paths (a dry run when w is nil): the start
// time, o with its defaults, the report with the inputs listed (those
// skipped or failed already recorded) and the files to read.
func beginLoad(paths []string, w kg.Writer, o LoadOptions) (time.Time, LoadOptions, *Report, *Paths) {
	start := time.Now()
	rep, files := newReport(paths, w)
	return start, o.withDefaults(), rep, files
}

// withDefaults is o with its zero fields set to their defaults.
func (o LoadOptions) withDefaults() LoadOptions {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
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
	return o
}

// newReport starts the report of a load of paths (a dry run when w is nil):
// it lists the inputs, recording those skipped or failed already, and
// returns the files to read.
func newReport(paths []string, w kg.Writer) (*Report, *Paths) {
	rep := &Report{DryRun: w == nil, Skipped: []FileIssue{}, Failed: []FileIssue{}}
	files, skipped, bad := ExpandPaths(paths)
	rep.Files = files.Len() + len(skipped) + len(bad)
	rep.Skipped = append(rep.Skipped, skipped...)
	rep.Failed = append(rep.Failed, bad...)
	return rep, files
}

// Load reads, extracts and (unless w is nil: a dry run) writes the inputs.
// A bad file never stops the others: it is recorded in the report. Load
// returns an error only when writing fails or ctx is cancelled; the report
// is filled in either case.
func Load(ctx context.Context, paths []string, extract ExtractFunc, w kg.Writer, o LoadOptions) (*Report, error) {
	start, o, rep, files := beginLoad(paths, w, o)
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	nfiles := files.Len()
	prog := newProgress(o, nfiles, start)
	// Article id (by a 128-bit hash: at a million articles the ids
	// themselves would keep ~150 MB alive) -> index of its first file.
	// Sized for every input at the start, so it never grows (and doubles)
	// late in a long load: ~45 bytes per input (SeenBytesPerInput).
	if o.Inputs != nil {
		o.Inputs(nfiles)
	}
	seen := make(map[[16]byte]int32, nfiles)
	sliceFiles, sliceTime := 0, time.Duration(0) // where the last tenth ended

	wp := newWriterPool(ctx, parent, cancel, w, o.Writers, o.BatchSize, rep)
	writeErr := wp.err
	finish := wp.finish

	// On cancellation (SIGINT, SIGTERM) stop at once: batches written so far
	// stay committed; files being read or extracted are abandoned, so a
	// stuck read or a long extraction cannot hold the load.
	ro := ReadOptions{Workers: o.Workers, MaxBytes: o.MaxBytes, Stdin: o.Stdin, Ahead: o.Workers*4 + o.BatchSize}
	next := ReadPaths(ctx, files, ro, func(name string, raw []byte) (*kg.Facts, error) {
		f, err := extract(name, raw)
		switch {
		case err != nil:
			return nil, err
		case f == nil:
			return nil, fmt.Errorf("%s: extractor returned nothing", name)
		case f.Article.File == "":
			f.Article.File = name
		}
		if f.Article.Path == "" {
			f.Article.Path = SourcePath(name)
		}
		return f, nil
	}, func(r Input[*kg.Facts]) {
		done := r.Index + 1
		// The last tenth ends when its writes do, below.
		if nfiles >= 10 && len(rep.SliceRates) < 9 && done == (len(rep.SliceRates)+1)*nfiles/10 {
			now := time.Since(start)
			rep.SliceRates = append(rep.SliceRates, float64(done-sliceFiles)/(now-sliceTime).Seconds())
			sliceFiles, sliceTime = done, now
		}
		rep.Bytes += r.Bytes
		rep.Stages.Read += r.Read
		rep.Stages.Extract += r.Work
		switch {
		case errors.Is(r.Err, textnorm.ErrEmpty):
			rep.Skipped = append(rep.Skipped, FileIssue{File: r.File, Reason: "empty"})
		case r.Skipped():
			rep.Skipped = append(rep.Skipped, FileIssue{File: r.File, Reason: strings.TrimPrefix(r.Err.Error(), r.File+": ")})
		case r.Err != nil:
			// Errors usually start with the file name already.
			reason := r.Err.Error()
			if kg.ErrorCode(r.Err) != kg.EINTERNAL {
				reason = kg.ErrorMessage(r.Err)
			}
			reason = strings.TrimPrefix(reason, r.File+": ")
			rep.Failed = append(rep.Failed, FileIssue{File: r.File, Reason: reason})
		default:
			rep.Read++
			idKey := articleKey(r.Value.Article.ID)
			if first, dup := seen[idKey]; dup {
				rep.Skipped = append(rep.Skipped, FileIssue{File: r.File, Reason: "same article as " + files.At(int(first))})
				break
			}
			seen[idKey] = int32(r.Index)
			rep.Articles++
			rep.Facts += r.Value.Count()
			wp.add(r.Value)
		}
		prog.update(done, rep)
	})
	interrupted := ctx.Err() != nil && writeErr() == nil
	if interrupted || (writeErr() == nil && parent.Err() != nil) {
		finish()
		rep.Stages.Total = time.Since(start)
		prog.done(rep)
		rep.Interrupt = fmt.Sprintf("interrupted (%v) after %d of %d files; %d extracted articles not written; the batches written before stay committed",
			context.Cause(parent), next, nfiles, wp.unwritten+wp.pending())
		return rep, parent.Err()
	}
	wp.flush()
	finish()
	rep.Stages.Total = time.Since(start)
	if len(rep.SliceRates) == 9 {
		rep.SliceRates = append(rep.SliceRates, float64(nfiles-sliceFiles)/(rep.Stages.Total-sliceTime).Seconds())
	}
	prog.done(rep)
	if werr := writeErr(); werr != nil {
		rep.Interrupt = werr.Error()
		return rep, werr
	}
	return rep, nil
}

// articleKey is the 128-bit FNV-1a hash of an article id, for telling
// repeated articles apart in memory that does not grow with id length.
func articleKey(id string) [16]byte {
	h := fnv.New128a()
	h.Write([]byte(id))
	var k [16]byte
	h.Sum(k[:0])
	return k
}

// SourcePath is the Path of an article read from the input name (as
// ReadInputs names it): its absolute path, so that two files of one base name
// in different folders are two sources and only a file read from the same
// place replaces an article; "" for standard input.
func SourcePath(name string) string {
	if name == "stdin" {
		return ""
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return ""
	}
	return abs
}
