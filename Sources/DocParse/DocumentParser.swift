/// Parses one document (or one attached document) inside a span of the source:
/// metadata, then the section tree of its body, then facts placed in sections.
struct DocumentParser {
  let source: SourceText
  let lines: [Line]
  let options: ParseOptions

  func parse(span: Span, diagnostics: inout [Diagnostic]) -> Document {
    let bodyLines = lines.filter { span.contains($0.span.start) || ($0.span.isEmpty && $0.span.start == span.start) }
    let sections = SectionParser(source: source, lines: bodyLines).parse(in: span, diagnostics: &diagnostics)
    var facts: [Fact] = []
    if options.extractFacts {
      facts = FactExtractor.extract(from: source, in: span, context: FactContext(referenceYear: options.referenceYear))
      SectionLocator(sections).assign(&facts)
    }
    return Document(
      kind: .other, metadata: Metadata(), sections: sections, facts: facts, attachments: [], span: span)
  }
}
