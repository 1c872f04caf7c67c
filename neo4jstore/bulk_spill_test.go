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
