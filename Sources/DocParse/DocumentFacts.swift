/// What finding a document's facts needs besides its text and sections, kept
/// on the document by the parser so the facts can also be found later, while
/// the result is written (`ParseOptions.defersFacts`).
struct FactScope: Sendable {
  /// The document's own text: attachments left out.
  let own: Span
  /// Page furniture (site names, 发布时间 lines, breadcrumbs): not the document's text.
  let furniture: [Span]
  let context: FactContext
  let kind: Document.Kind
  /// The 文种 that decides how figures are read (the title's, or the body's without a title).
  let role: String?
  /// The year the document is about.
  let year: Int?
}

/// A document's facts found a stretch at a time, in source order: extracted,
/// furniture dropped, placed in sections, status and subject read. A stretch
/// ends only where no later fact can change an earlier one, so the facts are
/// the same however the text is cut, and a document with a million figures
/// need not hold them all when its output is written as it goes.
struct DocumentFacts {
  /// Scalars scanned before the facts found are handed on (64 K by default: a usual document is one stretch).
  let stretch: Int

  private let source: SourceText
  private let scope: FactScope
  private let locator: SectionLocator
  private var scanner: FactScanner
  private var analyzer: FactAnalyzer

  /// With `writesSubjects` off, facts carry `subjectSpan` but no `subject` String (for a
  /// writer that writes the subject from its span).
  init(source: SourceText, sections: [Node], scope: FactScope, stretch: Int = 1 << 16, writesSubjects: Bool = true) {
    self.stretch = max(1, stretch)
    self.source = source
    self.scope = scope
    locator = SectionLocator(sections)
    let x = ScanText(s: source.scalars, span: scope.own, context: scope.context, classes: source.classes)
    scanner = FactScanner(x: x, zones: TextZones(x))
    analyzer = FactAnalyzer(source: source, sections: sections, kind: scope.kind, genre: scope.role, year: scope.year)
    analyzer.writesSubjects = writesSubjects
  }

  /// The next stretch of facts (possibly empty), or nil when the text is done.
  /// Values the text does not give exactly (masked, too many digits) add a diagnostic.
  mutating func next(diagnostics: inout [Diagnostic]) -> [Fact]? {
    if scanner.finished && scanner.facts.isEmpty { return nil }
    scanner.run(until: scanner.position + stretch)
    var facts = scanner.takeSettled()
    if !scope.furniture.isEmpty { facts.removeAll { f in scope.furniture.contains { $0.contains(f.span) } } }
    locator.assign(&facts)
    analyzer.annotate(&facts)
    // By index: a loop over the facts would copy every one to read two fields.
    for k in facts.indices where facts[k].masked || facts[k].value == .none && facts[k].kind != .citation {
      let span = facts[k].span
      diagnostics.append(
        facts[k].masked
          ? Diagnostic(.maskedNumber, "digits blanked out in \(source[span]): value is null", at: span)
          : Diagnostic(
            .numberTooLarge, "\(source[span]) has more digits than a value holds exactly: value is null", at: span))
    }
    return facts
  }

  /// All the facts at once.
  static func all(source: SourceText, sections: [Node], scope: FactScope, diagnostics: inout [Diagnostic]) -> [Fact] {
    var pass = DocumentFacts(source: source, sections: sections, scope: scope)
    var facts: [Fact] = []
    while let stretch = pass.next(diagnostics: &diagnostics) { facts += stretch }
    return facts
  }
}

extension ParseResult {
  /// Hands on the facts of `document` (this result's document or one of its
  /// attachments; not the attachments' own) a stretch at a time, in source
  /// order. When they were deferred (`ParseOptions.defersFacts`) they are found
  /// now, and values the text does not give exactly add to `diagnostics`
  /// (otherwise those are in the result's diagnostics already).
  public func facts(of document: Document, diagnostics: inout [Diagnostic], _ body: ([Fact]) -> Void) {
    facts(of: document, diagnostics: &diagnostics, subjects: true, body)
  }

  /// The same; with `subjects` off, deferred facts carry their subject as a span only.
  func facts(of document: Document, diagnostics: inout [Diagnostic], subjects: Bool, _ body: ([Fact]) -> Void) {
    guard defersFacts, let scope = document.factScope else {
      body(document.facts)
      return
    }
    var pass = DocumentFacts(source: source, sections: document.sections, scope: scope, writesSubjects: subjects)
    while let stretch = pass.next(diagnostics: &diagnostics) { body(stretch) }
  }
}
