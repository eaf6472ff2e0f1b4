/// Where the parts of one document lie, and its metadata.
struct DocumentLayout {
  var metadata = Metadata()
  var kind: Document.Kind? = nil
  /// The document's own text (everything before its first attachment).
  var ownSpan: Span
  /// Attached documents (印发 notices, `附件` parts), each parsed on its own.
  var attachmentSpans: [Span] = []
}

/// Reads the GB/T 9704-2012 elements of a document from its lines: the header
/// (发文机关, 发文字号, 标题, 主送机关) before the body, and the closing
/// (署名, 成文日期, 附注) after it, which also tells where an attachment starts.
struct MetadataParser {
  let source: SourceText
  /// The lines of the document's span.
  let lines: [Line]

  /// Header lines are short and hold no `。`.
  static let headerLineLength = 60
  /// A 主送机关 line may list many organisations.
  static let recipientsLineLength = 200

  func read(span: Span) -> DocumentLayout {
    var layout = DocumentLayout(ownSpan: span)
    let content = lines.filter { !$0.isBlank }
    let bodyStart = readHeader(content, into: &layout.metadata)
    layout.kind = layout.metadata.title.flatMap(Self.kind(ofTitle:))
    let attachmentStart = readClosing(content, from: bodyStart, into: &layout)
    if let start = attachmentStart {
      layout.ownSpan = Span(span.start, start)
      layout.attachmentSpans = attachmentParts(content, from: start, end: span.end)
    }
    layout.metadata.year = year(of: layout.metadata)
    return layout
  }

  /// Header lines are read from at most this many lines.
  static let headerLines = 15

  /// Reads header lines; returns the index of the first body line in `content`.
  ///
  /// The title is the first line that reads like one (关于…, or a document-type
  /// ending such as 通知/要点/报告), joined with the lines that complete it and
  /// with an organisation line right above it that is not the issuer; without
  /// such a line, the first plain header line. Web-page debris is skipped.
  private func readHeader(_ content: [Line], into m: inout Metadata) -> Int {
    var header: [String] = []
    var end = 0
    while end < content.count && end < Self.headerLines {
      let text = source.compactText(content[end])
      guard isHeaderLine(content[end], text) else {
        if end == 0 { readRunOnHeader(content[end], into: &m) }
        break
      }
      end += 1
      if text.hasSuffix("：") || text.hasSuffix(":") || (text.hasPrefix("各") && text.hasSuffix("！")) {
        // 主送机关 (or a salutation such as 各位代表：) ends the header; before
        // any title, other colon lines are web-page debris (您的位置:).
        guard Self.readsLikeRecipients(text) else {
          if header.contains(where: Self.readsLikeTitle) { break }
          continue
        }
        m.recipients = Self.splitRecipients(String(text.dropLast()))
        break
      }
      header.append(text)
    }
    var roles = [HeaderRole](repeating: .other, count: header.count)
    for (k, text) in header.enumerated() {
      if m.docNumber == nil, let number = Self.docNumber(in: text) {
        m.docNumber = number
        roles[k] = .docNumber
      } else if m.issuer == nil && Self.isOrganisation(text) && !roles.contains(.title) {
        m.issuer = text.hasSuffix("文件") ? String(text.dropLast(2)) : text
        roles[k] = .issuer
      }
    }
    m.title = title(header, roles: roles) ?? m.title
    return end
  }

  private enum HeaderRole: Equatable { case issuer, docNumber, title, other }

  private func title(_ header: [String], roles: [HeaderRole]) -> String? {
    let plain = header.indices.filter { roles[$0] == .other && !Self.isDebris(header[$0]) }
    guard let start = plain.first(where: { Self.readsLikeTitle(header[$0]) }) ?? plain.first else { return nil }
    var title = header[start]
    if start > 0 && roles[start - 1] == .other && Self.isOrganisation(header[start - 1]) {
      title = header[start - 1] + title
    }
    var next = start + 1
    while next < header.count && next <= start + 2 && roles[next] == .other
      && !title.hasAnySuffix(MetadataLexicon.titleSuffixes)
    {
      title += header[next]
      next += 1
    }
    return title
  }

  private static func docNumber(in text: String) -> DocNumber? {
    let line = SourceText(name: "", text: text)
    guard let (number, span) = DocNumberReader.first(in: line, span: Span(0, line.count)), span.length * 2 >= line.count
    else { return nil }
    return number
  }

  private func isHeaderLine(_ line: Line, _ text: String) -> Bool {
    let isAddress = text.hasSuffix("：") || text.hasSuffix(":")
    guard text.count <= (isAddress ? Self.recipientsLineLength : Self.headerLineLength),
      !source.line(line, contains: "。")
    else { return false }
    return MarkerScanner(scalars: source.scalars).heading(at: line.contentStart, limit: line.contentEnd) == nil
  }

  /// Finds the date line closing the body, the signatories above it and the
  /// notes below it; returns where an attached document starts, if any.
  private func readClosing(_ content: [Line], from bodyStart: Int, into layout: inout DocumentLayout) -> Int? {
    var i = bodyStart
    while i < content.count {
      if let standalone = attachmentLabel(content[i]) { return standalone }
      if let date = DateLine.isoDate(source, line: content[i]) {
        let names = signatories(content, before: i)
        var notes: [String] = []
        var next = i + 1
        while next < content.count {
          let text = source.compactText(content[next])
          if let note = Self.note(text) {
            notes.append(note)
          } else if !Self.isRecordLine(text) {
            break
          }
          next += 1
        }
        let label = next < content.count ? attachmentLabel(content[next]) : nil
        // A date line closes the document when it is signed, annotated, last, or before an attachment;
        // a date standing alone inside the body is not the 成文日期.
        if !names.isEmpty || !notes.isEmpty || next == content.count || label != nil {
          layout.metadata.date = date
          layout.metadata.signatories = names
          layout.metadata.notes = notes
          guard next < content.count, layout.kind == .notice || label != nil else { return nil }
          return label ?? content[next].span.start
        }
      }
      i += 1
    }
    return nil
  }

  /// Splits everything from `start` into attached documents at `附件N` lines.
  private func attachmentParts(_ content: [Line], from start: Int, end: Int) -> [Span] {
    var starts = [start]
    for line in content where line.span.start > start {
      if let s = attachmentLabel(line) { starts.append(s) }
    }
    return starts.enumerated().map { k, s in Span(s, k + 1 < starts.count ? starts[k + 1] : end) }
  }

  /// For a line that is only `附件`, `附件1` or `附件：`, the offset just after it.
  private func attachmentLabel(_ line: Line) -> Int? {
    guard line.content.length <= 8, source.scalars[line.contentStart] == "附" else { return nil }
    let text = source.compactText(line)
    guard text.hasPrefix("附件") else { return nil }
    let rest = text.dropFirst(2).filter { !"：:0123456789一二三四五六七八九十".unicodeScalars.contains($0.unicodeScalars.first!) }
    return rest.isEmpty ? line.span.end : nil
  }

  private func signatories(_ content: [Line], before index: Int) -> [String] {
    var names: [String] = []
    var k = index - 1
    while k >= 0 && names.count < 3 {
      let text = source.compactText(content[k])
      guard Self.isOrganisation(text) else { break }
      names.insert(text, at: 0)
      k -= 1
    }
    return names
  }

  private func year(of m: Metadata) -> Int? {
    if let title = m.title {
      let scalars = Array(title.unicodeScalars)
      for i in scalars.indices {
        if let (y, end) = DateLine.readYear(scalars, at: i, limit: scalars.count), end < scalars.count,
          scalars[end] == "年", i == 0 || SmallNumeral.arabicDigit(scalars[i - 1]) == nil, (1900...2100).contains(y)
        {
          return y
        }
      }
    }
    return m.date.flatMap { Int($0.prefix(4)) }
  }
}
