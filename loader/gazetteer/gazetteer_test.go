package gazetteer_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

var byCodeTests = []struct {
	name string
	code string
	want gazetteer.Division
	ok   bool
}{
	{"County", "230129", gazetteer.Division{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: gazetteer.County, ParentCode: "230100"}, true},
	{"CountyOfJiamusi", "230826", gazetteer.Division{Code: "230826", Name: "桦川县", ShortName: "桦川", Level: gazetteer.County, ParentCode: "230800"}, true},
	{"CountyOfDaqing", "230623", gazetteer.Division{Code: "230623", Name: "林甸县", ShortName: "林甸", Level: gazetteer.County, ParentCode: "230600"}, true},
	{"CountyOfBaishan", "220622", gazetteer.Division{Code: "220622", Name: "靖宇县", ShortName: "靖宇", Level: gazetteer.County, ParentCode: "220600"}, true},
	{"CountyOfAutonomousPrefecture", "623024", gazetteer.Division{Code: "623024", Name: "迭部县", ShortName: "迭部", Level: gazetteer.County, ParentCode: "623000"}, true},
	{"OneCharacterStemKeepsFullName", "621026", gazetteer.Division{Code: "621026", Name: "宁县", ShortName: "宁县", Level: gazetteer.County, ParentCode: "621000"}, true},
	{"AutonomousCounty", "520326", gazetteer.Division{Code: "520326", Name: "务川仡佬族苗族自治县", ShortName: "务川", Level: gazetteer.County, ParentCode: "520300"}, true},
	{"EthnicDistrict", "230208", gazetteer.Division{Code: "230208", Name: "梅里斯达斡尔族区", ShortName: "梅里斯", Level: gazetteer.County, ParentCode: "230200"}, true},
	{"DistrictOfMunicipality", "120102", gazetteer.Division{Code: "120102", Name: "河东区", ShortName: "河东", Level: gazetteer.County, ParentCode: "120000"}, true},
	{"SameNameDistrict", "371312", gazetteer.Division{Code: "371312", Name: "河东区", ShortName: "河东", Level: gazetteer.County, ParentCode: "371300"}, true},
	{"CountyOfChongqing", "500229", gazetteer.Division{Code: "500229", Name: "城口县", ShortName: "城口", Level: gazetteer.County, ParentCode: "500000"}, true},
	{"DirectlyAdministeredCounty", "429021", gazetteer.Division{Code: "429021", Name: "神农架林区", ShortName: "神农架", Level: gazetteer.County, ParentCode: "420000"}, true},
	{"Prefecture", "230100", gazetteer.Division{Code: "230100", Name: "哈尔滨市", ShortName: "哈尔滨", Level: gazetteer.Prefecture, ParentCode: "230000"}, true},
	{"Province", "230000", gazetteer.Division{Code: "230000", Name: "黑龙江省", ShortName: "黑龙江", Level: gazetteer.Province}, true},
	{"Municipality", "120000", gazetteer.Division{Code: "120000", Name: "天津市", ShortName: "天津", Level: gazetteer.Province}, true},
	{"AutonomousRegion", "150000", gazetteer.Division{Code: "150000", Name: "内蒙古自治区", ShortName: "内蒙古", Level: gazetteer.Province}, true},
	{"ErrPlaceholderPrefecture", "120100", gazetteer.Division{}, false},
	{"ErrStatisticsOnlyZone", "230671", gazetteer.Division{}, false},
	{"ErrNotFound", "999999", gazetteer.Division{}, false},
}

func TestByCode(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range byCodeTests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := g.ByCode(tt.code)
			if ok != tt.ok {
				t.Fatalf("ByCode(%q) ok = %v, want %v", tt.code, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ByCode(%q) mismatch (-want +got):\n%s", tt.code, diff)
			}
		})
	}
}

var lookupTests = []struct {
	name  string
	query string
	want  []string // codes
}{
	{"FullName", "延寿县", []string{"230129"}},
	{"ShortForm", "延寿", []string{"230129"}},
	{"AutonomousShort", "务川", []string{"520326"}},
	{"AutonomousAsCounty", "务川县", []string{"520326"}},
	{"AutonomousAsAutonomousCounty", "务川自治县", []string{"520326"}},
	{"AutonomousFullName", "务川仡佬族苗族自治县", []string{"520326"}},
	{"EthnicDistrictShort", "梅里斯区", []string{"230208"}},
	{"EthnicDistrictFullName", "梅里斯达斡尔族区", []string{"230208"}},
	{"EthnicDistrictHui", "管城区", []string{"410104"}},
	{"TwoCharacterCounty", "宁县", []string{"621026"}},
	{"OneCharacterIsNoName", "宁", nil},
	{"LongerCountyEndingInSameName", "肃宁", []string{"130926"}},
	{"SameNameDistricts", "河东区", []string{"120102", "371312"}},
	{"ProvinceAndCity", "吉林", []string{"220000", "220200"}},
	{"ProvinceShort", "黑龙江", []string{"230000"}},
	{"ProvinceShortGansu", "甘肃", []string{"620000"}},
	{"AutonomousRegionShort", "内蒙古", []string{"150000"}},
	{"AutonomousRegionShortGuangxi", "广西", []string{"450000"}},
	{"AutonomousRegionShortXinjiang", "新疆", []string{"650000"}},
	{"PrefectureShort", "哈尔滨", []string{"230100"}},
	{"PrefectureShortJiamusi", "佳木斯", []string{"230800"}},
	{"AutonomousPrefectureAsZhou", "延边州", []string{"222400"}},
	{"LeagueShort", "锡林郭勒", []string{"152500"}},
	{"ForestryDistrict", "神农架", []string{"429021"}},
	{"DistrictEndingInLin", "碑林", []string{"610103"}},
	{"StemOfOneCharacterPlusXinqu", "清新", []string{"441803"}},
	{"NewArea", "浦东", []string{"310115"}},
	{"AllNationalities", "龙胜", []string{"450328"}},
	{"NationalityIsPlaceName", "东乡", []string{"361003", "622926"}},
	{"FormerCityNowDistrict", "双城市", []string{"230113"}},
	{"FormerCityNowDistrictAcheng", "阿城市", []string{"230112"}},
	{"FormerCountyNowCity", "盘县", []string{"520281"}},
	{"FormerCountyFromTheOlderRelease", "淮阳县", []string{"411603"}},
	{"FormerCityNowDistrictFromTheOlderRelease", "海门市", []string{"320614"}},
	{"FormerCountyRenamedOutright", "许昌县", []string{"411003"}},
	{"FormerNameThatIsAnotherCountysShortForm", "东乡县", []string{"622926"}},
	{"Abbreviation", "喀左", []string{"211324"}},
	{"CommonWordStillLooksUp", "城区", []string{"140302", "140502", "441502"}},
	{"ErrPlaceholder", "市辖区", nil},
	{"ErrEmpty", "", nil},
	{"ErrUnknown", "不存在县", nil},
}

func TestLookup(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range lookupTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, codes(g.Lookup(tt.query))); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

var ancestorsTests = []struct {
	name     string
	code     string
	parent   string // "" when none
	ancestry []string
	province string
}{
	{"County", "230129", "230100", []string{"230100", "230000"}, "230000"},
	{"DistrictOfTianjin", "120102", "120000", []string{"120000"}, "120000"},
	{"DistrictOfLinyi", "371312", "371300", []string{"371300", "370000"}, "370000"},
	{"CountyOfChongqing", "500229", "500000", []string{"500000"}, "500000"},
	{"DirectlyAdministeredCity", "419001", "410000", []string{"410000"}, "410000"},
	{"XinjiangCorpsCity", "659001", "650000", []string{"650000"}, "650000"},
	{"Prefecture", "230100", "230000", []string{"230000"}, "230000"},
	{"Province", "230000", "", nil, "230000"},
}

func TestAncestors(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range ancestorsTests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustCode(t, g, tt.code)
			p, ok := g.Parent(d)
			if ok != (tt.parent != "") || p.Code != tt.parent {
				t.Errorf("Parent(%s) = %q, %v; want %q", tt.code, p.Code, ok, tt.parent)
			}
			if diff := cmp.Diff(tt.ancestry, codes(g.Ancestors(d))); diff != "" {
				t.Errorf("Ancestors(%s) mismatch (-want +got):\n%s", tt.code, diff)
			}
			prov, ok := g.Province(d)
			if !ok || prov.Code != tt.province {
				t.Errorf("Province(%s) = %q, %v; want %q", tt.code, prov.Code, ok, tt.province)
			}
		})
	}
}

func TestParentNames(t *testing.T) {
	g := gazetteer.Default()
	d := mustCode(t, g, "230129")
	got := names(g.Ancestors(d))
	if diff := cmp.Diff([]string{"哈尔滨市", "黑龙江省"}, got); diff != "" {
		t.Errorf("Ancestors(延寿县) mismatch (-want +got):\n%s", diff)
	}
	tj := mustCode(t, g, "120102")
	p, _ := g.Parent(tj)
	if p.Name != "天津市" {
		t.Errorf("Parent(天津市河东区) = %q, want 天津市", p.Name)
	}
}

func TestAll(t *testing.T) {
	g := gazetteer.Default()
	all := g.All()
	count := map[gazetteer.Level]int{}
	for _, d := range all {
		count[d.Level]++
	}
	want := map[gazetteer.Level]int{gazetteer.Province: 34, gazetteer.Prefecture: 333, gazetteer.County: 2850}
	if diff := cmp.Diff(want, count); diff != "" {
		t.Errorf("divisions per level mismatch (-want +got):\n%s", diff)
	}
	if !slices.IsSortedFunc(all, func(a, b gazetteer.Division) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("All is not sorted by code")
	}
	for i := 1; i < len(all); i++ {
		if all[i].Code == all[i-1].Code {
			t.Errorf("duplicate code %s", all[i].Code)
		}
	}
	for _, d := range all {
		if runes := len([]rune(d.ShortName)); d.ShortName != d.Name && runes < 2 {
			t.Errorf("%s %s: short name %q", d.Code, d.Name, d.ShortName)
		}
		if d.Level == gazetteer.Province {
			continue
		}
		a := g.Ancestors(d)
		if len(a) == 0 || a[len(a)-1].Level != gazetteer.Province {
			t.Errorf("%s %s: ancestry %v does not end in a province", d.Code, d.Name, codes(a))
		}
		if p, _ := g.Parent(d); d.Level == gazetteer.Prefecture && p.Level != gazetteer.Province {
			t.Errorf("%s %s: prefecture under %s", d.Code, d.Name, p.Level)
		}
		if d.Code[:2] != a[len(a)-1].Code[:2] {
			t.Errorf("%s %s: in province %s", d.Code, d.Name, a[len(a)-1].Code)
		}
	}
	all[0].Name = "changed"
	if d, _ := g.ByCode(all[0].Code); d.Name == "changed" {
		t.Error("All shares its slice with the gazetteer")
	}
}

var resolveTests = []struct {
	name      string
	query     string
	context   []string
	want      string
	ambiguous bool
	ok        bool
}{
	{"ByMunicipality", "河东区", []string{"天津市"}, "120102", false, true},
	{"ByMunicipalityShort", "河东区", []string{"天津"}, "120102", false, true},
	{"ByPrefecture", "河东区", []string{"临沂市"}, "371312", false, true},
	{"ByProvince", "河东区", []string{"山东省"}, "371312", false, true},
	{"BySibling", "河东区", []string{"兰山区"}, "371312", false, true},
	{"ByCode", "河东区", []string{"371300"}, "371312", false, true},
	{"ParentOutweighsProvince", "河东区", []string{"临沂市", "天津市", "山东省"}, "371312", false, true},
	{"NoContextIsAmbiguous", "河东区", nil, "120102", true, true},
	{"UnrelatedContextIsAmbiguous", "河东区", []string{"哈尔滨市", "不存在"}, "120102", true, true},
	{"ShortFormByPrefecture", "朝阳区", []string{"长春市"}, "220104", false, true},
	{"ShortFormByCapital", "朝阳区", []string{"北京"}, "110105", false, true},
	{"ProvinceOrCityNoContext", "吉林", nil, "220000", true, true},
	{"Unique", "延寿县", nil, "230129", false, true},
	{"UniqueIgnoresContext", "延寿县", []string{"天津市"}, "230129", false, true},
	{"ErrUnknown", "不存在县", []string{"天津市"}, "", false, false},
}

func TestResolve(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range resolveTests {
		t.Run(tt.name, func(t *testing.T) {
			d, ambiguous, ok := g.Resolve(tt.query, tt.context)
			if d.Code != tt.want || ambiguous != tt.ambiguous || ok != tt.ok {
				t.Errorf("Resolve(%q, %q) = %s, %v, %v; want %s, %v, %v",
					tt.query, tt.context, d.Code, ambiguous, ok, tt.want, tt.ambiguous, tt.ok)
			}
		})
	}
}

var namesTests = []struct {
	name string
	form string
	want []string // nil: not in Names
}{
	{"FullName", "延寿县", []string{"230129"}},
	{"ShortForm", "延寿", []string{"230129"}},
	{"AutonomousAsCounty", "务川县", []string{"520326"}},
	{"SharedFullName", "河东区", []string{"120102", "371312"}},
	{"SharedShortForm", "吉林", []string{"220000", "220200"}},
	{"FormerName", "双城市", []string{"230113"}},
	{"ProvinceShort", "内蒙古", []string{"150000"}},
	{"OneCharacter", "宁", nil},
	{"CommonWordFullName", "城区", nil},
	{"CommonWordShort", "富裕", nil},
	{"CommonWordInSlogan", "青山", nil},
}

func TestNames(t *testing.T) {
	all := gazetteer.Default().Names()
	for _, tt := range namesTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, all[tt.form]); diff != "" {
				t.Errorf("Names()[%q] mismatch (-want +got):\n%s", tt.form, diff)
			}
		})
	}
	t.Run("EveryFormHasTwoRunes", func(t *testing.T) {
		for form := range all {
			if len([]rune(form)) < 2 {
				t.Errorf("form %q", form)
			}
		}
	})
	t.Run("CallerOwnsMap", func(t *testing.T) {
		all["延寿"][0] = "000000"
		delete(all, "延寿县")
		again := gazetteer.Default().Names()
		if diff := cmp.Diff([]string{"230129"}, again["延寿"]); diff != "" {
			t.Errorf("Names()[延寿] after a caller's change (-want +got):\n%s", diff)
		}
		if _, ok := again["延寿县"]; !ok {
			t.Error("Names() lost 延寿县 after a caller's delete")
		}
	})
}

var ambiguityTests = []struct {
	name                   string
	form                   string
	ambiguousShort, anyWay bool
	common                 bool
}{
	{"ProvinceAndCity", "吉林", true, true, false},
	{"SameNameDistrictsShort", "河东", true, true, false},
	{"SameNameDistrictsFull", "河东区", false, true, false},
	{"UniqueShort", "延寿", false, false, false},
	{"FourPlaces", "朝阳", true, true, false},
	{"CommonWord", "振兴", false, false, true},
	{"CommonFullName", "郊区", false, true, true},
	{"Unknown", "宁", false, false, false},
}

func TestAmbiguity(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range ambiguityTests {
		t.Run(tt.name, func(t *testing.T) {
			got := []bool{g.IsAmbiguousShort(tt.form), g.IsAmbiguous(tt.form), g.IsCommonWord(tt.form)}
			want := []bool{tt.ambiguousShort, tt.anyWay, tt.common}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("[IsAmbiguousShort IsAmbiguous IsCommonWord](%q) mismatch (-want +got):\n%s", tt.form, diff)
			}
		})
	}
}

func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]*gazetteer.Gazetteer, 8)
	for i := range got {
		wg.Go(func() {
			got[i] = gazetteer.Default()
			got[i].Resolve("河东区", []string{"天津市"})
		})
	}
	wg.Wait()
	for i, g := range got {
		if g != got[0] {
			t.Errorf("Default() call %d returned another gazetteer", i)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := gazetteer.Default()
	for b.Loop() {
		g.Lookup("河东区")
	}
}

func BenchmarkResolve(b *testing.B) {
	g := gazetteer.Default()
	ctx := []string{"山东省", "临沂市", "兰山区"}
	for b.Loop() {
		g.Resolve("河东区", ctx)
	}
}

func mustCode(t *testing.T, g *gazetteer.Gazetteer, code string) gazetteer.Division {
	t.Helper()
	d, ok := g.ByCode(code)
	if !ok {
		t.Fatalf("ByCode(%q): not found", code)
	}
	return d
}

func codes(ds []gazetteer.Division) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

func names(ds []gazetteer.Division) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Name)
	}
	return out
}
