@testable import DocParse
import FoundationEssentials
import Testing

/// The numeral layer reads whole numerals exactly.
struct NumeralScannerTests {
  static let cases: [(String, String)] = [
    ("0", "0"), ("1234", "1234"), ("1,234", "1234"), ("1,234.5万", "12345000"), ("82，225.00", "82225"),
    ("１２３", "123"), ("３．５", "3.5"), ("16.4亿", "1640000000"), ("35.1亿", "3510000000"),
    ("1.2万", "12000"), ("3千万", "30000000"), ("3千万亿", "3000000000000000"), ("两千三百万", "23000000"),
    ("壹佰贰拾叁", "123"), ("肆佰叁拾萬", "4300000"), ("十", "10"), ("十一", "11"), ("一十一", "11"),
    ("二十", "20"), ("一百零一", "101"), ("一百一十", "110"), ("一千零十一", "1011"), ("一万零百一十一", "10111"),
    ("一亿五千万零六千三百五十五", "150006355"), ("六万万", "600000000"), ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111"),
    ("廿二", "22"), ("卅", "30"), ("一一", "11"), ("一七二零点一三四", "1720.134"), ("二〇二三", "2023"),
    ("零点零零一", "0.001"), ("三万五", "35000"), ("十三万五", "135000"), ("两千六", "2600"), ("一百二", "120"),
    ("一百二十万三", "1203000"), ("十万零一千", "101000"), ("100万三千", "1003000"), ("200亿零四千230", "20000004230"),
    ("一百点123", "100.123"), ("1百01", "101"), ("1万600", "10600"), ("兩千六", "2600"), ("两个亿", "200000000"),
    ("2.37亿", "237000000"), ("1096.65万", "10966500"), ("47.264287亿", "4726428700"),
  ]

  /// A digit after 万/亿 that is followed by a measure word counts something else.
  @Test func digitBeforeAMeasureWordIsNotPartOfTheNumeral() throws {
    let s = Array("5万亿两个台阶".unicodeScalars)
    let n = try #require(NumeralScanner.scan(s, at: 0, limit: s.count))
    #expect(n.value == Decimal(string: "5000000000000"))
    #expect(n.span == Span(0, 3))
  }

  @Test(arguments: cases)
  func value(_ c: (String, String)) throws {
    let s = Array(c.0.unicodeScalars)
    let n = try #require(NumeralScanner.scan(s, at: 0, limit: s.count))
    #expect(n.value == Decimal(string: c.1))
    #expect(n.span == Span(0, s.count))
  }

  @Test(arguments: ["八九亿", "三五百", "四五千"])
  func adjacentDigitsAreRanges(_ text: String) throws {
    let s = Array(text.unicodeScalars)
    let n = try #require(NumeralScanner.scan(s, at: 0, limit: s.count))
    #expect(n.low != nil && n.low! < n.value!)
  }

  @Test(arguments: [("几十万", "100000", "1000000"), ("数十亿", "1000000000", "10000000000")])
  func vague(_ c: (String, String, String)) throws {
    let s = Array(c.0.unicodeScalars)
    let n = try #require(NumeralScanner.scan(s, at: 0, limit: s.count))
    #expect(n.isVague)
    #expect(n.low == Decimal(string: c.1))
    #expect(n.value == Decimal(string: c.2))
  }

  @Test(arguments: ["**", "*.**", "****", "**.*", "*.*万"])
  func masked(_ text: String) throws {
    let s = Array(text.unicodeScalars)
    let n = try #require(NumeralScanner.scan(s, at: 0, limit: s.count))
    #expect(n.masked && n.value == nil)
    #expect(n.span == Span(0, s.count))
  }

  @Test(arguments: ["百", "千", "万", "点一", "元"])
  func notNumerals(_ text: String) {
    let s = Array(text.unicodeScalars)
    #expect(NumeralScanner.scan(s, at: 0, limit: s.count) == nil)
  }

  @Test func smallNumeralAgrees() {
    for text in ["一", "十二", "二十", "九十九", "一百零五", "廿三"] {
      let s = Array(text.unicodeScalars)
      let small = SmallNumeral.chinese(s, at: 0, limit: s.count)
      let full = NumeralScanner.scan(s, at: 0, limit: s.count)
      #expect(small.map { Decimal($0.value) } == full?.value)
    }
  }

  /// A line of only a zero-width space that a scraper left inside a number (`74.4` / `\u{200B}` / `万亿元`).
  @Test func invisibleLineInsideANumber() {
    let s = Array("74.4\n\u{200B}\n万亿元".unicodeScalars)
    let n = NumeralScanner.scan(s, at: 0, limit: s.count)
    #expect(n?.value == Decimal(string: "74400000000000"))
    // A real line break is still a break.
    let t = Array("74.4\n万亿元".unicodeScalars)
    #expect(NumeralScanner.scan(t, at: 0, limit: t.count)?.value == Decimal(string: "74.4"))
  }
}
