package textnorm

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decoded is what the decode tests compare: the encoding, the first and
// last lines of the text, and the error class.
type decoded struct {
	Enc   string
	First string
	Last  string
	Err   error
}

var decodeCases = []struct {
	name string
	file string
	want decoded
}{
	{"UTF8BOM", "utf8bom.txt", decoded{EncUTF8, "青山县推进特色种植带动群众增收", "　　县委书记王晓东表示：“下一步将巩固拓展成果，推动乡村全面振兴。”", nil}},
	{"GBK", "gbk.txt", decoded{EncGB18030, "青山县推进特色种植带动群众增收", "　　县委书记王晓东表示：“下一步将巩固拓展成果，推动乡村全面振兴。”", nil}},
	{"Big5", "big5.txt", decoded{EncBig5, "青山縣推進特色種植帶動群眾增收", "縣委書記王曉東表示:「下一步將鞏固拓展成果,推動鄉村全面振興。」", nil}},
	{"TruncatedUTF8", "truncated.txt", decoded{EncUTF8, "青山县推进特色种植带动群众增收", "　　县委书记王晓东表示：“下一步将巩固拓展成果，推动乡村全面振兴。”", nil}},
	{"TruncatedGBK", "truncated_gbk.txt", decoded{EncGB18030, "青山县推进特色种植带动群众增收", "　　县委书记王晓东表示：“下一步将巩固拓展成果，推动乡村全面振兴。”", nil}},
	{"UTF16LEBOM", "utf16le.txt", decoded{EncUTF16LE, "青山县推进特色种植带动群众增收", "　　县委书记王晓东表示：“下一步将巩固拓展成果，推动乡村全面振兴。”", nil}},
	{"UTF16BENoBOM", "utf16be_nobom.txt", decoded{EncUTF16BE, "青山县推进特色种植带动群众增收", "　　县委书记王晓东表示：“下一步将巩固拓展成果，推动乡村全面振兴。”", nil}},
	{"HTML", "page.html", decoded{EncUTF8, "山区小学迎来新图书馆", "校长说：\"孩子们终于有了自己的阅览室。\" A&B 公司捐赠了书架。", nil}},
	{"ErrEmpty", "empty.txt", decoded{Err: ErrEmpty}},
	{"ErrEmptyBlank", "blank.txt", decoded{Err: ErrEmpty}},
	{"ErrBinaryNUL", "binary.bin", decoded{Err: ErrBinary}},
	{"ErrBinaryControls", "controls.bin", decoded{Err: ErrBinary}},
	{"ErrUndecodable", "latin1.txt", decoded{Err: ErrUndecodable}},
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, err := Decode(readFixture(t, tc.file))
			var got decoded
			if err != nil {
				for _, e := range []error{ErrEmpty, ErrBinary, ErrUndecodable} {
					if errors.Is(err, e) {
						got.Err = e
					}
				}
				if got.Err == nil {
					t.Fatalf("error %v wraps none of the sentinel errors", err)
				}
			} else {
				lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
				got = decoded{Enc: enc, First: lines[0], Last: lines[len(lines)-1]}
			}
			if diff := cmp.Diff(tc.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Decode(%s) mismatch (-want +got):\n%s", tc.file, diff)
			}
		})
	}
}

func TestDecodeHTML(t *testing.T) {
	text, _, err := Decode(readFixture(t, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := "山区小学迎来新图书馆\n" +
		"2022-09-01 08:30|来源:青山新闻网\n" +
		"本月，青山县“书香校园”项目为三所山区小学建成图书馆，共配送图书1.2万册。\n" +
		"校长说：\"孩子们终于有了自己的阅览室。\" A&B 公司捐赠了书架。"
	if diff := cmp.Diff(want, text); diff != "" {
		t.Errorf("HTML text mismatch (-want +got):\n%s", diff)
	}
}

// TestNormalizeNamesFile checks that errors carry the file name and the
// detail of what was wrong.
func TestNormalizeNamesFile(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		want       string
	}{
		{"ErrBinary", "binary.bin", "binary.bin: binary input: NUL byte at offset 8"},
		{"ErrEmpty", "empty.txt", "empty.txt: empty input: no text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Normalize(tc.file, readFixture(t, tc.file))
			if err == nil {
				t.Fatal("no error")
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSameArticleSameID: the GBK, Big5 (traditional) and UTF-8 copies of one
// article normalise to the same text and ID.
func TestSameArticleSameID(t *testing.T) {
	var ids []string
	var texts []string
	for _, f := range []string{"gbk.txt", "big5.txt", "utf8bom.txt", "utf16le.txt"} {
		d, err := Normalize(f, readFixture(t, f))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
		texts = append(texts, d.Text)
	}
	for i := 1; i < len(ids); i++ {
		if diff := cmp.Diff(texts[0], texts[i]); diff != "" {
			t.Errorf("text %d differs (-gbk +other):\n%s", i, diff)
		}
		if ids[i] != ids[0] {
			t.Errorf("ID %d = %s, want %s", i, ids[i], ids[0])
		}
	}
}

func TestDecodeLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	unit := readFixture(t, "gbk.txt")
	raw := make([]byte, 0, 20<<20+len(unit))
	for len(raw) < 20<<20 {
		raw = append(raw, unit...)
	}
	d, err := Normalize("large-gbk.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != EncGB18030 || len(d.Sentences) < 100000 {
		t.Errorf("encoding %s, %d sentences", d.Encoding, len(d.Sentences))
	}
}
