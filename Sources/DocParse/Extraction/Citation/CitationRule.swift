/// `citation`: a document cited by title in `《…》`; the value is the title.
enum CitationRule {
  /// The citation for a title zone.
  static func fact(for span: Span, in x: ScanText) -> Fact? {
    guard span.length > 2 else { return nil }
    let title = String.fromScalars(x.s[(span.start + 1)..<(span.end - 1)])
    return Fact(kind: .citation, span: span, value: .reference(title), rule: "citation.title")
  }
}
