package synth

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/longbridgeapp/opencc"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

// text is one string in both scripts: [hans] simplified, [hant] traditional.
// Every fixed string the generator writes is converted once, when the tables
// are built, so writing a traditional article costs no more than a simplified
// one: opencc's Convert runs at a few MB/s and allocates per character.
// Converting the pieces one by one can miss a phrase that spans two of them;
// for throughput data that does not matter.
type text [2]string

const (
	hans = 0
	hant = 1
)

// slot is what a brace in a template stands for.
type slot uint8

const (
	slotLit slot = iota
	slotPool
	slotNum   // {n:a-b}
	slotFrac  // {f:a-b}, one decimal
	slotCnNum // {cn}: 三 … 九
	slotC
	slotCfull
	slotCs
	slotU
	slotP
	slotPs
	slotPv
	slotPvs
	slotDir
	slotZone
	slotSec
	slotHead
	slotDep
	slotSecR
	slotHeadR
	slotDepR
	slotFS
	slotVn
	slotHSec
	slotVil
	slotVil2
	slotTown
	slotTown2
	slotCo
	slotCoop
	slotOrg
	slotProg
	slotProgs
	slotInit
	slotSlogan
	slotInd
	slotInds
	slotIndScale
	slotIndP
	slotIndL
	slotIndF
	slotI
	slotUnit
	slotH
	slotHCity
	slotHPv
	slotMech
	slotY
	slotY0
	slotY1
	slotYh
	slotMo
	slotD
	slotHH
	slotPP
	slotHHo
	slotPPo
	slotHHy
	slotPPy
	slotHHm
	slotPPm
	slotHHr
	slotPPr
	slotR0
	slotR1
	slotVIL
	slotVILy
	slotArea
	slotInc
	slotInc2
	slotOSay
	slotVSay
	slotNL
	slotSrc
)

var slotNames = map[string]slot{
	"n": slotNum, "f": slotFrac, "cn": slotCnNum,
	"C": slotC, "Cfull": slotCfull, "Cs": slotCs, "U": slotU, "P": slotP, "Ps": slotPs, "Pv": slotPv, "Pvs": slotPvs,
	"Dir": slotDir, "Zone": slotZone,
	"Sec": slotSec, "Head": slotHead, "Dep": slotDep, "SecR": slotSecR, "HeadR": slotHeadR, "DepR": slotDepR, "FS": slotFS, "Vn": slotVn, "HSec": slotHSec,
	"Vil": slotVil, "Vil2": slotVil2, "Town": slotTown, "Town2": slotTown2, "Co": slotCo, "Coop": slotCoop, "Org": slotOrg,
	"Prog": slotProg, "Progs": slotProgs, "Init": slotInit, "Slogan": slotSlogan,
	"Ind": slotInd, "Inds": slotInds, "IndScale": slotIndScale, "IndP": slotIndP, "IndL": slotIndL, "IndF": slotIndF,
	"I": slotI, "Unit": slotUnit,
	"H": slotH, "HCity": slotHCity, "HPv": slotHPv, "Mech": slotMech,
	"Y": slotY, "Y0": slotY0, "Y1": slotY1, "Yh": slotYh, "Mo": slotMo, "D": slotD,
	"HH": slotHH, "PP": slotPP, "HHo": slotHHo, "PPo": slotPPo, "HHy": slotHHy, "PPy": slotPPy,
	"HHm": slotHHm, "PPm": slotPPm, "HHr": slotHHr, "PPr": slotPPr, "R0": slotR0, "R1": slotR1,
	"VIL": slotVIL, "VILy": slotVILy, "Area": slotArea, "Inc": slotInc, "Inc2": slotInc2,
	"OSay": slotOSay, "VSay": slotVSay, "NL": slotNL, "Src": slotSrc,
}

// part is a literal or a slot of a parsed template; a and b are the range of
// a number slot or the pool index of a pool slot.
type part struct {
	kind slot
	lit  text
	a, b int
}

type tmpl []part

// place is a county-level division with the names an article writes for it.
type place struct {
	code     string
	prov     string // 2-digit province prefix
	name     text   // as the article writes it: full name, or 务川县 for 务川仡佬族苗族自治县
	full     text
	short    text
	unit     text // 县, 区, 市, 旗: the last character of the name
	pref     text // prefecture, or the province for counties without one
	prefS    text
	prov2    text // province
	provS    text
	zones    []text
	isCounty bool // 县 or 旗, the usual poverty counties
}

// helperPlace is an eastern district or city that assists western counties.
type helperPlace struct {
	name  text // 河东区, 杭州市萧山区, 苏州市
	city  text // 天津市, 杭州市, 苏州市
	provS text
}

type industry struct {
	name text
	cat  int
	unit text
}

// tables is everything read-only the generator draws from; built once.
type tables struct {
	pools     [][]tmpl
	poolIndex map[string]int

	counties []place // subject candidates, 县 and 旗
	others   []place // subject candidates, 区 and county-level 市
	helpers  map[string][]helperPlace

	surnames, given, placeCh, cnDigits    []text
	programs, slogans, orgs, directions   []text
	newspapers, villagerSays, officialSay []text
	related, companyWords, companyKinds   []text
	initNouns, initVerbs, initActors      []text
	industries                            []industry
	byCat                                 [numCats][]int
	mechs                                 []text

	scalePools [numCats]int // pool index of scale_<cat>
	titlePools [3]int       // pool index of secT, headT, depT

	// Fixed pieces the generator writes around templates.
	cun, zhen, xiang, ribao, hezuoshe, youxian, dun, he, lq, rq, plus, ge, liang, shuang, pkh text
	guess, share, appDL, crumbs, ed, zeren, src, wen, bianji, shen, jizhe, benbao             text
	tongxun, zebian, qi, laiyuan, deepZone, zgfp                                              text
	magazines                                                                                 []text
}

var (
	tabOnce sync.Once
	tabs    *tables
)

// loadTables builds the tables on first use. The data is compiled in, so a
// failure is a programming mistake and panics.
func loadTables() *tables {
	tabOnce.Do(func() {
		t, err := buildTables()
		if err != nil {
			panic("synth: " + err.Error())
		}
		tabs = t
	})
	return tabs
}

func buildTables() (*tables, error) {
	cc, err := opencc.New("s2t")
	if err != nil {
		return nil, fmt.Errorf("opencc: %w", err)
	}
	conv := func(s string) text {
		t, err := cc.Convert(s)
		if err != nil {
			// The dictionaries are embedded; keep the simplified form.
			t = s
		}
		return text{s, t}
	}
	convAll := func(ss []string) []text {
		out := make([]text, len(ss))
		for i, s := range ss {
			out[i] = conv(s)
		}
		return out
	}
	t := &tables{poolIndex: map[string]int{}}

	names := slices.Sorted(func(yield func(string) bool) {
		for k := range pools {
			if !yield(k) {
				return
			}
		}
	})
	for i, n := range names {
		t.poolIndex[n] = i
	}
	t.pools = make([][]tmpl, len(names))
	for i, n := range names {
		for _, src := range pools[n] {
			tp, err := parseTemplate(src, t.poolIndex, conv)
			if err != nil {
				return nil, fmt.Errorf("pool %s: %q: %w", n, src, err)
			}
			t.pools[i] = append(t.pools[i], tp)
		}
	}

	t.surnames, t.given, t.placeCh, t.cnDigits = convAll(surnames), convAll(givenChars), convAll(placeChars), convAll(cnDigits)
	t.programs, t.slogans, t.orgs, t.directions = convAll(programs), convAll(slogans), convAll(orgs), convAll(directions)
	t.newspapers, t.villagerSays, t.officialSay = convAll(newspapers), convAll(villagerSays), convAll(officialSays)
	t.related, t.companyWords, t.companyKinds = convAll(related), convAll(companyWords), convAll(companyKinds)
	t.initNouns, t.initVerbs, t.initActors = convAll(initNouns), convAll(initVerbs), convAll(initActors)
	t.magazines = convAll([]string{"农业", "党建", "经济", "农村工作", "支部生活"})
	t.mechs = convAll([]string{"东西部扶贫协作", "对口帮扶", "结对帮扶", "东西部扶贫协作和对口支援", "扶贫协作"})
	for _, w := range industries {
		t.byCat[w.cat] = append(t.byCat[w.cat], len(t.industries))
		t.industries = append(t.industries, industry{name: conv(w.name), cat: w.cat, unit: conv(w.unit)})
	}
	for _, p := range []struct {
		dst *text
		s   string
	}{
		{&t.cun, "村"}, {&t.zhen, "镇"}, {&t.xiang, "乡"}, {&t.ribao, "日报"}, {&t.hezuoshe, "专业合作社"},
		{&t.youxian, "有限公司"}, {&t.dun, "、"}, {&t.he, "和"}, {&t.lq, "“"}, {&t.rq, "”"}, {&t.plus, "+"},
		{&t.guess, "猜你喜欢"}, {&t.share, "分享到："}, {&t.appDL, "APP下载"}, {&t.crumbs, "首页 > 滚动资讯 > 正文"},
		{&t.ed, "编辑:"}, {&t.zeren, "责任编辑："}, {&t.src, "来源:"}, {&t.wen, "文 "},
		{&t.bianji, " 编辑 "}, {&t.shen, "已审】"}, {&t.jizhe, "记者 "}, {&t.benbao, "本报记者 "}, {&t.tongxun, " 通讯员 "},
		{&t.zebian, "责编:"}, {&t.qi, "期"}, {&t.laiyuan, "来源："}, {&t.ge, "个"}, {&t.liang, "两"}, {&t.shuang, "双"}, {&t.pkh, "贫困户"},
		{&t.deepZone, "深度贫困地区"}, {&t.zgfp, "中国扶贫"},
	} {
		*p.dst = conv(p.s)
	}

	for c := range numCats {
		k, ok := t.poolIndex[fmt.Sprintf("scale_%d", c)]
		if !ok {
			return nil, fmt.Errorf("no pool scale_%d", c)
		}
		t.scalePools[c] = k
	}
	for i, n := range []string{"secT", "headT", "depT"} {
		t.titlePools[i] = t.poolIndex[n]
	}
	if err := t.buildPlaces(conv); err != nil {
		return nil, err
	}
	return t, nil
}

// parseTemplate splits src at its {slots}.
func parseTemplate(src string, poolIndex map[string]int, conv func(string) text) (tmpl, error) {
	var out tmpl
	for src != "" {
		i := strings.IndexByte(src, '{')
		if i < 0 {
			out = append(out, part{kind: slotLit, lit: conv(src)})
			break
		}
		if i > 0 {
			out = append(out, part{kind: slotLit, lit: conv(src[:i])})
		}
		j := strings.IndexByte(src[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("unclosed {")
		}
		spec := src[i+1 : i+j]
		src = src[i+j+1:]
		if pool, ok := strings.CutPrefix(spec, "@"); ok {
			k, ok := poolIndex[pool]
			if !ok {
				return nil, fmt.Errorf("unknown pool %q", pool)
			}
			out = append(out, part{kind: slotPool, a: k})
			continue
		}
		name, rng, hasRange := strings.Cut(spec, ":")
		k, ok := slotNames[name]
		if !ok {
			return nil, fmt.Errorf("unknown slot %q", name)
		}
		p := part{kind: k}
		if hasRange {
			lo, hi, ok := strings.Cut(rng, "-")
			var err1, err2 error
			if k == slotFrac {
				// tenths, so that 0.3-3 is 3..30
				p.a, err1 = tenths(lo)
				p.b, err2 = tenths(hi)
			} else {
				p.a, err1 = strconv.Atoi(lo)
				p.b, err2 = strconv.Atoi(hi)
			}
			if !ok || err1 != nil || err2 != nil || p.a > p.b {
				return nil, fmt.Errorf("bad range %q", rng)
			}
		} else if k == slotNum || k == slotFrac {
			return nil, fmt.Errorf("slot %q needs a range", name)
		}
		out = append(out, p)
	}
	return out, nil
}

func tenths(s string) (int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.Atoi(whole)
	if err != nil {
		return 0, err
	}
	f := 0
	if frac != "" {
		if f, err = strconv.Atoi(frac[:1]); err != nil {
			return 0, err
		}
	}
	return w*10 + f, nil
}

// buildPlaces collects the subject counties and the helper districts and
// cities from the gazetteer.
func (t *tables) buildPlaces(conv func(string) text) error {
	gz := gazetteer.Default()
	byCode := map[string]gazetteer.Division{}
	all := gz.All()
	for _, d := range all {
		byCode[d.Code] = d
	}
	zones := map[string][]text{}
	for k, zs := range contiguous {
		for _, z := range zs {
			zones[k] = append(zones[k], conv(z))
		}
	}
	t.helpers = map[string][]helperPlace{}
	cache := map[string]text{}
	cv := func(s string) text {
		if x, ok := cache[s]; ok {
			return x
		}
		x := conv(s)
		cache[s] = x
		return x
	}
	for _, d := range all {
		prov, ok := gz.Province(d)
		if !ok || d.Level == gazetteer.Province {
			continue
		}
		pc := d.Code[:2]
		parent := byCode[d.ParentCode]
		if eastern[pc] {
			if pc == "71" || pc == "81" || pc == "82" {
				continue
			}
			// Districts of the municipalities, prefecture-level cities of
			// the eastern provinces, and the districts of those cities.
			municipality := parent.Level == gazetteer.Province
			switch {
			case d.Level == gazetteer.County && municipality && strings.HasSuffix(d.Name, "区"):
				t.helpers[pc] = append(t.helpers[pc], helperPlace{name: cv(d.Name), city: cv(prov.Name), provS: cv(prov.ShortName)})
			case d.Level == gazetteer.Prefecture && strings.HasSuffix(d.Name, "市"):
				t.helpers[pc] = append(t.helpers[pc], helperPlace{name: cv(d.Name), city: cv(d.Name), provS: cv(prov.ShortName)})
			case d.Level == gazetteer.County && !municipality && strings.HasSuffix(d.Name, "区") && strings.HasSuffix(parent.Name, "市"):
				t.helpers[pc] = append(t.helpers[pc], helperPlace{name: cv(parent.Name + d.Name), city: cv(parent.Name), provS: cv(prov.ShortName)})
			}
			continue
		}
		if d.Level != gazetteer.County {
			continue
		}
		last := lastRune(d.Name)
		switch last {
		case "县", "旗", "区", "市":
		default:
			continue // 林区, 特区
		}
		p := place{
			code:  d.Code,
			prov:  pc,
			full:  cv(d.Name),
			short: cv(d.ShortName),
			unit:  cv(last),
			prov2: cv(prov.Name),
			provS: cv(prov.ShortName),
			zones: zones[pc],
		}
		p.name = p.full
		if strings.Contains(d.Name, "自治") && d.ShortName != d.Name {
			// News text writes 务川县 far more often than the full name.
			p.name = cv(d.ShortName + last)
		}
		if parent.Level == gazetteer.Prefecture {
			p.pref, p.prefS = cv(parent.Name), cv(parent.ShortName)
		} else {
			p.pref, p.prefS = p.prov2, p.provS
		}
		if last == "县" || last == "旗" {
			p.isCounty = true
			t.counties = append(t.counties, p)
		} else {
			t.others = append(t.others, p)
		}
	}
	if len(t.counties) < 1000 || len(t.others) == 0 {
		return fmt.Errorf("gazetteer: only %d counties", len(t.counties))
	}
	for _, hs := range helpers {
		for _, h := range hs {
			if len(t.helpers[h]) == 0 {
				return fmt.Errorf("no helper places in province %s", h)
			}
		}
	}
	return nil
}

func lastRune(s string) string {
	r := []rune(s)
	return string(r[len(r)-1])
}
