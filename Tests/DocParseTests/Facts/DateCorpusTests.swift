@testable import DocParse
import Testing

/// Surface forms of dates, document numbers and citations.
@Suite struct DateCorpusTests {
  static let cases: [Expected] = [
    Expected(marked: "⟦2022年3月17日⟧", kind: .date, value: "2022-03-17"),
    Expected(marked: "⟦2023年⟧是贯彻落实", kind: .date, value: "2023"),
    Expected(marked: "⟦2022年度⟧高新技术企业", kind: .date, value: "2022"),
    Expected(marked: "⟦二〇二三年十二月⟧", kind: .date, value: "2023-12"),
    Expected(marked: "收准备工作。⟦10月19日⟧，", kind: .date, value: "2021-10-19", year: 2021),
    Expected(marked: "⟦2021—2025年⟧", kind: .date, value: "2021/2025"),
    Expected(marked: "⟦2017年8月至11月⟧", kind: .date, value: "2017-08/2017-11"),
    Expected(marked: "⟦2017年8月15日至2018年3月29日⟧", kind: .date, value: "2017-08-15/2018-03-29"),
    Expected(marked: "⟦2019年4月12-19日⟧", kind: .date, value: "2019-04-12/2019-04-19"),
    Expected(marked: "⟦2018年1～9月⟧", kind: .date, value: "2018-01/2018-09"),
    Expected(marked: "⟦2022年上半年⟧", kind: .date, value: "2022-01/2022-06"),
    Expected(marked: "⟦2022年第三季度⟧", kind: .date, value: "2022-07/2022-09"),
    Expected(marked: "⟦一季度⟧完成", kind: .date, value: "2024-01/2024-03", year: 2024),
    Expected(marked: "⟦1999年7月下旬⟧", kind: .date, value: "1999-07-21/1999-07-31"),
    Expected(marked: "⟦2025年前⟧完成", kind: .date, value: "2025", comparator: .atMost),
    Expected(marked: "⟦零七年八月二十九号⟧", kind: .date, value: "2007-08-29", year: 2017),
    Expected(marked: "⟦2019年5月8日起⟧施行", kind: .date, value: "2019-05-08", comparator: .atLeast),
    Expected(marked: "⟦2020-05-26⟧", kind: .date, value: "2020-05-26"),
    Expected(marked: "⟦2019/04/19⟧", kind: .date, value: "2019-04-19"),
    Expected(marked: "落实⟦“十四五”⟧规划", kind: .date, value: "2021/2025"),
    Expected(marked: "抓好⟦“十四五”期间⟧", kind: .date, value: "2021/2025"),
    Expected(marked: "⟦十一五时期⟧", kind: .date, value: "2006/2010"),
    Expected(marked: "现将区科技局⟦****年⟧工作情况", kind: .date, value: nil, masked: true),
    Expected(marked: "（⟦黔江府办﹝2021﹞3号⟧）", kind: .docNumber, value: "黔江府办﹝2021﹞3号"),
    Expected(marked: "根据⟦国办发〔2024〕48号⟧", kind: .docNumber, value: "国办发〔2024〕48号"),
    Expected(marked: "关于同意的批复⟦国函〔1990〕4号⟧", kind: .docNumber, value: "国函〔1990〕4号"),
    Expected(marked: "完善⟦《重庆市黔江区重点实验室建设与运行管理办法》⟧", kind: .citation, value: "重庆市黔江区重点实验室建设与运行管理办法"),
  ]

  @Test(arguments: cases) func fact(_ e: Expected) throws { try FactTestSupport.check(e) }

  /// A relative year with a month after it is resolved from the document's
  /// year (and marked inferred); alone, or as the base of a comparison, it stays a word.
  @Test func relativeYearsFromTheDocumentsYear() throws {
    let inDocument = try #require(FactTestSupport.facts("去年3月3号", year: 1966).first { $0.kind == .date })
    #expect(FactTestSupport.string(inDocument.value) == "1965-03-03" && inDocument.inferredYear)
    let with = FactTestSupport.facts("去年3月3号", refDate: "1966")
    #expect(with.first.map { FactTestSupport.string($0.value) } == "1965-03-03")
    #expect(FactTestSupport.facts("比上年末下降0.91%", year: 2022).allSatisfy { $0.kind != .date })
    #expect(FactTestSupport.facts("较去年增长三倍", year: 2022).allSatisfy { $0.kind != .date })
  }

  /// Dates whose year nothing states are kept as ISO `--MM-DD` (never dropped),
  /// and year-less periods as `--MM` ranges.
  @Test(arguments: [
    ("会议于3月17日召开", "--03-17"), ("上半年完成", "--01/--06"), ("1-9月增长", "--01/--09"), ("前三季度", "--01/--09"),
    ("六月前到期", "--06"),
  ])
  func yearlessDates(_ text: String, _ value: String) throws {
    let f = try #require(FactTestSupport.facts(text).first { $0.kind == .date })
    #expect(FactTestSupport.string(f.value) == value && !f.inferredYear)
  }

  @Test func untilIsAnUpperBound() throws {
    let f = try #require(FactTestSupport.facts("截至2022年底，已完成", year: 2022).first { $0.kind == .date })
    #expect(f.comparator == .atMost && FactTestSupport.string(f.value) == "2022-12")
  }

  @Test func inferredYearIsMarked() throws {
    let f = try #require(FactTestSupport.facts("10月19日召开", year: 2021).first)
    #expect(f.inferredYear)
  }
}

/// In documents, relative years are not resolved even with a document date.
@Test func relativeYearsStayWordsInDocuments() {
  let source = SourceText(name: "t", text: "较去年增长三倍，今年以来")
  let context = FactContext(referenceYear: 2022, referenceDate: "2022-03-17")
  let facts = FactExtractor.extract(from: source, in: Span(0, source.count), context: context)
  #expect(facts.filter { $0.kind == .date }.isEmpty)
}

/// The scanner tries the date readers at a numeral only where `DateReader.mayStart`
/// says a date can start: wherever they find one, it says so (numerals of every form,
/// followed by what dates and quantities are written with, in ranges and with spaces).
@Test func everyDateAtANumeralIsOneMayStartSays() {
  let numerals = ["2023", "2019", "12", "3", "07", "一", "十二", "两", "二〇二三", "**", "××××", "1.5", "2019.9"]
  let gaps = ["", " ", "  "]
  let followers = [
    "年", "月", "日", "号", "季度", "-", "/", ".", "．", "至", "到", "~", "—", "（含）-", "个", "元", "%", "家", "年度", "月份",
    "-2025年", "—9月", "至11月", ".04.19", "/4/19", "-05-26", "个月", "",
  ]
  let tails = ["", "3月", "12日", "底", "以来", "前"]
  var dates = 0
  for context in [FactContext(), FactContext(referenceYear: 2023), FactContext(referenceDate: "2023-05-01", resolvesRelativeDates: true)] {
    for prefix in ["", "于", "第"] {
      for numeral in numerals {
        for gap in gaps {
          for follower in followers {
            for tail in tails {
              let s = Array((prefix + numeral + gap + follower + tail).unicodeScalars)
              let start = prefix.unicodeScalars.count
              let x = ScanText(s: s, span: Span(0, s.count), context: context)
              guard let n = x.numeral(at: start), DateRule.match(at: start, in: x) != nil else { continue }
              dates += 1
              #expect(DateReader.mayStart(at: n, in: x), "\(String(String.UnicodeScalarView(s)))")
            }
          }
        }
      }
    }
  }
  #expect(dates > 1000)
}
