import FoundationEssentials

/// Writes JSON piece by piece in the layout `JSON.serialized(pretty:)` gives,
/// handing the bytes on every 64 KB.
struct JSONStream {
  private var out = ByteBuffer(capacity: JSONStream.chunk + 4096)
  let pretty: Bool
  let flush: ([UInt8]) -> Void
  static let chunk = 1 << 16

  init(pretty: Bool, flush: @escaping ([UInt8]) -> Void) {
    self.pretty = pretty
    self.flush = flush
  }

  mutating func open(_ bracket: UInt8) { out.append(bracket) }

  /// Before an object member: separator, line break, key.
  mutating func member(_ key: String, first: Bool, indent: Int) {
    if !first { out.append(UInt8(ascii: ",")) }
    if pretty { JSON.newline(&out, indent + 1) }
    JSON.writeString(key, to: &out)
    out.append(pretty ? ": " : ":")
  }

  mutating func value(_ v: JSON, indent: Int) {
    v.write(to: &out, pretty: pretty, indent: indent)
    if out.count >= Self.chunk { drain() }
  }

  /// An array of objects, each written by `element` (one per line when pretty).
  mutating func array<T>(_ items: [T], indent: Int, element: (T, inout JSONStream, Int) -> Void) {
    var state = openArray()
    for item in items {
      self.element(of: &state, indent: indent)
      element(item, &self, indent + 1)
    }
    close(state, indent: indent)
  }

  /// An array written an element at a time: `openArray`, `element` before each, `close`.
  struct OpenArray { fileprivate var count = 0 }

  mutating func openArray() -> OpenArray {
    out.append(UInt8(ascii: "["))
    return OpenArray()
  }

  /// Before an element: separator and line break.
  mutating func element(of array: inout OpenArray, indent: Int) {
    if array.count > 0 { out.append(UInt8(ascii: ",")) }
    if pretty { JSON.newline(&out, indent + 1) }
    array.count += 1
  }

  mutating func close(_ array: OpenArray, indent: Int) {
    close(UInt8(ascii: "]"), indent: indent, empty: array.count == 0)
  }

  mutating func close(_ bracket: UInt8, indent: Int, empty: Bool) {
    if pretty && !empty { JSON.newline(&out, indent) }
    out.append(bracket)
  }

  mutating func finish() { drain() }

  private mutating func decimal(_ d: Decimal) { DecimalDigits.write(d, to: &out) }

  private static func key(_ k: StaticString, _ out: inout ByteBuffer) { out.append(k) }

  private static func span(_ s: Span, _ out: inout ByteBuffer) {
    out.append(UInt8(ascii: "["))
    JSON.writeInt(s.start, to: &out)
    out.append(UInt8(ascii: ","))
    JSON.writeInt(s.end, to: &out)
    out.append(UInt8(ascii: "]"))
  }

  /// A string, or `null`.
  private static func optional(_ v: String?, _ out: inout ByteBuffer) {
    if let v { JSON.writeString(v, to: &out) } else { key("null", &out) }
  }

  /// An integer, or `null`.
  private static func optional(_ v: Int?, _ out: inout ByteBuffer) {
    if let v { JSON.writeInt(v, to: &out) } else { key("null", &out) }
  }

  /// An array of strings.
  private static func strings(_ items: [String], _ out: inout ByteBuffer) {
    out.append(UInt8(ascii: "["))
    for (k, item) in items.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      JSON.writeString(item, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// A document's members before `sections` in compact form, byte for byte as
  /// `ContractJSON.documentHeader(doc)` written member by member (no tree of values).
  mutating func compactDocumentHeader(_ doc: Document) {
    let key = Self.key, span = Self.span, strings = Self.strings
    let m = doc.metadata
    key("\"kind\":", &out)
    JSON.writeString(doc.kind.rawValue, to: &out)
    key(",\"genre\":", &out)
    Self.optional(doc.genre, &out)
    key(",\"span\":", &out)
    span(doc.span, &out)
    key(",\"metadata\":{\"issuer\":", &out)
    Self.optional(m.issuer, &out)
    key(",\"docNumber\":", &out)
    if let d = m.docNumber {
      key("{\"text\":", &out)
      JSON.writeString(d.text, to: &out)
      key(",\"prefix\":", &out)
      JSON.writeString(d.prefix, to: &out)
      key(",\"year\":", &out)
      Self.optional(d.year, &out)
      key(",\"serial\":", &out)
      Self.optional(d.serial, &out)
      out.append(UInt8(ascii: "}"))
    } else {
      key("null", &out)
    }
    key(",\"title\":", &out)
    Self.optional(m.title, &out)
    key(",\"recipients\":", &out)
    strings(m.recipients, &out)
    key(",\"signatories\":", &out)
    strings(m.signatories, &out)
    key(",\"date\":", &out)
    Self.optional(m.date, &out)
    key(",\"year\":", &out)
    Self.optional(m.year, &out)
    key(",\"notes\":", &out)
    strings(m.notes, &out)
    key("},\"metadataSpans\":{", &out)
    var first = true
    for f in MetadataField.allCases {
      guard let s = m.sources[f]?.span else { continue }
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      JSON.writeString(f.rawValue, to: &out)
      out.append(UInt8(ascii: ":"))
      span(s, &out)
    }
    key("},\"metadataRules\":{", &out)
    first = true
    for f in MetadataField.allCases {
      guard let source = m.sources[f] else { continue }
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      JSON.writeString(f.rawValue, to: &out)
      out.append(UInt8(ascii: ":"))
      JSON.writeString(source.rule, to: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// The `source` object in compact form, byte for byte as `ContractJSON.sourceObject(source).serialized()`.
  mutating func compactSource(_ source: SourceText) {
    let key = Self.key
    key("{\"name\":", &out)
    JSON.writeString(source.name, to: &out)
    key(",\"format\":", &out)
    JSON.writeString(source.format.rawValue, to: &out)
    key(",\"encoding\":", &out)
    JSON.writeString(source.encoding, to: &out)
    key(",\"length\":", &out)
    JSON.writeInt(source.count, to: &out)
    out.append(UInt8(ascii: "}"))
  }

  /// A diagnostic in compact form, byte for byte as `ContractJSON.diagnostic(d).serialized()`.
  mutating func compactDiagnostic(_ d: Diagnostic) {
    let key = Self.key
    key("{\"severity\":", &out)
    JSON.writeString(d.severity.rawValue, to: &out)
    key(",\"code\":", &out)
    JSON.writeString(d.code.rawValue, to: &out)
    key(",\"message\":", &out)
    JSON.writeString(d.message, to: &out)
    key(",\"span\":", &out)
    Self.span(d.span, &out)
    out.append(UInt8(ascii: "}"))
    if out.count >= Self.chunk { drain() }
  }

  /// One section node and its children in compact form, byte for byte as
  /// `ContractJSON.node(n).serialized()` (depth bounded by the tree's nesting limit).
  mutating func compactNode(_ n: Node) {
    let key = Self.key, span = Self.span
    key("{\"kind\":", &out)
    JSON.writeString(n.kind.rawValue, to: &out)
    key(",\"level\":", &out)
    JSON.writeInt(n.level, to: &out)
    key(",\"marker\":", &out)
    JSON.writeScalars(n.text[n.markerSpan.range], to: &out)
    key(",\"style\":", &out)
    JSON.writeString(n.style.rawValue, to: &out)
    key(",\"ordinal\":", &out)
    JSON.writeInt(n.ordinal, to: &out)
    key(",\"title\":", &out)
    JSON.writeScalars(n.text[n.titleSpan.range], to: &out)
    key(",\"span\":", &out)
    span(n.span, &out)
    key(",\"titleSpan\":", &out)
    span(n.titleSpan, &out)
    key(",\"children\":[", &out)
    for (k, child) in n.children.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      compactNode(child)
    }
    key("]}", &out)
    if out.count >= Self.chunk { drain() }
  }

  /// One fact in compact form, byte for byte as `ContractJSON.fact(f, in:).serialized()`.
  mutating func compactFact(_ f: Fact, in source: SourceText) {
    let key = Self.key, span = Self.span
    func string(_ v: String?, _ out: inout ByteBuffer) {
      if let v { JSON.writeString(v, to: &out) } else { key("null", &out) }
    }
    key("{\"kind\":", &out)
    JSON.writeString(f.kind.rawValue, to: &out)
    key(",\"text\":", &out)
    JSON.writeScalars(source.scalars[f.span.range], to: &out)
    key(",\"span\":", &out)
    span(f.span, &out)
    key(",\"section\":[", &out)
    for (k, n) in f.section.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      JSON.writeInt(n, to: &out)
    }
    key("],\"value\":", &out)
    switch f.value {
    case .amount(let d): decimal(d)
    case .fraction(let n, let d): decimal(Fact.Value.quotient(n, d))
    default: ContractJSON.value(f.value).write(to: &out, pretty: false, indent: 0)
    }
    key(",\"unit\":", &out)
    string(f.unit, &out)
    key(",\"comparator\":", &out)
    JSON.writeString(f.comparator.rawValue, to: &out)
    key(",\"approximate\":", &out)
    if f.approximate { key("true", &out) } else { key("false", &out) }
    key(",\"masked\":", &out)
    if f.masked { key("true", &out) } else { key("false", &out) }
    key(",\"status\":", &out)
    string(f.status?.rawValue, &out)
    key(",\"subject\":", &out)
    // Without a String (facts only this writer reads), the subject is where its span is.
    if f.subject == nil, let s = f.subjectSpan {
      JSON.writeScalars(source.scalars[s.range], to: &out)
    } else {
      string(f.subject, &out)
    }
    key(",\"subjectSpan\":", &out)
    if let s = f.subjectSpan { span(s, &out) } else { key("null", &out) }
    key(",\"rule\":", &out)
    JSON.writeString(f.rule, to: &out)
    switch f.value {
    case .period(let a, let b):
      key(",\"start\":", &out)
      JSON.writeString(a, to: &out)
      key(",\"end\":", &out)
      JSON.writeString(b, to: &out)
    case .range(let lo, let hi):
      key(",\"min\":", &out)
      decimal(lo)
      key(",\"max\":", &out)
      decimal(hi)
    case .fraction(let n, let d):
      key(",\"numerator\":", &out)
      decimal(n)
      key(",\"denominator\":", &out)
      decimal(d)
    default: break
    }
    if f.inferredYear { key(",\"inferredYear\":true", &out) }
    out.append(UInt8(ascii: "}"))
    if out.count >= Self.chunk { drain() }
  }

  private mutating func drain() {
    flush(out.bytes)
    out.removeAll()
  }
}
