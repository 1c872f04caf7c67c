package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

var convertTests = []struct {
	name      string
	provinces []province
	cities    []city
	areas     []area
	want      []row
	dropped   []string
	wantErr   bool
}{
	{
		name:      "MunicipalityPlaceholders",
		provinces: []province{{"12", "天津市"}},
		cities:    []city{{"1201", "市辖区", "12"}},
		areas:     []area{{"120102", "河东区", "1201"}},
		want: append([]row{
			{"120000", "天津市", "province", ""},
			{"120102", "河东区", "county", "120000"},
		}, extraRows()...),
		dropped: []string{"1201 市辖区"},
	},
	{
		name:      "DirectlyAdministeredCounties",
		provinces: []province{{"42", "湖北省"}},
		cities:    []city{{"4290", "省直辖县级行政区划", "42"}},
		areas:     []area{{"429021", "神农架林区", "4290"}},
		want: append([]row{
			{"420000", "湖北省", "province", ""},
			{"429021", "神农架林区", "county", "420000"},
		}, extraRows()...),
		dropped: []string{"4290 省直辖县级行政区划"},
	},
	{
		name:      "StatisticsOnlyRows",
		provinces: []province{{"44", "广东省"}, {"23", "黑龙江省"}},
		cities:    []city{{"4419", "东莞市", "44"}, {"2306", "大庆市", "23"}},
		areas:     []area{{"441900", "东莞市", "4419"}, {"230623", "林甸县", "2306"}, {"230671", "大庆高新技术产业开发区", "2306"}},
		want: append([]row{
			{"230000", "黑龙江省", "province", ""},
			{"230600", "大庆市", "prefecture", "230000"},
			{"230623", "林甸县", "county", "230600"},
			{"440000", "广东省", "province", ""},
			{"441900", "东莞市", "prefecture", "440000"},
		}, extraRows()...),
		dropped: []string{"441900 东莞市", "230671 大庆高新技术产业开发区"},
	},
	{
		name:      "ErrUnknownCity",
		provinces: []province{{"23", "黑龙江省"}},
		areas:     []area{{"230129", "延寿县", "2301"}},
		wantErr:   true,
	},
	{
		name:      "ErrDuplicate",
		provinces: []province{{"23", "黑龙江省"}, {"23", "黑龙江省"}},
		wantErr:   true,
	},
}

func extraRows() []row { return append([]row(nil), extra...) }

func TestConvert(t *testing.T) {
	for _, tt := range convertTests {
		t.Run(tt.name, func(t *testing.T) {
			got, dropped, err := convert(tt.provinces, tt.cities, tt.areas)
			if (err != nil) != tt.wantErr {
				t.Fatalf("convert: err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(row{})); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.dropped, dropped); diff != "" {
				t.Errorf("dropped mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
