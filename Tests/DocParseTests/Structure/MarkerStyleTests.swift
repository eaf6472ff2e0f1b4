@testable import DocParse
import Testing

/// One small document per marker style: the marker is recognised, its style,
/// ordinal and title are right.
@Suite struct MarkerStyleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let style: MarkerStyle
    let marker: String
    let ordinal: Int
    let title: String
    var testDescription: String { marker }
  }

  static let cases: [Case] = [
    Case(text: "一、总体要求\n正文。", style: .chineseComma, marker: "一、", ordinal: 1, title: "总体要求"),
    Case(text: "十二、着力提高机关效能\n正文。", style: .chineseComma, marker: "十二、", ordinal: 12, title: "着力提高机关效能"),
    Case(text: "三.保障措施\n正文。", style: .chineseComma, marker: "三.", ordinal: 3, title: "保障措施"),
    Case(text: "（三）夯实党建基础。贯彻落实。", style: .chineseParen, marker: "（三）", ordinal: 3, title: "夯实党建基础"),
    Case(text: "(二)强化思想武装\n", style: .chineseParen, marker: "(二)", ordinal: 2, title: "强化思想武装"),
    Case(text: "㈣加强管理\n", style: .chineseParen, marker: "㈣", ordinal: 4, title: "加强管理"),
    Case(text: "1.培育高新技术企业。邀请专家。", style: .arabicDot, marker: "1.", ordinal: 1, title: "培育高新技术企业"),
    Case(text: "2．培育科技型企业\n", style: .arabicDot, marker: "2．", ordinal: 2, title: "培育科技型企业"),
    Case(text: "3、培育高成长企业\n", style: .arabicDot, marker: "3、", ordinal: 3, title: "培育高成长企业"),
    Case(text: "1. 坚定落实主体责任。局党组。", style: .arabicDot, marker: "1.", ordinal: 1, title: "坚定落实主体责任"),
    Case(text: "（4）完善机制；\n", style: .arabicParen, marker: "（4）", ordinal: 4, title: "完善机制"),
    Case(text: "(5)加强督查\n", style: .arabicParen, marker: "(5)", ordinal: 5, title: "加强督查"),
    Case(text: "⑹健全制度\n", style: .arabicParen, marker: "⑹", ordinal: 6, title: "健全制度"),
    Case(text: "③开展培训\n", style: .circled, marker: "③", ordinal: 3, title: "开展培训"),
    Case(text: "第一章　总则\n", style: .chapter, marker: "第一章", ordinal: 1, title: "总则"),
    Case(text: "第二节 组织机构\n", style: .chapter, marker: "第二节", ordinal: 2, title: "组织机构"),
    Case(text: "第十五条　本办法自印发之日起施行。", style: .article, marker: "第十五条", ordinal: 15, title: "本办法自印发之日起施行"),
    Case(text: "第3条 适用范围：\n", style: .article, marker: "第3条", ordinal: 3, title: "适用范围"),
  ]

  @Test(arguments: cases)
  func recognisesMarker(_ c: Case) throws {
    let result = TestSupport.parse(c.text)
    let node = try #require(result.document.sections.first)
    #expect(node.kind == .heading)
    #expect(node.style == c.style)
    #expect(node.marker == c.marker)
    #expect(node.ordinal == c.ordinal)
    #expect(node.title == c.title)
    #expect(node.level == 1)
    TestSupport.checkInvariants(result)
  }

  /// Lines that start with a number but are not headings.
  @Test(arguments: [
    "2022年，区科技局工作要坚持在区委领导下。", "1.2万元用于奖励。", "2023.3.1起施行。", "3.5倍于去年。",
    "1949年10月1日。", "十四五期间。", "一是加强领导。",
  ])
  func notAHeading(_ text: String) {
    let headings = TestSupport.flatten(TestSupport.parse(text).document.sections).filter { $0.kind == .heading }
    #expect(headings.isEmpty, "\(headings.map(\.marker))")
  }

  @Test func leadingSpacesAndFullWidthSpaces() {
    #expect(TestSupport.outline("    1.甲\n\u{3000}\u{3000}2.乙\n\t3.丙") == ["L1 1. 甲", "L1 2. 乙", "L1 3. 丙"])
  }

  @Test func markdownHeadingHashes() {
    #expect(TestSupport.outline("## 第一章 总则\n第一条 目的。\n") == ["L1 第一章 总则", "L2 第一条 目的"])
  }
}
