/// The library's entry point: decoded text in, a `ParseResult` out.
///
/// Parsing never fails on content: odd numbering, masked digits and the like
/// become diagnostics. Only decoding (`TextDecoder`) throws.
public enum DocParser {
  /// Decodes `bytes` and parses them.
  public static func parse(bytes: [UInt8], name: String, options: ParseOptions = ParseOptions()) throws(DecodeError)
    -> ParseResult
  {
    parse(try TextDecoder.decode(bytes, name: name), options: options)
  }

  /// Parses already-decoded text.
  public static func parse(_ source: SourceText, options: ParseOptions = ParseOptions()) -> ParseResult {
    let lines = Line.split(source)
    var diagnostics: [Diagnostic] = []
    let document = DocumentParser(source: source, lines: lines, options: options)
      .parse(span: Span(0, source.count), diagnostics: &diagnostics)
    QuoteChecker.check(source, lines: lines, into: &diagnostics)
    diagnostics.sort { ($0.span.start, $0.span.end, $0.code.rawValue) < ($1.span.start, $1.span.end, $1.code.rawValue) }
    return ParseResult(source: source, document: document, diagnostics: diagnostics)
  }
}
