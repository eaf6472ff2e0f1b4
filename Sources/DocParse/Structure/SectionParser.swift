/// Rebuilds the section tree of one document body from its lines.
///
/// Headings are found line by line (and after `。：；` inside lines whose breaks
/// were lost); their levels come from `SpineBuilder`. Inline items (`一是…`)
/// are then hung under the innermost heading that holds them.
struct SectionParser {
  let source: SourceText
  let lines: [Line]

  /// Lines longer than this are treated as paragraphs whose line breaks were lost.
  static let runOnLineLength = 600
  /// In a document of at most `fewLines` lines, lines longer than this are run-on too.
  static let shortRunOnLineLength = 150
  static let fewLines = 3

  /// Whether markers inside `line` (after `。：；`) open headings.
  private func isRunOn(_ line: Line) -> Bool {
    let length = line.content.length
    if length > Self.runOnLineLength { return true }
    return length > Self.shortRunOnLineLength
      && lines.lazy.filter { !$0.isBlank }.prefix(Self.fewLines + 1).count <= Self.fewLines
  }

  func parse(in span: Span, diagnostics: inout [Diagnostic]) -> [Node] {
    let scanner = MarkerScanner(scalars: source.scalars)
    var spine = SpineBuilder(source: source, end: span.end)
    var previousLineEnd: Unicode.Scalar = "\n"
    var lastOrdinal = PerForm<Int>()  // form -> last number seen
    // Non-blank lines by index, so a heading can take its title from the next one.
    var n = lines.firstIndex { !$0.isBlank } ?? lines.count
    while n < lines.count {
      let line = lines[n]
      var next = n + 1
      while next < lines.count && lines[next].isBlank { next += 1 }
      defer { n = next }
      let markers = headingMarkers(in: line, scanner: scanner, lastOrdinal: &lastOrdinal, diagnostics: &diagnostics)
      let runOn = isRunOn(line)
      for (k, marker) in markers.enumerated() {
        let limit = k + 1 < markers.count ? markers[k + 1].span.start : line.contentEnd
        var end = titleEnd(from: marker.titleStart, limit: limit)
        if runOn, let name = SectionNames.leading(source.scalars, at: marker.titleStart, limit: end) { end = name }
        var title = Span(marker.titleStart, max(marker.titleStart, end))
        if title.isEmpty && k == markers.count - 1 && next < lines.count {
          title = titleOnNextLine(lines[next], scanner: scanner) ?? title
        }
        let before = marker.span.start > line.contentStart ? source.scalars[marker.span.start - 1] : previousLineEnd
        spine.open(marker, title: title, afterColon: before == "：" || before == ":", diagnostics: &diagnostics)
      }
      previousLineEnd = source.scalars[line.contentEnd - 1]
    }
    var nodes = spine.finish()
    InlineItemParser(source: source, lines: lines).attach(to: &nodes, diagnostics: &diagnostics)
    return TreeAssembler.build(nodes)
  }

  /// The heading marker at the start of the line; in a run-on line, the markers
  /// that start a logical paragraph after `。`, `：` or `；`; in any line, a marker
  /// after `。` that continues its numbering (`（一）…。（二）…`), where a line
  /// break was lost.
  private func headingMarkers(
    in line: Line, scanner: MarkerScanner, lastOrdinal: inout PerForm<Int>, diagnostics: inout [Diagnostic]
  ) -> [Marker] {
    var found: [Marker] = []
    if let m = scanner.heading(at: line.contentStart, limit: line.contentEnd)
      ?? scanner.arabicBeforeYear(at: line.contentStart, limit: line.contentEnd).flatMap({
        $0.ordinal == (lastOrdinal[$0.form] ?? 0) + 1 && $0.ordinal > 1 ? $0 : nil
      })
    {
      found.append(m)
      lastOrdinal[m.form] = m.ordinal
    }
    let runOn = isRunOn(line)
    if runOn {
      diagnostics.append(
        Diagnostic(
          .lostLineBreaks, "a \(line.content.length)-character line: markers after 。：； are read as headings",
          at: line.content))
    }
    let scalars = source.scalars
    var i = line.contentStart + 1
    while i < line.contentEnd {
      // In a line that is not run-on only a marker after `。` counts: go from one to the next.
      if !runOn {
        guard let stop = scalars[(i - 1)..<line.contentEnd].firstIndex(of: "。"), stop + 1 < line.contentEnd else { break }
        i = stop + 1
      }
      let s = scalars[i - 1]
      if s == "。" || (runOn && (s == "：" || s == "；" || s == ":")) {
        var j = i
        while j < line.contentEnd && scalars[j].isBlank { j += 1 }
        if let m = scanner.heading(at: j, limit: line.contentEnd), m.style != .arabicDot || m.form == .arabicDot,
          runOn || m.ordinal == (lastOrdinal[m.form] ?? 0) + 1 && m.ordinal > 1
        {
          lastOrdinal[m.form] = m.ordinal
          found.append(m)
          i = m.titleStart
          continue
        }
      }
      if runOn,
        let m = nextLegalMarker(at: i, line: line, after: found.last, scanner: scanner, lastOrdinal: &lastOrdinal)
      {
        found.append(m)
        i = m.titleStart
        continue
      }
      i += 1
    }
    return found
  }

  /// What a marker found inside run-on text opens with: 第, a bracket or a Chinese numeral.
  static let legalMarkerStarts = ScalarBits(
    ["第", "（", "("] + NumeralChars.scalars(where: SmallNumeral.isChineseNumeralScalar))

  /// In run-on text, `第N章`/`第N条` open a heading anywhere when they continue
  /// the numbering (第五条 … 第六条), since chapter titles end without punctuation.
  /// The first article may follow its chapter's title directly (第一章总则第一条…).
  /// `二、` and `（二）` do the same, and a first `（一）` may follow its
  /// parent's short title directly (`一、工作开展情况（一）…`).
  private func nextLegalMarker(
    at i: Int, line: Line, after previous: Marker?, scanner: MarkerScanner, lastOrdinal: inout PerForm<Int>
  ) -> Marker? {
    guard Self.legalMarkerStarts.contains(source.scalars[i]),
      let m = scanner.heading(at: i, limit: line.contentEnd),
      m.ordinal == (lastOrdinal[m.form] ?? 0) + 1 || (m.ordinal == 1 && m.style != .chapter && m.style != .article)
    else { return nil }
    switch m.style {
    case .chapter, .article:
      guard m.ordinal > 1 || (m.style == .article && previous?.style == .chapter) || opensFirstArticle(m, line, scanner)
      else { return nil }
    case .chineseComma, .chineseParen:
      // Not a list of numbers in a sentence (`一、二、三类`, `（一）（二）项`).
      guard m.titleStart < line.contentEnd, !SmallNumeral.isChineseNumeralScalar(source.scalars[m.titleStart]),
        source.scalars[m.titleStart] != "（", source.scalars[m.titleStart] != "("
      else { return nil }
      if m.ordinal == 1 {
        guard let parent = previous, parent.rank < m.rank, i - parent.titleStart <= Self.shortTitle,
          !source.scalars[parent.titleStart..<i].contains(where: { $0 == "。" || $0 == "，" || $0 == "；" })
        else { return nil }
      }
    default: return nil
    }
    lastOrdinal[m.form] = m.ordinal
    return m
  }

  /// The longest title a heading can have when its first child follows it directly.
  static let shortTitle = 30

  /// `第一章总则第一条…`: a first chapter whose short title runs into the first article.
  private func opensFirstArticle(_ m: Marker, _ line: Line, _ scanner: MarkerScanner) -> Bool {
    guard m.style == .chapter else { return false }
    let end = min(line.contentEnd, m.titleStart + 16)
    return (m.titleStart..<end).contains { i in
      source.scalars[i] == "第"
        && scanner.heading(at: i, limit: line.contentEnd).map { $0.style == .article && $0.ordinal == 1 } == true
    }
  }

  /// `一、` alone on its line takes its title from the next line, when that line
  /// is short and is not a heading itself.
  private func titleOnNextLine(_ next: Line, scanner: MarkerScanner) -> Span? {
    guard next.content.length <= Self.titleLineLength,
      scanner.heading(at: next.contentStart, limit: next.contentEnd) == nil
    else { return nil }
    return Span(next.contentStart, titleEnd(from: next.contentStart, limit: next.contentEnd))
  }

  /// Longest line read as the title of a marker standing alone on the line before.
  static let titleLineLength = 40

  /// A heading's title ends at the first `。`, the next marker or the end of its line.
  private func titleEnd(from start: Int, limit: Int) -> Int {
    var i = start
    while i < limit && source.scalars[i] != "。" { i += 1 }
    return i
  }
}

extension SourceText {
  /// `span` without trailing blanks and the punctuation `，；;：:,、`.
  func trimmedTitle(_ span: Span) -> Span {
    var end = span.end
    while end > span.start {
      let s = scalars[end - 1]
      if s.isBlank || s == "，" || s == "；" || s == ";" || s == "：" || s == ":" || s == "," || s == "、" {
        end -= 1
      } else {
        break
      }
    }
    return Span(span.start, end)
  }
}
