package neo4jstore

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"testing"
)

// TestSpillRoundTrip: a record comes back as the JSON spill used to give it
// back to mergeRow (lists as []any, whole numbers as int64), whatever the
// row's Go types, through a compressed frame.
func TestSpillRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		row  map[string]any
		want map[string]any
	}{
		{"fact", map[string]any{"from": "140224", "to": "prog:光伏扶贫", "support": 3, "evidence": []string{"a:1:2:甲", "b:3:4:乙"},
			"levels": []float64{0.9, 0.962}, "counts": []int{1, 2}, "confidence": 0.962, "mechanism": nil},
			map[string]any{"from": "140224", "to": "prog:光伏扶贫", "support": int64(3), "evidence": []any{"a:1:2:甲", "b:3:4:乙"},
				"levels": []any{0.9, 0.962}, "counts": []any{int64(1), int64(2)}, "confidence": 0.962, "mechanism": nil}},
		{"statistic", map[string]any{"id": "st:1", "props": map[string]any{"number": 7.3, "year": "", "unit": "亿元"}},
			map[string]any{"id": "st:1", "props": map[string]any{"number": 7.3, "year": "", "unit": "亿元"}}},
		{"program", map[string]any{"id": "prog:x", "local": true, "other": false, "list": []any{"x", int64(-4), nil}},
			map[string]any{"id": "prog:x", "local": true, "other": false, "list": []any{"x", int64(-4), nil}}},
	}
	var raw []byte
	var err error
	for i, tc := range tests {
		if raw, err = appendRecord(raw, i%len(spillKinds), tc.name, tc.row); err != nil {
			t.Fatal(err)
		}
	}
	var file []byte
	file = appendFrame(file, raw[:0])
	file = appendFrame(file, raw)
	fr := newFrameReader(bytes.NewReader(file))
	if got, err := fr.next(); err != nil || len(got) != 0 {
		t.Fatalf("empty frame: %q, %v", got, err)
	}
	got, err := fr.next()
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("frame: %d bytes, %v; want %d bytes", len(got), err, len(raw))
	}
	d := spillDecoder{b: got}
	for i, tc := range tests {
		kind, key, row, _, err := d.record()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if kind != i%len(spillKinds) || key != tc.name || !reflect.DeepEqual(row, tc.want) {
			t.Errorf("%s: got kind %d key %q row %#v, want %d %q %#v", tc.name, kind, key, row, i%len(spillKinds), tc.name, tc.want)
		}
	}
	if d.pos != len(d.b) {
		t.Errorf("%d bytes left after the records", len(d.b)-d.pos)
	}
	if _, err := fr.next(); err != io.EOF {
		t.Errorf("after the last frame: %v, want EOF", err)
	}
	// A cut file is an error, never a short read taken for the end.
	if _, err := newFrameReader(bytes.NewReader(file[:len(file)-3])).next(); err != nil {
		t.Fatalf("first frame of a cut file: %v", err)
	}
	fr = newFrameReader(bytes.NewReader(file[:len(file)-3]))
	fr.next()
	if _, err := fr.next(); !errors.Is(err, errSpillCorrupt) {
		t.Errorf("cut frame: %v, want errSpillCorrupt", err)
	}
	if _, err := appendValue(nil, struct{}{}); err == nil {
		t.Errorf("appendValue(struct{}{}): no error")
	}
}

// TestSpillRecordKey: the split pass's reading of a record (kind, key and
// bytes, the row passed over) agrees with the full decoding, record by
// record, and its hash of the key with shardHash; a record cut anywhere is
// an error.
func TestSpillRecordKey(t *testing.T) {
	rows := []map[string]any{
		{"from": "140224", "to": "prog:光伏扶贫", "support": 3, "evidence": []string{"a:1:2:甲", "b:3:4:乙"},
			"levels": []float64{0.9, 0.962}, "counts": []int{1, 2}, "confidence": 0.962, "mechanism": nil},
		{"id": "st:1", "props": map[string]any{"number": 7.3, "year": "", "unit": "亿元", "n": int64(-12)}},
		{"id": "prog:x", "local": true, "other": false, "list": []any{"x", int64(-4), nil, []any{1.5, map[string]any{"k": "v"}}}},
		{},
	}
	keys := []string{"140224\x00prog:光伏扶贫", "st:1", "prog:x", ""}
	var raw []byte
	var err error
	for i, row := range rows {
		if raw, err = appendRecord(raw, i, keys[i], row); err != nil {
			t.Fatal(err)
		}
	}
	full, fast := spillDecoder{b: raw}, spillDecoder{b: raw}
	for i := range rows {
		kind, key, _, rec, err := full.record()
		if err != nil {
			t.Fatal(err)
		}
		k2, key2, rec2, err := fast.recordKey()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if k2 != kind || string(key2) != key || !bytes.Equal(rec2, rec) || fast.pos != full.pos {
			t.Errorf("record %d: recordKey gave kind %d key %q %d bytes at %d, record kind %d key %q %d bytes at %d",
				i, k2, key2, len(rec2), fast.pos, kind, key, len(rec), full.pos)
		}
		if got, want := shardHashBytes(spillKinds[kind], key2), shardHash(spillKinds[kind], key); got != want {
			t.Errorf("record %d: shardHashBytes %d, shardHash %d", i, got, want)
		}
	}
	for cut := 1; cut < len(raw); cut++ {
		d := spillDecoder{b: raw[:cut]}
		var err error
		for err == nil && d.pos < len(d.b) {
			_, _, _, err = d.recordKey()
		}
		if d.pos == len(d.b) && err == nil && !recordBoundary(raw, cut) {
			t.Errorf("cut at %d: no error", cut)
		}
	}
}

// recordBoundary says whether cut falls between two whole records of raw.
func recordBoundary(raw []byte, cut int) bool {
	d := spillDecoder{b: raw}
	for d.pos < len(d.b) {
		if d.pos == cut {
			return true
		}
		if _, _, _, _, err := d.record(); err != nil {
			return false
		}
	}
	return d.pos == cut
}
