package synth

// Word lists the generator draws from, all in simplified script; tables.go
// converts each entry to traditional script once.

// surnames are common Chinese surnames, most frequent first.
var surnames = splitChars("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤晋范常温岳")

// givenChars are characters of given names.
var givenChars = splitChars("伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文辉力永健世广海红林波宁春晓东峰宇鹏飞斌新生振忠荣庆福祥金德成兴昌洪岐宏俊浩凯亮彬鑫玉兰梅琳晶莉雪慧云清源江山虎龙光远达贵富胜利学思长全安和顺义仁智勤民中少正维义卫继长有树保喜占双立先武军福培广泽启胜宝家兵翠凤丹琴燕萍亚")

// placeChars make invented village and town names.
var placeChars = splitChars("东西南北新红光明兴隆永安和平丰胜利大小石河山沟桥湾岭坪坝营屯庄寨堡泉水林杨柳松青龙凤双三太宝福金马牛羊黄白柏桃李花茶岔口台甸阳")

// programs are national program types of the genre, with the variants news
// text writes (易地搬迁, 扶贫小额贷款) alongside the canonical forms.
var programs = []string{
	"产业扶贫", "光伏扶贫", "易地扶贫搬迁", "教育扶贫", "健康扶贫", "消费扶贫", "电商扶贫",
	"金融扶贫", "危房改造", "扶贫小额信贷", "就业扶贫", "生态扶贫", "科技扶贫", "旅游扶贫",
	"乡村旅游扶贫", "社会扶贫", "行业扶贫", "文化扶贫", "交通扶贫", "水利扶贫", "网络扶贫",
	"党建扶贫", "社会保障扶贫", "电力扶贫", "技能扶贫", "易地搬迁", "农村危房改造", "扶贫小额贷款",
	"专业扶贫", "兜底保障",
}

// slogans are national frameworks that articles quote; they are no programs.
var slogans = []string{
	"两不愁三保障", "五个一批", "六个精准", "四个不摘", "三落实", "三精准", "三保障",
	"扶真贫、真扶贫、真脱贫", "精准扶贫、精准脱贫", "三通三有", "三率一度", "两不愁、三保障",
}

// Industry categories decide which scale phrases fit.
const (
	catPlant = iota
	catLive
	catFungi
	catSolar
	catTour
	numCats
)

type industryWord struct {
	name string
	cat  int
	unit string // count unit for livestock
}

var industries = []industryWord{
	{"光伏", catSolar, ""}, {"水稻", catPlant, ""}, {"食用菌", catFungi, ""}, {"黑木耳", catFungi, ""},
	{"香菇", catFungi, ""}, {"羊肚菌", catFungi, ""}, {"人参", catPlant, ""}, {"苹果", catPlant, ""},
	{"肉牛", catLive, "头"}, {"蓝莓", catPlant, ""}, {"中药材", catPlant, ""}, {"茶叶", catPlant, ""},
	{"核桃", catPlant, ""}, {"花椒", catPlant, ""}, {"乡村旅游", catTour, ""}, {"马铃薯", catPlant, ""},
	{"猕猴桃", catPlant, ""}, {"柑橘", catPlant, ""}, {"脐橙", catPlant, ""}, {"葡萄", catPlant, ""},
	{"枸杞", catPlant, ""}, {"红枣", catPlant, ""}, {"油茶", catPlant, ""}, {"烤烟", catPlant, ""},
	{"蔬菜", catPlant, ""}, {"辣椒", catPlant, ""}, {"魔芋", catPlant, ""}, {"百香果", catPlant, ""},
	{"芒果", catPlant, ""}, {"刺梨", catPlant, ""}, {"杂粮", catPlant, ""}, {"沙棘", catPlant, ""},
	{"生猪", catLive, "头"}, {"肉羊", catLive, "只"}, {"滩羊", catLive, "只"}, {"牦牛", catLive, "头"},
	{"奶牛", catLive, "头"}, {"蛋鸡", catLive, "羽"}, {"乌鸡", catLive, "羽"}, {"大鹅", catLive, "只"},
	{"中蜂", catLive, "箱"}, {"休闲农业", catTour, ""}, {"贝母", catPlant, ""}, {"草莓", catPlant, ""},
	{"小杂果", catPlant, ""}, {"冷水鱼", catLive, "尾"}, {"黄牛", catLive, "头"}, {"林下经济", catPlant, ""},
}

// newspapers are national sources; provincial and prefectural 日报 are
// derived from the article's places.
var newspapers = []string{
	"人民日报", "经济日报", "农民日报", "光明日报", "中国青年报", "中国扶贫", "人民网", "新华网",
	"中央广电总台国际在线", "中国网", "央广网", "工人日报", "法治日报", "中国县域经济报",
}

var directions = []string{"东部", "西部", "南部", "北部", "东南部", "东北部", "西南部", "西北部", "中部", "中东部", "中西部"}

// contiguous are the contiguous destitute areas, by province code prefix.
var contiguous = map[string][]string{
	"13": {"燕山—太行山片区"}, "14": {"吕梁山片区", "燕山—太行山片区"}, "15": {"燕山—太行山片区", "大兴安岭南麓山区"},
	"22": {"大兴安岭南麓山区"}, "23": {"大兴安岭南麓山区"}, "34": {"大别山片区"}, "36": {"罗霄山片区"},
	"41": {"大别山片区", "秦巴山片区"}, "42": {"武陵山片区", "秦巴山片区", "大别山片区"},
	"43": {"武陵山片区", "罗霄山片区"}, "45": {"滇桂黔石漠化片区"}, "50": {"武陵山片区", "秦巴山片区"},
	"51": {"乌蒙山片区", "秦巴山片区", "四省藏区"}, "52": {"乌蒙山片区", "武陵山片区", "滇桂黔石漠化片区"},
	"53": {"乌蒙山片区", "滇西边境山区", "滇桂黔石漠化片区", "四省藏区"}, "54": {"西藏区"},
	"61": {"秦巴山片区", "六盘山片区", "吕梁山片区"}, "62": {"六盘山片区", "秦巴山片区", "四省藏区"},
	"63": {"六盘山片区", "四省藏区"}, "64": {"六盘山片区"}, "65": {"南疆四地州"},
}

// helpers maps the province code prefix of an assisted county to the
// provinces whose districts and cities assist it (东西部扶贫协作 and 对口支援
// pairings of 2016–2020).
var helpers = map[string][]string{
	"62": {"12", "37", "35"}, "52": {"31", "32", "33", "44"}, "53": {"31", "44"}, "51": {"33", "44"},
	"64": {"35"}, "63": {"11", "12", "31", "32", "33", "37"}, "65": {"11", "12", "31", "44", "33", "32", "37", "35"},
	"54": {"11", "32", "31", "37", "12", "44", "35", "33"}, "45": {"44"}, "50": {"37"}, "15": {"11"},
	"13": {"11", "12"}, "61": {"32"}, "22": {"33"}, "23": {"44"}, "42": {"33"}, "43": {"37"},
}

// eastern are the provinces that only give help; no subject county is drawn
// from them, nor from 台湾, 香港 and 澳门.
var eastern = map[string]bool{"11": true, "12": true, "31": true, "32": true, "33": true, "35": true, "37": true, "44": true, "71": true, "81": true, "82": true}

// initiative parts make quoted local initiatives: “三个一批”, “四联四帮”, “1+N”.
var (
	cnDigits    = splitChars("一二三四五六七八九十")
	initNouns   = []string{"一批", "到位", "全覆盖", "精准", "确保", "创新", "结合", "强化", "清零", "提升", "保障", "联动", "统筹", "落实", "行动"}
	initVerbs   = splitChars("联帮带扶包促抓建")
	initActors  = []string{"龙头企业", "合作社", "贫困户", "基地", "电商", "党支部", "村集体", "能人", "产业", "消费扶贫", "金融", "保险"}
	initSymbols = []string{"N", "X", "3", "4", "5", "6", "14"}
)

// orgs are institutions that help villages; they are no partner regions.
var orgs = []string{"省电视台", "省农委", "省直部门", "市直部门", "央企", "省农业农村厅", "市农业农村局", "省工商联", "国家开发银行", "县直部门"}

// companyWords and companyKinds make invented company names.
var (
	companyWords = []string{"绿源", "金穗", "丰禾", "康达", "鑫旺", "兴农", "瑞丰", "天润", "宏达", "山野", "农夫", "福农", "嘉禾", "润田", "华康", "盛源"}
	companyKinds = []string{"农业发展", "牧业", "生物科技", "食品", "农产品开发", "生态农业", "电子商务"}
)

// villagerSays are quotes of villagers.
var villagerSays = []string{
	"现在日子一天比一天好了，心里踏实",
	"过去住的是土坯房，现在住进了砖瓦房，做梦都没想到",
	"在家门口就能打工挣钱，还能照顾老人孩子",
	"合作社年底分红，今年又多了一笔收入",
	"党的政策好，干部帮扶到家里，我们也得加油干",
	"以前出门一身土，现在出门走的是水泥路",
	"孩子上学不花钱，看病也能报销，没啥后顾之忧了",
	"跟着合作社干，技术有人教，销路不用愁",
	"好日子是干出来的，靠等靠要过不上好日子",
}

// officialSays are quotes of officials.
var officialSays = []string{
	"脱贫攻坚是第一民生工程",
	"实现高质量脱贫摘帽目标是我们必须完成的政治任务",
	"产业是脱贫的根本，只有产业发展起来，群众才能稳定增收",
	"脱贫摘帽不是终点，而是新生活、新奋斗的起点",
	"我们要坚持摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管",
	"扶贫先扶志，扶贫必扶智",
	"越是到最后关头，越要绷紧弦、加把劲",
	"决不能让一个贫困群众在全面小康路上掉队",
	"群众满意不满意，是检验脱贫成效的根本标准",
	"回顾脱贫攻坚历程，我感触和收获很多",
}

// related are headlines of the 猜你喜欢 lists.
var related = []string{
	"既要继续攻坚 也要防止返贫", "致富闯路人带领贫困户“熬”出幸福", "『贫困户』过年", "脱贫攻坚应及时清理“淤堵点”",
	"贫困户 脱贫靠产业", "四十年巨变数字看发展", "脱贫攻坚 重在落实", "互助：“联动”方能攻坚",
	"重要的是给贫困户一份自立", "扶贫路上的“领头雁”", "驻村第一书记的一天", "小庭院里的大产业",
	"易地搬迁户的新生活", "消费扶贫助农增收", "电商直播带货忙", "脱贫户的“致富经”", "山沟里飞出“金凤凰”",
	"一条路带富一个村", "扶贫车间开到家门口", "决战决胜 奋力冲刺",
}

func splitChars(s string) []string {
	out := make([]string, 0, len(s)/3)
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}
