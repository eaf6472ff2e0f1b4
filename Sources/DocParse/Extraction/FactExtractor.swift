/// What the fact extractor needs to know about the document around the text.
public struct FactContext: Sendable {
  /// The year the document is about; resolves `3月17日` (with `inferredYear`).
  public var referenceYear: Int?
  /// A full reference date (`YYYY-MM-DD`, or `YYYY`), for relative dates such as 今年/去年.
  public var referenceDate: String?
  /// Resolve relative years (今年, 去年, 明年) against `referenceDate`. Off for documents,
  /// where `今年以来` and `较去年增长` are not dates the reader looks for; on for `facts --jsonl`.
  public var resolvesRelativeDates = false
  /// Also report bare numbers (`number`) and closed ranges (`range`), for `facts --jsonl`.
  public var includeNumbersAndRanges = false

  public init(
    referenceYear: Int? = nil, referenceDate: String? = nil, resolvesRelativeDates: Bool = false,
    includeNumbersAndRanges: Bool = false
  ) {
    self.referenceYear = referenceYear
    self.referenceDate = referenceDate
    self.resolvesRelativeDates = resolvesRelativeDates
    self.includeNumbersAndRanges = includeNumbersAndRanges
  }
}

/// Finds every fact in a stretch of source text.
public enum FactExtractor {
  /// The facts in `span` of `text`, in source order, spans absolute.
  public static func extract(from text: SourceText, in span: Span, context: FactContext) -> [Fact] {
    extract(from: text.scalars, in: span, context: context)
  }

  /// The facts in `span` of `scalars`, in source order.
  public static func extract(from scalars: [Unicode.Scalar], in span: Span, context: FactContext) -> [Fact] {
    let x = ScanText(s: scalars, span: span, context: context)
    var scanner = FactScanner(x: x, zones: TextZones(x))
    scanner.run()
    return scanner.facts
  }
}
