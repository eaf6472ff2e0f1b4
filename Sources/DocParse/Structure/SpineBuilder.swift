/// A node before the tree is assembled: its parent is an index into the flat list.
struct FlatNode {
  var node: Node
  var form: MarkerForm
  var rank: Int
  var parent: Int?
}

/// Builds headings into a tree over a spine of open sections.
///
/// A marker whose form is open on the spine closes everything below it and
/// becomes its sibling; a new form becomes a child of the innermost open
/// section, so a style's level is where it first appears under its parent.
/// A clearly higher form (`第一章`, `第一条`, `一、`) closes lower ones.
struct SpineBuilder {
  let source: SourceText
  /// Where the last section ends (the end of the document body).
  let end: Int
  private(set) var nodes: [FlatNode] = []
  private var spine: [Int] = []
  private var lastOrdinal: [FormKey: Int] = [:]  // form in its parent -> ordinal
  private var lastOrdinalOfForm = PerForm<Int>()
  private var firstLevelOfForm = PerForm<Int>()

  init(source: SourceText, end: Int) {
    self.source = source
    self.end = end
  }

  /// Opens a heading. `afterColon` says the text before it ends with `：`
  /// (以下几点：), which lets a list restart at 1 as a nested list.
  /// The deepest level of the tree; markers below it become siblings at it.
  static let maximumDepth = 24
  private var reportedNesting = false

  mutating func open(_ marker: Marker, title: Span, afterColon: Bool, diagnostics: inout [Diagnostic]) {
    let sameForm = spine.indices.filter { nodes[spine[$0]].form == marker.form }
    if let k = sameForm.last(where: { nodes[spine[$0]].node.ordinal == marker.ordinal - 1 }) {
      spine.removeSubrange(k...)
    } else if marker.ordinal == 1 && afterColon, let k = sameForm.last, isTitleLine(nodes[spine[k]].node) {
      // A nested list in the same style under a heading (`三、措施` … `以下几点：` `一、…`):
      // keep the open sections. After a list entry that is a sentence
      // (`（八）其他情形的。`), the paragraph introducing the new list belongs
      // to the parent, and the new list is the old one's sibling.
    } else if let k = sameForm.last {
      spine.removeSubrange(k...)
    } else if let strong = marker.strongRank, let k = spine.firstIndex(where: { nodes[$0].rank > strong }) {
      spine.removeSubrange(k...)
    }
    if spine.count >= Self.maximumDepth {
      spine.removeSubrange((Self.maximumDepth - 1)...)
      if !reportedNesting {
        reportedNesting = true
        diagnostics.append(
          Diagnostic(
            .nestingLimit, "headings nested deeper than \(Self.maximumDepth) levels are read as siblings",
            at: marker.span))
      }
    }
    let parent = spine.last
    checkNumbering(marker, parent: parent, diagnostics: &diagnostics)
    checkLevel(marker, level: spine.count + 1, diagnostics: &diagnostics)
    let titleSpan = source.trimmedTitle(title)
    let node = Node(
      kind: .heading, level: spine.count + 1, style: marker.style,
      ordinal: marker.ordinal, span: Span(marker.span.start, end), markerSpan: marker.span, titleSpan: titleSpan,
      text: source.scalars)
    spine.append(nodes.count)
    nodes.append(FlatNode(node: node, form: marker.form, rank: marker.rank, parent: parent))
  }

  /// Whether a heading's title is all of its line (`三、措施`), not a sentence
  /// that ends with `。` or `；` (`（八）其他违法或违约情形的。`).
  private func isTitleLine(_ node: Node) -> Bool {
    var i = node.titleSpan.end
    while i < source.count && (source.scalars[i].isBlank || ",，、".unicodeScalars.contains(source.scalars[i])) { i += 1 }
    return i >= source.count || source.scalars[i] == "\n" || source.scalars[i] == "\r" || source.scalars[i] == "："
      || source.scalars[i] == ":"
  }

  /// Sets each heading's span end to the start of the next heading at the same
  /// or a higher level.
  mutating func finish() -> [FlatNode] {
    var open: [Int] = []
    for i in nodes.indices {
      let level = nodes[i].node.level
      while let last = open.last, nodes[last].node.level >= level {
        nodes[last].node.span.end = nodes[i].node.span.start
        open.removeLast()
      }
      open.append(i)
    }
    // Handed over, not shared: the caller appends items without copying every node.
    defer { nodes = [] }
    return nodes
  }

  /// A style that first stood at one depth and now stands shallower skipped a level
  /// (`一、`→`（一）`→`1.` first, later `二、`→`1.`).
  private mutating func checkLevel(_ marker: Marker, level: Int, diagnostics: inout [Diagnostic]) {
    guard let first = firstLevelOfForm[marker.form] else {
      firstLevelOfForm[marker.form] = level
      return
    }
    if level < first {
      diagnostics.append(
        Diagnostic(
          .levelSkipped, "\(source[marker.span]) at level \(level); this style first stood at level \(first)",
          at: marker.span))
    }
  }

  private mutating func checkNumbering(_ marker: Marker, parent: Int?, diagnostics: inout [Diagnostic]) {
    let key = FormKey(marker.form, in: parent ?? -1)
    let form = marker.form
    let n = marker.ordinal
    defer {
      lastOrdinal[key] = n
      lastOrdinalOfForm[form] = n
    }
    guard let previous = lastOrdinal[key] else {
      guard n != 1 else { return }
      if let before = lastOrdinalOfForm[form], n == before + 1 {
        // Articles (第N条) are numbered through the whole regulation by design.
        guard marker.style != .article else { return }
        diagnostics.append(
          Diagnostic(
            .numberingContinues, "\(source[marker.span]) continues the numbering of the previous section",
            at: marker.span))
      } else {
        diagnostics.append(Diagnostic(.numberingGap, "numbering starts at \(source[marker.span])", at: marker.span))
      }
      return
    }
    if n == previous + 1 { return }
    if n <= previous {
      diagnostics.append(
        Diagnostic(
          .numberingRestart, "\(source[marker.span]) after number \(previous): numbering starts again", at: marker.span)
      )
    } else {
      diagnostics.append(Diagnostic(.numberingGap, "\(source[marker.span]) after number \(previous)", at: marker.span))
    }
  }
}

/// Turns flat nodes (parents as indexes) into the nested tree, children in source order.
enum TreeAssembler {
  static func build(_ flat: [FlatNode]) -> [Node] {
    var children: [[Int]] = Array(repeating: [], count: flat.count)
    var roots: [Int] = []
    for (i, f) in flat.enumerated() {
      if let p = f.parent { children[p].append(i) } else { roots.append(i) }
    }
    func make(_ i: Int) -> Node {
      var node = flat[i].node
      node.children = children[i].sorted { flat[$0].node.span.start < flat[$1].node.span.start }.map(make)
      return node
    }
    return roots.sorted { flat[$0].node.span.start < flat[$1].node.span.start }.map(make)
  }
}
