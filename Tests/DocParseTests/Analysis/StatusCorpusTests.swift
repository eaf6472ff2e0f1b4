@testable import DocParse
import Testing

/// Status and subject per genre and section role, each case a real sentence
/// under the title or heading of the kind of document it came from.
@Suite struct StatusCorpusTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let document: String
    let figure: String
    let status: Fact.Status?
    var subject: String? = nil
    var testDescription: String { figure + " in " + document.prefix(24) }
  }

  static let cases: [Case] = [
    // A statistical bulletin reports actuals, with no cue word in sight.
    Case(
      document: "宜春市2022年国民经济和社会发展统计公报\n一、综合\n初步核算，全年实现地区生产总值（GDP）3473.12亿元，按可比价计算，同比增长5.3%。\n",
      figure: "3473.12亿元", status: .actual, subject: "地区生产总值（GDP）"),
    // A 办法 sets rules: thresholds and standard amounts are parameters.
    Case(
      document: "个人所得税专项附加扣除暂行办法\n第五条　纳税人的子女接受全日制学历教育的相关支出，按照每个子女每月1000元的标准定额扣除。\n",
      figure: "1000元", status: nil, subject: "标准定额扣除"),
    Case(
      document: "个人所得税专项附加扣除暂行办法\n第二十三条　本办法所称被赡养人是指年满60岁的父母。\n",
      figure: "年满60岁", status: nil),
    // Measures (若干措施) set rates: `按起始价20%缴纳` is a parameter, not a goal.
    Case(
      document: "榆社县促进房地产业良性循环和健康发展若干措施\n一、优化市场供应\n（一）放宽土地出让条件。新出让国有土地的竞买保证金可按起始价20%缴纳。\n",
      figure: "20%", status: nil),
    // A 政府工作报告 plans for its year in sections that name no year; a bare
    // change (`比去年增加`) measures the clause's topic before it.
    Case(
      document: "政府工作报告\n三、加大宏观政策实施力度\n今年拟安排地方政府专项债券3.75万亿元，比去年增加1.6万亿元。\n",
      figure: "1.6万亿元", status: .target, subject: "安排地方政府专项债券"),
    // …and reviews the past year in its 回顾 section.
    Case(
      document: "2020年政府工作报告\n一、2019年工作回顾\n社会消费品零售总额超过40万亿元，消费持续发挥主要拉动作用。\n",
      figure: "超过40万亿元", status: .actual, subject: "社会消费品零售总额"),
    // `计划生育` is not a plan cue; a 工作开展情况 section reports.
    Case(
      document: "关于2022年法治工作情况暨2023年工作要点的报告\n一、工作开展情况\n2021年废止计划生育类政策文件3份，2022年废止7份。\n",
      figure: "3份", status: .actual),
    // In a plan, `现有` marks the present state for every figure of its clause.
    Case(
      document: "2023年度工作计划\n（一）提升党建引领工作质效。持续巩固现有17个“五星级”党组织和6个党建品牌示范点创建成果。\n",
      figure: "6个", status: .actual, subject: "党建品牌示范点创建成果"),
    // A quoted name after the figure is kept whole.
    Case(
      document: "2023年度工作计划\n（一）提升党建引领工作质效。持续巩固现有17个“五星级”党组织和6个党建品牌示范点创建成果。\n",
      figure: "17个", status: .actual, subject: "“五星级”党组织"),
    // A subsidy rate granted by a notice's policy is a parameter.
    Case(
      document: "各街道办事处：\n现将有关事项通知如下。\n按照所缴纳契税总额 50%给予补贴。\n",
      figure: "50%", status: nil, subject: "所缴纳契税总额"),
  ]

  @Test(arguments: cases)
  func statusAndSubject(_ c: Case) throws {
    let result = TestSupport.parse(c.document, facts: true)
    let facts = ([result.document] + result.document.attachments).flatMap(\.facts)
    let fact = try #require(facts.first { result.source[$0.span] == c.figure }, "no fact \(c.figure)")
    #expect(fact.status == c.status)
    if let subject = c.subject { #expect(fact.subject == subject) }
    if let span = fact.subjectSpan { #expect(result.source[span] == fact.subject) }
  }
}
