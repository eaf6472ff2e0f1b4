/// Reports `“` and `《` left open at the end of their paragraph, which usually
/// means text was cut or two quotes were mistyped; the parser goes on.
enum QuoteChecker {
  static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("“", "”"), ("《", "》")]  // as `check` reads them

  /// The marks of both pairs, as a scanning set (`ScanSet.quoteMarks`).
  static let marks = ScalarBits(pairs.flatMap { [$0.open, $0.close] })

  static func check(_ source: SourceText, lines: [Line], into diagnostics: inout [Diagnostic]) {
    let classes = source.classes
    source.scalars.withUnsafeBufferPointer { scalars in
      for line in lines where !line.isBlank {
        // One pass over the line for both pairs: the last opening not closed after it,
        // from one mark to the next.
        var quote: Int? = nil
        var title: Int? = nil
        var i = line.contentStart
        while true {
          i = classes.first(.quoteMarks, from: i, to: line.contentEnd)
          guard i < line.contentEnd else { break }
          switch scalars[i] {
          case "“": quote = i
          case "”": quote = nil
          case "《": title = i
          case "》": title = nil
          default: break
          }
          i += 1
        }
        guard quote != nil || title != nil else { continue }
        for (pair, open) in zip(pairs, [quote, title]) {
          guard let start = open else { continue }
          diagnostics.append(
            Diagnostic(
              .unmatchedQuote, "\(pair.open) without \(pair.close) before the end of the paragraph",
              at: Span(start, start + 1)))
        }
      }
    }
  }
}
