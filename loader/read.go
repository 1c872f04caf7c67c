package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// The read path, shared by `tuopin load`, `tuopin extract` and the bulk
// load: ExpandInputs lists the inputs, ReadInputs reads them (bounded, never
// blocking on what is not a regular file) and runs a function on each in
// parallel, delivering the outcomes in input order.

// DefaultMaxBytes bounds one input file. News articles run to tens of KB;
// extraction is linear in an article's length (11 MB: 2.5 s of CPU), and the
// bound keeps what one file may cost to seconds.
const DefaultMaxBytes = 2 << 20

// ExpandInputs lists the files under paths: files as given, directories
// recursively (hidden entries skipped), "-" for standard input. The result is
// sorted within each directory so loads are deterministic. Skipped are paths
// that are not regular files (named pipes, devices, sockets, symbolic links
// to directories met inside a directory), which are never opened; failed
// are paths that cannot be listed.
func ExpandInputs(paths []string) (files []string, skipped, failed []FileIssue) {
	list, skipped, failed := ExpandPaths(paths)
	files = make([]string, list.Len())
	for i := range files {
		files[i] = list.At(i)
	}
	return files, skipped, failed
}

// Paths is a list of input paths, as ExpandPaths finds them, held without
// a string per path: the paths under one directory argument share its
// longest common prefix, and the rest of each is a slice of one byte
// array. A million files in one directory take ~20 MB that the collector
// never scans, against ~64 MB of strings (a pointer each) in a []string:
// memory a load would hold from its start to its end (issue 12).
type Paths struct {
	runs []pathRun // in order; the paths of one argument
	buf  []byte    // the rest of every path after its run's prefix
	ends []int     // where each path's rest ends in buf
}

// pathRun is the paths of one argument: n paths from index first, each its
// prefix followed by its rest in buf.
type pathRun struct {
	prefix   string
	first, n int
}

// Len is the number of paths.
func (l *Paths) Len() int { return len(l.ends) }

// At is the i-th path (a new string each call).
func (l *Paths) At(i int) string {
	r := l.runs[sort.Search(len(l.runs), func(k int) bool { return l.runs[k].first+l.runs[k].n > i })]
	start := 0
	if i > 0 {
		start = l.ends[i-1]
	}
	return r.prefix + string(l.buf[start:l.ends[i]])
}

// add appends one argument's paths, given as full paths packed in raw
// (ending at ends), sorted.
func (l *Paths) add(raw []byte, ends []int) {
	if len(ends) == 0 {
		return
	}
	path := func(i int) []byte {
		if i == 0 {
			return raw[:ends[0]]
		}
		return raw[ends[i-1]:ends[i]]
	}
	// The longest common prefix (a single path is its own prefix).
	lcp := path(0)
	for i := 1; i < len(ends); i++ {
		p := path(i)
		n := 0
		for n < len(lcp) && n < len(p) && lcp[n] == p[n] {
			n++
		}
		lcp = lcp[:n]
	}
	order := make([]int32, len(ends))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(path(int(a)), path(int(b))) })
	l.runs = append(l.runs, pathRun{prefix: string(lcp), first: len(l.ends), n: len(ends)})
	l.ends = slices.Grow(l.ends, len(ends))
	for _, i := range order {
		l.buf = append(l.buf, path(int(i))[len(lcp):]...)
		l.ends = append(l.ends, len(l.buf))
	}
}

// addOne appends a single path.
func (l *Paths) addOne(p string) {
	l.runs = append(l.runs, pathRun{prefix: p, first: len(l.ends), n: 1})
	l.ends = append(l.ends, len(l.buf))
}

// ExpandPaths is ExpandInputs with the files as a compact Paths.
func ExpandPaths(paths []string) (list *Paths, skipped, failed []FileIssue) {
	list = &Paths{}
	for _, p := range paths {
		if p == "-" {
			list.addOne(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			failed = append(failed, FileIssue{File: p, Reason: err.Error()})
			continue
		}
		if info.Mode().IsRegular() {
			list.addOne(p)
			continue
		}
		if !info.IsDir() {
			skipped = append(skipped, FileIssue{File: p, Reason: notRegular(info.Mode())})
			continue
		}
		// The paths found, packed: raw[ends[i-1]:ends[i]] is the i-th.
		var raw []byte
		var ends []int
		found := func(path string) {
			raw = append(raw, path...)
			ends = append(ends, len(raw))
		}
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
				found(path)
			case t.IsDir():
			case t&fs.ModeSymlink != 0:
				// Followed to a regular file only: a link to a directory
				// could loop, and one to a device or pipe could hang.
				target, err := os.Stat(path)
				switch {
				case err != nil:
					failed = append(failed, FileIssue{File: path, Reason: err.Error()})
				case target.Mode().IsRegular():
					found(path)
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
		list.add(raw, ends)
	}
	return list, skipped, failed
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

// ReadOptions says how ReadInputs reads.
type ReadOptions struct {
	Workers  int       // goroutines reading and running the function; default GOMAXPROCS
	MaxBytes int64     // larger inputs (standard input too) fail, never cut; default DefaultMaxBytes
	Stdin    io.Reader // read for the path "-"
	// Ahead bounds the inputs read but not yet delivered (default
	// Workers*4), so memory stays flat however many inputs there are.
	Ahead int
}

// Input is the outcome of one input, as ReadInputs delivers it.
type Input[T any] struct {
	Index int    // position in the list given to ReadInputs
	File  string // as listed; "-" is standard input
	Name  string // File, or "stdin" for "-": what do was given
	Value T      // what do returned
	// Err is why the input was not read or do failed: an EINVALID error
	// naming the file when it is over the size bound, one that Skipped
	// recognises when it turned out not to be a regular file.
	Err        error
	Bytes      int64         // bytes read
	Read, Work time.Duration // time reading, time in do
}

// Skipped reports whether Err says the input is not a regular file (it
// changed after it was listed): such an input is skipped, not failed.
func (in Input[T]) Skipped() bool { return errors.Is(in.Err, errNotRegular) }

// ReadInputs reads files (as ExpandInputs lists them) with o.Workers
// goroutines, each at most o.MaxBytes, runs do on each one's bytes and calls
// fn with the outcomes in input order, on the caller's goroutine. A panic in
// do becomes that input's error. ReadInputs returns when every input has
// been delivered, or as soon as ctx is done (inputs still being read are
// abandoned, so a stuck read cannot hold it); it reports how many inputs
// were delivered.
func ReadInputs[T any](ctx context.Context, files []string, o ReadOptions, do func(name string, raw []byte) (T, error), fn func(Input[T])) int {
	return readInputs(ctx, len(files), func(i int) string { return files[i] }, o, do, fn)
}

// ReadPaths is ReadInputs over a Paths.
func ReadPaths[T any](ctx context.Context, files *Paths, o ReadOptions, do func(name string, raw []byte) (T, error), fn func(Input[T])) int {
	return readInputs(ctx, files.Len(), files.At, o, do, fn)
}

// readInputs is ReadInputs over n files, the i-th at(i).
func readInputs[T any](ctx context.Context, n int, at func(int) string, o ReadOptions, do func(name string, raw []byte) (T, error), fn func(Input[T])) int {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Ahead <= 0 {
		o.Ahead = o.Workers * 4
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	results := make(chan Input[T], o.Workers*2)
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- readOne(i, at(i), o, do)
			}
		}()
	}
	window := make(chan struct{}, o.Ahead)
	go func() {
		defer close(jobs)
		for i := range n {
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

	pending := map[int]Input[T]{}
	next := 0
	for next < n {
		select {
		case r, ok := <-results:
			if !ok {
				return next
			}
			pending[r.Index] = r
		case <-ctx.Done():
			// Let the workers finish into the void.
			go func() {
				for range results {
				}
			}()
			return next
		}
		for {
			r, ok := pending[next]
			if !ok || ctx.Err() != nil {
				break
			}
			delete(pending, next)
			next++
			<-window
			fn(r)
		}
	}
	return next
}

func readOne[T any](i int, file string, o ReadOptions, do func(string, []byte) (T, error)) (r Input[T]) {
	r = Input[T]{Index: i, File: file, Name: file}
	if file == "-" {
		r.Name = "stdin"
	}
	defer func() {
		// One bad input must never take the others down.
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("%s: internal error while extracting: %v", file, p)
		}
	}()
	t := time.Now()
	raw, err := ReadInput(file, o.MaxBytes, o.Stdin)
	r.Read = time.Since(t)
	r.Bytes = int64(len(raw))
	if err != nil {
		r.Err = err
		return r
	}
	t = time.Now()
	r.Value, r.Err = do(r.Name, raw)
	r.Work = time.Since(t)
	return r
}

// ReadInput reads one input of at most max bytes: file, or stdin for "-".
// An input over max is an EINVALID error naming it, never a silently
// shortened article.
func ReadInput(file string, max int64, stdin io.Reader) ([]byte, error) {
	r, name, err := openInput(file, stdin, max)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(b)) > max {
		return nil, kg.Errorf(kg.EINVALID, "%s: more than %d bytes, over the limit", name, max)
	}
	return b, nil
}

// openInput opens file, or stdin for "-", for reading at most max bytes. It
// opens a file without blocking (a named pipe with no writer would hang a
// plain open), reads only a regular file, and fails one whose size is
// already over max. name is what errors call the input.
func openInput(file string, stdin io.Reader, max int64) (r io.ReadCloser, name string, err error) {
	if file == "-" {
		if stdin == nil {
			return nil, "", errors.New("stdin: no standard input")
		}
		return io.NopCloser(stdin), "stdin", nil
	}
	f, err := os.OpenFile(file, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, "", err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, "", err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, "", fmt.Errorf("%s: %w (%s); not read", file, errNotRegular, kindOf(info.Mode()))
	}
	if info.Size() > max {
		f.Close()
		return nil, "", kg.Errorf(kg.EINVALID, "%s: file is %d bytes, over the %d-byte limit", file, info.Size(), max)
	}
	return f, file, nil
}
