// Package synth generates synthetic Chinese poverty-alleviation news articles
// for throughput and scale tests of the loader and the server.
//
// The articles read like the genre: real county-level divisions from the
// gazetteer with their real prefecture and province, invented officials with
// the genre's title chains, programs, industries, east–west partner regions,
// statistics, a headline and dateline, and sometimes the boilerplate of news
// sites. They are never to be used to judge extraction: nothing guarantees
// that a statistic or an official is stated the way the gold conventions
// count it.
package synth

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strconv"
)

// Generator writes articles. It is safe for concurrent use.
type Generator struct {
	seed uint64
	trad float64
	t    *tables
}

// New returns a generator for seed. A share traditionalShare (0..1) of the
// articles is written in traditional script. The first call in a process
// builds the shared tables (about 0.2 s).
func New(seed int64, traditionalShare float64) *Generator {
	return &Generator{seed: uint64(seed), trad: min(max(traditionalShare, 0), 1), t: loadTables()}
}

// Article returns the i-th article: a file name (synth_000042.txt) and its
// UTF-8 bytes. The same seed and i give the same article, whatever was
// generated before.
func (g *Generator) Article(i int) (name string, body []byte) {
	a := g.article(i)
	return fmt.Sprintf("synth_%06d.txt", i), a.buf
}

// article writes the i-th article and returns its state, which tests inspect.
func (g *Generator) article(i int) *article {
	// Derive the article's stream from seed and i with splitmix64, so that
	// neighbouring seeds and indexes give unrelated streams.
	s1 := splitmix(g.seed ^ 0x9e3779b97f4a7c15*uint64(i+1))
	s2 := splitmix(s1 ^ uint64(i))
	a := &article{t: g.t, r: rand.New(rand.NewPCG(s1, s2))}
	if a.r.Float64() < g.trad {
		a.s = hant
	}
	a.setup()
	a.write()
	return a
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// article is the state of one article being written.
type article struct {
	t   *tables
	r   *rand.Rand
	s   int // hans or hant
	buf []byte

	indent     string
	blank      bool // blank line between paragraphs
	asciiPunct bool // ， ： （ ） written as ASCII, as some sites do
	srcAtEnd   bool // the dateline names a magazine; （来源：…） closes the article

	c                                      *place
	sec, head, dep, fs, vn, hsec, rep, ed2 text
	ed                                     text
	vil, town                              [2]text
	co, coop, org, src, zone, dir          text
	inits                                  []text
	initNext                               int
	inds                                   []int // indexes into t.industries
	indNext, cur                           int
	chosen                                 bool    // cur was drawn in the current sentence
	intro                                  [3]bool // secretary, head, deputy named with their titles
	sayStart, says                         int     // quotes go round their lists
	progOrder                              []int
	progNext                               int
	h                                      *helperPlace
	mech                                   text

	y, y0, y1, yh, mo, d, hour, min, sec2 int
	hh, pp, hho, ppo, hhy, ppy            int
	hhm, ppm, hhr, ppr, vil0, vily        int
	r0, r1                                int // tenths, hundredths of a percent
	area, inc, inc2                       int

	used []uint64 // per pool: templates used in this article
}

// n returns a number in [lo, hi].
func (a *article) n(lo, hi int) int { return lo + a.r.IntN(hi-lo+1) }

func (a *article) pick(xs []text) text { return xs[a.r.IntN(len(xs))] }

func (a *article) chance(p float64) bool { return a.r.Float64() < p }

// setup draws everything the article is about.
func (a *article) setup() {
	t, r := a.t, a.r
	if a.chance(0.85) {
		a.c = &t.counties[r.IntN(len(t.counties))]
	} else {
		a.c = &t.others[r.IntN(len(t.others))]
	}
	a.sec, a.head, a.dep, a.fs = a.person(), a.person(), a.person(), a.person()
	a.vn, a.hsec, a.rep, a.ed, a.ed2 = a.person(), a.person(), a.person(), a.person(), a.person()
	for k := range a.vil {
		a.vil[k] = a.placeName(t.cun)
		if a.chance(0.7) {
			a.town[k] = a.placeName(t.zhen)
		} else {
			a.town[k] = a.placeName(t.xiang)
		}
	}
	a.dir = a.pick(t.directions)
	if len(a.c.zones) > 0 {
		a.zone = a.pick(a.c.zones)
	} else {
		a.zone = t.deepZone
	}
	a.org = a.pick(t.orgs)
	a.sayStart = r.IntN(64)

	// Industries: two to five distinct ones.
	k := a.n(2, 5)
	for len(a.inds) < k {
		x := r.IntN(len(t.industries))
		if !containsInt(a.inds, x) {
			a.inds = append(a.inds, x)
		}
	}
	a.cur = a.inds[0]
	a.progOrder = r.Perm(len(t.programs))
	for range a.n(1, 3) {
		a.inits = append(a.inits, a.initiative())
	}
	a.co = a.concat(a.c.short, a.pick(t.companyWords), a.pick(t.companyKinds), t.youxian)
	a.coop = a.concat(a.vil[0], t.industries[a.inds[0]].name, t.hezuoshe)

	switch x := r.IntN(4); {
	case x < 2:
		a.src = a.concat(a.c.provS, t.ribao)
	case x == 2:
		a.src = a.concat(a.c.prefS, t.ribao)
	default:
		a.src = a.pick(t.newspapers)
	}
	if hs := helpers[a.c.prov]; len(hs) > 0 && a.chance(0.5) {
		list := t.helpers[hs[r.IntN(len(hs))]]
		a.h = &list[r.IntN(len(list))]
		a.mech = a.pick(t.mechs)
	}

	years := [...]int{2016, 2017, 2018, 2019, 2019, 2020, 2020, 2020, 2021}
	a.y = years[r.IntN(len(years))]
	a.y1 = a.y - 1
	a.y0 = min(a.n(2014, 2015), a.y1-1)
	a.yh = min(a.n(2016, 2017), a.y)
	a.mo, a.d = a.n(1, 12), a.n(1, 28)
	a.hour, a.min, a.sec2 = a.n(6, 23), a.n(0, 59), a.n(0, 59)

	a.hh = a.n(2000, 40000)
	a.pp = a.hh * a.n(200, 270) / 100
	pct := a.n(60, 98)
	a.hho, a.ppo = a.hh*pct/100, a.pp*pct/100
	pct = a.n(10, 35)
	a.hhy, a.ppy = a.hh*pct/100, a.pp*pct/100
	a.hhm = a.n(200, 8000)
	a.ppm = a.hhm * a.n(30, 45) / 10
	pct = a.n(70, 90)
	a.hhr, a.ppr = a.hh*pct/100, a.pp*pct/100
	a.vil0 = a.n(15, 250)
	a.vily = a.vil0*a.n(10, 40)/100 + 1
	a.r0 = a.n(80, 320)
	if a.y >= 2019 {
		a.r1 = a.n(10, 150)
	} else {
		a.r1 = a.n(150, 600)
	}
	a.area = a.n(800, 12000)
	a.inc, a.inc2 = a.n(8000, 15000), a.n(4000, 10000)

	switch r.IntN(3) {
	case 0:
		a.indent = ""
	case 1:
		a.indent = "  "
	default:
		a.indent = "　　"
	}
	a.blank = a.chance(0.5)
	a.asciiPunct = a.chance(0.2)
	a.used = make([]uint64, len(t.pools))
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// concat joins texts in both scripts.
func (a *article) concat(parts ...text) text {
	var out text
	for s := range out {
		n := 0
		for _, p := range parts {
			n += len(p[s])
		}
		b := make([]byte, 0, n)
		for _, p := range parts {
			b = append(b, p[s]...)
		}
		out[s] = string(b)
	}
	return out
}

// person invents a name: a surname and one or two given-name characters.
func (a *article) person() text {
	t := a.t
	if a.chance(0.3) {
		return a.concat(a.pick(t.surnames), a.pick(t.given))
	}
	g1, g2 := a.pick(t.given), a.pick(t.given)
	for g2 == g1 {
		g2 = a.pick(t.given)
	}
	return a.concat(a.pick(t.surnames), g1, g2)
}

func (a *article) placeName(suffix text) text {
	return a.concat(a.pick(a.t.placeCh), a.pick(a.t.placeCh), suffix)
}

// initiative invents a quoted local initiative: “三个一批”, “四联四帮”,
// “1+N”, “1461”, “龙头企业+合作社+贫困户”, “四个依托、三个确保”.
func (a *article) initiative() text {
	t := a.t
	num := func() text { return t.cnDigits[a.n(1, 8)] }
	numGe := func() text {
		if d := a.n(1, 8); d > 1 {
			return t.cnDigits[d]
		}
		return t.liang // 两个, not 二个
	}
	ge := t.ge
	var core text
	switch a.r.IntN(7) {
	case 0:
		core = a.concat(numGe(), ge, a.pick(t.initNouns))
	case 1:
		v := a.pick(t.initVerbs)
		w := a.pick(t.initVerbs)
		n := num()
		core = a.concat(n, v, n, w)
	case 2:
		x := initSymbols[a.r.IntN(len(initSymbols))]
		core = a.concat(text{"1+" + x, "1+" + x})
	case 3:
		d := strconv.Itoa(a.n(1000, 9999))
		if a.chance(0.3) {
			d = d[:3] + "+"
		}
		core = text{d, d}
	case 4:
		x, y := a.pick(t.initActors), a.pick(t.initActors)
		for y == x {
			y = a.pick(t.initActors)
		}
		core = a.concat(x, t.plus, y, t.plus, t.pkh)
	case 5:
		x, y := a.pick(t.initNouns), a.pick(t.initNouns)
		for y == x {
			y = a.pick(t.initNouns)
		}
		core = a.concat(numGe(), ge, x, t.dun, numGe(), ge, y)
	default:
		core = a.concat(t.shuang, a.pick(t.initVerbs), t.shuang, a.pick(t.initVerbs))
	}
	return a.concat(t.lq, core, t.rq)
}

// Writing.

func (a *article) lit(x text)   { a.buf = append(a.buf, x[a.s]...) }
func (a *article) str(s string) { a.buf = append(a.buf, s...) }
func (a *article) int(v int)    { a.buf = strconv.AppendInt(a.buf, int64(v), 10) }
func (a *article) pad2(v int) {
	if v < 10 {
		a.buf = append(a.buf, '0')
	}
	a.int(v)
}

// fixed writes v/10^dec with dec decimals.
func (a *article) fixed(v, dec int) {
	p := 1
	for range dec {
		p *= 10
	}
	a.int(v / p)
	a.buf = append(a.buf, '.')
	f := v % p
	for q := p / 10; q > 1 && f < q; q /= 10 {
		a.buf = append(a.buf, '0')
	}
	a.int(f)
}

// pickTmpl draws a template of pool k that the article has not used yet,
// while there is one.
func (a *article) pickTmpl(k int) tmpl {
	ts := a.t.pools[k]
	n := len(ts)
	i := a.r.IntN(n)
	for j := 0; j < n; j++ {
		x := (i + j) % n
		if a.used[k]&(1<<(x%64)) == 0 {
			a.used[k] |= 1 << (x % 64)
			return ts[x]
		}
	}
	a.used[k] = 1 << (i % 64)
	return ts[i]
}

// exhausted reports whether the article has used every template of pool k.
func (a *article) exhausted(k int) bool {
	n := min(len(a.t.pools[k]), 64)
	return bits.OnesCount64(a.used[k]) >= n
}

func (a *article) pool(name string) int {
	k, ok := a.t.poolIndex[name]
	if !ok {
		panic("synth: no pool " + name)
	}
	return k
}

// sentence writes a template of pool k as a sentence of its own: an
// industry drawn in an earlier sentence is not referred back to.
func (a *article) sentence(k int) {
	a.chosen = false
	a.expand(a.pickTmpl(k))
}

func (a *article) expand(tp tmpl) {
	for i := range tp {
		p := &tp[i]
		if p.kind == slotLit {
			a.buf = append(a.buf, p.lit[a.s]...)
			continue
		}
		a.slot(p)
	}
}

func (a *article) nextInd() int {
	x := a.inds[a.indNext%len(a.inds)]
	a.indNext++
	return x
}

// indOfCat returns an industry of the article in category cat, or any of
// that category; within a sentence, not the one it named last.
func (a *article) indOfCat(cat int) int {
	for j := range a.inds {
		x := a.inds[(a.indNext+j)%len(a.inds)]
		if a.t.industries[x].cat == cat && !(a.chosen && x == a.cur) {
			a.indNext += j + 1
			return x
		}
	}
	c := a.t.byCat[cat]
	x := c[a.r.IntN(len(c))]
	for a.chosen && x == a.cur {
		x = c[a.r.IntN(len(c))]
	}
	return x
}

func (a *article) slot(p *part) {
	t, c := a.t, a.c
	switch p.kind {
	case slotPool:
		a.expand(a.pickTmpl(p.a))
	case slotNum:
		a.int(a.n(p.a, p.b))
	case slotFrac:
		a.fixed(a.n(p.a, p.b), 1)
	case slotCnNum:
		if p.b > 0 {
			a.lit(t.cnDigits[a.n(p.a, p.b)-1])
		} else {
			a.lit(t.cnDigits[a.n(2, 8)])
		}
	case slotC:
		a.lit(c.name)
	case slotCfull:
		a.lit(c.full)
	case slotCs:
		a.lit(c.short)
	case slotU:
		a.lit(c.unit)
	case slotP:
		a.lit(c.pref)
	case slotPs:
		a.lit(c.prefS)
	case slotPv:
		a.lit(c.prov2)
	case slotPvs:
		a.lit(c.provS)
	case slotDir:
		a.lit(a.dir)
	case slotZone:
		a.lit(a.zone)
	case slotSec:
		a.lit(a.sec)
		a.intro[0] = true
	case slotHead:
		a.lit(a.head)
		a.intro[1] = true
	case slotDep:
		a.lit(a.dep)
		a.intro[2] = true
	case slotSecR, slotHeadR, slotDepR:
		// The first mention carries the title chain, later ones the name.
		k := int(p.kind - slotSecR)
		if a.intro[k] {
			a.lit([3]text{a.sec, a.head, a.dep}[k])
		} else {
			a.expand(a.pickTmpl(t.titlePools[k]))
		}
	case slotFS:
		a.lit(a.fs)
	case slotVn:
		a.lit(a.vn)
	case slotHSec:
		a.lit(a.hsec)
	case slotVil:
		a.lit(a.vil[0])
	case slotVil2:
		a.lit(a.vil[1])
	case slotTown:
		a.lit(a.town[0])
	case slotTown2:
		a.lit(a.town[1])
	case slotCo:
		a.lit(a.co)
	case slotCoop:
		a.lit(a.coop)
		a.cur, a.chosen = a.inds[0], true
	case slotOrg:
		a.lit(a.org)
	case slotProg:
		a.lit(t.programs[a.progOrder[a.progNext%len(a.progOrder)]])
		a.progNext++
	case slotProgs:
		k := a.n(3, 7)
		for j := range k {
			if j > 0 {
				if j == k-1 && a.chance(0.3) {
					a.lit(t.he)
				} else {
					a.lit(t.dun)
				}
			}
			a.lit(t.programs[a.progOrder[a.progNext%len(a.progOrder)]])
			a.progNext++
		}
	case slotInit:
		a.lit(a.inits[a.initNext%len(a.inits)])
		a.initNext++
	case slotSlogan:
		a.lit(t.lq)
		a.lit(a.pick(t.slogans))
		a.lit(t.rq)
	case slotInd:
		a.cur, a.chosen = a.nextInd(), true
		a.lit(t.industries[a.cur].name)
	case slotInds:
		for j := range a.inds {
			if j > 0 {
				a.lit(t.dun)
			}
			a.lit(t.industries[a.inds[(a.indNext+j)%len(a.inds)]].name)
		}
	case slotIndScale:
		// The scale of the industry the sentence named, or of the next one.
		if !a.chosen {
			a.cur, a.chosen = a.nextInd(), true
		}
		a.expand(a.pickTmpl(t.scalePools[t.industries[a.cur].cat]))
	case slotIndP:
		a.cur, a.chosen = a.indOfCat(catPlant), true
		a.lit(t.industries[a.cur].name)
	case slotIndL:
		a.cur, a.chosen = a.indOfCat(catLive), true
		a.lit(t.industries[a.cur].name)
	case slotIndF:
		a.cur, a.chosen = a.indOfCat(catFungi), true
		a.lit(t.industries[a.cur].name)
	case slotI:
		a.lit(t.industries[a.cur].name)
	case slotUnit:
		a.lit(t.industries[a.cur].unit)
	case slotH:
		a.lit(a.helper().name)
	case slotHCity:
		a.lit(a.helper().city)
	case slotHPv:
		a.lit(a.helper().provS)
	case slotMech:
		if a.h == nil {
			a.lit(t.mechs[0])
		} else {
			a.lit(a.mech)
		}
	case slotY:
		a.int(a.y)
	case slotY0:
		a.int(a.y0)
	case slotY1:
		a.int(a.y1)
	case slotYh:
		a.int(a.yh)
	case slotMo:
		a.int(a.mo)
	case slotD:
		a.int(a.d)
	case slotHH:
		a.int(a.hh)
	case slotPP:
		a.int(a.pp)
	case slotHHo:
		a.int(a.hho)
	case slotPPo:
		a.int(a.ppo)
	case slotHHy:
		a.int(a.hhy)
	case slotPPy:
		a.int(a.ppy)
	case slotHHm:
		a.int(a.hhm)
	case slotPPm:
		a.int(a.ppm)
	case slotHHr:
		a.int(a.hhr)
	case slotPPr:
		a.int(a.ppr)
	case slotR0:
		a.fixed(a.r0, 1)
	case slotR1:
		a.fixed(a.r1, 2)
	case slotVIL:
		a.int(a.vil0)
	case slotVILy:
		a.int(a.vily)
	case slotArea:
		a.int(a.area)
	case slotInc:
		a.int(a.inc)
	case slotInc2:
		a.int(a.inc2)
	case slotOSay:
		a.lit(t.officialSay[(a.sayStart+a.says)%len(t.officialSay)])
		a.says++
	case slotVSay:
		a.lit(t.villagerSays[(a.sayStart+a.says)%len(t.villagerSays)])
		a.says++
	case slotNL:
		a.newPara()
	case slotSrc:
		a.lit(a.src)
	default:
		panic(fmt.Sprintf("synth: slot %d", p.kind))
	}
}

// helper returns the article's partner region; templates that name one are
// only drawn when there is one, but a sub-template may still reach here.
func (a *article) helper() *helperPlace {
	if a.h == nil {
		list := a.t.helpers["12"]
		a.h = &list[a.r.IntN(len(list))]
		a.mech = a.t.mechs[0]
	}
	return a.h
}

// newPara ends a paragraph and starts the next.
func (a *article) newPara() {
	a.buf = append(a.buf, '\n')
	if a.blank {
		a.buf = append(a.buf, '\n')
	}
	a.str(a.indent)
}

// endLine ends a line that is not indented (headline, dateline, boilerplate).
func (a *article) endLine() {
	a.buf = append(a.buf, '\n')
	if a.blank {
		a.buf = append(a.buf, '\n')
	}
}

// paragraph writes k sentences of pool p as one indented paragraph.
func (a *article) paragraph(p int, k int) {
	a.str(a.indent)
	for range k {
		a.sentence(p)
	}
	a.endLine()
}

// Body sections and their weights.
var sections = []struct {
	pool     string
	weight   int
	min, max int // sentences
	partner  bool
}{
	{"programs", 4, 1, 4, false},
	{"industry", 4, 1, 4, false},
	{"partner", 3, 1, 4, true},
	{"quote", 2, 1, 2, false},
	{"infra", 1, 1, 3, false},
	{"village", 2, 1, 3, false},
	{"work", 2, 1, 4, false},
	{"qa", 1, 1, 1, false},
	{"subhead", 1, 1, 1, false},
	{"stats", 1, 1, 2, false},
}

// write lays out the article.
func (a *article) write() {
	t, r := a.t, a.r
	target := 1200 + r.IntN(6800)
	if a.chance(0.12) {
		target = 8000 + r.IntN(12000)
	}
	a.buf = make([]byte, 0, target+4096)

	if a.chance(0.15) {
		if a.chance(0.5) {
			a.lit(t.appDL)
		} else {
			a.lit(t.crumbs)
		}
		a.str("\n\n")
	}
	helperView := a.h != nil && a.chance(0.3)
	if helperView {
		a.sentence(a.pool("headline_h"))
	} else {
		a.sentence(a.pool("headline"))
	}
	a.str("\n\n")
	a.intro = [3]bool{} // the body introduces the officials again
	a.dateline()
	a.str("\n\n")
	if a.chance(0.3) {
		a.str(a.indent)
		if a.chance(0.5) {
			a.lit(t.benbao)
			a.lit(a.rep)
		} else {
			a.lit(t.jizhe)
			a.lit(a.rep)
			a.lit(t.tongxun)
			a.lit(a.ed2)
		}
		a.endLine()
	}
	if helperView {
		a.paragraph(a.pool("lede_h"), 1)
	} else {
		a.paragraph(a.pool("lede"), 1)
	}
	if a.chance(0.8) {
		a.paragraph(a.pool("background"), a.n(1, 2))
	}
	a.paragraph(a.pool("stats"), a.n(1, 3))

	total := 0
	for _, s := range sections {
		total += s.weight
	}
	last, partnered, skipped := "", false, 0
	for len(a.buf) < target-250 {
		w := r.IntN(total)
		k := 0
		for w >= sections[k].weight {
			w -= sections[k].weight
			k++
		}
		s := sections[k]
		if (s.partner && a.h == nil) || s.pool == last {
			continue
		}
		if p := a.pool(s.pool); a.exhausted(p) {
			// Draw other sections while they have unused sentences; a
			// long article may start over.
			if skipped++; skipped > 40 {
				clear(a.used)
				skipped = 0
			}
			continue
		}
		skipped = 0
		last = s.pool
		partnered = partnered || s.partner
		a.paragraph(a.pool(s.pool), a.n(s.min, s.max))
	}
	if a.h != nil && !partnered {
		a.paragraph(a.pool("partner"), a.n(1, 2))
	}
	a.paragraph(a.pool("closing"), 1)

	tail := r.IntN(6)
	if a.srcAtEnd {
		tail = 0
	}
	switch tail {
	case 0:
		a.str("（")
		a.lit(t.laiyuan)
		a.lit(a.src)
		a.str("）")
		a.endLine()
	case 1:
		a.str("（")
		a.lit(t.zeren)
		a.lit(a.ed)
		a.str("）")
		a.endLine()
	case 2:
		a.str("（")
		a.lit(t.wen)
		a.lit(a.rep)
		a.lit(t.bianji)
		a.lit(a.ed)
		a.str("）")
		a.endLine()
	case 3:
		a.str("【")
		a.lit(a.ed)
		a.lit(t.shen)
		a.endLine()
	}
	if a.chance(0.35) {
		cp := a.pool("copyright")
		for range a.n(1, 3) {
			a.sentence(cp)
			a.endLine()
		}
	}
	if a.chance(0.25) {
		a.str("\n")
		a.lit(t.guess)
		a.str("\n\n")
		hl := a.pool("headline")
		for range a.n(5, 11) {
			if a.chance(0.6) {
				a.lit(a.pick(t.related))
			} else {
				a.sentence(hl)
			}
			a.buf = append(a.buf, '\n')
		}
	}
	if a.chance(0.15) {
		a.lit(t.share)
		a.buf = append(a.buf, '\n')
	}
	if a.asciiPunct {
		a.buf = asciiPunct(a.buf)
	}
}

// dateline writes one of the genre's datelines; the first form is the most
// common: 2020-01-21 15:38:37|来源:黑龙江日报|编辑:吕丹丹.
func (a *article) dateline() {
	t := a.t
	switch x := a.r.IntN(10); {
	case x < 6:
		a.int(a.y)
		a.str("-")
		a.pad2(a.mo)
		a.str("-")
		a.pad2(a.d)
		a.str(" ")
		a.pad2(a.hour)
		a.str(":")
		a.pad2(a.min)
		a.str(":")
		a.pad2(a.sec2)
		a.str("|")
		a.lit(t.src)
		a.lit(a.src)
		a.str("|")
		a.lit(t.ed)
		a.lit(a.ed)
		if x < 2 {
			a.str("|")
			a.lit(t.zebian)
			a.lit(a.ed2)
		}
	case x < 9:
		a.int(a.y)
		a.str("年")
		a.pad2(a.mo)
		a.str("月")
		a.pad2(a.d)
		a.str("日 ")
		a.pad2(a.hour)
		a.str(":")
		a.pad2(a.min)
		a.str("   ")
		a.lit(t.laiyuan)
		a.lit(a.src)
	default:
		// A magazine reprint: the source comes at the end.
		a.int(a.y)
		a.str("-")
		a.pad2(a.mo)
		a.str("-")
		a.pad2(a.d)
		a.str("\n\n")
		if a.chance(0.5) {
			a.lit(a.c.provS)
			a.lit(a.pick(t.magazines))
		} else {
			a.lit(t.zgfp)
		}
		a.str(" ")
		a.int(a.y)
		a.str("年")
		a.int(a.n(1, 12))
		a.lit(t.qi)
		a.srcAtEnd = true
	}
}

// asciiPunct rewrites ， ： （ ） as ASCII in place.
func asciiPunct(b []byte) []byte {
	w := 0
	for i := 0; i < len(b); i++ {
		if b[i] == 0xEF && i+2 < len(b) && b[i+1] == 0xBC {
			var c byte
			switch b[i+2] {
			case 0x8C:
				c = ','
			case 0x9A:
				c = ':'
			case 0x88:
				c = '('
			case 0x89:
				c = ')'
			}
			if c != 0 {
				b[w] = c
				w++
				i += 2
				continue
			}
		}
		b[w] = b[i]
		w++
	}
	return b[:w]
}
