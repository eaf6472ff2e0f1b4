/// What the fact extractor needs to know about the document around the text.
public struct FactContext: Sendable {
  /// The year the document is about; resolves `3月17日` (with `inferredYear`).
  public var referenceYear: Int?
  /// A full reference date (`YYYY-MM-DD`), for relative dates such as 今年/去年.
  public var referenceDate: String?

  public init(referenceYear: Int? = nil, referenceDate: String? = nil) {
    self.referenceYear = referenceYear
    self.referenceDate = referenceDate
  }
}

/// Finds every fact in a stretch of source text.
public enum FactExtractor {
  /// The facts in `span` of `text`, in source order, spans absolute.
  public static func extract(from text: SourceText, in span: Span, context: FactContext) -> [Fact] {
    []
  }
}
