/// `duration`: a length of time (`3年`, `48个月`, `5个工作日`, `7天`, `2小时`);
/// a year (`2022年`) is a date and is read before this rule.
enum DurationRule {
  /// The duration fact whose number is `n`, or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    guard !QuantityFact.isArticleOne(n) else { return nil }
    var approximate = false
    let j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    guard let u = x.match(MeasureWords.durations, at: j) else { return nil }
    // `18周岁` is an age, `70周年` an anniversary, `二次` a second time.
    if u.value == "周" && x.at(u.end) == "岁" { return nil }
    if u.value == "周年" { return nil }
    if QuantityFact.isNumeralWord(n, unitAt: j, in: x) { return nil }
    if x.match(MeasureWords.durationNameFollowers, at: u.end) != nil { return nil }
    if u.value == "年", x.at(u.end) == "度" || x.at(u.end) == "级" { return nil }
    return QuantityFact.make(.duration, n, end: u.end, unit: u.value, approximate: approximate, rule: "duration.unit")
  }
}
