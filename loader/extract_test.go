package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ruleCase is a short article of the genre (none of them a seed) and what one
// rule must find in it. The first line is the title.
type ruleCase struct {
	name      string
	text      string
	published string
	want      []string
}

func runRuleCases(t *testing.T, cases []ruleCase, field func(EvalRecord) []string) {
	t.Helper()
	runRuleCasesWith(t, testExtractor(t), cases, field)
}

// runRuleCasesWith runs rule cases on the extractor x.
func runRuleCasesWith(t *testing.T, x *Extractor, cases []ruleCase, field func(EvalRecord) []string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newTextDocument("t", c.text, c.published, true)
			got := field(ToEval(x.extract(d)))
			slices.Sort(got)
			want := slices.Clone(c.want)
			if want == nil {
				want = []string{}
			}
			slices.Sort(want)
			if got == nil {
				got = []string{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", c.text, diff)
			}
		})
	}
}

var officialCases = []ruleCase{
	{"PrepositionXiangBeforeAPlaceAndSpeech", "永顺县\n永顺县委书记向湖南汇报工作。", "",
		nil},
	{"SurnameXiangBeforeAVerb", "永顺县\n永顺县副县长向湖南带领相关部门负责人调研。", "",
		[]string{"向湖南|副县长|永顺县"}},
	{"PrepositionXiangBeforeACommonNoun", "永顺县\n永顺县委书记向群众介绍产业发展情况。", "",
		nil},
	{"VeteranVillageSecretary", "永顺县\n永顺县石堤镇高坪村老支书彭大明说，村里变化很大。", "",
		[]string{"彭大明|村党支部书记|高坪村"}},
	{"CountyInTitle", "会宁县召开脱贫攻坚推进会\n会宁县委书记李明在会上强调，要巩固脱贫成果。", "",
		[]string{"李明|县委书记|会宁县"}},
	{"Chain", "会宁县脱贫攻坚纪实\n甘肃省人大代表、会宁县委副书记、县长王建军表示，全县将继续发展产业。", "",
		[]string{"王建军|甘肃省人大代表,县委副书记,县长|会宁县"}},
	{"PeoplesGovernment", "平武县：产业兴旺\n平武县人民政府县长张强介绍了全县脱贫攻坚工作情况。", "",
		[]string{"张强|县长|平武县"}},
	{"Journalists", "镇雄县扶贫见闻\n本报记者王丽 通讯员李刚\n镇雄县今年新建蔬菜基地3个。（编辑：孙悦）", "",
		nil},
	{"DeputyCountyHead", "镇雄县产业扶贫\n镇雄县副县长陈晓东主持会议并讲话。陈晓东指出，要抓好产业扶贫。", "",
		[]string{"陈晓东|副县长|镇雄县"}},
	{"StandingCommittee", "赤城县脱贫摘帽\n赤城县委常委、副县长刘海涛说，赤城县将全力巩固脱贫成果。", "",
		[]string{"刘海涛|县委常委,副县长|赤城县"}},
	{"TownSecretary", "罗甸县：易地搬迁\n罗甸县沫阳镇党委书记黄小勇介绍，全镇已完成搬迁。罗甸县共搬迁1200户。", "",
		[]string{"黄小勇|镇党委书记|沫阳镇"}},
	{"FirstSecretary", "岚县驻村帮扶\n岚县扶贫工作中，驻村第一书记赵亮带领村民种植马铃薯。岚县马铃薯产业发展迅速。", "",
		[]string{"赵亮|第一书记|岚县"}},
	{"CountyNameEndsInCounty", "岚县纪实\n岚县县委书记王勇在调研时说，岚县要发展马铃薯产业。", "",
		[]string{"王勇|县委书记|岚县"}},
	{"VillageSecretary", "花垣县精准扶贫\n花垣县十八洞村党支部书记施金通说，村里发展了猕猴桃产业。", "",
		[]string{"施金通|村党支部书记|十八洞村"}},
	{"CommonWordAfterTitle", "平武县推进会\n平武县县长高度重视产业扶贫工作，县委书记要求各乡镇抓好落实。", "",
		nil},
	{"NameRepeated", "宁县召开会议\n宁县县长王振华在会上讲话。王振华说，宁县今年要实现脱贫摘帽。", "",
		[]string{"王振华|县长|宁县"}},
	{"TwoPeople", "东乡县脱贫攻坚\n临夏州委书记郭鹤立，东乡县委书记马玉山出席会议。东乡县今年完成易地扶贫搬迁。", "",
		[]string{"郭鹤立|州委书记|临夏州", "马玉山|县委书记|东乡县"}},
	{"TwoCharNameBeforeVerb", "阜平县：走出脱贫路\n记者近日专访了阜平县委书记刘靖。刘靖介绍，阜平县脱贫成效明显。", "",
		[]string{"刘靖|县委书记|阜平县"}},
	{"CityOfficialsWithoutPlace", "全市脱贫攻坚工作会议召开\n赣州市召开全市脱贫攻坚工作会议。市委书记李炳军出席并讲话，市长曾文明主持。赣州市全市减贫10.6万人。", "",
		[]string{"李炳军|市委书记|赣州市", "曾文明|市长|赣州市"}},
	{"DepartmentHead", "屏边县\n屏边县委常委、宣传部部长杨洁介绍，屏边县发展荔枝产业。", "",
		[]string{"杨洁|县委常委,宣传部部长|屏边县"}},
	{"SpaceBeforeName", "屏边县\n屏边县委书记 陈华说，屏边县将发展荔枝产业。", "",
		[]string{"陈华|县委书记|屏边县"}},
	{"TwoTitlesTwoPeople", "屏边县\n屏边县委书记陈华和县长李军一同调研。", "",
		[]string{"陈华|县委书记|屏边县", "李军|县长|屏边县"}},
	{"TransliteratedName", "墨玉县\n墨玉县委书记阿不都克热木·买买提介绍，墨玉县大力发展林果产业。", "",
		[]string{"阿不都克热木·买买提|县委书记|墨玉县"}},
	{"TitleThenRole", "永和县\n永和县成立脱贫攻坚领导小组，县委书记任组长，县长任常务副组长。永和县委书记张林说，要抓好落实。", "",
		[]string{"张林|县委书记|永和县"}},
	{"ThirdCharMakesRareWord", "镇宁县\n镇宁县六马镇板腰村党总支书记杨光明说，村里发展蜂糖李。", "",
		[]string{"杨光明|村党总支书记|板腰村"}},
	{"BureauHead", "平武县\n平武县林业局局长张伟介绍，平武县发展茶叶产业。", "",
		[]string{"张伟|县林业局局长|平武县"}},
	{"BureauDeputyHead", "平武县\n平武县扶贫开发局副局长李娜说，全县已脱贫摘帽。", "",
		[]string{"李娜|县扶贫开发局副局长|平武县"}},
	{"BureauShortForm", "平武县\n平武县文旅局长王强表示，要发展乡村旅游。", "",
		[]string{"王强|县文旅局长|平武县"}},
	{"AllBureauHeads", "平武县\n全县各局局长参加会议，县委书记强调要抓好落实。", "",
		nil},
	{"SecondedWithDe", "东乡县东西部扶贫协作\n挂任东乡县副县长的林海峰同志，两年来跑遍了全县24个乡镇。", "",
		[]string{"林海峰|副县长|东乡县"}},
	{"DeWithoutComrade", "东乡县\n东乡县县长的秘书王刚负责联络。", "",
		nil},
	{"DistrictHead", "大通区扶贫纪实\n淮南市大通区区长孙华表示，大通区将发展乡村旅游。", "",
		[]string{"孙华|区长|大通区"}},
}

func TestOfficials(t *testing.T) {
	runRuleCases(t, officialCases, func(r EvalRecord) []string {
		var out []string
		for _, o := range r.Officials {
			out = append(out, o.Name+"|"+strings.Join(o.Titles, ",")+"|"+o.Place)
		}
		return out
	})
}

var programCases = []ruleCase{
	{"RankedOrTopicHeadIsNoName", "甲县\n甲县把易地搬迁作为“重大民生工程”，这一“帮扶模式”受到好评。", "",
		[]string{"易地扶贫搬迁"}},
	{"CountedKindBeforeTheHeadIsAName", "甲县\n甲县创新“五种帮扶模式”。", "",
		[]string{"五种帮扶模式"}},
	{"GluedDomainInsideAnotherWord", "甲县\n甲县实施职业教育健康扶贫、交通扶贫。", "",
		[]string{"健康扶贫", "交通扶贫"}},
	{"QuotedNameWithItsOwnHead", "甲县\n甲县大力实施村级组织带头人“领雁工程”，全面推进脱贫攻坚“五大工程”。", "",
		[]string{"领雁工程", "五大工程"}},
	// A quoted initiative counts in a sentence about poverty work: the same
	// name in a sentence about a province's strategy or a trade fair is not
	// presented as a poverty programme.
	{"QuotedInitiativeAwayFromPovertyWork", "甲县\n甲县大力实施“三高四新”战略，两地深入推进“十大工程”。", "",
		nil},
	{"AttackOnPollutionIsNoPovertyWork", "甲县\n甲县打好污染防治攻坚战，实施“蓝天保卫”行动。", "",
		nil},
	// Fixed programs under other names: the verb before its object (改造农村危房),
	// bare 小额信贷, Fujian's 造福工程搬迁.
	{"FixedProgramsUnderOtherNames", "甲县\n甲县改造农村危房1145户，发放小额信贷8525户，完成造福工程搬迁1855人。", "",
		[]string{"危房改造", "扶贫小额信贷", "易地扶贫搬迁"}},
	{"QuotedWayOfPovertyWork", "甲县\n甲县坚持“县级主导、乡镇主攻、村级主战”的脱贫攻坚思路，走出“产业兴村”的扶贫路径。", "",
		[]string{"县级主导、乡镇主攻、村级主战", "产业兴村"}},
	{"ChainOfCountedWords", "甲县\n甲县探索形成了“三业+两机”产业扶贫新模式。", "",
		[]string{"产业扶贫", "三业+两机"}},
	{"QuotedInitiativeInPovertyWork", "甲县\n甲县围绕脱贫攻坚，深入推进“十大工程”。", "",
		[]string{"十大工程"}},
	{"QuotedRankIsNoName", "甲县\n甲县把脱贫攻坚作为“头号工程”和“民生工程”。", "",
		nil},
	{"GluedDomainsInAList", "甲县\n甲县实施交通扶贫、产业就业扶贫、教育健康扶贫。", "",
		[]string{"交通扶贫", "产业扶贫", "就业扶贫", "教育扶贫", "健康扶贫"}},
	{"GluedDomainsOutsideAListAreOne", "甲县\n甲县设立专项健康扶贫基金。", "",
		[]string{"健康扶贫"}},
	{"IndustrialisedIsIndustry", "甲县\n甲县坚持产业化扶贫。", "",
		[]string{"产业扶贫"}},
	{"Infrastructure", "甲县\n甲县推进基础设施扶贫。", "",
		[]string{"基础设施扶贫"}},
	{"QuotedWayOfThinkingIsNoProgramme", "城口县\n城口县坚持“生态优先、绿色发展”的发展思路，推行“借羊还羊”扶贫模式。", "",
		[]string{"借羊还羊"}},
	{"SpecialFundIsABudgetLine", "丹凤县\n丹凤县统筹整合财政专项扶贫资金1.2亿元，用于产业扶贫资金补助。", "",
		[]string{"产业扶贫"}},
	{"SpecialPovertyReliefNamedForItself", "丹凤县\n丹凤县坚持专项扶贫、行业扶贫、社会扶贫，投入专项扶贫资金1.2亿元。", "",
		[]string{"专项扶贫", "行业扶贫", "社会扶贫"}},
	{"QuotedPolicyOrSystem", "城口县\n城口县落实“1+5”扶贫政策，探索实施“产业指导员”制度。", "",
		[]string{"1+5", "产业指导员"}},
	{"MottoBeforePolicyIsNoProgram", "城口县\n城口县落实“两免、一补”优惠政策。", "",
		nil},
	{"QuotedPlanOrZoneIsNoProgram", "栾川县\n栾川县编制“十四五”规划，建设“栾川大健康合作示范区”，推广“旅游带村”模式，带动贫困户增收。", "",
		[]string{"旅游带村"}},
	{"Enumeration", "和政县脱贫攻坚\n和政县大力推进产业扶贫、教育扶贫、健康扶贫和生态扶贫。", "",
		[]string{"产业扶贫", "教育扶贫", "健康扶贫", "生态扶贫"}},
	{"Relocation", "丹凤县纪实\n丹凤县实施易地搬迁工程，完成农村危房改造1200户。", "",
		[]string{"易地扶贫搬迁", "危房改造"}},
	{"MicroCredit", "丹凤县金融扶贫\n丹凤县累计发放扶贫小额贷款3000万元，金融扶贫惠及全县。", "",
		[]string{"扶贫小额信贷", "金融扶贫"}},
	{"Slogans", "丹凤县脱贫攻坚\n丹凤县坚持精准扶贫、精准脱贫基本方略，落实“两不愁三保障”，打出“组合拳”。", "",
		nil},
	{"QuotedModel", "石阡县产业扶贫\n石阡县探索“企业+合作社+贫困户”的“三带”模式。", "",
		[]string{"三带", "产业扶贫"}},
	{"QuotedAction", "晋江市精准帮扶\n晋江市实施“百企帮百村”行动，动员民营企业参与脱贫攻坚。", "",
		[]string{"百企帮百村"}},
	{"TourismAlias", "栾川县\n旅游扶贫方面，栾川县建成乡村旅游示范村8个。", "",
		[]string{"乡村旅游扶贫"}},
	{"Consumption", "栾川县\n栾川县开展消费扶贫，推动农产品进机关、进学校。", "",
		[]string{"消费扶贫"}},
	{"SectorOfWorkIsNoProgram", "栾川县\n栾川县大力推进农业扶贫和教育扶贫。", "",
		[]string{"教育扶贫"}},
	{"MechanismsAreNotPrograms", "栾川县\n栾川县东西部扶贫协作和定点扶贫工作扎实推进，挂牌督战成效明显。", "",
		nil},
	{"QuotedWithProgramType", "隆德县\n隆德县构建“3+X”产业扶贫新模式。", "",
		[]string{"3+X", "产业扶贫"}},
	{"SharedSuffix", "隆德县\n隆德县统筹推进产业、就业、教育扶贫。", "",
		[]string{"产业扶贫", "就业扶贫", "教育扶贫"}},
	{"SharedSuffixNeedsDomains", "隆德县\n隆德县成立产业、教育、医疗等14个扶贫专项推进组，落实帮扶、扶贫政策。", "",
		nil},
	{"SocialSecurityFloor", "隆德县\n隆德县落实社会保障兜底政策。", "",
		nil},
	{"QuotedPlanWithVerb", "隆德县\n隆德县创新“三联三帮”工作机制，实施“一户一策”帮扶。", "",
		[]string{"三联三帮"}},
	{"NotAQuotedProgram", "隆德县\n隆德县坚持“输血”与“造血”相结合，营造“比学赶超”的氛围。", "",
		nil},
	{"QuotedBeforeProgramType", "彭阳县\n彭阳县推行“订单式”产业扶贫，由企业与贫困户签订收购协议。", "",
		[]string{"订单式", "产业扶贫"}},
	{"QuotedBeforePreciseAid", "彭阳县\n彭阳县建立“三包三联”精准帮扶机制，全县干部结对到户。", "",
		[]string{"三包三联"}},
	{"QuotedBeforeFollowUpAid", "紫云县\n紫云县对搬迁群众实施“四个一批”后续帮扶：就业安置一批、产业带动一批。", "",
		[]string{"四个一批"}},
	{"QuotedMottoIsNoName", "紫云县\n紫云县坚持“扶上马、送一程”后续帮扶，巩固搬迁成果。", "",
		nil},
	{"QuotedSloganWithManner", "紫云县\n紫云县推动由“输血式”扶贫向“造血式”扶贫。", "",
		nil},
	{"QuotedDomainChain", "紫云县\n紫云县探索“电商+就业”扶贫，拓宽增收渠道。", "",
		[]string{"就业扶贫"}},
	{"QuotedBeforeAidMidClause", "紫云县\n紫云县走“绿色”扶贫之路。", "",
		nil},
	{"ActorChainIsNoName", "宜君县\n宜君县推广“龙头企业+合作社+贫困户”模式，探索“研发+生产+销售”一体化模式。", "",
		nil},
	{"CoinedChainIsAName", "宜君县\n宜君县创新“1+5+N”帮扶模式。", "",
		[]string{"1+5+N"}},
	{"WordBeforeHead", "宜君县\n宜君县探索出“借羊还羊”滚动发展模式，助贫困户脱贫。", "",
		[]string{"借羊还羊"}},
	{"ListBeforeHeadIsNoName", "宜君县\n宜君县开展了住房“清零”、饮水“达标”等多个专项行动。", "",
		nil},
	{"VerbBeforeProgramType", "宜君县\n宜君县实施“两提高”推进社会保障扶贫。", "",
		[]string{"社会保障扶贫"}},
	{"QuotedNamesShareHead", "丹凤县\n丹凤县探索“借牛还牛”“借羊还羊”等产业扶贫模式。", "",
		[]string{"借牛还牛", "借羊还羊", "产业扶贫"}},
	{"QuotedNamesWithCommaShareHead", "丹凤县\n丹凤县推广“借牛还牛”、“借羊还羊”等模式，帮扶贫困户。", "",
		[]string{"借牛还牛", "借羊还羊"}},
	{"QuotedSlogansShareHead", "丹凤县\n丹凤县摒弃“输血”“造血”等扶贫模式。", "",
		nil},
	{"AidMeasures", "丹凤县\n丹凤县创新实施“三个一”帮扶措施。", "",
		[]string{"三个一"}},
	{"GenericMeasures", "丹凤县\n丹凤县落实“一户一策”帮扶措施。", "",
		nil},
	{"PlaceModel", "丹凤县\n丹凤县形成了可复制可推广的“丹凤模式”，带动贫困户脱贫。", "",
		[]string{"丹凤模式"}},
	{"NounBeforeSharedSuffix", "丹寨县\n丹寨县通过职业培训和就业扶贫带动一批群众增收，加强技能培训和产业扶贫。", "",
		[]string{"就业扶贫", "产业扶贫"}},
	{"CountyBeforeSharedSuffix", "丹寨县\n全县产业、就业、教育扶贫成效明显。", "",
		[]string{"产业扶贫", "就业扶贫", "教育扶贫"}},
	{"FormulaLine", "丹寨县\n丹寨县落实发展生产脱贫一批、社会保障兜底一批的要求。", "",
		nil},
	// An unknown X扶贫 listed beside known program types is one too; not a
	// fixed name written as an item, nor X扶贫 glued to a next word.
	{"UnknownTypeListedWithKnownOnes", "丹寨县\n丹寨县推进产业扶贫、保洁扶贫、兜助扶贫等八大工程。", "",
		[]string{"产业扶贫", "保洁扶贫", "兜助扶贫"}},
	{"ListedItemThatIsAFixedName", "丹寨县\n丹寨县推进教育扶贫、易地搬迁扶贫和生态扶贫。", "",
		[]string{"教育扶贫", "易地扶贫搬迁", "生态扶贫"}},
	// A quoted name holding 扶贫 counts when a head follows it; a quoted
	// program type alone is the X扶贫 rule's. A quoted method (工作法) is a
	// name too.
	{"QuotedNameWithPovertyAndHead", "丹寨县\n丹寨县全面实施“八大扶贫工程”，推广“光伏扶贫”。", "",
		[]string{"八大扶贫工程", "光伏扶贫"}},
	{"PovertyMigrationIsRelocation", "丹寨县\n丹寨县实施扶贫移民搬迁，改变贫困群众生活条件。", "",
		[]string{"易地扶贫搬迁"}},
	// A quoted program type the lexicon does not know, in a sentence about
	// poverty work; not a manner (造血式), nor people doing the work.
	{"QuotedUnknownProgramType", "丹寨县\n“木耳扶贫”是丹寨县脱贫攻坚的主推模式，实现从“输血式扶贫”到“造血式扶贫”转变。", "",
		[]string{"木耳扶贫"}},
	{"QuotedCampaignOfPeopleIsNoType", "丹寨县\n丹寨县开展“四级干部抓扶贫”活动，助力脱贫攻坚。", "",
		nil},
	// A strategy or a system (战略, 体系) is a frame of policy, no program: the
	// tuning gold records 2 of 7 and 2 of 8 such quoted names.
	{"QuotedStrategyIsNoProgram", "丹寨县\n丹寨县实施“生态立县、旅游富民”发展战略，构建“4+3+X”脱贫产业体系。", "",
		nil},
	// 光伏产业扶贫 is also 光伏扶贫; 林业产业扶贫 is only 产业扶贫.
	{"KindOfIndustryPovertyRelief", "丹寨县\n丹寨县推进光伏产业扶贫和林业产业扶贫。", "",
		[]string{"光伏扶贫", "产业扶贫"}},
	{"QuotedWorkMethod", "丹寨县\n在扶贫工作中，丹寨县采取“七天工作法”。", "",
		[]string{"七天工作法"}},
	{"ListedItemGluedToANoun", "丹寨县\n丹寨县建成教育扶贫、兜助扶贫车间。", "",
		[]string{"教育扶贫"}},
}

func TestPrograms(t *testing.T) {
	runRuleCases(t, programCases, func(r EvalRecord) []string { return r.Programs })
}

var industryCases = []ruleCase{
	{"EnumerationWithHead", "西吉县\n西吉县发展食用菌、中药材、肉牛等特色产业。", "",
		[]string{"食用菌", "中药材", "肉牛"}},
	{"XIndustry", "汉源县\n汉源县大力发展花椒产业，种植面积达20万亩。", "",
		[]string{"花椒"}},
	{"PlantingWithQuantities", "石泉县\n石泉县引导群众种植油茶2万亩、核桃1.5万亩、魔芋3000亩。", "",
		[]string{"油茶", "核桃", "魔芋"}},
	{"Generic", "石泉县\n石泉县统筹发展农业和工业，做强特色产业。", "",
		nil},
	{"Breeds", "若尔盖县\n若尔盖县扶持培育藏香猪、牦牛等养殖产业。", "",
		[]string{"藏香猪", "牦牛"}},
	{"AsLeadingIndustry", "宾川县\n宾川县把葡萄作为主导产业来抓，带动群众增收。", "",
		[]string{"葡萄"}},
	{"SectorAfterVerb", "宾川县\n宾川县因地制宜发展庭院经济。", "",
		[]string{"庭院经济"}},
	{"Processing", "宾川县\n宾川县中药材加工厂建成投产。", "",
		[]string{"中药材"}},
	{"SectorMentionedOnly", "宾川县\n宾川县开展电商培训500人次。", "",
		nil},
	{"TourismAndFarmStays", "婺源县\n婺源县发展乡村旅游，打造农家乐30家。", "",
		[]string{"乡村旅游", "农家乐"}},
	{"ProgramGivesIndustry", "平泉市\n光伏扶贫方面，平泉市建成村级电站120座。", "",
		[]string{"光伏"}},
	{"Honour", "五常市\n五常市先后获得全国绿色食品原料水稻示范县等称号。", "",
		[]string{"水稻"}},
	{"ModifierStripped", "五常市\n五常市发展优质稻米产业，打响品牌。", "",
		[]string{"水稻"}},
	{"UnknownItemsInDevList", "环县\n环县发展湖羊、黄花菜、小米加工等项目。", "",
		[]string{"湖羊", "黄花菜", "小米"}},
	{"VerbInFirstItem", "平利县\n平利县形成茶饮、绞股蓝、魔芋等特色产业。", "",
		[]string{"茶饮", "绞股蓝", "魔芋"}},
	{"TownNamedAfterProduct", "龙山县\n龙山县百合乡发展产业，百合乡种植面积扩大。", "",
		nil},
	{"OneCharacterProduct", "安溪县\n安溪县做大做强茶产业，全县茶园面积60万亩。", "",
		[]string{"茶叶"}},
	{"PlaceNameNotProduct", "牡丹江市宁安市\n宁安市在牡丹江市召开会议，部署宁安市脱贫攻坚工作，宁安市发展产业。", "",
		nil},
	{"CountedHeadCut", "唐县\n唐县重点发展红皮花生、小米、肉驴三大主导产业。", "",
		[]string{"红皮花生", "小米", "肉驴"}},
	{"CountedHeadUnknownLast", "旬阳县\n旬阳县重点发展魔芋、拐枣两大特色产业。", "",
		[]string{"魔芋", "拐枣"}},
	{"IndustryInsideItemEndsIt", "镇安县\n下一步，镇安县将延伸板栗、魔芋、香菇产业链条，引进加工企业。", "",
		[]string{"板栗", "魔芋", "香菇"}},
	{"FunctionCharacterItems", "定西市安定区\n“种些荞麦、洋芋，每年都有进账。”", "",
		[]string{"洋芋"}},
	{"PastCrops", "定西市安定区\n“以前靠天吃饭，种些荞麦、洋芋，一年到头挣不了几个钱。”", "",
		nil},
	{"PastThenPresent", "富县\n过去以种植玉米为主，如今富县大力发展苹果产业。", "",
		[]string{"苹果"}},
	{"ComparisonIsNotPast", "富县\n村民收入比以前翻了一番，富县大力发展苹果产业。", "",
		[]string{"苹果"}},
	{"PossessiveItemIsNoProduct", "永胜县\n他回乡后办起网店，把乡亲们的土蜂蜜、核桃卖到全国各地。", "",
		nil},
	{"ProductBeforeProcess", "永胜县\n一批企业在永胜县建设了核桃深加工、花椒榨油等项目。", "",
		[]string{"核桃", "花椒"}},
	{"ProductBeforeFacility", "西和县\n西和县新建标准化肉牛养殖场20个，半夏种植园5个。", "",
		[]string{"肉牛", "半夏"}},
	{"FacilityTailsOfUnknownProducts", "威宁县\n威宁县在安置点周边建设黑毛猪养殖场、赤松茸种植园等项目。", "",
		[]string{"黑毛猪", "赤松茸"}},
	{"FacilityAloneIsNoProduct", "威宁县\n威宁县发展马铃薯、基地、园区等产业。", "",
		[]string{"马铃薯"}},
	{"CropsBesideTheirKind", "镇坪县\n镇坪县在林下种植重楼、白及、黄精等中药材。", "",
		[]string{"中药材", "白及", "重楼", "黄精"}},
	{"KnownCropsBesideTheirKind", "镇坪县\n镇坪县大力发展香菇、木耳等食用菌产业。", "",
		[]string{"木耳", "食用菌", "香菇"}},
	{"SectorHeadOnlyWithoutVerb", "镇坪县\n镇坪县的土鸡、土猪等庭院经济带动农户增收。", "",
		[]string{"庭院经济"}},
	{"UnknownLivestockBeforeCue", "镇坪县\n镇坪县发展林麝养殖，存栏达到3000只。", "",
		[]string{"林麝"}},
	{"MannerBeforeCueIsNoProduct", "镇坪县\n镇坪县发展规模养殖和庭院种植。", "",
		nil},
	{"InfrastructureProjects", "富县\n富县实施道路硬化、安全饮水、危房改造等项目。", "",
		nil},
	{"CropCutBack", "富县\n富县调减玉米种植面积3万亩，改种苹果和中药材。", "",
		[]string{"苹果", "中药材"}},
	{"CropCutBackAfterList", "富县\n富县引导农户发展苹果、中药材等产业，压减低效玉米种植。", "",
		[]string{"苹果", "中药材"}},
	// Products named while they are sold are ones the area produces: a list
	// of them without a development verb is no list of industries, but its
	// items are read as bare mentions where the sentence sells (卖到) and
	// says something of development (农产品); a list of goods only bought
	// (订购) is read by nothing.
	{"SoldProducts", "富县\n电商服务站把苹果卖到了全国各地，还有核桃、花椒等农产品。", "",
		[]string{"苹果", "核桃", "花椒"}},
	{"BoughtProducts", "富县\n电商服务站订购了一批苹果，还有核桃、花椒等农产品。", "",
		nil},
	{"SoldListWithoutDevelopment", "富县\n电商服务站把苹果卖到了全国各地，还有核桃、花椒等。", "",
		nil},
	{"SoldAndDeveloped", "富县\n富县大力发展核桃、花椒等产业，产品销往全国各地。", "",
		[]string{"核桃", "花椒"}},
	{"FacilityDoesNotMakeAList", "临洮县\n安置点配套建设蔬菜大棚、停车场和卫生室。", "",
		[]string{"蔬菜"}},
	{"TailOfLongerItem", "唐县\n唐县发展红皮花生、小米等产业。全县红皮花生种植面积达5万亩，被誉为“红皮花生之乡”。", "",
		[]string{"红皮花生", "小米"}},
	{"BareSubtypeBesideParent", "播州区\n走进播州区的辣椒种植基地，一垄垄朝天椒挂满枝头。", "",
		[]string{"辣椒"}},
	{"ExplicitSubtypeKept", "播州区\n播州区大力发展朝天椒产业，全区辣椒种植面积达10万亩。", "",
		[]string{"辣椒", "朝天椒"}},
	{"FarmStaysAsWritten", "三都县\n三都县依托民族村寨发展民宿和农家乐，带动群众增收。", "",
		[]string{"民宿", "农家乐"}},
}

// TestIndustries tests the industry rules alone: the learned stage, retrained
// as the corpus grows, weighs their results by article-wide evidence that a
// one-sentence case does not carry (TestLearnedStage* test the stage with a
// fixed model; TestTuneF1 and TestBlindF1 measure the two together).
func TestIndustries(t *testing.T) {
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	x.model = nil
	runRuleCasesWith(t, x, industryCases, func(r EvalRecord) []string { return r.Industries })
}

var statCases = []ruleCase{
	{"VillageAfterAnEndOfYear", "会宁县\n会宁县位于甘肃中部。\n2019年底黄土坡村409户2599人全部实现脱贫。", "",
		[]string{"黄土坡村|脱贫人口|409户2599人|2019"}},
	{"TownStillHasTensOfThousands", "会宁县\n会宁县位于甘肃中部。\n截至2019年底，丁家沟镇仍有1.2万余人未脱贫。", "",
		[]string{"丁家沟镇|贫困人口|1.2万人|2019"}},
	{"VillageAfterADate", "会宁县\n会宁县位于甘肃中部。\n2020年黄土坡村409户2599人全部实现脱贫。", "",
		[]string{"黄土坡村|脱贫人口|409户2599人|2020"}},
	{"TownStillHas", "会宁县\n会宁县位于甘肃中部。\n截至2019年底，丁家沟镇仍有3500余人未脱贫。", "",
		[]string{"丁家沟镇|贫困人口|3500人|2019"}},
	{"RateFromTo", "会宁县\n截至2018年底，会宁县贫困发生率由2014年的23.5%下降到1.2%。", "",
		[]string{"会宁县|贫困发生率|23.5%|2014", "会宁县|贫困发生率|1.2%|2018"}},
	{"LiftedAndVillages", "会宁县\n2019年，会宁县减贫1.2万人，32个贫困村出列。", "",
		[]string{"会宁县|脱贫人口|1.2万人|2019", "会宁县|出列贫困村|32个|2019"}},
	{"Registered", "会宁县\n会宁县共有建档立卡贫困户5620户18320人。", "",
		[]string{"会宁县|建档立卡贫困人口|5620户18320人|"}},
	{"LastYear", "会宁县\n去年会宁县共有3200名贫困人口实现脱贫。", "2019-03-01",
		[]string{"会宁县|脱贫人口|3200人|2018"}},
	{"Remaining", "会宁县\n目前，会宁县剩余贫困人口156户402人。", "",
		[]string{"会宁县|贫困人口|156户402人|"}},
	{"HelpedByProject", "会宁县\n会宁县光伏项目带动贫困户1200户3600人增收。", "",
		nil},
	{"Income", "会宁县\n2019年会宁县农民人均可支配收入达到9800元。", "",
		nil},
	{"PersonTimes", "会宁县\n会宁县培训贫困劳动力3000人次。", "",
		nil},
	{"AllVillagesExited", "会宁县\n会宁县42个贫困村全部退出。", "",
		[]string{"会宁县|贫困村|42个|"}},
	{"Townships", "会宁县\n2018年，会宁县5个贫困乡镇全部摘帽。", "",
		[]string{"会宁县|贫困乡镇|5个|2018"}},
	{"StillRegistered", "会宁县\n2017年初，会宁县建档立卡贫困人口还有2.1万人。", "",
		[]string{"会宁县|建档立卡贫困人口|2.1万人|2017"}},
	{"ThisCounty", "会宁县脱贫攻坚\n会宁县位于甘肃中部。该县贫困发生率降至0.5%。", "",
		[]string{"会宁县|贫困发生率|0.5%|"}},
	{"PeoplePair", "会宁县\n截至2019年底，会宁县贫困人口由2013年底的15.6万人减少到1.2万人。", "",
		[]string{"会宁县|贫困人口|15.6万人|2013", "会宁县|贫困人口|1.2万人|2019"}},
	{"VillagesAfterNoun", "晴隆县\n2018年，晴隆县减少贫困人口1.2万人，退出贫困村29个。", "",
		[]string{"晴隆县|脱贫人口|1.2万人|2018", "晴隆县|出列贫困村|29个|2018"}},
	{"RemainingToLift", "晴隆县\n今年晴隆县将实现剩余6250名贫困人口全部脱贫。", "2019-10-18",
		[]string{"晴隆县|贫困人口|6250人|2019"}},
	{"PoorDecreased", "屏边县\n2019年，屏边县贫困人口减少8600人。", "",
		[]string{"屏边县|脱贫人口|8600人|2019"}},
	{"HouseholdPair", "都安县\n截至2019年底，都安县建档立卡贫困人口从2015年的3.2万户13.6万人减少到1.1万户4.3万人。", "",
		[]string{"都安县|建档立卡贫困人口|3.2万户13.6万人|2015", "都安县|建档立卡贫困人口|1.1万户4.3万人|2019"}},
	{"ImpliedUnit", "朝阳县\n今年朝阳县将完成剩余1.3万贫困人口脱贫任务。", "2018-09-11",
		[]string{"朝阳县|贫困人口|1.3万人|2018"}},
	{"TownFigureIsNotTheCounty", "都安县\n都安县大兴镇党委书记蓝天说，全镇有贫困户2300户、8900人。", "",
		[]string{"大兴镇|贫困人口|2300户8900人|"}},
	{"UnnamedTownFigureHasNoPlace", "都安县\n都安县一位乡镇党委书记说，全镇有贫困户2300户、8900人。", "",
		nil},
	{"HouseholdsOnly", "会宁县\n2015年，会宁县共有建档立卡贫困户2.3万户。", "",
		[]string{"会宁县|建档立卡贫困人口|2.3万户|2015"}},
	{"CityFigure", "全市脱贫攻坚工作会议召开\n赣州市召开全市脱贫攻坚工作会议。2019年全市减贫10.6万人。", "",
		[]string{"赣州市|脱贫人口|10.6万人|2019"}},
	{"EndYearInPair", "东乡县\n东乡县建档立卡贫困人口由2013年的10.8万人减少到2019年底的1.2万人。", "",
		[]string{"东乡县|建档立卡贫困人口|10.8万人|2013", "东乡县|建档立卡贫困人口|1.2万人|2019"}},
	{"PastoralVillages", "四子王旗\n截至2019年底，四子王旗38个贫困嘎查村全部出列。", "",
		[]string{"四子王旗|贫困村|38个|2019"}},
	{"PastoralVillagesExited", "四子王旗\n2018年，四子王旗12个贫困嘎查村退出。", "",
		[]string{"四子王旗|出列贫困村|12个|2018"}},
	{"NotYetLifted", "镇宁县\n目前，镇宁县还有85户231人尚未脱贫，将在年内全部脱贫。", "",
		[]string{"镇宁县|贫困人口|85户231人|"}},
	{"NotYetLiftedPeopleOnly", "镇宁县\n2019年底，镇宁县仍有1200人未脱贫。", "",
		[]string{"镇宁县|贫困人口|1200人|2019"}},
	{"NotYetLiftedHelped", "镇宁县\n镇宁县扶贫车间带动120户未脱贫户就业。", "",
		nil},
	{"VillagesExitedVerbFirst", "会泽县\n2019年，会泽县贫困村退出65个，贫困乡镇累计摘帽5个。", "",
		[]string{"会泽县|出列贫困村|65个|2019", "会泽县|出列贫困乡镇|5个|2019"}},
	{"NotYetLiftedNoun", "会泽县\n目前，会泽县未脱贫人口还有326户812人。", "",
		[]string{"会泽县|贫困人口|326户812人|"}},
	{"NotYetLiftedNounDirect", "会泽县\n会泽县未脱贫人口1200人。", "",
		[]string{"会泽县|贫困人口|1200人|"}},
	{"TwoCountiesTogether", "河西区助力脱贫\n河西区帮扶的镇原县、静宁县累计减贫5.6万人。", "",
		nil},
}

func TestStats(t *testing.T) {
	runRuleCases(t, statCases, func(r EvalRecord) []string {
		var out []string
		for _, s := range r.Stats {
			out = append(out, s.Place+"|"+s.Metric+"|"+s.Value+"|"+s.Year)
		}
		return out
	})
}

var countyCases = []ruleCase{
	{"TitleAndBody", "会宁县：产业扶贫结硕果\n会宁县地处甘肃中部。近年来，会宁县大力发展产业。与相邻的静宁县一样，全县苹果种植面积不断扩大。", "",
		[]string{"会宁县"}},
	{"ShortTitle", "武功：脱贫攻坚战报\n武功县坚持产业为先。全县发展猕猴桃产业。", "",
		[]string{"武功县"}},
	{"NotInsideLongerName", "肃宁县发展纪实\n肃宁县把产业扶贫作为重点。肃宁县的经验值得推广。", "",
		[]string{"肃宁县"}},
	{"PrefectureOnly", "哈尔滨市扶贫工作会议召开\n哈尔滨市召开扶贫工作会议，哈尔滨市各区县参加。", "",
		nil},
	{"AutonomousCounty", "务川县：易地搬迁\n务川仡佬族苗族自治县实施易地扶贫搬迁。务川县搬迁群众1.2万人。", "",
		[]string{"务川县"}},
	{"CityArticleNamesCountiesInPassing", "全市脱贫攻坚工作会议召开\n赣州市召开全市脱贫攻坚工作会议。2019年全市减贫10.6万人，瑞金市、于都县、宁都县等11个县已脱贫摘帽。会议要求全市抓好落实，于都县、宁都县作了交流发言，宁都县介绍经验。", "",
		nil},
	{"EthnicDistrictShortForm", "甲市乙区：脱贫纪实\n齐齐哈尔市梅里斯达斡尔族区召开脱贫攻坚推进会。梅里斯区发展大鹅养殖，梅里斯区贫困发生率降至0.3%。", "",
		[]string{"梅里斯区"}},
	{"AutonomousCountyShortForm", "都安瑶族自治县：石山地区闯出脱贫新路\n都安瑶族自治县位于广西河池市。与都安相邻的大化瑶族自治县也在发展肉牛产业。都安县发展核桃产业。", "",
		[]string{"都安县"}},
	{"TraditionalSameNameResolved", "朝阳县：特色产业铺就致富路\n朝阳县委书记王忠良介绍，朝阳县大力发展设施农业。朝阳市委书记到朝阳县调研。", "",
		[]string{"朝阳县"}},
	{"PartnersAreCounties", "望谟县东西部扶贫协作\n宁波市海曙区与贵州省黔西南州望谟县结对帮扶以来，海曙区投入资金2.1亿元，望谟县发展板栗产业。", "",
		[]string{"海曙区", "望谟县"}},
	{"PassingMentionOnce", "平江县脱贫攻坚\n平江县大力发展茶叶产业。平江县还借鉴了浏阳市的经验。平江县贫困发生率降至0.6%。", "",
		[]string{"平江县"}},
	{"ByOfficial", "咬定目标不放松——访永和县委书记张林\n张林说，要巩固脱贫成果。", "",
		[]string{"永和县"}},
	{"BannerAbbreviation", "科右前旗：肉牛产业助脱贫\n科尔沁右翼前旗位于兴安盟。近年来，科右前旗大力发展肉牛产业，科右前旗贫困发生率降至0.2%。", "",
		[]string{"科尔沁右翼前旗"}},
	{"BannerAbbreviationOnly", "达茂旗脱贫攻坚纪实\n达茂旗大力发展肉羊产业。达茂旗的牧民收入稳步提高，达茂旗已脱贫摘帽。", "",
		[]string{"达尔罕茂明安联合旗"}},
}

func TestCounties(t *testing.T) {
	runRuleCases(t, countyCases, func(r EvalRecord) []string { return r.Counties })
}

var partnerCases = []ruleCase{
	// A shared short form later in a list its province opens is that
	// province's (中山 in 广东省东莞、中山: 中山市, not Dalian's 中山区).
	{"SharedShortFormInAProvincesList", "昭通市\n广东省东莞、中山对口支援昭通，两市投入帮扶资金10亿元。", "",
		[]string{"东莞市>昭通市", "中山市>昭通市"}},
	// Places joined after 由 are helpers together, no pair of one another.
	{"HelpersJoinedAfterYou", "龙山县\n该项目由山东省济南市和长沙市对口扶贫援建，装机容量6000千瓦，惠及全县。", "",
		nil},
	{"PairedAid", "沿河县\n江苏省苏州市吴江区对口帮扶贵州省铜仁市沿河县，沿河县发展茶叶产业。吴江区投入帮扶资金1亿元。", "",
		[]string{"吴江区>沿河县", "苏州市>沿河县"}},
	{"Twinned", "鹤峰县\n在东西部扶贫协作中，杭州市西湖区与恩施州鹤峰县结对。鹤峰县茶叶产业发展迅速，西湖区多次来访。", "",
		[]string{"西湖区>鹤峰县", "杭州市>鹤峰县"}},
	{"CityToCounty", "康保县\n北京市东城区对口帮扶河北省张家口市康保县。东城区累计投入资金2亿元，康保县贫困群众受益。", "",
		[]string{"东城区>康保县"}},
	{"VerbAfterOtherClause", "会宁县\n会宁县深化东西部扶贫协作，天津市河西区对口帮扶会宁县，共实施协作项目56个。", "",
		[]string{"河西区>会宁县"}},
	{"TwinnedWithHelperFirst", "望谟县\n宁波市海曙区与贵州省黔西南州望谟县结对帮扶以来，累计投入帮扶资金2.1亿元。望谟县发展板栗产业。", "",
		[]string{"海曙区>望谟县", "宁波市>望谟县"}},
	{"HelpedFirstInText", "东乡县\n厦门市思明区对口帮扶东乡县以来，累计投入帮扶资金3.2亿元。东乡县发展牛羊产业。", "",
		[]string{"思明区>东乡县", "厦门市>东乡县"}},
	{"SameProvinceSupport", "岚县\n太原市小店区对口帮扶岚县，帮助岚县发展马铃薯产业。岚县脱贫摘帽。", "",
		[]string{"小店区>岚县", "太原市>岚县"}},
	{"NoPairWithoutRegions", "会宁县\n中国农业银行对口帮扶会宁县，会宁县发展产业。", "",
		nil},
	{"TwoHelped", "河东区助力脱贫\n天津市河东区对口帮扶甘肃省迭部县和宁县。河东区投入资金。迭部县、宁县脱贫摘帽。", "",
		[]string{"河东区>迭部县", "河东区>宁县"}},
	{"SelfReference", "望谟县\n望谟县发展板栗产业。与我县结对帮扶的宁波市海曙区投入资金2.1亿元。望谟县脱贫摘帽。", "",
		[]string{"海曙区>望谟县", "宁波市>望谟县"}},
	{"Institution", "靖宇县\n省农委帮扶靖宇县景山镇崇礼村，靖宇县成立合作社。", "",
		nil},
	{"RecipientAreas", "静海区扶贫协作\n静海区与受援地区加强协作。静海区向承德县、滦平县投入资金。承德县、滦平县均已脱贫摘帽。", "",
		[]string{"静海区>承德县", "静海区>滦平县"}},
	{"HandInHand", "沿河县\n在东西部扶贫协作中，苏州市吴江区与铜仁市沿河县携手奔小康，吴江区投入资金1亿元，沿河县发展茶叶。", "",
		[]string{"吴江区>沿河县", "苏州市>沿河县"}},
	{"HelperCityNoun", "沿河县\n沿河县的帮扶城市吴江区累计投入资金3亿元，沿河县发展茶叶产业，吴江区企业落户沿河县。", "",
		[]string{"吴江区>沿河县"}},
	{"FundsTowardCounties", "西青区东西部扶贫协作\n东西部扶贫协作以来，天津市西青区累计向承德市丰宁县、围场县投入帮扶资金5亿元。丰宁县、围场县脱贫。", "",
		[]string{"西青区>丰宁县", "西青区>围场县"}},
	{"OwnCityFundsIsNoPair", "丰宁县\n承德市向丰宁县投入帮扶资金5亿元。丰宁县脱贫。", "",
		nil},
	{"WestToEastIsNoPair", "会宁县\n会宁县干部赴江苏省昆山市学习，昆山市帮扶会宁县发展产业。", "",
		[]string{"昆山市>会宁县"}},
	// A verb inside a quoted name is no verb of the clause: the helper
	// before the quote keeps the verb after it (with the learned stage: the
	// rules alone found the pair through the quoted verb's subject).
	{"QuotedVerbDoesNotCutTheHelperOff", "平塘县\n鹿城区采取“发展一个产业、共享一个模式、帮扶一个乡镇、联建两个支部”为主要内容的“”模式开展对口帮扶平塘。", "",
		[]string{"鹿城区>平塘县"}},
	{"QuotedVerbAloneStays", "平塘县\n鹿城区与平塘县开展“携手奔小康”行动。", "",
		[]string{"鹿城区>平塘县"}},
}

func TestPartners(t *testing.T) {
	runRuleCases(t, partnerCases, func(r EvalRecord) []string {
		var out []string
		for _, p := range r.Partners {
			out = append(out, p.Helper+">"+p.Helped)
		}
		return out
	})
}

func TestSameNameResolvedByContext(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"河东区脱贫攻坚\n天津市河东区组织企业赴甘肃考察。河东区投入资金1亿元。", "120102"},
		{"河东区乡村振兴\n临沂市河东区发展蔬菜产业。河东区投入资金1亿元。", "371312"},
	} {
		r := ToEval(x.extract(newTextDocument("t", c.text, "", true)))
		if got := r.Codes["河东区"]; got != c.want {
			t.Errorf("%s: 河东区 = %q, want %s", c.text, got, c.want)
		}
	}
}

// TestUnquotedBeforeLast: a partner verb inside a quoted name is dropped
// when a verb outside quotes follows it, so that it does not cut the
// clause's helper off the verb after the quote.
func TestUnquotedBeforeLast(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"鹿城区采取“发展一个产业、帮扶一个乡镇”的模式开展对口帮扶平塘。", []string{"对口帮扶"}},
		{"鹿城区采取\"帮扶一个乡镇\"的模式开展对口帮扶平塘。", []string{"对口帮扶"}},
		{"鹿城区与平塘县开展“携手奔小康”行动。", []string{"携手奔小康"}},
		{"鹿城区帮扶平塘县，又结对帮扶三都县。", []string{"帮扶", "结对帮扶"}},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		var got []string
		for _, v := range unquotedBeforeLast(rs, findPartnerVerbs(rs)) {
			got = append(got, string(rs[v.start:v.end]))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: verbs %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestContainsText checks the fast search of long texts against
// strings.Contains: matches at the start, the end, after a false lead byte,
// none, and one-byte and empty needles.
func TestContainsText(t *testing.T) {
	texts := []string{"", "我", "我市", "本市甲县", "甲县我乡我市", "我我市", "扶贫我县市", "市我", "a我b市", "受援地区", "乙区受\u63f4"}
	subs := []string{"", "a", "我市", "本市", "受援", "市", "我我", "县市"}
	for _, s := range texts {
		for _, sub := range subs {
			if got, want := containsText(s, sub), strings.Contains(s, sub); got != want {
				t.Errorf("containsText(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// TestParaNewlines checks the paragraphs found from the line breaks' byte
// positions against a scan of the text's runes between sentences.
func TestParaNewlines(t *testing.T) {
	for _, text := range []string{
		"甲县脱贫攻坚取得成效\n全县贫困人口1000人。今年脱贫500人。\n\n乙村出列。丙村出列，\n丁村出列。",
		"标题\n第一段。\n第二段a。第二段b。\n第三段。",
		"没有换行的文章。第二句。第三句。",
	} {
		d := newTextDocument("t", text, "2020-01-01", true)
		rs := []rune(d.Text)
		want := 0
		for j := 1; j < len(d.sents); j++ {
			a, b := min(d.sents[j-1].end, len(rs)), min(d.sents[j].start, len(rs))
			if a < b && slices.Contains(rs[a:b], '\n') {
				want++
			}
			if got := d.para(j); got != want {
				t.Errorf("%q: para(%d) = %d, want %d", text, j, got, want)
			}
		}
	}
}
