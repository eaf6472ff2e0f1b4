/// `docNumber`: a 发文字号 cited in the text (`黔江府办﹝2021﹞3号`, `国办发〔2024〕48号`):
/// an issuer prefix, a bracketed year and a serial ending in `号`.
enum DocNumberRule {
  /// Words before a prefix that are not part of it.
  private static let leadWords = ["根据", "按照", "依据", "印发", "转发", "参照", "详见", "见", "经", "的", "和", "及", "与"]
  /// Words ending a title written right before the number (`…的批复国函〔1990〕4号`): the prefix starts after them.
  private static let titleEnds = ["的", "批复", "通知", "意见", "决定", "办法", "规定", "方案", "报告", "公告", "通报", "细则", "要点", "纲要"]

  /// The document number whose bracket opens at `i`, or nil.
  static func match(at i: Int, in x: ScanText) -> Fact? {
    guard let o = x.at(i), Triggers.opensDocNumberYear(o) else { return nil }
    var j = i + 1
    for _ in 0..<4 {
      guard let c = x.at(j), NumeralChars.arabicDigit(c) != nil else { return nil }
      j += 1
    }
    guard let c = x.at(j), Triggers.closesDocNumberYear(c) else { return nil }
    j += 1
    let serialStart = j
    while let c = x.at(j), NumeralChars.arabicDigit(c) != nil { j += 1 }
    guard j > serialStart else { return nil }
    j = x.pastSpace(j)
    guard x.at(j) == "号" else { return nil }
    let start = prefixStart(before: i, in: x)
    guard start < i else { return nil }
    let span = Span(start, j + 1)
    let text = String.fromScalars(x.s[span.range])
    return Fact(kind: .docNumber, span: span, value: .reference(text), rule: "docNumber.bracketYear")
  }

  /// The start of the issuer prefix: Han characters before the bracket, without lead words.
  private static func prefixStart(before i: Int, in x: ScanText) -> Int {
    var k = i
    while k > x.lower, i - k < 12, let c = x.at(k - 1), Words.isHan(c) { k -= 1 }
    for w in titleEnds {
      var j = i - w.unicodeScalars.count
      while j >= k {
        if x.has(w, at: j) {
          k = j + w.unicodeScalars.count
          break
        }
        j -= 1
      }
    }
    var changed = true
    while changed {
      changed = false
      for w in leadWords where k < i && x.has(w, at: k) && k + w.unicodeScalars.count < i {
        k += w.unicodeScalars.count
        changed = true
      }
    }
    return k
  }
}
