@testable import DocParse
import Testing

/// Numbers that are not quantities: slogans in quotes, titles, ordinals,
/// congress and plenum names, heading markers, and the article `一`.
@Suite struct NegativeCorpusTests {
  static let quantityKinds: Set<Fact.Kind> = [.money, .count, .percent, .multiple, .duration, .date, .number]

  @Test(arguments: [
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”", "坚持“1236工作思路”", "深入学习党的二十大精神",
    "学习贯彻党的十九届六中全会精神", "贯彻市委六届二次、三次、四次全会部署", "第六届科技活动周", "科技是第一生产力",
    "2023年是贯彻落实党的二十大决策部署的第一年", "一、加强政治建设", "（一）加强组织领导", "1.完善工作机制",
    "（3）强化考核", "一是积极培育科技型企业", "集中推介一批科技成果", "违反中央八项规定精神",
    "一年来，区科技局", "区第十五次党代会", "落实科技创新政策十条", "开展“百年回望”主题活动", "专项整治三年行动",
    // Words that merely contain a numeral (real lines from the corpus).
    "购买二套住房的家庭", "对二套及以上住房", "防止二次污染", "汽车零部件企业", "给予一次性奖励", "二期工程建设",
    "庆祝新中国成立70周年", "一成不变", "固定资产折旧", "打折促销",
  ])
  func noQuantity(_ text: String) {
    let facts = FactTestSupport.facts(text, numbers: true).filter { Self.quantityKinds.contains($0.kind) }
    let onlyTheYear = facts.allSatisfy { $0.kind == .date && $0.value == .date("2023") }
    #expect(onlyTheYear, "unexpected: \(facts.map { ($0.kind, $0.span) })")
  }

  @Test(arguments: ["《科技体制改革三年攻坚方案》", "《巴南区2024年科技创新工作要点》", "《“十四五”规划》"])
  func titlesAreOnlyCitations(_ text: String) {
    let facts = FactTestSupport.facts(text, numbers: true)
    #expect(facts.map(\.kind) == [.citation])
  }

  @Test(arguments: ["零点", "点一", "元整", "负", "COVID-19疫情", "5G基站"])
  func notNumbers(_ text: String) {
    #expect(FactTestSupport.facts(text, numbers: true).isEmpty)
  }

  @Test(arguments: [
    "原文链接 https://www.gov.cn/xinwen/2022-12/27/content_5.htm",
    "来源：http://jsj.huzhou.gov.cn/art/2022/8/15/art_1229.html",
    "https://hk.finance.yahoo.com/news/%E4%B8%AD%E5%9B%BD%E5%8A%A0%E7%A0%81%E6%88%BF",
    "见www.km.gov.cn/c/2024-07-08/4877.shtml",
  ])
  func figuresInWebAddressesAreNotFacts(_ text: String) {
    #expect(FactTestSupport.facts(text, numbers: true).isEmpty)
  }

  @Test func aFigureAfterAWebAddressIsOne() {
    let facts = FactTestSupport.facts("详见https://www.gov.cn/a.htm 增长5%")
    #expect(facts.map(\.kind) == [.percent])
  }

  /// `两三年`, `五六年` are spans of two or three years, not the years 2023 or 2056.
  @Test(arguments: ["准备在两三年内完成", "用五六年时间"])
  func adjacentDigitsBeforeYearAreNotYears(_ text: String) {
    let facts = FactTestSupport.facts(text)
    #expect(facts.allSatisfy { $0.kind != .date })
    #expect(facts.first { $0.kind == .duration }?.min != nil)
  }
}
