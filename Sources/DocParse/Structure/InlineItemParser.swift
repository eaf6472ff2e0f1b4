/// Finds inline list items (`一是…二是…`, `第一，…第二，…`) inside paragraphs and
/// hangs them under the innermost heading that holds them; a list of duties
/// (`一要…二要…`) inside an item of the paragraph hangs under that item.
///
/// An item marker must start a clause (line start, or after `。；：，`), and a
/// list must count up: `一是` always opens a list, `N是` continues one; a list
/// may start late (`二是` alone) with a diagnostic. A list of duties starts at
/// `一要` with `二要` after it and never skips a number (`三要素` is no item).
struct InlineItemParser {
  let source: SourceText
  /// The source's scanning classes, read once for every line.
  private let classes: ScalarClasses
  let lines: [Line]

  init(source: SourceText, lines: [Line]) {
    self.source = source
    self.lines = lines
    classes = source.classes
  }

  private struct Candidate {
    var marker: Span
    var ordinal: Int
    var titleStart: Int
    var container: Int?
    /// A `N要` (a list of duties).
    var duty = false
    /// For a duty: the accepted item of the same line it belongs to.
    var parentItem: Int? = nil
  }

  /// Appends the items to `nodes` (headings, in source order, spans final).
  func attach(to nodes: inout [FlatNode], diagnostics: inout [Diagnostic]) {
    let headingCount = nodes.count
    var lastOrdinal: [Int: Int] = [:]  // container (-1 = root) -> ordinal
    for line in lines where !line.isBlank {
      var accepted: [Candidate] = []
      var lastDuty: [Int: Int] = [:]  // parent item (or -2 - container) -> ordinal
      for var c in candidates(in: line, nodes: nodes, count: headingCount) {
        c.container = innermost(containing: c.marker.start, in: nodes, count: headingCount)
        if c.duty {
          c.parentItem = accepted.lastIndex { !$0.duty }
          let key = c.parentItem ?? -2 - (c.container ?? -1)
          guard c.ordinal == 1 ? secondFollows(c, "要", line: line) : lastDuty[key] == c.ordinal - 1 else { continue }
          lastDuty[key] = c.ordinal
          accepted.append(c)
          continue
        }
        let key = c.container ?? -1
        guard accept(c, after: lastOrdinal[key], diagnostics: &diagnostics) else { continue }
        lastOrdinal[key] = c.ordinal
        accepted.append(c)
      }
      var placed: [Int] = []  // accepted index -> index in nodes
      for (k, c) in accepted.enumerated() {
        if let h = c.container, c.parentItem == nil { endTitle(of: &nodes[h], before: c.marker.start) }
        // An item runs to the next item of its own list or an outer one; a duty to the next marker.
        let next = accepted[(k + 1)...].first { c.duty || !$0.duty }?.marker.start ?? line.contentEnd
        let parent = c.parentItem.map { placed[$0] }
        placed.append(nodes.count)
        nodes.append(
          item(
            c, limit: boundary(after: c.marker.start, limit: next, in: nodes, count: headingCount), nodes: nodes,
            parent: parent))
      }
    }
  }

  /// Whether the second marker of the list (`二是`, `二要`: 二 and `follower`)
  /// follows `c` at a clause start in the line.
  private func secondFollows(_ c: Candidate, _ follower: Unicode.Scalar, line: Line) -> Bool {
    var j = c.titleStart
    while j + 1 < line.contentEnd {
      if source.scalars[j] == "二" && source.scalars[j + 1] == follower && startsClause(j, line: line) { return true }
      j += 1
    }
    return false
  }

  /// A heading's title also ends at the first item marker inside it
  /// (`（一）主要做法：一是…` is titled `主要做法`).
  private func endTitle(of heading: inout FlatNode, before itemStart: Int) {
    let title = heading.node.titleSpan
    guard title.start <= itemStart && itemStart < title.end else { return }
    heading.node.titleSpan = source.trimmedTitle(Span(title.start, itemStart))
  }

  private func accept(_ c: Candidate, after last: Int?, diagnostics: inout [Diagnostic]) -> Bool {
    let text = source[c.marker]
    switch (c.ordinal, last) {
    case (1, _): return true
    case (let n, nil):
      diagnostics.append(Diagnostic(.listStartsLate, "list starts at \(text)", at: c.marker))
      return n <= 3
    case (let n, let l?) where n == l + 1: return true
    case (let n, let l?) where n == l + 2:
      diagnostics.append(Diagnostic(.numberingGap, "\(text) after number \(l)", at: c.marker))
      return true
    default: return false
    }
  }

  private func item(_ c: Candidate, limit: Int, nodes: [FlatNode], parent: Int?) -> FlatNode {
    var titleEnd = c.titleStart
    while titleEnd < limit && source.scalars[titleEnd] != "。" { titleEnd += 1 }
    let titleSpan = source.trimmedTitle(Span(c.titleStart, max(c.titleStart, titleEnd)))
    let container = parent ?? c.container
    let level = container.map { nodes[$0].node.level + 1 } ?? 1
    let node = Node(
      kind: .item, level: level, style: .inline, ordinal: c.ordinal,
      span: Span(c.marker.start, max(limit, titleSpan.end)), markerSpan: c.marker, titleSpan: titleSpan,
      text: source.scalars)
    return FlatNode(node: node, form: .enumeration, rank: 99, parent: container)
  }

  /// The item ends at `limit` or at the next heading that starts before it
  /// (headings are in source order: binary search).
  private func boundary(after offset: Int, limit: Int, in nodes: [FlatNode], count: Int) -> Int {
    let next = SortedSearch.countStarting(atOrBefore: offset, count: count) { nodes[$0].node.span.start }
    return next < count ? min(limit, nodes[next].node.span.start) : limit
  }

  /// The index of the innermost heading whose span holds `offset`.
  private func innermost(containing offset: Int, in nodes: [FlatNode], count: Int) -> Int? {
    let started = SortedSearch.countStarting(atOrBefore: offset, count: count) { nodes[$0].node.span.start }
    var i: Int? = started > 0 ? started - 1 : nil
    while let k = i, !nodes[k].node.span.contains(offset) { i = nodes[k].parent }
    return i
  }

  /// What an item marker opens with: 第 or a Chinese numeral (what `marker(at:)` reads; `ScanSet.itemMarkerStarts`).
  static let markerStarts = ScalarBits(["第", "廿"] + NumeralChars.scalars(where: SmallNumeral.isChineseNumeralScalar))

  /// Item markers in a line: `N是` or `第N，` at the start of a clause; a
  /// first `一是` also right after a heading's title that runs into it
  /// (`（一）…第一责任人职责一是加强组织领导，…二是…`), when `二是` follows.
  private func candidates(in line: Line, nodes: [FlatNode], count: Int) -> [Candidate] {
    var found: [Candidate] = []
    var i = line.contentStart
    while i < line.contentEnd {
      // Offsets where no marker opens are passed over in one loop.
      i = classes.first(.itemMarkerStarts, from: i, to: line.contentEnd)
      guard i < line.contentEnd else { break }
      let first = source.scalars[i]
      let clause = startsClause(i, line: line)
      if clause || first == "一", let c = marker(at: i, limit: line.contentEnd),
        clause || (c.ordinal == 1 && runsOnFromTitle(c, line: line, nodes: nodes, count: count))
      {
        found.append(c)
        i = c.titleStart
        continue
      }
      i += 1
    }
    return found
  }

  private func runsOnFromTitle(_ c: Candidate, line: Line, nodes: [FlatNode], count: Int) -> Bool {
    guard source.scalars[c.marker.end - 1] == "是", let h = innermost(containing: c.marker.start, in: nodes, count: count),
      nodes[h].node.titleSpan.contains(c.marker.start), c.marker.start - nodes[h].node.titleSpan.start >= 2
    else { return false }
    return secondFollows(c, "是", line: line)
  }

  private func startsClause(_ i: Int, line: Line) -> Bool {
    if i == line.contentStart { return true }
    switch source.scalars[i - 1] {
    case "。", "；", ";", "：", ":", "，", ",", "！", "？", "）", ")": return true
    case let s: return s.isBlank
    }
  }

  /// `N是`, `N要` or `第N，` at `i` (the grammar of `MarkerScanner.enumeration`).
  private func marker(at i: Int, limit: Int) -> Candidate? {
    guard let e = MarkerScanner(scalars: source.scalars).enumeration(at: i, limit: limit) else { return nil }
    return Candidate(marker: Span(i, e.end), ordinal: e.ordinal, titleStart: e.textStart, container: nil, duty: e.duty)
  }
}
