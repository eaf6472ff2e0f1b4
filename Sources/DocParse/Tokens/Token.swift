/// A word, number, punctuation mark or run of blanks found by ICU segmentation.
public struct Token: Sendable, Equatable {
  /// What ICU's rule status says the token is.
  public enum Kind: String, Sendable {
    /// Letters, kana or ideographs (ICU word status 200–499).
    case word
    /// Digits, with decimals (`12.5`) (status 100–199).
    case number
    /// Punctuation and symbols (status 0, not blank).
    case punctuation
    /// Blanks and line breaks (status 0, blank).
    case space
  }

  public let span: Span
  public let kind: Kind

  public init(span: Span, kind: Kind) {
    self.span = span
    self.kind = kind
  }
}
