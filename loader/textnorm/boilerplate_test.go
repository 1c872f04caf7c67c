package textnorm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// cleaned is what the boilerplate tests compare.
type cleaned struct {
	Title, Date, Source string
	Body                []string
	Removed             []string
}

var cleanCases = []struct {
	name string
	in   string
	want cleaned
}{
	{
		name: "DatelineWithEditors",
		in:   "标题一则\n2021-05-06 07:08:09|来源:某某日报|编辑:张三|责编:李四\n正文。",
		want: cleaned{"标题一则", "2021-05-06", "某某日报", []string{"正文。"},
			[]string{"2021-05-06 07:08:09|来源:某某日报|编辑:张三|责编:李四"}},
	},
	{
		name: "ChineseDateline",
		in:   "访谈录\n2018年1月2日 09:45 来源:某某晚报\n本报记者赵六\n正文第一段。",
		want: cleaned{"访谈录", "2018-01-02", "某某晚报", []string{"正文第一段。"},
			[]string{"2018年1月2日 09:45 来源:某某晚报", "本报记者赵六"}},
	},
	{
		name: "BareDateAndSourceAtEnd",
		in:   "题目\n2016-02-29\n正文。\n(来源:某某时报)",
		want: cleaned{"题目", "2016-02-29", "某某时报", []string{"正文。"}, []string{"2016-02-29", "(来源:某某时报)"}},
	},
	{
		name: "InvalidDateIsText",
		in:   "题目\n2019-02-30\n正文。",
		want: cleaned{Title: "题目", Body: []string{"2019-02-30", "正文。"}},
	},
	{
		name: "BodyFirstNoTitle",
		in:   "日前,某县召开大会,部署全年工作。\n会议要求。",
		want: cleaned{Body: []string{"日前,某县召开大会,部署全年工作。", "会议要求。"}},
	},
	{
		name: "BreadcrumbAndBanners",
		in:   "专题栏目\n热点 推荐\n首页 > 要闻 > 正文\n真正的标题\n正文。",
		want: cleaned{Title: "真正的标题", Body: []string{"正文。"},
			Removed: []string{"专题栏目", "热点 推荐", "首页 > 要闻 > 正文"}},
	},
	{
		name: "NextAndPreviousBehindBullets",
		in:   "题目\n正文。\n  • 上一篇:【动态】甲县易地搬迁户全部入住\n- 下一篇文章: 乙县召开大会",
		want: cleaned{Title: "题目", Body: []string{"正文。"},
			Removed: []string{"  • 上一篇:【动态】甲县易地搬迁户全部入住", "- 下一篇文章: 乙县召开大会"}},
	},
	{
		name: "NavigationWordsStrungTogether",
		in:   "微信扫一扫分享\n放大 缩小 默认\n东西牵手 精准帮扶\n正文。",
		want: cleaned{Title: "东西牵手 精准帮扶", Body: []string{"正文。"},
			Removed: []string{"微信扫一扫分享", "放大 缩小 默认"}},
	},
	{
		name: "OneNavigationWordInATitleStays",
		in:   "分享经济助脱贫\n正文。",
		want: cleaned{Title: "分享经济助脱贫", Body: []string{"正文。"}},
	},
	{
		name: "FurnitureAboveTheHeadline",
		in:   "EN\n新华网 正文\n摘要\n甲县脱贫摘帽\n正文。",
		want: cleaned{Title: "甲县脱贫摘帽", Body: []string{"正文。"},
			Removed: []string{"EN", "新华网 正文", "摘要"}},
	},
	{
		name: "OutletWithAPlaceWordIsAHeadline",
		in:   "甲县贫困户的新闻\n正文。",
		want: cleaned{Title: "甲县贫困户的新闻", Body: []string{"正文。"}},
	},
	{
		name: "ImageFileName",
		in:   "甲乡的村民_副本.jpg\n甲县脱贫摘帽\n正文。\nIMG_0012.JPG",
		want: cleaned{Title: "甲县脱贫摘帽", Body: []string{"正文。"},
			Removed: []string{"甲乡的村民_副本.jpg", "IMG_0012.JPG"}},
	},
	{
		name: "RelatedListAndShare",
		in:   "题目\n正文。\n(责任编辑:王五)\n分享到:\n12.3K\n相关阅读\n链接一\n链接二",
		want: cleaned{Title: "题目", Body: []string{"正文。"},
			Removed: []string{"(责任编辑:王五)", "分享到:", "12.3K", "相关阅读", "链接一", "链接二"}},
	},
	{
		name: "ReviewedTagAndRepeatedTitle",
		in:   "某县推进工作\n第一段。\n【张某已审】【某省】某县推进工作\n图片说明文字 摄影 王某\n第二段。",
		want: cleaned{Title: "某县推进工作", Body: []string{"第一段。", "图片说明文字。", "第二段。"},
			Removed: []string{"【张某已审】", "【某省】某县推进工作", "摄影 王某"}},
	},
	{
		name: "CaptionKeepsDescription",
		in:   "题目\n正文。\n某县某镇的搬迁安置点(5月3日摄)。新华社记者 王某 摄\n人物 图/李某\n第二段。",
		want: cleaned{Title: "题目", Body: []string{"正文。", "某县某镇的搬迁安置点。", "第二段。"},
			Removed: []string{"(5月3日摄)。新华社记者 王某 摄", "人物 图/李某"}},
	},
	{
		name: "CreditFragment",
		in:   "题目\n最后一段。(文 张某 编辑 李某某)",
		want: cleaned{Title: "题目", Body: []string{"最后一段。"}, Removed: []string{"(文 张某 编辑 李某某)"}},
	},
	{
		name: "NavKeywordsIssue",
		in:   "APP下载\n题目\n某某杂志 2019年第3期\n关键词:扶贫 产业\n正文。",
		want: cleaned{Title: "题目", Body: []string{"正文。"},
			Removed: []string{"APP下载", "某某杂志 2019年第3期", "关键词:扶贫 产业"}},
	},
	{
		name: "CopyrightBlock",
		in: "题目\n正文一。\n正文二。\n正文三。\n正文四。\n本网版权声明:\n" +
			"1、本网所有信息内容由本网主办。经本网授权方可使用。\n" +
			"2、凡注明来源的内容,未经书面授权,不得转载、摘编。",
		want: cleaned{Title: "题目", Body: []string{"正文一。", "正文二。", "正文三。", "正文四。"},
			Removed: []string{"本网版权声明:", "1、本网所有信息内容由本网主办。经本网授权方可使用。", "2、凡注明来源的内容,未经书面授权,不得转载、摘编。"}},
	},
	{
		name: "ReprintNotice",
		in:   "题目\n正文。\n本文为转载,不代表本号立场,仅供读者参考。",
		want: cleaned{Title: "题目", Body: []string{"正文。"}, Removed: []string{"本文为转载,不代表本号立场,仅供读者参考。"}},
	},
	{
		name: "CopyrightWordInBodyStays",
		in:   "题目\n该县加强知识产权和版权保护,打击侵权行为。\n正文二。\n正文三。\n正文四。\n正文五。",
		want: cleaned{Title: "题目", Body: []string{"该县加强知识产权和版权保护,打击侵权行为。", "正文二。", "正文三。", "正文四。", "正文五。"}},
	},
	{
		name: "AgencyPrefixStays",
		in:   "某地频道消息(记者某某):日前,某县召开会议。",
		want: cleaned{Body: []string{"某地频道消息(记者某某):日前,某县召开会议。"}},
	},
}

func TestClean(t *testing.T) {
	for _, tc := range cleanCases {
		t.Run(tc.name, func(t *testing.T) {
			m, body, removed := clean(strings.Split(tc.in, "\n"))
			got := cleaned{m.title, m.date, m.source, body, removed}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("clean mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNavWords: two navigation words strung together make a nav line; one
// alone, or with other words, does not.
func TestNavWords(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"微信扫一扫分享", true},
		{"【打印】【关闭】", true},
		{"微信", false},
		{"分享经济助脱贫", false},
	} {
		if got := navWords(tc.key); got != tc.want {
			t.Errorf("navWords(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}
