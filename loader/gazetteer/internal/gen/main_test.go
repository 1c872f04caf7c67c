package main

import (
	"slices"
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

var formerTests = []struct {
	name  string
	old   []oldArea
	taken []string // names the gazetteer reads as another division
	want  []formerRow
}{
	{
		name: "CountyNowDistrictOfItsPrefecture",
		old:  []oldArea{{"411626", "淮阳县", "411600"}},
		want: []formerRow{{"淮阳县", "411626", "411603", "淮阳区"}},
	},
	{
		name: "CityNowDistrict",
		old:  []oldArea{{"320684", "海门市", "320600"}},
		want: []formerRow{{"海门市", "320684", "320614", "海门区"}},
	},
	{
		name: "CountyOfOneCharacterNowDistrictOfItsFullName",
		old:  []oldArea{{"350427", "沙县", "350400"}},
		want: []formerRow{{"沙县", "350427", "350405", "沙县区"}},
	},
	{
		name: "MunicipalityCountyNowDistrictUnderAnotherPrefix",
		old:  []oldArea{{"110228", "密云县", "110200"}},
		want: []formerRow{{"密云县", "110228", "110118", "密云区"}},
	},
	{
		name: "StillCurrentIsLeftOut",
		old:  []oldArea{{"411623", "商水县", "411600"}},
	},
	{
		name: "HandListedIsLeftOut",
		old:  []oldArea{{"520222", "盘县", "520200"}},
	},
	{
		name: "SameStemInAnotherPrefectureIsNoMatch",
		old:  []oldArea{{"411726", "淮阳县", "411700"}},
	},
	{
		name:  "NameTheGazetteerReadsAsAnotherDivision",
		old:   []oldArea{{"361029", "东乡县", "361000"}},
		taken: []string{"东乡县"},
	},
	{
		name: "DistrictsAreLeftOut",
		old:  []oldArea{{"140211", "南郊区", "140200"}},
	},
}

func TestFormer(t *testing.T) {
	cur := [][]string{
		{"110118", "密云区", "county", "110000"},
		{"320614", "海门区", "county", "320600"},
		{"350405", "沙县区", "county", "350400"},
		{"361003", "东乡区", "county", "361000"},
		{"411603", "淮阳区", "county", "411600"},
		{"411623", "商水县", "county", "411600"},
		{"520281", "盘州市", "county", "520200"},
		{"140213", "平城区", "county", "140200"},
	}
	hand := [][]string{{"盘县", "520281", "盘县 -> 盘州市, 2017"}}
	for _, tt := range formerTests {
		t.Run(tt.name, func(t *testing.T) {
			got := former(tt.old, cur, hand, func(name, code string) bool { return slices.Contains(tt.taken, name) })
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(formerRow{})); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
