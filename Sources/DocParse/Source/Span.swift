/// A half-open range `[start, end)` of Unicode scalar offsets into the decoded source text.
///
/// Every position docparse reports (nodes, titles, facts, tokens, diagnostics) is a `Span`
/// in this one unit; Python's `text[start:end]` gives the same slice.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The first scalar offset in the span.
  public var start: Int
  /// The offset just past the last scalar.
  public var end: Int

  /// Creates a span; `end` must not precede `start`.
  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "span end precedes start")
    self.start = start
    self.end = end
  }

  /// The number of scalars covered.
  public var length: Int { end - start }
  /// Whether the span covers nothing.
  public var isEmpty: Bool { start == end }
  /// The offsets as a Swift range.
  public var range: Range<Int> { start..<end }

  /// Whether `other` lies entirely inside this span.
  public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
  /// Whether `offset` lies inside this span.
  public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }

  public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
  public var description: String { "[\(start), \(end))" }
}
