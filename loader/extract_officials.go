package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/gazetteer"
	"github.com/tuopin/tuopin/loader/lexicon"
)

// titleHit is one title found in a sentence, with the unit it names.
type titleHit struct {
	t        lexicon.Title
	sp       span   // the title itself
	from     int    // start of the title with its place prefix
	place    string // the place as written before the title ("延寿县", "佳木斯市", "龙泉镇"), "" if none
	div      gazetteer.Division
	hasDiv   bool
	local    string // a town or village name when the unit is below the county
	localLvl string // kg.LevelTown or kg.LevelVillage
	// localParent is the code of the county written before the town, if any.
	localParent string
	rule        string // official.title, official.body or official.list
	// autonomous: the title's 区 is that of an autonomous region, written
	// 自治区 (自治区扶贫办主任 keeps its level suffix whole).
	autonomous bool
	// seconded: the title follows a verb of secondment after a comma in its
	// chain (某区委常委，挂任某县委常委): the post where the holder serves.
	seconded bool
	// wide: larger units below a province written before place (某市 of
	// 某市某区委常委).
	wide string
	// zone: the title is held in a development zone (经开区党工委书记),
	// no division: it makes the holder's place only when alone.
	zone bool
}

// officialAcc accumulates one person's titles over an article.
type officialAcc struct {
	name     string
	hits     []titleHit
	evidence []kg.Evidence
	first    int
}

// findOfficials finds people named right after a title chain:
// 哈尔滨市人大代表、延寿县委副书记、县长张洪岐; 林甸县委书记晋伟.
func (x *Extractor) findOfficials(d *document, p *places) []*officialAcc {
	byName := map[string]*officialAcc{}
	var order []*officialAcc
	// accFor returns the person named name, first met in sentence si.
	accFor := func(name string, si int) *officialAcc {
		acc := byName[name]
		if acc == nil {
			acc = &officialAcc{name: name, first: si}
			byName[name] = acc
			order = append(order, acc)
		}
		return acc
	}
	for si, s := range d.sents {
		rs := s.rs
		bureaus := titleCueSet.in(rs)
		var chain []titleHit
		var listed *titleHit // the last titled person's title, for lists of bodies
		held := struct {     // the last titled person's name and where it ends
			name string
			end  int
		}{}
		// head is the last title of the person just named and where the name
		// ends, for a deputy of the same body written after a comma.
		var head *struct {
			hit titleHit
			end int
		}
		// inside records a name written inside its title (县委高晓昀书记,
		// 县扶贫局杨正华局长) and returns where reading goes on.
		inside := func(h titleHit, name string, end int) int {
			x.titlePlace(p, rs, &h)
			acc := accFor(name, si)
			acc.hits = append(acc.hits, h)
			acc.evidence = appendEvidence(acc.evidence, s.evidenceBy(d.ID, h.rule))
			chain = chain[:0]
			return end
		}
		for i := 0; i < len(rs); {
			n, v := 0, -1 // what longest gives when no title starts here
			if x.titleTrie.starts(rs[i]) {
				n, v = x.titleTrie.longest(rs, i)
			}
			if n > 0 && nonOfficialUnits.endingAt(rs, i) != "" && x.lex.Titles[v].Level == 0 &&
				(strings.HasPrefix(x.lex.Titles[v].Form, "党支部") || strings.HasPrefix(x.lex.Titles[v].Form, "党总支")) {
				// 某合作社党支部书记, 某公司饮片厂党支部书记: the Party branch of a
				// cooperative, a firm or an institution, no official's post.
				n = 0
			}
			if n > 0 && x.lex.Titles[v].Level == 0 && strings.HasPrefix(x.lex.Titles[v].Form, "党组") && massOrgUnits.endingAt(rs, i) != "" {
				// 某区妇女联合会党组书记、主席, 某县科协党组书记: the Party group of
				// a people's organisation, whose heads are no officials
				// (CONVENTIONS: association heads).
				n = 0
			}
			if n > 0 && acrossPlace(p, si, rs, i, i+n) && !x.nameAfterShortForm(d, p, si, rs, i, i+n) {
				// 区长 of 长宁区, 市长 of 上海市长宁区: a title read across a
				// place's name.
				n = 0
			}
			if n == 0 && !bureaus && (i+1 >= len(rs) || rs[i+1] != '委') &&
				(head == nil || head.end != i-1) && (len(chain) == 0 || chain[len(chain)-1].sp.end != i-1) {
				// No title here, and none of the readings below can start
				// one: they need a body cue in the sentence, 委 next, or a
				// title just before. Most characters end here.
				i++
				continue
			}
			var t lexicon.Title
			rule := "official.title"
			var bodyPlace gazetteer.Division // the place a place-body title follows
			bodyFrom := 0
			var secretaryOf *titleHit // the titled person a bare 秘书长 follows
			if n == 0 && head != nil && head.end == i-1 && (rs[i-1] == '，' || rs[i-1] == ',' || rs[i-1] == '、') && rs[i] == '副' {
				// 县人大常委会主任魏桂叶，副主任张均锋: a deputy written bare right
				// after the head of a body belongs to the same body.
				if body := bodyOf(head.hit.t.Form); body != "" {
					if role := roleAt(rs, i); role != "" {
						n = runeLen(role)
						form := body + role
						rule = "official.body"
						t = lexicon.Title{Form: form, Canonical: form, Level: head.hit.t.Level}
					}
				}
			}
			if n == 0 && head != nil && head.end == i-1 && strings.ContainsRune("，,、", rs[i-1]) && head.hit.hasDiv {
				// 县政协副主席郑某，秘书长高某; 市政府秘书长胡某，副秘书长廖某: a
				// secretary-general written bare after a titled person serves the
				// same place; annotators keep the title as written.
				if role := x.roleBeforeName(d, rs, i, "副秘书长", "秘书长"); role != "" {
					n = runeLen(role)
					rule = "official.list"
					t = lexicon.Title{Form: role, Canonical: role}
					secretaryOf = &head.hit
				}
			}
			if n == 0 && head != nil && head.end == i-1 && head.hit.t.Level != 0 && rs[i-1] == '、' {
				// 镇党委书记甲、镇长乙、党委副书记丙: a Party post written without
				// its level in a list takes the level and place of the list.
				if role := x.roleBeforeName(d, rs, i, "党委副书记", "党委书记", "纪委书记", "人大主席", "人大副主席"); role != "" {
					form := string(head.hit.t.Level) + role
					n = runeLen(role)
					rule = "official.list"
					t = lexicon.Title{Form: form, Canonical: form, Level: head.hit.t.Level}
				}
			}
			if n == 0 && bureaus && levelChars.has(rs[i]) && !mentionStartsAt(p, si, i+1) {
				// 县扶贫局杨正华局长: a body, the name, then the role.
				if tt, name, end, ok := x.nameInsideBureau(d, rs, i); ok {
					i = inside(titleHit{t: tt, sp: span{i, end}, from: i, rule: "official.body"}, name, end)
					continue
				}
			}
			if n == 0 && bureaus {
				rule = "official.body"
				if mentionStartsAt(p, si, i+1) {
					// 果洛州玛沁县扶贫开发局局长: the level character ends a place and
					// another place starts after it; the body is that place's.
					n = 0
				} else if n = bureauTitle(rs, i, rs[i]); n > 0 && acrossPlace(p, si, rs, i, i+n) && !(sentGroup(rs[i:i+n]) && !acrossPlace(p, si, rs, i, i+1)) {
					// 东乡族自治县政府党组成员: a level character (乡) inside a
					// place's name starts no body.
					n = 0
				} else if n > 0 && sentGroup(rs[i:i+n]) && chainedPlace(p, si, rs, i) {
					// 甲区协作办副主任、乙省援藏工作队丙工作组组长、丙县委常务副书记某:
					// a group's post inside a chain is read as glue (groupGlue).
					n = 0
				} else if n > 0 {
					form := asideFree(string(rs[i : i+n]))
					if sentGroup(rs[i:i+n]) && (rs[i+1] == '驻' || hasRunePrefix(rs, i+1, "对口")) {
						// 甲市驻乙市扶贫工作组组长: annotators write a group
						// named by where it is sent without the sender's
						// level (驻乙市扶贫工作组组长).
						form = form[len(string(rs[i])):]
					}
					t = lexicon.Title{Form: form, Canonical: form, Level: rs[i]}
				} else if k := len(chain) - 1; k >= 0 && chain[k].sp.end == i-1 && rs[i-1] == '、' {
					// 省扶贫办党组书记、主任: a bare role after a body's title
					// is held in the same body.
					if body := bodyOf(chain[k].t.Form); body != "" {
						if role := roleAt(rs, i); role != "" {
							n = runeLen(role)
							form := body + role
							t = lexicon.Title{Form: form, Canonical: form, Level: chain[k].t.Level}
						}
					}
					if lv := chain[k].t.Level; n == 0 && lv != 0 && !mentionStartsAt(p, si, i) {
						// 吕梁市政府副市长、公安局局长: a body written without its
						// level after a title has the chain's level.
						if n = bureauTitle(rs, i, 0); n > 0 {
							form := string(lv) + string(rs[i:i+n])
							t = lexicon.Title{Form: form, Canonical: form, Level: lv}
						}
					}
				}
				if m, ok := mentionEndingAt(p, si, i); n == 0 && ok && !mentionStartsAt(p, si, i) {
					// 广西扶贫开发办公室主任, 鹤峰县农业局局长: a body written right
					// after a place name without its level is that place's; the
					// title is kept as written.
					if div, ok := x.gz.ByCode(m.code); ok {
						bodyPlace, bodyFrom = div, m.sp.start
						if n = bureauTitle(rs, i, 0); n > 0 && strings.ContainsAny(string(rs[i:i+n]), "院校学研司团行社") {
							n = 0 // 社会科学院…研究所所长: a research institute or a firm, no government body
						}
						if n > 0 {
							form := string(rs[i : i+n])
							rule = "official.place-body"
							t = lexicon.Title{Form: form, Canonical: form}
						}
					}
				}
				if n == 0 && (i == 0 || isClauseBreak(rs[i-1]) || rs[i-1] == '。') && !mentionStartsAt(p, si, i) {
					// 农业局党组书记、局长黄某向调研组汇报: a bureau opening its
					// clause without its level is the article's own; its title
					// is kept as written.
					if n = bureauTitle(rs, i, 0); n > 0 {
						body := string(rs[i : i+n])
						// Only a bureau named without any place or level (not 该区…局,
						// 据某县…局, 柏县…局).
						if !strings.Contains(body, "局") || strings.ContainsAny(body, "省市县区州旗盟国") || strings.ContainsRune("据在该我本对向由经从", rs[i]) {
							n = 0
						}
					}
					if n > 0 {
						form := string(rs[i : i+n])
						var lv rune
						if subj, ok := x.gz.ByCode(p.subject); ok && subj.Level == gazetteer.County {
							// The article's county's bureau, with its level as
							// annotators write it (县农业局局长).
							lv = levelOf(subj)
							form = string(lv) + form
						}
						rule = "official.bare-body"
						t = lexicon.Title{Form: form, Canonical: form, Level: lv}
					}
				}
				if n == 0 && listed != nil && i > 0 && rs[i-1] == '、' && !mentionStartsAt(p, si, i) {
					// 县人社局局长甲、教育局局长乙: the body of a list item
					// shares the level and place of the first; its title is
					// written as the text writes it (教育局局长), as annotators
					// record it.
					if n = bureauTitle(rs, i, 0); n > 0 {
						form := string(rs[i : i+n])
						rule = "official.list"
						t = lexicon.Title{Form: form, Canonical: form, Level: listed.t.Level}
					}
				}
			} else if n > 0 && t.Form == "" {
				t = x.lex.Titles[v]
				if strings.HasPrefix(t.Form, "工作队") {
					// 驻甲村工作队队长, 驻乙镇工作队队长: a work team sent to one
					// village, town or township leads as 驻村 (驻镇, 驻乡) does.
					// Other teams' posts (援甲工作队队长) are no official's.
					if u := stationedUnit(rs, i); u != 0 {
						form := "驻" + string(u) + t.Form
						t = lexicon.Title{Form: form, Canonical: form, Level: u}
					} else {
						n = 0
					}
				}
			}
			if k := len(chain) - 1; n == 0 && k >= 0 && chain[k].sp.end == i-1 && rs[i-1] == '、' && !mentionStartsAt(p, si, i) {
				// 副市长、新闻发言人赵明, 副部长、部扶贫领导小组组长矫勇: a post
				// that is no title on its own continues a chain of titles when
				// a name follows it. Every other reading comes first.
				// A village Party post's partner after 、 (村党支部书记、主任某某:
				// the village committee's head) is read as a side role below.
				if m := x.chainItem(d, rs, i); m > 0 && !villagePartyPost(rs, chain[k]) {
					n = m
					form := asideFree(string(rs[i : i+n]))
					t = lexicon.Title{Form: form, Canonical: form}
				}
			}
			if n == 0 && rs[i] == '区' && zoneStemBefore(rs, i) != "" {
				// 某开发区主任, 某工业园区副主任: a zone's head written without
				// its committee (管委会); the zone's name is added below.
				for _, role := range []string{"常务副主任", "副主任", "主任"} {
					if hasRunePrefix(rs, i+1, role) && !hasRunePrefix(rs, i+1+runeLen(role), "科员") {
						n = 1 + runeLen(role)
						form := "区" + role
						t = lexicon.Title{Form: form, Canonical: form, Level: '区'}
						break
					}
				}
			}
			if n == 0 {
				// 县委高晓昀书记: a name inside its title.
				if i+1 >= len(rs) || rs[i+1] != '委' {
					i++
					continue
				}
				if tt, name, end, ok := x.nameInsideTitle(d, rs, i); ok {
					i = inside(titleHit{t: tt, sp: span{i, i + 2}, from: i, rule: "official.title"}, name, end)
					continue
				}
				i++
				continue
			}
			h := titleHit{t: t, sp: span{i, i + n}, from: i, rule: rule}
			x.titlePlace(p, rs, &h)
			if rule == "official.place-body" && !h.hasDiv {
				h.div, h.hasDiv, h.from, h.place = bodyPlace, true, bodyFrom, string(rs[bodyFrom:i])
			}
			if !h.hasDiv && (strings.HasPrefix(h.t.Form, "地委") || strings.HasPrefix(h.t.Form, "行署")) {
				// 喀什地委副书记: the committee of the area (地区) named before it.
				if m, ok := mentionEndingAt(p, si, i); ok {
					if div, ok := x.gz.ByCode(m.code); ok && div.Level == gazetteer.Prefecture {
						h.div, h.hasDiv, h.from, h.place = div, true, m.sp.start, string(rs[m.sp.start:i])
					}
				}
			}
			if stem := zoneStemBefore(rs, i); stem != "" && strings.HasPrefix(h.t.Canonical, "区") {
				// 天津港保税区管委会副主任, 长沙经开区党工委书记: the 区 is a zone's,
				// whose name the title keeps.
				h.t.Form, h.t.Canonical = stem+h.t.Form, stem+h.t.Canonical
				h.zone = true
				if h.from == i {
					// 县委书记、长沙经开区党工委书记: the post starts at the
					// zone's name (for the chain before it), and a place
					// written before the zone is the zone's: a title of
					// another unit than its holder's keeps it.
					h.from = i - runeLen(stem)
					if m, ok := mentionEndingAt(p, si, h.from); ok && !h.hasDiv && m.sp.start < h.from {
						if div, ok := x.gz.ByCode(m.code); ok {
							h.div, h.hasDiv, h.place, h.from = div, true, string(rs[m.sp.start:h.from]), m.sp.start
						}
					} else if nm := zoneNameBefore(rs, h.from); nm != "" && !h.hasDiv {
						// 县政协副主席、甘溪工业园区党工委书记: the zone's own
						// name, which is no division's, is part of the post.
						h.t.Form, h.t.Canonical = nm+h.t.Form, nm+h.t.Canonical
						h.from -= runeLen(nm)
					}
				}
			}
			// (某市委书记、市人大常委会主任: a title right after another one
			// of the chain takes the chain's place below, not the last
			// titled person's.)
			if k := len(chain) - 1; listed != nil && !h.hasDiv && h.local == "" && i > 0 && rs[i-1] == '、' && listed.t.Level == t.Level && (k < 0 || chain[k].sp.end != i-1) {
				h.div, h.hasDiv, h.place = listed.div, listed.hasDiv, listed.place
			}
			if secretaryOf != nil && !h.hasDiv {
				h.div, h.hasDiv, h.place = secretaryOf.div, true, secretaryOf.place
			}
			// titlePlace may move h.from back over the previous title's place.
			if k := len(chain) - 1; k >= 0 {
				prev := chain[k]
				gs := max(x.postStart(p, si, rs, h.from), prev.sp.end)
				gg, ggSeconded := groupGlue(rs[prev.sp.end:gs])
				if h.from < prev.sp.end || !glueOnly(rs[prev.sp.end:gs]) && !deputyComma(prev, rs, gs) && !secondedComma(rs[prev.sp.end:gs]) && !gg {
					chain = chain[:0]
				} else if prev.seconded || secondedComma(rs[prev.sp.end:gs]) || ggSeconded {
					h.seconded = true
				}
			}
			for _, body := range []string{"国务院扶贫办", "国务院"} {
				// 国务院扶贫办主任, 国务院扶贫办机关党委常务副书记: a post in the
				// national body keeps the body's name.
				if h.t.Level == 0 && !h.hasDiv && hasRuneSuffix(rs, h.from, body) && (body != "国务院" || strings.HasPrefix(h.t.Canonical, "扶贫办")) {
					form := body + h.t.Canonical
					h.t = lexicon.Title{Form: form, Canonical: form}
					h.from -= runeLen(body)
					break
				}
			}
			if hasRuneSuffix(rs, h.from, "共青团") && h.t.Level != 0 && strings.HasPrefix(h.t.Canonical, string(h.t.Level)+"委") {
				// 共青团某州委副书记: a post of the Youth League's committee,
				// not of the Party's; it is kept whole as written and makes no
				// place of its holder.
				stem := strings.TrimSuffix(h.place, string(h.t.Level))
				form := "共青团" + stem + h.t.Canonical
				h.t = lexicon.Title{Form: form, Canonical: form}
				h.from -= 3
				h.place, h.hasDiv, h.div = "", false, gazetteer.Division{}
			}
			if h.place != "" {
				// 某市某区委常委: the larger units written before the
				// title's place, which a title of another unit keeps.
				w := h.from
				for k := 0; k < 2; k++ {
					m, ok := mentionEndingAt(p, si, w)
					if !ok || m.sp.start >= w {
						break
					}
					if div, ok := x.gz.ByCode(m.code); !ok || div.Level == gazetteer.Province {
						break // 贵州省铜仁市委常委 keeps the city alone
					}
					w = m.sp.start
				}
				h.wide = string(rs[w:h.from])
			}
			inheritPlace(&h, chain)
			chain = append(chain, h)
			i += n
			// 市政府新闻办主任(兼)全卓南: an aside on the post.
			if a := asideAt(rs, i); a > 0 {
				if strings.Contains(string(rs[i:i+a]), "挂职") {
					// 布拖县发改局副局长(挂职)何某: the seconded post.
					chain[len(chain)-1].seconded = true
				}
				i += a
			}
			if i+1 < len(rs) && strings.ContainsRune("”」", rs[i]) {
				// “脱贫攻坚第一书记”王某: the title quoted, then the name. A
				// surname that is also an adverb (“第一书记”全覆盖, “第一书记”都
				// 奋斗在一线) opens the quoted word's predicate when the article
				// writes the "name" nowhere else.
				if nm, ok := x.nameAfter(d, rs, i+1); ok && (d.count(nm) >= 2 || !quotedAdverbs[[]rune(nm)[0]]) {
					i++
				}
			}
			name, ok := x.nameAfter(d, rs, i)
			if ok && x.notAName(rs, i, name) {
				name, ok = "", false
			}
			if !ok && i < len(rs) && (rs[i] == '兼' || rs[i] == '、') {
				// 村党支部书记兼村委会主任杨某, 村党支部书记、村委会主任杨某: a
				// post that is no official's title (CONVENTIONS) between the
				// chain and the name.
				r := nonOfficialRoleSet.at(rs, i+1)
				if r == "" && len(chain) > 0 && villagePartyPost(rs, chain[len(chain)-1]) {
					r = x.sideRole(d, rs, i+1)
				}
				if r == "" && rs[i] == '、' {
					r = villageCharge(rs, i+1)
				}
				if r != "" {
					j := i + 1 + runeLen(r)
					if j < len(rs) && rs[j] == '的' {
						j++ // 村支书兼村主任的唐某: the posts, 的, the name
					}
					if nm, ok2 := x.nameAfter(d, rs, j); ok2 && !x.notAName(rs, j, nm) {
						name, ok = nm, true
						i = j
					}
				}
			}
			// 担任河南省太康县委书记9年的: places written between the verb and
			// the title chain are part of the post.
			postFrom := chain[0].from
			for k := 0; k < 2; k++ {
				if m, found := mentionEndingAt(p, si, postFrom); found && m.sp.start < postFrom {
					postFrom = m.sp.start
				}
			}
			if dl := durationAt(rs, i); !ok && dl > 0 && i+dl < len(rs) && rs[i+dl] == '的' && (postAfterRen(rs, chain[0].from) || postAfterRen(rs, postFrom)) {
				// 担任县长、县委书记10年有余的陈继勇: the time held, then 的.
				if nm, ok2 := x.nameAfter(d, rs, i+dl+1); ok2 && !x.notAName(rs, i+dl+1, nm) {
					name, ok = nm, true
					i += dl + 1
				}
			}
			// 某县农业局副局长，挂任某村第一书记的某某: a chain continued after a
			// comma and a verb of secondment is named after 的 when the
			// seconded post follows the verb.
			renAfter := postAfterRen(rs, chain[0].from)
			if k := slices.IndexFunc(chain, func(h titleHit) bool { return h.seconded }); k > 0 && !renAfter {
				renAfter = postAfterRen(rs, chain[k].from) || postAfterRen(rs, x.postStart(p, si, rs, chain[k].from))
			}
			if !ok && i < len(rs) && rs[i] == '的' {
				// 挂任武都区副区长的周海鹏同志: title, 的, name, 同志; 曾任隆德县
				// 委常委、副县长的樊学双: a post named after 任, 的, name.
				if nm, ok2 := x.nameAfter(d, rs, i+1); ok2 && (hasRunePrefix(rs, i+1+runeLen(nm), "同志") || renAfter) && !x.notAName(rs, i+1, nm) {
					name, ok = nm, true
					i++
				}
			}
			if !ok && (i >= len(rs) || strings.ContainsRune("。，,；;的", rs[i])) {
				// 那位青年叫王某，他是某县农业农村局副局长; 书记名叫王某，今年是
				// 他担任某村第一书记的第三年: the name written after 叫 holds the
				// post of the clause after the comma.
				if nm, ok2 := x.calledName(d, rs, postFrom); ok2 {
					name, ok = nm, true
					i -= runeLen(nm) // the name is consumed below
				}
			}
			if !ok && postAfterRen(rs, chain[0].from) && (i >= len(rs) || rs[i] != '、' && rs[i] != '兼') {
				// 刘镇平2019年底来到康保县，挂职县委常委、副县长: the post's
				// holder is the name that opens the sentence or one of its
				// clauses. The verb may stand before the post's village
				// (担任某某村驻村第一书记, postAfterRen).
				if nm, ok2 := x.clauseSubject(d, rs, chain[0].from); ok2 {
					name, ok = nm, true
					i -= runeLen(nm) // the name is consumed below
				}
			}
			if !ok && held.name != "" && postAfterRen(rs, chain[0].from) && dispatchedTo(rs[held.end:chain[0].from]) {
				// 某局局长王某，受组织选派到某村担任第一书记: the person just
				// named, sent to the post by the clause between.
				name, ok = held.name, true
				i -= runeLen(name) // the name is consumed below
			}
			if !ok && len(chain) == 1 {
				// 县政府王琪副县长在会上通报: the name written right before its title.
				if nm, ok2 := x.nameBefore(rs, chain[0].from, i); ok2 {
					name, ok = nm, true
					i -= runeLen(nm) // the name is consumed below
				}
			}
			if !ok && postFrom > 0 && (rs[postFrom-1] == '，' || rs[postFrom-1] == ',') && (i >= len(rs) || rs[i] == '。') {
				// 某某是某区对口支援工作队队长，某县委常委、副县长。: a chain
				// closing the sentence after a comma, with no name, belongs to
				// the name the sentence opens with before 是.
				if nm, ok2 := x.nameAfter(d, rs, 0); ok2 && !x.notAName(rs, 0, nm) && runeLen(nm) < len(rs) && rs[runeLen(nm)] == '是' {
					name, ok = nm, true
					i -= runeLen(nm) // the name is consumed below
				}
			}
			if !ok && !x.chainGoesOn(chain, rs, i) {
				// 罗帅民是良枧村的第一书记, 彭帅作为农业厅派驻松山村的"第一书记":
				// the name that opens the clause, linked to the post by 是 or 作为.
				// A chain (某某是某县委常委、副县长。) is read to its end first:
				// the name holds every title of it.
				if nm, vend, de, ok2 := x.copulaSubject(d, rs, chain[0].from); ok2 {
					name, ok = nm, true
					i -= runeLen(nm) // the name is consumed below
					if h := &chain[0]; h.local == "" && de > 0 && strings.ContainsRune("村镇乡", rs[de-1]) {
						// 是松山村的第一书记: the village is the post's unit.
						ln := ""
						if n := de - 1 - vend; n >= 2 && n <= 3 {
							ln = string(rs[vend : de-1]) // 是松山村的: the unit right after 是
						} else {
							ln, _ = localNameBefore(rs, de-1)
						}
						if ln != "" {
							h.local, h.place = ln+string(rs[de-1]), ln+string(rs[de-1])
							if h.hasDiv && h.div.Level == gazetteer.County {
								h.localParent = h.div.Code
							}
							h.localLvl = kg.LevelTown
							if rs[de-1] == '村' {
								h.localLvl = kg.LevelVillage
								if c := h.t.Canonical; c == "党支部书记" || c == "党总支书记" {
									// 是某某村的党支部书记: the village's branch (村党支部书记).
									h.t.Form, h.t.Canonical = "村"+c, "村"+c
									h.t.Level = '村'
								}
							}
						}
					}
				}
			}
			// 嘉宾：甲某 某省某县委书记 乙某 …; 丙某，某县政府副县长；: a roster
			// item gives the name first, then a comma or a space, then the
			// place and its titles.
			rosterFor := func() (string, bool) {
				if !chain[0].hasDiv {
					return "", false
				}
				from := chain[0].from
				for {
					m, ok := mentionEndingAt(p, si, from)
					if !ok || m.sp.start >= from {
						break
					}
					from = m.sp.start // 丽水市莲都区政府副区长: every place before the title
				}
				return x.rosterName(d, rs, from)
			}
			if ok && i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') && x.rosterNext(p, si, rs, i, name) {
				// 池某 某县委书记 舒某 某县县长: the name after the title opens
				// the next roster item when this title's holder is written
				// before it.
				if nm, ok2 := rosterFor(); ok2 {
					name = nm
					i -= runeLen(nm) // the name is consumed below
				}
			} else if !ok && (i >= len(rs) || strings.ContainsRune("，,、；;。 \u3000(（", rs[i])) && !x.titleAfterDunhao(rs, i) {
				// (县委常委、纪委书记: the chain goes on after 、; its last
				// title reads the roster's name.)
				if nm, ok2 := rosterFor(); ok2 {
					name, ok = nm, true
					i -= runeLen(nm) // the name is consumed below
				}
			}
			if !ok && i < len(rs) && strings.ContainsRune("、，,", rs[i]) {
				// 市委副书记、市对口帮扶某县工作领导小组组长李某; 州委常委、副州长，
				// 某市驻某州帮扶工作队领队某某: roles in working groups stand
				// between the titles and the name.
				for j := i; j < len(rs) && strings.ContainsRune("、，,", rs[j]); {
					if n, _ := x.titleTrie.longest(rs, j+1); n > 0 {
						break // 第一书记、驻村扶贫工作队队长某: a title of the lexicon goes on the chain
					}
					end := groupRoleEnd(rs, j+1, rs[j] != '、')
					if end == 0 && j > i && rs[j] == '、' {
						// 援藏指挥部副指挥长、党委委员某: a post in the group's
						// Party committee after the group's post.
						for _, r := range []string{"临时党委委员", "党委委员", "党委副书记", "党委书记"} {
							if hasRunePrefix(rs, j+1, r) {
								end = j + 1 + runeLen(r)
								break
							}
						}
					}
					if end == 0 {
						break
					}
					if nm, ok2 := x.nameAfter(d, rs, end); ok2 && !x.notAName(rs, end, nm) {
						name, ok = nm, true
						i = end
						break
					}
					j = end
				}
			}
			if !ok && i < len(rs) && (rs[i] == '，' || rs[i] == ',') {
				// 县委常委、副县长，杭州挂职干部胡彪说: an appositive naming the
				// holder as a seconded cadre stands between the titles and the
				// name.
				if end := cadreAppositiveEnd(rs, i+1); end > 0 {
					if nm, ok2 := x.nameAfter(d, rs, end); ok2 && !x.notAName(rs, end, nm) {
						name, ok = nm, true
						i = end
					}
				}
			}
			if !ok && i+2 < len(rs) && (rs[i] == '”' || rs[i] == '"') && (rs[i+1] == '，' || rs[i+1] == ',') && asBefore(rs, chain[0].from) {
				i++ // 作为…驻村“第一书记”，方某: the quote closes the post
			}
			if !ok && i+1 < len(rs) && (rs[i] == '，' || rs[i] == ',') && asBefore(rs, chain[0].from) {
				// 作为新任县委书记，某某接下了…: the post the clause opens with is
				// held by the name after the comma.
				if nm, ok2 := x.nameAfter(d, rs, i+1); ok2 && !x.notAName(rs, i+1, nm) {
					name, ok = nm, true
					i++
				}
			}
			if !ok {
				continue
			}
			acc := accFor(name, si)
			acc.hits = append(acc.hits, chain...)
			acc.evidence = appendEvidence(acc.evidence, s.evidenceBy(d.ID, chain[len(chain)-1].rule))
			if last := chain[len(chain)-1]; last.hasDiv {
				listed = &last
			}
			head = &struct {
				hit titleHit
				end int
			}{chain[len(chain)-1], i + runeLen(name)}
			if i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') {
				head.end++
			}
			if i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') {
				i++
			}
			i += runeLen(name)
			held.name, held.end = name, i
			// 县委常委、副县长罗成贵、李伟春等: names listed after the first
			// hold the same titles.
			for i < len(rs) && rs[i] == '、' {
				nm, ok := x.nameAfter(d, rs, i+1)
				if !ok || x.notAName(rs, i+1, nm) || byName[nm] != nil && byName[nm].first == si {
					break
				}
				j := i + 1 + runeLen(nm)
				if j < len(rs) && !strings.ContainsRune("、等，,。；;", rs[j]) && !verbAfterNameAt(rs, j) && listAdverbs.at(rs, j) == "" {
					break
				}
				other := accFor(nm, si)
				other.hits = append(other.hits, chain...)
				other.evidence = appendEvidence(other.evidence, s.evidenceBy(d.ID, "official.list"))
				i = j
			}
			chain = chain[:0]
		}
	}
	// 宁蒗县驻村扶贫工作队总队长林松说: a working group's post written after
	// the name of its place, then the holder's name.
	for si, s := range d.sents {
		if !hasGroupUnit(s.rs) {
			continue
		}
		for _, g := range x.groupPosts(d, p, si, s.rs) {
			if acc := byName[g.name]; acc != nil && acc.first == si {
				continue // titled in this sentence already
			}
			acc := accFor(g.name, si)
			acc.hits = append(acc.hits, g.hit)
			acc.evidence = appendEvidence(acc.evidence, s.evidenceBy(d.ID, g.hit.rule))
		}
	}
	// Later mentions by name alone attach evidence.
	for _, acc := range order {
		for _, s := range d.sents {
			if strings.Contains(s.text, acc.name) {
				acc.evidence = appendEvidence(acc.evidence, s.evidenceBy(d.ID, "official.name"))
			}
		}
	}
	return order
}

// acrossPlace reports whether a title at rs[i:j] of sentence si starts
// inside a place mention before its level character (which titles share:
// 会泽|县委书记), or runs into a place that starts within it.
func acrossPlace(p *places, si int, rs []rune, i, j int) bool {
	for _, m := range p.inSent(si) {
		if m.sp.end == i+3 && hasRunePrefix(rs, i, "自治区") {
			// 内蒙古自治区党委常委: the region's name ends in the 自治区 its
			// titles start with.
			continue
		}
		if crossesTitle(m, i, j) {
			return true
		}
	}
	return false
}

// sentGroup reports whether a body's name is that of a working group a
// helper sends to the place it helps (驻乙市扶贫工作组, 对口帮扶乙县工作组,
// 第九批援藏工作组): the helped place inside it is no crossing.
func sentGroup(body []rune) bool {
	s := string(body)
	return strings.Contains(s, "工作组") && (strings.Contains(s, "驻") || strings.Contains(s, "对口") || strings.Contains(s, "援") || strings.Contains(s, "协作"))
}

// chainedPlace reports whether the place whose name ends at rs[i] follows
// 、 or a comma: a title starting there goes on a chain of titles. A name
// the gazetteer lacks is taken as the two or three Han characters before.
func chainedPlace(p *places, si int, rs []rune, i int) bool {
	if m, ok := mentionEndingAt(p, si, i+1); ok {
		return m.sp.start > 0 && strings.ContainsRune("、，,", rs[m.sp.start-1])
	}
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if !isHan(rs[k]) {
			return i-k >= 3 && strings.ContainsRune("、，,", rs[k])
		}
	}
	return false
}

// crossesTitle reports whether a place mention and a title at rs[i:j]
// overlap without one holding the other: the place starts before the title
// and runs into it, or starts inside it.
func crossesTitle(m placeMention, i, j int) bool {
	return m.sp.start < i && i < m.sp.end-1 || i < m.sp.start && m.sp.start < j
}

// nameAfterShortForm reports whether the only places a title at rs[i:j]
// crosses are short forms that start on its last character and run past it,
// and a name follows the title: in 秘书长武志斌 and 局长武某 the county
// 长武 is read across 长 and the name, where 上海市长宁区 writes a full name.
func (x *Extractor) nameAfterShortForm(d *document, p *places, si int, rs []rune, i, j int) bool {
	crossed := false
	for _, m := range p.inSent(si) {
		if crossesTitle(m, i, j) {
			if m.pf.full || m.sp.start != j-1 || m.sp.end <= j {
				return false
			}
			crossed = true
		}
	}
	if !crossed {
		return false
	}
	name, ok := x.nameAfter(d, rs, j)
	return ok && !x.notAName(rs, j, name)
}

// nameInsideTitle reads a Party committee's secretary written with the name
// inside (县委高晓昀书记, 市委王强副书记): the level character and 委 at rs[i],
// then a name with a surname, then 书记 or 副书记 and a delimiter or verb. It
// returns the title as the lexicon has it (县委书记), the name and where the
// title ends.
func (x *Extractor) nameInsideTitle(d *document, rs []rune, i int) (lexicon.Title, string, int, bool) {
	if i+5 > len(rs) || rs[i+1] != '委' || !strings.ContainsRune("县市州区省旗", rs[i]) || !x.lex.IsSurname(string(rs[i+2])) {
		return lexicon.Title{}, "", 0, false
	}
	if i > 0 && isHan(rs[i-1]) && strings.ContainsRune("全本该各", rs[i-1]) {
		return lexicon.Title{}, "", 0, false
	}
	for _, n := range []int{3, 2} {
		j := i + 2 + n
		for _, role := range []string{"书记", "副书记"} {
			if !hasRunePrefix(rs, j, role) {
				continue
			}
			end := j + runeLen(role)
			if !x.nameBoundary(rs, end) {
				continue
			}
			name := string(rs[i+2 : j])
			if !allHan(name) || x.isCommonWord(name) || x.notAName(rs, i+2, name) {
				continue
			}
			form := string(rs[i:i+2]) + role
			k, v := x.titleTrie.longest([]rune(form), 0)
			if k != runeLen(form) {
				continue
			}
			return x.lex.Titles[v], name, end, true
		}
	}
	return lexicon.Title{}, "", 0, false
}

// nameInsideBureau reads a name written between a government body and its
// role (县扶贫局杨正华局长): a level character, two to eight Han characters
// ending in 局/办, a surname and one or two characters, then a role of
// unitRoles. The title is the body and the role (县扶贫局局长).
func (x *Extractor) nameInsideBureau(d *document, rs []rune, i int) (lexicon.Title, string, int, bool) {
	if i > 0 && isHan(rs[i-1]) && strings.ContainsRune("全本该各我", rs[i-1]) {
		return lexicon.Title{}, "", 0, false
	}
	for k := i + 3; k < len(rs) && k-i <= 9; k++ {
		if !isHan(rs[k]) || strings.ContainsRune("的和与及、", rs[k]) {
			return lexicon.Title{}, "", 0, false
		}
		if rs[k] != '局' && rs[k] != '办' || rs[k] == '办' && hasRunePrefix(rs, k+1, "公") {
			continue // 办公室 goes on
		}
		a := k + 1
		if a >= len(rs) || !x.lex.IsSurname(string(rs[a])) || slices.ContainsFunc(unitRoles, func(r string) bool { return hasRunePrefix(rs, a, r) }) {
			// 市对口办常务副主任: the role itself follows the body (常 is a
			// surname, 常务副 no name).
			continue
		}
		for _, n := range []int{3, 2} {
			j := a + n
			for _, role := range unitRoles {
				if !hasRunePrefix(rs, j, role) {
					continue
				}
				end := j + runeLen(role)
				name := string(rs[a:j])
				if !allHan(name) || x.isCommonWord(name) || x.notAName(rs, a, name) || !x.nameBoundary(rs, end) ||
					strings.ContainsRune("办科股室处", []rune(name)[n-1]) {
					// (县发改局党办主任: 党办, the bureau's Party office, is
					// an office of the body, no name.)
					continue
				}
				form := string(rs[i:a]) + role
				return lexicon.Title{Form: form, Canonical: form, Level: rs[i]}, name, end, true
			}
		}
	}
	return lexicon.Title{}, "", 0, false
}

// unitRoles end a title held in a government body: 局长 of 县林业局局长, 主任
// of 市发改委主任, 二级巡视员 of 市发改委二级巡视员, 总经济师 of 县扶贫办总经济师,
// 副支队长 of 市农业执法支队副支队长, 党支部书记 of 县扶贫办党支部书记. Longest
// first.
var unitRoles = []string{"副主任科员", "主任科员", "党委副书记", "党委书记", "党支部书记", "党总支书记", "总经济师", "总工程师", "总农艺师", "总畜牧师", "副支队长", "支队长", "副大队长", "大队长", "常务副厅长", "副厅长", "厅长", "副处长", "处长", "党组成员", "副站长", "站长", "副所长", "所长", "副科长", "科长", "常务副部长", "常务副主任", "专职副主任", "专职副书记", "党组副书记", "党组书记", "二级巡视员", "一级巡视员", "二级调研员", "一级调研员", "副巡视员", "副调研员", "巡视员", "调研员", "副局长", "副主任", "副部长", "局长", "主任", "部长"}

// groupUnits end the name of a working group, and groupRoles are its posts.
var (
	groupUnits = []string{"领导小组", "工作小组", "工作组", "指挥部", "工作队", "组", "考察团"}
	groupRoles = []string{"常务副组长", "副组长", "组长", "常务副指挥长", "副指挥长", "指挥长", "副总队长", "总队长", "副队长", "队长", "副团长", "团长", "总指挥", "副总指挥"}
)

// nonOfficialBodies are schools, hospitals, institutes, homes, museums and
// broadcasters: their offices and heads are no government body's.
var nonOfficialBodies = newPhrases("中学", "小学", "学校", "大学", "学院", "医院", "卫生院", "幼儿园", "研究所", "研究院", "科学院", "农科院", "试验站", "康复中心", "福利院", "敬老院", "养老院", "图书馆", "博物馆", "文化馆", "纪念馆", "电视台", "广播电视台", "报社")

// nonOfficialUnits end the name of a cooperative, a firm or an institution,
// whose Party branch's posts are no official's (某合作社党支部书记), as words:
// 县供销社党支部书记 is a post in a government body.
var nonOfficialUnits = newPhrases("合作社", "公司", "集团", "企业", "厂", "中心", "学校", "中学", "小学", "学院", "大学", "医院", "卫生院")

// massOrgUnits are people's organisations (妇联, 科协, 残联): their Party
// group's posts are no official's.
var massOrgUnits = newPhrases("妇女联合会", "妇联", "科协", "科学技术协会", "残联", "残疾人联合会", "文联", "侨联", "红十字会", "总工会")

// cadreNouns name a cadre sent from elsewhere (挂职干部, 援藏干部).
var cadreNouns = newPhrases("挂职干部", "援派干部", "帮扶干部", "援藏干部", "援疆干部", "援青干部", "扶贫干部", "挂职副县长")

// cadreAppositiveEnd returns where a short appositive naming a seconded cadre
// (杭州挂职干部, 上海援滇干部) that starts at rs[from] ends, or 0: up to eight
// Han characters, then a cadre noun.
func cadreAppositiveEnd(rs []rune, from int) int {
	for k := from; k < len(rs) && k-from <= 8; k++ {
		if w := cadreNouns.at(rs, k); w != "" {
			return k + runeLen(w)
		}
		if !isHan(rs[k]) {
			return 0
		}
	}
	return 0
}

// groupRoleEnd returns where a working group's post ends when the Han text
// from rs[from] names a group and then one of its posts
// (对口帮扶某县工作领导小组组长), or 0; a leader (领队) only with leader.
func groupRoleEnd(rs []rune, from int, leader bool) int {
	for k := from + 1; k < len(rs) && k-from <= 30 && isHan(rs[k-1]); k++ {
		for _, u := range groupUnits {
			if !hasRunePrefix(rs, k, u) {
				continue
			}
			j := k + runeLen(u)
			for _, r := range groupRoles {
				if hasRunePrefix(rs, j, r) {
					return j + runeLen(r)
				}
			}
			if leader && hasRunePrefix(rs, j, "领队") {
				// 宁波驻延边帮扶工作队领队 after a comma (after 、, a leader's
				// post is one of the chain's: chainItem).
				return j + 2
			}
		}
	}
	return 0
}

// hasGroupUnit reports whether rs holds 工作队 or 领导小组 (one pass over
// the runes: most sentences hold neither).
func hasGroupUnit(rs []rune) bool {
	for k := 2; k < len(rs); k++ {
		switch rs[k] {
		case '队':
			if rs[k-1] == '作' && rs[k-2] == '工' {
				return true
			}
		case '小':
			if rs[k-1] == '导' && rs[k-2] == '领' && k+1 < len(rs) && rs[k+1] == '组' {
				return true
			}
		}
	}
	return false
}

// officialGroupUnits are the groups whose posts groupPosts reads, and
// groupRoleSet their posts (the longest at a place wins: 副总队长, not 总队长).
var (
	officialGroupUnits = newPhrases("领导小组", "工作队")
	groupRoleSet       = newPhrases(groupRoles...)
)

// groupPost is a working group's post and its holder (groupPosts).
type groupPost struct {
	name string
	hit  titleHit
}

// groupPosts reads the posts of working groups (a 领导小组 or a 工作队) in
// sentence si that follow the name of their place and precede their
// holder's name: 宁蒗县驻村扶贫工作队总队长林松, 汉滨区电商产业发展领导小组
// 副组长马某说. Between the place and the group's unit stand only Han
// characters (at most 16), no title and no organ or aid (委, 部, 援); the
// name ends at a delimiter or a verb of report. Aid headquarters (援疆
// 指挥部总指挥) are left out: the tuning gold recorded none of four. The title is
// the place's level and what follows the place (县驻村扶贫工作队总队长).
func (x *Extractor) groupPosts(d *document, p *places, si int, rs []rune) []groupPost {
	var out []groupPost
	for k := 1; k < len(rs); k++ {
		u := officialGroupUnits.at(rs, k)
		if u == "" {
			continue
		}
		j := k + runeLen(u)
		role := groupRoleSet.at(rs, j)
		if role == "" {
			continue
		}
		end := j + runeLen(role)
		name, ok := x.nameAfter(d, rs, end)
		if !ok || x.notAName(rs, end, name) {
			continue
		}
		if e := end + runeLen(name); e < len(rs) && !strings.ContainsRune("，,、。；;：:（(", rs[e]) && !verbAfterNameAt(rs, e) && !strongFollowers[rs[e]] {
			continue
		}
		// The place right before the group's name.
		for q := k; q >= 0 && k-q <= 16; q-- {
			if q < k && (!isHan(rs[q]) || strings.ContainsRune("的和与及、援委部", rs[q])) {
				// Not the team of an organ (市委组织部驻某村工作队) or of aid
				// from elsewhere (援藏工作队): the tuning gold records
				// neither as an official's post.
				break
			}
			m, found := mentionEndingAt(p, si, q)
			if !found {
				continue
			}
			div, ok := x.gz.ByCode(m.code)
			if !ok || div.Level == gazetteer.Province {
				break
			}
			titled := false
			for t := q; t < k; t++ {
				if n, _ := x.titleTrie.longest(rs, t); n > 0 {
					titled = true
				}
			}
			if titled {
				break
			}
			lv := levelOf(div)
			form := string(lv) + string(rs[q:end])
			out = append(out, groupPost{name: name, hit: titleHit{
				t:  lexicon.Title{Form: form, Canonical: form, Level: lv},
				sp: span{q, end}, from: m.sp.start, place: string(rs[m.sp.start:q]),
				div: div, hasDiv: true, rule: "official.group",
			}})
			break
		}
		k = end
	}
	return out
}

// bodyOf returns the government body of a body's title (省扶贫办 of
// 省扶贫办党组书记), or "" when the title ends in no unit role.
func bodyOf(form string) string {
	for _, role := range bareRoles {
		if b, ok := strings.CutSuffix(form, role); ok && runeLen(b) >= 3 && (unitSuffixes[[]rune(b)[runeLen(b)-1]] || strings.HasSuffix(b, "会") || strings.HasSuffix(b, "政协")) {
			return b
		}
	}
	return ""
}

// bareRoles are the roles a body's title ends in and that may follow it bare
// (县人大常委会党组书记、主任; 县政协党组副书记、副主席). Longest first.
var bareRoles = append(slices.Clone(unitRoles), "副主席", "主席")

// roleAt returns the bare role written at rs[i] (longest first), or "".
func roleAt(rs []rune, i int) string {
	for _, role := range bareRoles {
		if hasRunePrefix(rs, i, role) {
			return role
		}
	}
	return ""
}

// unitSuffixes end the name of a government body (林业局, 发改委, 扶贫办).
var unitSuffixes = map[rune]bool{'局': true, '委': true, '办': true, '部': true, '室': true, '厅': true, '站': true, '所': true, '心': true, '处': true, '队': true, '府': true}

// leadingGroupRoles end the title of a leading group (领导小组副组长),
// which no other body's role does.
var leadingGroupRoles = []string{"常务副组长", "第一副组长", "副组长", "组长"}

// townshipLevel reports whether rs[i], 乡 or 镇, is the level character of
// a township body's title (岳东镇农业服务中心主任 gives 镇农业服务中心主任): the
// last character of a township's name, not of 城镇, 乡镇 or 村镇.
func townshipLevel(rs []rune, i int) bool {
	return (rs[i] == '乡' || rs[i] == '镇') && i > 0 && isHan(rs[i-1]) && !strings.ContainsRune("城乡村集市县区全各两级该本每", rs[i-1])
}

// zoneStems end the names of development zones before their 区 (保税区,
// 经济开发区, 工业园区, 高新区, 经开区), and of the areas whose level word
// is 地区 or 林区 (和田地区扶贫办主任, 神农架林区政协副主席: the level word
// is the title's, whole).
var zoneStems = []string{"经济技术开发", "高新技术产业开发", "经济开发", "开发", "工业园", "产业园", "保税", "高新", "经开", "地", "林"}

// zoneStemBefore returns the zone stem written right before rs[i], or "".
// zoneNameBefore returns a zone's proper name of two to four Chinese
// characters written right before its stem at rs[from] and right after the
// 、 of a chain of titles (县政协副主席、甘溪|工业园区), or "": a zone written
// alone (天津港保税区人社局局长) is the holder's own unit, whose name the title
// drops.
func zoneNameBefore(rs []rune, from int) string {
	for k := 2; k <= 4 && from-k >= 0; k++ {
		a := from - k
		if !allHanRunes(rs[a:from]) || strings.ContainsAny(string(rs[a:from]), "的和与及在是为任县市区州旗省镇乡村") {
			return ""
		}
		if a > 0 && rs[a-1] == '、' {
			return string(rs[a:from])
		}
	}
	return ""
}

func zoneStemBefore(rs []rune, i int) string {
	for _, st := range zoneStems {
		if n := runeLen(st); i >= n && string(rs[i-n:i]) == st {
			return st
		}
	}
	return ""
}

// bodyAndParts follow 和 inside the official names of government bodies
// (发展和改革委员会, 住房和城乡建设局, 人力资源和社会保障局, 文化和旅游局, 自然资源和
// 规划局, 工业和信息化局, 学习和文史委员会, 扶贫协作和合作交流办公室, 商务和经济
// 信息化委员会).
// (区域 of 对口支援和区域合作局, 广电 of 文化和广电旅游体育局. 特色 is left
// out: it names one body's own trade, and 和特色 joins two things more often
// than it names a body.)
var bodyAndParts = newPhrases("合作交流", "草原", "计划生育", "宗教", "农村", "改革", "城乡", "社会", "旅游", "规划", "信息化", "文史", "科技", "科学", "体育", "移民", "扶贫", "粮食", "商务", "口岸", "区域", "广电", "经济")

// titleCueSet holds the words without which a sentence is not scanned for titles of
// government bodies (a speed guard: the scan is per character).
var titleCueSet = newPhrases("局长", "主任", "组长", "巡视员", "调研员", "部长", "党组", "厅长", "站长", "所长", "科长", "处长", "经济师", "工程师", "农艺师", "畜牧师", "科员", "队长")

// levelChars are the level characters a body's title may start with
// (县扶贫局局长): a bit set, as rules test them at every character.
var levelChars = newRuneSet("省县区市旗州盟")

// bureauTitle returns the length of the title of a government body starting
// at rs[i]: a level character, two to twelve Han characters naming the body and
// ending in 局, 委 or 办, and a role (县林业局局长, 区扶贫开发局副局长, 县文旅局长,
// 市发改委二级巡视员), or 0. Bodies are an open class. With level 0 the title
// has no level character (教育局局长 in a list after 县人社局局长); the caller
// supplies the level.
func bureauTitle(rs []rune, i int, level rune) int {
	first := i
	if level != 0 {
		first = i + 1
		if i >= len(rs) || !levelChars.has(rs[i]) && !townshipLevel(rs, i) {
			return 0
		}
		if i > 0 && isHan(rs[i-1]) && strings.ContainsRune("全各两级", rs[i-1]) {
			return 0
		}
		if i+1 < len(rs) && levelChars.has(rs[i+1]) {
			return 0 // 池州市扶贫开发局局长: the 州 ends a name; the level is the 市 after it
		}
	}
	for k := first; k < len(rs) && k-i <= 13; k++ {
		r := rs[k]
		if k > first && (r == '委' && rs[k-1] == '村' || r == '居' && hasRunePrefix(rs, k+1, "委")) {
			// 某镇某村委主任, 某村民委员会主任, 某居委会主任: a village's or a
			// neighbourhood's self-government, no official's (CONVENTIONS).
			return 0
		}
		if k > first && nonOfficialBodies.at(rs, k) != "" && !strings.ContainsAny(string(rs[first:k]), "局厅委办") {
			// 县某中学办公室主任, 县人民医院办公室主任, 区某康复中心主任: a
			// school, a hospital, an institute or a home, no government
			// body; a bureau's own institute (县农牧局某研究所所长) is one.
			return 0
		}
		if r == '和' && k > first && bodyAndParts.at(rs, k+1) != "" {
			// 发展和改革局, 住房和城乡建设局: 和 inside a body's official name.
			continue
		}
		if !isHan(r) || strings.ContainsRune("的和与及、", r) {
			return 0
		}
		if r == '会' && (hasRunePrefix(rs, k-2, "管委会") || hasRunePrefix(rs, k-2, "委员会")) && k-first >= 2 {
			// 保税区管委会副主任, 工业园区管委会主任: the committee that runs a
			// zone; 政协学习和文史委员会副主任: a committee of a body.
			for _, role := range unitRoles {
				if hasRunePrefix(rs, k+1, role) {
					return k + 1 + runeLen(role) - i
				}
			}
		}
		if r == '委' && k-first == 1 && level != 0 && strings.ContainsRune("农教民科侨计", rs[k-1]) {
			// 县农委副主任, 市教委主任: a committee of two characters.
			for _, role := range unitRoles {
				if hasRunePrefix(rs, k+1, role) {
					return k + 1 + runeLen(role) - i
				}
			}
		}
		if r == '办' && k-first == 1 && level != 0 && strings.ContainsRune("外侨台编", rs[k-1]) {
			// 市外办主任, 县侨办副主任: an office of two characters.
			for _, role := range unitRoles {
				if hasRunePrefix(rs, k+1, role) {
					return k + 1 + runeLen(role) - i
				}
			}
		}
		if k > first && townshipLevel(rs, k) {
			return 0 // 朗县朗镇人民政府科员: the title is the township's, read from its 镇
		}
		if r == '组' && k-first >= 5 && hasRunePrefix(rs, k-3, "领导小组") {
			// 县乡村振兴领导小组副组长: a leading group and its role (not
			// 组长单位, the group's lead unit).
			for _, role := range leadingGroupRoles {
				if hasRunePrefix(rs, k+1, role) && !hasRunePrefix(rs, k+1+runeLen(role), "单位") {
					return k + 1 + runeLen(role) - i
				}
			}
		}
		if r == '组' && k-first >= 3 && hasRunePrefix(rs, k-2, "工作组") && level != 0 && sentGroup(rs[first:k+1]) {
			// 甲市驻乙市扶贫工作组组长, 甲市第九批援藏工作组组长: the leader of a
			// city's working group sent to the county it helps.
			for _, role := range leadingGroupRoles {
				if hasRunePrefix(rs, k+1, role) {
					return k + 1 + runeLen(role) - i
				}
			}
		}
		if !unitSuffixes[r] || k-first < 2 || r == '心' && rs[k-1] != '中' || r == '府' && rs[k-1] != '政' {
			continue
		}
		if r == '局' && hasRunePrefix(rs, k, "局长") {
			// 县文旅局长: the body's 局 doubles as the role's.
			return k + 2 - i
		}
		for _, role := range unitRoles {
			if hasRunePrefix(rs, k+1, role) {
				return k + 1 + runeLen(role) - i
			}
		}
		if a := asideAfterBody(rs, k+1); a > 0 {
			// 州烟草专卖局(公司)局长, 市委农办(扶贫办)主任: an aside naming the
			// body's other name between the body and the role (asideFree
			// drops it from the title).
			for _, role := range unitRoles {
				if hasRunePrefix(rs, k+1+a, role) {
					return k + 1 + a + runeLen(role) - i
				}
			}
		}
		if r == '委' {
			if hasRunePrefix(rs, k+1, "员会") || hasRunePrefix(rs, k+1, "会") && (rs[k-1] == '管' || rs[k-1] == '常') {
				continue // 委员会, 管委会, 人大常委会研究室: the body's name goes on
			}
			return 0 // 县委 and its organs come from the title lexicon
		}
	}
	return 0
}

// asideAfterBody returns the length of a bracketed aside of two to eight Han
// characters at rs[i] ((公司), （扶贫办）), or 0.
func asideAfterBody(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '(' && rs[i] != '（' {
		return 0
	}
	for j := i + 1; j < len(rs) && j-i <= 9; j++ {
		if rs[j] == ')' || rs[j] == '）' {
			if j-i-1 < 2 {
				return 0
			}
			return j + 1 - i
		}
		if !isHan(rs[j]) {
			return 0
		}
	}
	return 0
}

// asideFree removes bracketed asides from a title's form (州烟草专卖局(公司)
// 局长 → 州烟草专卖局局长).
func asideFree(form string) string {
	for {
		a := strings.IndexAny(form, "(（")
		if a < 0 {
			return form
		}
		b := strings.IndexAny(form[a:], ")）")
		if b < 0 {
			return form
		}
		_, w := utf8.DecodeRuneInString(form[a+b:])
		form = form[:a] + form[a+b+w:]
	}
}

// postStart returns where the post of a title starting at rs[from] (with its
// own place) starts when larger units and the Party's name are written
// before it: 全国人大代表、某省某县某镇镇长, 全国人大代表、某省某某彝族
// 自治州委书记, 省人大常委会副主任、中共某市委书记 all chain two titles.
func (x *Extractor) postStart(p *places, si int, rs []rune, from int) int {
	for k := 0; k < 3; k++ {
		m, ok := mentionEndingAt(p, si, from)
		if !ok || m.sp.start >= from {
			break
		}
		from = m.sp.start
	}
	if hasRuneSuffix(rs, from, "自治") && from < len(rs) && strings.ContainsRune("县州", rs[from]) {
		from -= 2 // 市委常委、自治县委书记: the autonomous county's committee
	}
	if hasRuneSuffix(rs, from, "中共") {
		from -= 2
	}
	return from
}

// deputyComma reports whether a deputy's or member's title (人大代表, 政协委员)
// is followed by a comma and then, at from, the next title: written without a
// name, the seat opens an appositive of the holder's posts (十三届全国人大代表，
// 中共某县委常委、政法委书记某某; 作为新当选的省人大代表，某县县长某某).
func deputyComma(prev titleHit, rs []rune, from int) bool {
	c := prev.t.Canonical
	return (strings.HasSuffix(c, "代表") || strings.HasSuffix(c, "委员")) && from == prev.sp.end+1 && (rs[prev.sp.end] == '，' || rs[prev.sp.end] == ',')
}

// secondedComma reports whether the text between two titles is a comma and a
// verb of secondment: a chain of titles written without a name goes on after
// it (佛山市某区委常委，挂任某县委常委、副县长某某).
func secondedComma(rs []rune) bool {
	if len(rs) == 0 || rs[0] != '，' && rs[0] != ',' {
		return false
	}
	switch string(rs[1:]) {
	case "挂任", "挂职", "现挂职", "现任", "挂职任", "兼任":
		return true
	}
	return false
}

// chainGoesOn reports whether 、 at rs[i] is followed by another title of
// the chain that ends there: a title of the lexicon, or a bare role of the
// body of its last title (县农业局党组成员、副局长).
func (x *Extractor) chainGoesOn(chain []titleHit, rs []rune, i int) bool {
	if x.titleAfterDunhao(rs, i) {
		return true
	}
	if i+1 >= len(rs) || rs[i] != '、' || len(chain) == 0 {
		return false
	}
	return bodyOf(chain[len(chain)-1].t.Form) != "" && roleAt(rs, i+1) != ""
}

// titleAfterDunhao reports whether 、 at rs[i] is followed by a title of the
// lexicon, which continues a chain of titles.
func (x *Extractor) titleAfterDunhao(rs []rune, i int) bool {
	if i+1 >= len(rs) || rs[i] != '、' {
		return false
	}
	n, _ := x.titleTrie.longest(rs, i+1)
	return n > 0
}

// groupGlue reports whether the text between two titles is made of posts in
// working groups, each after 、 or a comma (perhaps then a verb of
// secondment, then seconded): the titles on both sides are one person's
// (某市协作办副主任、某工作队某工作组组长、某县委常务副书记).
func groupGlue(gap []rune) (ok, seconded bool) {
	groups := 0
	for k := 0; k < len(gap); {
		switch {
		case gap[k] == '、' || gap[k] == '，' || gap[k] == ',':
			k++
		case groups > 0 && secondedComma(gap[k-1:]):
			return true, true
		default:
			if k == 0 {
				return false, false
			}
			e := groupRoleEnd(gap, k, gap[k-1] != '、')
			if e == 0 {
				return false, false
			}
			k, groups = e, groups+1
		}
	}
	return groups > 0, false
}

// glueOnly reports whether the text between two titles joins them into one
// person's chain (、 or 兼, or nothing).
func glueOnly(rs []rune) bool {
	for k := 0; k < len(rs); k++ {
		if n := asideAt(rs, k); n > 0 {
			k += n - 1
			continue
		}
		if unitLevelSet.has(rs[k]) && (hasRunePrefix(rs, k+1, "政府") || hasRunePrefix(rs, k+1, "人民政府")) {
			// 县委常委、县政府常务副县长: the government the next title is held in.
			if hasRunePrefix(rs, k+1, "政府") {
				k += 2
			} else {
				k += 4
			}
			continue
		}
		if k > 0 && rs[k-1] == '、' && (hasRunePrefix(rs, k, "政府") || hasRunePrefix(rs, k, "人民政府")) {
			// 旗委副书记、政府旗长: the government of the unit just named.
			if hasRunePrefix(rs, k, "政府") {
				k++
			} else {
				k += 3
			}
			continue
		}
		if r := rs[k]; r != '、' && r != '兼' && r != ' ' {
			return false
		}
	}
	return true
}

// nonOfficialRoleSet: posts of a village's self-government, no official's
// title by the conventions, that a chain of titles may be joined to with 兼.
var nonOfficialRoleSet = newPhrases("村委会主任", "村委主任", "村主任", "居委会主任", "村民委员会主任")

// villagePartyPost: the chain's title is a village's Party branch post
// (某村党支部书记, or 党支部书记 written bare after the village: 在某村，党支部
// 书记兼…). A body's branch (县扶贫办党支部书记、副主任) keeps its head's title.
func villagePartyPost(rs []rune, h titleHit) bool {
	if !strings.Contains(h.t.Canonical, "支部") {
		return false
	}
	if h.localLvl == kg.LevelVillage || strings.HasPrefix(h.t.Canonical, "村") {
		return true
	}
	return h.from == h.sp.start && h.place == "" && (h.from == 0 || !isHan(rs[h.from-1]))
}

// villageChargeRoles are a township cadre's charge of one village (包村负责人,
// 包村干部): a duty, not an official's title.
var villageChargeRoles = newPhrases("包村负责人", "包村干部", "包村领导")

// villageCharge returns the charge of a village written at rs[i] after a
// title and 、 (乡党委副书记、某村包村负责人王某): up to ten Han characters
// of the village's name and the role; "" if none.
func villageCharge(rs []rune, i int) string {
	for j := i; j < len(rs) && j-i <= 10 && isHan(rs[j]); j++ {
		if role := villageChargeRoles.at(rs, j); role != "" && (j == i || rs[j-1] == '村') {
			return string(rs[i : j+runeLen(role)])
		}
	}
	return ""
}

// sideRoles end a post a village's Party secretary holds beside it that is
// no official's title: the village committee's head (主任), a cooperative's or
// a company's head, a craft's heir, a civil servant's grade.
var sideRoles = newPhrases("主任", "副主任", "理事长", "总经理", "经理", "负责人", "董事长", "社长", "传承人", "科员", "会长")

// sideRole returns the post at rs[i] that ends in a side role right before a
// name (村党支部书记兼某某专业合作社总经理杨某, 村党支部书记、主任彭某): up to
// 30 characters of a unit's name (brackets allowed) and the role; "" if none.
func (x *Extractor) sideRole(d *document, rs []rune, i int) string {
	best := ""
	for j := i; j < len(rs) && j-i <= 30; j++ {
		if r := rs[j]; !isHan(r) && !unicode.IsDigit(r) && !strings.ContainsRune("()（）", r) {
			break
		}
		role := sideRoles.at(rs, j)
		if role == "" {
			continue
		}
		end := j + runeLen(role)
		if nm, ok := x.nameAfter(d, rs, end); ok && !x.notAName(rs, end, nm) {
			best = string(rs[i:end])
		}
	}
	return best
}

// chainRoles end a post that is no official's title alone but continues a
// chain of titles (副市长、新闻发言人; 副部长、部扶贫领导小组组长; 政协副主席、
// 省工商联主席).
var chainRoles = newPhrases("新闻发言人", "发言人", "组长", "副组长", "领队", "指挥长", "副指挥长", "总指挥", "副总指挥", "参事", "主委", "副主委", "主席", "副主席", "常务副主席", "主任", "副主任", "常务副主任", "场长")

// chainItem returns the length of a chain post at rs[i]: up to 14 Chinese
// characters ending in a chain role, right before a name; 0 if none.
func (x *Extractor) chainItem(d *document, rs []rune, i int) int {
	for j := i; j < len(rs) && j-i <= 14 && isHan(rs[j]); j++ {
		role := chainRoles.at(rs, j)
		if role == "" {
			continue
		}
		end := j + runeLen(role) // the longest role at j (副组长 before 组长)
		// 指挥部指挥长(领导小组组长)王某: the post the role comes with, in brackets.
		end += postAside(rs, end)
		if _, ok := x.nameAfter(d, rs, end); ok {
			return end - i
		}
	}
	return 0
}

// asideAt returns the length of a bracketed aside on a post written at
// rs[i] ((兼), （主持工作）, (正县级), (挂职)), or 0.
func asideAt(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '(' && rs[i] != '（' {
		return 0
	}
	for k := i + 1; k < len(rs) && k-i <= 7; k++ {
		if rs[k] == ')' || rs[k] == '）' {
			in := string(rs[i+1 : k])
			if in != "" && (strings.Contains(in, "兼") || strings.Contains(in, "主持") || strings.HasSuffix(in, "级") || in == "挂职") {
				return k + 1 - i
			}
			return 0
		}
		if !isHan(rs[k]) {
			return 0
		}
	}
	return 0
}

// titlePlace fills in the unit written right before a title: a division
// (延寿 of 延寿县委书记, 佳木斯市 of 佳木斯市人大常委会副主任) or a town or village.
func (x *Extractor) titlePlace(p *places, rs []rune, h *titleHit) {
	lv := h.t.Level
	h.autonomous = lv == '区' && h.sp.start >= 2 && string(rs[h.sp.start-2:h.sp.start]) == "自治"
	// A town's or village's title (村党支部书记) is held in a town or village,
	// never in the county a short form before it would name (红旗村 is no 红旗区).
	local := lv == '镇' || lv == '乡' || lv == '村'
	if lv == 0 && strings.HasPrefix(h.t.Canonical, "社区") {
		// 城关社区党支部书记, 平通社区书记: an urban community's post, held
		// at the village level in the community the title's 社区 ends.
		if name, start := localNameBefore(rs, h.sp.start); name != "" {
			h.local = name + "社区"
			h.localLvl = kg.LevelVillage
			h.from = start
			h.place = h.local
		}
		return
	}
	if form, start, ok := x.placeBefore(rs, h.sp.start, lv); ok && !local {
		if div, ok := p.resolve(x, form); ok && (h.sp.start-start > 1 || p.byCode[div.Code] != nil && p.byCode[div.Code].confirmed) {
			// A one-character stem (宁 of 宁县县长) only for a county the
			// article names elsewhere: 陈华和县长 is no official of 和县.
			h.div, h.hasDiv = div, true
			h.from = start
			h.place = string(rs[start:h.sp.start])
			if lv != 0 {
				h.place += string(lv)
			}
			return
		}
	}
	if local {
		end := h.sp.start
		if end > 0 && rs[end-1] == lv {
			// 梅子村村党支部书记: the unit written whole, then the title.
			end--
		}
		if end > 0 && rs[end-1] == '该' {
			// 担任该村第一书记: the unit named before, not by name; the post
			// starts at 该.
			h.from = end - 1
		} else if postVerbs.endingAt(rs, end) != "" {
			// 担任村第一书记: no name of the unit is written.
		} else if name, start := x.localNameOfPost(rs, end); name != "" {
			if rn := []rune(name); len(rn) == 3 && strings.ContainsRune("据在到赴从", rn[0]) {
				// 据某某村第一书记介绍, 来到某某镇: a preposition or a verb of
				// going opens no name; the name is the two characters after it.
				name, start = string(rn[1:]), start+1
			}
			h.local = name + string(lv)
			h.localLvl = kg.LevelTown
			if lv == '村' {
				h.localLvl = kg.LevelVillage
			}
			h.from = start
			h.place = name + string(lv)
			// The county written before the town (罗甸县沫阳镇) keys it.
			if form, _, ok := x.placeBefore(rs, start, 0); ok {
				if div, ok := p.resolve(x, form); ok && div.Level == gazetteer.County {
					h.localParent = div.Code
				}
			}
		}
	}
}

// localNameOfPost returns the name of the town or village whose post
// starts at rs[end] (its level character at rs[end]), as localNameBefore
// reads it, or, after 驻, the two or three characters between 驻 and the
// level character (某局驻石门村第一书记: the post is the village's).
func (x *Extractor) localNameOfPost(rs []rune, end int) (string, int) {
	if name, start := localNameBefore(rs, end); name != "" {
		return name, start
	}
	for k := end - 3; k >= end-4 && k >= 0; k-- {
		if rs[k] != '驻' {
			continue
		}
		if !allHanRunes(rs[k+1 : end]) {
			return "", 0
		}
		name := string(rs[k+1 : end])
		for _, w := range localStops {
			if strings.HasPrefix(name, w) || strings.HasSuffix(name, w) {
				return "", 0
			}
		}
		return name, k + 1
	}
	return "", 0
}

// inheritPlace gives a title without a written place the previous title's
// place in the chain (县委副书记、县长: both of the same county).
func inheritPlace(h *titleHit, chain []titleHit) {
	if h.hasDiv || h.local != "" || len(chain) == 0 {
		return
	}
	prev := chain[len(chain)-1]
	lv := h.t.Level
	if pl := prev.t.Level; prev.local != "" && pl != 0 && (lv == pl || lv == 0 && strings.HasSuffix(h.t.Canonical, "副"+string(pl)+"长")) {
		// 某镇党委委员、副镇长: the town of the first post.
		h.local, h.localLvl, h.localParent, h.place = prev.local, prev.localLvl, prev.localParent, prev.place
		return
	}
	if prev.hasDiv && (lv == 0 || levelOf(prev.div) == lv || prev.t.Level == lv) {
		h.div, h.hasDiv = prev.div, true
		if h.place == "" {
			// 某区某局党组成员、副局长 in a report on another unit: the
			// second title keeps the unit's name as the first does.
			h.place, h.wide = prev.place, prev.wide
		}
		if pl := prev.t.Level; lv == 0 && strings.ContainsRune("县区市州旗盟", pl) && bodyOf(h.t.Canonical) != "" && !strings.HasSuffix(bodyOf(h.t.Canonical), "部") && !strings.ContainsRune("县区市州旗盟省乡镇村", []rune(h.t.Canonical)[0]) {
			// 卢氏县委常委、扶贫办主任: the body is the county's, and its
			// title takes the county's level (县扶贫办主任), as if written.
			h.t.Form, h.t.Canonical = string(pl)+h.t.Form, string(pl)+h.t.Canonical
		}
	}
}

// mentionStartsAt reports whether a place mention starts at rune i of
// sentence si (、西青区农经委副主任: the item names its own place).
func mentionStartsAt(p *places, si, i int) bool {
	for _, m := range p.inSent(si) {
		if m.sp.start == i {
			return true
		}
	}
	return false
}

// mentionEndingAt returns the place mention of sentence si that ends at i.
func mentionEndingAt(p *places, si, i int) (placeMention, bool) {
	for _, m := range p.inSent(si) {
		if m.sp.end == i && m.code != "" {
			return m, true
		}
	}
	return placeMention{}, false
}

// levelOf returns the level character a division's name ends with.
func levelOf(d gazetteer.Division) rune {
	rs := []rune(d.Name)
	return rs[len(rs)-1]
}

// ethnicNames are the names of China's peoples as they stand before 族 in
// the names of ethnic townships and counties (longest first where one ends
// another: 布依 before 依 is not needed, none does).
var ethnicNames = []string{"土家", "布依", "仡佬", "哈尼", "傈僳", "纳西", "蒙古", "撒拉", "东乡", "达斡尔", "鄂温克", "鄂伦春", "锡伯", "朝鲜", "哈萨克", "柯尔克孜", "维吾尔", "侗", "苗", "彝", "瑶", "回", "藏", "壮", "满", "白", "傣", "佤", "畲", "水", "羌", "黎", "土", "京", "毛南", "仫佬", "景颇", "拉祜", "普米", "怒", "独龙", "基诺", "德昂", "保安", "裕固", "门巴", "珞巴"}

// localStops are words before 镇/乡/村 that are no place name.
var localStops = []string{"全", "政府", "该", "本", "各", "每", "我", "乡", "村", "镇", "行政", "贫困", "帮扶", "移民", "新农", "示范", "重点", "所在", "城", "集", "深度贫困", "非贫困", "出列", "强", "弱", "包", "驻", "进", "到", "在", "和", "与", "及", "县", "省级", "市级", "这", "此", "哪", "那个", "那座"}

// localNameBefore returns a town or village name of two or three Han
// characters ending at rs[end] (龙泉 of 龙泉镇), bounded on the left by a
// non-Han character, a division name, 的 or a date (2020年利乐村).
func localNameBefore(rs []rune, end int) (string, int) {
	// An ethnic township (芭蕉侗族乡, 龙场苗族乡): its name, the people's
	// name and 族.
	if end > 2 && rs[end-1] == '族' {
		for _, e := range ethnicNames {
			if hasRuneSuffix(rs, end-1, e) {
				if name, start := localNameBefore(rs, end-1-runeLen(e)); name != "" {
					return name + e + "族", start
				}
				break
			}
		}
	}
	start := end
	// 担任石门村第一书记: a verb of taking a post bounds the name.
	verb := func() bool { return end-start >= 2 && postVerbs.endingAt(rs, start) != "" }
	for start > 0 && end-start < 4 && isHan(rs[start-1]) && !genericSuffix[rs[start-1]] && rs[start-1] != '镇' && rs[start-1] != '乡' && rs[start-1] != '村' && rs[start-1] != '的' && !dateEnd(rs, start-1) && !verb() {
		start--
	}
	if end-start < 2 || end-start > 3 {
		return "", 0
	}
	// 的 bounds a name too (卢氏县的石门村).
	if start > 0 && !verb() && isHan(rs[start-1]) && !genericSuffix[rs[start-1]] && rs[start-1] != '镇' && rs[start-1] != '乡' && rs[start-1] != '的' && !dateEnd(rs, start-1) {
		return "", 0
	}
	name := string(rs[start:end])
	for _, w := range localStops {
		if strings.HasPrefix(name, w) || strings.HasSuffix(name, w) {
			return "", 0
		}
	}
	return name, start
}

// nameAfter reads a person's name starting at rs[i]: two or three Han
// characters (four with a compound surname), starting with a surname, not a
// common word, and delimited by what follows. The length is settled by the
// article: the form that recurs on its own (张洪岐表示, 晋伟说) wins; otherwise
// a dictionary word that would start inside the longer form (晋伟|进行) cuts it.
func (x *Extractor) nameAfter(d *document, rs []rune, i int) (string, bool) {
	name, ok := x.nameAfterForm(d, rs, i)
	if i >= len(rs) || !isHan(rs[i]) || !x.lex.IsSurname(string(rs[i])) {
		return name, ok
	}
	// 县长龙某阿真介绍 elsewhere, 书记吉某木石被…: a longer form that the
	// article writes before a verb of speech or a bracket is the whole name
	// (three or four characters, as Tibetan and Yi names run), where the
	// form read here is never written so. Right here it confirms only an
	// ending that opens no word (龙某阿真介绍, not 冯某分别介绍).
	n := 0
	if ok {
		n = runeLen(name)
		if !strings.HasPrefix(string(rs[i:]), name) || spokenElsewhere(d, name) {
			return name, ok
		}
	}
	for m := max(n+1, 3); m <= 4 && i+m <= len(rs); m++ {
		c := string(rs[i : i+m])
		if allHan(c) && !strings.ContainsAny(c, notInNames) && !strings.ContainsAny(string(rs[i+n:i+m]), verbEnds+"对向给跟同把被将在为记者大家们") &&
			!quotedAdverbs[rs[i]] && !adverbsAfterName[rs[i+n]] && !nameFollowers[rs[i+n]] && !strongFollowers[rs[i+n]] &&
			!x.isCommonWord(c) && (saidElsewhere(d, c, rs, i+m) || !x.startsWord(rs, i+n, 100) && saidElsewhere(d, c, nil, 0)) {
			return c, true
		}
	}
	return name, ok
}

// nameAfterForm is nameAfter without the article's confirmation of a longer form.
func (x *Extractor) nameAfterForm(d *document, rs []rune, i int) (string, bool) {
	for k := 0; k < 3 && i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000' || rs[i] == '\u00a0'); k++ {
		// 县长 张三, 副主任  项克强: spaces between title and name.
		i++
	}
	if i >= len(rs) || !isHan(rs[i]) {
		return "", false
	}
	if n, _ := x.titleTrie.longest(rs, i); n > 0 {
		return "", false
	}
	if name, ok := x.dottedName(rs, i); ok {
		return name, true
	}
	if name, ok := x.syllableName(rs, i); ok {
		return name, true
	}
	if name, ok := x.soundName(rs, i); ok {
		return name, true
	}
	// 县委书记任组长, 县长任第一副组长: 任 is a surname, but here a verb
	// before a role.
	if n, _ := x.titleTrie.longest(rs, i+1); n > 0 || roleWords.at(rs, i+1) != "" {
		return "", false
	}
	sur := 0
	if i+1 < len(rs) && x.lex.IsSurname(string(rs[i:i+2])) {
		sur = 2
	} else if x.lex.IsSurname(string(rs[i])) {
		sur = 1
	}
	if sur == 0 {
		// A name with no Han surname (泽尔登, 子克拉格, 阿约克布), as many
		// Tibetan and Yi names are written: two to four characters that stand
		// alone between the title and a verb of speech or a delimiter.
		return x.bareName(d, rs, i)
	}
	if sur == 1 && i+3 <= len(rs) && (rs[i+1] == ' ' || rs[i+1] == '\u3000') && isHan(rs[i+2]) &&
		(i+3 == len(rs) || rs[i+3] == '\n' || rs[i+3] == '\r') {
		// 甲县人民政府县长 王 明 at the end of a line: a byline pads a
		// two-character name with a space to the width of three.
		return string([]rune{rs[i], rs[i+2]}), true
	}
	var cands []string
	for n := sur + 1; n <= sur+2 && i+n <= len(rs); n++ {
		c := rs[i : i+n]
		if !allHan(string(c)) || c[len(c)-1] == '说' {
			// 县长沙马说: no name ends in the verb of speech after it.
			break
		}
		cands = append(cands, string(c))
	}
	if len(cands) == 0 {
		return "", false
	}
	short := cands[0]
	if x.isCommonWord(short) && !x.nounStandingAlone(rs, i, short) || strings.ContainsAny(short[len(string(rs[i])):], notInNames) {
		// 夏朝华: a word (夏朝) may open a three-character name that stands
		// alone before a delimiter.
		// 张和田，: 和 is a name's character in a three-character name that
		// stands alone before a delimiter.
		// 县长强调说: no name ends in the verb of speech after it.
		if len(cands) == 2 && !x.isCommonWord(cands[1]) && !strings.ContainsAny(cands[1][len(string(rs[i])):], "的了及与说讲道") {
			if j := i + runeLen(cands[1]); j >= len(rs) || strings.ContainsRune("，,、。；;：:（(", rs[j]) {
				return cands[1], true
			}
			// 县委书记方志勇首先…, 县委书记王国忠在…: the longer name stands
			// before a verb of report, a word that follows names (在, 说, 和)
			// or a common word of its own.
			if j := i + runeLen(cands[1]); !nameFollowers[rs[j-1]] && !adverbsAfterName[rs[j-1]] && !strongFollowers[rs[j-1]] &&
				(speechAfterAt(rs, j) || strings.ContainsRune("在说和率", rs[j]) || x.startsWord(rs, j, 1000) && !x.startsWord(rs, j-1, 50)) {
				return cands[1], true
			}
		}
		return "", false
	}
	if len(cands) == 1 {
		return short, x.nameBoundary(rs, i+runeLen(short))
	}
	long := cands[1]
	if name, ok := x.transliteratedName(rs, i, long); ok {
		return name, true
	}
	if lr := []rune(long); lr[len(lr)-1] == '和' && (speechAfterAt(rs, i+len(lr)) || spokenElsewhere(d, long)) && !x.isCommonWord(long) {
		// 袁秉和告诉: no noun follows, so 和 is no conjunction; 王某和忍不住
		// when the article has 王某和说 elsewhere.
		return long, true
	}
	if lr := []rune(long); strings.ContainsRune("说讲道率被获"+notInNames, lr[len(lr)-1]) {
		return short, true // 杨志说, 彭林及, 赵奇率党政代表团, 简某被派驻, 韩某获“优秀个人”: the name stops before the verb of speech, of leading, the passive, of winning, or a function word
	}
	if j := i + runeLen(long); j+1 < len(rs) && (rs[j] == '着' && !strings.ContainsRune("手力重眼想实急", rs[j+1]) ||
		rs[j] == '著' && !strings.ContainsRune("名作有称述", rs[j+1]) ||
		rs[j] == '了' && !strings.ContainsRune("解结不却望", rs[j+1])) {
		// 许某扯着嗓子 (扯著 as traditional text keeps it), 许某用了: the
		// aspect mark follows a verb, so the third character is the verb
		// (着手, 着力, 著名, 了解 … open words of their own).
		return short, true
	}
	if j := i + runeLen(long); strings.HasSuffix(long, "同") && (hasRunePrefix(rs, j, "记者") || hasRunePrefix(rs, j, "大家") || hasRunePrefix(rs, j, "群众") || hasRunePrefix(rs, j, "村民")) {
		return short, true // 郭堂同记者说: 同 is "with"
	}
	if j := i + runeLen(short); strings.ContainsRune("向对给跟朝", rs[j]) && speechAfterAt(rs, j+1) && !x.isCommonWord(long) {
		// 徐志向介绍: a preposition needs its object, so one written right
		// before the verb of report is the name's last character.
		return long, true
	}
	if j := i + runeLen(short); !strongFollowers[rs[j]] && !adverbsAfterName[rs[j]] && speechAfterAt(rs, j+1) && !x.isCommonWord(long) {
		// 龙晓华表示, 邓晓强调研: a verb of report right after the longer
		// form ends the name there, though its last character and the verb's
		// first make a word (华表, 强调).
		return long, true
	}
	if j := i + runeLen(short); postureBeforeZai(rs, j) {
		// 王某站在村口, 李某住在山上: a verb of posture or staying before 在
		// is no name's last character.
		return short, true
	}
	if j := i + runeLen(short); dispatchVerbs.at(rs, j) != "" {
		// 胡某下派到中畲村任第一书记: the verb of dispatch starts after two,
		// though the article may repeat the three.
		return short, true
	}
	if speechAfterAt(rs, i+runeLen(short)) {
		// 玉彤介绍 (however often it recurs): the verb starts after two.
		return short, true
	}
	if j := i + runeLen(long); adverbSpeechAt(rs, j) && !x.isCommonWord(long) &&
		!adverbsAfterName[rs[j-1]] && !nameFollowers[rs[j-1]] && !strings.ContainsRune("很太挺非十特最颇极", rs[j-1]) {
		// 庞某来高兴地说: an adverb of two characters and 地 before the verb
		// of speech start right after the longer form, so it is the name,
		// unless its last character is an adverb of its own (王某很高兴地说).
		return long, true
	}
	nl, ns := d.count(long), d.count(short)
	switch {
	case nl >= 2:
		return long, true
	case ns > nl:
		return short, true
	}
	j := i + runeLen(short)
	if strongFollowers[rs[j]] || x.startsWord(rs, j, 1000) || !x.nameBoundary(rs, j+1) && x.nameBoundary(rs, j) {
		return short, true
	}
	if x.isCommonWord(long) {
		return "", false
	}
	return long, true
}

// postureVerbs stand, sit, stay or busy someone somewhere: written before 在
// (站在, 住在, 忙在), they end the name before them. gse lists none of
// these pairs as a word.
const postureVerbs = "站住坐蹲躺忙跑走睡待呆"

// postureBeforeZai reports whether rs[j] is a verb of posture followed by 在.
func postureBeforeZai(rs []rune, j int) bool {
	return j+1 < len(rs) && rs[j+1] == '在' && strings.ContainsRune(postureVerbs, rs[j])
}

// spokenElsewhere reports whether the article writes name right before a
// verb of speech somewhere (罗某和说): the name stands alone there.
func spokenElsewhere(d *document, name string) bool {
	// A delimiter after it (洪某和（中）in a caption, 洪某和，) shows it whole
	// too: and 和 as a conjunction is followed by what it joins.
	return saidElsewhere(d, name, nil, 0) || writtenBefore(d, name, []string{"，", ",", "。"}, nil, 0)
}

// transliterationChars are common in Han transcriptions of Tibetan, Mongolian,
// Uyghur and Yi names and rare in Han given names.
const transliterationChars = "嘎尔布甫措扎巴玛娜提买艾阿热斯孜依汗拉克吉卓旦桑曲加才让"

// tibetanChars write the syllables of Tibetan given names (扎西, 旺加, 次仁,
// 卓玛, 加措 …).
const tibetanChars = "扎西旺加措巴拉吉卓玛桑曲次仁多杰顿珠尼米达瓦央金白索朗洛德普贡姆群培罗强丹增青益才旦让登平嘎琼赤列土昂阿泽更欧尕格勒坚参赞堆太觉边宗"

// transcribed reports whether two or more of a name's characters, and at
// least half of them, are characters of transcribed names.
func transcribed(name string) bool {
	n, all := 0, 0
	for _, r := range name {
		all++
		if strings.ContainsRune(transliterationChars, r) {
			n++
		}
	}
	return n >= 2 && 2*n >= all
}

// allTibetan reports whether every character of a name is a Tibetan syllable's.
func allTibetan(name string) bool {
	for _, r := range name {
		if !strings.ContainsRune(tibetanChars, r) {
			return false
		}
	}
	return name != ""
}

// soundName reads a transcribed name of three to six characters at rs[i]
// (贡觉次仁, 次旺多布杰, 娜拉布, 更智才让): it opens and closes with a sound
// of Tibetan, Mongolian, Uyghur or Yi names as Chinese writes them, three in
// five of its characters are such sounds, and it ends where a name ends (a
// delimiter, a verb of speech, a word or a character that follows names). A
// Han surname may open it (贡, 更): the run is taken whole, where the
// surname's reading would cut it after three characters.
func (x *Extractor) soundName(rs []rune, i int) (string, bool) {
	sound := func(r rune) bool {
		return strings.ContainsRune(tibetanChars, r) || strings.ContainsRune(transliterationChars, r)
	}
	if !sound(rs[i]) {
		return "", false
	}
	for n := min(6, len(rs)-i); n >= 3; n-- {
		c := rs[i : i+n]
		if !allHanRunes(c) || !sound(c[n-1]) {
			continue
		}
		k := 0
		for _, r := range c {
			if sound(r) {
				k++
			}
		}
		if 5*k < 3*n {
			continue
		}
		j := i + n
		end := j >= len(rs) || !isHan(rs[j]) || speechAfterAt(rs, j) || postureBeforeZai(rs, j) || nameFollowers[rs[j]] || strongFollowers[rs[j]] || adverbsAfterName[rs[j]] ||
			adverbSpeechAt(rs, j) || x.startsWord(rs, j, 50)
		if !end {
			continue
		}
		name := string(c)
		if freq, pos, ok := x.seg.lookup(name); ok && freq >= 100 && !strings.HasPrefix(pos, "nr") {
			continue
		}
		if x.holdsTitle(rs, i, j) || strings.ContainsFunc(name[len(string(c[0])):], func(r rune) bool {
			return strings.ContainsRune(functionChars+"和与及同跟向对给为把被在等们", r)
		}) {
			continue
		}
		return name, true
	}
	return "", false
}

// transliteratedName reads a four-character name that opens with a Han
// surname (苏嘎尔布, 占更加甫), where the three-character reading would end
// mid-name: two of its last three characters are transliteration characters,
// the fourth starts no word, and a verb of report or a delimiter follows.
func (x *Extractor) transliteratedName(rs []rune, i int, long string) (string, bool) {
	j := i + runeLen(long)
	if j+1 > len(rs) || !isHan(rs[j]) || strongFollowers[rs[j]] || nameFollowers[rs[j]] || adverbsAfterName[rs[j]] || x.startsWord(rs, j, 50) {
		return "", false
	}
	n := 0
	for _, r := range rs[i+1 : j+1] {
		if strings.ContainsRune(transliterationChars, r) {
			n++
		}
	}
	if n < 2 {
		return "", false
	}
	if k := j + 1; k < len(rs) && !strings.ContainsRune("，,、。；;：:（(", rs[k]) && !verbAfterNameAt(rs, k) && !hasRunePrefix(rs, k, "出席") && !strongFollowers[rs[k]] {
		return "", false
	}
	return string(rs[i : j+1]), true
}

// roleBeforeName returns the first of roles (longest first) written at rs[i]
// when a name follows it, or "".
func (x *Extractor) roleBeforeName(d *document, rs []rune, i int, roles ...string) string {
	for _, role := range roles {
		if hasRunePrefix(rs, i, role) {
			if _, ok := x.nameAfter(d, rs, i+runeLen(role)); ok {
				return role
			}
			return ""
		}
	}
	return ""
}

// dispatchedTo reports whether the words between a person's name and a post
// after 任 send that person there (，受组织选派到某县某村担任, 下派到某村任):
// a verb of dispatch, no other person's name, and at most one comma.
func dispatchedTo(gap []rune) bool {
	if len(gap) == 0 || len(gap) > 30 {
		return false
	}
	commas, verb := 0, false
	for k, r := range gap {
		switch {
		case r == '，' || r == ',':
			commas++
		case !isHan(r):
			return false
		}
		if dispatchVerbs.at(gap, k) != "" || hasRunePrefix(gap, k, "派到") || hasRunePrefix(gap, k, "派往") {
			verb = true
		}
	}
	return verb && commas <= 1
}

// dispatchVerbs send a cadre to a post (下派到某村, 选派到, 派驻): a name
// ends before them.
var dispatchVerbs = newPhrases("下派", "选派", "派驻", "下沉到", "下到")

// postVerbs put a person into a post (挂职县委常委, 成为某村第一书记, 当选某村
// 党支部书记): the title chain after them has its holder earlier in the
// sentence.
var postVerbs = newPhrases("任", "挂职", "挂任", "担任", "出任", "接任", "兼任", "挂职任", "担任了", "出任了", "成为", "当选", "当选为", "当上", "当上了")

// clauseSubject returns a person's name that opens the sentence or one of
// its clauses before rs[end] (刘镇平2019年底来到康保县，挂职…; 2019年，赵可主动
// 报名…，任…): a surname and one or two characters, no common word, followed
// by a word boundary.
func (x *Extractor) clauseSubject(d *document, rs []rune, end int) (string, bool) {
	subject := func(a int) (string, bool) {
		if !isHan(rs[a]) || !x.lex.IsSurname(string(rs[a])) {
			return "", false
		}
		name, ok := x.nameAfter(d, rs, a)
		if !ok || x.notAName(rs, a, name) || a+runeLen(name) > end {
			return "", false
		}
		if n, _ := x.placeTrie.longest(rs, a); n > 0 {
			return "", false // 张家口…: a place, not a person
		}
		if rs[a] == '任' && postAfterRen(rs, end) && strings.IndexFunc(string(rs[a+1:end]), func(r rune) bool { return !isHan(r) && r != '“' && r != '"' }) < 0 {
			return "", false // ，任村党组织“第一书记”: the verb of the post, no surname
		}
		if toks := x.seg.pos(name); strings.HasPrefix(toks[0].Pos, "v") || strings.HasPrefix(toks[0].Pos, "p") || strings.HasPrefix(toks[0].Pos, "d") {
			return "", false
		}
		return name, true
	}
	for a := 0; a < end; a++ {
		if a > 0 && !isClauseBreak(rs[a-1]) && rs[a-1] != '”' {
			continue
		}
		if name, ok := subject(a); ok {
			return name, true
		}
	}
	// 30岁的某某接任扶贫工作队队长, 扶贫干部秦某，来到…，担任…: a name the
	// article repeats, written after 的 or a noun naming a cadre or a
	// profession.
	// After a noun naming a cadre (某局选派干部秦某担任…), the name need not
	// recur, as with copulaSubject: 干部 is no word a name's first character
	// ends.
	for a := 1; a < end; a++ {
		if rs[a-1] != '的' && cadreNounBefore(rs, a) == "" {
			continue
		}
		if name, ok := subject(a); ok && (d.count(name) >= 2 || cadreNounBefore(rs, a) != "") {
			return name, true
		}
	}
	return "", false
}

// calledName returns the name written right after 叫 (名叫) and right before
// the comma that opens the clause of the post at rs[from], when that clause
// holds only Han characters (and quotes) before the post: 某某叫王某，他是…;
// 名叫王某，今年是他担任….
func (x *Extractor) calledName(d *document, rs []rune, from int) (string, bool) {
	comma := -1
	for k := from - 1; k >= 0 && from-k <= 24; k-- {
		if rs[k] == '，' || rs[k] == ',' {
			comma = k
			break
		}
		if !isHan(rs[k]) && rs[k] != '“' && rs[k] != '"' {
			return "", false
		}
	}
	for n := 2; n <= 4 && comma-n >= 1; n++ {
		a := comma - n
		if rs[a-1] != '叫' {
			continue
		}
		if nm, ok := x.nameAfter(d, rs, a); ok && a+runeLen(nm) == comma && !x.notAName(rs, a, nm) {
			return nm, true
		}
	}
	return "", false
}

// subjectNouns name a cadre or a profession right before a person's name
// (扶贫干部秦某, 高级工程师罗某, 农业专家任某).
var subjectNouns = []string{"干部", "专家", "工程师", "教授", "科员", "研究员", "教师", "医生", "党员"}

// cadreNounBefore returns the subject noun that ends at rs[a], or "".
func cadreNounBefore(rs []rune, a int) string {
	for _, w := range subjectNouns {
		if hasRuneSuffix(rs, a, w) {
			return w
		}
	}
	return ""
}

// copulaSubject reads the name opening the clause of a title at rs[from]
// when the clause links the two by 是 or 作为, and the unit written between
// them ends in 的 (罗帅民是良枧村的第一书记; 彭帅作为农业厅派驻松山村的"第一书记")
// or is a place written right before the title (夏某是合热万村第一书记, 李某
// 是某镇镇委书记; de is then -1).
func (x *Extractor) copulaSubject(d *document, rs []rune, from int) (name string, vend, de int, ok bool) {
	cs := from
	for cs > 0 && !isClauseBreak(rs[cs-1]) {
		cs--
	}
	if from-cs > 30 || cs >= from {
		return "", 0, 0, false
	}
	// 的 within the four characters before the title (扶贫第一书记, "第一书记").
	de = -1
	for k := from - 1; k >= max(cs, from-5); k-- {
		if rs[k] == '的' {
			de = k
			break
		}
	}
	copula := func(k int) bool { return k < from && (rs[k] == '是' || hasRunePrefix(rs, k, "作为")) }
	// k is where the copula starts once the subject is found.
	k := -1
	for _, c := range []string{"又是", "也是", "还是"} {
		// 万某是某公司董事长，又是某村的党支部书记: the subject the sentence
		// opens with, before its own 是.
		if hasRunePrefix(rs, cs, c) && cs > 0 {
			if nm, ok2 := x.nameAfter(d, rs, 0); ok2 && !x.notAName(rs, 0, nm) && runeLen(nm) < cs && rs[runeLen(nm)] == '是' {
				if n, _ := x.placeTrie.longest(rs, 0); n == 0 {
					name, ok, k = nm, true, cs+1
				}
			}
		}
	}
	if k < 0 {
		name, ok = x.nameAfter(d, rs, cs)
	}
	if k < 0 && (!ok || x.notAName(rs, cs, name) || !copula(cs+runeLen(name))) {
		// 人保集团的干部罗某是良枧村的第一书记, 高级工程师罗某作为驻村第一书记:
		// a name the article repeats, after 的 or a noun naming a cadre or a
		// profession, right before the copula.
		name, ok = "", false
		for a := cs + 1; a < from && !ok; a++ {
			if rs[a-1] != '的' && cadreNounBefore(rs, a) == "" {
				continue
			}
			// After a noun naming a cadre (人保集团的干部罗某是…), the name
			// need not recur: 干部 is no word a name's first character ends.
			if nm, ok2 := x.nameAfter(d, rs, a); ok2 && !x.notAName(rs, a, nm) && (d.count(nm) >= 2 || cadreNounBefore(rs, a) != "") && copula(a+runeLen(nm)) {
				name, ok, cs = nm, true, a
			}
		}
		if !ok {
			return "", 0, 0, false
		}
	}
	if k < 0 {
		k = cs + runeLen(name)
	}
	limit := de
	if de < 0 {
		limit = from
	}
	switch {
	case k < limit && rs[k] == '是':
		vend = k + 1
	case k+1 < limit && rs[k] == '作' && rs[k+1] == '为':
		vend = k + 2
	default:
		return "", 0, 0, false
	}
	if de < 0 {
		// No 的: the title (with its place) right after the copula, or only
		// Chinese characters, at most 14, ending in a unit's level (or the
		// title starting with one: 合热万 + 村第一书记), between. The title
		// may be quoted (是某村“第一书记”).
		q := from
		if q > vend && (rs[q-1] == '“' || rs[q-1] == '"') {
			q--
		}
		if q > vend && (q-vend > 14 || !strings.ContainsRune("村镇乡县区市州旗", rs[q-1]) && !strings.ContainsRune("村镇乡县区市州旗", rs[from])) {
			return "", 0, 0, false
		}
		for _, r := range rs[vend:q] {
			if !isHan(r) {
				return "", 0, 0, false
			}
		}
	}
	if n, _ := x.placeTrie.longest(rs, cs); n > 0 {
		return "", 0, 0, false
	}
	return name, vend, de, true
}

// nameBefore reads a name of a surname and one or two characters written
// right before a title at rs[from] (王琪副县长): it must follow a delimiter or
// the end of a body (县政府, 县委), and the title must be followed by a
// delimiter, a verb of speech or 在.
func (x *Extractor) nameBefore(rs []rune, from, end int) (string, bool) {
	if end < len(rs) && isHan(rs[end]) && rs[end] != '在' {
		if !speechAfterAt(rs, end) {
			return "", false
		}
	}
	for _, n := range []int{3, 2} {
		a := from - n
		if a < 0 || !x.lex.IsSurname(string(rs[a])) || !allHan(string(rs[a:from])) {
			continue
		}
		if a > 0 && isHan(rs[a-1]) && rs[a-1] != '府' && rs[a-1] != '委' {
			continue
		}
		name := string(rs[a:from])
		if x.isCommonWord(name) || strings.ContainsRune("任为是在被由将和与及的了着", rs[from-1]) {
			continue // 曾任县长: a verb, not a name; 担任6年的县委书记: a particle
		}
		if a > 0 && isDigit(rs[a-1]) {
			continue // 6年…: a unit after a figure, not a surname
		}
		toks := x.seg.pos(name)
		if n == 3 && (len(toks) != 1 || !strings.HasPrefix(toks[0].Pos, "nr")) && !x.looseName(name, toks) {
			continue
		}
		return name, true
	}
	return "", false
}

// looseName reports whether a three-character name that gse does not know
// as one (张德明: 张|德|明) reads as a surname and a given name of two
// characters: the given name is no common word, and gse finds no word of two
// characters or more in it but a person's name or a compound surname (全体村,
// 新当选, 老支书 are none).
func (x *Extractor) looseName(name string, toks []token) bool {
	rs := []rune(name)
	if x.isCommonWord(string(rs[1:])) {
		return false
	}
	for k, t := range toks {
		if runeLen(t.Text) >= 2 && !strings.HasPrefix(t.Pos, "nr") && !(k == 0 && x.lex.IsSurname(t.Text)) {
			return false
		}
	}
	return true
}

// asBefore reports whether 作为 (perhaps with 新任, 一名, 一位) is written
// right before rs[from], at the start of a clause.
func asBefore(rs []rune, from int) bool {
	if asOfDe(rs, from) {
		return true
	}
	j := from
	for _, w := range []string{"新任", "一名", "一位"} {
		if hasRuneSuffix(rs, j, w) {
			j -= runeLen(w)
			break
		}
	}
	if !hasRuneSuffix(rs, j, "作为") {
		return false
	}
	j -= 2
	return j == 0 || isClauseBreak(rs[j-1])
}

// asOfDe reports whether the title at rs[from] (perhaps quoted) ends a
// clause that opens with 作为 and says what the post is before 的 (作为某医院
// 选派到某村的驻村“第一书记”，方某…).
func asOfDe(rs []rune, from int) bool {
	j := from
	if j > 0 && (rs[j-1] == '“' || rs[j-1] == '"') {
		j--
	}
	de := false
	for k := j - 1; k >= 1 && j-k <= 26; k-- {
		if !isHan(rs[k]) {
			return false
		}
		if rs[k] == '的' && j-k <= 5 {
			de = true
		}
		if de && rs[k] == '为' && rs[k-1] == '作' && (k == 1 || isClauseBreak(rs[k-2])) {
			return true
		}
	}
	return false
}

// rosterName reads the name of a roster item written before its titles at
// rs[from], across a comma or spaces: the name must open the sentence or
// follow a list delimiter (；：、 or a space), and read as a name by itself.
func (x *Extractor) rosterName(d *document, rs []rune, from int) (string, bool) {
	j, sep := from, false
	for j > 0 && (rs[j-1] == ' ' || rs[j-1] == '\u3000' || rs[j-1] == '\u00a0') {
		j, sep = j-1, true
	}
	if j > 0 && (rs[j-1] == '，' || rs[j-1] == ',') {
		j, sep = j-1, true
		for j > 0 && (rs[j-1] == ' ' || rs[j-1] == '\u3000') {
			j--
		}
	}
	if !sep {
		return "", false
	}
	for n := 2; n <= 4; n++ {
		a := j - n
		if a < 0 {
			break
		}
		if a > 0 && !strings.ContainsRune("；;：:、 \u3000\u00a0。", rs[a-1]) {
			continue
		}
		nm, ok := x.nameAfter(d, rs, a)
		if !ok || runeLen(nm) != n || x.notAName(rs, a, nm) {
			continue
		}
		if m, _ := x.placeTrie.longest(rs, a); m > 0 {
			continue
		}
		return nm, true
	}
	return "", false
}

// rosterNext reports whether the name written after spaces at rs[i] is
// followed by a space or a comma and then a place, as the next item of a
// roster is.
func (x *Extractor) rosterNext(p *places, si int, rs []rune, i int, name string) bool {
	k := i
	for k < len(rs) && (rs[k] == ' ' || rs[k] == '\u3000') {
		k++
	}
	k += runeLen(name)
	if k >= len(rs) || !strings.ContainsRune(" \u3000,，", rs[k]) {
		return false
	}
	for k < len(rs) && strings.ContainsRune(" \u3000,，", rs[k]) {
		k++
	}
	return mentionStartsAt(p, si, k)
}

// speechAfterName are the verbs a name without a surname must be followed
// by, if not by a delimiter.
var speechAfterName = []string{"说", "介绍", "表示", "指出", "告诉", "坦言", "接受", "率队", "率领", "带队", "一同", "一起", "强调", "认为", "谈到", "回忆", "走进", "来到", "带领", "主持", "陪同", "前往", "深入", "一行", "同志", "致辞", "讲话", "出席", "调研", "宣布", "汇报", "发言", "随同"}

// listAdverbs close a list of names under one title before its verb
// (副市长甲、乙分别陪同, 副县长丙、丁共同出席).
var listAdverbs = newPhrases("分别", "共同", "先后", "一道", "均", "都", "亦")

// verbAfterNameAt reports whether a verb that follows a name in a report
// (说, 介绍, 出席, 参加, 陪同…) starts at rs[j].
func verbAfterNameAt(rs []rune, j int) bool {
	return speechAfterAt(rs, j) || hasRunePrefix(rs, j, "参加")
}

// adverbSpeechAt reports whether an adverb of two Han characters, 地 and a
// verb of speech start at rs[j] (激动地说, 高兴地表示).
func adverbSpeechAt(rs []rune, j int) bool {
	return j+3 < len(rs) && isHan(rs[j]) && isHan(rs[j+1]) && rs[j+2] == '地' && speechAfterAt(rs, j+3)
}

// speechAfterAt reports whether one of speechAfterName starts at rs[j].
func speechAfterAt(rs []rune, j int) bool {
	for _, v := range speechAfterName {
		if hasRunePrefix(rs, j, v) {
			return true
		}
	}
	return false
}

// bareName reads a name of two to four Han characters with no known surname
// at rs[i]: it must end at a verb of speech or a delimiter, be no dictionary
// word, hold no title and no function character.
func (x *Extractor) bareName(d *document, rs []rune, i int) (string, bool) {
	for n := 2; n <= 4 && i+n <= len(rs); n++ {
		if !isHan(rs[i+n-1]) {
			return "", false
		}
		j := i + n
		end := j >= len(rs) || strings.ContainsRune("，,、。；;：:（(", rs[j])
		if !end {
			// 才让太说, 才让太感激地说: a verb of speech, perhaps after an
			// adverb of two characters and 地.
			end = speechAfterAt(rs, j) || adverbSpeechAt(rs, j)
		}
		if !end && (allTibetan(string(rs[i:j])) || transcribed(string(rs[i:j]))) {
			// 行署专员阿布在会上, 县长尼玛率团: a transcribed name stands
			// before 在, 率 or a verb of meeting as a Han name does (verbs
			// of speech and leading were read above).
			end = strings.ContainsRune("在率", rs[j]) || meetingVerbs.at(rs, j) != ""
		}
		if !end && d != nil {
			// 书记海拉木提驱车…, and later 海拉木提告诉笔者: the same
			// characters standing whole elsewhere in the report show where
			// the name ends here.
			end = spokenElsewhere(d, string(rs[i:j]))
		}
		if !end {
			continue
		}
		name := string(rs[i:j])
		// 让 of 才让 is a Tibetan syllable there, not the verb (才让昂毛 too,
		// though 毛 is no Tibetan syllable).
		if !allTibetan(name) && !strings.Contains(name, "才让") && strings.ContainsFunc(name, func(r rune) bool {
			return strings.ContainsRune(functionChars+"和与及同跟向对给为把被让在等们", r)
		}) {
			return "", false
		}
		// Tibetan syllables alone (旺加, 旺扎) make a name that gse does not
		// know as one: a rare word of its dictionary (旺加) or a verb.
		// So do names transcribed from Kazakh, Uyghur or Yi (海拉提,
		// 才让太), at least half of their characters and two of them those
		// of transcriptions.
		tibetan := allTibetan(name) || transcribed(name)
		// A word gse knows as a person's name (达娃) is one.
		if freq, pos, ok := x.seg.lookup(name); ok && !(tibetan && freq < 100) && !strings.HasPrefix(pos, "nr") {
			return "", false
		}
		// gse must read a name in it and no verb (叫苏晓梅, 主持召开).
		named := tibetan
		for _, t := range x.seg.pos(name) {
			if tibetan {
				break
			}
			switch {
			case strings.HasPrefix(t.Pos, "nr"):
				named = true
			case strings.HasPrefix(t.Pos, "v"), t.Pos == "n" && runeLen(t.Text) >= 2:
				return "", false
			}
		}
		if !named {
			return "", false
		}
		if x.holdsTitle(rs, i, j) {
			return "", false
		}
		return name, true
	}
	return "", false
}

// meetingVerbs follow a name as its first act (阿布会见, 尼玛参加), beside
// those speechAfterName holds already (主持, 出席, 陪同, 带领).
var meetingVerbs = newPhrases("会见", "参加", "看望", "接见")

// pronouns are never the end of a name (向我们, 对大家).
var pronouns = map[string]bool{"我们": true, "他们": true, "她们": true, "大家": true, "记者": true, "群众": true, "村民": true, "自己": true}

// durationAt returns the length of a time a post was held written at rs[i]
// (9年, 10年有余, 三年多), or 0.
func durationAt(rs []rune, i int) int {
	j := i
	for j < len(rs) && (isDigit(rs[j]) || strings.ContainsRune(cnNumerals, rs[j])) {
		j++
	}
	if j == i || j >= len(rs) || rs[j] != '年' {
		return 0
	}
	j++
	for _, w := range []string{"有余", "多", "来"} {
		if hasRunePrefix(rs, j, w) {
			return j + runeLen(w) - i
		}
	}
	return j - i
}

// postAfterRen reports whether the title chain starting at from follows 任
// (曾任, 现任, 挂任, 挂职任): the post of the person named after 的.
func postAfterRen(rs []rune, from int) bool {
	if from > 0 && (rs[from-1] == '“' || rs[from-1] == '"') {
		from-- // 任某村“第一书记”: the post quoted
	}
	// renAt: 任 (or a verb of posting) ends at rs[at], or a village's name
	// stands between them (任火普村驻村第一书记的), perhaps after its
	// township's (任某镇某村“第一书记”).
	renAt := func(at int) bool {
		if at <= 0 {
			return false
		}
		if rs[at-1] == '任' || postVerbs.endingAt(rs, at) != "" {
			return true
		}
		if rs[at-1] == '村' {
			for k := at - 3; k >= max(1, at-8); k-- {
				if allHanRunes(rs[k:at]) && (rs[k-1] == '任' || postVerbs.endingAt(rs, k) != "") {
					return true
				}
			}
		}
		return false
	}
	if renAt(from) {
		return true
	}
	// 任党支部第一书记的, 任驻村第一书记的, 担任驻村党组织第一书记: the unit
	// of the post between the verb and the title.
	for _, u := range []string{"党支部", "村党支部", "驻村", "党总支", "党组织", "村党组织", "驻村党组织"} {
		if at := from - runeLen(u); at > 0 && hasRunePrefix(rs, at, u) && renAt(at) {
			return true
		}
	}
	// 挂任加勉乡党委副书记的: a township's or village's name between the verb
	// and a title of its level.
	if from < len(rs) && strings.ContainsRune("乡镇村", rs[from]) {
		for k := 2; k <= 3 && from-k > 0; k++ {
			if allHanRunes(rs[from-k:from]) && postVerbs.endingAt(rs, from-k) != "" {
				return true
			}
		}
	}
	return false
}

// notAName rejects a name read after a title that is the start of something
// else: a place (奉节县长安土家族乡 holds no 县长安土), or a conjunction and a word
// (第一书记和广大干部).
func (x *Extractor) notAName(rs []rune, i int, name string) bool {
	if name == "" {
		return true
	}
	j := i + runeLen(name)
	if i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') {
		j++
	}
	if j < len(rs) && (rs[j] == '乡' || rs[j] == '镇' || rs[j] == '村' || rs[j] == '族' || hasRunePrefix(rs, j, "家族")) {
		return true
	}
	nrs := []rune(name)
	if strings.ContainsRune("村乡镇县", nrs[len(nrs)-1]) && !speechAfterAt(rs, j) || strings.Contains(name, "扶贫") {
		// 主任黄镇说 is a person: no town speaks.
		return true // 第一书记扶贫村农产品展销会: a place or a work, nobody's name
	}
	if strings.ContainsRune("和与及同跟向对给为把被让", nrs[0]) && len(nrs) >= 3 && (x.anyWord(string(nrs[1:])) || pronouns[string(nrs[1:])]) &&
		!x.surnameXiang(rs, j, nrs) {
		return true // 第一书记和广大干部, 书记向我们介绍, 第一书记和驻村工作队
	}
	for _, w := range notNameStarts {
		if hasRunePrefix(rs, i, w) {
			return true // 从县委书记任上, 任现职以来
		}
	}
	if len(nrs) == 3 && strings.ContainsRune("镇乡", nrs[1]) && i > 2 && rs[i-1] == '长' && strings.ContainsRune("县区市", rs[i-2]) &&
		isHan(rs[i-3]) && rs[i-3] != rs[i-2] && !speechAfterAt(rs, j) {
		// 仁化县长江镇香芋: 长 after a county's name opens a town's name
		// (长江镇), not a title before a name (仁化县县长王镇华 is one).
		return true
	}
	if len(nrs) == 2 && strings.ContainsRune("和与及同跟", nrs[0]) && x.startsWord(rs, i+1, 100) && !x.startsWord(rs, i+2, 100) {
		// 第一书记和工作队: the conjunction, then a word the name would cut
		// (工|作队), not a surname and a given name.
		return true
	}
	if seasonWord(nrs) {
		return true // 盛夏，记者来到…: a time of the year, though gse tags it a name
	}
	if cadreDutyVerbs[name] {
		return true // 一名县委常委包保两个乡镇: the verb of a cadre's charge
	}
	if v := postVerbs.at(rs, j-1); runeLen(v) > 1 {
		return true // 先当选村委会主任，后又当上村支书: the name would end inside the verb of the post
	}
	if len(nrs) >= 2 && strings.ContainsRune("着了", nrs[len(nrs)-1]) {
		return true // 镇党委书记曾拍着他的肩膀: an aspect particle ends a verb, never a name
	}
	if len(nrs) == 3 && strings.ContainsRune("曾经将已", nrs[0]) && !speechAfterAt(rs, j) {
		if freq, pos, ok := x.seg.lookup(string(nrs[1:])); ok && freq >= 1000 && !strings.HasPrefix(pos, "nr") {
			// 经组织部门选派, 书记曾走访: an adverb or a preposition that is
			// also a surname, before a common word.
			return true
		}
	}
	if len(nrs) == 2 && strings.ContainsRune("对向给把被从", nrs[1]) && (x.startsWord(rs, j, 100) || pronouns[string(rs[j:min(len(rs), j+2)])]) {
		// 第一书记都对记者表示: a one-character "name" and a preposition
		// before its object.
		return true
	}
	return false
}

// surnameXiang reports whether a name opening with 向, a surname as common
// as the preposition in Xiangxi and Enshi, reads as the surname: the rest is
// a proper name or a place to gse (向天顺, 向湖南), never a common noun or a
// pronoun (向群众, 向我们), and a verb of speech or action or a delimiter
// follows (村支书向天顺介绍, 副县长向湖南带领).
func (x *Extractor) surnameXiang(rs []rune, j int, nrs []rune) bool {
	if nrs[0] != '向' || len(nrs) != 3 || j < len(rs) && isHan(rs[j]) && !strongFollowers[rs[j]] && !speechAfterAt(rs, j) {
		return false
	}
	_, pos, ok := x.seg.lookup(string(nrs[1:]))
	if ok && pos == "ns" {
		// 向 and a place are far more often the preposition (县委书记向湖南
		// 汇报, 向浙江介绍): only a verb of leading or being present after
		// them makes a name (副县长向湖南带领).
		return j >= len(rs) || !isHan(rs[j]) || strings.ContainsRune("带率陪主出参调深到在等和与及", rs[j])
	}
	return ok && (pos == "nz" || strings.HasPrefix(pos, "nr"))
}

// cadreDutyVerbs say which villages or households a cadre answers for (包保,
// 包联, 包抓); their first character is the surname 包.
var cadreDutyVerbs = map[string]bool{"包保": true, "包联": true, "包抓": true, "包片": true, "包户": true, "包乡": true}

// notNameStarts open the words that follow a title but name nobody.
var notNameStarts = []string{"任上", "任内", "任现职", "任职", "任期", "期间", "以来"}

// anyWord reports whether s is a dictionary word other than a name, however
// rare.
func (x *Extractor) anyWord(s string) bool {
	_, pos, ok := x.seg.lookup(s)
	return ok && !strings.HasPrefix(pos, "nr")
}

// isNameDot reports whether r separates the parts of a transliterated name
// (阿不都克热木·买买提).
func isNameDot(r rune) bool { return r == '·' || r == '•' || r == '‧' || r == '・' }

// dottedName reads a transliterated name: Han parts joined by a middle dot.
// The last part ends where a word or a delimiter starts (买买提|介绍).
func (x *Extractor) dottedName(rs []rune, i int) (string, bool) {
	j := i
	for j < len(rs) && isHan(rs[j]) && j-i < 8 {
		j++
	}
	if j == i || j >= len(rs) || !isNameDot(rs[j]) {
		return "", false
	}
	for k := i + 2; k <= j-2; k++ {
		if strings.ContainsRune("对向与和同给把被跟", rs[k]) {
			return "", false // 汪泉对迪力夏提·柯德尔汗: another name, then a preposition
		}
	}
	for j < len(rs) && isNameDot(rs[j]) {
		k := j + 1
		for k < len(rs) && isHan(rs[k]) && k-j <= 8 {
			if k-j > 2 && (x.startsWord(rs, k, 50) || strings.ContainsRune(notInNames+"所在说表是率", rs[k]) || speechAfterAt(rs, k)) {
				break // 扎克尔|所作的, 努尔旦|率代表团
			}
			k++
		}
		if k-j < 3 {
			return "", false
		}
		j = k
	}
	return string(rs[i:j]), true
}

// nameBoundary reports whether a name may end before rs[j].
func (x *Extractor) nameBoundary(rs []rune, j int) bool {
	if j >= len(rs) || !isHan(rs[j]) {
		return true
	}
	return x.startsWord(rs, j, 50) || nameFollowers[rs[j]]
}

// nameFollowers are single characters that commonly follow a name.
var nameFollowers = map[rune]bool{'在': true, '说': true, '和': true, '与': true, '对': true, '等': true, '为': true, '是': true, '到': true, '从': true, '向': true, '也': true, '就': true, '还': true, '率': true, '带': true, '一': true, '作': true, '同': true, '及': true, '的': true, '又': true, '指': true, '讲': true, '谈': true, '称': true}

// roleWords are roles in a working group that follow a verb such as 任 or
// 为 after a title (县长任组长).
var roleWords = newPhrases("组长", "副组长", "第一副组长", "常务副组长", "主任", "副主任", "成员", "总指挥", "副总指挥", "指挥长", "第一", "双组长", "总召集人", "召集人")

// strongFollowers are characters that almost never end a three-character
// name but very often follow a two-character one (李明在会上, 王勇说, 王勇很
// 高兴: no tuning gold name of three ends in 很; 杨某初到村时: nor in 初). 强
// is not one: it ends many names (王志强谈到); 强调 after a name is a word
// startsWord finds.
var strongFollowers = map[rune]bool{'在': true, '说': true, '和': true, '与': true, '对': true, '等': true, '是': true, '到': true, '从': true, '向': true, '也': true, '就': true, '还': true, '率': true, '的': true, '又': true, '指': true, '讲': true, '谈': true, '称': true, '表': true, '介': true, '要': true, '主': true, '出': true, '参': true, '深': true, '来': true, '陪': true, '一': true, '为': true, '带': true, '提': true, '认': true, '告': true, '很': true, '初': true}

// adverbsAfterName stand between a two-character name and its verb (李明也
// 表示, 王勇再次介绍): they are no name's last character there.
var adverbsAfterName = map[rune]bool{'也': true, '再': true, '又': true, '就': true, '还': true, '曾': true, '都': true, '则': true, '便': true, '亦': true, '更': true, '却': true, '才': true, '先': true, '均': true, '总': true, '常': true, '首': true, '即': true, '现': true, '已': true, '将': true, '正': true, '仍': true}

// startsWord reports whether a dictionary word of two to four characters and
// at least minFreq starts at rs[j] (进行 after 晋伟). Deciding a name's length
// takes common words only: the 明说 of 杨光明说 is a word, but a rare one.
func (x *Extractor) startsWord(rs []rune, j int, minFreq float64) bool {
	for n := 2; n <= 4 && j+n <= len(rs); n++ {
		w := string(rs[j : j+n])
		if freq, pos, ok := x.seg.lookup(w); ok && freq >= minFreq && !strings.HasPrefix(pos, "nr") {
			return true
		}
	}
	return false
}

// nameSyllables are common elements of Tibetan and Mongolian given names as
// Chinese writes them (general knowledge, hand-made). Such names have no Han
// surname and gse cuts them apart (米|玛|次|仁), so they are read as runs of
// these elements.
var nameSyllables = newPhrases(
	// Tibetan
	"扎西", "次仁", "卓玛", "多吉", "旺堆", "顿珠", "米玛", "格桑", "平措", "尼玛", "达瓦", "拉巴", "边巴",
	"央金", "白玛", "索朗", "洛桑", "次旦", "德吉", "普布", "贡布", "旺姆", "曲珍", "拉姆", "群培", "罗布",
	"强巴", "丹增", "仁青", "益西", "桑珠", "加措", "才让", "才旦", "旦增", "朗杰", "巴桑", "穷达", "玉珍",
	"卓嘎", "措姆", "琼达", "次央", "德庆", "欧珠", "赤列", "土登", "多布杰", "群宗", "旺久", "泽仁", "更登",
	"昂旺", "阿旺", "仁增", "洛松", "桑布", "顿旦", "达娃", "普琼", "边珍", "多杰", "才仁", "仁欠", "尕玛",
	"旦巴", "群措", "嘎玛", "拉珍", "次珍", "吉美", "贡嘎", "坚参", "坚赞", "格勒", "索南", "罗松", "曲吉",
	// Mongolian
	"巴特尔", "巴图", "朝鲁", "乌力吉", "额尔敦", "布和", "其其格", "图雅", "哈斯", "苏和", "那日苏", "巴音",
	"宝音", "敖其尔", "阿拉坦", "孟和", "斯琴", "满都拉", "吉日嘎拉", "阿古拉", "乌兰", "赛音", "巴雅尔",
	"特木尔", "乌云", "格日勒", "萨仁", "图门", "毕力格", "额尔德尼", "其木格", "娜仁", "那顺", "宝力高",
	"斯日古楞", "达来", "通拉嘎", "朝克图", "白音", "呼和", "德力格尔", "格日乐",
)

// syllableName reads a name made of nameSyllables at rs[i]: two or more of
// them, or one of three characters or more, ending at a word boundary.
func (x *Extractor) syllableName(rs []rune, i int) (string, bool) {
	j, parts := i, 0
	for j < len(rs) && j-i < 8 {
		w := nameSyllables.at(rs, j)
		if w == "" {
			break
		}
		j += runeLen(w)
		parts++
	}
	if parts == 0 || !x.nameBoundary(rs, j) {
		return "", false
	}
	if parts == 1 && j-i < 3 && !(j >= len(rs) || strings.ContainsRune("：:，,、。；（(", rs[j]) || speechAfterAt(rs, j)) {
		// One two-character element is a name only where it stands alone
		// (县委书记达瓦：…, 副县长旺堆说).
		return "", false
	}
	return string(rs[i:j]), true
}

// notInNames are function characters no given name holds (宋的话, 彭林及县长).
const notInNames = "的了及与和"

// nounStandingAlone reports whether the common word at rs[i] is a noun with a
// delimiter or a verb of report right after it: right after a title, that is
// a name which happens to be a word (副主任高山，, 区委书记江山说), while a
// verb (书记强调，) never is.
func (x *Extractor) nounStandingAlone(rs []rune, i int, w string) bool {
	j := i + runeLen(w)
	if j < len(rs) && !strings.ContainsRune("，,、。；;：:）)", rs[j]) && !verbAfterNameAt(rs, j) {
		return false
	}
	_, pos, _ := x.seg.lookup(w)
	return strings.HasPrefix(pos, "n")
}

// isCommonWord reports whether s is a dictionary word that is not a name
// (高度 after 县长, 王国).
// quotedAdverbs are surnames that are also adverbs opening a predicate (全,
// 都, 也, 还): after a quoted title they rarely open its holder's name.
var quotedAdverbs = map[rune]bool{'全': true, '都': true, '也': true, '还': true, '均': true, '共': true, '亦': true, '又': true, '再': true, '就': true}

func (x *Extractor) isCommonWord(s string) bool {
	freq, pos, ok := x.seg.lookup(s)
	return ok && freq >= 20 && !strings.HasPrefix(pos, "nr")
}

// autonomousRegion returns the province-level autonomous region of the
// article's subject or, failing one, of its most named province.
func (x *Extractor) autonomousRegion(p *places) (gazetteer.Division, bool) {
	if subj, ok := x.gz.ByCode(p.subject); ok {
		if prov, ok := x.gz.Province(subj); ok && strings.HasSuffix(prov.Name, "自治区") {
			return prov, true
		}
	}
	if prov, ok := x.gz.ByCode(p.province); ok && strings.HasSuffix(prov.Name, "自治区") {
		return prov, true
	}
	return gazetteer.Division{}, false
}

// primaryTitle reports whether a title makes the unit the person serves
// (县委书记), as opposed to a representative or honorary one (人大代表).
func primaryTitle(t string) bool {
	return !strings.Contains(t, "代表") && !strings.Contains(t, "委员") && !strings.Contains(t, "人大常委会") && !strings.Contains(t, "政协") && !strings.HasPrefix(t, "共青团")
}

// officialFacts turns accumulated people into facts: the place is the unit of
// the lowest-level primary title (the county of 县委书记 rather than the city
// of 市人大常委会副主任); titles of that place drop its name (县委书记), others
// keep it (佳木斯市人大常委会副主任).
func (x *Extractor) officialFacts(accs []*officialAcc, p *places) []kg.OfficialFact {
	var out []kg.OfficialFact
	for _, acc := range accs {
		var main *titleHit
		rank := func(h *titleHit) int {
			if h.zone {
				return 0
			}
			r := 0
			switch {
			case primaryTitle(h.t.Canonical) && bodyOf(h.t.Canonical) != "":
				// 县林业局局长: a post in a government body makes the place
				// only where the person holds no post of the unit itself
				// (顺义区园林绿化局副局长、旗委常委; 第一书记、宝鸡市某局副局长).
				r += 4
			case primaryTitle(h.t.Canonical):
				r += 10
			}
			if h.seconded {
				r++
			}
			switch {
			case h.local != "":
				r += 1 // a town title is rarely the main story of the article
			case h.hasDiv && h.div.Level == gazetteer.County:
				r += 5
			case h.hasDiv && h.div.Level == gazetteer.Prefecture:
				r += 3
			case h.hasDiv:
				r += 2
			}
			return r
		}
		for k := range acc.hits {
			h := &acc.hits[k]
			if main == nil || rank(h) > rank(main) {
				main = h
			}
		}
		if main == nil {
			continue
		}
		f := kg.OfficialFact{Name: acc.name, Evidence: acc.evidence}
		switch {
		case main.local != "":
			f.Place = main.local
			if parent := cmpOr(main.localParent, p.subject); parent != "" && main.localLvl == kg.LevelTown {
				// The derived key of towns (see localRegions).
				f.PlaceCode = parent + "-" + main.local
			}
		case main.hasDiv:
			f.Place, f.PlaceCode = displayName(main.div), main.div.Code
		case strings.HasPrefix(main.t.Canonical, "自治区"):
			// 自治区主席陈武: the autonomous region of the article's places.
			if div, ok := x.autonomousRegion(p); ok {
				f.Place, f.PlaceCode = displayName(div), div.Code
			}
		case p.prefecture != "" && (main.t.Level == '市' || main.t.Level == '州' || main.t.Level == '盟'):
			// 市委书记李炳军 in an article about a city.
			if div, ok := x.gz.ByCode(p.prefecture); ok && levelOf(div) == main.t.Level {
				f.Place, f.PlaceCode = displayName(div), div.Code
			}
		case p.subject != "" && main.t.Level != '省' && !strings.HasPrefix(main.t.Canonical, "国务院") && !ministryPost(main.t.Canonical):
			// 县长姜宇峰 or 驻村第一书记赵亮 with no unit written: the
			// article's county, when the title is of that level or below.
			if div, ok := x.gz.ByCode(p.subject); ok && (main.t.Level == 0 || levelOf(div) == main.t.Level || main.t.Level == '镇' || main.t.Level == '乡' || main.t.Level == '村') {
				f.Place, f.PlaceCode = displayName(div), div.Code
			}
		}
		if f.Place == "" && strings.ContainsRune("县旗", main.t.Level) {
			// 县委书记王华 with no unit written, in an article whose subject
			// is of another level (the helping district of a pair): the one
			// county the article names in full.
			if div, ok := p.onlyConfirmed(main.t.Level); ok {
				f.Place, f.PlaceCode = displayName(div), div.Code
			}
		}
		for _, h := range acc.hits {
			title := h.t.Canonical
			same := h.local == main.local && (!h.hasDiv || !main.hasDiv || h.div.Code == main.div.Code)
			if same && h.hasDiv && !main.hasDiv && main.local == "" && f.PlaceCode != "" && h.div.Code != f.PlaceCode {
				// 安庆市人大常委会副主任、县委书记王华 in an article about a
				// county of 安庆: the main title's unit is the article's
				// county, so the city's title is of another unit and keeps
				// its name.
				same = false
			}
			if same && h.zone && h.hasDiv && h.place != "" && !strings.HasSuffix(h.place, string(levelOf(h.div))) {
				// 县委副书记、潢川开发区主任: a zone named after its county's
				// short form keeps that name, its own proper name.
				same = false
			}
			if !same {
				// 某市 + 市人大常委会副主任 → 某市人大常委会副主任; 某市 +
				// 副市长 (of 某市政府副市长) → 某市副市长.
				stem := h.place
				if h.t.Level != 0 && strings.HasPrefix(h.t.Canonical, string(h.t.Level)) {
					stem = strings.TrimSuffix(stem, string(h.t.Level))
				}
				title = h.wide + stem + h.t.Canonical
			}
			if h.autonomous && strings.HasPrefix(title, "区") {
				title = "自治" + title
			}
			if !slices.Contains(f.Titles, title) {
				f.Titles = append(f.Titles, title)
			}
			role := kg.Role{Title: title}
			if h.hasDiv {
				role.RegionCode, role.Region = h.div.Code, displayName(h.div)
			} else if h.local != "" {
				role.Region = h.local
			}
			if !slices.Contains(f.Roles, role) {
				f.Roles = append(f.Roles, role)
			}
		}
		f.ID = kg.OfficialID(f.Name, cmpOr(f.PlaceCode, f.Place))
		out = append(out, f)
	}
	return out
}

// ministryPost reports whether a title is a post of a national ministry
// (财政部副部长, from the lexicon): its holder serves no county.
func ministryPost(t string) bool {
	b, ok := strings.CutSuffix(t, "部长")
	b = strings.TrimSuffix(b, "副")
	if !ok || !strings.HasSuffix(b, "部") {
		return false
	}
	switch b {
	case "宣传部", "组织部", "统战部":
		return false // a Party committee's department, of the unit written or of the article's
	}
	return !strings.ContainsAny(b, "省市州盟县区旗镇乡村")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// stationedUnit returns 村, 镇 or 乡 when rs before i ends with 驻 and the
// name of one such place (驻甲村, 驻乙乡), or 0.
func stationedUnit(rs []rune, i int) rune {
	if i < 4 || !strings.ContainsRune("村镇乡", rs[i-1]) {
		return 0
	}
	for k := i - 2; k >= max(0, i-7); k-- {
		if !isHan(rs[k]) {
			return 0
		}
		if rs[k] == '驻' && i-1-k-1 >= 2 {
			return rs[i-1]
		}
	}
	return 0
}

// holdsTitle reports whether a title starts anywhere in rs[i:j]: a name
// read after a title holds none.
func (x *Extractor) holdsTitle(rs []rune, i, j int) bool {
	for k := i; k < j; k++ {
		if n, _ := x.titleTrie.longest(rs, k); n > 0 {
			return true
		}
	}
	return false
}

// postAside returns the length of a bracketed second post at rs[i], held by
// virtue of the post before it ((领导小组组长), （管委会主任）), or 0.
func postAside(rs []rune, i int) int {
	if n := asideAfterBody(rs, i); n >= 5 && hasSuffixAny(string(rs[i+1:i+n-1]), []string{"组长", "主任", "书记", "指挥长"}) {
		return n
	}
	return 0
}

// seasonWord reports whether a two-character word names a time of the year
// (盛夏, 金秋, 严冬, 初春): a modifier, then a season. gse tags several of
// them as persons' names, and their first characters are surnames.
func seasonWord(nrs []rune) bool {
	return len(nrs) == 2 && strings.ContainsRune("春夏秋冬", nrs[1]) && strings.ContainsRune("初仲暮深盛金严隆早晚残寒暖新立", nrs[0])
}

// saidElsewhere reports whether the article writes name right before a verb
// of speech or a bracket (龙某某介绍, 古某某（右）) somewhere other than at
// rs[end], the reading in question (王某也表示 confirms no 王某也).
func saidElsewhere(d *document, name string, rs []rune, end int) bool {
	return writtenBefore(d, name, []string{"说", "表示", "介绍", "告诉", "（", "("}, rs, end)
}

// writtenBefore reports whether the article writes name right before one of
// followers somewhere other than at rs[end] (nil rs: anywhere).
func writtenBefore(d *document, name string, followers []string, rs []rune, end int) bool {
	for _, v := range followers {
		n := strings.Count(d.Text, name+v)
		if hasRunePrefix(rs, end, v) {
			n--
		}
		if n > 0 {
			return true
		}
	}
	return false
}

// verbEnds end no name that the article confirms by a verb of speech: with
// it they make a phrase (对陈某来说, 孔某听取).
const verbEnds = "来听看称时后中"
