import FoundationEssentials

/// `fraction`: `三分之一`, `五分之四`, `2/3`. (`百分之`, `千分之` are percents.)
enum FractionRule {
  /// The fraction whose denominator (Chinese form) or numerator (`2/3`) is `n`, or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    guard let first = n.value, n.low == nil, !n.masked else { return nil }
    if x.has("分之", at: n.span.end), let m = x.numeral(at: n.span.end + 2), let top = m.value, m.low == nil,
      first > 0, top > 0
    {
      return Fact(
        kind: .fraction, span: Span(n.span.start, m.span.end), value: .fraction(numerator: top, denominator: first),
        rule: "fraction.written")
    }
    // `2/3`: small whole numbers, the top below the bottom, not part of a date or a path.
    guard n.form != .chinese, x.at(n.span.end) == "/", let m = x.numeral(at: n.span.end + 1), m.form != .chinese,
      let a = n.intValue, let b = m.intValue, a > 0, a < b, b <= 100, n.isDigitRun, m.isDigitRun,
      x.at(n.span.start - 1).map({ $0 != "/" && NumeralChars.arabicDigit($0) == nil && !Words.isLatin($0) }) ?? true,
      x.at(m.span.end).map({ $0 != "/" && NumeralChars.arabicDigit($0) == nil && !Words.isLatin($0) }) ?? true
    else { return nil }
    return Fact(
      kind: .fraction, span: Span(n.span.start, m.span.end), value: .fraction(numerator: Decimal(a), denominator: Decimal(b)),
      rule: "fraction.slash")
  }
}
