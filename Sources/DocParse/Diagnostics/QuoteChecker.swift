/// Reports `“` and `《` left open at the end of their paragraph, which usually
/// means text was cut or two quotes were mistyped; the parser goes on.
enum QuoteChecker {
  static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("“", "”"), ("《", "》")]  // as `check` reads them

  static func check(_ source: SourceText, lines: [Line], into diagnostics: inout [Diagnostic]) {
    source.scalars.withUnsafeBufferPointer { scalars in
      for line in lines where !line.isBlank {
        // One pass over the line for both pairs: the last opening not closed after it.
        var quote: Int? = nil
        var title: Int? = nil
        for i in line.contentStart..<line.contentEnd {
          // The four marks lie in U+201C…U+300B: one comparison passes over Chinese characters and ASCII.
          guard scalars[i].value &- 0x201C <= 0x300B - 0x201C else { continue }
          switch scalars[i] {
          case "“": quote = i
          case "”": quote = nil
          case "《": title = i
          case "》": title = nil
          default: break
          }
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
