@testable import DocParse
import Testing

/// Levels come from the order styles appear in, and real documents' oddities
/// (gaps, restarts, continued numbering, skipped levels, late lists, lost line
/// breaks) become diagnostics, never failures.
@Suite struct TreeShapeTests {
  func codes(_ text: String) -> [String] {
    TestSupport.parse(text).diagnostics.map(\.code.rawValue)
  }

  @Test func levelsFollowOrderOfAppearance() {
    let text = "一、甲\n1.子一\n2.子二\n二、乙\n（一）丙\n1.丁\n"
    #expect(TestSupport.outline(text) == ["L1 一、 甲", "L2 1. 子一", "L2 2. 子二", "L1 二、 乙", "L2 （一） 丙", "L3 1. 丁"])
    TestSupport.checkInvariants(TestSupport.parse(text))
  }

  @Test func arabicAboveChineseParenWhenTheDocumentSaysSo() {
    #expect(TestSupport.outline("1.甲\n（一）子\n2.乙\n") == ["L1 1. 甲", "L2 （一） 子", "L1 2. 乙"])
  }

  @Test func chapterClosesArticles() {
    let text = "第一章 总则\n第一条 甲。\n（一）子项；\n第二条 乙。\n第二章 附则\n第三条 丙。\n"
    #expect(
      TestSupport.outline(text) == [
        "L1 第一章 总则", "L2 第一条 甲", "L3 （一） 子项", "L2 第二条 乙", "L1 第二章 附则", "L2 第三条 丙",
      ])
  }

  @Test func higherFormAfterLowerPreamble() {
    #expect(TestSupport.outline("1.前言甲\n2.前言乙\n一、正文\n（一）子\n") == ["L1 1. 前言甲", "L1 2. 前言乙", "L1 一、 正文", "L2 （一） 子"])
  }

  @Test func numberingGapIsADiagnostic() {
    #expect(TestSupport.outline("一、甲\n三、丙\n") == ["L1 一、 甲", "L1 三、 丙"])
    #expect(codes("一、甲\n三、丙\n").contains("numbering-gap"))
  }

  @Test func numberingContinuesAcrossParents() {
    let text = "（一）甲\n1.子一\n2.子二\n（二）乙\n3.子三\n"
    #expect(TestSupport.outline(text) == ["L1 （一） 甲", "L2 1. 子一", "L2 2. 子二", "L1 （二） 乙", "L2 3. 子三"])
    #expect(codes(text).contains("numbering-continues"))
  }

  @Test func numberingRestartUnderSameParent() {
    #expect(codes("一、甲\n1.子\n2.子\n1.再\n").contains("numbering-restart"))
  }

  @Test func nestedListInTheSameStyleAfterAColon() {
    let text = "一、总体\n二、目标\n三、措施\n重点做好以下几点：\n一、甲\n二、乙\n四、保障\n"
    #expect(
      TestSupport.outline(text) == ["L1 一、 总体", "L1 二、 目标", "L1 三、 措施", "L2 一、 甲", "L2 二、 乙", "L1 四、 保障"])
    #expect(!codes(text).contains("numbering-restart"))
  }

  @Test func skippedLevelBecomesChild() {
    let text = "一、甲\n（一）子\n1.孙\n二、乙\n1.孙\n"
    #expect(TestSupport.outline(text) == ["L1 一、 甲", "L2 （一） 子", "L3 1. 孙", "L1 二、 乙", "L2 1. 孙"])
    #expect(codes(text) == ["level-skipped"])
  }

  @Test func itemsUnderHeading() {
    let text = "（一）加强领导。一是健全机制；二是压实责任。三是强化考核，确保落实。\n"
    #expect(
      TestSupport.outline(text) == ["L1 （一） 加强领导", "L2 一是 健全机制", "L2 二是 压实责任", "L2 三是 强化考核，确保落实"])
    TestSupport.checkInvariants(TestSupport.parse(text))
  }

  @Test func headingTitleEndsAtItsFirstItem() {
    let text = "（一）主要做法：一是健全机制；二是压实责任。\n"
    #expect(TestSupport.outline(text) == ["L1 （一） 主要做法", "L2 一是 健全机制", "L2 二是 压实责任"])
    TestSupport.checkInvariants(TestSupport.parse(text))
  }

  @Test func dutiesInsideAnItemHangUnderIt() {
    let text = "（一）加强宣传。一是明确重点。一要反映动态。二要反映中心工作。二是提高质量。三要素齐全。\n"
    #expect(
      TestSupport.outline(text) == [
        "L1 （一） 加强宣传", "L2 一是 明确重点", "L3 一要 反映动态", "L3 二要 反映中心工作", "L2 二是 提高质量",
      ])
    TestSupport.checkInvariants(TestSupport.parse(text))
    // A lone `一要` or `三要素` opening a sentence is no list.
    #expect(TestSupport.outline("一要坚持标准。三要素齐全。").isEmpty)
  }

  @Test func listStartingLate() {
    let text = "一、研发投入\n用好政策。二是抓好考核，加强指导。\n"
    #expect(TestSupport.outline(text) == ["L1 一、 研发投入", "L2 二是 抓好考核，加强指导"])
    #expect(codes(text).contains("list-starts-late"))
  }

  @Test func ordinalItems() {
    #expect(TestSupport.outline("我讲三点。第一，统一思想。第二，明确任务。") == ["L1 第一 统一思想", "L1 第二 明确任务"])
  }

  @Test func wordsThatLookLikeItemsAreNot() {
    #expect(TestSupport.outline("统一是基础，唯一是关键，第一生产力。").isEmpty)
  }

  @Test func lostLineBreaks() {
    let body = String(repeating: "推进各项工作落实。", count: 70)
    let text = "总体要求如下：一、加强领导。\(body)二、完善机制；（一）健全制度。\(body)（二）强化考核。"
    #expect(TestSupport.outline(text) == ["L1 一、 加强领导", "L1 二、 完善机制", "L2 （一） 健全制度", "L2 （二） 强化考核"])
    #expect(codes(text).contains("lost-line-breaks"))
    TestSupport.checkInvariants(TestSupport.parse(text))
  }

  @Test func regulationWhoseLineBreaksWereLost() {
    let articles = (2...12).map { "第\(SmallNumeralNames.chinese($0))条本条规定各项要求，具体事项另行通知。" }.joined()
    let text = "电力监管条例第一章　总则第一条为了加强监管，制定本条例。" + articles + "第二章　附则第十三条本条例自公布之日起施行。"
    let outline = TestSupport.outline(text)
    #expect(outline.first == "L1 第一章 总则")
    #expect(outline.contains("L2 第一条 为了加强监管，制定本条例"))
    #expect(outline.contains("L1 第二章 附则"))
    #expect(outline.last == "L2 第十三条 本条例自公布之日起施行")
    #expect(outline.count == 15)
  }

  @Test func htmlPagesAreFlagged() {
    #expect(codes("<div class=\"wrap\">\n<p>一、总则</p>\n</div>\n") == ["markup-as-text"])
    #expect(codes("一、总则\n比较 a<b 的情形。\n").isEmpty)
  }

  @Test func unmatchedQuotesAreDiagnostics() {
    #expect(codes("一、落实“四个意识\n二、学习《条例》。\n") == ["unmatched-quote"])
  }

  @Test func markerAloneOnItsLineTakesTheNextLineAsTitle() {
    let text = "第一章\n总则\n第一条\n为了规范管理，制定本办法。\n一、\n这是一段很长的正文，并不是标题，因为它超过了标题的长度限制，而且还在继续写下去，一直写到这里。\n"
    #expect(TestSupport.outline(text) == ["L1 第一章 总则", "L2 第一条 为了规范管理，制定本办法", "L3 一、 "])
    TestSupport.checkInvariants(TestSupport.parse(text))
  }

  @Test func markerContinuingItsNumberingAfterAFullStop() {
    let text = "第七条 需提供以下材料：\n（一）同意书。（二）合同。\n（三）发票。3.5万元以内。第八条 办理流程。\n"
    #expect(
      TestSupport.outline(text) == [
        "L1 第七条 需提供以下材料", "L2 （一） 同意书", "L2 （二） 合同", "L2 （三） 发票", "L1 第八条 办理流程",
      ])
  }

  @Test func markerAfterAFullStopThatDoesNotContinueIsText() {
    #expect(TestSupport.outline("一、总体\n坚持原则。（一）是关键。二、措施\n") == ["L1 一、 总体", "L1 二、 措施"])
    #expect(TestSupport.outline("一、总体\n坚持原则。三、是关键。\n") == ["L1 一、 总体"])
  }

  @Test func crlfAndCrLineEndings() {
    #expect(TestSupport.outline("一、甲\r\n1.子\r二、乙\r\n") == ["L1 一、 甲", "L2 1. 子", "L1 二、 乙"])
  }

  @Test func spansCoverUntilNextSiblingOrHigher() throws {
    let text = "一、甲\n正文\n（一）子\n二、乙\n"
    let result = TestSupport.parse(text)
    let first = try #require(result.document.sections.first)
    #expect(result.source[first.span] == "一、甲\n正文\n（一）子\n")
    #expect(result.source[first.children[0].span] == "（一）子\n")
  }
}

/// Chinese numerals for building test documents.
enum SmallNumeralNames {
  static func chinese(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10 { return digits[n] }
    return (n >= 20 ? digits[n / 10] : "") + "十" + digits[n % 10]
  }
}
