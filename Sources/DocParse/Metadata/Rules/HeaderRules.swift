/// Rules over the 版头 and title block.
enum HeaderRules {
  /// `重庆市黔江区科学技术局`, `国务院办公厅文件`, `中华人民共和国国务院令` → the issuer.
  static func letterhead(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    layout.lines(of: .letterhead).compactMap { h in
      if let organ = HeaderText.decreeIssuer(h.text) {
        return MetadataCandidate(field: .issuer, value: .text(organ), span: h.line.content)
      }
      guard HeaderText.isOrganisation(h.text) else { return nil }
      let (unmarked, skipped) = HeaderText.withoutSampleMarker(h.text)
      let name = unmarked.hasSuffix("文件") ? String(unmarked.dropLast(2)) : unmarked
      let span = h.line.content
      return MetadataCandidate(field: .issuer, value: .text(name), span: Span(span.start + skipped, span.end))
    }
  }

  static func docNumber(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    layout.lines(of: .docNumber).compactMap { h in
      DocNumberReader.first(in: layout.source, span: h.line.content).map {
        MetadataCandidate(field: .docNumber, value: .docNumber($0.0), span: $0.1)
      }
    }
  }

  static func title(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let t = layout.title else { return [] }
    return [MetadataCandidate(field: .title, value: .text(t.text), span: t.span)]
  }

  static func runOn(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let r = layout.runOn else { return [] }
    var out: [MetadataCandidate] = []
    if let t = r.title { out.append(MetadataCandidate(field: .title, value: .text(t.text), span: t.span)) }
    if let d = r.docNumber { out.append(MetadataCandidate(field: .docNumber, value: .docNumber(d.number), span: d.span)) }
    if let p = r.recipients { out.append(MetadataCandidate(field: .recipients, value: .list(p.parts), span: p.span)) }
    return out
  }

  static func recipients(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let r = layout.recipients else { return [] }
    return [MetadataCandidate(field: .recipients, value: .list(r.parts), span: r.span)]
  }

  /// Joint issuers under a bulletin's title: `宜春市统计局  国家统计局宜春调查队`.
  static func byline(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    layout.lines(of: .byline).compactMap { h in
      HeaderText.byline(layout.source, h.line).map {
        MetadataCandidate(field: .issuer, value: .text($0), span: h.line.content)
      }
    }
  }

  /// A date alone under the title, often in brackets: `（2023年4月12日）`.
  static func dateLine(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    layout.lines(of: .dateLine).compactMap { h in
      let span = LayoutReader.unbracketed(h.line, layout.source)
      return DateLine.isoDate(layout.source, in: span).map {
        MetadataCandidate(field: .date, value: .date($0), span: span)
      }
    }
  }

  /// A speech's subtitle: `——2023年3月5日在第十四届全国人民代表大会第一次会议上`.
  static func subtitleDate(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    layout.lines(of: .subtitle).compactMap { h in
      var start = h.line.contentStart
      while start < h.line.contentEnd && (layout.source.scalars[start] == "—" || layout.source.scalars[start].isBlank) {
        start += 1
      }
      return DateLine.leadingDate(layout.source, in: Span(start, h.line.contentEnd)).map {
        MetadataCandidate(field: .date, value: .date($0.iso), span: Span(start, $0.end))
      }
    }
  }

  /// A regulation's 题注: the first (original) promulgation's date, and the
  /// organ whose 令 promulgated it.
  static func promulgation(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let notes = layout.lines(of: .promulgation)
    // Issued (`发布`, `公布`) rather than approved or revised.
    guard let first = notes.first(where: { $0.text.contains("发布") || $0.text.contains("公布") }) ?? notes.first,
      let (iso, end) = DateLine.leadingDate(layout.source, in: first.line.content)
    else { return [] }
    var out = [MetadataCandidate(field: .date, value: .date(iso), span: Span(first.line.contentStart, end))]
    if let (note, organ) = notes.lazy.compactMap({ n in HeaderText.promulgatingOrgan(n.text).map { (n, $0) } }).first {
      let span = layout.source.firstSpan(of: organ, in: note.line.content)
      out.insert(MetadataCandidate(field: .issuer, value: .text(organ), span: span), at: 0)
    }
    return out
  }

  /// `国务院总理 李克强` → 国务院; `省长 王宁` under a province's report names no organ.
  static func speaker(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    layout.lines(of: .speaker).compactMap { h in
      guard let organ = HeaderText.speaker(h.text), !organ.isEmpty else { return nil }
      return MetadataCandidate(field: .issuer, value: .text(organ), span: h.line.content)
    }
  }
}

/// Rules over the closing: 署名, 成文日期, 附注.
enum ClosingRules {
  static func signature(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let names = layout.closing.signatories
    guard let first = names.first, let last = names.last else { return [] }
    let span = Span(first.span.start, last.span.end)
    var out = [
      MetadataCandidate(field: .signatories, value: .list(names.map { HeaderText.withoutSampleMarker($0.text).0 }), span: span)
    ]
    // Organisations that sign are the issuer; a person signing (`总理　李克强`) is not.
    let organs = names.filter { HeaderText.isOrganisation($0.text.compacted) }
    if let a = organs.first, let b = organs.last {
      let text = organs.map { HeaderText.withoutSampleMarker($0.text.compacted).0 }.joined(separator: " ")
      out.insert(MetadataCandidate(field: .issuer, value: .text(text), span: Span(a.span.start, b.span.end)), at: 0)
    }
    return out
  }

  static func date(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let d = layout.closing.date else { return [] }
    return [MetadataCandidate(field: .date, value: .date(d.iso), span: d.span)]
  }

  static func notes(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let notes = layout.closing.notes
    guard let first = notes.first, let last = notes.last else { return [] }
    return [MetadataCandidate(field: .notes, value: .list(notes.map(\.text)), span: Span(first.span.start, last.span.end))]
  }
}

/// Rules over fields a page states outside its text.
enum PageRules {
  /// `<meta name="ArticleTitle">`, with its place in the text when the text repeats it.
  static func articleTitle(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    page(layout, names: ["articletitle", "dc.title"], field: .title)
  }

  /// `<meta name="ContentSource">`: the site's account of who published the page.
  static func contentSource(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    page(layout, names: ["contentsource"], field: .issuer)
  }

  private static func page(_ layout: DocumentLayout, names: Set<String>, field: MetadataField) -> [MetadataCandidate] {
    layout.pageFields.filter { names.contains($0.name.lowercased()) }.map { f in
      MetadataCandidate(field: field, value: .text(f.value), span: layout.source.firstSpan(of: f.value, in: layout.ownSpan))
    }
  }
}

/// Rules over the settled title.
enum TitleRules {
  /// `2026年吉林省政府工作报告`, `2026年四川省人民政府工作报告` → 吉林省人民政府: the
  /// government of the place a report's title names.
  static func reportPlace(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let title = m.title, let report = title.firstRange(of: "政府工作报告") else { return [] }
    var place = String(title[..<report.lowerBound])
    if place.hasSuffix("人民") { place = String(place.dropLast(2)) }
    if let year = place.firstRange(of: "年") { place = String(place[year.upperBound...]) }
    guard (2...12).contains(place.count), place.allSatisfy({ $0.unicodeScalars.allSatisfy { Words.isHan($0) } }),
      place.hasAnySuffix(["省", "市", "自治区", "县", "区", "州", "盟", "旗", "特别行政区"])
    else { return [] }
    let span = m.sources[.title]?.span.flatMap { layout.source.firstSpan(of: place, in: $0) }
    return [MetadataCandidate(field: .issuer, value: .text(place + "人民政府"), span: span)]
  }

  /// `国务院办公厅关于…的通知` → 国务院办公厅.
  static func organ(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let title = m.title, let about = title.firstRange(of: "关于") else { return [] }
    var organ = String(title[..<about.lowerBound])
    // `国务院批转国家能源委员会关于…` is issued by the one that forwards.
    for verb in ["批转", "转发", "印发"] {
      if let v = organ.firstRange(of: verb) { organ = String(organ[..<v.lowerBound]) }
    }
    guard HeaderText.isOrganisation(organ) else { return [] }
    let span = m.sources[.title]?.span.flatMap { layout.source.firstSpan(of: organ, in: $0, ignoringBlanks: true) }
    return [MetadataCandidate(field: .issuer, value: .text(organ), span: span)]
  }
}

extension SourceText {
  /// The first place inside `span` where `text` is written, blanks and line
  /// breaks inside the written form skipped when `ignoringBlanks`.
  func firstSpan(of text: String, in span: Span, ignoringBlanks: Bool = true) -> Span? {
    let needle = Array(text.unicodeScalars.filter { !$0.isBlank })
    guard let head = needle.first else { return nil }
    var i = span.start
    while i < span.end {
      if scalars[i] == head {
        var j = i
        var k = 0
        while j < span.end && k < needle.count {
          if scalars[j] == needle[k] {
            k += 1
          } else if !(ignoringBlanks && (scalars[j].isBlank || scalars[j] == "\n" || scalars[j] == "\r")) {
            break
          }
          j += 1
        }
        if k == needle.count { return Span(i, j) }
      }
      i += 1
    }
    return nil
  }
}
