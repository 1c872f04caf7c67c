package neo4jstore

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"

	"github.com/tuopin/tuopin/kg"
)

// Bulk is a kg.Writer that writes CSV files in the format of Neo4j's bulk
// importer (`neo4j-admin database import full`), gzip-compressed
// (*.csv.gz), instead of writing to a database. Its result, imported into
// an empty database, is the graph that WriteFacts builds from the same
// articles (Digest-equal; TestBulkDigest).
//
// Memory stays bounded however many articles are written: articles and
// their MENTIONS are unique and go straight to their CSV files; every
// other row (entities, structural and fact relationships) is spilled to
// one of bulkShards files by a hash of its key (binary records in Snappy
// frames, bulk_spill.go), and Finish merges each shard in memory by itself
// (a large one in parts, splitAt), with the same rules as the Cypher
// statements (last write wins for an entity's properties, titles are united, support
// counts and confidence levels add, the 20 smallest evidence strings stay,
// the greatest title or mechanism wins).
//
// WriteFacts may be called from several goroutines at once (the rows of a
// batch are built and encoded outside any lock; only appending the encoded
// bytes to a file takes that file's lock), and Finish merges the shards on
// all cores, so neither stage holds the load to one core. WriteFacts must
// not be called concurrently with Finish.
type Bulk struct {
	dir       string
	state     sync.RWMutex // WriteFacts hold it shared, Finish exclusively
	finished  bool
	shards    []*spillShard
	outsMu    sync.Mutex
	outs      map[string]*csvOut
	articles  atomic.Int64
	multiline atomic.Bool
}

// spillShard is one spill file (bulk_spill.go: compressed frames of
// binary records).
type spillShard struct {
	mu      sync.Mutex
	f       *os.File
	w       *bufio.Writer
	path    string
	raw     int64  // bytes of records before compression
	pending []byte // records not yet compressed (less than frameAt)
}

// frames holds buffers for compressed frames (*[]byte).
var frames = sync.Pool{New: func() any { return new([]byte) }}

// frameAt is the size of records a spill shard gathers, across batches,
// before compressing them into one frame: a batch of 100 articles gives a
// shard ~8 KB of records, which Snappy (whose window is 64 KB) compresses
// less well than 64 KB (the spill took 12.0 KB per article at a million
// with a frame per batch and shard; bench/results/load-bulk-1m-round9.md).
const frameAt = 64 << 10

// bulkShards is how many spill files rows are spread over: at 1,000,000
// articles (~30 M merged rows) one shard holds ~120,000 rows, and Finish
// holds as many shards in memory at once as it merges in parallel.
const bulkShards = 256

// flushAt is the size at which an encoded chunk is appended to its file.
const flushAt = 256 << 10

// splitAt is the most bytes of records (before compression) Finish merges
// in memory at once: a larger shard is first split by another part of the
// hash of its keys into parts of about this size, so the memory of the
// merge stays bounded however many articles were written (at 1,000,000
// articles a shard holds ~60 MB of records). Decoded and merged, rows take
// about twice their records' bytes, on each core.
var splitAt int64 = 24 << 20 // a variable for the tests

// arrayDelimiter separates the items of a list property in the CSV (the
// importer's --array-delimiter): the unit separator, which normalised text
// never holds.
const arrayDelimiter = "\x1f"

// NewBulk starts writing import files into dir, which must be empty or
// absent.
func NewBulk(dir string) (*Bulk, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	if len(ents) > 0 {
		return nil, kg.Errorf(kg.EINVALID, "bulk output directory %s is not empty", dir)
	}
	if err := os.MkdirAll(filepath.Join(dir, "spill"), 0o755); err != nil {
		return nil, err
	}
	b := &Bulk{dir: dir, outs: map[string]*csvOut{}}
	for i := range bulkShards {
		path := filepath.Join(dir, "spill", fmt.Sprintf("%03d.bin", i))
		f, err := os.Create(path)
		if err != nil {
			b.closeShards()
			return nil, err
		}
		b.shards = append(b.shards, &spillShard{f: f, w: bufio.NewWriterSize(f, 32<<10), path: path})
	}
	return b, nil
}

func (b *Bulk) closeShards() {
	for _, s := range b.shards {
		s.f.Close()
	}
}

// Reset implements kg.Writer; a bulk load always starts from nothing.
func (b *Bulk) Reset(context.Context) error { return nil }

// shardHash spreads rows over the spill shards by kind and key; Finish
// splits a large shard by the hash's higher bits.
func shardHash(kind, key string) uint32 {
	return fnvAdd(fnvAdd(fnvAdd(fnvOffset32, kind), "\x00"), key)
}

// shardHashBytes is shardHash of a key held as bytes.
func shardHashBytes(kind string, key []byte) uint32 {
	h := fnvAdd(fnvAdd(fnvOffset32, kind), "\x00")
	for _, c := range key {
		h = (h ^ uint32(c)) * fnvPrime32
	}
	return h
}

// FNV-1a, 32 bits (hash/fnv's New32a, without its allocation).
const (
	fnvOffset32 uint32 = 2166136261
	fnvPrime32  uint32 = 16777619
)

func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime32
	}
	return h
}

// WriteFacts implements kg.Writer: it turns the batch into the writer's
// rows (buildRows) and writes or spills them. Articles must be new (the
// loader never repeats one); a repeated id is an error, not a duplicate
// node the importer would reject later.
func (b *Bulk) WriteFacts(_ context.Context, batch []*kg.Facts) (kg.WriteSummary, error) {
	b.state.RLock()
	defer b.state.RUnlock()
	var sum kg.WriteSummary
	if b.finished {
		return sum, kg.Errorf(kg.EINTERNAL, "bulk: WriteFacts after Finish")
	}
	rows := unsortedRows(batch)
	sum.Articles = len(batch)
	// Articles and MENTIONS are unique: straight to their files, encoded
	// here, appended under the file's lock.
	var err error
	chunk := func(k string, emit func(o *csvOut, buf []byte) ([]byte, error)) error {
		o := b.out(k)
		p := bytePool.Get().(*[]byte)
		defer bytePool.Put(p)
		buf, err := emit(o, (*p)[:0])
		if err != nil {
			return err
		}
		*p = buf[:0]
		return o.append(buf)
	}
	err = chunk("articles", func(o *csvOut, buf []byte) ([]byte, error) {
		for _, r := range rows["articles"] {
			row := r.(map[string]any)
			props := row["props"].(map[string]any)
			props["id"] = row["id"]
			if buf, err = o.encode(buf, props, nil); err != nil {
				return nil, err
			}
			sum.NodesCreated++
		}
		return buf, nil
	})
	if err != nil {
		return sum, err
	}
	b.articles.Add(int64(len(rows["articles"])))
	for _, m := range mentionRows {
		if len(rows[m.rows]) == 0 {
			continue
		}
		err = chunk(m.rows, func(o *csvOut, buf []byte) ([]byte, error) {
			for _, r := range rows[m.rows] {
				row := r.(map[string]any)
				if buf, err = o.encode(buf, map[string]any{":START_ID": row["article"], ":END_ID": row["key"]}, nil); err != nil {
					return nil, err
				}
				sum.RelationshipsCreated++
			}
			return buf, nil
		})
		if err != nil {
			return sum, err
		}
	}
	// Every other row goes to the spill shard of its key, as binary
	// records compressed into one frame per shard and batch (outside any
	// lock), appended under the shard's lock.
	pb := shardBufPool.Get().(*[][]byte)
	defer shardBufPool.Put(pb)
	bufs := *pb
	for i := range bufs {
		bufs[i] = bufs[i][:0]
	}
	for k, list := range rows {
		keyOf, ok := spillKeys[k]
		if !ok {
			continue
		}
		kind := spillKindIndex[k]
		for _, r := range list {
			row := r.(map[string]any)
			key := keyOf(row)
			i := shardHash(k, key) % bulkShards
			if bufs[i], err = appendRecord(bufs[i], kind, key, row); err != nil {
				return sum, err
			}
		}
	}
	for i, buf := range bufs {
		if len(buf) == 0 {
			continue
		}
		sh := b.shards[i]
		sh.mu.Lock()
		sh.pending = append(sh.pending, buf...)
		sh.raw += int64(len(buf))
		var err error
		if len(sh.pending) >= frameAt {
			err = sh.flushPending()
		}
		sh.mu.Unlock()
		if err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// flushPending compresses the shard's pending records into a frame and
// writes it; the caller holds sh.mu (or is Finish).
func (sh *spillShard) flushPending() error {
	if len(sh.pending) == 0 {
		return nil
	}
	fb := frames.Get().(*[]byte)
	defer frames.Put(fb)
	*fb = appendFrame((*fb)[:0], sh.pending)
	sh.pending = sh.pending[:0]
	if _, err := sh.w.Write(*fb); err != nil {
		return fmt.Errorf("bulk spill %s: %w", sh.path, err)
	}
	return nil
}

// Articles is how many articles were written.
func (b *Bulk) Articles() int { return int(b.articles.Load()) }

func field(name string) func(map[string]any) string {
	return func(r map[string]any) string { s, _ := r[name].(string); return s }
}

func pair(a, c string) func(map[string]any) string {
	return func(r map[string]any) string {
		x, _ := r[a].(string)
		y, _ := r[c].(string)
		return x + "\x00" + y
	}
}

// spillKeys says which rows are merged by key, and by which.
var spillKeys = map[string]func(map[string]any) string{
	"regions": field("code"), "partOf": pair("child", "parent"), "officials": field("id"),
	"programs": field("id"), "industries": field("name"), "subtypes": pair("child", "parent"),
	"organizations": field("id"), "statistics": field("id"),
	"servesIn": pair("from", "to"), "implements": pair("from", "to"), "develops": pair("from", "to"),
	"supports": pair("from", "to"), "assists": pair("from", "to"), "reported": pair("from", "to"),
	"operatesIn": pair("from", "to"),
}

var mentionRows = []struct{ rows, label string }{
	{"mRegion", "Region"}, {"mOfficial", "Official"}, {"mProgram", "Program"}, {"mIndustry", "Industry"},
	{"mOrganization", "Organization"}, {"mStatistic", "Statistic"},
}

// column is one CSV column: the row field it reads, its importer type
// (list types end in []; ID(…) columns hold strings) and its header.
type column struct{ name, typ, header string }

// csvFile describes one import file.
type csvFile struct {
	name string // file name
	kind string // "nodes" or "relationships"
	cols []column
}

func cols(spec ...string) []column {
	out := make([]column, 0, len(spec))
	for _, h := range spec {
		c := column{header: h}
		if strings.HasPrefix(h, ":") {
			c.name, _, _ = strings.Cut(h, "(")
		} else {
			c.name, c.typ, _ = strings.Cut(h, ":")
		}
		out = append(out, c)
	}
	return out
}

var factCols = []string{"support:long", "evidence:string[]", "confidenceLevels:double[]", "confidenceCounts:long[]", "confidence:double"}

// csvFiles maps a rows key to its import file.
var csvFiles = func() map[string]csvFile {
	m := map[string]csvFile{
		"articles": {"articles.csv", "nodes", cols("id:ID(Article)", ":LABEL", "title:string", "source:string", "publishedAt:string",
			"file:string", "path:string", "script:string", "encoding:string", "chars:long", "factTypes:string[]", "factFrom:string[]", "factTo:string[]", "factConfidences:double[]",
			kg.ArticleSentences.Spans+":string[]", kg.ArticleSentences.Sentences+":string[]")},
		"regions": {"regions.csv", "nodes", cols("code:ID(Region)", ":LABEL", "name:string", "shortName:string", "level:string", "search:string")},
		"officials": {"officials.csv", "nodes", cols("id:ID(Official)", ":LABEL", "name:string", "place:string", "placeCode:string",
			"search:string", "titles:string[]")},
		"programs":      {"programs.csv", "nodes", cols("id:ID(Program)", ":LABEL", "name:string", "category:string", "local:boolean", "search:string")},
		"industries":    {"industries.csv", "nodes", cols("name:ID(Industry)", ":LABEL", "category:string", "search:string")},
		"organizations": {"organizations.csv", "nodes", cols("id:ID(Organization)", ":LABEL", "name:string", "kind:string", "search:string")},
		"statistics": {"statistics.csv", "nodes", cols("id:ID(Statistic)", ":LABEL", "metric:string", "value:string", "number:double",
			"unit:string", "year:string", "place:string", "placeCode:string")},
		"partOf":   {"part_of.csv", "relationships", cols(":START_ID(Region)", ":END_ID(Region)", ":TYPE")},
		"subtypes": {"subtype_of.csv", "relationships", cols(":START_ID(Industry)", ":END_ID(Industry)", ":TYPE")},
	}
	for _, mr := range mentionRows {
		m[mr.rows] = csvFile{"mentions_" + strings.ToLower(mr.label) + ".csv", "relationships",
			cols(":START_ID(Article)", ":END_ID("+mr.label+")", ":TYPE")}
	}
	for _, f := range factRels {
		c := append([]string{":START_ID(" + f.fromLabel + ")", ":END_ID(" + f.toLabel + ")", ":TYPE"}, factCols...)
		switch f.rel {
		case kg.RelServesIn:
			c = append(c, "title:string", "titles:string[]")
		case kg.RelAssists:
			c = append(c, "mechanism:string")
		}
		m[f.rows] = csvFile{strings.ToLower(f.rel) + ".csv", "relationships", cols(c...)}
	}
	return m
}()

// relTypes gives the :TYPE of each relationship file's rows.
var relTypes = func() map[string]string {
	m := map[string]string{"partOf": kg.RelPartOf, "subtypes": kg.RelSubtypeOf}
	for _, mr := range mentionRows {
		m[mr.rows] = kg.RelMentions
	}
	for _, f := range factRels {
		m[f.rows] = f.rel
	}
	return m
}()

// csvOut is one import file being written, gzip-compressed (the
// importer reads gzip input as it reads plain CSV). Rows are encoded by
// their callers into chunks (encode, no lock), each chunk compressed into
// a gzip member of its own (no lock either) and the member appended whole
// (append, under mu): a gzip file may be several members one after the
// other, read as one stream, so goroutines writing the same file never
// interleave within a row and compress on every core.
type csvOut struct {
	k    string // rows key
	spec csvFile
	name string // file name
	bulk *Bulk
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	err  error
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// bytePool holds the buffers rows are encoded into (and gzip members
// compressed into) while a batch is written: they are copied or written
// out before being put back, so a bulk load does not allocate them anew
// for every batch.
var bytePool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// shardBufPool holds the per-shard spill buffers of WriteFacts (their
// contents are copied into the shard's pending frame).
var shardBufPool = sync.Pool{New: func() any { b := make([][]byte, bulkShards); return &b }}

// gzipMember compresses chunk into one gzip member, appended to dst.
func gzipMember(dst, chunk []byte) []byte {
	buf := bytes.NewBuffer(dst)
	buf.Grow(len(chunk)/3 + 64)
	w := gzipWriters.Get().(*gzip.Writer)
	w.Reset(buf)
	w.Write(chunk) // a bytes.Buffer does not fail
	w.Close()
	gzipWriters.Put(w)
	return buf.Bytes()
}

func (b *Bulk) out(k string) *csvOut {
	b.outsMu.Lock()
	defer b.outsMu.Unlock()
	if o, ok := b.outs[k]; ok {
		return o
	}
	spec := csvFiles[k]
	o := &csvOut{k: k, spec: spec, name: spec.name + ".gz", bulk: b}
	o.f, o.err = os.Create(filepath.Join(b.dir, o.name))
	if o.err == nil {
		o.w = bufio.NewWriterSize(o.f, 256<<10)
		head := make([]string, len(spec.cols))
		for i, c := range spec.cols {
			head[i] = quote(c.header)
		}
		_, o.err = o.w.Write(gzipMember(nil, []byte(strings.Join(head, ",")+"\n")))
	}
	b.outs[k] = o
	return o
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// append compresses encoded rows and writes them to the file.
func (o *csvOut) append(chunk []byte) error {
	if len(chunk) == 0 {
		return nil
	}
	p := bytePool.Get().(*[]byte)
	member := gzipMember((*p)[:0], chunk)
	o.mu.Lock()
	if o.err == nil {
		_, o.err = o.w.Write(member)
	}
	err := o.err
	o.mu.Unlock()
	*p = member[:0]
	bytePool.Put(p)
	return err
}

// encode appends one row to dst; the :ID (or :START_ID, :END_ID) column is
// the first column's value, :LABEL the labels given (or the file's label),
// and :TYPE the file's relationship type. Values are appended in place, with
// no string built per field: this runs for every row of a bulk load.
func (o *csvOut) encode(dst []byte, row map[string]any, labels []string) ([]byte, error) {
	for i, c := range o.spec.cols {
		if i > 0 {
			dst = append(dst, ',')
		}
		var v any
		switch {
		case c.name == ":LABEL":
			if labels == nil {
				labels = []string{strings.TrimSuffix(strings.TrimPrefix(o.spec.cols[0].typ, "ID("), ")")}
			}
			v = labels
		case c.name == ":TYPE":
			v = relTypes[o.k]
		default:
			v = row[c.name]
		}
		var err error
		if dst, err = o.bulk.appendValue(dst, v, c.typ); err != nil {
			return dst, fmt.Errorf("%s column %s: %w", o.name, c.name, err)
		}
	}
	return append(dst, '\n'), nil
}

// appendValue appends one value for a column of type typ (types are the
// importer's; "" and ID(…) columns hold strings). nil is an empty field,
// which the importer leaves out, as Cypher leaves out a null property;
// strings are always quoted, so an empty string stays an empty string.
func (b *Bulk) appendValue(dst []byte, v any, typ string) ([]byte, error) {
	if v == nil {
		return dst, nil
	}
	list := strings.HasSuffix(typ, "[]")
	switch strings.TrimSuffix(typ, "[]") {
	case "long":
		if list {
			return appendNums(dst, v, func(dst []byte, x any) ([]byte, error) {
				n, err := toInt(x)
				return strconv.AppendInt(dst, n, 10), err
			})
		}
		n, err := toInt(v)
		return strconv.AppendInt(dst, n, 10), err
	case "double":
		if list {
			return appendNums(dst, v, func(dst []byte, x any) ([]byte, error) {
				f, err := toFloat(x)
				return appendFloat(dst, f), err
			})
		}
		f, err := toFloat(v)
		return appendFloat(dst, f), err
	case "boolean":
		t, ok := v.(bool)
		if !ok {
			return dst, fmt.Errorf("%v is not a boolean", v)
		}
		return strconv.AppendBool(dst, t), nil
	}
	if list || typ == "" && isList(v) {
		items, err := toStrings(v)
		if err != nil {
			return dst, err
		}
		for _, s := range items {
			if strings.Contains(s, arrayDelimiter) {
				return dst, kg.Errorf(kg.EINVALID, "list item %q holds the array delimiter U+001F", s)
			}
		}
		dst = append(dst, '"')
		for i, s := range items {
			if i > 0 {
				dst = append(dst, arrayDelimiter...)
			}
			dst = b.appendQuoted(dst, s)
		}
		return append(dst, '"'), nil
	}
	s, ok := v.(string)
	if !ok {
		return dst, fmt.Errorf("%v (%T) is not a string", v, v)
	}
	dst = append(dst, '"')
	return append(b.appendQuoted(dst, s), '"'), nil
}

// appendQuoted appends the inside of a quoted CSV field: s with each double
// quote doubled. A line break is noted (the importer then needs
// --multiline-fields=true).
func (b *Bulk) appendQuoted(dst []byte, s string) []byte {
	if strings.ContainsAny(s, "\r\n") {
		b.multiline.Store(true)
	}
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:i+1]...)
		dst = append(dst, '"')
		s = s[i+1:]
	}
}

func isList(v any) bool {
	switch v.(type) {
	case []string, []any:
		return true
	}
	return false
}

func appendFloat(dst []byte, f float64) []byte { return strconv.AppendFloat(dst, f, 'g', -1, 64) }

// appendNums appends a list of numbers joined by the array delimiter, each
// appended by f.
func appendNums(dst []byte, v any, f func([]byte, any) ([]byte, error)) ([]byte, error) {
	switch x := v.(type) {
	case []any:
		return appendJoined(dst, x, f)
	case []float64:
		return appendJoined(dst, x, f)
	case []int:
		return appendJoined(dst, x, f)
	}
	return dst, fmt.Errorf("%v (%T) is not a list", v, v)
}

// appendJoined appends each item by f, the array delimiter between them.
func appendJoined[T any](dst []byte, items []T, f func([]byte, any) ([]byte, error)) ([]byte, error) {
	var err error
	for i, e := range items {
		if i > 0 {
			dst = append(dst, arrayDelimiter...)
		}
		if dst, err = f(dst, e); err != nil {
			return dst, err
		}
	}
	return dst, nil
}

func toStrings(v any) ([]string, error) {
	switch x := v.(type) {
	case []string:
		return x, nil
	case []any:
		out := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("list item %v (%T) is not a string", e, e)
			}
			out[i] = s
		}
		return out, nil
	}
	return nil, fmt.Errorf("%v (%T) is not a list of strings", v, v)
}

func toInt(v any) (int64, error) {
	switch x := v.(type) {
	case int:
		return int64(x), nil
	case int64:
		return x, nil
	case json.Number:
		return x.Int64()
	}
	return 0, fmt.Errorf("%v (%T) is not an integer", v, v)
}

func toFloat(v any) (float64, error) {
	switch x := v.(type) {
	case float64:
		return x, nil
	case int:
		return float64(x), nil
	case int64:
		return float64(x), nil
	case json.Number:
		return x.Float64()
	}
	return 0, fmt.Errorf("%v (%T) is not a number", v, v)
}

// BulkFiles says what Finish wrote: the importer's --nodes and
// --relationships arguments (file names relative to the output directory)
// and whether some field holds a line break (the importer then needs
// --multiline-fields=true).
type BulkFiles struct {
	Dir           string
	Nodes         []string
	Relationships []string
	Multiline     bool
	Articles      int
}

// ImportArgs are the arguments of `neo4j-admin database import full` for
// these files, with paths under dir (the directory where the importer will
// find them).
func (f *BulkFiles) ImportArgs(dir, database string) []string {
	// The database first: after the last --relationships it would be read
	// as one more file.
	// A relationship row whose end no article made a node of (a PART_OF
	// to a parent region that is only a code, a fact naming such a region)
	// is dropped, as the incremental writer's MATCH of its ends drops it;
	// the importer lists the rows it skipped in its report.
	args := []string{database, "--array-delimiter=U+001F", "--overwrite-destination=true",
		"--skip-bad-relationships=true", "--bad-tolerance=1000000000"}
	if f.Multiline {
		args = append(args, "--multiline-fields=true")
	}
	for _, n := range f.Nodes {
		args = append(args, "--nodes="+filepath.Join(dir, n))
	}
	for _, r := range f.Relationships {
		args = append(args, "--relationships="+filepath.Join(dir, r))
	}
	return args
}

// Finish merges the spilled rows, one shard per goroutine on all cores,
// writes the remaining import files, removes the spill files (each as soon
// as it is merged) and returns what it wrote.
func (b *Bulk) Finish() (*BulkFiles, error) {
	b.state.Lock()
	defer b.state.Unlock()
	if b.finished {
		return nil, kg.Errorf(kg.EINTERNAL, "bulk: Finish called twice")
	}
	b.finished = true
	for _, sh := range b.shards {
		if err := sh.flushPending(); err != nil {
			b.closeShards()
			return nil, err
		}
		sh.pending = nil
		if err := sh.w.Flush(); err != nil {
			b.closeShards()
			return nil, fmt.Errorf("bulk spill %s: %w", sh.path, err)
		}
		if _, err := sh.f.Seek(0, io.SeekStart); err != nil {
			b.closeShards()
			return nil, err
		}
	}
	next := make(chan *spillShard)
	errs := make(chan error, bulkShards)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), bulkShards) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for sh := range next {
				if err := b.finishShard(sh); err != nil {
					errs <- err
				}
			}
		}()
	}
	for _, sh := range b.shards {
		if len(errs) > 0 {
			sh.f.Close()
			continue
		}
		next <- sh
	}
	close(next)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, err
	}
	if err := os.RemoveAll(filepath.Join(b.dir, "spill")); err != nil {
		return nil, err
	}
	files := &BulkFiles{Dir: b.dir, Articles: b.Articles()}
	keys := make([]string, 0, len(b.outs))
	for k := range b.outs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		o := b.outs[k]
		if o.err == nil {
			o.err = o.w.Flush()
		}
		if err := o.f.Close(); o.err == nil {
			o.err = err
		}
		if o.err != nil {
			return nil, o.err
		}
		if o.spec.kind == "nodes" {
			files.Nodes = append(files.Nodes, o.name)
		} else {
			files.Relationships = append(files.Relationships, o.name)
		}
	}
	files.Multiline = b.multiline.Load()
	return files, nil
}

// finishShard merges one spill shard into the import files and removes
// it; a shard of more than splitAt bytes of records is first split into
// parts that are merged one after the other.
func (b *Bulk) finishShard(sh *spillShard) error {
	defer sh.f.Close()
	if sh.raw <= splitAt {
		if err := b.mergeShard(sh.f); err != nil {
			return err
		}
		return os.Remove(sh.path)
	}
	n := int((sh.raw + splitAt - 1) / splitAt)
	parts := make([]*os.File, n)
	defer func() {
		for _, p := range parts {
			if p != nil {
				p.Close()
				os.Remove(p.Name())
			}
		}
	}()
	ws := make([]*bufio.Writer, n)
	for i := range parts {
		p, err := os.Create(fmt.Sprintf("%s.%d", sh.path, i))
		if err != nil {
			return err
		}
		parts[i], ws[i] = p, bufio.NewWriterSize(p, 32<<10)
	}
	bufs := make([][]byte, n)
	var frame []byte
	flush := func(i int) error {
		frame = appendFrame(frame[:0], bufs[i])
		bufs[i] = bufs[i][:0]
		_, err := ws[i].Write(frame)
		return err
	}
	fr := newFrameReader(sh.f)
	for {
		raw, err := fr.next()
		if err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("bulk spill %s: %w", sh.path, err)
		}
		d := spillDecoder{b: raw}
		for d.pos < len(d.b) {
			kind, key, rec, err := d.recordKey()
			if err != nil {
				return fmt.Errorf("bulk spill %s: %w", sh.path, err)
			}
			i := int(shardHashBytes(spillKinds[kind], key)/bulkShards) % n
			bufs[i] = append(bufs[i], rec...)
			if len(bufs[i]) >= flushAt {
				if err := flush(i); err != nil {
					return err
				}
			}
		}
	}
	if err := os.Remove(sh.path); err != nil {
		return err
	}
	for i, p := range parts {
		if len(bufs[i]) > 0 {
			if err := flush(i); err != nil {
				return err
			}
		}
		if err := ws[i].Flush(); err != nil {
			return err
		}
		if _, err := p.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if err := b.mergeShard(p); err != nil {
			return err
		}
		p.Close()
		if err := os.Remove(p.Name()); err != nil {
			return err
		}
		parts[i] = nil
	}
	return nil
}

// mergeShard reads one spill file and writes its merged rows, in chunks.
func (b *Bulk) mergeShard(f *os.File) error {
	type entry struct {
		k   string
		row map[string]any
	}
	merged := map[string]*entry{}
	var order []string
	fr := newFrameReader(f)
	for {
		raw, err := fr.next()
		if err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("bulk spill %s: %w", f.Name(), err)
		}
		d := spillDecoder{b: raw}
		for d.pos < len(d.b) {
			kind, key, row, _, err := d.record()
			if err != nil {
				return fmt.Errorf("bulk spill %s: %w", f.Name(), err)
			}
			k := spillKinds[kind]
			id := k + "\x00" + key
			e, ok := merged[id]
			if !ok {
				merged[id] = &entry{k: k, row: row}
				order = append(order, id)
				continue
			}
			if err := mergeRow(k, e.row, row); err != nil {
				return err
			}
		}
	}
	chunks := map[string][]byte{}
	for _, id := range order {
		e := merged[id]
		delete(merged, id)
		row := e.row
		var labels []string
		switch e.k {
		case "regions":
			labels = []string{"Region"}
			if l := levelLabel(row["level"]); l != "" {
				labels = append(labels, l)
			}
		case "statistics":
			props := row["props"].(map[string]any)
			props["id"] = row["id"]
			row = props
		case "officials", "programs", "organizations":
			row["search"] = row["name"]
		case "industries":
			row["search"] = row["name"]
		case "partOf", "subtypes":
			row = map[string]any{":START_ID": row["child"], ":END_ID": row["parent"]}
		}
		if _, fact := relKeys[e.k]; fact {
			row[":START_ID"], row[":END_ID"] = row["from"], row["to"]
			row["confidence"] = maxOf(row["levels"])
			row["confidenceLevels"], row["confidenceCounts"] = row["levels"], row["counts"]
		}
		o := b.out(e.k)
		buf, err := o.encode(chunks[e.k], row, labels)
		if err != nil {
			return err
		}
		if len(buf) >= flushAt {
			if err := o.append(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
		chunks[e.k] = buf
	}
	for k, buf := range chunks {
		if err := b.out(k).append(buf); err != nil {
			return err
		}
	}
	return nil
}

func levelLabel(v any) string {
	switch v {
	case "province":
		return "Province"
	case "prefecture":
		return "Prefecture"
	case "county":
		return "County"
	case "town":
		return "Town"
	case "village":
		return "Village"
	}
	return ""
}

func maxOf(levels any) float64 {
	m := 0.0
	items, _ := levels.([]any)
	for _, l := range items {
		if f, err := toFloat(l); err == nil && f > m {
			m = f
		}
	}
	return m
}

// mergeRow folds a later row into an earlier one with the same key, as the
// write statements would have updated the stored node or relationship.
func mergeRow(k string, into, next map[string]any) error {
	switch k {
	case "regions", "programs", "organizations":
		for key, v := range next {
			into[key] = v
		}
	case "statistics":
		p := into["props"].(map[string]any)
		for key, v := range next["props"].(map[string]any) {
			p[key] = v
		}
	case "officials":
		titles, _ := into["titles"].([]any)
		nt, _ := next["titles"].([]any)
		for _, t := range nt {
			if !slices.Contains(titles, t) {
				titles = append(titles, t)
			}
		}
		for key, v := range next {
			into[key] = v
		}
		into["titles"] = titles
	case "industries":
		if c, ok := next["category"].(string); ok {
			if cur, ok := into["category"].(string); !ok || c > cur {
				into["category"] = c
			}
		}
	case "partOf", "subtypes":
	default:
		if _, fact := relKeys[k]; !fact {
			return fmt.Errorf("bulk: no merge rule for %s", k)
		}
		return mergeFact(into, next)
	}
	return nil
}

// mergeFact adds one batch's provenance of a relationship to another's.
func mergeFact(into, next map[string]any) error {
	a, err := toInt(into["support"])
	if err != nil {
		return err
	}
	c, err := toInt(next["support"])
	if err != nil {
		return err
	}
	into["support"] = a + c
	ev, _ := toStrings(orEmpty(into["evidence"]))
	nev, _ := toStrings(orEmpty(next["evidence"]))
	for _, e := range nev {
		if !slices.Contains(ev, e) {
			ev = append(ev, e)
		}
	}
	// Sorted, so the files do not depend on the order writers merged in.
	slices.Sort(ev)
	if len(ev) > maxEvidence {
		ev = ev[:maxEvidence]
	}
	into["evidence"] = ev
	levels, _ := into["levels"].([]any)
	counts, _ := into["counts"].([]any)
	nl, _ := next["levels"].([]any)
	nc, _ := next["counts"].([]any)
	for i, l := range nl {
		lf, _ := toFloat(l)
		n, _ := toInt(nc[i])
		j := slices.IndexFunc(levels, func(x any) bool { f, _ := toFloat(x); return f == lf })
		if j < 0 {
			levels = append(levels, l)
			counts = append(counts, n)
			continue
		}
		m, _ := toInt(counts[j])
		counts[j] = m + n
	}
	// Levels in ascending order with their counts, for the same reason.
	idx := make([]int, len(levels))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		a, _ := toFloat(levels[i])
		b, _ := toFloat(levels[j])
		return cmp.Compare(a, b)
	})
	sl, sc := make([]any, len(idx)), make([]any, len(idx))
	for i, j := range idx {
		sl[i], sc[i] = levels[j], counts[j]
	}
	into["levels"], into["counts"] = sl, sc
	if t, ok := next["title"].(string); ok {
		if cur, ok := into["title"].(string); !ok || t > cur {
			into["title"], into["titles"] = t, next["titles"]
		}
	}
	if m, ok := next["mechanism"].(string); ok {
		if cur, ok := into["mechanism"].(string); !ok || m > cur {
			into["mechanism"] = m
		}
	}
	return nil
}

func orEmpty(v any) any {
	if v == nil {
		return []any{}
	}
	return v
}

// Empty reports whether the database holds no node at all.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	return read(ctx, s, "Empty", func(tx runner) (bool, error) {
		res, err := tx.Run(ctx, `RETURN NOT EXISTS { MATCH (n) } AS empty`, nil)
		if err != nil {
			return false, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return false, err
		}
		v, _ := rec.Values[0].(bool)
		return v, nil
	})
}

// Counts returns the number of nodes and relationships (from Neo4j's count
// store: constant time).
func (s *Store) Counts(ctx context.Context) (nodes, relationships int64, err error) {
	type pair struct{ n, r int64 }
	p, err := read(ctx, s, "Counts", func(tx runner) (pair, error) {
		res, err := tx.Run(ctx, `CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r`, nil)
		if err != nil {
			return pair{}, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return pair{}, err
		}
		n, _ := rec.Values[0].(int64)
		r, _ := rec.Values[1].(int64)
		return pair{n, r}, nil
	})
	return p.n, p.r, err
}
