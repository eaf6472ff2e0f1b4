/// `number`: a numeral that is no other fact (`一千零一`, `16.4亿`, `负十一`), for
/// `facts --jsonl --kinds number`. A leading `负` or `-` makes it negative.
enum BareNumberRule {
  /// The bare-number fact for `n`, or nil for ordinals and list markers.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    guard var v = n.value, n.low == nil, !NumeralGuards.isGlued(n, in: x) else { return nil }
    // `一成不变`, `一体化`: the article-like 一 inside a word.
    if QuantityFact.isArticleOne(n), let c = x.at(n.span.end), Words.isHan(c) { return nil }
    if x.match(MeasureWords.ordinalFollowers, at: n.span.end) != nil || x.at(n.span.end) == "是" { return nil }
    // A measure word the count rule refused (`一批`, `八项规定`, `二次、三次全会`) makes it a name.
    if QuantityRules.unitFollows(at: n.span.end, in: x), NumeralChars.largeUnit(x.s[n.span.end]) == nil { return nil }
    var start = n.span.start
    if let p = x.at(start - 1), p == "负" || p == "-" || p == "－",
      x.at(start - 2).map({ !NumeralChars.isNumeralScalar($0) }) ?? true
    {
      v = -v
      start -= 1
    }
    var end = n.span.end
    if let c = x.match(MoneyWords.closers, at: end), x.s[end] == "整" || x.s[end] == "正" { end = c.end }
    return Fact(kind: .number, span: Span(start, end), value: .amount(v), rule: "number.bare")
  }
}
