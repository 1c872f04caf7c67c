package loader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

// Metrics recorded (CONVENTIONS: a fixed list).
const (
	metricRate       = "贫困发生率"
	metricRegistered = "建档立卡贫困人口"
	metricPoor       = "贫困人口"
	metricLifted     = "脱贫人口"
	metricVillages   = "贫困村"
	metricVillagesX  = "出列贫困村"
	metricTowns      = "贫困乡镇"
	metricTownsX     = "出列贫困乡镇"
)

// quantity is a number with its unit in a sentence: 8680户, 16492人, 46个, 0.44%.
type quantity struct {
	sp     span
	num    float64
	text   string // as written, without the unit: 8680, 12.6万
	unit   rune   // 户 人 名 个 %
	approx bool   // 余/多
}

// readQuantity parses a number at rs[i] followed by an optional 万/余/多 and a unit.
func readQuantity(rs []rune, i int) (quantity, bool) {
	if i >= len(rs) || !isDigit(rs[i]) || i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '.') {
		return quantity{}, false
	}
	j := i
	for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.' || rs[j] == ',') {
		j++
	}
	numText := strings.ReplaceAll(runesString(rs[i:j]), ",", "")
	num, err := strconv.ParseFloat(strings.TrimSuffix(numText, "."), 64)
	if err != nil {
		return quantity{}, false
	}
	q := quantity{text: numText}
	if j+1 < len(rs) && rs[j] == ' ' && strings.ContainsRune("万户人名个%％", rs[j+1]) {
		// 72316 人, 36.24 万: a space left between the figure and its unit.
		j++
	}
	if j < len(rs) && rs[j] == '万' {
		num *= 10000
		q.text += "万"
		j++
	} else if j+1 < len(rs) && (rs[j] == '余' || rs[j] == '多') && rs[j+1] == '万' {
		// 20多万, 3余万: the approximation written before the ten thousand.
		num *= 10000
		q.text += string(rs[j : j+2])
		q.approx = true
		j += 2
	}
	for j < len(rs) && (rs[j] == '余' || rs[j] == '多') {
		q.approx = true
		j++
	}
	if q.text != numText && (j >= len(rs) || isClauseBreak(rs[j]) || rs[j] == '。' || rs[j] == '、') && strings.Contains(runesString(rs[max(0, i-10):i]), "人口") {
		// 全县贫困人口8万，: a count of people in 万 with the unit left out
		// (and in a list: 贫困村100个、贫困人口4万、).
		q.num, q.unit, q.sp = num, '人', span{i, j}
		return q, true
	}
	startOfFall := num >= 1000 && num == float64(int64(num)) && i > 0 && (rs[i-1] == '由' || rs[i-1] == '从')
	if (q.text != numText || startOfFall) && j < len(rs) && fallVerbAt(rs, j) && strings.Contains(runesString(rs[max(0, i-12):i]), "人口") {
		// 贫困人口由2011年的14.63万下降到7.2万, 贫困人口由108541减少到6306人:
		// the unit left out before the fall.
		q.num, q.unit, q.sp = num, '人', span{i, j}
		return q, true
	}
	if j >= len(rs) {
		return quantity{}, false
	}
	if rs[j] == '个' && impliedPeople(rs, j+1, q.text != numText, num) {
		// 50621个建档立卡贫困人口实现脱贫: people counted with 个.
		q.num, q.unit, q.sp = num, '人', span{i, j + 1}
		return q, true
	}
	if impliedPeople(rs, j, q.text != numText, num) {
		// 剩余1.3万贫困人口, 已实现93708贫困人口脱贫: the unit 人 is implied.
		q.num, q.unit, q.sp = num, '人', span{i, j}
		return q, true
	}
	switch rs[j] {
	case '户', '人', '名', '个', '%', '％':
		q.unit = rs[j]
		if q.unit == '％' {
			q.unit = '%'
		}
	case '口':
		// 58488口人: people counted by mouths.
		if j+1 >= len(rs) || rs[j+1] != '人' {
			return quantity{}, false
		}
		q.num, q.unit, q.sp = num, '人', span{i, j + 2}
		return q, true
	default:
		return quantity{}, false
	}
	if q.unit == '户' && hasRunePrefix(rs, j+1, "人家") {
		// 25301户人家: households, the word for them written out.
		q.num, q.sp = num, span{i, j + 3}
		return q, true
	}
	// 人次 is a count of visits, not of people.
	if q.unit == '人' && j+1 < len(rs) && rs[j+1] == '次' {
		return quantity{}, false
	}
	q.num, q.sp = num, span{i, j + 1}
	return q, true
}

// fallVerbAt reports whether a verb of decrease starts at rs[j] (下降, 减少,
// 降至, 减至, 降到).
func fallVerbAt(rs []rune, j int) bool {
	for _, v := range []string{"下降", "减少", "降至", "减至", "降到", "减到"} {
		if hasRunePrefix(rs, j, v) {
			return true
		}
	}
	return false
}

// peopleNouns name people right after a figure whose unit 人 is left out.
var peopleNouns = []string{"未脱贫人口", "未脱贫群众", "低收入人口", "贫困人口", "贫困群众", "建档立卡贫困人口", "建档立卡贫困群众", "建档立卡贫困对象", "农村贫困人口", "现行标准下贫困人口", "现行标准下农村贫困人口"}

// impliedPeople reports whether the figure ending at rs[j] counts people with
// the unit left out: a figure in 万, or a whole number of at least 100, right
// before a noun of poor people.
func impliedPeople(rs []rune, j int, wan bool, num float64) bool {
	if !wan && (num < 100 || num != float64(int64(num)) || num >= 1990 && num <= 2035) {
		// 完成2020农村贫困人口全部脱贫: a bare figure that reads as a year
		// is no count.
		return false
	}
	for _, w := range peopleNouns {
		if hasRunePrefix(rs, j, w) {
			return true
		}
	}
	return false
}

// statExclusions before a figure make it something other than the area's
// poverty count: people helped by a project, checked, trained, relocated,
// assigned to a cadre (包保, 挂钩) or reached by an industry (涉及).
var statExclusions = []string{"每天", "每小时", "每月", "平均每", "就业", "参与", "带动", "联结", "辐射", "帮助", "惠及", "受益", "覆盖", "核查", "其中", "搬迁", "安置", "培训", "吸纳", "分红", "走访", "慰问", "返贫", "结对", "选派", "抽调", "组织", "资助", "救助", "参加", "低保", "兜底", "帮扶", "贷款", "发放", "包保", "挂钩", "涉及"}

// statExclusionSet finds statExclusions in one pass.
var statExclusionSet = newPhrases(statExclusions...)

// statAfterExclusions after a figure: 受益, 增收.
// 涉及 as after villages (2000名贫困人口涉及茶产业, like 30个贫困村涉及茶产业):
// the people an industry reaches.
var statAfterExclusions = []string{"受益", "增收", "参加", "就业", "务工", "搬迁", "入股", "分红", "参保", "涉及"}

// beneficiaryAfter in the rest of a figure's clause make it the people a
// project serves (提供, 解决…问题, 享受, 入住, 从事, 依靠 an industry, 实现
// 就业增收).
var beneficiaryAfter = []string{"提供", "解决", "享受", "入住", "从事", "实用技术", "依靠", "就业增收", "实现就业"}

// findStats reads the poverty figures of the metric list with their year and
// place.
func (x *Extractor) findStats(d *document, p *places) []kg.StatFact {
	var out []kg.StatFact
	seen := map[string]bool{}
	pubYear := ""
	if len(d.PublishedAt) >= 4 {
		pubYear = d.PublishedAt[:4]
	}
	add := func(rule string, s *sentence, place gazetteer.Division, metric, value string, num float64, unit, year string) {
		if place.Level == gazetteer.County && unit == "人" && num >= 1000000 {
			// No county has a million poor: such a figure in a county's
			// report (全国贫困人口一年减少了1109万) is the nation's or a
			// province's, whatever place the sentence falls back to.
			return
		}
		key := place.Code + "|" + metric + "|" + value + "|" + year
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, kg.StatFact{
			ID: kg.StatID(place.Code, metric, year, value), Place: displayName(place), PlaceCode: place.Code,
			Metric: metric, Value: value, Number: num, Unit: unit, Year: year,
			Evidence: []kg.Evidence{s.evidenceBy(d.ID, rule)},
		})
	}
	for _, s := range d.sents {
		if s.idx < d.titleSents {
			continue
		}
		rs := s.rs
		var qs []quantity
		for i := 0; i < len(rs); i++ {
			// Most characters are no digit: test before the call.
			if !isDigit(rs[i]) {
				continue
			}
			if q, ok := readQuantity(rs, i); ok {
				qs = append(qs, q)
				i = q.sp.end - 1
			}
		}
		// A rate brought to zero without a % (贫困发生率由21.11%降至0, 下降到零,
		// 清零).
		for _, z := range zeroRates(rs) {
			// 四个县贫困发生率全部降至零: several counties' rate is none's.
			if hasAny(string(rs[max(0, z-30):z]), []string{"个县", "各县", "个贫困县", "县区"}) {
				continue
			}
			if _, pairAt, isRate := rateContext(rs, z); isRate {
				if place, ok := x.statPlace(d, p, s, z); ok {
					year := yearBefore(rs, z, pubYear)
					if pairAt >= 0 {
						if year = endYear(rs, pairAt, z); year == "" {
							year = yearBefore(rs, pairAt, pubYear)
						}
					}
					add("stat.rate-zero", s, place, metricRate, "0%", 0, "%", year)
				}
			}
		}
		if len(qs) == 0 {
			continue
		}
		respective := x.respectivePlaces(d, p, s, qs)
		var puts []statPut // the figures of this sentence that were placed
		for qi := 0; qi < len(qs); qi++ {
			q := qs[qi]
			// The place is found only for a figure of the metric list: most
			// numbers of a sentence are none.
			var place gazetteer.Division
			placed, placeOK := false, false
			// put adds a figure of this quantity at its place, when it has one.
			put := func(rule, metric, value string, num float64, unit, year string) {
				if !placed {
					place, placeOK = x.statPlace(d, p, s, q.sp.start)
					if div, found := respective[qi]; found {
						place, placeOK = div, true
					}
					placed = true
				}
				if placeOK {
					add(rule, s, place, metric, value, num, unit, year)
					puts = append(puts, statPut{end: q.sp.end, metric: metric, unit: unit, year: year, place: place})
				}
			}
			if bound(rs, q.sp.end) {
				continue
			}
			if targeted(s, q.sp.start) && !(q.unit == '%' && rateStartAt(rs, q.sp.start)) && !(q.unit == '个' && wholeUnitBefore(rs, q.sp.end)) {
				// A start value (贫困发生率将从2016年的35.68%…) is history
				// even in a sentence about a goal.
				if q.unit == '人' || q.unit == '名' {
					if pm := wholeLifted(rs, q.sp.start, q.sp.end); pm != "" && !(qi > 0 && qs[qi-1].unit == '户' && gapOK(rs, qs[qi-1].sp.end, q.sp.start)) {
						// 目标：到2018年，全县4万贫困人口全部脱贫: the
						// population to lift is there now, whatever the goal.
						put("stat.people-target", pm, q.text+"人", q.num, "人", "")
					}
				}
				continue
			}
			year := yearBefore(rs, q.sp.start, pubYear)
			if q.unit == '个' && wholeUnitBefore(rs, q.sp.end) && targeted(s, q.sp.start) {
				// 目标：到2019年，全县50个贫困村…全部脱贫: the whole count is
				// there now, with no year of the goal's deadline.
				year = ""
			}
			switch q.unit {
			case '%':
				rateStart, pairAt, isRate := rateContext(rs, q.sp.start)
				if isRate {
					if q, isRate = rateValue(q); !isRate {
						// 贫困发生率从198%降至…: a share over 100 % lost its
						// decimal point; which digit it stood after is unsure.
						continue
					}
				}
				if isRate && ratedPlaces(rs, q.sp.end) {
					// 贫困发生率超过18%的贫困县, 曾达30%的小山村: the rate
					// describes a kind of place, no figure of the area.
					continue
				}
				if !isRate || thresholdWords.endingAt(rs, q.sp.start) != "" {
					// 综合贫困发生率低于3%: the bar a county must pass, no
					// figure of it (the tuning gold records none of 22).
					continue
				}
				if pairAt >= 0 {
					// The end value of 由X降至Y takes the year written with it
					// or else the year before the pair, never the start
					// value's (由2014年的23.5%下降到1.2%).
					if year = endYear(rs, pairAt, q.sp.start); year == "" {
						year = yearBefore(rs, pairAt, pubYear)
					}
				}
				if rateStart {
					// 由19.7%下降到15.2%: the start value's year only if stated
					// right with it (由2014年的19.7%).
					// (由2014年建档立卡时的54.37%: the year stands after 由 or
					// 从, however far within the clause).
					a := q.sp.start - 10
					for k := q.sp.start - 1; k >= max(0, q.sp.start-20); k-- {
						if rs[k] == '由' || rs[k] == '从' {
							a = k
							break
						}
						if strings.ContainsRune("，,；;。", rs[k]) {
							break
						}
					}
					y := yearIn(rs, a, q.sp.start)
					put("stat.rate-pair", metricRate, q.text+"%", q.num, "%", y)
					continue
				}
				put("stat.rate", metricRate, q.text+"%", q.num, "%", year)
			case '户':
				// N户M人
				if qi+1 < len(qs) && (qs[qi+1].unit == '人' || qs[qi+1].unit == '名') && (gapOK(rs, q.sp.end, qs[qi+1].sp.start) || nounPairGap(rs, q.sp.start, q.sp.end, qs[qi+1].sp.start)) {
					m := qs[qi+1]
					qi++
					value := q.text + "户" + m.text + "人"
					if metric, start, pairAt := peoplePair(rs, q.sp.start); metric != "" {
						// 从2015年的3.2万户13.6万人减少到1.1万户4.3万人
						y := yearIn(rs, pairAt, q.sp.start)
						if !start {
							if y = endYear(rs, pairAt, q.sp.start); y == "" {
								y = yearBefore(rs, pairAt, pubYear)
							}
						}
						put("stat.people-pair", metric, value, m.num, "人", y)
						continue
					}
					if metric := tensed(rs, q.sp.start, m.sp.end, peopleMetric(rs, q.sp.start, m.sp.end)); metric != "" {
						put("stat.people", metric, value, m.num, "人", year)
						if pm := wholeLifted(rs, q.sp.start, m.sp.end); metric == metricLifted && pm != "" {
							put("stat.people-whole", pm, value, m.num, "人", year)
						}
					} else if drivenOutOfPoverty(rs, q.sp.start, m.sp.end) {
						// 带动了5075户、14917人脱贫: households and people counted
						// whole that left poverty are an outcome, whatever drove it.
						put("stat.people", metricLifted, value, m.num, "人", year)
					}
					continue
				}
				// Households alone: 全县共有建档立卡贫困户2.3万户.
				before := string(rs[max(0, q.sp.start-12):q.sp.start])
				for _, w := range []string{"共有", "共", "有", "为", "是", "达"} {
					before = strings.TrimSuffix(before, w)
				}
				// 建档立卡的贫困户44户 is 建档立卡贫困户 written with 的.
				before = strings.Replace(before, "建档立卡的贫困户", "建档立卡贫困户", 1)
				// The words before the figure in its own clause, for the
				// exclusions (a project's reach).
				cs, _ := clauseAround(rs, q.sp.start, q.sp.end)
				reach := statExclusionSet.inside(excludable(rs, q.sp.start, string(rs[max(cs, q.sp.start-12):q.sp.start])))
				if pm := wholeLifted(rs, q.sp.start, q.sp.end); pm != "" && !reach {
					// 全县17379户贫困人口全部脱贫: households alone, a whole
					// population that left poverty, as with 户 and 人.
					put("stat.households-whole", metricLifted, q.text+"户", q.num, "户", year)
					put("stat.households-whole", pm, q.text+"户", q.num, "户", year)
				} else if after := string(rs[q.sp.end:min(len(rs), q.sp.end+10)]); strings.HasPrefix(after, "建档立卡贫困户中") && !strings.HasSuffix(before, "的") && !reach {
					// 全县7000户建档立卡贫困户中有5000户…: the register the
					// part is taken from (有劳动能力的2000户贫困户中: a kind of
					// them).
					put("stat.households", metricRegistered, q.text+"户", q.num, "户", year)
				} else if strings.HasSuffix(before, "建档立卡贫困户") && !statExclusionSet.inside(before) {
					put("stat.households", metricRegistered, q.text+"户", q.num, "户", year)
				} else if fell := trimFallTo(before); fell != before && strings.HasSuffix(fell, "贫困户") && !strings.HasSuffix(fell, "非贫困户") {
					// 贫困户减少至3482户: the poor households that remain.
					put("stat.households", metricPoor, q.text+"户", q.num, "户", year)
				} else if strings.HasSuffix(before, "有贫困户") && !reach && !statExclusionSet.inside(before) {
					// 甲村有贫困户44户, 全县共有贫困户3000户: the poor households
					// a unit has.
					put("stat.households", metricPoor, q.text+"户", q.num, "户", year)
				} else if m := countedAsPoor(rs, q.sp.end); m != "" && !reach {
					// 600多户人家中就有228户是贫困户: the poor households of
					// the unit whose households were just counted.
					put("stat.households", m, q.text+"户", q.num, "户", year)
				}
			case '人', '名':
				if metric, start, pairAt := peoplePair(rs, q.sp.start); metric != "" {
					// 贫困人口由2013年底的15.6万人减少到1.2万人
					y := year
					switch {
					case start:
						y = yearIn(rs, pairAt, q.sp.start)
					default:
						// 减少到2019年底的1.2万人: the year written with the end value.
						if y = endYear(rs, pairAt, q.sp.start); y == "" {
							y = yearBefore(rs, pairAt, pubYear)
						}
					}
					put("stat.people-pair", metric, q.text+"人", q.num, "人", y)
					continue
				}
				// 5000名建档立卡贫困人口（甲县3000人、乙县2000人）全部脱贫: what is
				// said of the figure follows its breakdown.
				ps := withoutBracketAfter(rs, q.sp.end)
				if metric := tensed(ps, q.sp.start, q.sp.end, peopleMetric(ps, q.sp.start, q.sp.end)); metric != "" {
					put("stat.people", metric, q.text+"人", q.num, "人", year)
					if pm := wholeLifted(ps, q.sp.start, q.sp.end); metric == metricLifted && pm != "" {
						put("stat.people-whole", pm, q.text+"人", q.num, "人", year)
					}
				}
			case '个':
				if metric := tensed(rs, q.sp.start, q.sp.end, countMetric(rs, q.sp.end)); metric != "" {
					put("stat.count", metric, q.text+"个", q.num, "个", year)
				} else if metric := countAfterNoun(rs, q.sp.start); metric != "" {
					y := year
					if villagePairStart(string(rs[max(0, q.sp.start-12):q.sp.start])) {
						// 贫困村由2017年底的64个: the year written with the start value, or none.
						y = yearIn(rs, max(0, q.sp.start-12), q.sp.start)
					}
					put("stat.count", metric, q.text+"个", q.num, "个", y)
				} else if metric := countAfterVerb(rs, q.sp.start); metric != "" {
					put("stat.count", metric, q.text+"个", q.num, "个", year)
				} else if bareVillagesExited(rs, q.sp.start, q.sp.end) {
					put("stat.count", metricVillagesX, q.text+"个", q.num, "个", year)
				}
			}
		}
		for _, b := range x.breakdowns(p, s, puts) {
			add("stat.breakdown", s, b.place, b.metric, b.value, b.num, b.unit, b.year)
		}
	}
	return registeredOverPoor(out)
}

// registeredOverPoor drops a 贫困人口 figure that the article also gives,
// for the same place, as the registered population: a lead's 贫困人口从X人
// 减少到Y人 that the body writes 建档立卡贫困户从X人减少到Y人 is the register.
func registeredOverPoor(facts []kg.StatFact) []kg.StatFact {
	registered := map[string]bool{}
	for _, f := range facts {
		if f.Metric == metricRegistered {
			registered[f.PlaceCode+"|"+f.Value] = true
		}
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Metric == metricPoor && registered[f.PlaceCode+"|"+f.Value] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// ratedPlaceRe matches what follows a rate that describes places: 的, an
// optional count, and a noun of places (贫困县, 县(区), 4个贫困村, 小山村).
var ratedPlaceRe = regexp.MustCompile(`^(?:以上|以下)?的(?:[0-9一二三四五六七八九十两]+个)?(?:深度)?(?:贫困)?(?:小山村|山村|小山城|山城|小城|县|村|区|乡|镇|地区)`)

// ratedPlaces reports whether the rate ending at rs[end] describes a kind of
// place rather than giving an area's figure.
func ratedPlaces(rs []rune, end int) bool {
	return ratedPlaceRe.MatchString(string(rs[end:min(len(rs), end+10)]))
}

// thresholdWords written right before a rate make it a bar to pass, or the
// highest or lowest of several units (贫困发生率最高达50%).
var thresholdWords = newPhrases("低于", "低於", "不高于", "不超过", "小于", "最高达", "最高为", "最低达", "最低为")

// statPut is a figure a sentence placed: where its quantity ends, its
// metric, unit, year and place.
type statPut struct {
	end                int
	metric, unit, year string
	place              gazetteer.Division
	value              string
	num                float64
}

// breakdowns reads a figure's breakdown by place written in brackets after
// it: 全市11662名建档立卡贫困人口（甲县7418人、乙县1854人、丙区1324人）,
// 256个贫困村(甲县114个、乙县102个、丙区8个). Each item is a county or
// prefecture within the figure's place, with a count of the figure's unit;
// it gets the figure's metric and year.
func (x *Extractor) breakdowns(p *places, s *sentence, puts []statPut) []statPut {
	var out []statPut
	rs := s.rs
	ms := p.inSent(s.idx)
	for b := 0; b < len(rs); b++ {
		if rs[b] != '(' && rs[b] != '（' {
			continue
		}
		var fig *statPut
		for k := range puts {
			if puts[k].end <= b && b-puts[k].end <= 16 && (fig == nil || puts[k].end > fig.end) {
				fig = &puts[k]
			}
		}
		if fig == nil || fig.unit == "%" {
			continue
		}
		var metrics []string // every metric placed for the figure (建档立卡贫困人口 and 脱贫人口)
		for _, o := range puts {
			if o.end == fig.end && !slices.Contains(metrics, o.metric) {
				metrics = append(metrics, o.metric)
			}
		}
		var items []statPut
		i := b + 1
		for i < len(rs) {
			var m *placeMention
			for k := range ms {
				if ms[k].sp.start == i && ms[k].code != "" {
					m = &ms[k]
				}
			}
			if m == nil {
				break
			}
			div, ok := x.gz.ByCode(m.code)
			if !ok || div.Level != gazetteer.County && div.Level != gazetteer.Prefecture || !x.within(div, fig.place) {
				break
			}
			q, ok := readQuantity(rs, m.sp.end)
			if !ok || q.sp.start != m.sp.end {
				break
			}
			unit := string(q.unit)
			if q.unit == '名' {
				unit = "人"
			}
			if unit != fig.unit {
				break
			}
			for _, metric := range metrics {
				items = append(items, statPut{place: div, metric: metric, unit: unit, year: fig.year, value: q.text + unit, num: q.num})
			}
			i = q.sp.end
			if i < len(rs) && rs[i] == '、' {
				i++
				continue
			}
			break
		}
		if len(items) >= 2*len(metrics) && i < len(rs) && (rs[i] == ')' || rs[i] == '）') {
			out = append(out, items...)
			b = i
		}
	}
	return out
}

// respectivePlaces reads "甲县、乙县…分别为X、Y": the figures written after
// 分别, one per place of the list of counties or prefectures that ends
// before it in the sentence, item by item. It returns the place of each such
// figure by its index in qs.
func (x *Extractor) respectivePlaces(d *document, p *places, s *sentence, qs []quantity) map[int]gazetteer.Division {
	at := strings.Index(s.text, "分别")
	if at < 0 || len(qs) < 2 {
		return nil
	}
	fen := utf8.RuneCountInString(s.text[:at])
	// The figures after 分别, joined by 、/和/及.
	var idx []int
	for qi, q := range qs {
		if q.sp.start < fen {
			continue
		}
		if len(idx) > 0 {
			gap := string(s.rs[qs[idx[len(idx)-1]].sp.end:q.sp.start])
			if gap != "、" && gap != "和" && gap != "及" {
				break
			}
		}
		idx = append(idx, qi)
	}
	// The list of places right before 分别, or, when 分别 opens its sentence
	// (…兰考县、滑县人均收入增幅较高；贫困发生率分别为…), the last list of the
	// sentence before.
	list := placeList(p, s, fen)
	if len(list) == 0 && fen <= 8 && s.idx > 0 {
		list = placeList(p, d.sents[s.idx-1], -1)
	}
	if len(list) < 2 || len(list) != len(idx) {
		return nil
	}
	out := map[int]gazetteer.Division{}
	for k, qi := range idx {
		if div, ok := x.gz.ByCode(list[k].code); ok {
			out[qi] = div
		}
	}
	return out
}

// placeList returns the last list of confirmed counties or prefectures
// (甲县、乙县和丙县) that ends before rune offset end of s (anywhere if end < 0).
func placeList(p *places, s *sentence, end int) []placeMention {
	if s == nil {
		return nil
	}
	var list []placeMention
	for _, m := range p.inSent(s.idx) {
		if end >= 0 && m.sp.end > end || m.code == "" {
			continue
		}
		st := p.byCode[m.code]
		if st == nil || !st.confirmed || st.div.Level == gazetteer.Province {
			continue
		}
		if n := len(list); n > 0 && !(m.sp.start == list[n-1].sp.end+1 && strings.ContainsRune("、和及与", s.rs[list[n-1].sp.end])) {
			list = nil
		}
		list = append(list, m)
	}
	if len(list) < 2 {
		return nil
	}
	return list
}

// zeroWords bring a rate to zero; zeroRates returns where each zero stands.
var zeroWords = []string{"降至0", "降到0", "降为0", "下降到0", "降至零", "降到零", "降为零", "下降到零", "下降为零", "清零", "归零", "率为零", "率为0"}

func zeroRates(rs []rune) []int {
	var out []int
	for i := 0; i < len(rs); i++ {
		if r := rs[i]; r != '降' && r != '下' && r != '清' && r != '归' && r != '率' {
			continue // the first characters of zeroWords
		}
		for _, w := range zeroWords {
			if !hasRunePrefix(rs, i, w) {
				continue
			}
			end := i + runeLen(w)
			// 降至0.5%, 降至0%: a figure readQuantity reads.
			if end < len(rs) && (isDigit(rs[end]) || rs[end] == '.' || rs[end] == '%' || rs[end] == '％') {
				break
			}
			out = append(out, end-1)
			i = end - 1
			break
		}
	}
	// 由2014年的20%降至2019年的0: a year written between the fall and zero.
	if !hasZeroAfterDe(rs) {
		return out // the regular expression would cost a seventh of extraction run on every sentence
	}
	text := string(rs)
	for _, m := range zeroAfterYearRe.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, utf8.RuneCountInString(text[:m[2]]))
	}
	return out
}

// hasZeroAfterDe reports whether 的0 or 的零 stands in rs.
func hasZeroAfterDe(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '的' && (rs[i+1] == '0' || rs[i+1] == '零') {
			return true
		}
	}
	return false
}

// zeroAfterYearRe matches a fall to zero with the year written before the
// zero (降至2019年的0, 下降到2020年底的零), the zero not the start of a figure.
var zeroAfterYearRe = regexp.MustCompile(`(?:降至|降到|降为|下降到|下降至|降低到|降低至)\d{4}年(?:底|末)?的(0|零)(?:[^\d.%％]|$)`)

// fallTo say a count fell to what follows (减少至6个: six remain).
var fallTo = []string{"减少至", "减少到", "下降至", "下降到", "降低至", "降低到", "降至", "降到", "降为", "减至", "减为"}

// gapOK reports whether the text between the 户 and 人 figures joins them.
func gapOK(rs []rune, a, b int) bool {
	gap := string(rs[a:b])
	if gap == "" || gap == "、" || gap == "，" || gap == "," || gap == "共" {
		return true
	}
	// 1.28万户、约7.26万人, 9000多户、近3万人: an adverb of estimate.
	gap = strings.TrimLeft(gap, "、，,")
	if gap == "" || gap == "约" || gap == "近" || gap == "共计" || gap == "计" || gap == "共" {
		return true
	}
	// 400户建档立卡贫困户、1000名贫困人口实现脱贫, 2万户贫困户10万名贫困
	// 人口: the households' noun written between the two figures.
	gap = strings.TrimRight(strings.TrimPrefix(gap, "建档立卡"), "、，,")
	return gap == "贫困户"
}

// nounPairGap reports households and people each written after its noun
// in one list (建档立卡贫困户2万户，贫困人口9万人): the figure of the
// households at rs[a:b] and that of the people at rs[c] give one population.
func nounPairGap(rs []rune, a, b, c int) bool {
	before := strings.TrimSuffix(string(rs[max(0, a-4):a]), "有")
	if !strings.HasSuffix(before, "贫困户") || strings.HasSuffix(before, "非贫困户") {
		return false
	}
	gap := string(rs[b:c])
	for _, sep := range []string{"，", ",", "、"} {
		if rest, ok := strings.CutPrefix(gap, sep); ok {
			gap = strings.TrimSuffix(strings.TrimPrefix(rest, "建档立卡"), "有")
			return gap == "贫困人口"
		}
	}
	return false
}

// rateValue repairs a poverty rate whose decimal point the page lost after a
// leading zero (降至049% is 0.49 %) and refuses one over 100 %.
func rateValue(q quantity) (quantity, bool) {
	if len(q.text) >= 2 && q.text[0] == '0' && !strings.ContainsAny(q.text, ".．") {
		if v, err := strconv.ParseFloat("0."+q.text[1:], 64); err == nil {
			q.text, q.num = strconv.FormatFloat(v, 'f', -1, 64), v
		}
	}
	return q, q.num <= 100
}

// rateContinues returns how far past a comma the text after 贫困发生率 goes
// on with the rate, or 0: one comma, then 从, 由 or a verb of falling, with no
// other measure and no figure but a fall in 百分点 before the comma.
func rateContinues(between []rune) int {
	c := -1
	for j, r := range between {
		if r == '，' || r == ',' {
			if c >= 0 {
				return 0
			}
			c = j
		}
	}
	if c < 0 {
		return 0
	}
	head := string(between[:c])
	if strings.ContainsAny(head, "率度；;。") || strings.ContainsFunc(head, isDigit) && !strings.Contains(head, "百分点") {
		return 0
	}
	rest := string(between[c+1:])
	for _, adv := range []string{"已经", "已", "逐年", "也"} {
		// 贫困发生率，已从23.2%降至3.5%: an adverb of the past or of a trend.
		if r, ok := strings.CutPrefix(rest, adv); ok {
			rest = r
			break
		}
	}
	if !hasPrefixAny(rest, []string{"从", "由", "降至", "下降", "降到", "降为", "降低到", "降低至"}) {
		return 0
	}
	return c + 1
}

// rateContext reports whether a percentage at rs[i] is a 贫困发生率, whether
// it is the start value of a 由X降至Y pair, and, for the end value of a pair,
// where the pair starts (else -1).
func rateContext(rs []rune, i int) (start bool, pairAt int, ok bool) {
	lo := max(0, i-40)
	before := rs[lo:i]
	k, n := lastIndexRunes(before, "贫困发生率"), 5
	if k2 := lastIndexRunes(before, "贫困率"); k2 > k {
		// 贫困率 is the same measure, written short.
		k, n = k2, 3
	}
	if k < 0 {
		// 贫困户占全县农业总人口的10%, 贫困人口占农村人口的8%: the share
		// of the poor in the whole population is the rate.
		if poorShareRe.MatchString(string(before)) {
			return false, -1, true
		}
		return false, -1, false
	}
	between := before[k+n:]
	if c := rateContinues(between); c > 0 {
		// 贫困发生率创历史新低，从37.90%下降至1.83%; 贫困发生率下降8.62个百分点，
		// 降至3.41%: the clause after the comma goes on with the rate.
		k += c
		between = before[k+n:]
	}
	for j, r := range between {
		if (r == '，' || r == ',') && strings.ContainsAny(string(between[:j]), "从由") && fallVerbAt(rs, lo+k+n+j+1) {
			// 贫困发生率从2014年的8.1%，降至0.88%: the pair goes on after the comma.
			continue
		}
		if r == '，' || r == ',' || r == '；' || r == ';' || r == '。' || r == '率' || r == '度' || r == '例' {
			// 贫困发生率0.5%、漏评率为0、群众满意度98%, 贫困村退出比例
			// 达到100%: another measure.
			return false, -1, false
		}
	}
	from := -1
	for j, r := range between {
		if r == '由' || r == '从' {
			from = lo + k + n + j
			break
		}
	}
	if from < 0 {
		return false, -1, true
	}
	// Is there a fall (下降/降至/减少) between the pair start and this value?
	mid := string(rs[from:i])
	if strings.Contains(mid, "降") || strings.Contains(mid, "减少") || strings.Contains(mid, "到") || strings.Contains(mid, "至") {
		return false, from, true
	}
	return true, -1, true
}

// poorShareRe matches the poor's share of all the people written right
// before a percentage, the denominator named: 贫困户占全县农业总人口的,
// 贫困人口占农村人口的. A bare 贫困户占 may be a share by cause
// (因病致贫的贫困户占40%), no rate.
var poorShareRe = regexp.MustCompile(`(?:贫困人口|贫困户)占(?:到)?(?:全[县市村乡镇区州])?(?:农业|农村)?总?人口的$`)

func lastIndexRunes(rs []rune, s string) int {
	// s's first rune (RuneError for "", as hasRunePrefix reads it) is
	// compared before the call.
	first, _ := utf8.DecodeRuneInString(s)
	for k := len(rs) - utf8.RuneCountInString(s); k >= 0; k-- {
		if k < len(rs) && rs[k] == first && hasRunePrefix(rs, k, s) {
			return k
		}
	}
	return -1
}

// peopleMetric classifies a people figure at rs[a:b] by the words around it.
func peopleMetric(rs []rune, a, b int) string {
	m := peopleMetricOf(rs, a, b)
	if m == metricPoor && (registeredAtStart(runesString(rs[max(0, a-16):a])) || registeredInClause(rs, a, b) || registeredSentence(rs, a)) {
		return metricRegistered
	}
	return m
}

// registeredInClause reports whether the clause of a figure of the poor says
// that they are the registered poor: held on file (全县在档贫困人口为N人) or
// entered in the register (对N贫困人口进行建档立卡, …N人全部建档立卡). Not
// where the clause also says who remain or who left (剩余, 未脱贫, 减少).
// Identified alone (精准识别贫困人口N户M人) is no register: the tuning gold
// records such figures as the poor.
func registeredInClause(rs []rune, a, b int) bool {
	cs, ce := clauseAround(rs, a, b)
	before, after := runesString(rs[cs:a]), runesString(rs[b:ce])
	if hasAny(before+after, registerChangeWords) || hasAny(before+after, []string{"仍有", "现有", "返贫"}) {
		return false
	}
	return strings.Contains(before, "在档") || strings.Contains(after, "建档立卡")
}

// registeredSentence reports whether the sentence opens by dating what
// follows to the register's making (在新一轮建档立卡之初，全省有…N万农村贫困人口)
// and says nothing of change before the figure at rs[a].
func registeredSentence(rs []rune, a int) bool {
	head := runesString(rs[:a])
	k := strings.Index(head, "建档立卡")
	if k < 0 {
		return false
	}
	rest := head[k+len("建档立卡"):]
	opened := false
	for _, w := range []string{"之初", "初期", "时"} {
		if strings.HasPrefix(rest, w) {
			opened = true
			break
		}
	}
	return opened && !hasAny(rest, registerChangeWords) && !hasAny(rest, []string{"目前", "现在", "如今"})
}

// registerChangeWords say that the poor a figure counts have changed since
// the register was made (who remain, who left): registeredInClause and
// registeredSentence then read no register's size.
var registerChangeWords = []string{"剩余", "还有", "尚有", "未脱贫", "脱贫", "减少", "减贫", "降至", "下降", "退出", "出列"}

// registeredAtStart reports whether the words before a figure of the poor
// date it to the register's making (贫困人口由建档立卡之初的N人减少到, 建档立卡时
// 有N贫困人口): the register's size, not merely the poor.
func registeredAtStart(before string) bool {
	k := strings.LastIndex(before, "建档立卡")
	if k < 0 {
		return false
	}
	rest := before[k+len("建档立卡"):]
	for _, w := range []string{"之初", "初期", "初", "时", "的时候"} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			// 建档立卡时，有N: the clause after the comma goes on.
			for _, c := range []string{"，", ","} {
				if t, ok := strings.CutPrefix(after, c); ok && (t == "有" || t == "共有") {
					return true
				}
			}
			return !hasAny(after, []string{"，", ",", "；", "。"})
		}
	}
	return false
}

func peopleMetricOf(rs []rune, a, b int) string {
	cs, ce := clauseAround(rs, a, b)
	// 未脱贫困人口 is 未脱贫 (the poor who remain) written with 贫困人口.
	before := strings.ReplaceAll(runesString(rs[max(cs, a-14):a]), "未脱贫困", "未脱贫")
	after := populationQualifiers.Replace(runesString(rs[b:min(ce, b+19)]))
	// Inside parentheses (其中建档立卡贫困对象161户409人) it is a breakdown.
	if strings.ContainsAny(before, "（(") {
		return ""
	}
	if hasSuffixAny(before, []string{"超过", "不足", "低于", "少于", "多于"}) && strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(runesString(rs[b:min(len(rs), b+3)]), "以上"), "以下"), "的") {
		// 对贫困人口超过50人的乡镇挂牌督战: a bar that describes units, no
		// figure of an area.
		return ""
	}
	// excludable returns before itself unless it holds 其中 (the common
	// case): the words are then looked for in the runes before was made of,
	// rs[max(cs, a-14):a], without converting it back to runes.
	var excluded bool
	if ex := excludable(rs, a, before); ex == before {
		excluded = statExclusionSet.in(rs[max(cs, a-14):a])
	} else {
		excluded = statExclusionSet.inside(ex)
	}
	if excluded || listReach(rs, cs, a) || hasAny(afterHead(after, 6), statAfterExclusions) ||
		hasAny(afterHead(afterPopulationNoun(after), 6), statAfterExclusions) {
		// 1.1万贫困人口从中受益: what follows the population noun counts too.
		return ""
	}
	// The rest of the clause, converted once for the four tests below that
	// read it (each converted it again).
	rest := runesString(rs[b:ce])
	if hasAny(rest, []string{"易地扶贫搬迁", "易地搬迁"}) && !lifted(rest) {
		// 50万贫困人口实现易地扶贫搬迁, 对5万贫困人口进行易地扶贫搬迁: the
		// people relocated (通过易地搬迁实现了脱贫 are lifted).
		return ""
	}
	if moved := movedInto(rs, b); moved && !lifted(rest) {
		// 500户2000人告别游牧生活，搬进了新居; 600户2500名贫困群众走出
		// 大山，住进安置区: the people moved, no poverty figure.
		return ""
	}
	if hasAny(rest, beneficiaryAfter) || hasAny(before, []string{"扶持", "解决"}) {
		// 为全县1937户5737名贫困人口提供服务, 解决1.9万贫困人口安全饮水问题:
		// the people a project serves, not the area's poor; so are those it
		// supports (扶持贫困人口4800人).
		return ""
	}
	bare := before
	for _, w := range []string{"还有", "尚有", "仍有", "剩余", "共有", "就有", "共", "有", "就", "为", "是", "达"} {
		bare = strings.TrimSuffix(bare, w)
	}
	if m := villagesListedBefore(rs, a); m != nil && (strings.HasSuffix(m[0], "、") || !ownVerb(rest)) {
		// 累计脱贫退出20个贫困村、5000户2万人: the people listed with the
		// villages that left; 未脱贫50个村，3000户1万人: those that remain.
		// After a comma the people's clause may have its own verb
		// (退出20个贫困村，1000户3000人尚未脱贫), which decides.
		if m[1] != "" {
			return metricPoor
		}
		return metricLifted
	}
	if m := countedAsPoorPeopleRe.FindStringSubmatch(after); m != nil {
		// 100万总人口中有20万人是建档立卡贫困人口: people the text says are
		// (registered) poor.
		if m[1] != "" {
			return metricRegistered
		}
		return metricPoor
	}
	switch {
	case povertyLine(afterHead(after, 14)):
		// 5400户15903人在与贫困作斗争, 15万土家儿女挣扎在贫困线上: the poor.
		return metricPoor
	case notYetLifted(after) || hasSuffixAny(bare, []string{"未脱贫人口", "未脱贫群众", "未脱贫户", "未脱贫", "尚未脱贫"}):
		// 全县还有169户484人未脱贫, 未脱贫人口还有326户812人, 已脱贫甲户乙人，
		// 未脱贫丙户丁人: the poor who remain.
		return metricPoor
	case strings.HasPrefix(after, "名贫困人口") || strings.HasPrefix(after, "贫困人口") || strings.HasPrefix(after, "名贫困群众"):
		rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(after, "名"), "贫困人口"), "贫困群众")
		if hasAny(before, []string{"剩余", "还有", "尚有", "现有", "将"}) {
			return metricPoor
		}
		if strings.HasPrefix(rest, "中") {
			// 2000名贫困人口中已脱贫1500人: the whole the part is taken from.
			return metricPoor
		}
		if lifted(rest) || hasSuffixAny(bare, []string{"减少", "减少了", "退出"}) {
			// 累计减少600万贫困人口: the poor population fell by the
			// figure, the people lifted.
			return metricLifted
		}
		return metricPoor
	case strings.HasPrefix(after, "名贫困对象") || strings.HasPrefix(after, "贫困对象") || strings.HasPrefix(after, "名建档立卡") || strings.HasPrefix(after, "建档立卡"):
		if registeredWhole(after) {
			// 300户1000人建档立卡贫困人口中已脱贫200户700人: the register
			// the part lifted is taken from.
			return metricRegistered
		}
		if lifted(after) {
			return metricLifted
		}
		return metricRegistered
	case lifted(afterHead(trimAdverbs(after), 3)) || hasPrefixAny(trimAdverbs(after), []string{"告别了贫困", "告别贫困"}) || hasPrefixAny(trimAdverbs(after), []string{"摘", "甩"}) && hatOff(afterHead(trimAdverbs(after), 10)) || strings.HasSuffix(before, "已脱贫") || strings.HasSuffix(before, "脱贫退出") ||
		strings.HasSuffix(before, "减贫") || strings.HasSuffix(before, "实现脱贫") || strings.HasSuffix(before, "脱贫人口") ||
		strings.HasSuffix(before, "贫困人口减少") || strings.HasSuffix(before, "贫困人口减少了") || reducedBy(rs, a, before) ||
		strings.HasSuffix(before, "脱贫") && !strings.HasSuffix(before, "未脱贫"):
		if strings.Contains(before, "建档立卡") && !lifted(after) && !strings.Contains(before, "脱贫") && !strings.HasSuffix(before, "减贫") {
			return metricRegistered
		}
		return metricLifted
	}
	tail := before
	for _, w := range []string{"近", "约", "超过", "逾", "多达", "高达"} {
		tail = strings.TrimSuffix(tail, w)
	}
	// 贫困人口减少至1.82万人: who remain.
	remain := false
	for _, w := range fallTo {
		if strings.HasSuffix(tail, w) {
			tail, remain = strings.TrimSuffix(tail, w), true
			break
		}
	}
	// Twice, so that a word trimmed early may close what is left
	// (贫困人口总数为: 为, then 总数).
	for range 2 {
		for _, w := range []string{"还有", "尚有", "剩余", "现有", "共有", "就有", "达到", "合计", "累计", "总数", "共", "有", "就", "为", "是", "达"} {
			tail = strings.TrimSuffix(tail, w)
		}
	}
	if hasSuffixAny(tail, []string{"脱贫人口", "减贫人口", "脱贫人数", "减贫人数"}) && !hasAny(tail, []string{"未脱贫", "未减贫"}) {
		// 脱贫人口为1万人, 实现减贫人口2万人: the people lifted; not those
		// still poor (未脱贫人数为300人, 尚未脱贫人口).
		return metricLifted
	}
	if remain && strings.HasSuffix(tail, "建档立卡贫困人口") {
		// 建档立卡贫困人口下降到0.38万人: the register's remaining size.
		return metricRegistered
	}
	if remain && strings.HasSuffix(tail, "贫困人口") {
		return metricPoor
	}
	switch {
	case strings.HasSuffix(tail, "建档立卡贫困人口") || strings.HasSuffix(tail, "建档立卡贫困对象") || strings.HasSuffix(tail, "建档立卡贫困户") ||
		strings.HasSuffix(tail, "建档立卡户") || strings.HasSuffix(tail, "建卡贫困人口") || strings.HasSuffix(tail, "建档立卡人口"):
		if lifted(afterHead(after, 4)) {
			return metricLifted
		}
		return metricRegistered
	case strings.HasSuffix(tail, "贫困人口") || strings.HasSuffix(tail, "贫困群众") && !strings.HasSuffix(tail, "建卡贫困群众") ||
		strings.HasSuffix(tail, "贫困户") && !strings.HasSuffix(tail, "建档立卡贫困户") && !strings.HasSuffix(tail, "非贫困户"):
		if hasAny(before, []string{"剩余", "还有", "尚有", "现有"}) {
			return metricPoor
		}
		if hasAny(before, []string{"脱贫", "减少", "减贫", "退出贫困人口"}) {
			// 退出贫困人口300户700人: the poor who exited.
			return metricLifted
		}
		if registeredScope(string(rs[:a])) {
			// 共有建档立卡贫困村161个，贫困人口14257户: the register named
			// before the list covers its people too.
			return metricRegistered
		}
		return metricPoor
	case hasSuffixAny(before, []string{"剩余", "还剩", "尚余"}) && (after == "" || hasPrefixAny(after, []string{"。", "，", ",", "仍", "未", "尚未", "还未"})) && hasAny(string(rs), []string{"脱贫", "贫困"}):
		// 1601户6702人实现脱贫退出，剩余22户105人: the poor that remain.
		return metricPoor
	}
	return ""
}

// registeredWholeRe matches a registered population noun followed by 中
// (建档立卡贫困人口中, 名建档立卡贫困户中): what follows is a part of it.
var registeredWholeRe = regexp.MustCompile(`^名?(?:建档立卡)?(?:贫困人口|贫困户|贫困对象|人口)中`)

// registeredWhole reports whether text after a figure names the registered
// population as the whole a part is taken from.
func registeredWhole(after string) bool { return registeredWholeRe.MatchString(after) }

// ownVerb reports whether the rest of a people figure's clause says what
// became of them (尚未脱贫, 实现脱贫).
func ownVerb(rest string) bool {
	return hasAny(rest, []string{"未", "尚未"}) || lifted(rest)
}

// villagesListedBeforeRe matches a count of villages with the verb of
// leaving before it, ending right before a people figure of the same list
// (脱贫退出20个贫困村、, 实现脱贫50个村、, 未脱贫80个村，).
var villagesListedBeforeRe = regexp.MustCompile(`(未|尚未)?(?:脱贫|出列|退出|摘帽|销号)+了?\d+个(?:贫困)?(?:行政)?村[、，,]$`)

// villagesListedBefore returns villagesListedBeforeRe's match in the text
// before rs[a], or nil; the cheap test of its last two characters first.
func villagesListedBefore(rs []rune, a int) []string {
	if a < 2 || rs[a-2] != '村' || !strings.ContainsRune("、，,", rs[a-1]) {
		return nil
	}
	return villagesListedBeforeRe.FindStringSubmatch(runesString(rs[max(0, a-20):a]))
}

// moveVerbs say people moved into new homes.
var moveVerbs = []string{"搬到", "搬进", "搬入", "搬迁入住", "搬出", "住进"}

// movedInto reports whether the figure's own clause after rs[b] says the
// people moved into new homes (甲县200户800人搬进新居), or the next clause
// when the figure ends its own or its clause goes on with no other figure
// (甲县200户800人，搬进了新居; 200户800人告别大山，住进新居). A clause about
// a part (…，其中100人已搬进安置点) says nothing of the whole.
func movedInto(rs []rune, b int) bool {
	e := b
	for e < len(rs) && !isClauseBreak(rs[e]) {
		e++
	}
	if e < len(rs) && rs[e] != '。' && !slices.ContainsFunc(rs[b:e], isASCIIDigit) {
		e++
		for e < len(rs) && !isClauseBreak(rs[e]) {
			e++
		}
	}
	rest := runesString(rs[b:e])
	if k := strings.Index(rest, "其中"); k >= 0 {
		rest = rest[:k]
	}
	return hasAny(rest, moveVerbs)
}

// countedAsPoorPeopleRe matches what follows people counted as poor:
// 是建档立卡贫困人口, 为贫困人口.
var countedAsPoorPeopleRe = regexp.MustCompile(`^(?:是|为|被认定为|被识别为)(建档立卡)?(?:的)?贫困人口`)

// countedAsPoorRe matches what follows households counted as poor:
// 是贫困户, 被认定为贫困户, 是建档立卡贫困户.
var countedAsPoorRe = regexp.MustCompile(`^(?:是|为|被认定为|被识别为|被列为)(建档立卡)?(?:的)?贫困户`)

// countedAsPoor returns the metric of households ending at rs[end] that the
// text says are poor (…户是贫困户: 贫困人口; …户是建档立卡贫困户: 建档立卡贫困人口),
// or "".
func countedAsPoor(rs []rune, end int) string {
	m := countedAsPoorRe.FindStringSubmatch(string(rs[end:min(len(rs), end+12)]))
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return metricRegistered
	}
	return metricPoor
}

// registeredScope reports whether the text of a sentence before a figure
// names the register (建档立卡) with no word of change or of
// the remaining poor after it: a bare 贫困人口 figure there is the registered
// population.
func registeredScope(before string) bool {
	k := strings.LastIndex(before, "建档立卡")
	if k < 0 {
		return false
	}
	return !hasAny(before[k:], []string{"脱贫", "减少", "减贫", "剩余", "还有", "尚有", "未", "降至", "下降", "退出", "出列"})
}

// reducedBy reports a figure written as the amount the poor population fell
// by (贫困人口由13.4万人减少到7.96万人，净减少5.44万人; 比2011年减少了31.41万人):
// the people lifted. The figure follows 减少(了) or 净减少, and 贫困人口 stands
// earlier in the sentence; 减少到/减少至 give who remain instead.
func reducedBy(rs []rune, a int, before string) bool {
	if !hasSuffixAny(before, []string{"减少了", "净减少", "共减少", "累计减少"}) {
		return false
	}
	return strings.Contains(string(rs[max(0, a-40):a]), "贫困人口")
}

// drivenOutOfPoverty reports households and people at rs[a:b] that 带动
// (drove) out of poverty: 带动 right before the pair, and the people lifted
// right after it (带动9000多户、约1.6万人实现脱贫).
func drivenOutOfPoverty(rs []rune, a, b int) bool {
	before := strings.TrimSuffix(string(rs[max(0, a-3):a]), "了")
	if !strings.HasSuffix(before, "带动") {
		return false
	}
	return lifted(afterHead(trimAdverbs(string(rs[b:min(len(rs), b+8)])), 3))
}

// lastLifted returns the byte offset in s of the last word of leaving poverty
// (脱贫, 出列, 退出, 摘帽), or -1.
func lastLifted(s string) int {
	k := -1
	for _, w := range []string{"脱贫", "出列", "退出", "摘帽"} {
		k = max(k, strings.LastIndex(s, w))
	}
	return k
}

// afterPopulationNoun returns what follows the population noun that opens
// after (名贫困人口, 贫困群众, 建档立卡贫困户 …), or "" when none opens it.
func afterPopulationNoun(after string) string {
	after = strings.TrimPrefix(after, "名")
	for _, w := range []string{"建档立卡贫困人口", "建档立卡贫困户", "贫困人口", "贫困群众", "贫困户"} {
		if rest, ok := strings.CutPrefix(after, w); ok {
			return rest
		}
	}
	return ""
}

// populationQualifiers stand between a figure and its population noun
// without changing what is counted (308.9万现行标准下贫困人口, 2.1万农村贫困人口).
var populationQualifiers = strings.NewReplacer("现行标准下农村贫困", "贫困", "现行标准下贫困", "贫困", "农村贫困", "贫困", "低收入人口", "贫困人口")

// povertyLineWords say that people live in poverty (挣扎在贫困线上, 生活在贫困线
// 以下, 与贫困作斗争, 没有摆脱贫困).
var povertyLineWords = []string{"挣扎在贫困线", "处于贫困线", "生活在贫困线", "在贫困线以下", "在贫困线下", "与贫困作斗争", "没有摆脱贫困", "未摆脱贫困", "尚未摆脱贫困"}

// povertyLine reports whether text after a figure says the people live in
// poverty.
func povertyLine(after string) bool {
	return hasAny(after, povertyLineWords)
}

// notYetLifted reports whether the text right after a figure says the people
// have not left poverty yet (未脱贫, 尚未脱贫, 还没有脱贫).
func notYetLifted(after string) bool {
	after = strings.TrimPrefix(after, "贫困人口")
	after = strings.TrimPrefix(after, "贫困群众")
	for _, w := range []string{"尚", "还", "仍", "仍然", "依然"} {
		after = strings.TrimPrefix(after, w)
	}
	for _, w := range []string{"未脱贫", "未实现脱贫", "没有脱贫", "没脱贫", "未稳定脱贫"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// fallVerbs open the clause that gives the end value of a fall.
var fallVerbs = []string{"减少到", "减少至", "减至", "降至", "下降到", "下降至", "降到", "降低到", "降低至"}

// yearRe matches a year with its 年 (2019年).
var yearRe = regexp.MustCompile(`\d{4}年`)

// newlyPoor mark people who entered poverty or the register within a period
// (其中2019年新识别贫困人口3000人): no share of those who left it.
var newlyPoor = []string{"新识别", "新增", "新纳入", "返贫", "致贫"}

// leadingYearRe matches a year with its 年 at the start of a string.
var leadingYearRe = regexp.MustCompile(`^\d{4}年`)

// yearsOut removes the years of s.
func yearsOut(s string) string { return yearRe.ReplaceAllString(s, "年") }

// isDigitOrComma reports a digit or a clause comma.
func isDigitOrComma(r rune) bool { return isDigit(r) || r == '，' || r == ',' }

// peoplePair recognises the two figures of 贫困人口由X减少到Y: metric, whether
// the figure at rs[i] is the start value, and where the pair starts.
func peoplePair(rs []rune, i int) (metric string, start bool, pairAt int) {
	lo := max(0, i-45)
	for _, m := range []string{"建档立卡贫困人口", "建档立卡贫困户", "贫困人口", "贫困群众", "贫困户"} {
		k := lastIndexRunes(rs[lo:i], m)
		if k < 0 {
			continue
		}
		from := lo + k + runeLen(m)
		// 贫困户也已由…降至…: adverbs between the metric and 由.
		for n := 0; n < 3 && from < i && strings.ContainsRune("也已经都均", rs[from]); n++ {
			from++
		}
		if from >= i || rs[from] != '由' && rs[from] != '从' {
			continue
		}
		for k := from; k < i; k++ {
			if r := rs[k]; r == '，' || r == ',' || r == '；' || r == '。' {
				// 由2014年的14453户48660人，减少到现在的1833户4103人: one
				// comma before the fall that leads to this value.
				if (r == '，' || r == ',') && hasPrefixAny(string(rs[k+1:i]), fallVerbs) && !strings.ContainsFunc(yearsOut(string(rs[k+1:i])), isDigitOrComma) {
					continue
				}
				return "", false, -1
			}
		}
		if lead := string(rs[max(from, i-6):i]); strings.Contains(lead, "减贫") || strings.Contains(lead, "、") {
			// 从10万人减少到1万人、累计减贫9万人: a figure after the
			// pair, listed with it, is no value of the pair.
			return "", false, -1
		}
		metric = metricPoor
		if m == "建档立卡贫困人口" || m == "建档立卡贫困户" {
			metric = metricRegistered
		}
		mid := string(rs[from:i])
		if strings.Contains(mid, "减少") || strings.Contains(mid, "下降") || strings.Contains(mid, "降") || strings.Contains(mid, "到") || strings.Contains(mid, "至") {
			return metric, false, from
		}
		if metric == metricPoor && registeredAtStart(string(rs[max(from, i-16):i])) {
			// 贫困人口从建档立卡之初的10万人减少到: the register's size.
			metric = metricRegistered
		}
		return metric, true, from
	}
	return "", false, -1
}

// endYear returns the year written between the fall of a 由X降至Y pair
// starting at pairAt and its end value at i (降至2019年底的0.5%).
func endYear(rs []rune, pairAt, i int) string {
	fall := -1
	for k := pairAt; k < i; k++ {
		if rs[k] == '到' || rs[k] == '至' || rs[k] == '降' || hasRunePrefix(rs, k, "减少") {
			fall = k
		}
	}
	if fall < 0 {
		return ""
	}
	return yearIn(rs, fall, i)
}

// yearIn returns the explicit year (YYYY年) written in rs[a:b], or "".
func yearIn(rs []rune, a, b int) string {
	for k := max(0, a); k+4 < b; k++ {
		if isDigit(rs[k]) && isDigit(rs[k+1]) && isDigit(rs[k+2]) && isDigit(rs[k+3]) && rs[k+4] == '年' && (k == 0 || !isDigit(rs[k-1])) {
			return string(rs[k : k+4])
		}
	}
	return ""
}

// countAfterNoun classifies 贫困村N个 (退出贫困村29个, 全县贫困村共48个).
func countAfterNoun(rs []rune, a int) string {
	before := runesString(rs[max(0, a-12):a])
	for _, w := range fallTo {
		before = strings.TrimSuffix(before, w) // 贫困村减少至6个: the villages that remain
	}
	if countedBeforeHave(before) {
		// 158个贫困村有156个整村退出: a part of the villages just counted.
		if lifted(afterHead(runesString(rs[min(len(rs), a):min(len(rs), a+14)]), 12)) {
			return metricVillagesX
		}
		return ""
	}
	for _, w := range []string{"共有", "就有", "共", "有", "就", "为", "是", "达"} {
		before = strings.TrimSuffix(before, w)
	}
	if hasAny(before, notExitedVillages) || remainingCount(rs, a) {
		// 未出列贫困村47个: villages that have not left, no count of the list.
		return ""
	}
	if villagePairStart(before) {
		// 贫困村由2017年底的64个减至19个: the villages there were.
		return metricVillages
	}
	var total, exited string
	switch {
	case strings.HasSuffix(before, "贫困村") || strings.HasSuffix(before, "贫困嘎查"):
		total, exited = metricVillages, metricVillagesX
	case strings.HasSuffix(before, "贫困乡镇") || strings.HasSuffix(before, "贫困乡"):
		// 有省级贫困乡3个: 乡 alone names the townships too.
		total, exited = metricTowns, metricTownsX
	default:
		return ""
	}
	if hasSuffixAny(before, []string{"非贫困村", "一般贫困村"}) {
		// 非贫困村74个, 一般贫困村81个: villages that are not poor, or one kind
		// of them, no count of the poverty villages.
		return ""
	}
	deep := strings.HasSuffix(before, "深度贫困村") && !hasAny(before, []string{"村和深度", "村及深度", "村、深度"})
	if hasAny(before, []string{"帮扶", "驻", "包保", "对接", "覆盖"}) || statExclusionSet.inside(villagesExcludable(rs, a, clauseBefore(rs, a))) || deep {
		// 其中深度贫困村64个: a part of the villages, not their number.
		return ""
	}
	// Only a verb in the count's own clause: 4万人全部脱贫，省定贫困村70个
	// 全部销号退出 counts all the villages.
	own := before
	if k := strings.LastIndexAny(own, "，,；;。"); k >= 0 {
		own = own[k:]
	}
	if hasAny(own, []string{"退出", "出列", "摘帽", "脱贫"}) {
		return exited
	}
	return total
}

// bareVillageExitRe matches what follows N个 for villages written 村 alone
// that left poverty, the verb ending its clause: 村已脱贫出列，, 村脱贫销号，,
// 村完成脱贫。.
var bareVillageExitRe = regexp.MustCompile(`^村(?:已经|已|均|全部|完成|实现)*(?:脱贫|出列|退出|摘帽|销号)+(?:[，,、；;。]|$)`)

// bareExitBeforeRe matches a verb of leaving right before a count, at the
// start of its clause, after a year or after 共, 累计, 已, 实现: 2014至2017年
// 共实现脱贫摘帽, 累计脱贫.
var bareExitBeforeRe = regexp.MustCompile(`(?:^|[，,：:；;]|年|共|累计|已|实现)(?:脱贫|出列|退出|摘帽|销号)+$`)

// bareVillagesExited reports a count of villages written 村 alone, no 贫困,
// that the clause says left poverty (30个村已脱贫出列, 2018年实现10个村出列,
// 共实现脱贫摘帽20个村、5000户): the poor villages that exited. Villages
// written so are the poor ones only where they leave poverty.
func bareVillagesExited(rs []rune, a, b int) bool {
	// Every path to true below needs 村 right after the count (the regular
	// expression's ^村, the HasPrefix test): without it, no string is made.
	if b >= len(rs) || rs[b] != '村' {
		return false
	}
	after := string(rs[b:min(len(rs), b+14)])
	cs, _ := clauseAround(rs, a, b)
	lead := string(rs[cs:a])
	if statExclusionSet.inside(lead) || hasAny(lead, []string{"帮扶", "驻", "包保", "对接", "未"}) {
		return false
	}
	if bareVillageExitRe.MatchString(after) {
		return true
	}
	if !strings.HasPrefix(after, "村") || len([]rune(after)) < 2 || !strings.ContainsRune("，,、；;。", []rune(after)[1]) {
		return false
	}
	return bareExitBeforeRe.MatchString(lead)
}

// notExitedVillages mark villages that have not left poverty.
var notExitedVillages = []string{"未出列", "未退出", "未摘帽", "未脱贫"}

// remainingWords count the villages still poor (目前还有贫困村43个): no total
// the conventions record (in the tuning gold 1 of 10), unless a past year
// dates the count (2015年底，江永县还有84个贫困村) or its clause says they left
// (剩余24个贫困村…全部实现脱贫), which the other readings take.
var remainingWords = []string{"还有", "尚有", "仍有", "剩余", "剩下"}

// remainingCount reports whether a village count at rs[a] is of those still
// poor, undated and not said to leave.
func remainingCount(rs []rune, a int) bool {
	before := string(rs[max(0, a-12):a])
	if !hasAny(before, remainingWords) {
		return false
	}
	cs, ce := clauseAround(rs, a, a)
	if yearIn(rs, 0, a) != "" && !hasAny(string(rs[cs:a]), []string{"目前", "现在", "如今", "当前", "至今"}) {
		return false
	}
	rest := string(rs[a:ce])
	if ce+1 < len(rs) && rs[ce] != '。' {
		_, ce2 := clauseAround(rs, ce+1, ce+1)
		rest = string(rs[a:ce2])
	}
	// 还有40个贫困村，4000户9000名贫困人口未脱贫退出: a denied exit is none.
	for _, w := range []string{"未脱贫退出", "未脱贫出列", "未退出", "未出列", "未摘帽", "未脱贫"} {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return lastLifted(rest) < 0 && !strings.Contains(rest, "退出") && !strings.Contains(rest, "出列") && !strings.Contains(rest, "摘帽")
}

// villagePairStart reports whether the text before a count opens a fall of
// the poor villages (贫困村由, 贫困行政村从2014年的): the count is the start
// value, the villages there were.
func villagePairStart(before string) bool {
	k := max(strings.LastIndex(before, "由"), strings.LastIndex(before, "从"))
	if k < 0 {
		return false
	}
	head, gap := before[:k], before[k+len("由"):]
	if !strings.HasSuffix(head, "贫困村") && !strings.HasSuffix(head, "贫困行政村") && !strings.HasSuffix(head, "贫困嘎查") {
		return false
	}
	if strings.HasSuffix(head, "深度贫困村") {
		return false
	}
	// Nothing but a year may stand between 由 and the count (2017年底的).
	gap = strings.TrimSuffix(gap, "的")
	for _, r := range gap {
		if !isDigit(r) && !strings.ContainsRune("年底末初", r) {
			return false
		}
	}
	return true
}

// countAfterVerb classifies 贫困村退出N个 / 贫困乡镇摘帽N个: the units that
// exited.
func countAfterVerb(rs []rune, a int) string {
	before := runesString(rs[max(0, a-12):a])
	for _, w := range []string{"共", "了", "达"} {
		before = strings.TrimSuffix(before, w)
	}
	for _, v := range []string{"退出", "出列", "摘帽", "脱贫出列", "脱贫摘帽"} {
		rest, ok := strings.CutSuffix(before, v)
		if !ok {
			continue
		}
		// 1000个贫困村已累计出列800个: 已 before 累计.
		rest = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(rest, "累计"), "已经"), "已")
		switch {
		case strings.HasSuffix(rest, "贫困村") || strings.HasSuffix(rest, "贫困嘎查村"):
			return metricVillagesX
		case strings.HasSuffix(rest, "贫困乡镇"):
			return metricTownsX
		}
		// 共有贫困村63个，2016年退出了20个，: the count of the clause before is
		// of poor villages, and this clause, a year and the verb, takes it up.
		if villagesTakenUp(rs, a, runeLen(rest)) {
			return metricVillagesX
		}
	}
	return ""
}

// villagesTakenUp reports whether the exit verb before a count at rs[a],
// starting n runes after the 12 read before it (what countAfterVerb left
// before the verb), opens its clause (after a year or 已) in a sentence whose
// clause before counted poor villages, and the count ends its clause: 共有贫困
// 村63个，2016年退出20个，.
func villagesTakenUp(rs []rune, a, n int) bool {
	cs, ce := clauseAround(rs, a, a)
	e := a
	for e < len(rs) && (isDigit(rs[e]) || rs[e] == '.') {
		e++
	}
	if cs == 0 || e >= len(rs) || rs[e] != '个' || e+1 != ce {
		return false // the count must end its clause
	}
	vs := max(0, a-12) + n // where the verb starts
	if vs < cs {
		return false
	}
	lead := string(rs[cs:vs])
	lead = strings.TrimSuffix(strings.TrimSuffix(lead, "已"), "共")
	if lead != "" && !yearOnlyRe.MatchString(lead) {
		return false
	}
	pcs, _ := clauseAround(rs, cs-1, cs-1)
	return strings.Contains(string(rs[pcs:cs]), "贫困村")
}

// yearOnlyRe matches a year alone (2016年, 2016年底).
var yearOnlyRe = regexp.MustCompile(`^(?:19|20)\d\d年(?:底|初|末)?$`)

func afterHead(s string, n int) string {
	rs := []rune(s)
	return string(rs[:min(n, len(rs))])
}

// wholeLifted reads a population written with its figure that left poverty
// as a whole (全县17379户贫困人口全部脱贫, 建档立卡贫困人口3302户7597人全部实现
// 稳定脱贫, 剩余917户1607人全部脱贫): the figure is that population's size as
// well as the number lifted. It returns the population's metric, or "".
// nounlessWhole reports whether a figure written with no population noun
// still counts a whole population that left poverty: it opens its clause,
// alone or after its place (佳县…、1.2万户4.5万人全部脱贫, 甲县3000户1万人全部脱贫),
// and 全部 or 均 follows it at once.
func nounlessWhole(rs []rune, cs, a int, after string) bool {
	if !strings.HasPrefix(after, "全部") && !strings.HasPrefix(after, "均") {
		return false
	}
	lead := string(rs[cs:a])
	if k := strings.LastIndex(lead, "、"); k >= 0 {
		lead = lead[k+len("、"):]
	}
	if lead = strings.TrimSpace(lead); lead == "" {
		return true
	}
	// 全县12034户人家…全部脱贫 counts the county's people, not a register:
	// only a place's own name before the figure makes the figure its
	// population's.
	lr := []rune(lead)
	return len(lr) <= 8 && strings.ContainsRune("县市区旗", lr[len(lr)-1]) && lr[0] != '全' && !strings.ContainsFunc(lead, isDigit)
}

func wholeLifted(rs []rune, a, b int) string {
	cs, ce := clauseAround(rs, a, b)
	before := string(rs[max(cs, a-12):a])
	after := populationQualifiers.Replace(string(rs[b:min(ce, b+21)]))
	noun := ""
	for _, w := range []string{"名建档立卡贫困人口", "建档立卡贫困人口", "名建档立卡贫困户", "建档立卡贫困户", "名贫困人口", "贫困人口", "名贫困群众", "贫困群众", "名在册贫困户", "在册贫困户", "名剩余贫困人口", "剩余贫困人口"} {
		if rest, ok := strings.CutPrefix(after, w); ok {
			noun, after = w, rest
			break
		}
	}
	if noun == "" {
		tail := before
		for _, w := range []string{"共有", "共", "有", "为", "是", "达", "的"} {
			tail = strings.TrimSuffix(tail, w)
		}
		for _, w := range []string{"建档立卡贫困人口", "建档立卡贫困户", "建档立卡人口", "建档立卡", "贫困人口", "贫困户", "剩余"} {
			if strings.HasSuffix(tail, w) {
				noun = w
				break
			}
		}
	}
	if noun == "" && !nounlessWhole(rs, cs, a, after) || strings.Contains(before, "未") {
		return ""
	}
	after = strings.TrimLeft(after, "，,、")
	whole := false
	for _, w := range []string{"全部", "已全部", "已经全部", "均", "已实现全部", "实现全部"} {
		if strings.HasPrefix(after, w) {
			whole = true
		}
	}
	if !whole || !lifted(afterHead(after, 10)) {
		return ""
	}
	if strings.Contains(noun, "建档立卡") || strings.Contains(before, "建档立卡") {
		return metricRegistered
	}
	return metricPoor
}

// trimAdverbs drops the words that may stand between a figure and its verb
// (62964人实现稳定脱贫, 1.2万人已经全部脱贫).
func trimAdverbs(after string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range []string{"已经", "已", "均", "全部", "实现", "稳定", "顺利", "如期", "成功"} {
			if rest, ok := strings.CutPrefix(after, w); ok {
				after, changed = rest, true
			}
		}
	}
	return after
}

// lifted reports whether text right after a figure says the people left
// poverty (脱贫, 达到退出标准, 销号, 告别了贫困), not that they have not yet
// (尚未脱贫, 没有摆脱贫困).
func lifted(after string) bool {
	if strings.Contains(after, "未脱贫") || strings.Contains(after, "返贫") {
		return false
	}
	// 26个贫困村脱贫攻坚: the campaign's name, no exit.
	after = strings.ReplaceAll(after, "脱贫攻坚", "")
	if k := strings.Index(after, "如何"); k >= 0 && k < max(strings.Index(after, "脱贫"), strings.Index(after, "销号"), strings.Index(after, "出列"), strings.Index(after, "退出"), strings.Index(after, "摘帽")) || strings.Contains(after, "脱贫进度") {
		// 2000个贫困村脱贫进度如何, 5万名贫困人口如何脱贫: a question or
		// the progress of the whole, no exit.
		return false
	}
	if strings.Contains(after, "没有摆脱贫困") || strings.Contains(after, "没能摆脱贫困") {
		return false // 仍有2000户没有摆脱贫困: still poor
	}
	return strings.Contains(after, "脱贫") || strings.Contains(after, "退出") || strings.Contains(after, "摘帽") || strings.Contains(after, "出列") ||
		strings.Contains(after, "销号") || hatOff(after) || strings.Contains(after, "告别贫困") || strings.Contains(after, "告别了贫困")
}

// hatOff reports a figure of people who took off poverty's hat (摘掉“穷帽子”,
// 甩掉了贫困帽子): the idiom for leaving poverty.
func hatOff(after string) bool {
	for _, v := range []string{"摘掉", "甩掉", "摘下", "摘去"} {
		if _, rest, ok := strings.Cut(after, v); ok && strings.Contains(afterHead(rest, 6), "帽") {
			return true
		}
	}
	return false
}

// rateStartAt reports whether a percentage at rs[i] is the start value of a
// 由X降至Y pair of the poverty rate.
func rateStartAt(rs []rune, i int) bool {
	start, _, _ := rateContext(rs, i)
	return start
}

// bound reports whether the figure ending at rs[j] is a bound, not a value
// (降至2%以下, 10万人以上).
func bound(rs []rune, j int) bool {
	return hasRunePrefix(rs, j, "以下") || hasRunePrefix(rs, j, "以内") || hasRunePrefix(rs, j, "以上")
}

// targetMarkers set a goal: figures after them in a sentence are targets,
// not results (2019年的目标是实现8000人脱贫; 今年将确保100个贫困村出列;
// 目标：到2018年…; 该县提出，到2017年…).
var targetMarkers = []string{"目标是", "目标为", "目标直指", "目标：", "目标:", "提出，到", "提出,到", "确保", "力争", "计划", "预计", "争取", "将有", "还将", "将实现", "将完成", "将累计", "将全部", "要实现", "要完成", "任务是", "年内实现", "年底前实现"}

// targetMarkerSet matches targetMarkers.
var targetMarkerSet = newPhrases(targetMarkers...)

// targeted reports whether a figure at s.rs[i] is a target: a goal marker
// before it in the sentence, and no remainder (剩余…, which tensed reads).
func targeted(s *sentence, i int) bool {
	if s.targetAt == -2 {
		s.targetAt = -1
		for k := range s.rs {
			if m := targetMarkerSet.at(s.rs, k); m != "" {
				if m == "计划" && k > 0 && s.rs[k-1] == '有' {
					continue // 有计划、有组织地: a manner, no plan
				}
				if (m == "目标：" || m == "目标:") && reachedBefore(s.rs, k) {
					continue // 甲县实现了当年的目标：减贫1000人: a goal reached
				}
				if m == "将有" && !numberSoonAfter(s.rs, k+2) {
					continue // 甲县将有劳动能力的贫困人口纳入帮扶: 把+有…, no future
				}
				if m == "争取" && obtainedFunds(s.rs, k+2) {
					continue // 争取援藏资金5000万元, 争取到项目20个: funds won, no goal
				}
				s.targetAt = k
				break
			}
		}
	}
	if s.targetAt < 0 || s.targetAt >= i {
		// 面临70个村退出、1万人脱贫的目标: a goal named after the figures
		// of its clause.
		return goalAfter(s.rs, i)
	}
	// 确保剩余贫困人口2000人全部脱贫: the remainder is a figure of now, unless a
	// goal noun closes the clause (将实现剩余15个贫困村退出…的决战决胜目标).
	return goalAfter(s.rs, i) || !hasAny(string(s.rs[:i]), []string{"剩余", "最后", "余下"})
}

// fundWordSet holds the nouns of money and projects that 争取 wins.
var fundWordSet = newPhrases("资金", "项目", "投资", "贷款")

// obtainedFunds reports whether 争取 ending at rs[j] means funds or projects
// won rather than a goal striven for: 到 right after it (争取到), or one of
// fundWordSet in its clause before any figure (争取各类扶贫资金, 争取援藏资金,
// 争取上级项目).
func obtainedFunds(rs []rune, j int) bool {
	if j < len(rs) && rs[j] == '到' {
		return true
	}
	for k := j; k < len(rs) && k < j+10 && !isClauseBreak(rs[k]) && rs[k] != '。'; k++ {
		if fundWordSet.at(rs, k) != "" {
			return true
		}
		if isDigit(rs[k]) {
			return false
		}
	}
	return false
}

// reachedBefore reports whether the clause before rs[k] says a goal was
// reached (实现了, 完成了).
func reachedBefore(rs []rune, k int) bool {
	cs := k
	for cs > 0 && !isClauseBreak(rs[cs-1]) {
		cs--
	}
	return hasAny(runesString(rs[cs:k]), []string{"实现了", "完成了"})
}

// numberSoonAfter reports whether a figure starts at rs[j], or after a
// bound word (至少, 约, 近, 超过) or a few characters (将有1000人脱贫,
// 将有至少500名贫困人口脱贫).
func numberSoonAfter(rs []rune, j int) bool {
	for k := j; k < len(rs) && k <= j+4; k++ {
		if isClauseBreak(rs[k]) || rs[k] == '。' {
			return false
		}
		if rs[k] >= '0' && rs[k] <= '9' || rs[k] >= '０' && rs[k] <= '９' {
			return true
		}
	}
	return false
}

// goalNounIn reports whether rs holds 目标, 任务 or 承诺.
func goalNounIn(rs []rune) bool {
	for m := 0; m+1 < len(rs); m++ {
		a, b := rs[m], rs[m+1]
		if a == '目' && b == '标' || a == '任' && b == '务' || a == '承' && b == '诺' {
			return true
		}
	}
	return false
}

// goalAfter reports whether the clause of the figure at rs[i] ends by
// naming it a goal or task (…的目标, …的任务, …目标任务).
func goalAfter(rs []rune, i int) bool {
	j := i
	for j < len(rs) && !isClauseBreak(rs[j]) && rs[j] != '。' {
		j++
	}
	tail := rs[i:j]
	// Both readings below need a goal noun in the tail (目标, 任务, 承诺; each
	// word of the second list holds 目标 or 任务): most clauses have none, and
	// are no goal without the string conversions.
	if !goalNounIn(tail) {
		return false
	}
	goal := false
	for k := 0; k+2 < len(tail) && !goal; k++ {
		if tail[k] != '的' {
			continue
		}
		// 的目标, 的任务, and with words between: 的决战决胜目标, 的艰巨任务, 的郑重承诺.
		for m := k + 1; m+1 < len(tail) && m <= k+5; m++ {
			a, b := tail[m], tail[m+1]
			if a == '目' && b == '标' || a == '任' && b == '务' || a == '承' && b == '诺' {
				goal = true
				break
			}
		}
	}
	if !goal {
		// 锁定200个贫困村退出、4万贫困人口脱贫目标: a goal noun closing the
		// clause right after a verb of leaving, with no 的 (实现脱贫目标 is
		// one reached; 完成剩余1万贫困人口脱贫任务 counts who remain).
		t := string(tail)
		cs := i
		for cs > 0 && !isClauseBreak(rs[cs-1]) && rs[cs-1] != '。' {
			cs--
		}
		goal = !strings.Contains(t, "实现") && !hasAny(string(rs[cs:i]), []string{"剩余", "余下", "最后"}) && hasAny(t, []string{"脱贫目标", "增收目标", "摘帽目标", "出列目标", "退出目标", "减贫目标", "脱贫任务", "退出任务", "减贫任务"}) &&
			(hasSuffixAny(t, []string{"目标", "任务", "目标任务"}) || strings.Contains(t, "目标，") || strings.Contains(t, "任务，"))
	}
	if !goal {
		return false
	}
	cs := i
	for cs > 0 && !isClauseBreak(rs[cs-1]) && rs[cs-1] != '。' {
		cs--
	}
	// 高质量完成20个贫困村…的减贫目标, 甲县实现1000人脱贫目标: a goal
	// reached, its figures done; not one still to reach (将完成, 要如期实现,
	// 确保, 还没有完成).
	head := []rune(string(rs[cs:i]))
	k := -1
	for _, v := range []string{"完成", "实现", "达到"} {
		if m := indexRunes(head, v); m >= 0 && (k < 0 || m < k) {
			k = m
		}
	}
	if k < 0 || targetMarkerSet.inside(string(rs[:i])) || hasAny(string(head[:k]), []string{"未", "没有", "尚未", "还没"}) || futureBefore(head[:k]) {
		return true
	}
	return false
}

// indexRunes returns the index in rs of the first s, or -1.
func indexRunes(rs []rune, s string) int {
	for k := range rs {
		if hasRunePrefix(rs, k, s) {
			return k
		}
	}
	return -1
}

// futureBefore reports whether the words before a verb end with 将 or 要
// and at most a few adverbs (将完成, 要如期完成, 将全面实现), not a word
// holding those characters (主要产业完成, 需要, 将近).
func futureBefore(head []rune) bool {
	for n := 1; n <= 5 && n <= len(head); n++ {
		k := len(head) - n
		if head[k] != '将' && head[k] != '要' {
			continue
		}
		w := string(head[max(0, k-1):min(len(head), k+2)])
		if hasAny(w, []string{"主要", "需要", "重要", "只要", "想要", "将近"}) {
			continue
		}
		return true
	}
	return false
}

// clauseAround returns the start and end of the clause that holds rs[a:b].
func clauseAround(rs []rune, a, b int) (cs, ce int) {
	cs = a
	for cs > 0 && !isClauseBreak(rs[cs-1]) {
		cs--
	}
	ce = b
	for ce < len(rs) && !isClauseBreak(rs[ce]) {
		ce++
	}
	return cs, ce
}

// clauseBefore returns the text of the clause before rs[b].
func clauseBefore(rs []rune, b int) string {
	cs := b
	for cs > 0 && !isClauseBreak(rs[cs-1]) {
		cs--
	}
	return string(rs[cs:b])
}

// futureMarkers put what follows in a clause in the future: a target, not a
// result.
var futureMarkers = []string{"将", "要", "确保", "力争", "计划", "预计", "争取", "目标"}

// tensed settles the remaining poor against the lifted by tense, for figures
// written with 剩余/最后/未脱贫: "今年将完成剩余719户2542人脱贫" is who remains
// (贫困人口, 贫困村), "剩余24个贫困村1128户3702名贫困人口全部实现脱贫" and
// "670户2569名未脱贫人口全部脱贫退出" are who left (脱贫人口, 出列贫困村).
func tensed(rs []rune, a, b int, metric string) string {
	if metric == "" {
		return ""
	}
	cs, ce := clauseAround(rs, a, b)
	// remaining below needs 剩余, 最后 or 余下 before (剩, 最 or 余 among
	// the runes) or 未脱贫… after (未): without any, the metric stands, and
	// no string is made.
	if !slices.ContainsFunc(rs[cs:a], func(r rune) bool { return r == '剩' || r == '最' || r == '余' }) && !slices.Contains(rs[b:ce], '未') {
		return metric
	}
	before, after := runesString(rs[cs:a]), runesString(rs[b:ce])
	remaining := hasAny(before, []string{"剩余", "最后", "余下"}) || strings.Contains(after, "未脱贫人口") || strings.Contains(after, "未脱贫村")
	if !remaining {
		return metric
	}
	// The future may be set a clause earlier (今年将完成剩余…，最后9个贫困村退出).
	future := hasAny(runesString(rs[max(0, cs-20):a]), futureMarkers)
	done := !future && hasAny(after, []string{"全部", "实现", "已"}) && lifted(strings.ReplaceAll(strings.ReplaceAll(after, "未脱贫人口", ""), "未脱贫村", ""))
	switch {
	case future && metric == metricLifted:
		return metricPoor
	case future && metric == metricVillagesX:
		return metricVillages
	case done && metric == metricPoor:
		return metricLifted
	case done && metric == metricVillages:
		return metricVillagesX
	}
	return metric
}

// countMetric classifies N个 by what follows: 46个贫困村全部脱贫出列 is the
// total; 11个贫困村(,2676人)脱贫 in a year is the number that exited.
func countMetric(rs []rune, b int) string {
	rs = withoutBracketAfter(rs, b)
	rest := runesString(rs[b:min(len(rs), b+20)])
	var total, exited string
	switch {
	case strings.HasPrefix(villageKind(rest), "贫困村") && !strings.HasPrefix(rest, "深度"):
		// 贫困村, 建档立卡贫困村, 重点贫困村, 建档立卡省级贫困村, 省定贫困村.
		total, exited = metricVillages, metricVillagesX
		rest = villageKind(rest)
	case strings.HasPrefix(rest, "贫困行政村"):
		total, exited = metricVillages, metricVillagesX
		rest = "贫困村" + strings.TrimPrefix(rest, "贫困行政村")
	case strings.HasPrefix(rest, "是贫困村") && hasAny(runesString(rs[max(0, b-12):b]), []string{"中有", "中的"}):
		// 全县163个村中有103个是贫困村: the count is the poor villages'.
		return metricVillages
	case strings.HasPrefix(rest, "是贫困乡") && hasAny(runesString(rs[max(0, b-12):b]), []string{"中有", "中的", "中就有"}):
		// 20个乡镇中就有15个是贫困乡镇: the count is the poor townships'.
		return metricTowns
	case strings.HasPrefix(rest, "贫困嘎查村") || strings.HasPrefix(rest, "贫困嘎查"):
		// 嘎查 is the village of Inner Mongolia's pastoral areas.
		total, exited = metricVillages, metricVillagesX
		rest = "贫困村" + strings.TrimPrefix(strings.TrimPrefix(rest, "贫困嘎查"), "村")
	case strings.HasPrefix(rest, "贫困乡镇") || strings.HasPrefix(rest, "贫困乡"):
		total, exited = metricTowns, metricTownsX
	default:
		return ""
	}
	before := runesString(rs[max(0, b-12):b])
	if hasAny(before, notExitedVillages) {
		// 未出列的429个贫困村: villages that have not left.
		return ""
	}
	if k, ok := countStart(rs, b); ok && remainingCount(rs, k) {
		return ""
	}
	if hasAny(before, []string{"帮扶", "驻", "包保", "对接", "覆盖", "选派", "下派"}) || statExclusionSet.inside(clauseBefore(rs, b)) {
		// 带动87个贫困村, 惠及全县100余个贫困村: villages a project reaches.
		return ""
	}
	after := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "建档立卡"), "重点"), "贫困村")
	after = strings.TrimPrefix(strings.TrimPrefix(after, "贫困乡镇"), "贫困乡")
	if hasPrefixAny(after, []string{"未", "尚未", "还未", "没有"}) {
		// 还有22个贫困村未退出: villages that have not left.
		return ""
	}
	if exitVerbBefore(rs, b) {
		// 出列76个贫困行政村, 退出4个贫困乡镇: the units that left.
		return exited
	}
	if wholeUnitBefore(rs, b) {
		// 全县86个贫困村都开展了…, 全县87个贫困村出列: a count over the whole
		// county is how many it has, whatever is said of them.
		return total
	}
	if strings.HasPrefix(after, "全部") || strings.HasPrefix(after, "已全部") || strings.HasPrefix(after, "均") || strings.HasPrefix(after, "整体") {
		return total
	}
	if strings.HasPrefix(after, "和") || strings.HasPrefix(after, "、") || strings.HasPrefix(after, "及") {
		// 已有35个贫困村、8044个贫困户、2.73万贫困人口实现脱贫: a list whose
		// clause ends in leaving poverty, with no 全部 making it the whole,
		// counts the villages that left.
		if _, ce := clauseAround(rs, b, b); ce > b {
			rest := runesString(rs[b:ce])
			if k := lastLifted(rest); k >= 0 && !strings.Contains(rest[:k], "全部") && !strings.Contains(rest, "未") {
				return exited
			}
		}
		return total
	}
	if strings.HasPrefix(after, "中") {
		return total
	}
	if hasPrefixAny(after, []string{"如何", "脱贫进度"}) {
		// 150个贫困村如何销号, 2000个贫困村脱贫进度如何: all of them, asked
		// about.
		return total
	}
	if strings.HasPrefix(after, "之一") {
		// 甲村是乙县17个贫困村之一: the village is one of the county's poor
		// villages, whose number the count gives (oneOfCount places it).
		return total
	}
	if strings.HasPrefix(after, "有") && len(after) > len("有") && isDigit([]rune(after)[1]) {
		// 158个贫困村有156个整村退出: the first count is all of them.
		return total
	}
	if after != "" && isDigit([]rune(after)[0]) {
		// 剩余15个贫困村836户2910人全部脱贫: villages and people listed
		// together (tensed decides which way).
		return total
	}
	if strings.HasPrefix(after, "，") || strings.HasPrefix(after, ",") {
		if lifted(afterHead(after, 12)) && !strings.Contains(afterHead(after, 12), "全部") {
			return exited
		}
		return total
	}
	if lifted(afterHead(after, 6)) {
		return exited
	}
	if after == "" || strings.HasPrefix(after, "。") {
		return total
	}
	return ""
}

// excludable returns the words before a figure at rs[a] to test for
// statExclusions, without 其中 where it follows the whole population
// (总人口18.2万，其中贫困人口14199户: the poor among everyone, no part of a
// project's reach).
func excludable(rs []rune, a int, before string) string {
	if k := strings.LastIndex(before, "其中"); k >= 0 {
		if rest := before[k+len("其中"):]; leadingYearRe.MatchString(rest) && !hasAny(rest, newlyPoor) {
			// 累计脱贫3.1万户，其中2019年脱贫9361户: the figure of one year
			// within the total, the area's own.
			return before[:k] + before[k+len("其中"):]
		}
		wide := windowBefore(rs, a)
		if hasAny(wide, []string{"总人口", "户籍人口", "农业人口", "总户数"}) || wholePopulationRe.MatchString(wide) || wholeCountBefore(wide) {
			return before[:k] + before[k+len("其中"):]
		}
	}
	return before
}

// wholeCountClauseRe matches a clause that ends in a count of households or
// people (共有农户147户718人, 村民仅969户, 全村总共118户): the whole a 其中
// after it takes a part of.
var wholeCountClauseRe = regexp.MustCompile(`\d[\d.]*万?(?:户|人|口人)(?:[（(]?\d[\d.]*万?(?:人|口人)[)）]?)?$`)

// wholeCountBefore reports whether the clause before the last 其中 in wide
// counts all the households or people of a unit, no poor ones and no one a
// project reaches: 全村共有农户147户718人，其中贫困户87户448人 gives the
// village's poor, not a part of something else.
func wholeCountBefore(wide string) bool {
	k := strings.LastIndex(wide, "其中")
	if k < 0 {
		return false
	}
	prev := strings.TrimRight(wide[:k], "，,、 \u3000")
	if c := strings.LastIndexAny(prev, "，,；;。：:"); c >= 0 {
		_, size := utf8.DecodeRuneInString(prev[c:])
		prev = prev[c+size:]
	}
	if prev == "" || strings.ContainsAny(prev, "贫脱") || statExclusionSet.inside(prev) {
		return false
	}
	if strings.ContainsAny(prev, "养种") {
		return false // 全县养蚕农户5981户，其中贫困户1329户: the growers, not everyone
	}
	return wholeCountClauseRe.MatchString(prev)
}

// windowBefore returns the 30 characters before rs[a], opened with 。 when
// they reach the sentence's start (which is a clause start).
func windowBefore(rs []rune, a int) string {
	wide := string(rs[max(0, a-30):a])
	if a <= 30 {
		wide = "。" + wide
	}
	return wide
}

// villagesExcludable is excludable for a count of poor villages, which is
// also no part of something when 其中 follows all the unit's villages (辖12个
// 乡镇、300个行政村，其中贫困村80个).
func villagesExcludable(rs []rune, a int, before string) string {
	k := strings.LastIndex(before, "其中")
	if k < 0 {
		return before
	}
	if allVillagesRe.MatchString(windowBefore(rs, a)) && !statExclusionSet.inside(clauseBefore(rs, max(0, a-runeLen(before[k:])-1))) {
		return before[:k] + before[k+len("其中"):]
	}
	return excludable(rs, a, before)
}

// allVillagesRe matches all of a unit's villages counted right before 其中
// (辖9个乡镇，102个行政村，其中; 共有村委会45个，其中), not villages a project
// reaches (覆盖20个乡镇93个村，其中).
var allVillagesRe = regexp.MustCompile(`(?:^|[，,、；;。：:]|[县市区旗镇乡]|辖|有|下辖)(?:\d+个)?(?:行政村|村委会|村|村\(社区\)|村（社区）|建制村)(?:\d+个)?[，,。；;]其中[有包括]*[^，,。；;]{0,6}$`)

// wholePopulationRe matches a unit's whole population written 人口N at a
// clause's start or right after a place (甲县人口50万人，其中贫困人口10万人;
// 全县人口N, 乙村共有人口N), or a unit's residents (丙村共有农户N, 丁嘎查
// 共有牧民N), or its households counted before 其中 (甲村有179户451人，其中…;
// 全村580户，其中…; 乙村村民256户，870人，耕地500亩，其中…),
// not a population of some kind (贫困人口N, 脱贫人口N, 搬迁人口N).
var wholePopulationRe = regexp.MustCompile(`(?:[，,；;。：:]|全[县市乡镇村区州]|[^困][县市乡镇村区州旗]|[县市乡镇村区州旗]共?有)人口\d|共有(?:农户|村民|牧民|农牧民)\d|(?:[县乡镇村屯寨查](?:共有|现有|有|共|辖)|全[县乡镇村]|[村寨](?:民|有农户|有村民))\d[\d.]*万?户(?:[，,]?\d[\d.]*万?(?:人|口人))?(?:[，,][^，,。；;]{1,12})?[，,]其中`)

// listReach reports whether the figure at rs[a] is listed (after 、) with
// units a project reaches, named at the start of its clause: 利益联结覆盖甲州
// 贫困村1500个、建档立卡贫困人口20万人.
func listReach(rs []rune, cs, a int) bool {
	lead := runesString(rs[cs:a])
	k := strings.LastIndex(lead, "、")
	if k < 0 {
		return reachBefore(rs, cs, a)
	}
	for _, w := range reachVerbs {
		if j := strings.Index(lead, w); j >= 0 && j < k {
			return true
		}
	}
	return false
}

// reachVerbs name the units a project reaches.
var reachVerbs = []string{"覆盖", "联结", "辐射", "惠及", "带动"}

// reachBefore reports whether the figure's clause opens with the population
// (a few characters before the figure) right after a clause that counts the
// units a project reaches: 惠及9个乡镇92个村，贫困人口约4500户.
func reachBefore(rs []rune, cs, a int) bool {
	if cs < 2 || a-cs > 8 || (rs[cs-1] != '，' && rs[cs-1] != ',') {
		return false
	}
	ps := cs - 1
	for ps > 0 && !isClauseBreak(rs[ps-1]) {
		ps--
	}
	prev := runesString(rs[ps : cs-1])
	for _, w := range reachVerbs {
		if j := strings.Index(prev, w); j >= 0 && strings.ContainsAny(prev[j:], "0123456789个") {
			return true
		}
	}
	return false
}

// trimFallTo removes a verb of falling to (减少至, 降至 …) from the end of s.
func trimFallTo(s string) string {
	for _, w := range fallTo {
		if r, ok := strings.CutSuffix(s, w); ok {
			return r
		}
	}
	return s
}

// villageKind strips the kinds written before 贫困村 (建档立卡, 省级, 省定, 省建档立卡, 重点
// …) from the start of rest.
func villageKind(rest string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range []string{"建档立卡", "省级", "省定", "市级", "国定", "国家级", "重点", "省"} {
			if r, ok := strings.CutPrefix(rest, w); ok {
				rest, changed = r, true
			}
		}
	}
	return rest
}

// countStart returns where the number of a count ending at rs[b] (N个, N余个)
// starts, and whether there is one.
func countStart(rs []rune, b int) (int, bool) {
	k := b
	for k > 0 && strings.ContainsRune("个余多", rs[k-1]) {
		k--
	}
	n := k
	// A comma inside a figure (1,101) stands between digits; one before
	// the figure ends the clause before it (摘帽,1101个).
	for k > 0 && (isDigit(rs[k-1]) || (rs[k-1] == '.' || rs[k-1] == ',') && k >= 2 && isDigit(rs[k-2])) {
		k--
	}
	return k, k < n
}

// exitVerbBefore reports whether the count that ends at rs[b] is written
// right after a verb of leaving (出列, 退出, 摘帽, 销号, with or without 了).
func exitVerbBefore(rs []rune, b int) bool {
	k, ok := countStart(rs, b)
	if !ok {
		return false
	}
	before := strings.TrimSuffix(string(rs[max(0, k-3):k]), "了")
	return hasSuffixAny(before, []string{"出列", "退出", "摘帽", "销号"})
}

// wholeUnitBefore reports whether the count that ends at rs[b] is written
// right after 全县, 全市, 全区, 全州, 全旗 or 全盟.
func wholeUnitBefore(rs []rune, b int) bool {
	k, ok := countStart(rs, b)
	if !ok || k < 2 || rs[k-2] != '全' {
		return false
	}
	return strings.ContainsRune("县市区州旗盟", rs[k-1])
}

// wholeProvince reports whether text refers to the province as a whole
// (全省, 我省), not as the field a county is compared in (在全省率先, 全省第一).
func wholeProvince(text string) bool {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "在全省", ""), "全省第", "")
	return strings.Contains(text, "全省") || strings.Contains(text, "我省")
}

// countiesExitedRe matches poor counties counted after their noun, anywhere
// in a sentence (贫困县摘帽30个, 贫困县退出14个), the count not followed by a
// noun of its own (贫困县23个贫困村 counts villages).
var countiesExitedRe = regexp.MustCompile(`贫困县(?:脱贫)?(?:摘帽|退出|出列)?(?:\d+|[一二三四五六七八九十两]+)个(?:$|[^\p{Han}]|[^贫村乡镇户人\P{Han}])`)

// countiesExitedCount reports whether a sentence counts poor counties after
// their noun (累计减少贫困人口29.7万人、贫困村退出2713个、贫困县摘帽30个): its
// figures are those of a region holding the counties, not of one county.
func countiesExitedCount(text string) bool {
	return strings.Contains(text, "贫困县") && (countiesExitedRe.MatchString(text) || countedCountiesExitRe.MatchString(text))
}

// countedCountiesExitRe matches poor counties counted before their noun and
// said to exit, anywhere in a sentence (5个贫困县正在履行摘帽程序, 3个贫困县
// 全部摘帽).
var countedCountiesExitRe = regexp.MustCompile(`(?:\d+|[一二三四五六七八九十两]+)个(?:深度|国家级|国定|省定)?贫困县(?:全部|均|已经|已|正在履行|正在)?(?:脱贫)?(?:摘帽|退出)`)

// countiesCounted reports whether text counts a group of counties
// (这23个贫困县, 8个县, 12个县市, 15个县均): their figures are no one county's.
func countiesCounted(text string) bool {
	rs := []rune(text)
	for k := 1; k+1 < len(rs); k++ {
		if rs[k] != '个' || !(isDigit(rs[k-1]) || strings.ContainsRune(cnNumerals, rs[k-1])) {
			continue
		}
		rest := string(rs[k+1:])
		for _, w := range []string{"贫困县", "深度贫困县", "国家级贫困县", "县"} {
			if strings.HasPrefix(rest, w) && !strings.HasPrefix(rest, w+"级") && !strings.HasPrefix(rest, w+"城") {
				// 甲县是某省16个深度贫困县之一: one county, placed among
				// them, not a group whose figures follow.
				if strings.HasPrefix(rest, w+"之一") {
					break
				}
				return true
			}
		}
	}
	return false
}

// countySelfRefs stand for a county in a sentence that named a province or
// prefecture before them.
var countySelfRefs = []string{"全县", "该县", "本县", "我县", "县里", "县内", "县域", "全旗", "该旗"}

// countedBeforeHave reports whether the text before a count reads "N个贫困村有"
// (a count of villages, then 有): the count that follows is a part of them.
func countedBeforeHave(before string) bool {
	rest, ok := strings.CutSuffix(before, "有")
	if !ok {
		return false
	}
	// 700个贫困村已经有650个, 50个贫困村到去年已有40个: 已 and a time
	// between the noun and 有.
	if r, ok := strings.CutSuffix(strings.TrimSuffix(rest, "经"), "已"); ok {
		rest = r
		for _, t := range []string{"到去年", "到今年", "至今", "目前", "如今", "现在"} {
			rest = strings.TrimSuffix(rest, t)
		}
	}
	for _, n := range []string{"贫困村", "贫困行政村", "贫困乡镇"} {
		if r, ok := strings.CutSuffix(rest, n); ok {
			rr := []rune(r)
			return len(rr) >= 2 && rr[len(rr)-1] == '个' && isDigit(rr[len(rr)-2])
		}
	}
	return false
}

// statPlace returns the place a figure at s.rs[i] is about: the nearest place
// written before it in the sentence, at whatever level (a village's, a town's,
// a prefecture's or a province's figure keeps that place, never a county
// merely named nearby); 全省/全州/全市 in the clause for the subject's
// province or prefecture; and otherwise the subject county. A figure of a
// village or town whose name is not written (全村, 该镇) has no place.
func (x *Extractor) statPlace(d *document, p *places, s *sentence, i int) (gazetteer.Division, bool) {
	var last *placeMention
	cs := i
	for cs > 0 && !isClauseBreak(s.rs[cs-1]) {
		cs--
	}
	oneOf := oneOfCount(s.rs, i)
	if lp, ok := p.topicLocal(s, i); ok && !oneOf {
		// 寨子包村是四川省定贫困村，建档立卡贫困户69户: the village the sentence
		// is about has its figures, whatever larger place describes it.
		return lp, true
	}
	ms := p.inSent(s.idx)
	for k := range ms {
		m := &ms[k]
		if m.sp.start > 0 && s.rs[m.sp.start-1] == '占' || m.sp.end < i && s.rs[m.sp.end] == '等' {
			// 占丽江市贫困人口的45.73%: a place compared with; 下辖的碧江区等
			// 2区8县: an example of what the earlier place holds.
			continue
		}
		if landformAfter(s.rs, m.sp.end) && (x.provinceShort(*m) || x.prefectureShort(*m)) {
			// 位于贵州高原西部, 成都平原: a region of land named by a
			// province's or prefecture's short form, not the division; a
			// county's own land (甲县平原地区) is still the county's.
			continue
		}
		if m.sp.start >= i || m.code == "" || p.helpers[m.code] {
			// A helper named before a figure (经过珠海市不懈努力，剩余贫困人口0户)
			// is who helped, not whose figure it is.
			continue
		}
		if st := p.byCode[m.code]; st == nil || !st.confirmed {
			// A short form in the figure's own clause that names one
			// prefecture or county and is a word there (助力安顺54.58万贫困
			// 人口脱贫) places the figure too, and so does a province's
			// anywhere before it in the sentence (河北原有贫困人口499万, 在四川
			// 11501个贫困村中).
			if !(m.sp.start >= cs && x.wordMention(d, *m) || x.provinceShort(*m)) {
				continue
			}
		}
		last = m
	}
	if last != nil && !oneOf {
		if div, ok := x.sentenceTopic(p, s, *last); ok {
			// 石渠县是四川省面积最大的县，有贫困村112个: the figure is the
			// topic's, not the larger place it is compared within.
			return div, true
		}
	}
	lastEnd := 0
	if last != nil {
		lastEnd = last.sp.end
	}
	clause := runesString(s.rs[cs:i])
	// The words that stand for a village or town count in the figure's clause,
	// and in the clauses before it after the last division named (全村有713户
	// 2470人，2015年建档立卡贫困户有386户: the village's).
	scope := clause
	if lastEnd < cs {
		scope = runesString(s.rs[lastEnd:i])
	}
	// 这23个贫困县全部脱贫摘帽，45万建档立卡贫困人口脱贫: the figures of a
	// group of counties are the prefecture's or province's named before it
	// (or meant by 全省, 全市), never one county's.
	group := countiesCounted(scope) || countiesExitedCount(s.text)
	if group && last != nil {
		// 甲市和乙州共有50万人脱贫，10个贫困县摘帽: the group's figures are
		// the two prefectures' together, neither's, unless 全州 or 该县
		// after them says whose (甲市和乙州…，全州累计减贫…): the checks
		// below read that, and drop the figure otherwise.
		if div, ok := x.gz.ByCode(last.code); ok && div.Level != gazetteer.County && !x.jointPlace(s.rs, ms, p.helpers, last, div) {
			return div, true
		}
	}
	// Each word holds 村, 镇, 乡, 组 or 查 (嘎查): one pass over scope rules out
	// most figures' scopes before thirteen searches.
	unitWords := []string{"全村", "该村", "村里", "本村", "我们村", "村子", "全镇", "该镇", "全乡", "该乡", "全组", "全嘎查", "该嘎查"}
	if !strings.ContainsAny(scope, "村镇乡组查") {
		unitWords = nil
	}
	for _, w := range unitWords {
		if strings.Contains(scope, w) {
			// 船形村…，全村贫困户55户192人: the village written earlier in the
			// sentence, of the same kind; else no place.
			if kind := strings.Trim(w, "全该里本我们子"); kind != "组" {
				if lp, ok := p.localBefore(s, 0, cs); ok && strings.HasSuffix(lp.Name, kind) {
					return lp, true
				}
				if kind == "村" && (w == "全村" || w == "该村") {
					// 他驻乙村三年，全村贫困户55户: a village written earlier
					// in the sentence after a verb or preposition (驻, 在, 到,
					// 名为), which the local places do not hold.
					if name, ok := villageNamedBefore(s.rs, indexRunes(s.rs, w)); ok {
						return gazetteer.Division{Code: p.subject + "-" + name, Name: name, ShortName: name}, true
					}
				}
			}
			return gazetteer.Division{}, false
		}
	}
	// A town or village written after the last division: the figure is its,
	// unless the figure counts the county's poor villages it is one of
	// (甲县乙村…是全县65个贫困村之一: the county's 65).
	if lp, ok := p.localBefore(s, lastEnd, i); ok && !(oneOf && hasAny(clause, countySelfRefs)) {
		return lp, true
	}
	if last == nil && s.idx > 0 && s.idx < len(d.sents) && !hasAny(runesString(s.rs[:i]), countySelfRefs) && !hasAny(runesString(s.rs[:i]), []string{"全市", "全省", "全州", "全区"}) {
		if prev := d.sents[s.idx-1]; prev.idx == s.idx-1 {
			if _, ok := p.topicLocal(prev, len(prev.rs)); ok || p.aboutVillage(prev) {
				// 乙村位于甲县南部，距县城20公里。2016年建档立卡贫困户300户
				// 1000人: a sentence that names no place, after one about a
				// village, goes on about that village; its figures are none
				// of the county's.
				return gazetteer.Division{}, false
			}
		}
	}
	subj, hasSubj := x.gz.ByCode(p.subject)
	if last == nil {
		// 全县, 该县 in a report on several counties: the county the paragraph
		// is about, named in the sentences just before.
		if c, ok := x.countyInScope(d, p, s); ok {
			subj, hasSubj = c, true
		}
	}
	// 该县/本县/我县 or 全省/我省 written after the last division named, in the
	// sentence before the figure, stands for the subject or its province
	// (至此，我省53个贫困县全部摘帽，全省…贫困发生率降至0.41%).
	between := runesString(s.rs[lastEnd:i])
	if helpedUnnamed(between) || last != nil && p.helpers[last.code] && hasAny(between, []string{"受援地区", "受援地", "帮扶地区"}) {
		// 甲市已累计助力受援地区50万人脱贫: the helped regions together,
		// unnamed, not the helper; a place that is itself helped (乙县作为
		// 受援地区，减贫1000人) keeps its figure.
		return gazetteer.Division{}, false
	}
	if hasAny(runesString(s.rs[max(lastEnd, cs):i]), subsetRegions) {
		// 其中彝区藏区等深度贫困地区贫困人口从…, 青海藏区的贫困发生率, 南疆
		// 四地州…贫困发生率由…: the figure of a part of the place, or of a
		// group of places, named in the figure's own clause, is no
		// division's.
		return gazetteer.Division{}, false
	}
	if hasSubj && hasAny(between, []string{"该县", "本县", "我县"}) {
		return subj, true
	}
	if div, ok := x.selfRefPlace(p, subj, hasSubj, s.rs[lastEnd:i], s.text); ok {
		return div, true
	}
	if wholeProvince(between) {
		last = nil
		clause = between
	}
	if last != nil {
		div, _ := x.gz.ByCode(last.code)
		if x.jointPlace(s.rs, ms, p.helpers, last, div) {
			return gazetteer.Division{}, false
		}
		if div.Level == gazetteer.County {
			return div, true
		}
		// A province or prefecture named before the figure in its sentence,
		// with no 全县/该县 after it, has the figure (贫困县 and 县市 between
		// them are what it counts: 河北原有贫困县62个、贫困人口499万).
		if !hasAny(runesString(s.rs[last.sp.end:i]), countySelfRefs) {
			return div, true
		}
	}
	if wholeProvince(clause) {
		if hasSubj {
			if prov, ok := x.gz.Province(subj); ok {
				return prov, true
			}
		}
		if p.province != "" {
			return x.gz.ByCode(p.province)
		}
		return gazetteer.Division{}, false
	}
	// 全市 in the clause, in an article about a county that is no city: the
	// figure is the prefecture's.
	if p.prefecture != "" && (!hasSubj || levelOf(subj) != '市' && (strings.Contains(clause, "全市") || strings.Contains(clause, "我市") || strings.Contains(clause, "全州"))) {
		return x.gz.ByCode(p.prefecture)
	}
	if !hasSubj && p.prefecture == "" && hasAny(between, []string{"全市", "我市"}) {
		// 近年来，我市…累计脱贫人口2万余人 in a report that names two
		// counties of one prefecture: that prefecture.
		if pref, ok := x.countiesPrefecture(p); ok {
			return pref, true
		}
	}
	if !hasSubj {
		// An article about a province (江西省25个贫困县…) has its figures.
		if p.province != "" && p.prefecture == "" {
			return x.gz.ByCode(p.province)
		}
		return gazetteer.Division{}, false
	}
	if p.helpers[subj.Code] {
		// A helper's own report: its figures are its partners', unnamed here.
		return gazetteer.Division{}, false
	}
	if group || villageScale(s.text) {
		return gazetteer.Division{}, false
	}
	if last == nil && hasAny(runesString(s.rs[i:]), []string{"全村", "该村", "本村"}) {
		// 2015年贫困发生率达20%，全村建档立卡贫困户有100户: a sentence
		// about an unnamed village, whose figures are none of the county's.
		return gazetteer.Division{}, false
	}
	return subj, true
}

// jointPlace reports whether the place last, whose division is div, is
// written right after another of its level joined to it (甲县、乙县…, 甲市和
// 乙州共有…): a figure of two places together is neither's. A helper joined
// to the place it helps (甲市与乙州携手，累计减贫50万人) shares none of its
// figures: they stay the helped place's.
func (x *Extractor) jointPlace(rs []rune, ms []placeMention, helpers map[string]bool, last *placeMention, div gazetteer.Division) bool {
	if div.Level != gazetteer.County && div.Level != gazetteer.Prefecture {
		return false
	}
	for k := range ms {
		m := &ms[k]
		if m == last || m.code == last.code || helpers[m.code] || m.sp.end+1 != last.sp.start || !strings.ContainsRune("、和与及", rs[m.sp.end]) {
			continue
		}
		if other, ok := x.gz.ByCode(m.code); ok && other.Level == div.Level {
			return true
		}
	}
	return false
}

// oneOfCount reports whether the figure at rs[i] counts the poor villages
// a village is one of (甲村是乙县17个贫困村之一): the count is the place
// named before it, not the village the sentence is about.
func oneOfCount(rs []rune, i int) bool {
	b := i
	for b < len(rs) && (isDigit(rs[b]) || rs[b] == '.') {
		b++
	}
	if b >= len(rs) || rs[b] != '个' {
		return false
	}
	rest := villageKind(runesString(rs[b+1 : min(len(rs), b+16)]))
	return strings.HasPrefix(rest, "贫困村之一")
}

// countiesPrefecture returns the prefecture that holds every county the
// article confirms, when there is one and it holds them all.
func (x *Extractor) countiesPrefecture(p *places) (gazetteer.Division, bool) {
	parent := ""
	for _, st := range p.byCode {
		if st.div.Level != gazetteer.County || !st.confirmed {
			continue
		}
		if parent != "" && st.div.ParentCode != parent {
			return gazetteer.Division{}, false
		}
		parent = st.div.ParentCode
	}
	if parent == "" {
		return gazetteer.Division{}, false
	}
	div, ok := x.gz.ByCode(parent)
	if !ok || div.Level != gazetteer.Prefecture {
		return gazetteer.Division{}, false
	}
	return div, true
}

// villageScaleRe matches the whole population of a unit written as people or
// households (户籍人口2850人, 总人口1.2万人, 339户村民).
var villageScaleRe = regexp.MustCompile(`(?:(?:户籍|常住|总)人口(?:为|有|达|共)?(\d+(?:\.\d+)?)(万)?(人|户))|(?:(\d+)户村民)`)

// villageScale reports whether a sentence gives the whole population of a
// unit of a village's size (under 10,000 people or 3,000 households): its
// figures are that unnamed village's, not the subject county's.
func villageScale(text string) bool {
	for _, m := range villageScaleRe.FindAllStringSubmatch(text, -1) {
		if m[4] != "" {
			if n, err := strconv.Atoi(m[4]); err == nil && n < 3000 {
				return true
			}
			continue
		}
		n, err := strconv.ParseFloat(m[1], 64)
		if err != nil || m[2] != "" {
			continue
		}
		if m[3] == "人" && n < 10000 || m[3] == "户" && n < 3000 {
			return true
		}
	}
	return false
}

// topicLinks join a sentence's topic to what it is said to be: 是, 作为,
// 位于, 地处, 隶属, 属于, or an appositive comma.
var topicLinks = newPhrases("是", "也是", "既是", "作为", "位于", "地处", "隶属", "隶属于", "属于", "，", ",")

// sentenceTopic returns the place a sentence opens with when it is linked
// (是, 作为, 位于, a comma) to a description that names a larger place
// holding it: 寨子包村是四川省定贫困村，建档立卡贫困户69户; 开阳县，贵阳市脱贫
// 攻坚难度最大的县，有…; 龙江县是黑龙江省产粮第一大县，…贫困人口4750户.
// last is the nearest place before the figure; it must hold the topic.
func (x *Extractor) sentenceTopic(p *places, s *sentence, last placeMention) (gazetteer.Division, bool) {
	rs := s.rs
	lastDiv, ok := x.gz.ByCode(last.code)
	if !ok {
		return gazetteer.Division{}, false
	}
	starts := topicStarts(p, s)
	for _, m := range p.inSent(s.idx) {
		if !slices.Contains(starts, m.sp.start) || m.code == "" || m.code == last.code || m.sp.end >= last.sp.start {
			continue
		}
		if topicLinks.at(rs, m.sp.end) == "" {
			return gazetteer.Division{}, false
		}
		div, ok := x.gz.ByCode(m.code)
		if ok && x.within(div, lastDiv) {
			return div, true
		}
		return gazetteer.Division{}, false
	}
	for _, lp := range p.locals {
		n := runeLen(lp.name)
		at := slices.IndexFunc(starts, func(k int) bool { return hasRunePrefix(rs, k, lp.name) })
		if at < 0 {
			continue
		}
		start := starts[at]
		if start+n > last.sp.start || topicLinks.at(rs, start+n) == "" {
			continue
		}
		parent, ok := x.gz.ByCode(lp.parentCode)
		if !ok || parent.Code != lastDiv.Code && !x.within(parent, lastDiv) {
			continue
		}
		code := lp.parentCode
		if lp.level == kg.LevelVillage && lp.town != "" {
			code += "-" + lp.town
		}
		return gazetteer.Division{Code: code + "-" + lp.name, Name: lp.name, ShortName: lp.name}, true
	}
	return gazetteer.Division{}, false
}

// topicStarts returns where a sentence's topic may start: its first
// character after blanks and a bracketed tag (<正>, 【…】), and the first after
// a short opening clause that names no place (据悉，怒江州位于…; 如今，甲村的贫困
// 户…): a time or source adverbial before the topic.
func topicStarts(p *places, s *sentence) []int {
	if s.topics != nil {
		return s.topics
	}
	s.topics = topicStartsOf(p, s)
	return s.topics
}

func topicStartsOf(p *places, s *sentence) []int {
	rs := s.rs
	start := 0
	for {
		for start < len(rs) && (rs[start] == ' ' || rs[start] == '\u3000') {
			start++
		}
		if start < len(rs) && (rs[start] == '<' || rs[start] == '【') {
			closer := '>'
			if rs[start] == '【' {
				closer = '】'
			}
			if k := slices.Index(rs[start:min(len(rs), start+8)], closer); k > 0 {
				start += k + 1
				continue
			}
		}
		break
	}
	out := []int{start}
	for k := start; k < len(rs) && k-start <= 10; k++ {
		if !isClauseBreak(rs[k]) {
			continue
		}
		if rs[k] == '，' || rs[k] == ',' {
			named := slices.ContainsFunc(p.inSent(s.idx), func(m placeMention) bool { return m.sp.start < k })
			if !named {
				out = append(out, k+1)
			}
		}
		break
	}
	return out
}

// countySelfSet holds the words a sentence refers to a county as itself
// with, found in one pass.
var countySelfSet = newPhrases("全县", "该县", "本县", "我县")

// countyInScope returns the county named last in the sentences
// before s, when the sentence refers to a county as
// itself (全县, 该县, 本县, 我县) and that county is not the article's subject.
//
// It looks back three sentences, or further within the paragraph (a speaker's
// report of several sentences: 易门县相关负责人通报…；…；全县24个贫困村…).
func (x *Extractor) countyInScope(d *document, p *places, s *sentence) (gazetteer.Division, bool) {
	if s.countySelf == 0 {
		s.countySelf = 2
		if countySelfSet.in(s.rs) {
			s.countySelf = 1
		}
	}
	if s.countySelf != 1 {
		return gazetteer.Division{}, false
	}
	for k := s.idx - 1; k >= 0 && (k >= s.idx-3 || k >= s.idx-12 && d.para(k) == d.para(s.idx)) && k >= d.titleSents; k-- {
		ms := p.inSent(k)
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.code == "" || p.helpers[m.code] {
				continue
			}
			st := p.byCode[m.code]
			if st == nil || !st.confirmed {
				continue
			}
			if st.div.Level == gazetteer.County {
				if m.code == p.subject {
					return gazetteer.Division{}, false
				}
				return st.div, true
			}
		}
	}
	return gazetteer.Division{}, false
}

// selfRefPlace resolves a unit's reference to itself (全区, 全市, 全旗, 该区)
// written after the last division named before a figure: the subject when
// the level is the subject's own (全区 in a report on 开州区); an autonomous
// region for 全区 otherwise (全区62.8万人 in a report on a county of 西藏); the
// article's prefecture for 全市, 全州 and 全盟 in a report on a county.
func (x *Extractor) selfRefPlace(p *places, subj gazetteer.Division, hasSubj bool, rs []rune, sentence string) (gazetteer.Division, bool) {
	if wholeDiqu(rs) {
		// 全地区累计减贫15.57万户: the 地区 (a prefecture) of the subject, or
		// the prefecture the article dwells on.
		if hasSubj {
			for _, anc := range x.gz.Ancestors(subj) {
				if anc.Level == gazetteer.Prefecture && strings.HasSuffix(anc.Name, "地区") {
					return anc, true
				}
			}
		}
		if pref, ok := x.gz.ByCode(p.prefecture); ok && strings.HasSuffix(pref.Name, "地区") {
			return pref, true
		}
	}
	lv := rune(0)
	for k := len(rs) - 2; k >= 0; k-- {
		if selfWordSet.has(rs[k]) && unitLevelSet.has(rs[k+1]) {
			lv = rs[k+1]
			break
		}
	}
	if lv == 0 {
		return gazetteer.Division{}, false
	}
	if !hasSubj {
		// 全州建档立卡贫困人口… in a report on a prefecture (楚雄州) that names
		// no single county: the prefecture it dwells on, of that level.
		if pref, ok := x.gz.ByCode(p.prefecture); ok && (lv == '州' || lv == '盟' || lv == '市') && levelOf(pref) == lv {
			return pref, true
		}
		return gazetteer.Division{}, false
	}
	if levelOf(subj) == lv {
		if prov, ok := x.gz.Province(subj); ok && lv == '区' && strings.HasSuffix(prov.Name, "自治区") && countiesCounted(sentence) {
			// 全区62.8万人实现脱贫，全区74个县区脱贫摘帽 in a report on a
			// district of Tibet: a region that counts its counties is the
			// autonomous region, not the district.
			return prov, true
		}
		return subj, true
	}
	switch lv {
	case '区':
		if prov, ok := x.gz.Province(subj); ok && strings.HasSuffix(prov.Name, "自治区") {
			return prov, true
		}
	case '市', '州', '盟':
		for _, anc := range x.gz.Ancestors(subj) {
			if anc.Level == gazetteer.Prefecture && levelOf(anc) == lv {
				return anc, true
			}
		}
	}
	return gazetteer.Division{}, false
}

// wholeDiqu reports whether rs holds 全地区, 该地区 or 本地区.
func wholeDiqu(rs []rune) bool {
	for k := 0; k+2 < len(rs); k++ {
		if rs[k+1] == '地' && rs[k+2] == '区' && (rs[k] == '全' || rs[k] == '该' || rs[k] == '本') {
			return true
		}
	}
	return false
}

// selfWordSet and unitLevelSet are the characters of 全县, 该区, 本市, 我州….
var (
	selfWordSet  = newRuneSet("全该本我")
	unitLevelSet = newRuneSet("县区市旗州盟")
)

// prefectureShort accepts a prefecture written by its short form (成都,
// 汉中), as the article's places resolve it, unless it is a common word.
func (x *Extractor) prefectureShort(m placeMention) bool {
	if m.code == "" || m.pf == nil || m.pf.full || utf8.RuneCountInString(m.pf.form) < 2 || x.gz.IsCommonWord(m.pf.form) {
		return false
	}
	div, ok := x.gz.ByCode(m.code)
	return ok && div.Level == gazetteer.Prefecture
}

// subsetRegions are the words for a part of a division, or a group of
// divisions, that no gazetteer entry names: a figure said of one belongs to
// no single place.
var subsetRegions = []string{"藏区", "彝区", "深度贫困地区", "连片特困地区", "特困片区", "地州", "三区三州", "民族地区", "贫困地区"}

// helpedUnnamedRe matches the helped regions written together after a verb
// of helping (助力受援地区, 带动帮扶地区).
var helpedUnnamedRe = regexp.MustCompile(`(?:助力|帮助|带动)(?:了)?(?:受援地区?|帮扶地区)`)

// helpedUnnamed reports whether text names the helped regions together as
// those a helper lifted.
func helpedUnnamed(between string) bool {
	return (strings.Contains(between, "受援地") || strings.Contains(between, "帮扶地区")) && helpedUnnamedRe.MatchString(between)
}

// provinceShort accepts a province written by its short form (河北, 四川,
// 新疆), as the article's places resolve it, unless it is a common word.
func (x *Extractor) provinceShort(m placeMention) bool {
	if m.code == "" || utf8.RuneCountInString(m.pf.form) < 2 || x.gz.IsCommonWord(m.pf.form) {
		return false
	}
	div, ok := x.gz.ByCode(m.code)
	return ok && div.Level == gazetteer.Province
}

// landforms written after a province's short form name a region of land,
// not the province (贵州高原, 四川盆地, 云贵高原).
var landforms = []string{"高原", "盆地", "平原", "丘陵"}

// landformAfter reports whether a landform follows rs[end].
func landformAfter(rs []rune, end int) bool {
	for _, w := range landforms {
		if hasRunePrefix(rs, end, w) {
			return true
		}
	}
	return false
}

// lastRuneIndex returns the rune offset of the last occurrence of name in
// rs, or -1, without making a string of rs.
func lastRuneIndex(rs []rune, name string) int {
	var first rune
	n := 0
	for _, r := range name {
		if n == 0 {
			first = r
		}
		n++
	}
	for k := len(rs) - n; k >= 0; k-- {
		if rs[k] == first && hasRunePrefix(rs, k, name) {
			return k
		}
	}
	return -1
}

// localBefore returns the last town or village of the article's local places
// written in s between rune offsets a and b, as a division keyed like its
// Region (parent code + "-" + name).
// topicLocal returns the town or village that opens sentence s as its topic
// (乙村是…, 甲乡位于…), when the figure at rs[i] comes after the link.
func (p *places) topicLocal(s *sentence, i int) (gazetteer.Division, bool) {
	if len(p.locals) == 0 || !slices.ContainsFunc(s.rs[:min(len(s.rs), 26)], func(r rune) bool { return r == '村' || r == '乡' || r == '镇' }) {
		return gazetteer.Division{}, false // no town or village opens the sentence
	}
	for _, start := range topicStarts(p, s) {
		head := string(s.rs[start:min(len(s.rs), start+12)])
		for _, lp := range p.locals {
			// The town may stand before the village (卫店镇南新村是…).
			at := start
			if k := strings.Index(head, lp.name); k > 0 {
				town := []rune(head[:k])
				if last := town[len(town)-1]; (last == '镇' || last == '乡') && allHan(string(town)) {
					at = start + len(town)
				}
			}
			end := at + runeLen(lp.name)
			if end >= i || !hasRunePrefix(s.rs, at, lp.name) || villageTopicLinks.at(s.rs, end) == "" {
				continue
			}
			return p.localBefore(s, at, end)
		}
	}
	// 由几个乡合并而成的甲镇地处…: a town or village described before
	// it in the first clause, the topic after it.
	ce := 0
	for ce < len(s.rs) && ce < i && !isClauseBreak(s.rs[ce]) && s.rs[ce] != '。' {
		ce++
	}
	first := s.rs[:ce]
	for _, lp := range p.locals {
		k := lastRuneIndex(first, lp.name)
		end := k + runeLen(lp.name)
		if k > 0 && first[k-1] == '的' && villageTopicLinks.at(s.rs, end) != "" && localTopicClause(s.rs, k-1) {
			return p.localBefore(s, k, end)
		}
		if k > 0 && end == ce && hasPrefixAny(string(first), []string{"位于", "地处"}) && lp.level == kg.LevelVillage {
			// 地处山区深处的甲镇乙村，…: the sentence opens by placing the
			// village, which closes its first clause.
			at := k
			if town, start := localNameBefore(first, k-1); town != "" && (first[k-1] == '镇' || first[k-1] == '乡') {
				at = start
			}
			if at > 0 && first[at-1] == '的' {
				return p.localBefore(s, k, end)
			}
		}
	}
	return gazetteer.Division{}, false
}

func (p *places) localBefore(s *sentence, a, b int) (gazetteer.Division, bool) {
	best, bestAt := localPlace{}, -1
	seg := s.rs[a:b]
	for _, lp := range p.locals {
		if at := lastRuneIndex(seg, lp.name); at > bestAt {
			best, bestAt = lp, at
		}
	}
	if bestAt < 0 {
		return gazetteer.Division{}, false
	}
	parent := best.parentCode
	if best.level == kg.LevelVillage && best.town != "" {
		parent += "-" + best.town
	}
	return gazetteer.Division{Code: parent + "-" + best.name, Name: best.name, ShortName: best.name}, true
}

// yearBefore returns the year tied to a figure at rs[i]: the nearest year
// marker before it in the sentence (2016年, 截至2019年底, 今年, 去年), or ""
// for 目前 and for none.
func yearBefore(rs []rune, i int, pubYear string) string {
	return yearBetween(rs, 0, i, pubYear)
}

// yearBetween finds the last year marker in rs[a:b].
func yearBetween(rs []rune, a, b int, pubYear string) string {
	a = max(0, a)
	year := ""
	for k := a; k < b; k++ {
		switch r := rs[k]; {
		case !isDigit(r) && r != '今' && r != '本' && r != '去' && r != '上' && r != '前' && r != '目' && r != '当' && r != '现' && r != '如':
			continue
		case k+4 < len(rs) && k+4 <= b && isDigit(rs[k]) && isDigit(rs[k+1]) && isDigit(rs[k+2]) && isDigit(rs[k+3]) && rs[k+4] == '年' &&
			(k == 0 || !isDigit(rs[k-1])) && (rs[k] == '1' || rs[k] == '2'):
			y := string(rs[k : k+4])
			if hasRunePrefix(rs, k+5, "以来") {
				y = ""
			}
			k += 4
			if k-4 > 0 && (rs[k-5] == '由' || rs[k-5] == '从' || rs[k-5] == '较' || rs[k-5] == '比') {
				// 由2013年底的15.6万人: the baseline of a pair, not the
				// year of what follows.
				continue
			}
			year = y
		case hasRunePrefix(rs, k, "今年") || hasRunePrefix(rs, k, "本年"):
			year = pubYear
		case hasRunePrefix(rs, k, "去年") || hasRunePrefix(rs, k, "上年"):
			year = shiftYear(pubYear, -1)
		case hasRunePrefix(rs, k, "前年"):
			year = shiftYear(pubYear, -2)
		case hasRunePrefix(rs, k, "目前") || hasRunePrefix(rs, k, "当前") || hasRunePrefix(rs, k, "现在") || hasRunePrefix(rs, k, "如今"):
			year = ""
		}
	}
	return year
}

func shiftYear(y string, d int) string {
	n, err := strconv.Atoi(y)
	if err != nil {
		return ""
	}
	return strconv.Itoa(n + d)
}

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// withoutBracketAfter returns rs without the first bracketed aside that
// opens within the twelve characters after rs[b] (256个贫困村（甲县114个、
// 乙县102个）全部出列: the aside is a breakdown, and what the sentence says
// of the count follows it), or rs itself.
func withoutBracketAfter(rs []rune, b int) []rune {
	for k := b; k < min(len(rs), b+12); k++ {
		if rs[k] != '(' && rs[k] != '（' {
			if !isHan(rs[k]) {
				return rs
			}
			continue
		}
		for e := k + 1; e < min(len(rs), k+80); e++ {
			switch rs[e] {
			case '(', '（':
				return rs
			case ')', '）':
				out := make([]rune, 0, len(rs)-(e+1-k))
				return append(append(out, rs[:k]...), rs[e+1:]...)
			}
		}
		return rs
	}
	return rs
}

// isASCIIDigit reports whether r is 0-9: a rune test of the runes a string
// test (strings.ContainsAny(runesString(rs), "0123456789")) converted first.
func isASCIIDigit(r rune) bool {
	return r >= '0' && r <= '9'
}

// villageSelfWords refer to a village or town as itself (全村, 该镇).
var villageSelfWords = []string{"全村", "该村", "本村", "村里", "全镇", "该镇", "全乡", "该乡", "全嘎查", "该嘎查"}

// aboutVillage reports whether sentence s is about a village or town rather
// than the county: after the last division it names, it refers to a village
// or town as itself (全村建档立卡贫困户96户, 村里有…), or its topic opens with a
// village or town found in the article (甲村现有392户…, 2014年，乙村集体经济
// 几乎为零). A sentence that names no place after it goes on about that
// village.
func (p *places) aboutVillage(s *sentence) bool {
	rs := s.rs
	for _, start := range topicStarts(p, s) {
		for _, lp := range p.locals {
			if hasRunePrefix(rs, start, lp.name) {
				return true
			}
		}
	}
	lastEnd := 0
	for _, m := range p.inSent(s.idx) {
		if m.code != "" && m.sp.end > lastEnd {
			lastEnd = m.sp.end
		}
	}
	if lastEnd < len(rs) && slices.ContainsFunc(rs[lastEnd:], func(r rune) bool { return r == '村' || r == '镇' || r == '乡' || r == '查' }) {
		rest := runesString(rs[lastEnd:])
		return hasAny(rest, villageSelfWords) && !hasAny(rest, countySelfRefs)
	}
	return false
}

// villageBounds stand right before a village's name written in passing
// (驻乙村, 在乙村, 来到乙村, 名为乙村, 的乙村).
var villageBounds = newRuneSet("驻在到为是的进入了至往访镇乡县")

// villageNamedBefore returns the last village named in rs before rs[end]:
// two or three Han
// characters before 村, bounded on the left by a word of villageBounds, a
// clause break or the sentence's start, and no generic word (贫困村, 行政村).
func villageNamedBefore(rs []rune, end int) (string, bool) {
	if end < 0 {
		return "", false
	}
	for k := end - 1; k >= 2; k-- {
		if rs[k] != '村' || k+1 < len(rs) && (rs[k+1] == '民' || rs[k+1] == '级' || rs[k+1] == '干' || rs[k+1] == '里') {
			continue
		}
		for _, n := range []int{2, 3} {
			start := k - n
			if start < 0 || !allHan(string(rs[start:k])) {
				continue
			}
			if start > 0 && isHan(rs[start-1]) && !villageBounds.has(rs[start-1]) {
				continue
			}
			name := string(rs[start:k])
			stop := false
			for _, w := range localStops {
				if strings.HasPrefix(name, w) || strings.HasSuffix(name, w) {
					stop = true
					break
				}
			}
			if !stop {
				return name + "村", true
			}
		}
	}
	return "", false
}
