/// Answers "which section holds this offset?" as a path of 1-based child indexes.
struct SectionLocator {
  let roots: [Node]

  init(_ roots: [Node]) { self.roots = roots }

  /// Appends the path to the innermost node whose span holds `offset` (nothing before the first node).
  private func appendPath(of offset: Int, to path: inout [Int]) {
    var level = roots
    while let i = Self.index(containing: offset, in: level) {
      path.append(i + 1)
      level = level[i].children
    }
  }

  /// Binary search over siblings (ordered, not overlapping) for the one holding `offset`.
  static func index(containing offset: Int, in nodes: [Node]) -> Int? {
    let started = SortedSearch.countStarting(atOrBefore: offset, count: nodes.count) { nodes[$0].span.start }
    return started > 0 && nodes[started - 1].span.contains(offset) ? started - 1 : nil
  }

  /// Sets `section` on every fact from its start offset.
  func assign(_ facts: inout [Fact]) {
    // Facts of one section share one path array (copy on write), not one each;
    // a path is worked out in a scratch array that only becomes a new one when it differs.
    var last: [Int] = []
    var scratch: [Int] = []
    for i in facts.indices {
      scratch.removeAll(keepingCapacity: true)
      appendPath(of: facts[i].span.start, to: &scratch)
      if scratch != last {
        last = scratch
        scratch = []
      }
      facts[i].section = last
    }
  }

  /// The node at `path`, or nil.
  func node(at path: [Int]) -> Node? {
    var level = roots
    var node: Node?
    for index in path {
      guard index >= 1 && index <= level.count else { return nil }
      node = level[index - 1]
      level = node!.children
    }
    return node
  }
}
