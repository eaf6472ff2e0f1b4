/// One physical line of the source: its extent without the terminator, and
/// where its content starts after leading blanks (spaces, tabs, U+3000) and
/// Markdown heading hashes (`## 第一章`).
public struct Line: Sendable, Equatable {
  /// The line without its terminator (`\n`, `\r\n` or `\r`).
  public let span: Span
  /// Offset of the first non-blank scalar (== `span.end` for a blank line).
  public let contentStart: Int
  /// Offset just past the last non-blank scalar.
  public let contentEnd: Int

  /// The content without leading and trailing blanks.
  public var content: Span { Span(contentStart, max(contentStart, contentEnd)) }
  /// Whether the line holds only blanks.
  public var isBlank: Bool { contentStart >= contentEnd }

  /// Splits `text` into lines at LF, CRLF and CR, and at the other breaks
  /// real files carry: vertical tab, form feed, NEL, U+2028 and U+2029.
  public static func split(_ text: SourceText) -> [Line] {
    let classes = text.classes
    return text.scalars.withUnsafeBufferPointer { scalars in
      var lines: [Line] = []
      // One allocation of the right size (a large document's lines are megabytes).
      lines.reserveCapacity(breaks(scalars) + 1)
      var start = 0
      var i = 0
      while true {
        // From one break to the next, eight scalars' classes a word.
        i = classes.first(.lineBreaks, from: i, to: scalars.count)
        guard i < scalars.count else { break }
        lines.append(make(scalars, start, i))
        if scalars[i] == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
        start = i + 1
        i += 1
      }
      if start < scalars.count { lines.append(make(scalars, start, scalars.count)) }
      return lines
    }
  }

  /// How many scalars are breaks (a CR LF counts twice): one pass without
  /// branches, which the compiler turns into vector code.
  static func breaks(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
    scalars.withMemoryRebound(to: UInt32.self) { values in
      var count: UInt32 = 0
      for v in values { count &+= breakBit(v) }
      return Int(count)
    }
  }

  /// 1 for a break (LF, VT, FF, CR, NEL, U+2028, U+2029), 0 otherwise, without branches.
  @inline(__always)
  private static func breakBit(_ v: UInt32) -> UInt32 {
    let controls: UInt32 = v &- 0x0A < 4 ? 1 : 0
    let separators: UInt32 = v &- 0x2028 < 2 ? 1 : 0
    let nextLine: UInt32 = v == 0x85 ? 1 : 0
    return controls | separators | nextLine
  }

  /// The breaks, as a scanning set (`ScanSet.lineBreaks`).
  static let breakSet = ScalarBits(isBreak)

  /// LF, CR or one of the other breaks (one comparison for the Chinese text above them).
  @inline(__always)
  static func isBreak(_ s: Unicode.Scalar) -> Bool {
    s.value <= 0x2029 && breakBit(s.value) != 0
  }

  /// A break other than LF and CR (VT, FF, NEL, U+2028, U+2029).
  @inline(__always)
  static func isOtherBreak(_ s: Unicode.Scalar) -> Bool {
    isBreak(s) && s != "\n" && s != "\r"
  }

  private static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Line {
    var a = start
    while a < end && scalars[a].isBlank { a += 1 }
    // A Markdown heading's `#`s are markup, not content.
    var hashes = a
    while hashes < end && scalars[hashes] == "#" { hashes += 1 }
    if hashes > a && hashes < end && scalars[hashes].isBlank {
      a = hashes
      while a < end && scalars[a].isBlank { a += 1 }
    }
    var b = end
    while b > a && scalars[b - 1].isBlank { b -= 1 }
    return Line(span: Span(start, end), contentStart: a, contentEnd: b)
  }
}

extension Unicode.Scalar {
  /// Horizontal blanks found in real documents: space, tab, U+3000, NBSP, BOM,
  /// and the invisible marks a scraper leaves (zero-width spaces and joiners,
  /// direction marks, word joiner), which must not hide a marker after them.
  @inline(__always)
  public var isBlank: Bool {
    switch value {
    case 0x20, 0x09, 0x3000, 0xA0, 0xFEFF, 0x0C, 0x0B, 0x2002...0x200F, 0x2060, 0x202F, 0x205F: return true
    default: return false
    }
  }
}
