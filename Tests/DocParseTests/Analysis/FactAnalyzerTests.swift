@testable import DocParse
import Testing

/// Status and subject of quantities, on facts placed by hand (the extractor is
/// tested on its own), so these tests read only the analysis rules.
@Suite struct FactAnalyzerTests {
  /// Annotates count facts at the marked spans of `marked`.
  func analyse(_ marked: String, kind: Fact.Kind = .count, comparator: Fact.Comparator = .equal) -> [Fact] {
    let m = MarkedText(marked)
    let result = TestSupport.parse(m.text)
    var facts = m.spans.map { span -> Fact in
      var f = Fact(
        kind: kind, span: span, value: .amount(1), unit: kind == .count ? measureWord(m.text, span) : nil, rule: "test")
      f.comparator = comparator
      return f
    }
    let locator = result.document.sections
    for i in facts.indices { facts[i].section = path(of: facts[i].span.start, in: locator) }
    FactAnalyzer.annotate(
      &facts, source: result.source, sections: result.document.sections, kind: result.document.kind,
      year: result.document.metadata.year)
    return facts
  }

  /// The measure word of a marked count: its last character before 以上/左右/余.
  func measureWord(_ text: String, _ span: Span) -> String {
    var chars = Array(SourceText(name: "", text: text)[span])
    while chars.count > 1, let last = chars.last, "以上下左右余".contains(last) { chars.removeLast() }
    return chars.last.map(String.init) ?? ""
  }

  func path(of offset: Int, in nodes: [Node]) -> [Int] {
    guard let i = nodes.firstIndex(where: { $0.span.contains(offset) }) else { return [] }
    return [i + 1] + path(of: offset, in: nodes[i].children)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let status: Fact.Status?
    let subject: String?
    var kind: Fact.Kind = .count
    var testDescription: String { text }
  }

  static let plan = "2023年工作要点\n"
  static let summary = "2021年工作总结\n"

  static let cases: [Case] = [
    Case(text: plan + "力争培育科技型企业⟦50家以上⟧。", status: .target, subject: "培育科技型企业"),
    Case(text: plan + "确保有效期高企达⟦140家⟧。", status: .target, subject: "有效期高企"),
    Case(text: plan + "并组织⟦120家⟧企业在系统注册登记。", status: .target, subject: "企业"),
    Case(text: plan + "力争完成⟦5个⟧市级众创空间申报工作。", status: .target, subject: "市级众创空间"),
    Case(text: plan + "抓住高新技术企业培育、全社会研发投入⟦两个⟧市级考核指标重点工作。", status: nil, subject: "市级考核指标重点工作"),
    Case(text: plan + "全年科技成果登记累计⟦70项⟧。", status: .target, subject: "科技成果登记"),
    Case(text: plan + "去年已培育科技型企业⟦48家⟧。", status: .actual, subject: "培育科技型企业"),
    Case(text: plan + "每年新增高新技术企业⟦20家⟧。", status: .target, subject: "新增高新技术企业"),  // 每年 is a distribution
    Case(text: summary + "新培育科技型企业⟦48家⟧，科技型企业总量达⟦398家⟧。", status: .actual, subject: "新培育科技型企业"),
    Case(text: summary + "开展谈心谈话⟦**人次⟧，签订责任书⟦*份⟧。", status: .actual, subject: "谈心谈话"),
    Case(text: summary + "党组将党建工作纳入决策，专题研究部署党建工作⟦*次⟧。", status: .actual, subject: "专题研究部署党建工作"),
    Case(text: summary + "对获奖项目给予⟦最高40万元⟧支持。", status: nil, subject: "获奖项目", kind: .money),  // no framing: 对, 给予
    Case(text: summary + "明年力争新增高新技术企业⟦10家⟧。", status: .target, subject: "新增高新技术企业"),
    Case(text: "会议纪要\n会议听取了汇报。", status: nil, subject: nil),
  ]

  @Test(arguments: cases)
  func statusAndSubject(_ c: Case) {
    guard let fact = analyse(c.text, kind: c.kind).first else {
      #expect(c.subject == nil)
      return
    }
    #expect(fact.status == c.status)
    #expect(fact.subject == c.subject)
  }

  @Test func secondFactInSummaryUsesItsOwnClause() {
    let facts = analyse(Self.summary + "新培育科技型企业⟦48家⟧，科技型企业总量达⟦398家⟧。")
    #expect(facts.map(\.subject) == ["新培育科技型企业", "科技型企业总量"])
  }

  @Test func aLongNounAfterTheFigureEndsAtAWholeWord() throws {
    let fact = try #require(analyse(Self.plan + "选派⟦2000名⟧农村科技特派员服务县域特色产业发展。").first)
    let subject = try #require(fact.subject)
    #expect(subject.hasPrefix("农村科技特派员"))
    #expect("农村科技特派员服务县域特色产业发展".hasPrefix(subject) && !subject.hasSuffix("发"))
  }

  @Test func rateKeepsItsGrowthVerb() {
    let facts = analyse(Self.plan + "确保全社会研发投入增长⟦10%以上⟧，研发投入强度达到⟦3%⟧。", kind: .percent)
    #expect(facts.map(\.subject) == ["全社会研发投入增长", "研发投入强度"])
  }

  @Test func aMarkerOpeningTheSentenceIsNotPartOfTheSubject() {
    let lines = [
      "（1）新建学校⟦3所⟧。", "(2)新增床位⟦200张⟧。", "①新建公园⟦5个⟧。", "2．新建泵站⟦4座⟧。", "一是新建桥梁⟦7座⟧。",
      "第三条 新建站点⟦2个⟧。",
    ]
    let facts = analyse(Self.plan + lines.joined(separator: "\n"))
    #expect(facts.map(\.subject) == ["新建学校", "新增床位", "新建公园", "新建泵站", "新建桥梁", "新建站点"])
  }

  @Test func dateWordsAreNoiseOnlyAfterTheirDigits() {
    let facts = analyse(Self.plan + "申请人年龄⟦35周岁⟧以下；\n年龄⟦28周岁⟧以下；\n2023年新增企业⟦30家⟧。\n年末常住人口⟦50万人⟧。")
    #expect(facts.map(\.subject) == ["申请人年龄", "年龄", "新增企业", "常住人口"])
  }

  @Test func aTimePhraseAndAChangeToAreNotTheSubject() {
    let counts = analyse(Self.plan + "到2025年新建停车位⟦30万个⟧，至2024年底累计建成充电桩⟦2000个⟧。")
    #expect(counts.map(\.subject) == ["新建停车位", "建成充电桩"])
    let rates = analyse(Self.plan + "首套房贷款利率下调至⟦3.1%⟧，将首付款比例调整至⟦15%⟧。", kind: .percent)
    #expect(rates.map(\.subject) == ["首套房贷款利率", "首付款比例"])
    let terms = analyse(Self.plan + "贷款最高额度调整为⟦60万元⟧。住房取得不动产权证满⟦2年⟧的，可以上市交易。")
    #expect(terms.map(\.subject) == ["贷款最高额度", "住房取得不动产权证"])
  }

  @Test func aShareOfABaseMeasuresWhatTheThresholdBounds() {
    let facts = analyse(
      Self.plan + "首付款比例不得低于总房价的⟦30%⟧。\n贷款额度不超过房屋总价款的⟦80%⟧。\n原则上不高于承担风险责任的⟦0.5%⟧。",
      kind: .percent)
    #expect(facts.map(\.subject) == ["首付款比例", "贷款额度", nil])
  }

  @Test func aLengthOfTimeIsATargetOnlyWhenAGoalSetsIt() {
    let facts = analyse(
      Self.plan + "力争用⟦3年⟧时间建成体系，已预售项目力争在⟦24个月⟧内完成交付。贷款期限最长⟦30年⟧。", kind: .duration)
    #expect(facts.map(\.status) == [.target, .target, nil])
  }

  @Test func subjectBorrowedFromTheClauseBefore() {
    let facts = analyse(Self.summary + "****年新培育市级科技型企业⟦**家⟧，累计达到⟦***家⟧。")
    #expect(facts.map(\.subject) == ["新培育市级科技型企业", "市级科技型企业"])
  }

  @Test func aCapMeasuresWhatTheClauseBeforeGrants() {
    let facts = analyse(
      Self.plan + "对符合条件的企业给予一次性奖励，最高不超过⟦50万元⟧。按契税总额的80%给予补贴，最高⟦3万元⟧。"
        + "每百元固定资产净值提供的税收利润，⟦36元⟧。",
      kind: .money)
    #expect(facts.map(\.subject) == ["一次性奖励", "补贴", "每百元固定资产净值提供的税收利润"])
  }

  @Test func aFineIsWhatItsBoundsMeasure() {
    let facts = analyse(
      "第十条 违反本办法规定的，责令改正，予以通报批评，并可处⟦10000元以上⟧⟦30000元以下⟧罚款；"
        + "没有违法所得的，处⟦5000元以上⟧⟦2万元以下⟧的罚款。罚款⟦500元⟧。",
      kind: .money)
    #expect(facts.map(\.subject) == ["罚款", "罚款", "罚款", "罚款", "罚款"])
  }

  @Test func wordsAroundAFigureThatAreNotItsSubject() {
    let rates = analyse(
      Self.plan + "减按⟦1%⟧的税率征收契税。职工按⟦12%⟧的缴存比例缴存住房公积金。利率较年初下降⟦0.3%⟧。", kind: .percent)
    #expect(rates.map(\.subject) == ["税率", "缴存比例", "利率"])
    let money = analyse(
      Self.plan + "对认定的工作室，一次性给予⟦10万元⟧补助。贷款最高额度由⟦50万元⟧/人调整为⟦60万元⟧/人。", kind: .money)
    #expect(money.map(\.subject) == ["补助", "贷款最高额度", "贷款最高额度"])
    let spans = analyse(Self.plan + "过去⟦五年⟧，我们牢记嘱托。今后⟦五年⟧是关键时期。今年已过去近⟦5个月⟧。", kind: .duration)
    #expect(spans.map(\.subject) == [nil, nil, "过去"])
  }

  @Test func aRatePaidOnABaseMeasuresWhatIsPaid() {
    let facts = analyse(
      Self.plan + "竞买保证金可按起始价⟦20%⟧缴纳。企业按评估价格的⟦50%⟧缴交土地出让金。"
        + "分别按扣除标准的⟦50%⟧扣除。职工按工资的⟦12%⟧缴存住房公积金。",
      kind: .percent)
    #expect(facts.map(\.subject) == ["竞买保证金", "土地出让金", "扣除标准", "住房公积金"])
  }

  @Test func aConditionOrAForbiddenBoundIsNoGoal() {
    let plan = analyse(Self.plan + "若月末个贷率连续3个月低于⟦90%⟧，恢复受理。力争个贷率达到⟦85%⟧。", kind: .percent)
    #expect(plan.map(\.status) == [nil, .target])
    let rule = analyse(Self.plan + "置换后的监管资金不得低于所需资金额度的⟦70%⟧。", kind: .percent)
    #expect(rule.map(\.status) == [nil])
    let summary = analyse(Self.summary + "若扣除价格因素，实际增长⟦8%⟧。", kind: .percent)
    #expect(summary.map(\.status) == [.actual])
  }

  @Test func aDistributionBeforeTheFigureIsNotItsSubject() {
    let facts = analyse(
      Self.plan + "扣除标准为每月⟦1500元⟧。单身职工由每月⟦1000元⟧上调至1200元。提高租房提取公积金的额度，由每年每人⟦1.5万元⟧提高至1.8万元。",
      kind: .money)
    #expect(facts.map(\.subject) == ["扣除标准", "单身职工", "提高租房提取公积金的额度"])
  }

  @Test func aConjunctionOpeningTheClauseIsNotTheSubject() {
    let facts = analyse(
      Self.plan + "上限不变，即个人⟦60万元⟧。但贷款最长期限不超过⟦30年⟧。或者患者在⟦3年⟧内申请。",
      kind: .money)
    #expect(facts.map(\.subject) == ["个人", "贷款最长期限", "患者"])
  }

  @Test func aCompoundInAHeadingDoesNotMakeItAPlan() {
    // 计划单列市 is a kind of city, not a plan.
    let facts = analyse(
      "关于印发暂行办法的通知\n第七条 纳税人可以按照以下标准定额扣除：\n（一）直辖市、计划单列市以及其他城市，扣除标准为每月⟦1500元⟧；\n",
      kind: .money)
    #expect(facts.map(\.status) == [nil])
  }

  @Test func aNoteOnABoundStandsBetweenAFigureAndItsNoun() {
    let facts = analyse(
      Self.plan + "购买⟦90平方米以下⟧(含90平方米)住房的，给予补贴。家庭拥有⟦1套以下⟧(含1套)自有产权住房。"
        + "房龄在⟦1~30年⟧(含)房款首付比例不低于30%。",
      kind: .count)
    #expect(facts.map(\.subject) == ["住房", "自有产权住房", "房龄"])
  }

  @Test func aBoundInABracketNoteIsTheRangesOwn() {
    let facts = analyse(Self.plan + "购买住房面积⟦90-144平方米⟧(不含⟦144平方米⟧)的，给予补贴。", kind: .count)
    #expect(facts[1].subject == facts[0].subject)
  }

  @Test func joinedFiguresShareTheirSubject() {
    let m = MarkedText(Self.summary + "发放知识价值信用贷款⟦64笔⟧、⟦9506万元⟧。")
    let result = TestSupport.parse(m.text)
    var facts = [
      Fact(kind: .count, span: m.spans[0], value: .amount(64), unit: "笔", rule: "test"),
      Fact(kind: .money, span: m.spans[1], value: .amount(95_060_000), unit: "CNY", rule: "test"),
    ]
    FactAnalyzer.annotate(&facts, source: result.source, sections: [], kind: .workSummary, year: 2021)
    #expect(facts.map(\.subject) == ["发放知识价值信用贷款", "发放知识价值信用贷款"])
  }

  @Test func sectionTitleYearDecidesPlanOrSummary() {
    let text = "工作情况报告\n一、2022年主要工作\n培育企业⟦48家⟧。\n二、2023年主要工作\n培育企业⟦50家⟧。\n"
    let m = MarkedText(text)
    let result = TestSupport.parse(m.text)
    var facts = m.spans.map { Fact(kind: .count, span: $0, value: .amount(1), unit: "家", rule: "test") }
    facts[0].section = [1]
    facts[1].section = [2]
    FactAnalyzer.annotate(
      &facts, source: result.source, sections: result.document.sections, kind: .workSummary, year: 2022)
    #expect(facts.map(\.status) == [.actual, .target])
  }

  @Test func reportSectionsWithTheDocumentsOwnYear() {
    let text = "2026年政府工作报告\n一、2025年工作回顾\n新增就业⟦1256万人⟧。\n二、2026年政府工作任务\n新增就业⟦1200万人以上⟧。\n"
    let m = MarkedText(text)
    let result = TestSupport.parse(m.text)
    var facts = m.spans.map { Fact(kind: .count, span: $0, value: .amount(1), unit: "人", rule: "test") }
    facts[0].section = [1]
    facts[1].section = [2]
    FactAnalyzer.annotate(&facts, source: result.source, sections: result.document.sections, kind: .report, year: 2026)
    #expect(facts.map(\.status) == [.actual, .target])
  }

  @Test func planAndSummarySectionsOfOneDocument() {
    let text = "区科技局2022年工作总结和2023年工作计划\n一、2022年工作总结\n新培育企业⟦48家⟧。\n二、2023年工作打算\n新增企业⟦50家⟧。\n"
    #expect(analyse(text).map(\.status) == [.actual, .target])
  }

  @Test func qualifierAndSubjectsDistributedOverAList() {
    let facts = analyse(Self.plan + "2024年，力争高新技术和科技型企业分别突破⟦330家⟧、⟦5900家⟧。", comparator: .greater)
    // Each subject is where it is written: the first part does not borrow the head noun.
    #expect(facts.map(\.subject) == ["高新技术", "科技型企业"])
    #expect(facts.map(\.status) == [.target, .target])
  }

  @Test func sharedHeadNounIsAWord() throws {
    let facts = analyse(Self.summary + "高技术制造业、装备制造业增加值分别增长⟦8.9%⟧、⟦7.7%⟧。", kind: .percent)
    #expect(facts.map(\.subject) == ["高技术制造业", "装备制造业增加值"])
    for fact in facts {
      let span = try #require(fact.subjectSpan)
      #expect(fact.subject == SourceText(name: "", text: Self.summary + "高技术制造业、装备制造业增加值分别增长8.9%、7.7%。")[span])
    }
  }

  @Test func neutralDocumentReadsCues() {
    let text = "会议纪要\n会议要求，力争引进企业⟦10家⟧。全区累计建成基地⟦5个⟧。共有委员⟦9名⟧。\n"
    #expect(analyse(text).map(\.status) == [.target, .actual, .actual])
  }
}
