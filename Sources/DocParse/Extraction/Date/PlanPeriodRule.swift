/// Five-year plan periods: `十四五` (also `“十四五”期间`) → the range 2021/2025.
/// Read even inside quotes, where other numbers are slogans.
enum PlanPeriodRule {
  /// The plan period starting at `i` (at `十`, or at the opening quote), or nil.
  static func match(at i: Int, in x: ScanText) -> Fact? {
    let quoted = x.at(i) == "“"
    let k = quoted ? i + 1 : i
    guard x.at(k) == "十", let d = x.at(k + 1).flatMap(NumeralChars.chineseDigit), d >= 1, d <= 5,
      x.at(k + 2) == "五", let first = TimeWords.planStart(10 + d)
    else { return nil }
    if let next = x.at(k + 3), NumeralChars.isNumeralScalar(next) || next == "年" || next == "个" { return nil }
    var end = k + 3
    if quoted {
      guard x.at(end) == "”" else { return nil }
      end += 1
    }
    for word in ["期间", "时期"] where x.has(word, at: end) { end += 2 }
    let a = String(first)
    let b = String(first + 4)
    let fact = Fact(kind: .date, span: Span(i, end), value: .period(start: a, end: b), rule: "date.planPeriod")
    return fact
  }
}
