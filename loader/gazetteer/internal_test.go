package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

var shortFormTests = []struct {
	name    string
	in      string
	short   string
	aliases []string
}{
	{"County", "延寿县", "延寿", nil},
	{"OneCharacterStem", "宁县", "", nil},
	{"District", "河东区", "河东", nil},
	{"CountyLevelCity", "公主岭市", "公主岭", nil},
	{"Banner", "太仆寺旗", "太仆寺", nil},
	{"AutonomousCounty", "务川仡佬族苗族自治县", "务川", []string{"务川县", "务川自治县"}},
	{"FourNationalities", "双江拉祜族佤族布朗族傣族自治县", "双江", []string{"双江县", "双江自治县"}},
	{"AllNationalities", "龙胜各族自治县", "龙胜", []string{"龙胜县", "龙胜自治县"}},
	{"NationalityWithoutZu", "伊犁哈萨克自治州", "伊犁", []string{"伊犁州", "伊犁自治州"}},
	{"MongolWithoutZu", "博尔塔拉蒙古自治州", "博尔塔拉", []string{"博尔塔拉州", "博尔塔拉自治州"}},
	{"NationalityIsPlace", "东乡族自治县", "东乡", []string{"东乡县", "东乡自治县"}},
	{"NationalityIsPlaceBanner", "鄂伦春自治旗", "鄂伦春", []string{"鄂伦春旗", "鄂伦春自治旗"}},
	{"AutonomousBanner", "莫力达瓦达斡尔族自治旗", "莫力达瓦", []string{"莫力达瓦旗", "莫力达瓦自治旗"}},
	{"AutonomousPrefecture", "延边朝鲜族自治州", "延边", []string{"延边州", "延边自治州"}},
	{"Province", "黑龙江省", "黑龙江", nil},
	{"Municipality", "北京市", "北京", nil},
	{"InnerMongolia", "内蒙古自治区", "内蒙古", []string{"内蒙古自治区"}},
	{"Guangxi", "广西壮族自治区", "广西", []string{"广西自治区"}},
	{"Xinjiang", "新疆维吾尔自治区", "新疆", []string{"新疆自治区"}},
	{"Tibet", "西藏自治区", "西藏", []string{"西藏自治区"}},
	{"SAR", "香港特别行政区", "香港", nil},
	{"Prefecture", "大兴安岭地区", "大兴安岭", nil},
	{"League", "锡林郭勒盟", "锡林郭勒", nil},
	{"NewArea", "浦东新区", "浦东", nil},
	{"XinIsPartOfStem", "清新区", "清新", nil},
	{"LinIsPartOfStem", "碑林区", "碑林", nil},
	{"LinIsPartOfLongerStem", "万柏林区", "万柏林", nil},
	{"ForestryDistrict", "神农架林区", "神农架", nil},
	{"SpecialDistrict", "六枝特区", "六枝", nil},
	{"AdministrativeCommittee", "大柴旦行政委员会", "大柴旦", nil},
	{"UrbanArea", "城区", "", nil},
	{"NoSuffix", "西沙群岛", "", nil},
}

func TestShortForms(t *testing.T) {
	for _, tt := range shortFormTests {
		t.Run(tt.name, func(t *testing.T) {
			short, aliases := shortForms(tt.in)
			if short != tt.short {
				t.Errorf("shortForms(%q) short = %q, want %q", tt.in, short, tt.short)
			}
			if diff := cmp.Diff(tt.aliases, aliases); diff != "" {
				t.Errorf("shortForms(%q) aliases mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

const (
	okDivisions = "# header\n110000\t北京市\tprovince\t\n110101\t东城区\tcounty\t110000\n"
	okAliases   = "# alias\tcode\tnote\n东城\t110101\tshort form twice\n"
	okCommon    = "东城\teast town\n"
)

var parseTests = []struct {
	name                      string
	divisions, aliases, words string
	wantErr                   bool
}{
	{"OK", okDivisions, okAliases, okCommon, false},
	{"ErrShortCode", "11000\t北京市\tprovince\t\n", "", "", true},
	{"ErrNonDigitCode", "11000X\t北京市\tprovince\t\n", "", "", true},
	{"ErrLevel", "110000\t北京市\tcity\t\n", "", "", true},
	{"ErrDuplicate", "110000\t北京市\tprovince\t\n110000\t北京市\tprovince\t\n", "", "", true},
	{"ErrMissingField", "110000\t北京市\tprovince\n", "", "", true},
	{"ErrUnknownParent", "110101\t东城区\tcounty\t110000\n", "", "", true},
	{"ErrUnsorted", "110101\t东城区\tcounty\t110000\n110000\t北京市\tprovince\t\n", "", "", true},
	{"ErrAliasUnknownCode", okDivisions, "旧名\t999999\tnote\n", "", true},
	{"ErrCommonWordNotAName", okDivisions, "", "振兴\trevitalise\n", true},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := parse(tt.divisions, tt.aliases, tt.words)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parse: err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got := map[string][]string{}
			for _, k := range g.keys() {
				for _, d := range g.Lookup(k) {
					got[k] = append(got[k], d.Code)
				}
			}
			want := map[string][]string{"北京市": {"110000"}, "北京": {"110000"}, "东城区": {"110101"}, "东城": {"110101"}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("index mismatch (-want +got):\n%s", diff)
			}
			if !g.IsCommonWord("东城") {
				t.Error("东城 is not a common word")
			}
		})
	}
}

// TestAliasesData checks the hand-made alias table against the generated
// divisions: an alias must not be the current official name of a division
// other than its target, or Lookup would silently merge two places.
func TestAliasesData(t *testing.T) {
	g := Default()
	err := eachRow(aliasesTSV, 3, func(f []string) error {
		alias, code := f[0], f[1]
		for _, d := range g.Lookup(alias) {
			if d.Name == alias && d.Code != code {
				t.Errorf("alias %s -> %s is the official name of %s", alias, code, d.Code)
			}
		}
		if f[2] == "" {
			t.Errorf("alias %s has no note", alias)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkLoad measures what Default does once: parsing the embedded data.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(divisionsTSV, aliasesTSV, commonTSV); err != nil {
			b.Fatal(err)
		}
	}
}
