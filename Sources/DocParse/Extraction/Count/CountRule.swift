import FoundationEssentials

/// `count`: a number with a measure word (`50家`, `80余人次`, `两个`, `**篇`).
enum CountRule {
  /// The count fact whose number is `n`, or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    guard !QuantityFact.isArticleOne(n) else { return nil }
    var approximate = false
    var j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    // `750余万人次`, `1100多万人`: 万 or 亿 after the approximation scales the number.
    var scale: Decimal = 1
    var scaled = false
    if approximate, let c = x.at(j), c == "万" || c == "亿", n.trailingUnit == nil {
      scale = c == "万" ? 10_000 : 100_000_000
      scaled = true
      j += 1
    }
    if x.match(MeasureWords.ordinalFollowers, at: j) != nil { return nil }
    guard let m = x.match(MeasureWords.counts, at: j) else {
      // `6600多万农村人口`: a large approximate number before a noun, as `6000万农村人口` is.
      if scaled { return LargeNumberRule.approximate(n, end: j, scale: scale, in: x) }
      return LargeNumberRule.match(n, in: x)
    }
    if x.match(MeasureWords.countNameFollowers, at: m.end) != nil { return nil }
    // `14亿人口`, `300万家庭`: the unit starts a word; the number counts without one.
    if x.match(MeasureWords.wordsNotUnits, at: j) != nil { return LargeNumberRule.match(n, in: x) }
    if QuantityFact.isNumeralWord(n, unitAt: j, in: x) { return nil }
    if m.value == "次", isSessionList(after: m.end, in: x) { return nil }
    // `政策十条` names a package; `政策**条` (gold: a count of articles) keeps digits.
    if m.value == "条", n.form == .chinese, x.match(MeasureWords.policyPackages, endingAt: n.span.start) != nil {
      return nil
    }
    return QuantityFact.make(
      .count, n, end: m.end, unit: m.value, scale: scale, approximate: approximate, rule: "count.measureWord")
  }

  /// `二次、三次、四次全会`: sessions of a congress, named by ordinal.
  private static func isSessionList(after i: Int, in x: ScanText) -> Bool {
    var j = i
    while let c = x.match(Connectors.list, at: j), let n = x.numeral(at: c.end), x.at(n.span.end) == "次" {
      j = n.span.end + 1
    }
    return x.match(MeasureWords.sessionNames, at: j) != nil
  }
}
