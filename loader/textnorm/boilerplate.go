package textnorm

import (
	"fmt"
	"math/bits"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Boilerplate removal works on lines after width normalisation and t2s, so
// the patterns below only need ASCII punctuation (",:()" ) and simplified
// characters. Every removed line or fragment is reported in Doc.Removed.
//
// Title: the first line left after banners, breadcrumbs and navigation,
// provided it reads like a headline: at most 64 runes, no 。 in it, not
// ending in sentence punctuation. Articles that start straight with body
// text (the first line is a long paragraph ending in 。) get Title "" rather
// than an invented one; the loader can fall back to the file name.

const (
	maxTitleRunes   = 64
	maxBannerRunes  = 30
	maxMetaRunes    = 120
	maxCaptionRunes = 100
	maxLinkRunes    = 60
)

var (
	reDate   = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`)
	reTime   = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?$`)
	reSource = regexp.MustCompile(`^[(\[【]?\s*(?:来源|稿源|出处|信息来源|文章来源)\s*:\s*([^()\[\]【】|]{1,40}?)\s*[)\]】]?$`)
	// A meta field inside a dateline: "来源:X", "编辑:Y", "字号".
	reMetaField  = regexp.MustCompile(`^(来源|稿源|出处|编辑|责编|责任编辑|作者|记者|通讯员|字号|浏览|浏览量|阅读|阅读量|点击|点击量|发布时间|发布日期|时间|日期|审核|校对|供稿|摄影|图片|文|图)\s*(:.*)?$`)
	reDatePrefix = regexp.MustCompile(`^(发布时间|发布日期|时间|日期|发表时间|更新时间)\s*:\s*`)

	reBreadcrumb = regexp.MustCompile(`^(当前位置|您的位置|你的位置|您现在的位置|位置)?\s*:?\s*[^>»›]{1,20}(\s*[>»›]\s*[^>»›]{1,20}){2,}$`)
	reNextPrev   = regexp.MustCompile(`^[【\[\s•·▪►>»*-]*(上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)(文章|新闻)?[】\]\s]*[:：]`)
	reRelated    = regexp.MustCompile(`^[【\[>》\s]*(猜你喜欢|相关阅读|推荐阅读|相关新闻|延伸阅读|相关链接|热点推荐|热门推荐|更多阅读|相关文章|精彩推荐|热门文章|往期回顾|为你推荐|相关推荐|热点新闻|更多精彩)[】\]<《\s:]*$`)
	reShare      = regexp.MustCompile(`^分享(到|至)?\s*:?`)
	reCounter    = regexp.MustCompile(`^[\d.,]+\s*[KkMmWw万千]?\+?$`)
	reEditorPar  = regexp.MustCompile(`^[(\[【]\s*(责任编辑|责编|编辑|校对|审核|审校|值班编辑|编审)\s*:\s*[^()\[\]【】]{1,20}[)\]】]$`)
	reEditorLine = regexp.MustCompile(`^((责任编辑|责编|编辑|校对|审核|审校|值班编辑|编审|主编|监制|制作|出品|策划|统筹)\s*:\s*[^|]{1,16}?\s*[|/]?\s*)+$`)
	reReviewed   = regexp.MustCompile(`【[^【】]{1,12}已审】`)
	reLeadTags   = regexp.MustCompile(`^(【[^【】]{1,12}】\s*)+`)
	reCredit     = regexp.MustCompile(`^[(（]\s*((文|图|摄影|摄|记者|编辑|责编|责任编辑|通讯员|作者|文字|视频|图文|校对|审核)\s*[/:]?\s*\p{Han}{2,4}[\s、,]*)+[)）]$`)
	reCaption    = regexp.MustCompile(`(^|\s)(摄影|摄|图|图片|供图|摄影师)\s*[:/]?\s*(记者)?\p{Han}{2,4}$|(^|\s)\p{Han}{2,4}\s*(摄|供图)$`)
	reKeywords   = regexp.MustCompile(`^(关键词|关键字|标签|(?i:tags?))\s*:`)
	reByline     = regexp.MustCompile(`^(本报记者|本报通讯员|本报特约记者|特约记者|记者|通讯员|新华社记者|文/|文:|作者:|撰文|撰稿)`)
	reIssue      = regexp.MustCompile(`^[\p{Han}A-Za-z]{2,20}\s*\d{4}\s*年\s*(第\s*)?\d{1,3}\s*期$`)
)

// navLines are whole lines of site navigation, compared without spaces and
// in lower case.
var navLines = map[string]bool{
	"app下载": true, "下载app": true, "客户端下载": true, "打开app": true, "打开客户端": true,
	"手机版": true, "扫一扫": true, "扫码阅读": true, "打印": true, "打印本页": true,
	"关闭": true, "关闭窗口": true, "返回顶部": true, "返回首页": true, "收藏": true,
	"纠错": true, "字号:大中小": true, "【打印】": true, "【关闭】": true, "[打印]": true,
	"[关闭]": true, "【纠错】": true, "分享": true, "点赞": true, "评论": true,
	"扫一扫在手机打开当前页": true, "用微信扫码二维码": true, "分享至好友和朋友圈": true,
}

// Copyright lines: one strong phrase, or two distinct weak words.
var (
	copyrightStrong = []string{"版权所有", "版权声明", "未经书面授权", "未经授权", "未经许可", "不得转载",
		"禁止转载", "严禁转载", "本文为转载", "转载请注明", "不代表本网", "不代表本站", "仅供读者参考",
		"追究其法律责任", "追究法律责任", "追究其相关法律责任", "侵权必究", "©"}
	copyrightASCII = []string{"all rights reserved", "copyright"}
	copyrightWeak  = []string{"版权", "授权", "侵权", "转载", "不代表", "立场", "本网", "本站", "声明",
		"著作权", "摘编", "复制", "法律责任", "观点", "仅供参考"}
)

type meta struct {
	title, date, source string
}

type cleaner struct {
	meta
	removed []string
}

func (c *cleaner) drop(s string) { c.removed = append(c.removed, s) }

// clean splits lines into metadata, body paragraphs and removed
// boilerplate.
func clean(lines []string) (meta, []string, []string) {
	c := &cleaner{}
	lines = c.dropBanners(lines)
	var body []string
	titleChecked := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if c.dropNav(line) || c.takeMeta(line) {
			continue
		}
		if !titleChecked && i < 12 && headerJunk(line) {
			// 新华网 正文, 澎湃Logo, 摘要, EN: page furniture above the
			// headline, which would otherwise be taken for it.
			c.drop(line)
			continue
		}
		if !titleChecked {
			titleChecked = true
			if isTitleLike(line) {
				c.title = line
				continue
			}
		}
		if reNextPrev.MatchString(line) {
			c.drop(line) // 下一篇：another article's headline
			continue
		}
		if reRelated.MatchString(line) {
			c.drop(line)
			for i+1 < len(lines) && utf8.RuneCountInString(lines[i+1]) <= maxLinkRunes && !strings.HasSuffix(lines[i+1], "。") {
				i++
				c.drop(lines[i])
			}
			continue
		}
		if reShare.MatchString(line) && utf8.RuneCountInString(line) <= maxBannerRunes {
			c.drop(line)
			if i+1 < len(lines) && reCounter.MatchString(lines[i+1]) {
				i++
				c.drop(lines[i])
			}
			continue
		}
		if line = c.trimFragments(line); line == "" {
			continue
		}
		if c.isDuplicateTitle(line) {
			continue
		}
		if kept, dropped := c.dropLine(line); dropped {
			if kept != "" {
				body = append(body, kept)
			}
			continue
		}
		body = append(body, line)
	}
	body = c.dropCopyright(body)
	return c.meta, body, c.removed
}

// dropBanners removes a breadcrumb ("首页 > 滚动资讯 > 正文") near the top and
// the short banner lines above it.
func (c *cleaner) dropBanners(lines []string) []string {
	for i := 0; i < len(lines) && i < 10; i++ {
		if !isBreadcrumb(lines[i]) {
			continue
		}
		for j := 0; j < i; j++ {
			if utf8.RuneCountInString(lines[j]) > maxBannerRunes || strings.Contains(lines[j], "。") {
				// Real text above the breadcrumb: keep it, drop only the crumb.
				c.drop(lines[i])
				return append(lines[:i:i], lines[i+1:]...)
			}
		}
		for _, l := range lines[:i+1] {
			c.drop(l)
		}
		return lines[i+1:]
	}
	return lines
}

func isBreadcrumb(s string) bool {
	if utf8.RuneCountInString(s) > maxTitleRunes {
		return false
	}
	if !reBreadcrumb.MatchString(s) {
		return false
	}
	return strings.Contains(s, "首页") || strings.Contains(s, "正文") || strings.Contains(s, "位置") ||
		strings.Count(s, ">")+strings.Count(s, "»")+strings.Count(s, "›") >= 2
}

func (c *cleaner) dropNav(line string) bool {
	if len(line) > 48 {
		return false
	}
	key := strings.ToLower(strings.ReplaceAll(line, " ", ""))
	if navLines[key] || navWords(key) || reImageFile.MatchString(key) {
		c.drop(line)
		return true
	}
	return false
}

// reImageFile matches a line that is an image's file name (村民_副本.jpg),
// which pages leave where an image stood.
var reImageFile = regexp.MustCompile(`^[^。，,]{1,40}\.(jpe?g|png|gif|bmp|webp)$`)

// navTokens are the words site navigation strings together on one line
// (微信扫一扫分享, 放大 缩小 默认, 【打印】【关闭】), compared in lower case.
var navTokens = []string{"扫一扫", "微信", "微博", "qq空间", "分享到", "分享", "打印本页", "打印", "关闭窗口", "关闭", "收藏", "纠错", "放大", "缩小", "默认", "字号", "大中小", "返回顶部", "返回首页", "手机版"}

// navWords reports whether key (a line without spaces, in lower case) is
// made of navigation tokens alone, with brackets, bars and colons between,
// and holds at least two of them.
func navWords(key string) bool {
	n := 0
	for key != "" {
		if r, size := utf8.DecodeRuneInString(key); strings.ContainsRune("【】[]|｜:：/·•", r) {
			key = key[size:]
			continue
		}
		found := false
		for _, t := range navTokens {
			if rest, ok := strings.CutPrefix(key, t); ok {
				key, found = rest, true
				n++
				break
			}
		}
		if !found {
			return false
		}
	}
	return n >= 2
}

// takeMeta recognises datelines and source lines, records what they say and
// drops them.
func (c *cleaner) takeMeta(line string) bool {
	if len(line) > 4*maxMetaRunes || utf8.RuneCountInString(line) > maxMetaRunes {
		return false
	}
	hasSource := strings.Contains(line, "来源") || strings.Contains(line, "稿源") || strings.Contains(line, "出处")
	if !hasSource && (line[0] < '0' || line[0] > '9') && !reDatePrefix.MatchString(line) {
		return false
	}
	if m := reSource.FindStringSubmatch(line); hasSource && m != nil {
		if c.source == "" {
			c.source = cleanSource(m[1])
		}
		c.drop(line)
		return true
	}
	date, src, ok := parseDateline(line)
	if !ok {
		return false
	}
	if c.date == "" {
		c.date = date
	}
	if c.source == "" {
		c.source = src
	}
	c.drop(line)
	return true
}

// parseDateline reads lines such as "2020-01-21 15:38:37|来源:X|编辑:Y",
// "2019年12月05日 09:45 来源:X" or a bare "2017-06-09": a valid date at the
// start, then only times and meta fields.
func parseDateline(line string) (date, source string, ok bool) {
	s := reDatePrefix.ReplaceAllString(line, "")
	if len(s) == 0 || s[0] < '0' || s[0] > '9' {
		return "", "", false
	}
	loc := reDate.FindStringSubmatchIndex(s)
	if loc == nil {
		return "", "", false
	}
	date, ok = validDate(s[loc[2]:loc[3]], s[loc[4]:loc[5]], s[loc[6]:loc[7]])
	if !ok {
		return "", "", false
	}
	rest := s[loc[1]:]
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == '|' || r == ' ' || r == '｜' }) {
		part = strings.TrimSpace(part)
		switch {
		case part == "" || reTime.MatchString(part):
		case reMetaField.MatchString(part):
			if k, v, found := strings.Cut(part, ":"); found && (k == "来源" || k == "稿源" || k == "出处") && source == "" {
				source = cleanSource(v)
			}
		case utf8.RuneCountInString(part) <= 12 && source != "":
			// A second word of the source ("来源:新华社 北京").
		default:
			return "", "", false
		}
	}
	return date, source, true
}

func validDate(y, m, d string) (string, bool) {
	s := fmt.Sprintf("%s-%02s-%02s", y, m, d)
	s = strings.ReplaceAll(s, " ", "0")
	t, err := time.Parse("2006-01-02", s)
	if err != nil || t.Year() < 1900 || t.Year() > 2100 {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func cleanSource(s string) string {
	return strings.Trim(strings.TrimSpace(s), " ,.;:，。、")
}

// reOutlet matches a line that is only an outlet's or a site section's name
// (新华网 正文, 甘肃日报, 新华网贵州频道, 新浪新闻客户端, 翠翠秀山APP).
var reOutlet = regexp.MustCompile(`^[\p{Han}A-Za-z·]{0,10}(网|日报|晚报|商报|时报|新闻|频道|客户端|APP|app|Logo|logo|网站|在线)[\p{Han}]{0,4}(\s*正文)?$`)

// headerWords are lines of page furniture that can stand above a headline.
var headerWords = map[string]bool{"摘要": true, "导读": true, "返回": true, "全部": true, "首页": true, "查看原文": true, "阅读原文": true,
	"小贴士": true, "阅读提示": true, "关注微信": true, "立即打开": true, "相关文章": true, "搜索": true, "新闻中心": true,
	"洽谈电话": true, "精品原创": true, "正文": true}

// headerJunk reports whether a line above the headline is page furniture: a
// header word, a line of fewer than three Chinese characters mixed with other
// signs (EN, |, •, 首页English), one naming only an outlet or a section, or
// one opening with 首页.
func headerJunk(line string) bool {
	key := strings.ReplaceAll(strings.TrimSpace(line), " ", "")
	han := 0
	for _, r := range key {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if headerWords[key] {
		return true
	}
	if han < 3 {
		// EN, |, •, 首页English; a headline of one or two characters alone
		// (题目) stays.
		return han == 0 || han < utf8.RuneCountInString(key) && utf8.RuneCountInString(key) <= 12
	}
	if utf8.RuneCountInString(key) > 24 {
		return false
	}
	return strings.HasPrefix(key, "首页") || reOutlet.MatchString(key) && !strings.ContainsAny(key, "县乡村镇贫困")
}

// isTitleLike reports whether line reads like a headline.
func isTitleLike(line string) bool {
	n := utf8.RuneCountInString(line)
	if n == 0 || n > maxTitleRunes || strings.Contains(line, "。") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '。', ',', ';', '；', '、', ':':
		return false
	}
	return !((strings.Contains(line, "摄") || strings.Contains(line, "图")) && reCaption.MatchString(line))
}

// trimFragments removes editor, reviewer and credit fragments from a line;
// it returns "" if nothing else was on it. The patterns are tried only
// where they can match (a bracketed tail, a line mentioning 已审), so long
// paragraphs cost a few byte scans.
func (c *cleaner) trimFragments(line string) string {
	if strings.Contains(line, "已审") {
		for _, m := range reReviewed.FindAllString(line, -1) {
			c.drop(m)
		}
		line = strings.TrimSpace(reReviewed.ReplaceAllString(line, ""))
	}
	for {
		i := lastOpenBracket(line)
		if i < 0 {
			return line
		}
		tail := line[i:]
		if !reEditorPar.MatchString(tail) && !reCredit.MatchString(tail) {
			return line
		}
		c.drop(tail)
		line = strings.TrimSpace(line[:i])
	}
}

// lastOpenBracket returns the index of the bracket opening a final
// bracketed fragment of line, or -1 if line does not end in one.
func lastOpenBracket(line string) int {
	last, _ := utf8.DecodeLastRuneInString(line)
	var open string
	switch last {
	case ')':
		open = "("
	case '）':
		open = "（"
	case ']':
		open = "["
	case '】':
		open = "【"
	default:
		return -1
	}
	i := strings.LastIndex(line, open)
	if i < 0 || len(line)-i > 160 {
		return -1
	}
	return i
}

// isDuplicateTitle drops a line repeating the title, perhaps behind
// 【栏目】 tags.
func (c *cleaner) isDuplicateTitle(line string) bool {
	if c.title == "" {
		return false
	}
	if strings.TrimSpace(reLeadTags.ReplaceAllString(line, "")) == c.title {
		c.drop(line)
		return true
	}
	return false
}

// dropLine applies the whole-line rules; the length tests come first so
// that body paragraphs skip the patterns. A photo caption loses its credit
// (记者某某 摄, 图/某某, (7月21日摄)) but keeps what it describes, as a
// sentence of its own: annotators take facts from captions (a program at a
// resettlement site, an industry shown, an official inspecting), so kept is
// that description, or "" when nothing but the credit was on the line.
func (c *cleaner) dropLine(line string) (kept string, dropped bool) {
	n := utf8.RuneCountInString(line)
	if n > maxCaptionRunes {
		return "", false
	}
	switch {
	case n <= maxBannerRunes && reEditorLine.MatchString(line),
		n <= maxLinkRunes && reKeywords.MatchString(line),
		n <= maxBannerRunes && !strings.Contains(line, "。") && reByline.MatchString(line),
		n <= maxBannerRunes && reIssue.MatchString(line):
		c.drop(line)
		return "", true
	}
	if !strings.Contains(line, "摄") && !strings.Contains(line, "图") {
		return "", false
	}
	if loc := reCaption.FindStringIndex(line); loc != nil {
		rest := strings.TrimSpace(line[:loc[0]])
		last, _ := utf8.DecodeLastRuneInString(rest)
		if last != '。' && last != '！' && last != '？' {
			desc := captionDescription(rest)
			if desc == "" {
				c.drop(line)
				return "", true
			}
			if strings.HasPrefix(line, desc) {
				c.drop(strings.TrimSpace(line[len(desc):]))
			} else {
				c.drop(line)
			}
			if last, _ := utf8.DecodeLastRuneInString(desc); last != '。' && last != '！' && last != '？' {
				desc += "。"
			}
			return desc, true
		}
	}
	return "", false
}

var (
	// reCaptionAgency is the agency or role left before a photographer's
	// name: 新华社记者, 本报记者, 人民网通讯员.
	reCaptionAgency = regexp.MustCompile(`[\s。.]*((新华社|本报|[\p{Han}]{1,6}(报|台|网|社|中心))?(特约)?(记者|通讯员)|新华社发)\s*$`)
	// reCaptionDate is the bracketed shooting date of a caption: (7月21日摄),
	// （资料图片）, (无人机照片).
	reCaptionDate = regexp.MustCompile(`[（(][^（()）]{0,24}(摄|图片|照片|图)[)）]\s*[。.]?\s*$`)
)

// captionDescription returns the start of a caption that describes the
// photo, without its credit, or "" when fewer than six Han characters
// remain.
func captionDescription(rest string) string {
	for {
		r := strings.TrimSpace(reCaptionDate.ReplaceAllString(reCaptionAgency.ReplaceAllString(rest, ""), ""))
		if r == rest {
			break
		}
		rest = r
	}
	rest = strings.TrimRight(rest, " ,，、:：;；")
	han := 0
	for _, r := range rest {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han < 6 {
		return ""
	}
	return rest
}

func copyrightScore(line string) (strong bool, weak int) {
	var seen uint32 // bit k: copyrightWeak[k] was found
	for i, r := range line {
		if r >= 1<<16 || copyrightFirst[r>>6]&(1<<(r&63)) == 0 {
			continue
		}
		for _, p := range copyrightByFirst[r] {
			if strings.HasPrefix(line[i:], p.text) {
				if p.weak < 0 {
					strong = true
				} else {
					seen |= 1 << p.weak
				}
			}
		}
	}
	if !strong && strings.ContainsAny(line, "cC") {
		l := strings.ToLower(line)
		for _, s := range copyrightASCII {
			if strings.Contains(l, s) {
				strong = true
				break
			}
		}
	}
	return strong, bits.OnesCount32(seen)
}

// copyrightPhrase is a strong phrase (weak < 0) or the weak word
// copyrightWeak[weak], found by copyrightScore in one pass over a line.
type copyrightPhrase struct {
	text string
	weak int
}

// copyrightByFirst holds the phrases of copyrightStrong and copyrightWeak by
// their first rune, and copyrightFirst is the set of those runes (a bit per
// rune of the Basic Multilingual Plane), so most runes of a line cost one
// bit test.
var copyrightByFirst, copyrightFirst = func() (map[rune][]copyrightPhrase, *[1 << 10]uint64) {
	by := map[rune][]copyrightPhrase{}
	first := new([1 << 10]uint64)
	add := func(s string, weak int) {
		r, _ := utf8.DecodeRuneInString(s)
		if r >= 1<<16 {
			panic("textnorm: copyright phrase outside the BMP: " + s)
		}
		by[r] = append(by[r], copyrightPhrase{s, weak})
		first[r>>6] |= 1 << (r & 63)
	}
	for _, s := range copyrightStrong {
		add(s, -1)
	}
	if len(copyrightWeak) > 32 {
		panic("textnorm: more than 32 weak copyright words")
	}
	for k, w := range copyrightWeak {
		add(w, k)
	}
	return by, first
}()

// dropCopyright removes copyright and reprint notices. A line qualifies with
// a strong phrase or two weak words, and must sit in the last part of the
// article unless it has three or more; neighbours of such lines with one
// weak word join them (numbered clauses of a notice).
func (c *cleaner) dropCopyright(body []string) []string {
	n := len(body)
	mark := make([]bool, n)
	weak := make([]int, n)
	for i, l := range body {
		if len(l) > 1600 || utf8.RuneCountInString(l) > 400 {
			continue // a long paragraph is not a notice
		}
		s, w := copyrightScore(l)
		weak[i] = w
		hits := w
		if s {
			hits += 2
		}
		tail := i*10 >= n*6
		if (s || w >= 2) && (tail || hits >= 3) {
			mark[i] = true
		}
	}
	// Runs of weak lines next to a marked one join it: one sweep each way.
	for i := 1; i < n; i++ {
		if !mark[i] && weak[i] > 0 && mark[i-1] {
			mark[i] = true
		}
	}
	for i := n - 2; i >= 0; i-- {
		if !mark[i] && weak[i] > 0 && mark[i+1] {
			mark[i] = true
		}
	}
	out := body[:0]
	for i, l := range body {
		if mark[i] {
			c.drop(l)
			continue
		}
		out = append(out, l)
	}
	return out
}
