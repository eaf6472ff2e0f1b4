import FoundationEssentials

/// `1109万`, `14亿`: a count whose measure word is left out (people, mostly); unit null.
enum LargeNumberRule {
  static let rule = "count.large"

  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    // Asked for bare numbers (`facts --kinds number`), a bare `100万` is one.
    guard !x.context.includeNumbersAndRanges, n.trailingUnit != nil, let last = x.at(n.span.end - 1),
      last == "万" || last == "亿"
    else { return nil }
    // Money and measured quantities have their own rules.
    if x.at(n.span.end) == "元" { return nil }
    if QuantityRules.unitFollows(at: n.span.end, in: x), x.match(MeasureWords.wordsNotUnits, at: n.span.end) == nil {
      return nil
    }
    return QuantityFact.make(.count, n, end: n.span.end, unit: nil, approximate: false, rule: rule)
  }

  /// `6600多万`, `20余亿` before a noun: the number scaled by 万 or 亿 after the approximation.
  static func approximate(_ n: Numeral, end: Int, scale: Decimal, in x: ScanText) -> Fact? {
    guard !x.context.includeNumbersAndRanges, x.at(end) != "元" else { return nil }
    if QuantityRules.unitFollows(at: end, in: x), x.match(MeasureWords.wordsNotUnits, at: end) == nil { return nil }
    return QuantityFact.make(.count, n, end: end, unit: nil, scale: scale, approximate: true, rule: rule)
  }
}
