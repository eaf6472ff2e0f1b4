import FoundationEssentials

/// Builds quantity facts from a numeral and the unit found after it.
enum QuantityFact {
  /// A fact of `kind` covering `n` up to `end`; masked numerals keep a null value.
  static func make(
    _ kind: Fact.Kind, _ n: Numeral, end: Int, unit: String?, scale: Decimal = 1, approximate: Bool, rule: String
  ) -> Fact {
    var fact = Fact(kind: kind, span: Span(n.span.start, end), value: .none, unit: unit, rule: rule)
    if let v = n.value {
      // `八九亿`, `几十万`, `两三家`: both ends.
      fact.value = n.low.map { .range(min: $0 * scale, max: v * scale) } ?? .amount(v * scale)
    }
    fact.masked = n.masked
    fact.approximate = approximate || n.approximate
    return fact
  }

  /// A word that merely contains a numeral: `二套住房` (a second home), `二次`,
  /// `零部件`, `一次性`. Not a quantity.
  static func isNumeralWord(_ n: Numeral, unitAt j: Int, in x: ScanText) -> Bool {
    guard n.form == .chinese, n.span.length == 1, let c = x.at(n.span.start) else { return false }
    switch c {
    case "二": return x.match(MeasureWords.ordinalAfterTwo, at: j) != nil
    case "零": return true
    case "一": return x.at(j) == "次" && x.at(j + 1) == "性"
    default: return false
    }
  }

  /// Whether a numeral is the article-like `一` (`一批`, `一年来`), not a quantity.
  static func isArticleOne(_ n: Numeral) -> Bool {
    // `intValue`, not a Decimal comparison (which allocates): asked of every lone `一`.
    n.form == .chinese && n.span.length == 1 && n.intValue == 1
  }
}
