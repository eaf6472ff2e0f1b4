import FoundationEssentials

/// Reads digits blanked out with stars: `**`, `*.**`, `****.*`, optionally
/// followed by a large unit (`*.*万`). The value stays unknown.
enum MaskedNumeralReader {
  /// The masked numeral at `start`, or nil when the stars are something else
  /// (Markdown emphasis glued to digits).
  static func read(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Numeral? {
    // Only from the start of a run: the tail of a long run of stars is no number.
    if start > 0, NumeralChars.isMask(s[start - 1]) { return nil }
    var i = start
    var stars = 0
    // Read at most one star past the longest mask, so a long run costs a
    // constant per offset (a run of 200,000 stars stays linear).
    while i < limit, NumeralChars.isMask(s[i]), stars <= 8 {
      stars += 1
      i += 1
    }
    var fraction = false
    if i + 1 < limit, NumeralChars.isDecimalPoint(s[i]), NumeralChars.isMask(s[i + 1]) {
      fraction = true
      i += 1
      while i < limit, NumeralChars.isMask(s[i]) { i += 1 }
    }
    guard stars <= 8 else { return nil }
    if i < limit, NumeralChars.arabicDigit(s[i]) != nil || NumeralChars.chineseDigit(s[i]) != nil { return nil }
    var n = Numeral(span: Span(start, i), value: nil, form: .masked)
    n.digitCount = stars
    n.hasFraction = fraction
    n.isDigitRun = !fraction
    if i < limit, let e = NumeralChars.largeUnit(s[i]) {
      n.span.end = i + 1
      n.trailingUnit = NumeralChars.power(e)
      n.isDigitRun = false
    }
    return n
  }
}
