/// Reads one calendar point (`2022年3月17日`, `07年第三季度`, `去年6月上旬`,
/// `10月19日`) and the bare ranges inside one component (`4月12-19日`).
struct DateReader {
  let x: ScanText

  /// What starts a part of the year (`上半年`, `首季度`, `第三季度`).
  static let partStarts = ScalarSet("上下首前第".unicodeScalars)
  /// After a month, what makes it a date (`3月底`, `六月前`).
  static let monthClosers = ScalarSet("前后起底末初中份".unicodeScalars)
  /// Before a month, what makes it a date (`于5月`).
  static let monthOpeners = ScalarSet("于在到至自从".unicodeScalars)
  /// Before a relative year, what makes it the base of a comparison (`较去年`).
  static let comparisonBases = ScalarSet("比较同与于".unicodeScalars)

  /// Whether a date can start at numeral `n` (read at its own start): what `point(at:)`
  /// and a bare year before a range (`DateRule`) need in or after it. False lets the
  /// scanner pass over the usual number, one followed by a measure word, without them.
  static func mayStart(at n: Numeral, in x: ScanText) -> Bool {
    if n.masked { return true }
    let i = n.span.start
    // `2019/04/19`, `2019.9.6`: four digits and a separator (`NumericDateReader`).
    if let sep = x.at(i + 4), sep == "/" || sep == "." || sep == "-" || sep == "．" { return true }
    // `一季度`, `1季度` (`yearlessPart`).
    if x.at(i + 1) == "季" || x.at(i + 2) == "季" { return true }
    // A year, a month or a day, or a range (`1-9月`, `2021—2025年`).
    let j = x.pastSpace(n.span.end)
    switch x.at(j) {
    case "年", "月", "日", "号": return true
    default: return x.match(Connectors.range, at: j) != nil
    }
  }

  /// The point starting at `i`; `inherit` supplies the year (and month) of a range's left end.
  func point(at i: Int, inherit: DatePoint? = nil) -> DatePoint? {
    if let p = NumericDateReader(x: x).point(at: i) { return p }
    if let p = relativeYear(at: i) { return p }
    if let c = x.at(i), Self.partStarts.contains(c) || x.at(i + 1) == "季" || x.at(i + 2) == "季",
      let p = yearlessPart(at: i, year: inherit?.year ?? x.referenceYear, inferred: inherit?.year == nil)
    {
      return p
    }
    guard let n = x.numeral(at: i) else { return nil }
    if n.masked { return maskedYear(n) }
    let j = x.pastSpace(n.span.end)
    // `1-9月`: a range of months in the document's year.
    if inherit == nil, x.match(Connectors.range, at: j) != nil, var p = month(n, year: x.referenceYear), p.period != nil {
      p.inferredYear = x.referenceYear != nil
      return p
    }
    switch x.at(j) {
    case "年":
      guard let y = year(of: n, detailFollows: detailFollows(at: x.pastSpace(j + 1))) else { return nil }
      var p = DatePoint(year: y, end: j + 1)
      if x.at(p.end) == "度" { p.end += 1 }
      afterYear(&p)
      return p
    case "月":
      // `去年3月` without a reference date: the year is not the document's.
      if inherit == nil, x.match(TimeWords.relativeYears, endingAt: i) != nil { return nil }
      let y = inherit?.year ?? x.referenceYear
      guard var p = month(n, year: y) else { return nil }
      p.inferredYear = inherit?.year == nil && y != nil
      guard inherit != nil || p.day != nil || p.period != nil || monthStandsAlone(p, start: i) else { return nil }
      return p
    case "日", "号":
      guard let y = inherit?.year, let m = inherit?.month, let d = n.intValue, (1...31).contains(d) else { return nil }
      return DatePoint(year: y, month: m, day: d, end: j + 1)
    default:
      return nil
    }
  }

  /// A month alone is a date where the text says when (`六月前到期`, `3月底`,
  /// `于5月`), not in a name or a count (`三月街`).
  private func monthStandsAlone(_ p: DatePoint, start: Int) -> Bool {
    if let c = x.at(p.end), Self.monthClosers.contains(c) || x.has("以来", at: p.end) { return true }
    if let b = x.at(start - 1), Self.monthOpeners.contains(b) { return true }
    return x.match(TimeWords.relativeYears, endingAt: start) != nil
  }

  /// The year of a numeral written before `年`: four digits, or two digits
  /// (`98年4月`, `零七年`) completed with the century nearest the reference year.
  func year(of n: Numeral, detailFollows: Bool) -> Int? {
    guard n.isDigitRun, let v = n.intValue else { return nil }
    if n.digitCount == 4 { return (1000...2999).contains(v) ? v : nil }
    guard n.digitCount == 2, v < 10 || detailFollows else { return nil }
    if n.form == .chinese, x.s[n.span.start] == "两" || v % 10 == v / 10 + 1 { return nil }  // 两三年, 五六年
    let ref = x.referenceYear ?? 2030
    return 2000 + v <= ref + 10 ? 2000 + v : 1900 + v
  }

  private func detailFollows(at i: Int) -> Bool {
    guard let c = x.at(i) else { return false }
    if let n = x.numeral(at: i), x.at(n.span.end) == "月" { return true }
    return c == "第" || c == "首" || c == "上" || c == "下" || x.has("季度", at: i + 1)
  }

  private func maskedYear(_ n: Numeral) -> DatePoint? {
    guard n.digitCount == 4, n.isDigitRun, !n.hasFraction else { return nil }
    let j = n.span.end
    if x.at(j) == "年" { return DatePoint(year: nil, masked: true, end: x.at(j + 1) == "度" ? j + 2 : j + 1) }
    guard let c = x.at(j), Words.isHan(c), !QuantityRules.unitFollows(at: j, in: x) else { return nil }
    return DatePoint(year: nil, masked: true, end: j)
  }

  /// `明年3月底`, `去年6月`: a relative year resolved from the document's year
  /// where a month or part of the year follows; alone (`较去年增长`) only when asked.
  private func relativeYear(at i: Int) -> DatePoint? {
    guard let ref = x.referenceYear else { return nil }
    if x.resolvesRelativeYears, x.has("今明两年", at: i) {
      return DatePoint(year: ref, period: (String(ref), String(ref + 1)), end: i + 4)
    }
    guard let r = x.match(TimeWords.relativeYears, at: i) else { return nil }
    // `比上年末下降`, `较去年同期`: the base of a comparison, not a date.
    if let b = x.at(i - 1), Self.comparisonBases.contains(b) { return nil }
    var p = DatePoint(year: ref + r.value, end: r.end)
    afterYear(&p)
    guard x.resolvesRelativeYears || p.month != nil || p.period != nil else { return nil }
    p.inferredYear = !x.resolvesRelativeYears
    return p
  }
}
