/// Settings for `DocParser.parse`.
public struct ParseOptions: Sendable {
  /// Overrides the reference year found in the document (for dates like `3月17日`).
  public var referenceYear: Int?
  /// Whether to extract facts (off for structure-only runs).
  public var extractFacts = true

  public init(referenceYear: Int? = nil, extractFacts: Bool = true) {
    self.referenceYear = referenceYear
    self.extractFacts = extractFacts
  }
}
