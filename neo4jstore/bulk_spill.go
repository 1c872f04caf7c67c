package neo4jstore

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"

	"github.com/golang/snappy"
)

// The spill files of Bulk hold rows in a compact binary form, in
// Snappy-compressed frames, instead of JSON: a row is written once by
// WriteFacts and read once by Finish, so neither its text form nor its
// field names need to survive, and the evidence strings the rows carry
// (most of their bytes; article ids and offsets since the sentences moved
// to the articles, which go straight to their CSV file) compress well. Snappy (github.com/golang/snappy,
// BSD-3-Clause) rather than deflate: on these rows it compressed 6× faster
// than deflate's fastest level, to 0.41 of the bytes instead of 0.30, and
// the spill only has to fit on the disk until Finish.
//
// A spill file is a sequence of frames, each
//
//	uvarint(compressed length) uvarint(raw length) snappy(records)
//
// and a record is uvarint(kind) string(key) value(row), where kind indexes
// spillKinds, a string is uvarint(length) bytes, and a value is one tag
// byte followed by its payload (see appendValue). Lists decode as []any and
// whole numbers as int64, which mergeRow and format read as they read the
// JSON they replace.

// spillKinds are the rows keys that are spilled, in a fixed order: a
// record names its kind by its index here.
var spillKinds = func() []string {
	out := make([]string, 0, len(spillKeys))
	for k := range spillKeys {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}()

var spillKindIndex = func() map[string]int {
	m := make(map[string]int, len(spillKinds))
	for i, k := range spillKinds {
		m[k] = i
	}
	return m
}()

// Value tags.
const (
	tagNil byte = iota
	tagString
	tagInt
	tagFloat
	tagTrue
	tagFalse
	tagList // uvarint(n) then n values
	tagMap  // uvarint(n) then n pairs of string and value
	tagStrings
	tagFloats
	tagInts
)

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

// appendValue appends the binary form of one row value: the types
// unsortedRows builds (strings, numbers, booleans, nil, lists of them and
// maps of them).
func appendValue(dst []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(dst, tagNil), nil
	case string:
		return appendString(append(dst, tagString), x), nil
	case int:
		return binary.AppendVarint(append(dst, tagInt), int64(x)), nil
	case int64:
		return binary.AppendVarint(append(dst, tagInt), x), nil
	case float64:
		return binary.LittleEndian.AppendUint64(append(dst, tagFloat), math.Float64bits(x)), nil
	case bool:
		if x {
			return append(dst, tagTrue), nil
		}
		return append(dst, tagFalse), nil
	case []string:
		dst = binary.AppendUvarint(append(dst, tagStrings), uint64(len(x)))
		for _, s := range x {
			dst = appendString(dst, s)
		}
		return dst, nil
	case []float64:
		dst = binary.AppendUvarint(append(dst, tagFloats), uint64(len(x)))
		for _, f := range x {
			dst = binary.LittleEndian.AppendUint64(dst, math.Float64bits(f))
		}
		return dst, nil
	case []int:
		dst = binary.AppendUvarint(append(dst, tagInts), uint64(len(x)))
		for _, n := range x {
			dst = binary.AppendVarint(dst, int64(n))
		}
		return dst, nil
	case []any:
		dst = binary.AppendUvarint(append(dst, tagList), uint64(len(x)))
		var err error
		for _, e := range x {
			if dst, err = appendValue(dst, e); err != nil {
				return dst, err
			}
		}
		return dst, nil
	case map[string]any:
		dst = binary.AppendUvarint(append(dst, tagMap), uint64(len(x)))
		var err error
		for k, e := range x {
			dst = appendString(dst, k)
			if dst, err = appendValue(dst, e); err != nil {
				return dst, err
			}
		}
		return dst, nil
	}
	return dst, fmt.Errorf("bulk spill: cannot encode %T", v)
}

// appendRecord appends one spilled row.
func appendRecord(dst []byte, kind int, key string, row map[string]any) ([]byte, error) {
	dst = binary.AppendUvarint(dst, uint64(kind))
	dst = appendString(dst, key)
	return appendValue(dst, row)
}

var errSpillCorrupt = errors.New("corrupt spill record")

// spillDecoder reads the records of one raw frame.
type spillDecoder struct {
	b   []byte
	pos int
}

func (d *spillDecoder) uvarint() (uint64, error) {
	n, w := binary.Uvarint(d.b[d.pos:])
	if w <= 0 {
		return 0, errSpillCorrupt
	}
	d.pos += w
	return n, nil
}

func (d *spillDecoder) count() (int, error) {
	n, err := d.uvarint()
	if err != nil || n > uint64(len(d.b)-d.pos) { // every item takes a byte at least
		return 0, errSpillCorrupt
	}
	return int(n), nil
}

func (d *spillDecoder) string() (string, error) {
	n, err := d.count()
	if err != nil {
		return "", err
	}
	s := string(d.b[d.pos : d.pos+n])
	d.pos += n
	return s, nil
}

func (d *spillDecoder) float() (float64, error) {
	if len(d.b)-d.pos < 8 {
		return 0, errSpillCorrupt
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.b[d.pos:]))
	d.pos += 8
	return f, nil
}

func (d *spillDecoder) int() (int64, error) {
	n, w := binary.Varint(d.b[d.pos:])
	if w <= 0 {
		return 0, errSpillCorrupt
	}
	d.pos += w
	return n, nil
}

func (d *spillDecoder) value() (any, error) {
	if d.pos >= len(d.b) {
		return nil, errSpillCorrupt
	}
	tag := d.b[d.pos]
	d.pos++
	switch tag {
	case tagNil:
		return nil, nil
	case tagString:
		return d.string()
	case tagInt:
		return d.int()
	case tagFloat:
		return d.float()
	case tagTrue:
		return true, nil
	case tagFalse:
		return false, nil
	case tagList, tagStrings, tagFloats, tagInts:
		n, err := d.count()
		if err != nil {
			return nil, err
		}
		out := make([]any, n)
		for i := range out {
			switch tag {
			case tagList:
				out[i], err = d.value()
			case tagStrings:
				out[i], err = d.string()
			case tagFloats:
				out[i], err = d.float()
			case tagInts:
				out[i], err = d.int()
			}
			if err != nil {
				return nil, err
			}
		}
		return out, nil
	case tagMap:
		n, err := d.count()
		if err != nil {
			return nil, err
		}
		m := make(map[string]any, n)
		for range n {
			k, err := d.string()
			if err != nil {
				return nil, err
			}
			if m[k], err = d.value(); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	return nil, errSpillCorrupt
}

// skipValue passes over one value without building it: the split pass of
// Finish only needs a record's kind, key and bytes.
func (d *spillDecoder) skipValue() error {
	if d.pos >= len(d.b) {
		return errSpillCorrupt
	}
	tag := d.b[d.pos]
	d.pos++
	skipString := func() error {
		n, err := d.count()
		d.pos += n
		return err
	}
	skipFloat := func() error {
		if len(d.b)-d.pos < 8 {
			return errSpillCorrupt
		}
		d.pos += 8
		return nil
	}
	skipInt := func() error { _, err := d.int(); return err }
	switch tag {
	case tagNil, tagTrue, tagFalse:
		return nil
	case tagString:
		return skipString()
	case tagInt:
		return skipInt()
	case tagFloat:
		return skipFloat()
	case tagList, tagStrings, tagFloats, tagInts:
		n, err := d.count()
		if err != nil {
			return err
		}
		for range n {
			switch tag {
			case tagList:
				err = d.skipValue()
			case tagStrings:
				err = skipString()
			case tagFloats:
				err = skipFloat()
			case tagInts:
				err = skipInt()
			}
			if err != nil {
				return err
			}
		}
		return nil
	case tagMap:
		n, err := d.count()
		if err != nil {
			return err
		}
		for range n {
			if err := skipString(); err != nil {
				return err
			}
			if err := d.skipValue(); err != nil {
				return err
			}
		}
		return nil
	}
	return errSpillCorrupt
}

// recordKey reads the next record's kind and key and passes over its row:
// the bytes it took, without decoding them (the key is a string into
// them, valid while they are).
func (d *spillDecoder) recordKey() (kind int, key []byte, raw []byte, err error) {
	start := d.pos
	k, err := d.uvarint()
	if err != nil || k >= uint64(len(spillKinds)) {
		return 0, nil, nil, errSpillCorrupt
	}
	n, err := d.count()
	if err != nil {
		return 0, nil, nil, err
	}
	key = d.b[d.pos : d.pos+n]
	d.pos += n
	if d.pos >= len(d.b) || d.b[d.pos] != tagMap {
		return 0, nil, nil, errSpillCorrupt
	}
	if err := d.skipValue(); err != nil {
		return 0, nil, nil, err
	}
	return int(k), key, d.b[start:d.pos], nil
}

// record reads the next record: its kind, key and row, and the bytes it
// took.
func (d *spillDecoder) record() (kind int, key string, row map[string]any, raw []byte, err error) {
	start := d.pos
	k, err := d.uvarint()
	if err != nil || k >= uint64(len(spillKinds)) {
		return 0, "", nil, nil, errSpillCorrupt
	}
	if key, err = d.string(); err != nil {
		return 0, "", nil, nil, err
	}
	v, err := d.value()
	if err != nil {
		return 0, "", nil, nil, err
	}
	row, ok := v.(map[string]any)
	if !ok {
		return 0, "", nil, nil, errSpillCorrupt
	}
	return int(k), key, row, d.b[start:d.pos], nil
}

// appendFrame appends raw records to dst as one compressed frame.
func appendFrame(dst, raw []byte) []byte {
	var head [2 * binary.MaxVarintLen64]byte
	start := len(dst)
	dst = slices.Grow(dst, len(head)+snappy.MaxEncodedLen(len(raw)))
	enc := snappy.Encode(dst[start+len(head):cap(dst)], raw)
	h := binary.AppendUvarint(head[:0], uint64(len(enc)))
	h = binary.AppendUvarint(h, uint64(len(raw)))
	// The header goes before the block, which moves up to meet it.
	dst = append(dst[:start], h...)
	return append(dst, enc...) // copy within dst: append handles the overlap
}

// frameReader reads the frames of a spill file.
type frameReader struct {
	r    *bufio.Reader
	comp []byte
	raw  []byte
}

func newFrameReader(r io.Reader) *frameReader {
	return &frameReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the raw records of the next frame (valid until the next
// call), or io.EOF after the last.
func (f *frameReader) next() ([]byte, error) {
	clen, err := binary.ReadUvarint(f.r)
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, errSpillCorrupt
	}
	rlen, err := binary.ReadUvarint(f.r)
	if err != nil || clen > 1<<31 || rlen > 1<<31 {
		return nil, errSpillCorrupt
	}
	f.comp = slices.Grow(f.comp[:0], int(clen))[:clen]
	if _, err := io.ReadFull(f.r, f.comp); err != nil {
		return nil, errSpillCorrupt
	}
	if n, err := snappy.DecodedLen(f.comp); err != nil || n != int(rlen) {
		return nil, errSpillCorrupt
	}
	f.raw = slices.Grow(f.raw[:0], int(rlen))[:rlen]
	raw, err := snappy.Decode(f.raw, f.comp)
	if err != nil || len(raw) != int(rlen) {
		return nil, errSpillCorrupt
	}
	f.raw = raw
	return f.raw, nil
}
