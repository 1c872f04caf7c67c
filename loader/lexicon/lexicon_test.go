package lexicon

import "testing"

func TestDefault(t *testing.T) {
	l := Default()
	for _, s := range []string{"张", "晋", "范", "郭", "欧阳", "诸葛"} {
		if !l.IsSurname(s) {
			t.Errorf("IsSurname(%q) = false", s)
		}
	}
	if l.IsSurname("的") {
		t.Error("IsSurname(的) = true")
	}
	titles := map[string]Title{}
	for _, tt := range l.Titles {
		titles[tt.Form] = tt
	}
	for form, want := range map[string]string{
		"县委书记": "县委书记", "县人民政府县长": "县长", "副区长": "副区长", "镇党委书记": "镇党委书记",
		"第一书记": "第一书记", "村支书": "村党支部书记", "市人大常委会副主任": "市人大常委会副主任",
	} {
		if got, ok := titles[form]; !ok || got.Canonical != want {
			t.Errorf("title %s = %+v, want canonical %s", form, got, want)
		}
	}
	if titles["县委书记"].Level != '县' || titles["副县长"].Level != 0 {
		t.Errorf("levels: %q %q", titles["县委书记"].Level, titles["副县长"].Level)
	}
	for form, want := range map[string]string{"产业": "产业扶贫", "旅游": "乡村旅游扶贫", "社会保障": "社会保障扶贫"} {
		if got := l.Domains[form].Canonical; got != want {
			t.Errorf("domain %s = %s, want %s", form, got, want)
		}
	}
	// A domain marked "!" is a domain like the others, and also self-named.
	if got := l.Domains["整村推进"].Canonical; got != "整村推进扶贫" || !l.SelfNamed["整村推进"] || l.SelfNamed["产业"] {
		t.Errorf("marked domain 整村推进: %s, self-named %v; 产业 self-named %v", got, l.SelfNamed["整村推进"], l.SelfNamed["产业"])
	}
	for form, want := range map[string]string{"易地搬迁": "易地扶贫搬迁", "易地搬迁扶贫": "易地扶贫搬迁", "易地扶贫": "易地扶贫搬迁", "扶贫小额贷款": "扶贫小额信贷", "农村危房改造": "危房改造"} {
		if got := l.Programs[form].Canonical; got != want {
			t.Errorf("program %s = %s, want %s", form, got, want)
		}
	}
	for form, want := range map[string]string{"稻米": "水稻", "木耳": "黑木耳", "光伏发电": "光伏", "中草药": "中草药", "果蔬": "果蔬", "道地药材": "中药材"} {
		if got, ok := l.Industry(form); !ok || got.Name != want {
			t.Errorf("industry %s = %+v, want %s", form, got, want)
		}
	}
	if ind, _ := l.Industry("黑木耳"); ind.Parent != "食用菌" {
		t.Errorf("黑木耳 parent = %q", ind.Parent)
	}
	if ind, _ := l.Industry("土豆"); ind.Name != "马铃薯" || !l.Spellings["土豆"] || l.Spellings["马铃薯"] {
		t.Errorf("土豆: %+v, spelling %v", ind, l.Spellings["土豆"])
	}
	if ind, _ := l.Industry("电商"); !ind.Sector {
		t.Error("电商 is not a sector")
	}
	if ind, _ := l.Industry("红茶"); !ind.Processed || ind.Parent != "茶叶" {
		t.Errorf("红茶 is not a processed kind of 茶叶: %+v", ind)
	}
	if ind, _ := l.Industry("茶叶"); ind.Processed {
		t.Error("茶叶 is marked processed")
	}
	if !l.Slogans["两不愁三保障"] || !l.Generic["农业"] {
		t.Error("slogans or generic words missing")
	}
}

// A "~" marks a variant kept as written: on a canonical name or a parent it
// is an error.
func TestSpellingMarkOnlyOnVariants(t *testing.T) {
	for _, industries := range []string{"[粮食]\n~荞麦 = 甜荞\n", "[粮食]\n荞麦\n苦荞 < ~荞麦\n"} {
		if _, err := Parse("", "", "", industries); err == nil {
			t.Errorf("Parse(%q) = nil error", industries)
		}
	}
	l, err := Parse("", "", "", "[粮食]\n荞麦 = ~乔麦 甜荞\n")
	if err != nil {
		t.Fatal(err)
	}
	if ind, _ := l.Industry("乔麦"); ind.Name != "荞麦" || !l.Spellings["乔麦"] || l.Spellings["甜荞"] {
		t.Errorf("乔麦: %+v, spellings %v", ind, l.Spellings)
	}
}

// Type words are kept before a product, so none may also be a modifier
// stripped from its front.
func TestTypeWordsAreNoModifiers(t *testing.T) {
	l := Default()
	for _, w := range []string{"高山", "林下", "富硒", "草地", "草食"} {
		if !l.TypeWords[w] {
			t.Errorf("%s is not a type word", w)
		}
	}
	if l.TypeWords["生态"] {
		t.Errorf("生态 is a quality word, not a type word")
	}
	for _, m := range l.Modifiers {
		if l.TypeWords[m] {
			t.Errorf("%s is both a type word and a modifier", m)
		}
	}
}
