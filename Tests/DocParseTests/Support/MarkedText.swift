@testable import DocParse

/// Test text with spans marked inline: `力争培育科技型企业⟦50家以上⟧` is the text
/// without the brackets and the span of `50家以上`. No counted offsets in tests.
struct MarkedText: Sendable {
  let text: String
  let spans: [Span]

  /// The one marked span (nil without markers).
  var span: Span? { spans.first }

  init(_ marked: String) {
    var plain = String.UnicodeScalarView()
    var spans: [Span] = []
    var open = 0
    for s in marked.unicodeScalars {
      switch s {
      case "⟦": open = plain.count
      case "⟧": spans.append(Span(open, plain.count))
      default: plain.append(s)
      }
    }
    self.text = String(plain)
    self.spans = spans
  }
}
