/// The layout stage: reads one document's lines into zones. The header
/// (page furniture, labelled fields, 版头, title block, 主送) before the
/// body, and the closing (署名, 成文日期, 附注, 版记) after it, which also
/// tells where an attached document starts.
struct LayoutReader {
  let source: SourceText
  /// The lines of the document's span.
  let lines: [Line]
  let pageFields: [PageField]

  /// Header lines are short and hold no `。`.
  static let headerLineLength = 60
  /// A 主送机关 line may list many organisations.
  static let recipientsLineLength = 200
  /// Furniture and fields are looked for among this many lines at the top.
  static let headerWindow = 48
  /// The longest line read as a document type left alone by a title's line break.
  static let bareDocumentTypeLength = 8
  /// A line at least this long that ends without punctuation was wrapped by the page.
  static let wrappedLineLength = 20
  /// A furniture line is short; a long line is body text whatever it starts with.
  static let furnitureLength = 80

  func read(span: Span) -> DocumentLayout {
    var layout = DocumentLayout(source: source, pageFields: pageFields, bodySpan: span, ownSpan: span)
    let content = lines.filter { !$0.isBlank }
    let bodyStart = readHeader(content, into: &layout)
    let kind = layout.title.flatMap { DocumentKinds.kind(ofTitle: $0.text) }
    let attachmentStart = readClosing(content, from: bodyStart, kind: kind, into: &layout)
    layout.zones += attachmentLists(content, from: bodyStart, before: attachmentStart ?? span.end)
    let bodyFrom = bodyStart < content.count ? content[bodyStart].span.start : span.end
    if let start = attachmentStart {
      layout.ownSpan = Span(span.start, start)
      layout.attachmentSpans = attachmentParts(content, from: start, end: span.end)
      layout.zones += layout.attachmentSpans.map { Zone(.attachment, $0) }
    }
    layout.bodySpan = Span(min(bodyFrom, layout.ownSpan.end), layout.ownSpan.end)
    layout.zones.append(Zone(.body, layout.bodySpan))
    layout.zones.sort { $0.span.start < $1.span.start }
    return layout
  }

  // MARK: - Header

  /// Reads furniture, fields and header lines; returns the index of the first body line.
  private func readHeader(_ content: [Line], into layout: inout DocumentLayout) -> Int {
    var i = 0
    var header: [HeaderLine] = []
    while i < content.count && i < Self.headerWindow {
      let line = content[i]
      // A line with more characters than any header line may have (a 主送 line
      // the most) is body text (a paragraph, or a document whose line breaks
      // were lost): no String is made of it. Where the count is not known
      // without grapheme breaking, many times more scalars than that.
      let long =
        source.compactTextExceeds(line, Self.recipientsLineLength)
        ?? !source.hasAtMostNonBlank(line, 4 * Self.recipientsLineLength)
      let text = long ? "" : source.compactText(line)
      if !long && text.hasAtMost(Self.furnitureLength) && Furniture.contains(text) {
        // A breadcrumb or a scraper's separator: what stood above it was the site, not the document.
        if Furniture.endsChrome(text) {
          for h in header { layout.zones.append(Zone(.furniture, h.line.span)) }
          header.removeAll()
        }
        layout.zones.append(Zone(.furniture, line.span))
        i += 1
        continue
      }
      if let (fields, used) = FieldReader(source: source).fields(content, at: i) {
        layout.fields += fields
        layout.zones.append(Zone(.fields, Span(line.span.start, content[i + used - 1].span.end)))
        i += used
        continue
      }
      guard !long && isHeaderLine(line, text) else {
        if header.isEmpty && layout.title == nil { layout.runOn = RunOnReader(source: source).read(line) }
        break
      }
      if text.hasSuffix("：") || text.hasSuffix(":") || (text.hasPrefix("各") && text.hasSuffix("！")) {
        if HeaderText.isSalutation(text) {
          layout.zones.append(Zone(.salutation, line.span))
          i += 1
          break
        }
        // 主送机关 ends the header; before any title, other colon lines are web-page debris (您的位置:).
        guard HeaderText.readsLikeRecipients(text) else {
          if header.contains(where: { HeaderText.readsLikeTitle($0.text) }) { break }
          layout.zones.append(Zone(.furniture, line.span))
          i += 1
          continue
        }
        let end = text.hasSuffix("！") || text.hasSuffix("：") || text.hasSuffix(":") ? line.contentEnd - 1 : line.contentEnd
        layout.recipients = (HeaderText.splitRecipients(String(text.dropLast())), Span(line.contentStart, end))
        layout.zones.append(Zone(.recipients, line.span))
        i += 1
        break
      }
      if let (parts, span, used) = wrappedRecipients(content, at: i) {
        layout.recipients = (parts, span)
        layout.zones.append(Zone(.recipients, Span(line.span.start, content[i + used - 1].span.end)))
        i += used
        break
      }
      header.append(classify(line, text, index: i, after: header))
      i += 1
    }
    layout.title = title(&header)
    layout.header = header
    for h in header {
      let kind: ZoneKind
      switch h.role {
      case .letterhead, .docNumber: kind = .letterhead
      case .title: kind = .title
      case .subtitle, .dateLine, .speaker, .byline, .promulgation, .other: kind = .subtitle
      }
      layout.zones.append(Zone(kind, h.line.span))
    }
    return i
  }

  /// A 主送机关 line wrapped over two or three lines (`…,各银行业` / `金融机构:`).
  private func wrappedRecipients(_ content: [Line], at i: Int) -> ([String], Span, Int)? {
    var text = source.compactText(content[i])
    // A wrapped line runs on: it ends in `，` or `、`, or fills the page's width.
    func wraps(_ t: String) -> Bool {
      !HeaderText.readsLikeTitle(t) && !HeaderText.isOrganisation(t) && !t.hasSuffix("。")
        && (t.hasSuffix("，") || t.hasSuffix("、") || t.hasSuffix(",") || !t.hasAtMost(Self.wrappedLineLength - 1))
    }
    guard wraps(text) else { return nil }
    var k = i + 1
    while k < content.count && k <= i + 2 {
      let next = source.compactText(content[k])
      guard next.hasSuffix("：") || next.hasSuffix(":") || wraps(next) else { return nil }
      guard next.hasAtMost(Self.headerLineLength), !next.contains("。"),
        MarkerScanner(scalars: source.scalars).heading(at: content[k].contentStart, limit: content[k].contentEnd) == nil
      else { return nil }
      text += next
      if next.hasSuffix("：") || next.hasSuffix(":") {
        guard HeaderText.readsLikeRecipients(text), text.hasAtMost(Self.recipientsLineLength) else { return nil }
        return (HeaderText.splitRecipients(String(text.dropLast())), Span(content[i].contentStart, content[k].contentEnd - 1), k - i + 1)
      }
      k += 1
    }
    return nil
  }

  private func classify(_ line: Line, _ text: String, index: Int, after header: [HeaderLine]) -> HeaderLine {
    let hasTitle = header.contains { $0.role == .other && HeaderText.readsLikeTitle($0.text) }
    var role = HeaderLine.Role.other
    if !header.contains(where: { $0.role == .docNumber }), HeaderText.docNumber(in: text) != nil {
      role = .docNumber
    } else if HeaderText.isPromulgation(source, line) {
      role = .promulgation
    } else if DateLine.isoDate(source, in: Self.unbracketed(line, source)) != nil {
      role = .dateLine
    } else if text.hasPrefix("—") {
      role = .subtitle
    } else if HeaderText.decreeIssuer(text) != nil || HeaderText.isDecreeSerial(text) {
      role = .letterhead
    } else if HeaderText.speaker(text) != nil {
      role = .speaker
    } else if HeaderText.isOrganisation(text) && !hasTitle && !header.contains(where: { $0.role == .letterhead }) {
      role = .letterhead
    } else if hasTitle, HeaderText.byline(source, line) != nil {
      role = .byline
    }
    return HeaderLine(line: line, index: index, text: text, role: role)
  }

  /// The line's content without one pair of surrounding brackets.
  static func unbracketed(_ line: Line, _ source: SourceText) -> Span {
    let s = source.scalars
    var a = line.contentStart
    var b = line.contentEnd
    if b - a >= 2, s[a] == "（" || s[a] == "(", s[b - 1] == "）" || s[b - 1] == ")" {
      a += 1
      b -= 1
    }
    return Span(a, b)
  }

  /// The title: the first plain header line that reads like one (关于…, or a
  /// document-type ending), else the first plain line; joined with an
  /// organisation line right above it that is not the issuer and with the
  /// lines that complete it.
  private func title(_ header: inout [HeaderLine]) -> (text: String, span: Span)? {
    let plain = header.indices.filter {
      header[$0].role == .other && !HeaderText.isDebris(header[$0].text) && !HeaderText.isSentence(header[$0].text)
    }
    guard let start = plain.first(where: { HeaderText.readsLikeTitle(header[$0].text) }) ?? plain.first else {
      return nil
    }
    var first = start
    if start > 0 && header[start - 1].role == .other && HeaderText.isOrganisation(header[start - 1].text) {
      first = start - 1
    }
    // A title set over two lines whose second line is little more than the
    // document type (`推进建筑和市政基础设施设备更新工作` / `实施方案`) starts on the line above.
    while first > 0, first > start - 2, header[start].text.count <= Self.bareDocumentTypeLength, header[first - 1].role == .other, header[first - 1].index == header[first].index - 1,
      !HeaderText.isSentence(header[first - 1].text), !HeaderText.isDebris(header[first - 1].text),
      !HeaderText.readsLikeTitle(header[first - 1].text), !HeaderText.isOrganisation(header[first - 1].text),
      !header[start].text.contains("关于") || header[start].text.hasPrefix("关于"), header[first - 1].text.count >= 4
    {
      first -= 1
    }
    var text = header[first...start].map(\.text).joined()
    var last = start
    // Lines right below complete the title when they bring its document type
    // (`国务院关于印发个人所得税` / `专项附加扣除暂行办法的通知`).
    if !HeaderText.endsWithDocumentType(text) {
      var joined = text
      var k = start
      // A character or two on the next line (`政府工作报` / `告`) is a word the wrap split.
      while k + 1 < header.count && k + 1 <= start + 2 && header[k + 1].role == .other
        && header[k + 1].index == header[k].index + 1
        && (!HeaderText.isDebris(header[k + 1].text) || header[k + 1].text.count <= 2)
      {
        k += 1
        joined += header[k].text
        if HeaderText.endsWithDocumentType(joined) {
          last = k
          text = joined
          break
        }
      }
    }
    for k in first...last { header[k].role = .title }
    return (text, Span(header[first].line.contentStart, header[last].line.contentEnd))
  }

  private func isHeaderLine(_ line: Line, _ text: String) -> Bool {
    let isAddress = text.hasSuffix("：") || text.hasSuffix(":")
    guard text.hasAtMost(isAddress ? Self.recipientsLineLength : Self.headerLineLength),
      !source.line(line, contains: "。")
    else { return false }
    return MarkerScanner(scalars: source.scalars).heading(at: line.contentStart, limit: line.contentEnd) == nil
  }

  // MARK: - Closing

  /// Finds the date line closing the body, the signatories above it and the
  /// notes below it; returns where an attached document starts, if any.
  private func readClosing(
    _ content: [Line], from bodyStart: Int, kind: Document.Kind?, into layout: inout DocumentLayout
  ) -> Int? {
    var i = bodyStart
    while i < content.count {
      if let standalone = attachmentLabel(content[i]) { return standalone }
      if let date = DateLine.isoDate(source, in: content[i].content) {
        let names = signatories(content, before: i, after: bodyStart)
        var notes: [(String, Span)] = []
        var next = i + 1
        while next < content.count {
          let text = source.compactText(content[next])
          if let note = HeaderText.note(text) {
            notes.append((note, content[next].content))
            layout.zones.append(Zone(.closing, content[next].span))
          } else if HeaderText.isRecordLine(text) {
            layout.zones.append(Zone(.record, content[next].span))
          } else if !(text.hasAtMost(Self.furnitureLength) && Furniture.contains(text)) {
            break
          }
          next += 1
        }
        let label = next < content.count ? attachmentLabel(content[next]) : nil
        // A date line closes the document when it is signed, annotated, last, or before an attachment;
        // a date standing alone inside the body is not the 成文日期.
        if !names.isEmpty || !notes.isEmpty || next == content.count || label != nil {
          layout.closing = Closing(date: (date, content[i].content), signatories: names, notes: notes)
          let from = names.first?.span.start ?? content[i].span.start
          layout.zones.append(Zone(.closing, Span(from, content[i].span.end)))
          guard next < content.count, kind == .notice || label != nil else { return nil }
          return label ?? content[next].span.start
        }
      }
      i += 1
    }
    return nil
  }

  /// 附件说明 zones: a `附件：` line naming a document (`附件：1.…登记表`) and
  /// the numbered lines under it (`2.…`, `3.…`), which are not headings.
  private func attachmentLists(_ content: [Line], from bodyStart: Int, before end: Int) -> [Zone] {
    var zones: [Zone] = []
    var i = bodyStart
    let scanner = MarkerScanner(scalars: source.scalars)
    while i < content.count && content[i].span.start < end {
      guard source.scalars[content[i].contentStart] == "附" else {
        i += 1
        continue
      }
      let text = source.compactText(content[i])
      guard text.hasPrefix("附件：") || text.hasPrefix("附件:"), text.count > 3 else {
        i += 1
        continue
      }
      var last = i
      var ordinal = scanner.heading(at: content[i].contentStart + 3, limit: content[i].contentEnd)?.ordinal ?? 1
      while last + 1 < content.count && content[last + 1].span.start < end,
        let m = scanner.heading(at: content[last + 1].contentStart, limit: content[last + 1].contentEnd),
        m.style == .arabicDot || m.style == .arabicParen, m.ordinal == ordinal + 1
      {
        ordinal = m.ordinal
        last += 1
      }
      zones.append(Zone(.attachmentList, Span(content[i].span.start, content[last].span.end)))
      i = last + 1
    }
    return zones
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

  private func signatories(_ content: [Line], before index: Int, after bodyStart: Int) -> [(text: String, span: Span)] {
    var names: [(String, Span)] = []
    var k = index - 1
    while k >= bodyStart && names.count < 3 {
      let text = source.compactText(content[k])
      guard HeaderText.isOrganisation(text) || HeaderText.isPersonSignature(text) else { break }
      names.insert((source[content[k].content], content[k].content), at: 0)
      k -= 1
    }
    return names
  }
}
