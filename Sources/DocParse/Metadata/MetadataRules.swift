/// The metadata rules in the order they are trusted: what a label or the
/// document itself states before what is inferred, and what the document
/// states before what the site around it says.
enum MetadataRules {
  static let all: [MetadataRule] = [
    // Labelled fields of a 信息公开 table or scraper header state the value outright.
    labelled("field.title", .title),
    labelled("field.issuer", .issuer),
    labelled("field.docNumber", .docNumber),
    labelled("field.writtenDate", .writtenDate),
    // The document's own 版头 and title block.
    MetadataRule(name: "header.letterhead", read: HeaderRules.letterhead),
    MetadataRule(name: "header.docNumber", read: HeaderRules.docNumber),
    MetadataRule(name: "header.title", read: HeaderRules.title),
    MetadataRule(name: "runOn.header", read: HeaderRules.runOn),
    MetadataRule(name: "page.articleTitle", read: PageRules.articleTitle),
    MetadataRule(name: "header.recipients", read: HeaderRules.recipients),
    MetadataRule(name: "header.byline", read: HeaderRules.byline),
    // The closing: 署名, 成文日期, 附注.
    MetadataRule(name: "closing.signature", read: ClosingRules.signature),
    MetadataRule(name: "closing.date", read: ClosingRules.date),
    MetadataRule(name: "closing.notes", read: ClosingRules.notes),
    MetadataRule(name: "header.dateLine", read: HeaderRules.dateLine),
    MetadataRule(name: "header.subtitleDate", read: HeaderRules.subtitleDate),
    MetadataRule(name: "header.promulgation", read: HeaderRules.promulgation),
    labelled("field.issuedDate", .issuedDate),
    // Inferred issuers: a speech's speaker, a title that starts with an organ.
    MetadataRule(name: "title.reportPlace", fields: [.issuer], read: TitleRules.reportPlace),
    MetadataRule(name: "header.speaker", read: HeaderRules.speaker),
    MetadataRule(name: "title.organ", read: TitleRules.organ),
    MetadataRule(name: "body.onBehalfOf", fields: [.issuer], read: BodyRules.onBehalfOf),
    // What the site says about the page.
    labelled("field.publisher", .publisher),
    MetadataRule(name: "page.contentSource", read: PageRules.contentSource),
    // The year the document is about.
    MetadataRule(name: "title.year", fields: [.year], read: YearRules.title),
    MetadataRule(name: "issued.year", fields: [.year], read: YearRules.issuedDocument),
    MetadataRule(name: "date.year", fields: [.year], read: YearRules.date),
    MetadataRule(name: "docNumber.year", fields: [.year], read: YearRules.docNumber),
    MetadataRule(name: "report.reviewedYear", fields: [.year], read: YearRules.reviewed),
    MetadataRule(name: "body.effectiveYear", fields: [.year], read: YearRules.effective),
    MetadataRule(name: "body.commonYear", fields: [.year], read: YearRules.common),
    MetadataRule(name: "body.citedYear", fields: [.year], read: YearRules.cited),
  ]

  /// Runs the rules over a layout.
  static func read(_ layout: DocumentLayout) -> Metadata {
    var m = Metadata()
    var settled: UInt8 = 0  // the fields in `m.sources`, as bits
    for rule in all where rule.fieldBits & ~settled != 0 {
      for c in rule.read(layout, m) where settled & c.field.bit == 0 {
        guard set(c, in: &m) else { continue }
        m.sources[c.field] = MetadataSource(span: c.span, rule: rule.name)
        settled |= c.field.bit
      }
    }
    return m
  }

  private static func set(_ c: MetadataCandidate, in m: inout Metadata) -> Bool {
    switch (c.field, c.value) {
    case (.issuer, .text(let v)) where !v.isEmpty: m.issuer = v
    case (.title, .text(let v)) where !v.isEmpty: m.title = v
    case (.docNumber, .docNumber(let v)): m.docNumber = v
    case (.recipients, .list(let v)) where !v.isEmpty: m.recipients = v
    case (.signatories, .list(let v)) where !v.isEmpty: m.signatories = v
    case (.notes, .list(let v)) where !v.isEmpty: m.notes = v
    case (.date, .date(let v)): m.date = v
    case (.year, .year(let v)) where (1900...2100).contains(v): m.year = v
    default: return false
    }
    return true
  }

  /// A rule reading the labelled field with `role` into its metadata field.
  static func labelled(_ name: String, _ role: LabelledField.Role) -> MetadataRule {
    MetadataRule(name: name) { layout, _ in
      layout.fields.filter { $0.role == role }.compactMap { f in
        let value = f.value.compacted
        guard !value.isEmpty, !MetadataLexicon.emptyValues.contains(value) else { return nil }
        switch role {
        case .title:
          let title = value.hasSuffix("。") ? String(value.dropLast()) : value
          return MetadataCandidate(field: .title, value: .text(title), span: f.valueSpan)
        case .issuer, .publisher:
          // A newspaper or news site that reprinted the document is not its issuer.
          if role == .publisher, MetadataLexicon.mediaEndings.contains(where: { value.hasSuffix($0) }) { return nil }
          return MetadataCandidate(field: .issuer, value: .text(f.value.trimmingBlanks), span: f.valueSpan)
        case .docNumber:
          return HeaderText.docNumber(in: value).map { MetadataCandidate(field: .docNumber, value: .docNumber($0), span: f.valueSpan) }
        case .writtenDate, .issuedDate:
          return DateLine.leadingDate(layout.source, in: f.valueSpan).map {
            MetadataCandidate(field: .date, value: .date($0.iso), span: Span(f.valueSpan.start, $0.end))
          }
        case .publishedDate, .other: return nil
        }
      }
    }
  }
}

extension String {
  /// Without any blanks (`标　　题` → `标题`), as `SourceText.compactText` gives a line.
  var compacted: String { filter { !$0.unicodeScalars.allSatisfy(\.isBlank) } }

  /// Without leading and trailing blanks.
  var trimmingBlanks: String {
    let s = Array(unicodeScalars)
    var a = 0
    var b = s.count
    while a < b && (s[a].isBlank || s[a] == "\t") { a += 1 }
    while b > a && (s[b - 1].isBlank || s[b - 1] == "\t") { b -= 1 }
    return String.fromScalars(s[a..<b])
  }
}
