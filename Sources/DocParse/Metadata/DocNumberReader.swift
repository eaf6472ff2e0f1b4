/// Reads 发文字号 such as `綦科局发〔2022〕12号` into prefix, year and serial.
///
/// Finding the number is the fact extractor's `DocNumberRule`; this splits what
/// it found into the GB/T 9704 parts.
enum DocNumberReader {
  /// The first doc number inside `span`, with its own span.
  static func first(in text: SourceText, span: Span) -> (DocNumber, Span)? {
    let scan = ScanText(s: text.scalars, span: span, context: FactContext())
    for i in span.range where Triggers.opensDocNumberYear(text.scalars[i]) {
      if let fact = DocNumberRule.match(at: i, in: scan) { return (parts(text, fact.span, bracket: i), fact.span) }
    }
    return nil
  }

  /// `綦科局发` `〔2022〕` `12号` → prefix, year, serial.
  static func parts(_ text: SourceText, _ span: Span, bracket: Int) -> DocNumber {
    let year = SmallNumeral.arabic(text.scalars, at: bracket + 1, limit: span.end)
    let serialStart = (year?.end ?? bracket) + 1
    let serial = SmallNumeral.arabic(text.scalars, at: serialStart, limit: span.end)
    return DocNumber(
      text: text[span], prefix: text[Span(span.start, bracket)], year: year?.value, serial: serial?.value)
  }
}
