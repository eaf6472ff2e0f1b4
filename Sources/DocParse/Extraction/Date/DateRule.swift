/// `date`: a point or period (`2022年3月17日`, `2022年度`, `3月17日` with the
/// document's year, `上半年`, `07年第三季度`) or a range of them (`2021—2025年`,
/// `2017年8月至11月`), with open ends (`起` `以来` → `>=`, `前` `以前` → `<=`).
enum DateRule {
  /// The date fact starting at `i`, or nil.
  static func match(at i: Int, in x: ScanText) -> Fact? {
    let reader = DateReader(x: x)
    guard let p = reader.point(at: i) else { return bareLeftRange(at: i, in: x) }
    if let c = x.match(Connectors.range, at: x.pastSpace(p.end)), !p.masked,
      let q = reader.point(at: x.pastSpace(c.end), inherit: p) ?? numericTail(p, from: i, at: c.end, in: x)
    {
      return range(p, q, start: i, in: x)
    }
    var fact = make(p, start: i, rule: p.masked ? "date.masked" : "date.point")
    openEnd(&fact, in: x)
    return fact
  }

  /// `2021—2025年`, `1985到89年9月`: a bare year before a connector takes the right end's `年`.
  private static func bareLeftRange(at i: Int, in x: ScanText) -> Fact? {
    guard let n = x.numeral(at: i), n.isDigitRun, n.digitCount == 4, let c = x.match(Connectors.range, at: n.span.end),
      let right = x.numeral(at: c.end), x.at(right.span.end) == "年"
    else { return nil }
    let reader = DateReader(x: x)
    guard let y = reader.year(of: n, detailFollows: true), let q = reader.point(at: c.end) else { return nil }
    return range(DatePoint(year: y, end: n.span.end), q, start: i, in: x)
  }

  /// `2008.03-2009`: a numeric date may end on a bare year.
  private static func numericTail(_ p: DatePoint, from start: Int, at i: Int, in x: ScanText) -> DatePoint? {
    let numeric = NumericDateReader(x: x)
    guard numeric.point(at: start) != nil else { return nil }
    return numeric.bareYear(at: i)
  }

  private static func range(_ p: DatePoint, _ q: DatePoint, start: Int, in x: ScanText) -> Fact? {
    guard let a = p.bounds?.0, let b = q.bounds?.1, a <= b else { return nil }
    var fact = Fact(kind: .date, span: Span(start, q.end), value: .period(start: a, end: b), rule: "date.range")
    fact.inferredYear = p.inferredYear
    for closer in ["年前", "前", "止"] where x.has(closer, at: fact.span.end) {
      fact.span.end += closer.unicodeScalars.count
      break
    }
    return fact
  }

  static func make(_ p: DatePoint, start: Int, rule: String) -> Fact {
    var fact = Fact(kind: .date, span: Span(start, p.end), value: .none, rule: rule)
    fact.masked = p.masked
    fact.inferredYear = p.inferredYear
    if let period = p.period {
      fact.value = .period(start: period.start, end: period.end)
    } else if let iso = p.iso {
      fact.value = .date(iso)
    }
    return fact
  }

  /// `起`, `以来` (from) and `前`, `以前` (until) after the date; `左右`.
  private static func openEnd(_ fact: inout Fact, in x: ScanText) {
    guard !fact.masked else { return }
    // `截至10月底`, `截止2022年底`: up to the date.
    if let w = x.match(TimeWords.untilPrefixes, endingAt: fact.span.start) {
      fact.comparator = .atMost
      fact.span.start = w.start
    }
    if let w = x.match(TimeWords.openEnds, at: fact.span.end) {
      fact.comparator = w.value
      fact.span.end = w.end
    }
    if x.has("左右", at: fact.span.end) {
      fact.approximate = true
      fact.span.end += 2
    }
  }
}
