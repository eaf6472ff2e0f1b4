/// The parts after a year or month: month and day, quarters, halves, 旬,
/// `前N个月`, and bare ranges of one component (`1-9月份`, `12-19日`).
extension DateReader {
  /// Reads what follows `YYYY年` into `p`.
  func afterYear(_ p: inout DatePoint) {
    guard let y = p.year else { return }
    let i = x.pastSpace(p.end)
    if let n = x.numeral(at: i), let m = month(n, year: y) {
      p = m
      return
    }
    if let h = x.match(TimeWords.halves, at: i) {
      p.period = (DatePoint.month(y, h.value.0), DatePoint.month(y, h.value.1))
      p.end = h.end
    } else if let q = yearlessPart(at: i, year: y, inferred: false) {
      p = q
    } else if x.at(i) == "内" {
      p.end = i + 1
    } else if x.at(p.end) == "底" || x.at(p.end) == "末" {
      // `2022年底`, `年末`: the year's last month.
      p = DatePoint(year: y, month: 12, end: p.end + 1)
    } else if x.at(p.end) == "初" {
      p = DatePoint(year: y, month: 1, end: p.end + 1)
    }
  }

  /// A month (and day or 旬) from numeral `n` followed by `月`, or a month range `1-9月`.
  func month(_ n: Numeral, year y: Int?) -> DatePoint? {
    guard let m = n.intValue, (1...12).contains(m) else { return nil }
    var j = x.pastSpace(n.span.end)
    if x.at(j) != "月" {
      guard let c = x.match(Connectors.range, at: j), let n2 = x.numeral(at: c.end), let m2 = n2.intValue,
        (1...12).contains(m2), m2 > m, x.at(n2.span.end) == "月"
      else { return nil }
      let end = x.at(n2.span.end + 1) == "份" ? n2.span.end + 2 : n2.span.end + 1
      return DatePoint(year: y, month: m, period: (DatePoint.month(y, m), DatePoint.month(y, m2)), end: end)
    }
    j += 1
    if x.at(j) == "份" { j += 1 }
    // `3月底`, `6月初`: the month.
    if x.at(j) == "底" || x.at(j) == "末" || x.at(j) == "初" { return DatePoint(year: y, month: m, end: j + 1) }
    var p = DatePoint(year: y, month: m, end: j)
    if let d = x.numeral(at: x.pastSpace(j)), let day = self.day(d, year: y, month: m) {
      return day
    }
    if let t = x.match(TimeWords.dekads, at: j) {
      let last = t.value.1 == 0 ? DatePoint.daysIn(y, m) : t.value.1
      p.period = (DatePoint.day(y, m, t.value.0), DatePoint.day(y, m, last))
      p.end = t.end
    }
    return p
  }

  /// A day from numeral `n` followed by `日`/`号`, or a day range `12-19日`.
  func day(_ n: Numeral, year y: Int?, month m: Int) -> DatePoint? {
    guard let d = n.intValue, (1...31).contains(d) else { return nil }
    let j = x.pastSpace(n.span.end)
    if x.at(j) == "日" || x.at(j) == "号" { return DatePoint(year: y, month: m, day: d, end: j + 1) }
    // `4月28前上报`: the day's `日` left out before a deadline word.
    if j == n.span.end, x.at(j) == "前" || x.has("以前", at: j) || x.has("之前", at: j) {
      return DatePoint(year: y, month: m, day: d, end: j)
    }
    guard let c = x.match(Connectors.range, at: j), let n2 = x.numeral(at: c.end), let d2 = n2.intValue,
      (1...31).contains(d2), d2 > d, x.at(n2.span.end) == "日" || x.at(n2.span.end) == "号"
    else { return nil }
    return DatePoint(
      year: y, month: m, day: d, period: (DatePoint.day(y, m, d), DatePoint.day(y, m, d2)), end: n2.span.end + 1)
  }

  /// Quarters and leading parts of a year: `第三季度`, `一季度`, `首季度`, `前两个季度`,
  /// `前十一个月`, `后三月`, `首月`.
  func yearlessPart(at i: Int, year y: Int?, inferred: Bool) -> DatePoint? {
    guard let c = x.at(i) else { return nil }
    var p: DatePoint? = nil
    if c == "上" || c == "下", let h = x.match(TimeWords.halves, at: i) {
      // `上半年`, `下半年` (not `全年`, which qualifies a figure).
      p = DatePoint(year: y, period: (DatePoint.month(y, h.value.0), DatePoint.month(y, h.value.1)), end: h.end)
    } else if c == "首" {
      if x.has("首季度", at: i) { p = quarters(y, 1, 1, end: i + 3) }
      if x.has("首月", at: i) { p = DatePoint(year: y, month: 1, end: i + 2) }
    } else if c == "前" || c == "后" {
      p = leading(at: i + 1, year: y, fromEnd: c == "后")
    } else {
      let start = c == "第" ? i + 1 : i
      if let n = x.numeral(at: start), let q = n.intValue, (1...4).contains(q), x.has("季度", at: n.span.end) {
        p = quarters(y, q, q, end: n.span.end + 2)
      }
    }
    p?.inferredYear = inferred && y != nil
    return p
  }

  private func leading(at i: Int, year y: Int?, fromEnd: Bool) -> DatePoint? {
    guard let n = x.numeral(at: i), let k = n.intValue, k > 0 else { return nil }
    var j = n.span.end
    if x.at(j) == "个" { j += 1 }
    if x.has("季度", at: j), k <= 4 {
      return fromEnd ? quarters(y, 5 - k, 4, end: j + 2) : quarters(y, 1, k, end: j + 2)
    }
    guard x.at(j) == "月", k <= 12 else { return nil }
    let (a, b) = fromEnd ? (13 - k, 12) : (1, k)
    return DatePoint(year: y, period: (DatePoint.month(y, a), DatePoint.month(y, b)), end: j + 1)
  }

  private func quarters(_ y: Int?, _ first: Int, _ last: Int, end: Int) -> DatePoint {
    DatePoint(year: y, period: (DatePoint.month(y, first * 3 - 2), DatePoint.month(y, last * 3)), end: end)
  }
}
