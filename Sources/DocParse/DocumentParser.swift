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
    let kind = metadata.title.flatMap(DocumentKinds.kind(ofTitle:))
      ?? (metadata.title == nil ? DocumentKinds.kind(ofBody: source, layout.bodySpan) : nil) ?? Self.kind(from: sections)
    let genre = metadata.title.flatMap(DocumentKinds.genre(ofTitle:))
    var facts: [Fact] = []
    if options.extractFacts {
      let year = options.referenceYear ?? metadata.year
      let context = FactContext(referenceYear: year, referenceDate: metadata.date)
      facts = FactExtractor.extract(from: source, in: own, context: context)
      // Page furniture (site names, 发布时间 lines, breadcrumbs) is not the document's text.
      let furniture = layout.zones.filter { $0.kind == .furniture }.map(\.span)
      if !furniture.isEmpty { facts.removeAll { f in furniture.contains { $0.contains(f.span) } } }
      SectionLocator(sections).assign(&facts)
      let role = genre ?? (metadata.title == nil ? DocumentKinds.genre(ofBody: source, layout.bodySpan) : nil)
      FactAnalyzer.annotate(&facts, source: source, sections: sections, kind: kind, genre: role, year: metadata.year)
      for fact in facts where !fact.masked && fact.value == .none && fact.kind != .citation {
        diagnostics.append(
          Diagnostic(.numberTooLarge, "\(source[fact.span]) has more digits than a value holds exactly: value is null", at: fact.span))
      }
      for fact in facts where fact.masked {
        diagnostics.append(
          Diagnostic(.maskedNumber, "digits blanked out in \(source[fact.span]): value is null", at: fact.span))
      }
    }
    let attachments = layout.attachmentSpans.map { parse(span: $0, diagnostics: &diagnostics) }
    if metadata.title == nil { metadata.sources[.title] = nil }
    return Document(
      kind: kind, genre: genre, metadata: metadata, sections: sections, facts: facts, attachments: attachments, span: span)
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
