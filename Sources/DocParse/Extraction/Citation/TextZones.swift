/// Where titles (`《…》`) and quotations (`“…”`) are: numbers inside them are
/// names and slogans, not quantities. Titles become `citation` facts.
struct TextZones {
  /// Titles, outermost only, as spans including the brackets.
  private(set) var titles: [Span] = []
  /// Short quotations on one line, including the marks.
  private(set) var quotes: [Span] = []

  /// Finds the zones of `x`.
  init(_ x: ScanText) {
    var depth = 0
    var titleStart = 0
    let classes = x.classes
    var i = x.lower
    while i < x.upper {
      i = classes.first(.zoneStops, from: i, to: x.upper)
      guard i < x.upper else { break }
      let c = x.s[i]
      if c == "《" {
        if depth == 0 { titleStart = i }
        depth += 1
      } else if c == "》", depth > 0 {
        depth -= 1
        if depth == 0 { titles.append(Span(titleStart, i + 1)) }
      } else if c == "\n", depth > 0 {
        depth = 0
      } else if c == "“", depth == 0, let end = Self.quoteEnd(from: i, in: x) {
        quotes.append(Span(i, end))
      }
      i += 1
    }
  }

  /// The scalars that open or close a zone (`ScanSet.zoneStops`); the rest is passed over in one loop.
  static let stops = ScalarBits(["《", "》", "\n", "“"] as [Unicode.Scalar])

  private static func quoteEnd(from i: Int, in x: ScanText) -> Int? {
    var k = i + 1
    while k < x.upper, k - i <= 40 {
      let c = x.s[k]
      if c == "”" { return k + 1 }
      if c == "\n" || c == "“" { return nil }
      k += 1
    }
    return nil
  }
}
