/// The library's entry point: decoded text in, a `ParseResult` out.
///
/// Parsing never fails on content: odd numbering, masked digits and the like
/// become diagnostics. Only decoding (`TextDecoder`) throws.
public enum DocParser {
  /// Imports `bytes` (text, Markdown or HTML, sniffed from the content) and parses them.
  public static func parse(bytes: [UInt8], name: String, options: ParseOptions = ParseOptions()) throws(DecodeError)
    -> ParseResult
  {
    parse(try DocumentImporter.read(bytes, name: name), options: options)
  }

  /// Parses already-decoded text.
  public static func parse(_ source: SourceText, options: ParseOptions = ParseOptions()) -> ParseResult {
    parse(ImportedText(source: source), options: options)
  }

  /// The first tag of an HTML page (`<!DOCTYPE html>`, `<div class=…>`) when the text starts with one.
  static func htmlStart(_ source: SourceText) -> Span? {
    let s = source.scalars
    var i = 0
    while i < s.count && (s[i].isBlank || s[i] == "\n" || s[i] == "\r") { i += 1 }
    guard i + 1 < s.count, s[i] == "<",
      s[i + 1] == "!" || ("a"..."z").contains(s[i + 1]) || ("A"..."Z").contains(s[i + 1])
    else { return nil }
    var end = i + 1
    while end < s.count && end - i < 200 && s[end] != ">" { end += 1 }
    return end < s.count && s[end] == ">" ? Span(i, end + 1) : nil
  }

  /// Parses an imported document.
  public static func parse(_ imported: ImportedText, options: ParseOptions = ParseOptions()) -> ParseResult {
    let source = imported.source
    let lines = Line.split(source)
    var diagnostics: [Diagnostic] = []
    let document = DocumentParser(source: source, lines: lines, pageFields: imported.pageFields, options: options)
      .parse(span: Span(0, source.count), diagnostics: &diagnostics)
    QuoteChecker.check(source, lines: lines, into: &diagnostics)
    if source.format != .html, let markup = Self.htmlStart(source) {
      diagnostics.append(Diagnostic(.markupAsText, "an HTML page: tags are read as text", at: markup))
    }
    Diagnostic.sortInSourceOrder(&diagnostics)
    return ParseResult(
      source: source, document: document, diagnostics: diagnostics,
      defersFacts: options.extractFacts && options.defersFacts)
  }
}
