import ICUKit

/// Word and sentence segmentation with the system ICU (its CJK dictionary).
///
/// ICU works on UTF-16; spans are mapped back to Unicode scalar offsets, so a
/// token's span slices the `SourceText` like every other span. Dictionary word
/// breaking runs at roughly 13 MB/s, so segment only the text that needs words.
/// Not thread-safe: use one `Tokenizer` per thread.
public final class Tokenizer {
  private let words: BreakIterator
  private let sentences: BreakIterator

  /// Opens the ICU break iterators.
  public init() throws(ICUError) {
    words = try BreakIterator(.word)
    sentences = try BreakIterator(.sentence)
  }

  /// The words, numbers, punctuation and blanks of `span`, in order, covering it.
  public func words(in text: SourceText, span: Span) throws(ICUError) -> [Token] {
    let boundaries = try segment(words, text, span)
    return boundaries.map { piece in
      Token(span: piece.span, kind: Self.kind(status: piece.status, text.scalars[piece.span.range]))
    }
  }

  /// The sentences of `span`, in order, covering it. An opening bracket ICU
  /// leaves at the end of a sentence (`指导。（` + `一）…`) moves to the next one.
  public func sentences(in text: SourceText, span: Span) throws(ICUError) -> [Span] {
    var spans = try segment(sentences, text, span).map(\.span)
    for i in spans.indices.dropLast() {
      var cut = spans[i].end
      while cut > spans[i].start + 1 && Self.opening.contains(text.scalars[cut - 1]) { cut -= 1 }
      if cut < spans[i].end {
        spans[i] = Span(spans[i].start, cut)
        spans[i + 1] = Span(cut, spans[i + 1].end)
      }
    }
    return spans
  }

  static let opening: ScalarSet = ["（", "(", "【", "《", "“", "‘", "[", "「", "『", "〔"]

  private func segment(_ iterator: BreakIterator, _ text: SourceText, _ span: Span) throws(ICUError) -> [(
    span: Span, status: Int32
  )] {
    let scalars = text.scalars[span.range]
    var utf16: [UInt16] = []
    utf16.reserveCapacity(scalars.count)
    for s in scalars { utf16.append(contentsOf: UTF16.encode(s)!) }
    var pieces: [(span: Span, status: Int32)] = []
    var scalarOffset = span.start
    var unitOffset = 0
    for boundary in try iterator.boundaries(utf16) {
      let start = scalarOffset
      while unitOffset < boundary.end {
        unitOffset += UTF16.width(text.scalars[scalarOffset])
        scalarOffset += 1
      }
      if scalarOffset > start { pieces.append((Span(start, scalarOffset), boundary.status)) }
    }
    return pieces
  }

  private static func kind(status: Int32, _ scalars: ArraySlice<Unicode.Scalar>) -> Token.Kind {
    switch status {
    case 100..<200: return .number
    case 200..<500: return .word
    default:
      return scalars.allSatisfy { $0.isBlank || $0 == "\n" || $0 == "\r" } ? .space : .punctuation
    }
  }
}
