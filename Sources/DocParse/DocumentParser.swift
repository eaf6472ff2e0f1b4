/// Parses one document (or one attached document) inside a span of the source:
/// metadata and layout, the section tree of its own text, facts placed in
/// sections, then each attached document the same way.
struct DocumentParser {
  let source: SourceText
  let lines: [Line]
  let pageFields: [PageField]
  let options: ParseOptions

  func parse(span: Span, diagnostics: inout [Diagnostic]) -> Document {
    let layout = LayoutReader(source: source, lines: lines(in: span), pageFields: pageFields).read(span: span)
    var metadata = MetadataRules.read(layout)
    MetadataChecks.check(layout, metadata, into: &diagnostics)
    let own = layout.ownSpan
    let lists = layout.zones.filter { $0.kind == .attachmentList }.map(\.span)
    let ownLines = lines(in: own)
    let bodyLines = lists.isEmpty ? ownLines : ownLines.filter { line in !lists.contains { $0.contains(line.span.start) } }
    let sections = SectionParser(source: source, lines: bodyLines).parse(in: own, diagnostics: &diagnostics)
    // An untitled document's opening tells its kind and genre: read once for both.
    let opening = metadata.title == nil ? DocumentKinds.Opening(source, layout.bodySpan) : nil
    let kind = metadata.title.flatMap(DocumentKinds.kind(ofTitle:))
      ?? opening?.kind ?? Self.kind(from: sections)
    let genre = metadata.title.flatMap(DocumentKinds.genre(ofTitle:))
    let scope = FactScope(
      own: own, furniture: layout.zones.filter { $0.kind == .furniture }.map(\.span),
      context: FactContext(referenceYear: options.referenceYear ?? metadata.year, referenceDate: metadata.date),
      kind: kind, role: genre ?? opening?.genre,
      year: metadata.year)
    let facts =
      options.extractFacts && !options.defersFacts
      ? DocumentFacts.all(source: source, sections: sections, scope: scope, diagnostics: &diagnostics) : []
    let attachments = layout.attachmentSpans.map { parse(span: $0, diagnostics: &diagnostics) }
    if metadata.title == nil { metadata.sources[.title] = nil }
    return Document(
      kind: kind, genre: genre, metadata: metadata, sections: sections, facts: facts, attachments: attachments, span: span,
      factScope: options.extractFacts ? scope : nil)
  }

  /// The lines starting inside `span` (lines are in order: two binary searches).
  private func lines(in span: Span) -> [Line] {
    let from = SortedSearch.countStarting(atOrBefore: span.start - 1, count: lines.count) { lines[$0].span.start }
    let to = SortedSearch.countStarting(atOrBefore: span.end - 1, count: lines.count) { lines[$0].span.start }
    // The whole document (the usual case) shares the array instead of copying it.
    return from == 0 && to == lines.count ? lines : Array(lines[from..<to])
  }

  /// Without a title that names the kind: chapters and articles make a regulation.
  private static func kind(from sections: [Node]) -> Document.Kind {
    sections.contains { $0.style == .chapter || $0.style == .article } ? .regulation : .other
  }
}
