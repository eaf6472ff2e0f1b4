import FoundationEssentials

/// Maps the internal model to the `docparse/1` JSON contract, in one place.
public enum ContractJSON {
  /// The whole `docparse parse` object for one source.
  public static func result(_ result: ParseResult) -> JSON {
    .object([
      ("schema", .string("docparse/1")),
      (
        "source",
        .object([
          ("name", .string(result.source.name)),
          ("format", .string(result.source.format.rawValue)),
          ("encoding", .string(result.source.encoding)),
          ("length", .int(result.source.count)),
        ])
      ),
      ("document", document(result.document, in: result.source)),
      ("diagnostics", .array(result.diagnostics.map(diagnostic))),
    ])
  }

  static func document(_ doc: Document, in source: SourceText) -> JSON {
    .object([
      ("kind", .string(doc.kind.rawValue)),
      ("genre", .optional(doc.genre)),
      ("span", span(doc.span)),
      ("metadata", metadata(doc.metadata)),
      ("metadataSpans", .object(MetadataField.allCases.compactMap { f in doc.metadata.sources[f]?.span.map { (f.rawValue, span($0)) } })),
      ("metadataRules", .object(MetadataField.allCases.compactMap { f in doc.metadata.sources[f].map { (f.rawValue, .string($0.rule)) } })),
      ("sections", .array(doc.sections.map(node))),
      ("facts", .array(doc.facts.map { fact($0, in: source) })),
      ("attachments", .array(doc.attachments.map { document($0, in: source) })),
    ])
  }

  static func metadata(_ m: Metadata) -> JSON {
    .object([
      ("issuer", .optional(m.issuer)),
      ("docNumber", m.docNumber.map(docNumber) ?? .null),
      ("title", .optional(m.title)),
      ("recipients", .array(m.recipients.map(JSON.string))),
      ("signatories", .array(m.signatories.map(JSON.string))),
      ("date", .optional(m.date)),
      ("year", .optional(m.year)),
      ("notes", .array(m.notes.map(JSON.string))),
    ])
  }

  static func docNumber(_ d: DocNumber) -> JSON {
    .object([
      ("text", .string(d.text)), ("prefix", .string(d.prefix)),
      ("year", .optional(d.year)), ("serial", .optional(d.serial)),
    ])
  }

  static func node(_ n: Node) -> JSON {
    .object([
      ("kind", .string(n.kind.rawValue)),
      ("level", .int(n.level)),
      ("marker", .string(n.marker)),
      ("style", .string(n.style.rawValue)),
      ("ordinal", .int(n.ordinal)),
      ("title", .string(n.title)),
      ("span", span(n.span)),
      ("titleSpan", span(n.titleSpan)),
      ("children", .array(n.children.map(node))),
    ])
  }

  /// One fact as the contract's object (also used by `docparse facts`).
  public static func fact(_ f: Fact, in source: SourceText) -> JSON {
    var members: [(String, JSON)] = [
      ("kind", .string(f.kind.rawValue)),
      ("text", .string(source[f.span])),
      ("span", span(f.span)),
      ("section", .array(f.section.map(JSON.int))),
      ("value", value(f.value)),
      ("unit", .optional(f.unit)),
      ("comparator", .string(f.comparator.rawValue)),
      ("approximate", .bool(f.approximate)),
      ("masked", .bool(f.masked)),
      ("status", .optional(f.status?.rawValue)),
      ("subject", .optional(f.subject)),
      ("subjectSpan", f.subjectSpan.map(span) ?? .null),
      ("rule", .string(f.rule)),
    ]
    switch f.value {
    case .period(let a, let b): members += [("start", .string(a)), ("end", .string(b))]
    case .range(let lo, let hi): members += [("min", .decimal(lo)), ("max", .decimal(hi))]
    case .fraction(let n, let d): members += [("numerator", .decimal(n)), ("denominator", .decimal(d))]
    default: break
    }
    if f.inferredYear { members.append(("inferredYear", .bool(true))) }
    return .object(members)
  }

  static func value(_ v: Fact.Value) -> JSON {
    if case .amount(let d) = v { return .decimal(d) }
    if case .fraction(let n, let d) = v { return .decimal(Fact.Value.quotient(n, d)) }
    return v.text.map(JSON.string) ?? .null
  }

  static func diagnostic(_ d: Diagnostic) -> JSON {
    .object([
      ("severity", .string(d.severity.rawValue)),
      ("code", .string(d.code.rawValue)),
      ("message", .string(d.message)),
      ("span", span(d.span)),
    ])
  }

  static func span(_ s: Span) -> JSON { .array([.int(s.start), .int(s.end)]) }
}
