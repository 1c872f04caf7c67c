package loader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
)

// Partnership mechanisms, as recorded on ASSISTS.
const (
	mechEastWest  = "东西部扶贫协作"
	mechPaired    = "对口帮扶"
	mechTwinned   = "结对帮扶"
	mechSupport   = "对口支援"
	mechCoop      = "扶贫协作"
	mechSupervise = "挂牌督战"
)

// mechRank orders mechanisms from the most specific arrangement down, so a
// pair seen under several keeps the overarching one.
var mechRank = map[string]int{mechEastWest: 6, mechSupport: 5, mechTwinned: 4, mechPaired: 3, mechCoop: 2, mechSupervise: 1}

// partnerVerbs say that the region before them helps the region after them,
// with the mechanism they imply.
var partnerVerbs = []struct{ verb, mech string }{
	{"东西部扶贫协作", mechEastWest},
	{"对口帮扶", mechPaired},
	{"结对帮扶", mechTwinned},
	{"对口支援", mechSupport},
	{"对口协作", mechCoop},
	{"挂牌督战", mechSupervise},
	{"携手奔小康", mechTwinned},
	{"帮扶", mechPaired},
	{"援建", mechSupport},
	{"援助", mechSupport},
	{"结对", mechTwinned},
	{"扶贫协作", mechCoop},
	{"支援", mechSupport},
	{"携手", mechTwinned},
	{"牵手", mechTwinned},
	{"结亲", mechTwinned},   // 福州与固原"千里结亲"
	{"千里握手", mechTwinned}, // 普安与安吉千里握手
	{"协作", mechCoop},
	{"驰援", mechSupport},
	{"援派", mechSupport},
	{"援藏", mechSupport},
	{"援疆", mechSupport},
	{"援青", mechSupport},
	{"对接", mechPaired},
	{"对口", mechPaired}, // 佛山对口凉山扶贫协作工作组
}

// continuations are verbs that pair only as the continuation of an earlier
// verb of the sentence, whose helper they keep (黄浦区对口帮扶甲县、乙县，去年
// 又增加丙县). They are no partner verbs elsewhere (list rules, features).
var continuations = newPhrases("又增加", "新增加")

// withContinuations returns the verbs of a sentence with its continuation
// verbs among them, in order, for the pairing reader alone.
func withContinuations(rs []rune, verbs []partnerVerb) []partnerVerb {
	if len(verbs) == 0 || !continuations.in(rs) {
		return verbs
	}
	out := slices.Clone(verbs)
	for i := 0; i < len(rs); i++ {
		if v := continuations.at(rs, i); v != "" {
			out = append(out, partnerVerb{start: i, end: i + runeLen(v), pv: struct{ verb, mech string }{v, mechPaired}})
			i += runeLen(v) - 1
		}
	}
	slices.SortFunc(out, func(a, b partnerVerb) int { return a.start - b.start })
	return out
}

// withHelpBefore returns the verbs of a sentence with 帮助, 扶持 and 支持
// among them where a place follows right away (甲市乙区帮助丙县修建水渠, 丁区
// 支持戊县建设车间), and 共建 right after "甲与乙" (丁区与戊县共建产业园),
// for the pairing reader alone. They are common words: they pair only an
// eastern region with a place of another province (east–west help), never
// two neighbours (甲县帮助乙县修路) nor a western city and its county. Elsewhere
// (帮助农户) they pair nothing, and they are no partner verbs of the list
// rules or the learned stage.
func (x *Extractor) withHelpBefore(rs []rune, ms []placeMention, verbs []partnerVerb) []partnerVerb {
	var out []partnerVerb
	for k, m := range ms {
		i := m.sp.start - 2
		if k == 0 || i < 0 || !(hasRunePrefix(rs, i, "帮助") || hasRunePrefix(rs, i, "扶持") || hasRunePrefix(rs, i, "支持")) || slices.ContainsFunc(verbs, func(v partnerVerb) bool { return v.start <= i && i < v.end }) {
			continue
		}
		// The helper: the place written last before the verb.
		h := k - 1
		for h >= 0 && ms[h].sp.end > i {
			h--
		}
		if h >= 0 && x.eastToOtherProvince(ms[h].code, m.code) {
			out = append(out, partnerVerb{start: i, end: i + 2, pv: struct{ verb, mech string }{string(rs[i : i+2]), mechPaired}})
		}
	}
	// 甲区与乙县共建产业园: 共建 right after a place joined by 与 to another.
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if hasRunePrefix(rs, b.sp.end, "共建") && string(rs[a.sp.end:b.sp.start]) == "与" && !slices.ContainsFunc(verbs, func(v partnerVerb) bool { return v.start == b.sp.end }) && (x.eastToOtherProvince(a.code, b.code) || x.eastToOtherProvince(b.code, a.code)) {
			out = append(out, partnerVerb{start: b.sp.end, end: b.sp.end + 2, pv: struct{ verb, mech string }{"共建", mechCoop}})
		}
	}
	if len(out) == 0 {
		return verbs
	}
	out = append(out, verbs...)
	slices.SortFunc(out, func(a, b partnerVerb) int { return a.start - b.start })
	return out
}

// eastToOtherProvince reports whether the division helper lies in an
// eastern helper province and helped in another province.
func (x *Extractor) eastToOtherProvince(helper, helped string) bool {
	a, ok := x.gz.ByCode(helper)
	if !ok {
		return false
	}
	b, ok := x.gz.ByCode(helped)
	if !ok {
		return false
	}
	pa, _ := x.gz.Province(a)
	pb, _ := x.gz.Province(b)
	return easternHelpers[pa.Code] && pa.Code != pb.Code
}

// easternHelpers are the provinces that give aid under the national
// east–west cooperation (东西部扶贫协作) and paired-support arrangements.
var easternHelpers = map[string]bool{
	"110000": true, "120000": true, "310000": true, "320000": true, "330000": true,
	"350000": true, "370000": true, "440000": true, "210000": true,
}

// findPartners finds region → region assistance: "A对口帮扶B", "A结对帮扶B",
// "A挂牌督战B", "A与B结对/开展东西部扶贫协作" (direction from east to west), and
// an article by a helper about its 受援地区/受援县, where the counties it names
// in other provinces are the helped ones. Help from institutions (央企,
// 省直部门) is not region to region and is not recorded.
func (x *Extractor) findPartners(d *document, p *places) []kg.PartnerFact {
	type key struct{ helper, helped string }
	facts := map[key]*kg.PartnerFact{}
	var order []key
	add := func(helper, helped gazetteer.Division, mech string, e kg.Evidence) {
		if helper.Code == helped.Code || helper.Code == "" || helped.Code == "" || x.within(helper, helped) || x.within(helped, helper) {
			return
		}
		k := key{helper.Code, helped.Code}
		f := facts[k]
		if f == nil {
			f = &kg.PartnerFact{HelperCode: helper.Code, Helper: displayName(helper), HelpedCode: helped.Code, Helped: displayName(helped), Mechanism: mech}
			facts[k] = f
			order = append(order, k)
		}
		if mechRank[mech] > mechRank[f.Mechanism] {
			f.Mechanism = mech
		}
		f.Evidence = appendEvidence(f.Evidence, e)
	}
	regionOK := func(code string) (gazetteer.Division, bool) {
		div, ok := x.gz.ByCode(code)
		if !ok || div.Level == gazetteer.Province {
			return gazetteer.Division{}, false
		}
		return div, true
	}
	// Mentions per sentence, with a full form or confirmed by one.
	bySent := map[int][]placeMention{}
	for _, m := range p.mentions {
		if x.partyMention(d, p, m) {
			bySent[m.sent] = append(bySent[m.sent], m)
		}
	}
	// 我县, 该县, 本县 stand for the subject (与我县结对帮扶的昆山市). 我市 and
	// 本市 in a report whose subject is no city stand for the eastern city the
	// report is written from (中山日报: 我市由甲区、乙区分别结对丙县、丁县).
	selfRef := func(lv rune, pronouns, code string) {
		self := &placeForm{form: "本" + string(lv), codes: []string{code}, full: true}
		for _, s := range d.sents {
			for i := 0; i+1 < len(s.rs); i++ {
				if s.rs[i+1] == lv && strings.ContainsRune(pronouns, s.rs[i]) && !(s.rs[i] == '本' && inBenWord(s.rs, i)) {
					// Not where a place already stands (本市中区: 市中区): the
					// readers take the text between neighbouring mentions.
					if slices.ContainsFunc(bySent[s.idx], func(m placeMention) bool { return m.sp.start < i+2 && i < m.sp.end }) {
						continue
					}
					bySent[s.idx] = append(bySent[s.idx], placeMention{pf: self, sent: s.idx, sp: span{i, i + 2}, code: code})
				}
			}
		}
	}
	subj, hasSubj := x.gz.ByCode(p.subject)
	if hasSubj {
		selfRef(levelOf(subj), "我该本", subj.Code)
	}
	if !hasSubj || levelOf(subj) != '市' {
		if home, ok := x.homeCity(p); ok {
			selfRef('市', "我本", home)
		} else if containsText(d.Text, "我市") || containsText(d.Text, "本市") {
			// Only a report that says 我市 needs its outlet's city.
			if home, ok := x.publisherCity(d); ok {
				selfRef('市', "我本", home)
			}
		}
	}
	for k := range bySent {
		slices.SortFunc(bySent[k], func(a, b placeMention) int { return a.sp.start - b.sp.start })
	}
	x.sentenceAnaphors(d, p, bySent)
	home, homeOK := x.homeCity(p)
	for _, s := range d.sents {
		ms := bySent[s.idx]
		if len(ms) < 2 {
			continue
		}
		rs := s.rs
		verbs := unquotedBeforeLast(rs, x.withHelpBefore(rs, ms, withContinuations(rs, verbsOf(s))))
		// pairedCities maps a city paired with a prefecture by an earlier
		// verb of the sentence to that prefecture (常州市与安康市开展…协作，
		// 新北区对接紫阳、岚皋县).
		pairedCities := map[string]string{}
		// carried is the helper of an earlier verb of the sentence: a later
		// clause with no place before its verb keeps that subject (由深圳市
		// 对口帮扶广西，重点帮扶百色市和河池市).
		var carried *placeMention
		for k, v := range verbs {
			vi, ve, pv := v.start, v.end, v.pv
			rule := "partner.verb"
			cs, ce := vi, ve
			for cs > 0 && !isClauseBreak(rs[cs-1]) {
				cs--
			}
			for ce < len(rs) && !isClauseBreak(rs[ce]) {
				ce++
			}
			// Several pairs in one clause (甲市帮扶A州、乙市帮扶B市): each verb
			// looks back only to the previous verb, and forward only to the
			// helper named right before the next one.
			if k > 0 {
				cs = max(cs, verbs[k-1].end)
			}
			nextHelper := -1
			if k+1 < len(verbs) && verbs[k+1].start < ce {
				ce = verbs[k+1].start
				nextHelper = ce
			}
			var before, after []placeMention
			for _, m := range ms {
				switch {
				case m.sp.start >= cs && m.sp.end <= vi:
					before = append(before, m)
				case m.sp.start >= ve && m.sp.end <= ce:
					after = append(after, m)
				}
			}
			// 从2013年开始帮扶黔东南州、2016年帮扶恩施州, 对口支援的尼木县、对口
			// 帮扶的万全区: the object of the previous verb (with its address
			// chain) is not this verb's helper.
			if k > 0 && len(before) > 0 {
				end := verbs[k-1].end
				if hasRunePrefix(rs, end, "的") {
					end++
				}
				// Not an object this verb follows right away, with no mark
				// between (结对帮扶甲县支援乙县产业项目): that object is this
				// verb's subject. (A team stationed there, 丙市驻甲县帮扶
				// 指挥部, is the previous verb's.)
				n := len(before)
				for n > 0 && before[len(before)-n].sp.start == end {
					end = before[len(before)-n].sp.end
					n--
				}
				if end != vi || n > 0 || verbs[k-1].pv.verb == "驻" || aidTeamAt(rs, ve) || stationedTeam(rs, ve) {
					before = before[len(before)-n:]
				}
			}
			// 佛山对口凉山扶贫协作工作组: bare 对口 right before a place names
			// the pair itself; the verb after that place does not take it.
			compound := string(rs[vi:ve]) == "对口" && len(after) > 0 && after[0].sp.start == ve
			if nextHelper >= 0 && !compound {
				// The helpers of the next verb (…、漳州市及龙岩市共同对口援建
				// 边坝县) are none of this verb's helped.
				group := helperGroup(rs, after, nextHelper)
				after = after[:len(after)-len(group)]
			}
			// 漳州市及龙岩市共同对口援建边坝县: helpers joined for the same
			// helped, every one of them a helper.
			joint := helperGroup(rs, before, vi)
			if len(joint) < 2 || !jointly(rs, joint[len(joint)-1].sp.end, vi) {
				joint = nil
				// 徐汇区、长宁区等结对红河州, 黄浦区和长宁区结对帮扶…: eastern
				// regions listed right before the verb, helping one western place,
				// all help it.
				if g := listedBefore(rs, before, vi); len(g) >= 2 && x.allEastern(g) && len(x.lowest(after)) == 1 && !x.anyEastern(after) {
					joint = g
				}
			}
			// The verb used as a noun (沿河县的帮扶城市吴江区) names the pair
			// without its direction.
			symmetric := hasRunePrefix(rs, ve, "城市") || hasRunePrefix(rs, ve, "地区") || hasRunePrefix(rs, ve, "方") || hasRunePrefix(rs, ve, "县区")
			// "B的对口帮扶城市是A", "B的结对区是A": the helper comes after 是.
			reversed := helperNounIs(rs, ve)
			toward := false
			// "A与B结对": B stands between 与 and the verb; "A向B投入帮扶资金":
			// B stands between 向 and the verb; "A是B的对口帮扶单位": B stands
			// between 是 and the verb.
			// "对口帮扶晴隆县的宁海县": the helped, 的, then the helper.
			// "与对口帮扶连城的福清市": the same after 与 (or 和, 同, 向, 对, a
			// list comma), whatever place opened the clause.
			relative := len(before) == 0 || vi > 0 && strings.ContainsRune("与和同及向对给、", rs[vi-1])
			if relative && len(after) >= 2 {
				// 对口帮扶连城的省直单位、福清市: helpers listed after 的, the
				// place among them.
				gap := string(rs[after[0].sp.end:after[1].sp.start])
				if gap == "的" || strings.HasPrefix(gap, "的") && strings.HasSuffix(gap, "、") && runeLen(gap) <= 8 {
					before, after = after[1:2], after[:1]
				}
			}
			// "那坡、乐业为深圳对口帮扶的贫困县": the helper stands right before
			// the verb, the helped before 为/是.
			byHelper := false
			// "晴隆县、望谟县，是宁波对口帮扶的": the helped stand in the clause
			// before 是.
			// "盐津县，则是闵行区对口帮扶昭通市四县之一": the same, the helped
			// one of a group the verb names by its prefecture.
			oneOf := len(after) > 0 && strings.Contains(string(rs[ve:ce]), "之一") && x.aboveCounty(after)
			if cop := copulaBefore(rs, before); (len(after) == 0 && ve < len(rs) && rs[ve] == '的' || oneOf) && len(before) == 1 && cop >= 1 && isClauseBreak(rs[cop-1]) {
				pcs := cop - 1
				for pcs > 0 && !isClauseBreak(rs[pcs-1]) {
					pcs--
				}
				var prev []placeMention
				for _, m := range ms {
					if m.sp.start >= pcs && m.sp.end <= cop-1 {
						prev = append(prev, m)
					}
				}
				if len(prev) > 0 {
					after, byHelper = x.lowest(prev), true
				}
			}
			if len(after) == 0 && len(before) >= 2 && ve < len(rs) && rs[ve] == '的' {
				k := len(before) - 1
				gap := string(rs[before[k-1].sp.end:before[k].sp.start])
				if (strings.HasSuffix(gap, "为") || strings.HasSuffix(gap, "是")) && before[k].sp.end == vi {
					after = before[:k]
					before = before[k:]
					byHelper = true
				}
			}
			// "丙县由甲市乙区负责对口帮扶": the helped before 由, the helper
			// after it, both before the verb. (Two places before the verb
			// make cs < vi.)
			if len(after) == 0 && len(before) >= 2 && !reversed {
				if by := slices.Index(rs[cs:vi], '由'); by >= 0 {
					by += cs
					k := slices.IndexFunc(before, func(m placeMention) bool { return m.sp.start > by })
					// 甲市由乙区、丙区分别与…结对: a place before 由 that holds
					// the first place after it is the helpers' own city, not
					// the helped.
					if k > 0 && before[k-1].sp.end <= by && strings.TrimSpace(string(rs[before[k-1].sp.end:by])) == "" && !x.holds(before[k-1], before[k]) {
						before, after = before[k:], before[:k]
					}
				}
			}
			withList := false
			// 该项目由甲市和乙市对口援建: places joined after 由 (with no 与
			// or 分别 pairing them off) are the helpers together, no pair of
			// one another.
			by := slices.Index(rs[cs:vi], '由')
			agents := by >= 0 && len(before) >= 2 && before[0].sp.start >= cs+by && !strings.Contains(string(rs[cs:vi]), "与") && !strings.Contains(string(rs[cs:vi]), "分别")
			if len(after) == 0 && len(before) >= 2 && !byHelper && !agents {
				for k := len(before) - 1; k > 0; k-- {
					gap := string(rs[before[k-1].sp.end:before[k].sp.start])
					if strings.Contains(gap, "与") || strings.Contains(gap, "和") || gap == "·" {
						after = before[k:]
						before = before[:k]
						symmetric = true
						// 崆峒区、庄浪县与天津市河西区结对: each item of the
						// list before 与 pairs with the other side.
						withList = len(before) >= 2 && listed(rs, before) && !strings.Contains(string(rs[before[0].sp.start:before[len(before)-1].sp.end]), "与")
						break
					}
					if strings.HasSuffix(gap, "是") && strings.HasPrefix(string(rs[before[k].sp.end:vi]), "的") {
						after = before[k:]
						before = before[:k]
						break
					}
					if strings.HasSuffix(gap, "向") || strings.HasSuffix(gap, "为") {
						// Only between provinces: a city funding its own
						// county is no pairing.
						after = before[k:]
						before = before[:k]
						toward = true
						break
					}
				}
			}
			before = x.lowest(before)
			after = x.lowest(x.addressedBy(rs, after))
			if byHelper {
				// A list of helped written before 为: every item.
				after = slices.DeleteFunc(after, func(m placeMention) bool { return m.code == before[0].code })
			}
			if continuations.at(rs, vi) != "" && (carried == nil || len(before) > 0) {
				continue
			}
			if len(before) == 0 && len(after) > 0 && carried != nil && !reversed && !symmetric && !byHelper {
				before, rule = []placeMention{*carried}, "partner.carried-subject"
			} else if len(before) > 0 && !reversed && !byHelper {
				carried = nil
				for i := len(before) - 1; i >= 0 && carried == nil; i-- {
					c := before[i]
					if div, ok := regionOK(c.code); ok {
						if pr, _ := x.gz.Province(div); easternHelpers[pr.Code] {
							carried = &c
						}
					}
				}
			}
			// 绍兴扎实开展扶贫工作，对口帮扶的马边县和金川县均已摘帽: the verb
			// opens its clause as a relative (对口帮扶的), its helper the last
			// eastern region of the clauses before it, or, with no region
			// before it in the sentence, the report's own eastern city.
			if len(before) == 0 && len(after) > 0 && !reversed && !symmetric && hasRunePrefix(rs, ve, "的") && !x.anyEastern(after) {
				var subj *placeMention
				for i := range ms {
					if ms[i].sp.end <= cs && (x.allEastern(ms[i:i+1]) || x.cityOfProvince(ms[i], after)) {
						if _, ok := regionOK(ms[i].code); ok {
							subj = &ms[i]
						}
					}
				}
				if subj != nil {
					before, rule = []placeMention{*subj}, "partner.carried-subject"
				} else if homeOK && !slices.ContainsFunc(ms, func(m placeMention) bool { return m.sp.end <= vi }) {
					// 帮扶的甲州乙县、丙县全部脱贫摘帽 with no region before it in
					// its sentence: the report's own eastern city helps.
					before, rule = []placeMention{{pf: &placeForm{form: "本市", codes: []string{home}, full: true}, sent: s.idx, sp: span{vi, vi}, code: home}}, "partner.carried-subject"
				}
			}
			// 武侯区第四批援藏工作队…到达白玉县, 上海黄浦区第五批援青干部，来到
			// 果洛州玛多县挂职: an eastern helper's aid team or cadres, the
			// sentence's one western county being where they serve.
			if len(after) == 0 && len(before) > 0 && !reversed && !byHelper && aidTeamAt(rs, ve) {
				h := before[len(before)-1]
				// Paired support to Tibet, Xinjiang and Qinghai (援藏, 援疆, 援青)
				// comes from every province; other help from the east.
				frontier := slices.Contains([]string{"援藏", "援疆", "援青"}, string(rs[vi:ve]))
				if batchEnd(rs, h.sp.end) == vi && (frontier || x.allEastern([]placeMention{h})) {
					if w, ok := x.servedCounty(p, ms, h); ok {
						before, after, rule = []placeMention{h}, []placeMention{w}, "partner.aid-team"
					}
				}
			}
			if len(before) == 0 || len(after) == 0 {
				continue
			}
			if reversed {
				before, after = after[:1], before[len(before)-1:]
			}
			// "甲区、乙区分别与A县、B县结对", "甲市、乙市、丙市对口支援的A县、B县、
			// C县": the i-th helper with the i-th helped, when 分别 says so or
			// three or more on each side leave no other reading.
			pairs := [][2]placeMention{}
			// 分别 is looked for from the first place of either side to the
			// verb: the helped may stand first (丙县、丁县由甲区、乙区分别帮扶).
			respectively := func() bool {
				lo := min(before[0].sp.start, after[0].sp.start)
				hi := max(before[0].sp.start, after[0].sp.start, min(vi, len(rs)))
				return strings.Contains(string(rs[lo:hi]), "分别")
			}
			// 甲市由乙区、丙区分别与丁县、戊县结对: the city that holds the
			// listed helpers, written apart from them, is none of the list.
			if len(before) >= 3 && len(before) == len(after)+1 && x.holds(before[0], before[1]) && listed(rs, before[1:]) {
				before = before[1:]
			}
			if n := len(before); n >= 2 && n == len(after) && !reversed && (n >= 3 || respectively()) && listed(rs, before) && listed(rs, after) {
				for i := range before {
					pairs = append(pairs, [2]placeMention{before[i], after[i]})
				}
				symmetric = true
			} else if withList && len(x.lowest(after)) == 1 {
				for _, a := range before {
					pairs = append(pairs, [2]placeMention{a, after[0]})
				}
			} else {
				a := before[len(before)-1]
				for _, b := range after {
					pairs = append(pairs, [2]placeMention{a, b})
				}
				if len(joint) >= 2 && !reversed {
					for _, h := range joint[:len(joint)-1] {
						for _, b := range after {
							pairs = append(pairs, [2]placeMention{h, b})
						}
					}
				}
			}
			a := before[len(before)-1]
			if _, ok := regionOK(a.code); !ok {
				continue
			}
			if !reversed && a.sp.end <= vi {
				if between := string(rs[a.sp.end:min(vi+1, len(rs))]); strings.Contains(between, "与") || strings.Contains(between, "和") {
					symmetric = true
				}
			}
			if a.sp.start > 0 && (rs[a.sp.start-1] == '与' || rs[a.sp.start-1] == '同') {
				// 与我县结对帮扶的海曙区: the pair is written around the verb.
				symmetric = true
			}
			for _, pr := range pairs {
				a, b := pr[0], pr[1]
				helper, ok := regionOK(a.code)
				if !ok {
					continue
				}
				helped, ok := regionOK(b.code)
				if !ok {
					continue
				}
				hm, wm := a, b
				if symmetric {
					if h, _ := x.eastFirst(helper, helped); h.Code != helper.Code {
						helper, helped, hm, wm = helped, helper, b, a
					}
				}
				helpeds := []gazetteer.Division{helped}
				if helped.Level == gazetteer.Prefecture && countiesCountAt(rs, wm.sp.end) && x.namesCountyOf(p, helped) {
					// 对口支援的甲州三县, 甲州三县与乙区签订: the counties
					// counted after the prefecture, which the report
					// names (甲州丙县、丁县均已摘帽), are the helped, not
					// it. Where it names none of them (帮扶甲州9个区县),
					// the prefecture stands for them,
					// and so it does beside the one county a report on one
					// of them names.
					// A helper counted too (甲市8个区结对乙州12个县)
					// pairs at prefecture level: the sentence does not
					// say which district helps which county.
					// So do several helpers listed together (甲市、乙市帮扶丙州
					// 10个县): the sentence does not say which helps which.
					pref := helped
					if !helperCounted(rs, vi, wm.sp.end) && len(joint) < 2 {
						helpeds = x.countiesNamedOf(p, helped, s.idx, wm.sp.end, countiesCountValue(rs, wm.sp.end))
					}
					// A report on one of the counted counties only stands
					// for the others by their prefecture.
					if len(helpeds) == 1 && helpeds[0].Code == p.subject {
						helpeds = append(helpeds, pref)
					}
				}
				for _, helped := range helpeds {
					if !x.eastWestOK(helper, helped) {
						continue
					}
					if coordinated(rs, ms, a, b) && x.sameSide(helper, helped) {
						// 赴武隆区和酉阳县调研, 由我市台江区、连江县…和长乐区帮扶: places
						// listed together on one side are no pair.
						continue
					}
					if toward {
						ph, _ := x.gz.Province(helper)
						pd, _ := x.gz.Province(helped)
						if ph.Code == pd.Code {
							continue
						}
					}
					add(helper, helped, pv.mech, s.evidenceBy(d.ID, rule))
					if helper.Level == gazetteer.Prefecture && helped.Level == gazetteer.Prefecture {
						pairedCities[helper.Code] = helped.Code
					}
					// 甲市乙区对口帮扶丙县: the city named with its district helps
					// too, also when the article writes them together elsewhere
					// (宁波市宁海县扶贫干部, 珠海香洲区).
					city, ok := x.cityBefore(ms, hm)
					if !ok {
						city, ok = x.cityWrittenWith(p, hm.code)
					}
					if !ok {
						city, ok = x.cityPairedBefore(ms, hm, helped, pairedCities)
					}
					if !ok {
						city, ok = x.ourCityBefore(ms, hm)
					}
					if ok && city.Code != helped.Code {
						if pc, ok := regionOK(city.Code); ok && pc.Level == gazetteer.Prefecture {
							add(pc, helped, pv.mech, s.evidenceBy(d.ID, "partner.city-of-district"))
						}
					}
				}
			}
		}
	}
	// 宁波扶贫干部、挂职普安县副县长的方某: an eastern region's poverty-relief
	// cadres or team (扶贫 is no pairing verb by itself), serving in the
	// sentence's one western county.
	for _, s := range d.sents {
		ms := bySent[s.idx]
		for _, h := range ms {
			j := batchEnd(s.rs, h.sp.end)
			if !hasRunePrefix(s.rs, j, "扶贫") || !aidTeamAt(s.rs, j+2) || !x.allEastern([]placeMention{h}) {
				continue
			}
			helper, ok := regionOK(h.code)
			if !ok {
				continue
			}
			if wm, ok := x.servedCounty(p, ms, h); ok {
				w, _ := x.gz.ByCode(wm.code)
				if x.within(w, helper) {
					continue
				}
				add(helper, w, mechPaired, s.evidenceBy(d.ID, "partner.aid-team"))
				if city, ok := x.cityBefore(ms, h); ok && city.Code != w.Code {
					if pc, ok := regionOK(city.Code); ok && pc.Level == gazetteer.Prefecture {
						add(pc, w, mechPaired, s.evidenceBy(d.ID, "partner.city-of-district"))
					}
				}
			}
		}
	}
	// addEastWest pairs two regions named as a pair, the eastern one helping;
	// two regions on the same side make no pair.
	addEastWest := func(aCode, bCode, mech string, e kg.Evidence) {
		a, ok1 := regionOK(aCode)
		b, ok2 := regionOK(bCode)
		if !ok1 || !ok2 {
			return
		}
		helper, helped := x.eastFirst(a, b)
		ph, _ := x.gz.Province(helper)
		pd, _ := x.gz.Province(helped)
		if easternHelpers[ph.Code] && !easternHelpers[pd.Code] {
			add(helper, helped, mech, e)
		}
	}
	// Pair lists after a pairing verb: "建立对口结对关系，具体为：鄞州区与和龙市，
	// 慈溪市与龙井市，奉化区、宁海县与安图县" — each clause "A(、B)与C" is a pair,
	// the eastern side helping.
	for _, s := range d.sents {
		verbs := verbsOf(s)
		if len(verbs) == 0 {
			continue
		}
		for _, c := range pairClauses(s.rs, bySent[s.idx], verbs[0].end) {
			for _, hm := range c.left {
				// A list of places on one side (从江县、榕江县和凯里市) is no pair.
				addEastWest(hm.code, c.right.code, verbs[0].pv.mech, s.evidenceBy(d.ID, "partner.pair-list"))
			}
		}
	}
	// "惠山乐都两区协作", "化隆-锡山": two places written together as a pair,
	// before 两区/两县/两市/两地 or joined by a dash, in a sentence about help;
	// the eastern one helps.
	for _, s := range d.sents {
		if len(verbsOf(s)) == 0 {
			continue
		}
		ms := bySent[s.idx]
		for k := 0; k+1 < len(ms); k++ {
			a, b := ms[k], ms[k+1]
			gap := string(s.rs[a.sp.end:b.sp.start])
			two := hasRunePrefix(s.rs, b.sp.end, "两") && b.sp.end+1 < len(s.rs) && strings.ContainsRune("区县市地旗州盟", s.rs[b.sp.end+1])
			if !(gap == "" && two || gap == "-" || gap == "—" || gap == "－" || gap == "——" || gap == "--" || gap == "~") {
				continue
			}
			// 同安区—临夏州康乐县: the helped side is the county its prefecture
			// addresses.
			if k+2 < len(ms) && ms[k+2].sp.start == b.sp.end {
				if c, ok := x.gz.ByCode(ms[k+2].code); ok {
					if pb, ok := x.gz.ByCode(b.code); ok && x.within(c, pb) {
						b = ms[k+2]
					}
				}
			}
			addEastWest(a.code, b.code, mechCoop, s.evidenceBy(d.ID, "partner.pair-named"))
			// 甲区——乙县结对帮扶: within one province the more urban side
			// (a city, then a city's district) helps a county (see eastFirst);
			// two of one rank leave the direction open.
			if ad, ok := regionOK(a.code); ok {
				if bd, ok := regionOK(b.code); ok {
					pa, _ := x.gz.Province(ad)
					pb, _ := x.gz.Province(bd)
					if pa.Code == pb.Code && urbanRank(ad) != urbanRank(bd) && !x.within(ad, bd) && !x.within(bd, ad) {
						h, w := x.eastFirst(ad, bd)
						add(h, w, mechTwinned, s.evidenceBy(d.ID, "partner.pair-named"))
					}
				}
			}
			if city, ok := x.cityBefore(ms, a); ok {
				// 江门市蓬江区—天等县: the city written with its district.
				addEastWest(city.Code, b.code, mechCoop, s.evidenceBy(d.ID, "partner.city-of-district"))
			}
		}
	}
	// A western county and an eastern region named in a sentence about help:
	// "在天津市和平区的帮扶支持下", "深圳光明区投入1.8亿元开展扶贫协作", "宁河区…为
	// 榆中县脱贫攻坚给予了支持". The eastern region helps the one western county
	// the sentence names, or with none named the one western prefecture it
	// names, or else the article's subject county.
	for _, s := range d.sents {
		if !helpWordSet.in(s.rs) {
			continue
		}
		helped, ok := x.westernCounty(p, bySent[s.idx])
		if !ok {
			// 甲市累计投入帮扶资金…覆盖乙州贫困村: with no western county
			// named, the one western prefecture the sentence names.
			helped, ok = x.westernPrefecture(p, bySent[s.idx])
		}
		if !ok {
			if !hasSubj || subj.Level != gazetteer.County {
				continue
			}
			helped = subj
			if sp, _ := x.gz.Province(subj); easternHelpers[sp.Code] {
				// A report from the helper's side: the western county it
				// names most.
				if helped, ok = x.westernSubject(p); !ok {
					continue
				}
			}
		}
		for _, m := range bySent[s.idx] {
			div, ok := regionOK(m.code)
			if !ok || div.Code == helped.Code {
				continue
			}
			if st := p.byCode[m.code]; (st == nil || !st.confirmed) && !(div.Level == gazetteer.Prefecture && helpFundsAfter.MatchString(string(s.rs[m.sp.end:min(len(s.rs), m.sp.end+14)]))) {
				continue // short forms only where a verb pairs them, or
				// where they own the help funds (甲市200万元的帮扶资金)
			}
			if dp, _ := x.gz.Province(div); !easternHelpers[dp.Code] {
				continue
			}
			// Only a region not already paired with another county.
			paired := false
			for _, k := range order {
				if k.helper == div.Code && k.helped != helped.Code {
					paired = true
				}
			}
			if f, seen := facts[key{div.Code, helped.Code}]; seen {
				// Already paired by a stated verb: keep its mechanism.
				f.Evidence = appendEvidence(f.Evidence, s.evidenceBy(d.ID, "partner.east-west-subject"))
				continue
			}
			if paired || x.lowestOf(bySent[s.idx], m) {
				continue
			}
			if div.Level == gazetteer.Prefecture && !x.joinedWithChild(s.rs, bySent[s.idx], m) && slices.ContainsFunc(order, func(k key) bool {
				h, ok := x.gz.ByCode(k.helper)
				return ok && k.helped == helped.Code && h.Code != div.Code && x.within(h, div)
			}) {
				// 严格落实青岛市委市政府部署 in a report of 莱西市 helping 两当县:
				// a city over the helper, named on its own, is its authority,
				// not a second helper. Not one joined with a county of its own
				// (甲市和乙县先后对口支援), which helps beside it.
				continue
			}
			var sofar []*kg.PartnerFact
			for _, k := range order {
				sofar = append(sofar, facts[k])
			}
			if x.otherHelperByVerb(sofar, div, helped, s.evidence(d.ID).Sentence) {
				continue
			}
			add(div, helped, mechEastWest, s.evidenceBy(d.ID, "partner.east-west-subject"))
			if city, ok := x.cityWrittenWith(p, div.Code); ok {
				add(city, helped, mechEastWest, s.evidenceBy(d.ID, "partner.city-of-district"))
			}
		}
	}
	x.anaphoricPairs(d, bySent, add)
	x.secondedCadres(d, bySent, add)
	x.visitPairs(d, bySent, add)
	// 受援: the subject helps the counties of other provinces it names.
	if p.subject != "" && containsText(d.Text, "受援") {
		subj, _ := x.gz.ByCode(p.subject)
		sp, _ := x.gz.Province(subj)
		if easternHelpers[sp.Code] {
			var ev kg.Evidence
			for _, s := range d.sents {
				if strings.Contains(s.text, "受援") {
					ev = s.evidence(d.ID)
					break
				}
			}
			for _, st := range p.sortedStats() {
				if st.div.Level != gazetteer.County || !st.confirmed || st.div.Code == subj.Code || st.full < 2 {
					continue
				}
				cp, _ := x.gz.Province(st.div)
				if cp.Code == sp.Code || easternHelpers[cp.Code] {
					continue
				}
				e := ev
				if len(st.evidence) > 0 {
					e = st.evidence[0]
				}
				add(subj, st.div, mechEastWest, withRule(e, "partner.recipient"))
			}
		}
	}
	var out []kg.PartnerFact
	for _, k := range order {
		out = append(out, *facts[k])
	}
	all := slices.Clone(out)
	return slices.DeleteFunc(out, func(f kg.PartnerFact) bool {
		return x.cityPairedInstead(f, all) || x.prefectureOfPairedCounty(f.HelperCode, f.HelpedCode, all, f.Evidence)
	})
}

// prefectureOfPairedCounty reports whether a county-level helper would be
// paired with a whole prefecture while the report pairs it with a county of
// that prefecture, and no pairing verb (partner.verb, a pair named or
// listed) says the prefecture itself: 甲区代表团赴乙市考察, 甲区与丙县签订协议
// (丙县 a county of 乙市) pairs 甲区 with 丙县, and the visit or the stage's
// article-wide evidence names 乙市 as its address. ev is the pair's evidence
// (none for the learned stage's candidates).
func (x *Extractor) prefectureOfPairedCounty(helperCode, helpedCode string, facts []kg.PartnerFact, ev []kg.Evidence) bool {
	helper, ok := x.gz.ByCode(helperCode)
	if !ok || helper.Level != gazetteer.County {
		return false
	}
	helped, ok := x.gz.ByCode(helpedCode)
	if !ok || helped.Level != gazetteer.Prefecture {
		return false
	}
	if slices.ContainsFunc(ev, func(e kg.Evidence) bool {
		return e.Rule == "partner.verb" || e.Rule == "partner.pair-named" || e.Rule == "partner.pair-list"
	}) {
		return false
	}
	return slices.ContainsFunc(facts, func(f kg.PartnerFact) bool {
		w, ok := x.gz.ByCode(f.HelpedCode)
		return f.HelperCode == helper.Code && ok && w.Level == gazetteer.County && x.within(w, helped)
	})
}

// partnerVerb is one partnership verb found in a sentence.
type partnerVerb struct {
	start, end int
	pv         struct{ verb, mech string }
}

// partnerVerbSet matches partnerVerbs longest first (东西部扶贫协作 before
// 协作, 对口帮扶 before 对口).
var partnerVerbSet = func() *phrases {
	words := make([]string, len(partnerVerbs))
	for i, v := range partnerVerbs {
		words[i] = v.verb
	}
	return newPhrases(words...)
}()

var partnerMech = func() map[string]string {
	m := map[string]string{}
	for _, v := range partnerVerbs {
		m[v.verb] = v.mech
	}
	m["驻"] = mechPaired // see stationedTeam
	return m
}()

// findPartnerVerbs lists the partnership verbs of a sentence, left to right.
// Verbs that follow each other (东西部扶贫协作结对) are one verb with the most
// specific mechanism.
func findPartnerVerbs(rs []rune) []partnerVerb {
	var out []partnerVerb
	for vi := 0; vi < len(rs); vi++ {
		verb := ""
		if partnerVerbSet.starts(rs[vi]) { // inlined: most characters start no verb
			verb = partnerVerbSet.at(rs, vi)
		}
		if verb == "" && rs[vi] == '驻' && stationedTeam(rs, vi+1) {
			// 佛山驻肇庆帮扶指挥部, 顺德驻徐闻扶贫工作组: a helper's team
			// stationed in the place it helps.
			verb = "驻"
		}
		if verb == "" {
			continue
		}
		pv := struct{ verb, mech string }{verb, partnerMech[verb]}
		ve := vi + runeLen(verb)
		if n := len(out); n > 0 && out[n-1].end == vi {
			out[n-1].end = ve
			if mechRank[pv.mech] > mechRank[out[n-1].pv.mech] {
				out[n-1].pv.mech = pv.mech
			}
		} else {
			out = append(out, partnerVerb{start: vi, end: ve, pv: pv})
		}
		vi = ve - 1
	}
	return out
}

// namesCountyOf reports whether the article names a county-level division
// of the prefecture pref.
func (x *Extractor) namesCountyOf(p *places, pref gazetteer.Division) bool {
	for _, m := range p.mentions {
		if div, ok := x.gz.ByCode(m.code); ok && div.Level == gazetteer.County && x.within(div, pref) {
			return true
		}
	}
	return false
}

// countiesCount matches a count of counties (4县, 三个县, 两县区).
var countiesCount = regexp.MustCompile(`^(?:[0-9]+|[一二三四五六七八九十两]+)个?(?:县区|县市|区县|县|旗县)`)

// oneCountyPolicy matches slogans that count one county (一县一业, 一县一策),
// which count no counties.
var oneCountyPolicy = regexp.MustCompile(`^一县一`)

// divisionsCount matches a count of districts, counties or cities (10个区,
// 四县市).
var divisionsCount = regexp.MustCompile(`^(?:[0-9]+|[一二三四五六七八九十两]+)个?[区县市旗]`)

// divisionsCountAt reports whether a count of divisions is written at rs[i].
func divisionsCountAt(rs []rune, i int) bool {
	return i < len(rs) && divisionsCount.MatchString(string(rs[i:min(len(rs), i+6)]))
}

// helperCounted reports whether the comma clause before the verb at vi
// counts divisions other than the helped's count, which starts at skip:
// 甲市6个区(县)结对乙州9个县; 乙州十二个县市与甲市签订 counts no helper.
func helperCounted(rs []rune, vi, skip int) bool {
	cs := vi
	for cs > 0 && !strings.ContainsRune("，。；！？,;", rs[cs-1]) {
		cs--
	}
	skipEnd := skip
	if skip < len(rs) {
		skipEnd += runeLen(divisionsCount.FindString(string(rs[skip:min(len(rs), skip+8)])))
	}
	for j := cs; j < vi; j++ {
		if skip <= j && j < max(skipEnd, skip+1) {
			continue
		}
		if (j == 0 || !unicode.IsDigit(rs[j-1]) && !strings.ContainsRune("一二两三四五六七八九十", rs[j-1])) && divisionsCountAt(rs, j) {
			return true
		}
	}
	return false
}

// countiesCountValue returns the number a count of counties at rs[i]
// states (4县, 十六个县市), or 0.
func countiesCountValue(rs []rune, i int) int {
	if i >= len(rs) {
		return 0
	}
	m := countiesCountNumber.FindStringSubmatch(string(rs[i:min(len(rs), i+8)]))
	if m == nil {
		return 0
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return n
	}
	return cnNumber(m[1])
}

// countiesCountNumber reads the number of a count of counties.
var countiesCountNumber = regexp.MustCompile(`^([0-9]+|[一二三四五六七八九十两]+)个?(?:县区|县市|区县|县|旗县)`)

// countiesCountAt reports whether a count of counties is written at rs[i].
func countiesCountAt(rs []rune, i int) bool {
	if i >= len(rs) {
		return false
	}
	t := string(rs[i:min(len(rs), i+6)])
	return countiesCount.MatchString(t) && !oneCountyPolicy.MatchString(t)
}

// aidTeams name the people a helper sends: 援藏工作队, 援青干部, 帮扶工作组.
var aidTeams = []string{"工作队", "工作组", "干部", "医疗队", "人才", "队员", "专家组"}

// aidTeamAt reports whether an aid team or cadres are named at rs[i].
func aidTeamAt(rs []rune, i int) bool {
	for _, t := range aidTeams {
		if hasRunePrefix(rs, i, t) {
			return true
		}
	}
	return false
}

// batchEnd returns where a batch number written at rs[i] (第四批, 第5批)
// ends, or i when there is none.
func batchEnd(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '第' {
		return i
	}
	j := i + 1
	for j < len(rs) && strings.ContainsRune(cnNumerals+"0123456789０１２３４５６７８９", rs[j]) {
		j++
	}
	if j == i+1 || j >= len(rs) || rs[j] != '批' {
		return i
	}
	return j + 1
}

// servedCounty returns the one western county a sentence names besides the
// helper h: where h's aid team or cadres serve.
func (x *Extractor) servedCounty(p *places, ms []placeMention, h placeMention) (placeMention, bool) {
	others := slices.DeleteFunc(slices.Clone(ms), func(m placeMention) bool { return m.code == h.code })
	w, ok := x.westernCounty(p, others)
	if !ok {
		return placeMention{}, false
	}
	i := slices.IndexFunc(ms, func(m placeMention) bool { return m.code == w.Code })
	if i < 0 {
		return placeMention{}, false
	}
	return ms[i], true
}

// stationedTeam reports whether a helper's team (扶贫工作组, 帮扶指挥部,
// 帮扶工作队 …) is named within the ten characters after rs[i], the place
// it is stationed in coming first.
func stationedTeam(rs []rune, i int) bool {
	for k := i + 2; k < min(len(rs), i+10); k++ {
		if stationedTeams.at(rs, k) != "" {
			return true
		}
	}
	return false
}

var stationedTeams = newPhrases("扶贫工作组", "扶贫工作队", "帮扶工作组", "帮扶工作队", "帮扶指挥部", "扶贫协作工作组", "扶贫协作工作队", "扶贫协作指挥部", "对口帮扶工作组", "对口帮扶工作队", "工作小组", "工作组", "工作队")

// unquotedBeforeLast drops the verbs written inside quotation marks when a
// verb outside them follows: 江口县采取"…、帮扶一个乡镇、…"模式开展对口帮扶
// 沿河 (the quoted 帮扶 is part of a name, and would cut the clause's helper
// off the verb after it). A quoted verb with none after it stays (开展"携手
// 奔小康"行动).
func unquotedBeforeLast(rs []rune, verbs []partnerVerb) []partnerVerb {
	if len(verbs) < 2 {
		return verbs
	}
	inside := make([]bool, len(rs))
	depth := 0
	for i, r := range rs {
		switch {
		case r == '"':
			depth = 1 - min(depth, 1) // the same mark opens and closes
		case isOpenQuote(r) && r != '《':
			depth++
		case isCloseQuote(r) && r != '》' && depth > 0:
			depth--
		}
		inside[i] = depth > 0
	}
	out := verbs[:0:0]
	for k, v := range verbs {
		if inside[v.start] && slices.ContainsFunc(verbs[k+1:], func(w partnerVerb) bool { return !inside[w.start] }) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// verbsOf returns a sentence's partnership verbs, found once.
func verbsOf(s *sentence) []partnerVerb {
	if !s.verbsDone {
		s.verbs, s.verbsDone = findPartnerVerbs(s.rs), true
	}
	return s.verbs
}

// helperNounIs reports whether the verb at end is used as a noun naming the
// helper that follows 是: 对口帮扶单位是, 结对区是, 帮扶城市是.
func helperNounIs(rs []rune, end int) bool {
	for _, n := range []string{"单位", "城市", "地区", "县区", "区", "县", "市", "方", ""} {
		if hasRunePrefix(rs, end, n+"是") {
			return true
		}
	}
	return false
}

// pairClause is "A(、B)与C": helpers on the left, one region on the right.
type pairClause struct {
	left  []placeMention
	right placeMention
}

// pairClauses reads the clauses after rune offset from that consist of
// regions only, written "A与B" or "A、B与C" (list punctuation, 与/和/同 and
// at most two other characters around them).
func pairClauses(rs []rune, ms []placeMention, from int) []pairClause {
	var out []pairClause
	var cur []placeMention
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, pairClause{left: slices.Clone(cur[:len(cur)-1]), right: cur[len(cur)-1]})
		}
		cur = cur[:0]
	}
	prevEnd, withYu := from, false
	for _, m := range ms {
		if m.sp.start < from {
			continue
		}
		gap := string(rs[prevEnd:m.sp.start])
		switch {
		case len(cur) > 0 && (gap == "、" || gap == "与" || gap == "和" || gap == "同"):
			withYu = withYu || gap != "、"
		case len(cur) > 0:
			if withYu {
				flush()
			}
			cur, withYu = cur[:0], false
			if !opensClause(gap) {
				prevEnd = m.sp.end
				continue
			}
		default:
			if prevEnd != from && !opensClause(gap) {
				prevEnd = m.sp.end
				continue
			}
		}
		cur = append(cur, m)
		prevEnd = m.sp.end
	}
	if withYu {
		flush()
	}
	return out
}

// opensClause reports whether the text between two places of a pair list
// starts a new clause of it: a short gap with list punctuation, or any gap
// ending in it (…建立对口结对关系，具体为：鄞州区与和龙市).
func opensClause(gap string) bool {
	const marks = ",，:：;；"
	rs := []rune(gap)
	if len(rs) > 0 && strings.ContainsRune(marks, rs[len(rs)-1]) {
		return true
	}
	return len(rs) <= 3 && strings.ContainsAny(gap, marks)
}

// westernCounty returns the one county of a non-eastern province that the
// mentions name, if exactly one.
func (x *Extractor) westernCounty(p *places, ms []placeMention) (gazetteer.Division, bool) {
	var found gazetteer.Division
	n := 0
	for _, m := range ms {
		st := p.byCode[m.code]
		if st == nil || !st.confirmed || st.div.Level != gazetteer.County || found.Code == m.code {
			continue
		}
		if pr, _ := x.gz.Province(st.div); easternHelpers[pr.Code] {
			continue
		}
		found = st.div
		n++
	}
	return found, n == 1
}

// westernPrefecture returns the one prefecture of a non-eastern province
// that the mentions name, if exactly one and no county is named.
func (x *Extractor) westernPrefecture(p *places, ms []placeMention) (gazetteer.Division, bool) {
	var found gazetteer.Division
	n := 0
	for _, m := range ms {
		st := p.byCode[m.code]
		if st == nil || !st.confirmed || found.Code == m.code {
			continue
		}
		if pr, _ := x.gz.Province(st.div); easternHelpers[pr.Code] {
			continue
		}
		if st.div.Level == gazetteer.County {
			return gazetteer.Division{}, false
		}
		if st.div.Level != gazetteer.Prefecture {
			continue
		}
		found = st.div
		n++
	}
	return found, n == 1
}

// helpFundsAfter matches help funds written right after their giver: 的援建资金,
// 300万元帮扶资金, 200多万元的产业帮扶资金.
var helpFundsAfter = regexp.MustCompile(`^的?(?:[0-9.]+多?[万亿]?元)?的?(?:产业)?(?:帮扶|援建|援助|援藏|援疆|援青|扶贫协作|协作)(?:资金|项目|款)`)

// institutionHeads follow a place in the name of a school, hospital, firm
// or public body (鞍山实验中学, 某区工商联, 某县供销社): such a place is no
// party to a pairing.
var institutionHeads = []string{"实验", "中学", "小学", "学校", "大学", "学院", "医院", "银行", "公司", "集团", "企业", "商会", "工商联", "供销社", "供销合作社", "总工会", "妇联", "团委", "红十字会", "慈善总会", "国资委"}

// institutionHeadSet matches institutionHeads at once (every place mention
// of a partnership sentence asks).
var institutionHeadSet = newPhrases(institutionHeads...)

// registeredHeads close a firm's or an association's registered name.
var registeredHeads = newPhrases("有限公司", "有限责任公司", "协会")

// notInAName are words that end a registered name's reach: help and
// clause verbs, which a firm's trade does not hold (甲县引进服装有限公司:
// 甲县 is no part of the firm's name).
var notInAName = newPhrases("帮助", "支持", "扶持", "共建", "援助", "援建", "帮扶", "引进", "引导", "落户", "组织", "成立", "组建", "带动", "动员", "协调", "对接", "携手", "推动", "依托", "通过", "联合")

// inInstitution reports whether a place mention names an institution or
// stands inside a document title (《…》). ms are the place mentions of its
// sentence.
func (x *Extractor) inInstitution(s *sentence, ms []placeMention, sp span) bool {
	rs := s.rs
	if institutionHeadSet.at(rs, sp.end) != "" {
		return true
	}
	if registeredNameAfter(s, ms, sp) {
		return true
	}
	// Inside 《…》: an open mark before with no close mark between.
	for i := sp.start - 1; i >= 0; i-- {
		if rs[i] == '》' {
			return false
		}
		if rs[i] == '《' {
			return true
		}
	}
	return false
}

// registeredNameAfter reports whether the place at sp opens a firm's or an
// association's registered name: the place, a few characters of its trade
// and 有限公司 or 协会 (甲县青山果业有限公司, 乙区餐饮行业协会). The trade
// holds no other place, no 的 and no partner, help or clause verb (丙市帮扶
// 丁县引进服装有限公司: 丁县 is helped), and a place that a partner verb
// takes as its object (丙市帮扶丁县养牛协会) is the helped county of the body
// it helps, as a helped village's county is.
//
// The partner verbs are the sentence's, found once (verbsOf; the slice is
// never written after): findPartnerVerbs(s.rs) for each mention was the same
// list found again.
func registeredNameAfter(s *sentence, ms []placeMention, sp span) bool {
	rs := s.rs
	// Only a head (有限公司, 协会) in reach can make it true: every other way
	// out of the loop below is false. Most mentions have no head's first
	// character in the twelve after them, and skip the per-character tests.
	if sp.end >= len(rs) || !slices.ContainsFunc(rs[sp.end:min(len(rs), sp.end+12)], registeredHeads.starts) {
		return false
	}
	end := -1
	for i := sp.end; i < min(len(rs), sp.end+12); i++ {
		if !unicode.Is(unicode.Han, rs[i]) || rs[i] == '的' || notInAName.at(rs, i) != "" || slices.ContainsFunc(ms, func(m placeMention) bool { return m.sp.start == i }) {
			return false
		}
		if registeredHeads.at(rs, i) != "" {
			end = i
			break
		}
	}
	if end < 0 {
		return false
	}
	verbs := verbsOf(s)
	if slices.ContainsFunc(verbs, func(v partnerVerb) bool { return sp.start < v.end && v.start < end }) {
		return false
	}
	// The object of a partner verb, directly or after its own address.
	start := sp.start
	for {
		k := slices.IndexFunc(ms, func(m placeMention) bool { return m.sp.end == start && m.sp.start < start })
		if k < 0 {
			break
		}
		start = ms[k].sp.start
	}
	return !slices.ContainsFunc(verbs, func(v partnerVerb) bool { return v.end == start })
}

// devZones are development zones, which are no divisions (docs/EVAL-CONVENTIONS.md):
// the city written before one (成都高新区帮扶德格县) is not the helper either.
var devZones = []string{"高新区", "高新技术产业开发区", "经开区", "经济技术开发区", "经济开发区", "开发区", "保税区", "综合保税区", "综保区", "工业园区", "工业区"}

// zoneAfter reports whether a development zone's name starts at rs[i].
func zoneAfter(rs []rune, i int) bool {
	return i >= 0 && devZoneSet.at(rs, i) != ""
}

// devZoneSet matches devZones at once.
var devZoneSet = newPhrases(devZones...)

// helpWordSet marks a sentence that says one region helps another (在甲市的
// 援助下，乙县…).
// 援藏, 援疆 and 援青 (paired support to Tibet, Xinjiang, Qinghai) say so
// too: 某市第八批援藏干部来到这里, 在某市产业援疆的带动下.
var helpWordSet = newPhrases("帮扶", "扶贫协作", "东西部协作", "对口", "援建", "援助", "携手", "帮助", "支援", "援藏", "援疆", "援青")

// lowestOf reports whether m is refined by the mention right after it (深圳市
// of 深圳市光明区): only the lowest of a chain is a party.
func (x *Extractor) lowestOf(ms []placeMention, m placeMention) bool {
	for _, o := range ms {
		if o.sp.start == m.sp.end && o.code != m.code {
			if div, ok := x.gz.ByCode(o.code); ok && slices.ContainsFunc(x.gz.Ancestors(div), func(a gazetteer.Division) bool { return a.Code == m.code }) {
				return true
			}
		}
	}
	return false
}

// holds reports whether mention a names a division that mention b's lies
// inside.
func (x *Extractor) holds(a, b placeMention) bool {
	da, okA := x.gz.ByCode(a.code)
	db, okB := x.gz.ByCode(b.code)
	return okA && okB && da.Code != db.Code && x.within(db, da)
}

// within reports whether division a lies inside division b.
func (x *Extractor) within(a, b gazetteer.Division) bool {
	return x.gz.Within(a, b)
}

// partyMention reports whether a place mention can be a party to a pairing:
// a resolved division outside any institution's name, written in full or
// confirmed by a full form, or else a short form (深圳, 百色) that
// partnerShortForm accepts.
func (x *Extractor) partyMention(d *document, p *places, m placeMention) bool {
	if m.code == "" || x.inInstitution(d.sents[m.sent], p.inSent(m.sent), m.sp) || zoneAfter(d.sents[m.sent].rs, m.sp.end) {
		return false
	}
	if st := p.byCode[m.code]; st == nil || !st.confirmed {
		return x.partnerShortForm(d, p, m)
	}
	return true
}

// partnerShortForm accepts an unconfirmed mention in a partnership sentence:
// a short form of two or more characters that names exactly one prefecture-
// or county-level division and is not a dictionary word of another kind.
func (x *Extractor) partnerShortForm(d *document, p *places, m placeMention) bool {
	if m.pf == nil || runeLen(m.pf.form) < 2 || len(m.pf.codes) != 1 && !x.namedUnder(d, p, m) {
		return false
	}
	div, ok := x.gz.ByCode(m.code)
	if !ok || div.Level == gazetteer.Province {
		return false
	}
	if len(verbsOf(d.sents[m.sent])) == 0 {
		return false
	}
	if rs := d.sents[m.sent].rs; m.sp.start > 0 && x.lex.IsSurname(string(rs[m.sp.start-1])) && x.personName(string(rs[m.sp.start-1:m.sp.end])) {
		// 致富带头人谢明光: the short form (明光) ends a person's name.
		return false
	}
	if len(m.pf.codes) != 1 {
		// Resolved by the name before it: judged as the one place it names.
		m.pf = &placeForm{form: m.pf.form, codes: []string{m.code}, full: m.pf.full}
	}
	return x.wordMention(d, m)
}

// personName reports whether gse reads s, a surname and what follows it, as a
// person's name: one name, or the given name tagged as one (谢 明光/nr).
func (x *Extractor) personName(s string) bool {
	toks := x.seg.pos(s)
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	return strings.HasPrefix(last.Pos, "nr") && (len(toks) == 1 || len(toks) == 2 && runeLen(toks[0].Text) == 1)
}

// namedUnder reports whether a short form that several divisions share is
// written right after the name of a division that holds exactly one of them
// (广东中山: of 中山市 and 大连 中山区, only the first lies in 广东), the one
// the mention resolved to; or as a later item of a list that name opens
// (广东省东莞、中山: the province holds every item).
func (x *Extractor) namedUnder(d *document, p *places, m placeMention) bool {
	div, ok := x.gz.ByCode(m.code)
	if !ok {
		return false
	}
	ms := p.inSent(m.sent)
	rs := d.sents[m.sent].rs
	at := m.sp.start
	// Three steps at most: the comma, the list's earlier item, the name
	// written before that item.
	for range 3 {
		found := false
		for _, o := range ms {
			if o.sp.end != at {
				continue
			}
			parent, ok := x.gz.ByCode(o.code)
			if !ok {
				return false
			}
			if x.within(div, parent) {
				n := 0
				for _, c := range m.pf.codes {
					if cd, ok := x.gz.ByCode(c); ok && x.within(cd, parent) {
						n++
					}
				}
				return n == 1
			}
			// An earlier item of the list: the name before it may hold both.
			if at != m.sp.start && parent.Level == div.Level {
				at, found = o.sp.start, true
				break
			}
			return false
		}
		if !found {
			// 东莞、中山: step back over the list's comma to its earlier item.
			if at > 0 && at == m.sp.start && rs[at-1] == '、' {
				at--
				continue
			}
			return false
		}
	}
	return false
}

// wordMention accepts a short form that names one prefecture- or
// county-level division, has two characters or more, is no dictionary word
// of another kind, and is a word of its sentence (市南|安顺 holds no 南安).
func (x *Extractor) wordMention(d *document, m placeMention) bool {
	if m.pf == nil || len(m.pf.codes) != 1 || runeLen(m.pf.form) < 2 {
		return false
	}
	if div, ok := x.gz.ByCode(m.code); !ok || div.Level == gazetteer.Province {
		return false
	}
	s := d.sents[m.sent]
	if _, pos, ok := x.seg.lookup(m.pf.form); ok && pos != "" && pos != "ns" && !strings.HasPrefix(pos, "n") {
		return false
	}
	// The form must be a word of the sentence, not straddle two (市南|安顺
	// holds no 南安).
	bs := x.wordBounds(s)
	return bs[m.sp.start] && bs[m.sp.end]
}

// wordBounds returns, for each rune offset of the sentence (and its end),
// whether gse's segmentation puts a word boundary there; computed once per
// sentence.
func (x *Extractor) wordBounds(s *sentence) []bool {
	if s.bounds == nil {
		s.bounds = make([]bool, len(s.rs)+1)
		at := 0
		s.bounds[0] = true
		for _, t := range x.seg.pos(s.text) {
			at += runeLen(t.Text)
			if at <= len(s.rs) {
				s.bounds[at] = true
			}
		}
	}
	return s.bounds
}

// cityWrittenWith returns the prefecture-level city the article writes right
// before the district or county code anywhere (宁波市宁海县, 珠海香洲区).
func (x *Extractor) cityWrittenWith(p *places, code string) (gazetteer.Division, bool) {
	div, ok := x.gz.ByCode(code)
	if !ok {
		return gazetteer.Division{}, false
	}
	for k, m := range p.mentions {
		if m.code != code || k == 0 {
			continue
		}
		prev := p.mentions[k-1]
		if prev.sent != m.sent || prev.sp.end != m.sp.start {
			continue
		}
		for _, anc := range x.gz.Ancestors(div) {
			if anc.Code == prev.code && anc.Level == gazetteer.Prefecture {
				return anc, true
			}
		}
	}
	return gazetteer.Division{}, false
}

// cityPairedBefore returns the city of a helper district (or county-level
// city) when an earlier verb of the sentence paired that city with the
// prefecture holding the helped county: 常州市与安康市开展对口协作，新北区对接
// 紫阳、岚皋县 gives 常州市 → 岚皋县 beside 新北区 → 岚皋县, as the
// conventions record a helper named with its city.
func (x *Extractor) cityPairedBefore(ms []placeMention, hm placeMention, helped gazetteer.Division, paired map[string]string) (gazetteer.Division, bool) {
	div, ok := x.gz.ByCode(hm.code)
	if !ok || len(paired) == 0 {
		return gazetteer.Division{}, false
	}
	for _, anc := range x.gz.Ancestors(div) {
		if anc.Level != gazetteer.Prefecture {
			continue
		}
		pref, ok := paired[anc.Code]
		if !ok {
			continue
		}
		if pd, ok := x.gz.ByCode(pref); ok && x.within(helped, pd) {
			return anc, true
		}
	}
	return gazetteer.Division{}, false
}

// ourCityBefore returns the city that 我市 (or 本市) stands for when it is
// written earlier in the sentence and holds the helper district or county
// hm: 我市甲区结对A县，乙市结对B县 has the city help through both.
func (x *Extractor) ourCityBefore(ms []placeMention, hm placeMention) (gazetteer.Division, bool) {
	div, ok := x.gz.ByCode(hm.code)
	if !ok {
		return gazetteer.Division{}, false
	}
	for _, o := range ms {
		if o.sp.start >= hm.sp.start || o.pf == nil || o.pf.form != "本市" {
			continue
		}
		for _, anc := range x.gz.Ancestors(div) {
			if anc.Code == o.code && anc.Level == gazetteer.Prefecture {
				return anc, true
			}
		}
	}
	return gazetteer.Division{}, false
}

// cityBefore returns the prefecture-level city written right before a
// district or county mention (杭州市萧山区), if any.
func (x *Extractor) cityBefore(ms []placeMention, m placeMention) (gazetteer.Division, bool) {
	for _, o := range ms {
		if o.sp.end != m.sp.start || o.code == "" {
			continue
		}
		div, ok := x.gz.ByCode(m.code)
		if !ok {
			return gazetteer.Division{}, false
		}
		for _, anc := range x.gz.Ancestors(div) {
			if anc.Code == o.code && anc.Level == gazetteer.Prefecture {
				return anc, true
			}
		}
	}
	return gazetteer.Division{}, false
}

// lowest drops a mention that the next one refines (贵州省铜仁市沿河县 keeps
// 沿河县), so a chain of names counts as its last place.
func (x *Extractor) lowest(ms []placeMention) []placeMention {
	var out []placeMention
	for k, m := range ms {
		if k+1 < len(ms) && ms[k+1].sp.start == m.sp.end {
			next, _ := x.gz.ByCode(ms[k+1].code)
			if slices.ContainsFunc(x.gz.Ancestors(next), func(a gazetteer.Division) bool { return a.Code == m.code }) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// addressedBy drops a prefecture written before 的 and one of its own
// counties (结对丙州的甲县、乙县): it addresses the county, as in 丙州甲县.
func (x *Extractor) addressedBy(rs []rune, ms []placeMention) []placeMention {
	var out []placeMention
	for k, m := range ms {
		if k+1 < len(ms) && ms[k+1].sp.start == m.sp.end+1 && rs[m.sp.end] == '的' {
			if next, ok := x.gz.ByCode(ms[k+1].code); ok && next.Level == gazetteer.County && slices.ContainsFunc(x.gz.Ancestors(next), func(a gazetteer.Division) bool { return a.Code == m.code }) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// copulaBefore returns where the copula before the first of ms starts (是 or
// 为, with 则, 就, 也 or 都 before it), -1 if none.
func copulaBefore(rs []rune, ms []placeMention) int {
	if len(ms) == 0 {
		return -1
	}
	j := ms[0].sp.start - 1
	if j < 1 || rs[j] != '是' && rs[j] != '为' {
		return -1
	}
	if strings.ContainsRune("则就也都", rs[j-1]) {
		j--
	}
	return j
}

// aboveCounty reports whether every mention is of a prefecture or a province.
func (x *Extractor) aboveCounty(ms []placeMention) bool {
	for _, m := range ms {
		if div, ok := x.gz.ByCode(m.code); !ok || div.Level == gazetteer.County {
			return false
		}
	}
	return true
}

// cityOfProvince reports whether m is a prefecture-level city of the province
// of the places after a verb, and holds none of them: help within a province
// goes from its cities to the counties of other prefectures (乐山市…，在对口
// 帮扶的凉山州美姑县开设…).
func (x *Extractor) cityOfProvince(m placeMention, after []placeMention) bool {
	div, ok := x.gz.ByCode(m.code)
	if !ok || urbanRank(div) != 2 || len(after) == 0 {
		return false
	}
	pm, _ := x.gz.Province(div)
	for _, a := range after {
		ad, ok := x.gz.ByCode(a.code)
		if !ok {
			return false
		}
		if pa, _ := x.gz.Province(ad); pa.Code != pm.Code || x.within(ad, div) {
			return false
		}
	}
	return true
}

// eastFirst orders a symmetric pair so that the eastern region helps.
func (x *Extractor) eastFirst(a, b gazetteer.Division) (gazetteer.Division, gazetteer.Division) {
	pa, _ := x.gz.Province(a)
	pb, _ := x.gz.Province(b)
	if !easternHelpers[pa.Code] && easternHelpers[pb.Code] {
		return b, a
	}
	if pa.Code == pb.Code && urbanRank(b) > urbanRank(a) {
		// Help within a province goes from its cities to its counties:
		// 广东连平与深圳南山对口扶贫 is 深圳 → 连平.
		return b, a
	}
	return a, b
}

// urbanRank orders divisions by how urban they are, for help within one
// province: a prefecture-level city 2, a city district 1, a county, banner
// or county-level city 0.
func urbanRank(d gazetteer.Division) int {
	switch {
	case d.Level == gazetteer.Prefecture && strings.HasSuffix(d.Name, "市"):
		return 2
	case d.Level == gazetteer.County && strings.HasSuffix(d.Name, "区"):
		return 1
	}
	return 0
}

// eastWestOK rejects a pair that goes from west to east, which no
// arrangement has (a misread of who helps whom).
func (x *Extractor) eastWestOK(helper, helped gazetteer.Division) bool {
	ph, _ := x.gz.Province(helper)
	pd, _ := x.gz.Province(helped)
	return !(easternHelpers[pd.Code] && !easternHelpers[ph.Code])
}

// listed reports whether mentions form one enumeration: each separated from
// the next by list punctuation or a conjunction (、和及与), a prefecture
// written before its county counting as one item.
// helperGroup returns the mentions of ms that end right before a verb at
// end, written as one group: joined by 及, 和 or 与, with at most an adverb
// of joint action (共同, 联合, 一起) before the verb.
func helperGroup(rs []rune, ms []placeMention, end int) []placeMention {
	k := len(ms)
	if k == 0 {
		return nil
	}
	gap := string(rs[ms[k-1].sp.end:end])
	if gap != "" && !jointly(rs, ms[k-1].sp.end, end) {
		return nil
	}
	start := k - 1
	for start > 0 {
		// Not 、, which also parts the pairs of a list (甲市帮扶A县、乙市帮扶B县).
		g := string(rs[ms[start-1].sp.end:ms[start].sp.start])
		if g != "及" && g != "和" && g != "与" {
			break
		}
		start--
	}
	return ms[start:]
}

// listedBefore returns the mentions of ms listed right before a verb at end:
// the last ends at the verb (or before 等 or an adverb of joint action), and
// each is parted from the next by 、, 和, 及 or nothing (徐汇区长宁区).
func listedBefore(rs []rune, ms []placeMention, end int) []placeMention {
	k := len(ms)
	if k == 0 {
		return nil
	}
	if gap := string(rs[ms[k-1].sp.end:end]); gap != "" && gap != "等" && !jointly(rs, ms[k-1].sp.end, end) {
		return nil
	}
	start := k - 1
	for start > 0 {
		g := string(rs[ms[start-1].sp.end:ms[start].sp.start])
		if g != "、" && g != "和" && g != "及" && g != "" {
			break
		}
		start--
	}
	return ms[start:]
}

// allEastern reports whether every mention is of a province that gives aid
// under east–west cooperation.
func (x *Extractor) allEastern(ms []placeMention) bool {
	for _, m := range ms {
		d, ok := x.gz.ByCode(m.code)
		if !ok {
			return false
		}
		if p, _ := x.gz.Province(d); !easternHelpers[p.Code] {
			return false
		}
	}
	return true
}

// anyEastern reports whether a mention is of such a province.
func (x *Extractor) anyEastern(ms []placeMention) bool {
	for _, m := range ms {
		if d, ok := x.gz.ByCode(m.code); ok {
			if p, _ := x.gz.Province(d); easternHelpers[p.Code] {
				return true
			}
		}
	}
	return false
}

// coordinated reports whether mentions a and b stand in one enumeration:
// between them only list marks (、, 和, 及) and other places (湘西永顺和重庆武隆).
func coordinated(rs []rune, ms []placeMention, a, b placeMention) bool {
	if b.sp.start < a.sp.start {
		a, b = b, a
	}
	if a.sp.end > b.sp.start {
		return false
	}
	marks := 0
	for k := a.sp.end; k < b.sp.start; {
		inPlace := false
		for _, m := range ms {
			if m.sp.start == k && m.sp.end <= b.sp.start {
				k, inPlace = m.sp.end, true
				break
			}
		}
		if inPlace {
			continue
		}
		if !strings.ContainsRune("、和及", rs[k]) {
			return false
		}
		marks++
		k++
	}
	return marks > 0
}

// sameSide reports whether two regions are on the same side of east–west
// cooperation: both in provinces that give aid, or both in provinces that
// receive it.
func (x *Extractor) sameSide(a, b gazetteer.Division) bool {
	pa, _ := x.gz.Province(a)
	pb, _ := x.gz.Province(b)
	return easternHelpers[pa.Code] == easternHelpers[pb.Code]
}

// jointly reports whether rs[a:b] is an adverb of joint action.
func jointly(rs []rune, a, b int) bool {
	switch string(rs[a:b]) {
	case "共同", "联合", "一起", "一同", "共同对口":
		return true
	}
	return false
}

func listed(rs []rune, ms []placeMention) bool {
	for k := 1; k < len(ms); k++ {
		gap := string(rs[ms[k-1].sp.end:ms[k].sp.start])
		if gap != "、" && gap != "和" && gap != "及" && gap != "与" && gap != "，" {
			return false
		}
	}
	return true
}

// homeCity is the city a report is written from when it says 我市: the
// eastern city (a prefecture or a county-level city) it names most, twice at
// least, in full or short (中山日报, 中山要闻), and more often than any other.
// When the subject's own prefecture is a city the report names (毕节日报:
// 我市结对…), 我市 may be that prefecture: the eastern city must then be
// named in the report's first three sentences (its title or source line).
func (x *Extractor) homeCity(p *places) (string, bool) {
	counts := map[string]int{}
	head := map[string]bool{}
	for _, m := range p.mentions {
		if m.code == p.subject {
			continue
		}
		div, ok := x.gz.ByCode(m.code)
		if !ok || div.Level == gazetteer.Province || levelOf(div) != '市' {
			continue
		}
		if pr, ok := x.gz.Province(div); ok && easternHelpers[pr.Code] {
			counts[m.code]++
			head[m.code] = head[m.code] || m.sent < 3
		}
	}
	best, n, tie := "", 1, false
	for code, c := range counts {
		switch {
		case c > n:
			best, n, tie = code, c, false
		case c == n && best != "":
			tie = true
		}
	}
	if best == "" || tie {
		return "", false
	}
	if pref, ok := x.gz.ByCode(p.prefecture); ok && levelOf(pref) == '市' && p.byCode[p.prefecture] != nil && !head[best] {
		return "", false
	}
	return best, true
}

// mediaRe matches a news outlet named after its city in a page's header,
// source line or dateline: 福州新闻网, 茂名日报, 建德市新闻传媒中心.
var mediaRe = regexp.MustCompile(`(\p{Han}{2,4}?)市?(?:新闻网|日报|晚报|新闻传媒中心|融媒体中心|广播电视台|电视台)`)

// outletCity returns the city divisions a captured outlet name may stand for:
// the name, or failing that its shorter tails (据茂名 → 茂名), as the pattern
// has no left boundary.
func (x *Extractor) outletCity(name string) []gazetteer.Division {
	rs := []rune(name)
	for k := 0; k+2 <= len(rs); k++ {
		if divs := x.gz.Lookup(string(rs[k:])); len(divs) > 0 {
			return divs
		}
	}
	return nil
}

// mediaWordSet holds the outlet words of mediaRe.
var mediaWordSet = newPhrases("新闻网", "日报", "晚报", "新闻传媒中心", "融媒体中心", "广播电视台", "电视台")

// publisherCity returns the city whose outlet published the article, when its
// removed header, its source line or the dateline of its first sentences name
// one city-level division (a prefecture-level city or a county-level city)
// and no other: a city paper's 我市 is that city (建德新闻网: 我市对口帮扶岑巩县).
// The first sentences are the title's and two more, not counting the short
// lines of page furniture without sentence punctuation (上一版, 版面导航,
// 当前位置:某某日报 第A3版) that may stand before them: such a line is read
// for the outlet too.
func (x *Extractor) publisherCity(d *document) (string, bool) {
	var texts []string
	texts = append(texts, d.Source)
	texts = append(texts, d.Removed[:min(len(d.Removed), 12)]...)
	prose, furniture := 0, 0
	for _, s := range d.sents {
		if s.idx >= d.titleSents {
			if furnitureLine(s.rs) && furniture < 8 {
				furniture++
			} else if prose++; prose > 2 {
				break
			}
		}
		texts = append(texts, string(s.rs[:min(len(s.rs), 30)]))
	}
	found := ""
	for _, t := range texts {
		if !mediaWordSet.inside(t) {
			continue // a cheap test before the pattern
		}
		for _, m := range mediaRe.FindAllStringSubmatch(t, -1) {
			for _, div := range x.outletCity(m[1]) {
				if levelOf(div) != '市' || div.Level == gazetteer.Province {
					continue
				}
				if found != "" && found != div.Code {
					return "", false
				}
				found = div.Code
			}
		}
	}
	return found, found != ""
}

// furnitureLine reports whether a sentence is a short line of page
// furniture: no sentence punctuation in at most 30 characters.
func furnitureLine(rs []rune) bool {
	return len(rs) <= 30 && !slices.ContainsFunc(rs, func(r rune) bool { return strings.ContainsRune("。，；！？,;!?", r) })
}

// listAnaphor matches the words that take up, at the start of a sentence, the
// places listed in the sentence before: 这5个县区, 这四个县, 上述县区.
var listAnaphor = regexp.MustCompile(`^(?:这|上述|以上)(?:[0-9一二三四五六七八九十两]+个)?(?:县区|区县|县市|市县|县|区|贫困县)`)

// anaphoricPairs reads a pairing whose helped side is the list of the
// sentence before, taken up by 这N个县区 and paired in order with the helpers
// 分别由 introduces: "批准甲县、乙县、丙区退出贫困县。这3个县区分别由我市A区、
// B区、C县进行对口帮扶。" gives A区→甲县, B区→乙县, C县→丙区. The two lists
// must have the same length, the helpers in provinces that give aid and the
// helped in others.
func (x *Extractor) anaphoricPairs(d *document, bySent map[int][]placeMention, add func(helper, helped gazetteer.Division, mech string, e kg.Evidence)) {
	for _, s := range d.sents {
		if s.idx == 0 {
			continue
		}
		rs := s.rs
		if len(rs) < 4 || rs[0] != '这' && rs[0] != '上' && rs[0] != '以' {
			continue // a cheap test before the pattern
		}
		m := listAnaphor.FindStringIndex(string(rs[:min(len(rs), 16)]))
		if m == nil {
			continue
		}
		from := runeLen(string(rs)[:m[1]])
		k := strings.Index(string(rs[from:]), "分别由")
		if k < 0 || runeLen(string(rs[from:])[:k]) > 4 {
			continue
		}
		start := from + runeLen(string(rs[from:])[:k]) + runeLen("分别由")
		var verb *partnerVerb
		for i, v := range verbsOf(s) {
			if v.start >= start {
				verb = &verbsOf(s)[i]
				break
			}
		}
		if verb == nil {
			continue
		}
		var helpers []placeMention
		for _, hm := range bySent[s.idx] {
			if hm.sp.start >= start && hm.sp.end <= verb.start {
				helpers = append(helpers, hm)
			}
		}
		helpers = x.lowest(helpers)
		if len(helpers) < 2 || !listed(rs, helpers) || !x.allEastern(helpers) {
			continue
		}
		prev := d.sents[s.idx-1]
		helped := x.lowest(bySent[prev.idx])
		if len(helped) < len(helpers) {
			continue
		}
		helped = helped[len(helped)-len(helpers):]
		if !listed(prev.rs, helped) || x.anyEastern(helped) {
			continue
		}
		e := s.evidenceBy(d.ID, "partner.anaphoric-list")
		for i := range helpers {
			h, okH := x.gz.ByCode(helpers[i].code)
			w, okW := x.gz.ByCode(helped[i].code)
			if okH && okW && h.Level != gazetteer.Province && w.Level != gazetteer.Province {
				add(h, w, verb.pv.mech, e)
				if city, ok := x.cityBefore(bySent[s.idx], helpers[i]); ok {
					// 厦门市思明区: the city written with its district helps too.
					add(city, w, verb.pv.mech, withRule(e, "partner.city-of-district"))
				}
			}
		}
	}
}

// secondVerbs post a cadre of one region to a post in another.
var secondVerbs = newPhrases("挂职", "挂任")

// secondedCadres reads a pairing from a cadre of an eastern region posted to
// a western county or prefecture (挂职巴中市政府副秘书长): "佛山市文化广电旅游体育局副局长，挂任金阳县委常委、副县长",
// "宁波市派出的干部方某挂职普安县副县长". The helper is the eastern region named
// last before 挂职/挂任 in the sentence, the helped the western county named
// right after it (within a few characters, before the post).
func (x *Extractor) secondedCadres(d *document, bySent map[int][]placeMention, add func(helper, helped gazetteer.Division, mech string, e kg.Evidence)) {
	for _, s := range d.sents {
		rs := s.rs
		if !slices.Contains(rs, '挂') || !secondVerbs.in(rs) {
			continue // a cheap test first: both verbs start with 挂
		}
		ms := bySent[s.idx]
		for i := 0; i < len(rs); i++ {
			v := secondVerbs.at(rs, i)
			if v == "" {
				continue
			}
			end := i + runeLen(v)
			var helper, helped *placeMention
			for k := range ms {
				if m := &ms[k]; m.sp.end <= i && x.allEastern([]placeMention{*m}) {
					helper = m
				}
			}
			// The lowest of the helped side's chain (巴中市通江县).
			for _, m := range x.lowest(ms) {
				if m.sp.start >= end && m.sp.start-end <= 6 {
					helped = &m
					break
				}
			}
			i = end - 1
			if helper == nil || helped == nil {
				continue
			}
			h, okH := x.gz.ByCode(helper.code)
			w, okW := x.gz.ByCode(helped.code)
			if !okH || !okW || h.Level == gazetteer.Province || w.Level == gazetteer.Province || x.anyEastern([]placeMention{*helped}) || !x.eastWestOK(h, w) {
				continue
			}
			e := s.evidenceBy(d.ID, "partner.seconded-cadre")
			add(h, w, mechPaired, e)
			if city, ok := x.cityBefore(ms, *helper); ok {
				// 丽水市莲都区政府副区长，现挂职剑阁县…: the city written with
				// its district.
				add(city, w, mechPaired, withRule(e, "partner.city-of-district"))
			}
		}
	}
}

// visitMoves are the verbs of a delegation travelling to the other side of a
// pairing. 到 and 来 are common in other senses (得到, 达到, 来自), so they
// count only right after the party that travels (一行到, 考察团来) or opening
// a clause (…负责人，赴/到…).
var visitMoves = newPhrases("赴", "前往", "来到", "深入", "到", "来")

// visitVerbs are the pairing verbs that say what a visit is for; 对接 alone
// (产销对接), 援建 and 督战 are left out. A run of verbs (对接扶贫协作) counts
// when one of them is here.
var visitVerbs = newPhrases("东西部扶贫协作", "对口帮扶", "结对帮扶", "对口支援", "对口协作", "携手奔小康", "帮扶", "结对", "扶贫协作", "协作")

// visitPairs reads a pairing from a delegation's visit: "甲市委副书记某某率
// 有关部门负责人，赴乙县某镇开展对口帮扶工作", "甲区区长某某一行来我县，…开展
// 对口帮扶协作工作", "甲县对口帮扶工作组一行到乙县参加座谈会". The region that
// opens the sentence travels to the region named right after the move, and a
// pairing verb in the sentence says why. Across the east–west line the
// eastern region helps, whichever travels; within one province a city or its
// district helps a county that visits it (乙县县长一行到甲市某区对接扶贫协作),
// and otherwise the visitor helps.
func (x *Extractor) visitPairs(d *document, bySent map[int][]placeMention, add func(helper, helped gazetteer.Division, mech string, e kg.Evidence)) {
	for _, s := range d.sents {
		ms := bySent[s.idx]
		if len(ms) < 2 {
			continue
		}
		verbs := verbsOf(s)
		if len(verbs) == 0 {
			continue
		}
		rs := s.rs
		// The visitors: the place that opens the sentence, written as a
		// chain (江苏省昆山市) and with any listed beside it (甲市、乙县对口
		// 帮扶工作组一行): the last place of each chain.
		var visitors []placeMention
		k := 0
		for k < len(ms) {
			j := k
			for j+1 < len(ms) && ms[j+1].sp.start == ms[j].sp.end {
				j++
			}
			visitors = append(visitors, ms[j])
			k = j + 1
			if k == len(ms) || ms[k].sp.start < ms[j].sp.end || !slices.Contains([]string{"、", "和", "及"}, string(rs[ms[j].sp.end:ms[k].sp.start])) {
				break
			}
		}
		from := visitors[len(visitors)-1].sp.end
		for i := from; i < len(rs); i++ {
			mv := visitMoves.at(rs, i)
			if mv == "" {
				continue
			}
			if (mv == "到" || mv == "来") && !(hasRunePrefix(rs, max(0, i-2), "一行") || strings.ContainsRune("团组,，", rs[i-1])) {
				continue
			}
			end := i + runeLen(mv)
			if slices.ContainsFunc(ms, func(m placeMention) bool { return m.sp.start >= from && m.sp.end <= i }) {
				break // another place stands between the visitors and the move
			}
			// The visited: the lowest place of the chain written right after
			// the move (赴云南省昭通市巧家县), or the places listed after it
			// (赴延边州的敦化市、龙井市).
			var visited []placeMention
			last := end
			for k := range ms {
				m := ms[k]
				if m.sp.start < last {
					continue
				}
				gap := string(rs[last:m.sp.start])
				switch {
				case gap == "" || gap == "的":
					// The chain goes on: keep its lowest place only.
					if len(visited) > 0 {
						visited = visited[:len(visited)-1]
					}
				case len(visited) > 0 && (gap == "、" || gap == "和" || gap == "及"):
				default:
					last = -1
				}
				if last < 0 {
					break
				}
				visited, last = append(visited, m), m.sp.end
			}
			if len(visited) == 0 {
				break
			}
			var verb *partnerVerb
			for k := range verbs {
				if visitVerbs.in(rs[verbs[k].start:verbs[k].end]) && (verbs[k].start >= visited[len(visited)-1].sp.end || verbs[k].end <= i) {
					verb = &verbs[k]
					break
				}
			}
			if verb == nil {
				break
			}
			e := s.evidenceBy(d.ID, "partner.visit")
			for _, vm := range visitors {
				for _, to := range visited {
					x.addVisit(vm, to, verb.pv.mech, e, add)
				}
			}
			break
		}
	}
}

// addVisit adds the pair of a visitor and a visited place, in the direction
// visitPairs describes.
func (x *Extractor) addVisit(vm, to placeMention, mech string, e kg.Evidence, add func(helper, helped gazetteer.Division, mech string, e kg.Evidence)) {
	v, okV := x.gz.ByCode(vm.code)
	w, okW := x.gz.ByCode(to.code)
	if !okV || !okW || v.Level == gazetteer.Province || w.Level == gazetteer.Province {
		return
	}
	helper, helped := v, w
	pv, _ := x.gz.Province(v)
	pw, _ := x.gz.Province(w)
	switch {
	case easternHelpers[pv.Code] != easternHelpers[pw.Code]:
		helper, helped = x.eastFirst(v, w)
	case pv.Code == pw.Code && urbanRank(w) > urbanRank(v):
		helper, helped = w, v
	case pv.Code != pw.Code:
		return // two eastern or two western provinces: no reading
	}
	add(helper, helped, mech, e)
}

// countiesNamedOf returns the county-level divisions of the prefecture pref
// that the article names in full (or by a short form a full form confirms),
// at most n of them where a count of n counties stands at offset at of
// sentence si (n 0: no limit). Where it names more, the n named nearest the
// count are taken (甲州两县：乙县、丙县… with 丁县 of 甲州 further on), and where
// those cannot be told from the others (a tie in distance), the prefecture
// stands for them.
func (x *Extractor) countiesNamedOf(p *places, pref gazetteer.Division, si, at, n int) []gazetteer.Division {
	var out []gazetteer.Division
	for _, st := range p.sortedStats() {
		if st.div.Level == gazetteer.County && st.confirmed && x.within(st.div, pref) {
			out = append(out, st.div)
		}
	}
	if n <= 0 || len(out) <= n {
		return out
	}
	// The distance of each county's nearest mention: sentences apart, then
	// characters apart.
	type dist struct{ sents, chars int }
	near := map[string]dist{}
	for _, m := range p.mentions {
		ds := dist{max(m.sent-si, si-m.sent), max(m.sp.start-at, at-m.sp.start)}
		if m.sent != si {
			ds.chars = 0
		}
		if d, ok := near[m.code]; !ok || ds.sents < d.sents || ds.sents == d.sents && ds.chars < d.chars {
			near[m.code] = ds
		}
	}
	slices.SortStableFunc(out, func(a, b gazetteer.Division) int {
		da, db := near[a.Code], near[b.Code]
		if da.sents != db.sents {
			return da.sents - db.sents
		}
		return da.chars - db.chars
	})
	if near[out[n-1].Code] == near[out[n].Code] {
		return []gazetteer.Division{pref}
	}
	return out[:n]
}

// inBenWord reports whether 本 at rs[i], before 区, 县 or 市, is part of a
// word rather than the pronoun: 资本市场, 根本区别, 样本县, 本区域, 本市场.
func inBenWord(rs []rune, i int) bool {
	return i > 0 && strings.ContainsRune("资根样基成版文日", rs[i-1]) || i+2 < len(rs) && strings.ContainsRune("场域别", rs[i+2])
}

// sentenceAnaphors takes up 本区, 该区, 本县, 该县, 本市 and 该市 that no
// subject of the report stands for: they name the last division of that
// level written before them in their sentence, also inside a body's name
// (甲区妇联…为本区结对的乙县培训: 本区 is 甲区). 本区 inside a word (资本市场,
// 根本区别, 样本县, 本区域) is no pronoun.
func (x *Extractor) sentenceAnaphors(d *document, p *places, bySent map[int][]placeMention) {
	for _, s := range d.sents {
		ms := bySent[s.idx]
		all := p.inSent(s.idx)
		if len(all) == 0 {
			continue
		}
		rs := s.rs
		var add []placeMention
		for i := 1; i+1 < len(rs); i++ {
			if rs[i] != '本' && rs[i] != '该' || !strings.ContainsRune("区县市", rs[i+1]) || rs[i] == '本' && inBenWord(rs, i) {
				continue
			}
			if slices.ContainsFunc(ms, func(m placeMention) bool { return m.sp.start < i+2 && i < m.sp.end }) || slices.ContainsFunc(all, func(m placeMention) bool { return m.sp.start < i+2 && i < m.sp.end }) {
				continue // a place or a pronoun already taken up stands here
			}
			ante := ""
			for _, m := range all {
				if m.sp.end > i {
					break
				}
				if div, ok := x.gz.ByCode(m.code); ok && div.Level != gazetteer.Province && levelOf(div) == rs[i+1] {
					ante = m.code
				}
			}
			if ante == "" {
				continue
			}
			add = append(add, placeMention{pf: &placeForm{form: string(rs[i : i+2]), codes: []string{ante}, full: true}, sent: s.idx, sp: span{i, i + 2}, code: ante})
		}
		if len(add) > 0 {
			ms = append(ms, add...)
			slices.SortFunc(ms, func(a, b placeMention) int { return a.sp.start - b.sp.start })
			bySent[s.idx] = ms
		}
	}
}

// otherHelperByVerb reports whether a pairing verb of the sentence already
// pairs helped with another helper than div that is no sibling of div (two
// districts of one city listed as helpers are): the sentence names its
// helper, and div is named for something else (its city written in an
// earlier clause, one of its own counties' bodies in a list of awardees).
func (x *Extractor) otherHelperByVerb(facts []*kg.PartnerFact, div, helped gazetteer.Division, sentence string) bool {
	for _, f := range facts {
		if f.HelpedCode != helped.Code || f.HelperCode == div.Code {
			continue
		}
		if !slices.ContainsFunc(f.Evidence, func(e kg.Evidence) bool { return e.Rule == "partner.verb" && e.Sentence == sentence }) {
			continue
		}
		if h, ok := x.gz.ByCode(f.HelperCode); ok && h.ParentCode == div.ParentCode && h.Level == div.Level {
			continue
		}
		return true
	}
	return false
}

// joinedWithChild reports whether mention m is joined by a conjunction to a
// division inside its own (甲市和乙县, 甲市、乙区).
func (x *Extractor) joinedWithChild(rs []rune, ms []placeMention, m placeMention) bool {
	if m.sp.end >= len(rs) || !strings.ContainsRune("和与、及", rs[m.sp.end]) {
		return false
	}
	parent, ok := x.gz.ByCode(m.code)
	if !ok {
		return false
	}
	for _, o := range ms {
		if o.sp.start == m.sp.end+1 {
			if div, ok := x.gz.ByCode(o.code); ok && div.Code != parent.Code && x.within(div, parent) {
				return true
			}
		}
	}
	return false
}
