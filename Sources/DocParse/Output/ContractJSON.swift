import FoundationEssentials

/// Maps the internal model to the `docparse/1` JSON contract, in one place.
public enum ContractJSON {
  /// The whole `docparse parse` object for one source.
  public static func result(_ result: ParseResult) -> JSON {
    .object([
      ("schema", .string("docparse/1")),
      ("source", sourceObject(result.source)),
      ("document", document(result.document, in: result.source)),
      ("diagnostics", .array(result.diagnostics.map(diagnostic))),
    ])
  }

  /// Writes the same JSON as `result(_:).serialized(pretty:)`, byte for byte,
  /// without building it whole: sections, facts and attachments are written one
  /// at a time and the bytes handed to `flush` every 64 KB, so a document with
  /// a million figures needs no tree of a million JSON objects.
  /// With an `id` (a batch's record id), the object starts with `"id"`.
  public static func write(_ result: ParseResult, pretty: Bool, id: JSON? = nil, flush: @escaping ([UInt8]) -> Void) {
    var stream = JSONStream(pretty: pretty, flush: flush)
    stream.open(UInt8(ascii: "{"))
    if let id {
      stream.member("id", first: true, indent: 0)
      stream.value(id, indent: 1)
    }
    stream.member("schema", first: id == nil, indent: 0)
    stream.value(.string("docparse/1"), indent: 1)
    stream.member("source", first: false, indent: 0)
    if stream.pretty { stream.value(sourceObject(result.source), indent: 1) } else { stream.compactSource(result.source) }
    stream.member("document", first: false, indent: 0)
    var found: [Diagnostic] = []  // of facts found while writing
    writeDocument(result.document, of: result, indent: 1, to: &stream, diagnostics: &found)
    var diagnostics = result.diagnostics
    if !found.isEmpty {
      diagnostics += found
      Diagnostic.sortInSourceOrder(&diagnostics)
    }
    stream.member("diagnostics", first: false, indent: 0)
    if stream.pretty {
      stream.array(diagnostics, indent: 1) { d, s, indent in s.value(diagnostic(d), indent: indent) }
    } else {
      stream.array(diagnostics, indent: 1) { d, s, _ in s.compactDiagnostic(d) }
    }
    stream.close(UInt8(ascii: "}"), indent: 0, empty: false)
    stream.finish()
  }

  private static func writeDocument(
    _ doc: Document, of result: ParseResult, indent: Int, to stream: inout JSONStream, diagnostics: inout [Diagnostic]
  ) {
    let source = result.source
    stream.open(UInt8(ascii: "{"))
    if stream.pretty {
      for (k, member) in documentHeader(doc).enumerated() {
        stream.member(member.0, first: k == 0, indent: indent)
        stream.value(member.1, indent: indent + 1)
      }
    } else {
      stream.compactDocumentHeader(doc)  // the common case: no tree of values
    }
    stream.member("sections", first: false, indent: indent)
    if stream.pretty {
      stream.array(doc.sections, indent: indent + 1) { n, s, i in s.value(node(n), indent: i) }
    } else {
      stream.array(doc.sections, indent: indent + 1) { n, s, _ in s.compactNode(n) }
    }
    stream.member("facts", first: false, indent: indent)
    var facts = stream.openArray()
    func write(_ stretch: [Fact]) {
      // Through a buffer pointer: the facts are read where they are, not copied one by one.
      stretch.withUnsafeBufferPointer { stretch in
        for f in stretch.indices {
          stream.element(of: &facts, indent: indent + 1)
          // Compact output, the common case: facts written straight as bytes, no tree of values.
          if stream.pretty {
            stream.value(fact(stretch[f], in: source), indent: indent + 2)
          } else {
            stream.compactFact(stretch[f], in: source)
          }
        }
      }
    }
    // Compact output writes a subject from its span: no String is made for it.
    result.facts(of: doc, diagnostics: &diagnostics, subjects: stream.pretty, write)
    stream.close(facts, indent: indent + 1)
    stream.member("attachments", first: false, indent: indent)
    stream.array(doc.attachments, indent: indent + 1) { a, s, i in
      writeDocument(a, of: result, indent: i, to: &s, diagnostics: &diagnostics)
    }
    stream.close(UInt8(ascii: "}"), indent: indent, empty: false)
  }

  static func sourceObject(_ source: SourceText) -> JSON {
    .object([
      ("name", .string(source.name)),
      ("format", .string(source.format.rawValue)),
      ("encoding", .string(source.encoding)),
      ("length", .int(source.count)),
    ])
  }

  static func documentHeader(_ doc: Document) -> [(String, JSON)] {
    [
      ("kind", .string(doc.kind.rawValue)),
      ("genre", .optional(doc.genre)),
      ("span", span(doc.span)),
      ("metadata", metadata(doc.metadata)),
      ("metadataSpans", .object(MetadataField.allCases.compactMap { f in doc.metadata.sources[f]?.span.map { (f.rawValue, span($0)) } })),
      ("metadataRules", .object(MetadataField.allCases.compactMap { f in doc.metadata.sources[f].map { (f.rawValue, .string($0.rule)) } })),
    ]
  }

  static func document(_ doc: Document, in source: SourceText) -> JSON {
    .object(documentHeader(doc) + [
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
