/// `count`: a number with a measure word (`50家`, `80余人次`, `两个`, `**篇`).
enum CountRule {
  /// The count fact whose number is `n`, or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    guard !QuantityFact.isArticleOne(n) else { return nil }
    var approximate = false
    let j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    if x.match(MeasureWords.ordinalFollowers, at: j) != nil { return nil }
    guard let m = x.match(MeasureWords.counts, at: j) else { return nil }
    if x.match(MeasureWords.nameFollowers, at: m.end) != nil { return nil }
    return QuantityFact.make(.count, n, end: m.end, unit: m.value, approximate: approximate, rule: "count.measureWord")
  }
}
