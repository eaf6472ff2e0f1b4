/// `citation`: a document cited by title in `《…》`; the value is the title.
enum CitationRule {
  /// The citation for a title zone.
  static func fact(for span: Span, in x: ScanText) -> Fact? {
    guard span.length > 2 else { return nil }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: x.s[(span.start + 1)..<(span.end - 1)])
    return Fact(kind: .citation, span: span, value: .reference(String(text)), rule: "citation.title")
  }
}
