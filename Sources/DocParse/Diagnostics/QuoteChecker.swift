/// Reports `“` and `《` left open at the end of their paragraph, which usually
/// means text was cut or two quotes were mistyped; the parser goes on.
enum QuoteChecker {
  static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("“", "”"), ("《", "》")]

  static func check(_ source: SourceText, lines: [Line], into diagnostics: inout [Diagnostic]) {
    for line in lines where !line.isBlank {
      for pair in pairs {
        var open: Int? = nil
        for i in line.contentStart..<line.contentEnd {
          let s = source.scalars[i]
          if s == pair.open {
            open = i
          } else if s == pair.close {
            open = nil
          }
        }
        if let start = open {
          diagnostics.append(
            Diagnostic(
              .unmatchedQuote, "\(pair.open) without \(pair.close) before the end of the paragraph",
              at: Span(start, start + 1)))
        }
      }
    }
  }
}
