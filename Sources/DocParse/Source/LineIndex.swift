/// Line starts of a text, for turning scalar offsets into `line:column` for display.
public struct LineIndex: Sendable {
  private let starts: [Int]

  /// Indexes the lines of `text` (LF, CRLF and CR end a line).
  public init(_ text: SourceText) {
    var starts = [0]
    let s = text.scalars
    var i = 0
    while i < s.count {
      if s[i] == "\n" || Line.isOtherBreak(s[i]) || (s[i] == "\r" && (i + 1 == s.count || s[i + 1] != "\n")) { starts.append(i + 1) }
      i += 1
    }
    self.starts = starts
  }

  /// 1-based line and column (in scalars) of `offset`.
  public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
    let line = max(1, SortedSearch.countStarting(atOrBefore: offset, count: starts.count) { starts[$0] })
    return (line, offset - starts[line - 1] + 1)
  }
}
