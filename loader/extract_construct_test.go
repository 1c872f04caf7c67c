package loader

import (
	"strings"
	"testing"
)

// Constructions seen in real reports (issue 10), each restated in our own
// words with other names and places. One case per construction: a rule that
// passes them is meant to hold on text nobody here has read.

var constructionPartnerCases = []ruleCase{
	{"HelpedListWithHelperAfter", "固原市\n具体为原州区、西吉县与福建省福州市鼓楼区结对，隆德县与台江区结对。", "",
		[]string{"鼓楼区>原州区", "鼓楼区>西吉县", "台江区>隆德县", "福州市>原州区", "福州市>西吉县"}},
	{"JointHelpersAfterAnotherPair", "昌都市\n福建分别安排福州市对口援建察雅县、莆田市及三明市共同对口援建丁青县。", "",
		[]string{"福州市>察雅县", "莆田市>丁青县", "三明市>丁青县"}},
	{"PrefectureAsAddressIsNoSide", "沿河县\n2018年，江苏省苏州市吴江区与贵州省铜仁市沿河县正式结对。吴江区投入资金5000万元，沿河县建起了茶叶基地。铜仁市召开东西部扶贫协作推进会。", "",
		[]string{"吴江区>沿河县", "苏州市>沿河县"}},
	{"CityAndDistrictBothHelp", "从江县\n浙江省杭州市萧山区对口帮扶贵州省黔东南州从江县，萧山区投入资金8000万元。", "",
		[]string{"萧山区>从江县", "杭州市>从江县"}},
	{"MunicipalityIsProvince", "从江县\n北京市丰台区对口帮扶河北省张家口市康保县。", "",
		[]string{"丰台区>康保县"}},
	{"HelperListEachWithOwn", "东西部扶贫协作\n在东西部扶贫协作中，宁波市帮扶黔西南州、大连市帮扶六盘水市、广州市帮扶毕节市。", "",
		[]string{"宁波市>黔西南州", "大连市>六盘水市", "广州市>毕节市"}},
	{"OneHelperSeveralHelped", "萧山区\n萧山区结对帮扶的从江县、榕江县和凯里市均已脱贫摘帽。", "",
		[]string{"萧山区>从江县", "萧山区>榕江县", "萧山区>凯里市"}},
	{"PairedWith", "会泽县\n会泽县与上海市嘉定区结对以来，两地互访频繁。", "",
		[]string{"嘉定区>会泽县"}},
	{"HandInHandShort", "镇雄县\n近年来，浙江省嘉兴市南湖区携手镇雄县，共建产业园区3个。", "",
		[]string{"南湖区>镇雄县", "嘉兴市>镇雄县"}},
	{"CounterpartSupport", "墨竹工卡县\n北京市朝阳区对口支援墨竹工卡县，援建项目42个。", "",
		[]string{"朝阳区>墨竹工卡县"}},
	{"IsHelperUnitOf", "会泽县\n嘉定区是会泽县的对口帮扶单位。两地签订协议。", "",
		[]string{"嘉定区>会泽县"}},
	{"HelperOfIs", "镇雄县\n镇雄县的东西部扶贫协作结对区是南湖区。", "",
		[]string{"南湖区>镇雄县"}},
	{"PrefectureToPrefecture", "六盘水市\n大连市对口帮扶六盘水市以来，双方共建产业园5个。", "",
		[]string{"大连市>六盘水市"}},
	{"CityToLeague", "锡林郭勒盟\n北京市对口帮扶锡林郭勒盟，北京市东城区帮扶太仆寺旗。", "",
		[]string{"东城区>太仆寺旗"}},
	{"ProvinceAbbreviation", "闽宁协作\n闽宁协作二十多年来，福建与宁夏共同推进扶贫。粤桂协作成效明显。", "",
		nil},
	{"RespectivePairs", "承德县\n天津市河西区、南开区、红桥区分别与河北省承德市丰宁县、隆化县、滦平县签署了结对帮扶协议。", "",
		[]string{"河西区>丰宁县", "南开区>隆化县", "红桥区>滦平县"}},
	{"PairsByOrderOfLists", "海南州\n多年来，南京市、无锡市、苏州市对口支援的青海海南州共和县、贵德县、同德县全部脱贫摘帽。", "",
		[]string{"南京市>共和县", "无锡市>贵德县", "苏州市>同德县"}},
	{"TwoByTwoWithoutRespectivelyIsNotZipped", "会泽县\n嘉定区、宝山区对口帮扶会泽县、镇雄县。", "",
		[]string{"宝山区>会泽县", "宝山区>镇雄县", "嘉定区>会泽县"}},
	{"FormerCountyName", "平泉县\n天津市西青区对口帮扶平泉县，两地签订协议。", "",
		[]string{"西青区>平泉市"}},
	{"CooperationParagraph", "大方县\n在东西部扶贫协作中，广州市白云区与大方县开展协作，共同建设蔬菜基地。", "",
		[]string{"白云区>大方县", "广州市>大方县"}},
}

func TestConstructionPartners(t *testing.T) {
	runRuleCases(t, constructionPartnerCases, func(r EvalRecord) []string {
		var out []string
		for _, p := range r.Partners {
			out = append(out, p.Helper+">"+p.Helped)
		}
		return out
	})
}

var constructionCountyCases = []ruleCase{
	{"NeighbourInPassing", "保靖县脱贫摘帽\n保靖县发展茶叶产业，保靖县脱贫摘帽。与保靖县相邻的永顺县芙蓉镇游客很多，两县在旅游上合作紧密。", "",
		[]string{"保靖县"}},
	{"PlaceInsideAnOfficialsName", "访昌宁县委书记曹永康\n曹永康：昌宁县发展茶叶产业。\n曹永康：昌宁县的贫困人口逐年减少。曹永康说，全县已脱贫。", "",
		[]string{"昌宁县"}},
	{"CountyLevelCity", "凯里市脱贫攻坚\n凯里市位于贵州东南部。近年来，凯里市大力发展蔬菜产业，凯里市脱贫摘帽。", "",
		[]string{"凯里市"}},
	{"Banner", "太仆寺旗\n太仆寺旗地处内蒙古中部，太仆寺旗大力发展马铃薯产业，太仆寺旗实现脱贫。", "",
		[]string{"太仆寺旗"}},
	{"EasternDistrictHelper", "萧山区助力从江县\n萧山区对口帮扶从江县。萧山区投入资金，从江县发展香禽产业。", "",
		[]string{"萧山区", "从江县"}},
	{"ConjunctionBeforeCountyLevel", "会泽县脱贫\n会泽县脱贫摘帽，全市和县直各部门、城市和县(区)城镇都出了力。", "",
		[]string{"会泽县"}},
	{"TownNameOpeningWithACounty", "泸溪县\n泸溪县发展椪柑。走进古县渡镇建桥村，漫山遍野都是果树。", "",
		[]string{"泸溪县"}},
	{"CountyInsideAnotherPlacesName", "泽库县\n泽库县脱贫摘帽。新华社青海省黄南县6月29日电，泽库县发展牦牛。", "",
		[]string{"泽库县"}},
	{"ExitListGroupedByPrefecture", "陕西多县摘帽\n经评估，延安市宜川县、黄龙县，榆林市佳县、吴堡县、清涧县退出贫困县序列。", "",
		[]string{"宜川县", "黄龙县", "佳县", "吴堡县", "清涧县"}},
	{"ExitListItemHeadedByPrefecture", "湖北四县区摘帽\n经省政府批准，郧西县、竹山县、十堰市张湾区、房县等4个县(区)退出贫困县序列。", "",
		[]string{"郧西县", "竹山县", "张湾区", "房县"}},
	{"ExitListOwnSentence", "河北公示拟退出县\n经验收，以上各县达到贫困县退出标准，拟退出贫困县序列。名单如下：\n平山县、阜平县、涞源县、顺平县。", "",
		[]string{"平山县", "阜平县", "涞源县", "顺平县"}},
	{"ExitListOnePerLine", "湖南四县摘帽\n今年已脱贫摘帽的贫困县分别是\n湘西州(3个)\n泸溪县\n凤凰县\n花垣县\n邵阳市(1个)\n城步县", "",
		[]string{"泸溪县", "凤凰县", "花垣县", "城步县"}},
	{"PlannedExitsAreNotReported", "湖南计划摘帽\n明年计划脱贫摘帽的贫困县分别是\n湘西州(3个)\n泸溪县\n凤凰县\n花垣县", "",
		nil},
	{"NotYetExitedList", "湖南扶贫\n目前，泸溪县、凤凰县、花垣县尚未摘帽。", "",
		nil},
	{"ShortFormListCountedWhole", "湖南四县摘帽\n会上通报，泸溪、保靖、花垣和古丈县4个深度贫困县全部脱贫摘帽。", "",
		[]string{"泸溪县", "保靖县", "花垣县", "古丈县"}},
	{"CountyListAsExamples", "江西脱贫\n全省贫困县全部摘帽，瑞金市、于都县、兴国县等地发展了脐橙产业。", "",
		nil},
	{"NameHoldingShortForm", "康保县\n刘镇平2019年底来到康保县挂职副县长。", "",
		[]string{"康保县"}},
}

func TestConstructionCounties(t *testing.T) {
	runRuleCases(t, constructionCountyCases, func(r EvalRecord) []string { return r.Counties })
}

var constructionOfficialCases = []ruleCase{
	{"ThreeCharacterNameBeforeVerbThatMakesAWord", "班玛县\n班玛县委书记周建华表示，全县已脱贫。", "",
		[]string{"周建华|县委书记|班玛县"}},
	{"ThreeCharacterNameBeforeTiaoyan", "班玛县\n班玛县委书记王立强调研易地搬迁安置点。", "",
		[]string{"王立强|县委书记|班玛县"}},
	{"RecurringVerbAfterTwoCharacterName", "勐腊县\n勐腊县副县长岩罕介绍，全县橡胶收入增加。岩罕介绍，明年还将扩种。", "",
		[]string{"岩罕|副县长|勐腊县"}},
	{"RareSurname", "石楼县\n山西省石楼县委书记蹇明峰说，全县已脱贫。", "",
		[]string{"蹇明峰|县委书记|石楼县"}},
	{"AdverbAfterTwoCharacterName", "班玛县\n班玛县委书记王勇也表示，全县已脱贫。", "",
		[]string{"王勇|县委书记|班玛县"}},
	{"BodyOfThePlaceAfterItsPrefecture", "班玛县\n果洛州班玛县农牧局局长李国强介绍，全县已脱贫。", "",
		[]string{"李国强|县农牧局局长|班玛县"}},
	{"NameLinkedToPostByZuowei", "松山村\n李建明作为省农业厅派驻松山村的“第一书记”，一年来走遍了全村。", "",
		[]string{"李建明|第一书记|"}},
	{"NameLinkedToPostByShi", "镇安县松山村\n李建明是松山村的第一书记，他说村里种上了花椒。", "",
		[]string{"李建明|第一书记|松山村"}},
	{"BodyWithoutLevelInChain", "岚县座谈\n忻州市政府副市长、公安局局长张志远，岚县县委书记王海参加。", "",
		[]string{"张志远|副市长,市公安局局长|忻州市", "王海|县委书记|岚县"}},
	{"DeputiesOfTheSameBodyAfterComma", "镇安县视察\n镇安县人大常委会主任李明华，副主任王建国、赵秀英参加，县政府副县长陈立新陪同。", "",
		[]string{"李明华|县人大常委会主任|镇安县", "王建国|县人大常委会副主任|镇安县", "赵秀英|县人大常委会副主任|镇安县", "陈立新|副县长|镇安县"}},
	{"NameBeforeCeremonialSpeech", "岚县脱贫\n岚县县委书记邬晓东致辞，县委副书记田立军主持。", "",
		[]string{"邬晓东|县委书记|岚县", "田立军|县委副书记|岚县"}},
	{"GovernmentBeforeNextTitle", "丹凤县协作\n丹凤县委常委、县政府常务副县长孔令军汇报了协作工作。", "",
		[]string{"孔令军|县委常委,常务副县长|丹凤县"}},
	{"HeInThreeCharacterName", "镇安县会议\n镇安县委常委、宣传部长李和平，县政府党组成员赵建参加。", "",
		[]string{"李和平|县委常委,宣传部长|镇安县", "赵建|县政府党组成员|镇安县"}},
	{"SpokespersonContinuesChain", "林芝市发布会\n林芝市政府副市长、新闻发言人王立军介绍了脱贫情况。", "",
		[]string{"王立军|副市长,新闻发言人|林芝市"}},
	{"AsideAfterTitle", "百色市发布会\n百色市委宣传部副部长、市政府新闻办主任（兼）刘志平主持发布会。", "",
		[]string{"刘志平|市委宣传部副部长,市政府新闻办主任|百色市"}},
	{"VillageSecretaryShortForm", "会泽县\n会泽县大海乡新山村村书记张国华说，村里种上了中药材。", "",
		[]string{"张国华|村党支部书记|新山村"}},
	{"NameBeforeSaid", "会泽县\n会泽县委书记赵建说，会泽县将继续发展产业。", "",
		[]string{"赵建|县委书记|会泽县"}},
	{"NameBeforeToldReporter", "会泽县\n会泽县县长孙立告诉记者，全县已脱贫。", "",
		[]string{"孙立|县长|会泽县"}},
	{"NameBeforeStated", "会泽县\n会泽县副县长钱明表示，要巩固成果。", "",
		[]string{"钱明|副县长|会泽县"}},
	{"NameEndingInQiang", "会泽县\n会泽县扶贫办主任李国强谈到脱贫攻坚工作时说，成效明显。", "",
		[]string{"李国强|县扶贫办主任|会泽县"}},
	{"NameBeforeEmphasised", "会泽县\n会泽县县长张伟强调，要巩固脱贫成果。", "",
		[]string{"张伟|县长|会泽县"}},
	{"AutonomousRegionBodyTitle", "隆林县\n广西壮族自治区扶贫办主任蒋家柏介绍，全区脱贫成效明显。", "",
		[]string{"蒋家柏|自治区扶贫办主任|广西壮族自治区"}},
	{"NameInsideTitle", "会泽县\n会泽县委李刚书记非常重视产业发展。", "",
		[]string{"李刚|县委书记|会泽县"}},
	{"PeoplesGovernmentOfficeTitle", "会泽县\n曲靖市委宣传部副部长、曲靖市人民政府新闻办公室主任 赵明华:\n各位记者，大家好。", "",
		[]string{"赵明华|市委宣传部副部长,市人民政府新闻办公室主任|曲靖市"}},
	{"NameBeforeAdmitted", "会泽县\n会泽县委副书记周斌坦言，任务依然艰巨。", "",
		[]string{"周斌|县委副书记|会泽县"}},
	{"NameBeforePointedOut", "会泽县\n会泽县委常委吴亮指出，要抓好产业扶贫。", "",
		[]string{"吴亮|县委常委|会泽县"}},
	{"PostHolderOpensSentence", "康保县\n作为朝阳区援助康保县的扶贫干部，刘镇平2019年底来到康保县，挂职县委常委、副县长。", "",
		[]string{"刘镇平|县委常委,副县长|康保县"}},
	{"PostHolderAfterDate", "赤城县\n2019年，赵可主动报名去赤城县挂职，任县委常委、副县长。", "",
		[]string{"赵可|县委常委,副县长|赤城县"}},
	{"PostWithoutHolder", "赤城县\n2019年，张家口市选派干部到赤城县挂职，任县委常委。", "",
		nil},
	{"AutonomousRegionChair", "忻城县\n忻城县脱贫摘帽。5月9日，自治区主席陈武主持召开常务会议。", "",
		[]string{"陈武|自治区主席|广西壮族自治区"}},
	{"PrefecturePartyCommittee", "阿合奇县\n“两地要携手。”克州党委副书记关永健说。", "",
		[]string{"关永健|州党委副书记|"}},
	{"BareNameBeforeAction", "普格县\n1月3日，普格县洛博村第一书记阿约克布走进了贫困户家中。", "",
		[]string{"阿约克布|第一书记|洛博村"}},
	{"ProvincialBody", "清水县\n清水县脱贫摘帽。甘肃省委政策研究室副主任杜健泽介绍了情况。", "",
		[]string{"杜健泽|省委政策研究室副主任|甘肃省"}},
	{"NameWithoutSurname", "若尔盖县\n若尔盖县委书记泽尔登介绍了县情。", "",
		[]string{"泽尔登|县委书记|若尔盖县"}},
	{"VerbAfterTitleNoName", "若尔盖县\n若尔盖县委书记主持召开会议。", "",
		nil},
	{"NameBeforeTitle", "化隆县\n化隆县政府王琪副县长在会上通报了督查情况。", "",
		[]string{"王琪|副县长|化隆县"}},
	{"VerbBeforeTitleNoName", "化隆县\n他曾任化隆县副县长，熟悉县情。", "",
		nil},
	{"ListItemNamesItsPlace", "麦积区\n西青区农经委主任赵春、卫计委主任李杰以及区政协副主席、西青区农经委副主任杨芳参加了会议。", "",
		[]string{"赵春|区农经委主任|西青区", "李杰|卫计委主任|西青区", "杨芳|区政协副主席,区农经委副主任|西青区"}},
	{"BureauEnumeration", "会泽县\n会泽县人社局局长郑红、教育局局长王刚、卫健委主任冯丽分别介绍了情况。", "",
		[]string{"郑红|县人社局局长|会泽县", "王刚|教育局局长|会泽县", "冯丽|卫健委主任|会泽县"}},
	{"VillageFirstSecretary", "会泽县\n会泽县大海乡梅子村村党支部第一书记陈伟说，村里发展了中药材。", "",
		[]string{"陈伟|村党支部第一书记|梅子村"}},
	{"WorkTeamLeader", "会泽县\n会泽县驻村工作队队长褚明带领群众种植马铃薯。", "",
		[]string{"褚明|驻村工作队队长|会泽县"}},
	{"TownshipSecretary", "会泽县\n会泽县大海乡党委书记卫东介绍，全乡已脱贫。", "",
		[]string{"卫东|乡党委书记|大海乡"}},
	{"CityOfficeTitle", "会泽县\n曲靖市发改委二级巡视员蒋平在会泽县调研。", "",
		[]string{"蒋平|市发改委二级巡视员|曲靖市"}},
	{"WordOpensThreeCharacterName", "昌宁县\n昌宁县政府副县长秦汉林，昌宁县委副书记张海波陪同调研。", "",
		[]string{"秦汉林|副县长|昌宁县", "张海波|县委副书记|昌宁县"}},
	{"CongressBodyBareRole", "昌宁县\n昌宁县人大常委会党组书记、主任周立新到田园镇调研。", "",
		[]string{"周立新|县人大常委会党组书记,县人大常委会主任|昌宁县"}},
	{"ConsultativeBodyBareRole", "昌宁县\n昌宁县政协党组副书记、副主席吴春明陪同调研。", "",
		[]string{"吴春明|县政协党组副书记,县政协副主席|昌宁县"}},
	{"NamesListedUnderOneTitle", "昌宁县\n代表团在昌宁县委常委、副县长杨柏青、何东升等领导的陪同下考察了茶园。", "",
		[]string{"杨柏青|县委常委,副县长|昌宁县", "何东升|县委常委,副县长|昌宁县"}},
	{"WithTheReporter", "昌宁县\n昌宁县县长李德同记者谈起了茶叶产业。", "",
		[]string{"李德|县长|昌宁县"}},
	{"TitleAcrossAPlaceName", "红河州\n上海市长宁区区长陈立到红河州调研。", "",
		[]string{"陈立|区长|长宁区"}},
	{"DottedNameStopsBeforeFunctionWord", "和田县\n自治区主席艾尔肯·吐尼亚孜所作的报告提到和田县脱贫。", "",
		[]string{"艾尔肯·吐尼亚孜|自治区主席|新疆维吾尔自治区"}},
	{"FormerPostIsNoName", "和田县\n他从和田县委书记任上调任地委副书记。", "",
		nil},
	{"ConjunctionBeforeAWordIsNoSurname", "和田县\n和田县某村第一书记和驻村工作队员一起走访农户。", "",
		nil},
	{"SecretaryGeneral", "昌宁县\n保山市委常委、市委秘书长王建国到昌宁县调研。", "",
		[]string{"王建国|市委常委,市委秘书长|保山市"}},
	{"BarePostAfterBody", "昌宁县\n云南省扶贫办党组书记、主任赵明远介绍了情况。", "",
		[]string{"赵明远|省扶贫办党组书记,省扶贫办主任|云南省"}},
	{"NameThatIsACommonNoun", "昌宁县\n保山市人大常委会副主任高山，昌宁县委书记张海波陪同调研。", "",
		[]string{"高山|市人大常委会副主任|保山市", "张海波|县委书记|昌宁县"}},
	{"CommonVerbIsNoName", "昌宁县\n昌宁县委书记强调，要巩固脱贫成果。", "",
		nil},
	{"NameStopsBeforeConjunction", "昌宁县\n昌宁县委书记赵林及县长钱刚参加了会议。", "",
		[]string{"赵林|县委书记|昌宁县", "钱刚|县长|昌宁县"}},
	{"TibetanName", "察隅县\n察隅县下察隅镇沙琼村第一书记扎西次仁说，村里建起了茶园。", "",
		[]string{"扎西次仁|第一书记|沙琼村"}},
	{"TibetanNameStartingWithSurnameCharacter", "察隅县\n察隅县扶贫办主任白玛旺堆表示，全县脱贫。", "",
		[]string{"白玛旺堆|县扶贫办主任|察隅县"}},
	{"MongolianName", "科右中旗\n科右中旗旗委书记巴特尔介绍，全旗脱贫。", "",
		[]string{"巴特尔|旗委书记|科尔沁右翼中旗"}},
	{"GroupRoleBeforeName", "昌宁县\n保山市委副书记、市对口帮扶昌宁县工作领导小组组长李大海说，要抓好产业。", "",
		[]string{"李大海|市委副书记|保山市"}},
}

func TestConstructionOfficials(t *testing.T) {
	runRuleCases(t, constructionOfficialCases, func(r EvalRecord) []string {
		var out []string
		for _, o := range r.Officials {
			out = append(out, o.Name+"|"+strings.Join(o.Titles, ",")+"|"+o.Place)
		}
		return out
	})
}

var constructionStatCases = []ruleCase{
	{"VillagesNotYetExited", "镇雄县\n截至2019年底，镇雄县未出列贫困村41个，未出列的12个深度贫困村正在攻坚。", "",
		nil},
	{"GoalNamedAfterFigures", "镇雄县\n今年，镇雄县还面临41个村退出、1.2万人脱贫的目标。", "",
		nil},
	{"WholePrefectureOfADiqu", "疏附县\n疏附县脱贫摘帽。2014年以来，全地区累计减贫10.2万户、41.3万人。", "",
		[]string{"喀什地区|脱贫人口|10.2万户41.3万人|"}},
	{"WholeCountyOfTheCountyJustNamed", "恩施州代表发言\n来凤县脱贫摘帽，来凤县发展藤茶。鹤峰县代表说，鹤峰县新建了茶叶基地。截至2019年底，全县贫困发生率降至0.5%。", "",
		[]string{"鹤峰县|贫困发生率|0.5%|2019"}},
	{"VillageWithLinkBeforeFigure", "大化县\n大化县脱贫摘帽。2014年，弄勇村共有建档立卡贫困户126户503人。", "",
		[]string{"弄勇村|建档立卡贫困人口|126户503人|2014"}},
	{"PeopleInWanBeforeFall", "镇雄县\n镇雄县贫困人口由2014年的21.6万下降到2019年的1.2万人。", "",
		[]string{"镇雄县|贫困人口|21.6万人|2014", "镇雄县|贫困人口|1.2万人|2019"}},
	{"PeopleCountedWithGe", "镇雄县\n目前，镇雄县63021个建档立卡贫困人口实现脱贫。", "",
		[]string{"镇雄县|脱贫人口|63021人|"}},
	{"WholeCountyVillagesWhateverFollows", "西盟县\n西盟县发展咖啡。全县41个贫困村都种上了咖啡，全县38个贫困村出列。", "",
		[]string{"西盟县|贫困村|41个|", "西盟县|贫困村|38个|"}},
	{"VillagesNotYetLeftAfterCount", "西盟县\n截至目前，西盟县还有6个贫困村未退出。", "",
		nil},
	{"ExitVerbBeforeCount", "西盟县\n2018年，西盟县出列12个贫困行政村，退出2个贫困乡镇。", "",
		[]string{"西盟县|出列贫困村|12个|2018", "西盟县|出列贫困乡镇|2个|2018"}},
	{"PeopleAProjectServes", "西盟县\n电商服务站为全县1200户4300名贫困人口提供代购服务，还解决了2.1万贫困人口饮水问题。", "",
		nil},
	{"PeopleAProjectSupports", "西盟县\n西盟县建成牛棚80间，扶持贫困人口3600人。", "",
		nil},
	{"VillagesFellFrom", "镇雄县\n镇雄县贫困村由2016年底的236个减至41个。", "",
		[]string{"镇雄县|贫困村|236个|2016"}},
	{"VillagesFellFromNoYear", "镇雄县\n镇雄县贫困行政村从236个减少到41个。", "",
		[]string{"镇雄县|贫困村|236个|"}},
	{"CountOfVillagesThatArePoor", "镇雄县\n镇雄县258个行政村中有236个是贫困村。", "",
		[]string{"镇雄县|贫困村|236个|"}},
	{"ShortFormDeclaredCounty", "大别山区见闻\n罗田是国家扶贫开发重点县，建档立卡贫困人口共3.2万户、9.8万人。", "",
		[]string{"罗田县|建档立卡贫困人口|3.2万户9.8万人|"}},
	{"VillageOpeningItsClause", "大化县\n大化县发展黄牛养殖。龙溪村贫困发生率曾高达40.1%，村民通过养殖黄牛摆脱了贫困。", "",
		[]string{"龙溪村|贫困发生率|40.1%|"}},
	{"WholeRegionOfAnAutonomousRegion", "尼木县\n尼木县脱贫摘帽。截至2019年底，尼木县所在的拉萨市召开大会，全区贫困发生率降为零。", "",
		[]string{"西藏自治区|贫困发生率|0%|2019"}},
	{"WholeDistrictIsTheSubject", "万州区\n万州区地处重庆东北部，与四川开江接壤，2014年全区共有贫困村187个。", "",
		[]string{"万州区|贫困村|187个|2014"}},
	{"WholeCityIsThePrefecture", "滦平县\n滦平县脱贫摘帽。全市贫困发生率由2014年的28.4%下降到2.5%。", "",
		[]string{"承德市|贫困发生率|28.4%|2014", "承德市|贫困发生率|2.5%|"}},
	{"DeepPovertyVillagesArePart", "施甸县\n施甸县有贫困村42个（其中深度贫困村11个）。", "",
		[]string{"施甸县|贫困村|42个|"}},
	{"VillagesAProjectReaches", "施甸县\n施甸县光伏电站带动56个贫困村增收。", "",
		nil},
	{"RateBoundIsNoValue", "施甸县\n3个县的贫困发生率均降至2%以下。施甸县脱贫摘帽。", "",
		nil},
	{"OtherMeasureAfterRate", "施甸县\n施甸县以贫困发生率0.61%、群众满意度97.2%的成绩退出贫困县序列。", "",
		[]string{"施甸县|贫困发生率|0.61%|"}},
	{"TargetIsNoResult", "施甸县\n施甸县今年的目标是实现12个贫困村出列、3100人脱贫。", "",
		nil},
	{"PovertyRateShortForm", "施甸县\n施甸县贫困率从2015年的12.6%降至2.1%。", "",
		[]string{"施甸县|贫困发生率|12.6%|2015", "施甸县|贫困发生率|2.1%|"}},
	{"PeopleUnitLeftOut", "施甸县\n2019年，施甸县已实现25318贫困人口脱贫。", "",
		[]string{"施甸县|脱贫人口|25318人|2019"}},
	{"LiftedAfterAdverbs", "施甸县\n2019年，施甸县共有18620人实现稳定脱贫。", "",
		[]string{"施甸县|脱贫人口|18620人|2019"}},
	{"RegisteredPoorLifted", "施甸县\n2019年，施甸县有3.6万名建档立卡贫困人口脱贫。", "",
		[]string{"施甸县|脱贫人口|3.6万人|2019"}},
	{"ProvinceShortFormBeforeFigure", "会泽县\n会泽县脱贫摘帽。在云南8502个贫困村中，每村都派驻了工作队。", "",
		[]string{"云南省|贫困村|8502个|"}},
	{"WholeProvinceEarlierClause", "镇雄县\n至此，我省88个贫困县全部摘帽，全省累计减贫，贫困发生率由2014年的17.09%下降到0.5%。", "",
		[]string{"云南省|贫困发生率|17.09%|2014", "云南省|贫困发生率|0.5%|"}},
	{"RespectiveFigures", "会泽县\n会泽县、镇雄县的贫困发生率分别为0.52%、0.81%，均低于退出标准。", "",
		[]string{"会泽县|贫困发生率|0.52%|", "镇雄县|贫困发生率|0.81%|"}},
	{"RespectiveFiguresNextClause", "会泽县\n会泽县、镇雄县人均收入增幅高于全省；贫困发生率分别为0.52%、0.81%。", "",
		[]string{"会泽县|贫困发生率|0.52%|", "镇雄县|贫困发生率|0.81%|"}},
	{"RateFellToZeroWord", "镇雄县\n镇雄县贫困发生率由2015年的20.5%降至零。", "",
		[]string{"镇雄县|贫困发生率|20.5%|2015", "镇雄县|贫困发生率|0%|"}},
	{"PeopleInWanNoUnit", "康保县\n2013年底，康保县贫困发生率为36.04%，全县贫困人口8.8万，贫困村163个。", "",
		[]string{"康保县|贫困发生率|36.04%|2013", "康保县|贫困人口|8.8万人|2013", "康保县|贫困村|163个|2013"}},
	{"PeopleNearly", "盐池县\n到2013年底，盐池县贫困人口近3.3万人。", "",
		[]string{"盐池县|贫困人口|3.3万人|2013"}},
	{"FellToRemain", "榆林市\n截至2020年2月，榆林市贫困人口减少至1.82万人，贫困村减少至6个。", "",
		[]string{"榆林市|贫困人口|1.82万人|2020", "榆林市|贫困村|6个|2020"}},
	{"NonPoorHouseholdsNotCount", "林甸县\n林甸县共核查2513户5443人，其中脱贫户1509户3285人，非贫困户1004户2158人。", "",
		nil},
	{"PoorHouseholdsPair", "镇雄县\n镇雄县贫困户也已由2.1万户8.5万人降至300户900人。", "",
		[]string{"镇雄县|贫困人口|2.1万户8.5万人|", "镇雄县|贫困人口|300户900人|"}},
	{"PoorHouseholdsCount", "镇雄县\n2015年底，镇雄县识别贫困村50个、贫困户1200户4600人。", "",
		[]string{"镇雄县|贫困村|50个|2015", "镇雄县|贫困人口|1200户4600人|2015"}},
	{"LinkedHouseholdsNotCount", "镇雄县\n镇雄县三大产业联结贫困户2350户9630人。", "",
		nil},
	{"RateZeroSeveralCounties", "昌都市\n对口支援的三个县贫困发生率今年全部降至0。", "",
		nil},
	{"HelperNamedBeforeFigure", "镇雄县\n南湖区对口帮扶镇雄县。经过南湖区持续帮扶，剩余贫困人口0户0人，贫困发生率降至0%。", "",
		[]string{"镇雄县|贫困人口|0户0人|", "镇雄县|贫困发生率|0%|"}},
	{"HelperBeforeFigureSubjectAfter", "镇雄县\n南湖区对口帮扶镇雄县。在南湖区的帮助下，全县贫困发生率降至0.5%。", "",
		[]string{"镇雄县|贫困发生率|0.5%|"}},
	{"RateFellFromTo", "会泽县\n会泽县贫困发生率由15.2%降至0.8%。", "",
		[]string{"会泽县|贫困发生率|15.2%|", "会泽县|贫困发生率|0.8%|"}},
	{"ProvinceWideFigure", "会泽县\n会泽县脱贫摘帽。全省贫困发生率降至1.3%。", "",
		[]string{"云南省|贫困发生率|1.3%|"}},
	{"ProvinceNamedFigure", "会泽县\n会泽县脱贫摘帽。云南省贫困发生率降至1.3%。", "",
		[]string{"云南省|贫困发生率|1.3%|"}},
	{"VillageFigureNotCounty", "会泽县\n会泽县大海乡梅子村有建档立卡贫困户86户312人。", "",
		[]string{"梅子村|建档立卡贫困人口|86户312人|"}},
	{"ExitedVillagesCount", "会泽县\n2018年，会泽县出列贫困村48个。", "",
		[]string{"会泽县|出列贫困村|48个|2018"}},
	{"PoorTownships", "会泽县\n会泽县共有贫困乡镇12个。", "",
		[]string{"会泽县|贫困乡镇|12个|"}},
	{"RemainingTarget", "会泽县\n今年会泽县将完成剩余512户1830人脱贫，最后7个贫困村退出。", "2019-05-01",
		[]string{"会泽县|贫困人口|512户1830人|2019", "会泽县|贫困村|7个|2019"}},
	{"RemainingDone", "会泽县\n截至2019年底，会泽县剩余15个贫困村836户2910名贫困人口全部实现脱贫。", "",
		[]string{"会泽县|出列贫困村|15个|2019", "会泽县|脱贫人口|836户2910人|2019"}},
	{"ExitedTownships", "会泽县\n2019年，会泽县7个贫困乡镇出列。", "",
		[]string{"会泽县|出列贫困乡镇|7个|2019"}},
}

func TestConstructionStats(t *testing.T) {
	runRuleCases(t, constructionStatCases, func(r EvalRecord) []string {
		var out []string
		for _, s := range r.Stats {
			out = append(out, s.Place+"|"+s.Metric+"|"+s.Value+"|"+s.Year)
		}
		return out
	})
}

var constructionIndustryCases = []ruleCase{
	{"ListHeadsAreNoPartOfItems", "旬阳县\n旬阳县打造以黄精、天麻为主的中药材产业，村民还盛产魔芋、核桃等。", "",
		[]string{"黄精", "魔芋", "核桃", "天麻", "中药材"}},
	{"ConjunctionBeforeList", "旬阳县\n该乡发展了香菇种植和豪猪、肉鸽养殖等产业。", "",
		[]string{"豪猪", "肉鸽", "香菇"}},
	{"WorkAreasList", "化隆县\n两地在教育、卫计、人社、农业、旅游等领域签订了合作协议。", "",
		nil},
	{"BodiesList", "化隆县\n化隆县组织农业、林业、水务等部门开展培训。", "",
		nil},
	{"FacilityNotIndustry", "会泽县\n目前，该村已建成枇杷基地650亩、温室大棚9个。", "",
		[]string{"枇杷"}},
	{"DevelopXIndustry", "会泽县\n会泽县大力发展小粒咖啡产业。", "",
		[]string{"小粒咖啡"}},
	{"XPlanting", "会泽县\n会泽县的皱皮柑种植已成规模。", "",
		[]string{"皱皮柑"}},
	{"XBreedingBase", "会泽县\n会泽县建成乌蒙鸡养殖基地12个。", "",
		[]string{"乌蒙鸡"}},
	{"TakeXAsLeading", "会泽县\n会泽县以苦荞为主导产业，带动群众增收。", "",
		[]string{"苦荞"}},
	{"NotKinds", "会泽县\n会泽县扩大种植种类，提高经济效益，增加面积，突出县域特色。", "",
		nil},
	{"NotCompany", "会泽县\n会泽县引进云南绿源农业科技有限公司，带动群众增收。", "",
		nil},
	{"RaisingIsTheAnimal", "会泽县\n会泽县大力发展养鸡产业，建成养鸡场12个。", "",
		[]string{"鸡"}},
	{"LabourExportIsNoIndustry", "会泽县\n会泽县大力发展劳务经济，组织劳务输出3万人。", "",
		nil},
	{"NamedKindOfTourismAsWritten", "阿克陶县\n阿克陶县重点发展特色林果、民族旅游等优势产业。", "",
		[]string{"林果", "民族旅游"}},
}

func TestConstructionIndustries(t *testing.T) {
	runRuleCases(t, constructionIndustryCases, func(r EvalRecord) []string { return r.Industries })
}

// No title or name carries a control character, whatever the list (a list
// whose first title has no level once gave its items a NUL prefix).
func TestOfficialTextClean(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"会泽县\n扶贫办主任赵春、教育局局长孙岭、卫健委主任冯丽参加。",
		"麦积区\n区政协副主席、农经委副主任杨芳，人社局局长刘华出席。",
		"麦积区\n人社局局长刘华、西青经济技术开发区党委书记张英以及麦积区委常委、副区长高光，区政协副主席、西青区农经委副主任杨芳参加了会议。",
		"会泽县\n第一书记陈伟、驻村工作队队长李明、村委会主任王强介绍情况。",
	} {
		f, err := x.ExtractBytes("case.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range f.Officials {
			for _, s := range append([]string{o.Name}, o.Titles...) {
				if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 }) {
					t.Errorf("%q: control character in %q", text, s)
				}
			}
		}
	}
}
