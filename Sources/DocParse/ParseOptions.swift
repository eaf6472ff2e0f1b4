/// Settings for `DocParser.parse`.
public struct ParseOptions: Sendable {
  /// Overrides the reference year found in the document (for dates like `3月17日`).
  public var referenceYear: Int?
  /// Whether to extract facts (off for structure-only runs).
  public var extractFacts = true
  /// Leave `document.facts` empty and find the facts while `ContractJSON.write`
  /// writes the result, a stretch at a time: a document with a million figures
  /// is written in memory proportional to its text, not to its facts. The
  /// output is the same byte for byte.
  public var defersFacts = false

  public init(referenceYear: Int? = nil, extractFacts: Bool = true, defersFacts: Bool = false) {
    self.referenceYear = referenceYear
    self.extractFacts = extractFacts
    self.defersFacts = defersFacts
  }
}
