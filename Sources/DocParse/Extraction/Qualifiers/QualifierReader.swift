/// Applies comparator and approximation words around a quantity and widens
/// the fact's span to cover them (`超11亿元`, `8000万元以上`, `约4.287亿美元`).
enum QualifierReader {
  /// Reads qualifiers before `fact.span.start` and after `fact.span.end`.
  static func apply(to fact: inout Fact, in x: ScanText) {
    // A space a PDF left between the word and the number (`最高不超过 3万元`) is allowed.
    let spaced = fact.span.start > x.lower && (x.s[fact.span.start - 1] == " " || x.s[fact.span.start - 1] == "\u{A0}")
    if let w = x.match(QualifierWords.before, endingAt: fact.span.start)
      ?? (spaced ? x.match(QualifierWords.before, endingAt: fact.span.start - 1) : nil)
    {
      merge(w.value, into: &fact)
      fact.span.start = w.start
    }
    if let w = x.match(QualifierWords.after, at: fact.span.end) {
      merge(w.value, into: &fact)
      fact.span.end = w.end
    }
  }

  private static func merge(_ e: QualifierWords.Effect, into fact: inout Fact) {
    if let c = e.comparator, fact.comparator == .equal { fact.comparator = c }
    if e.approximate { fact.approximate = true }
  }

  /// Reads `余`/`多` between a number and its unit; returns the offset after it.
  static func infix(at i: Int, in x: ScanText, approximate: inout Bool) -> Int {
    let i = x.pastSpace(i)
    guard let w = x.match(QualifierWords.infix, at: i) else { return i }
    approximate = true
    return w.end
  }
}
