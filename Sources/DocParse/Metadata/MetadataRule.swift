/// A metadata field of the contract.
public enum MetadataField: String, Sendable, CaseIterable {
  case issuer, docNumber, title, recipients, signatories, date, year, notes
}

/// Where a metadata value was read and which rule decided it.
public struct MetadataSource: Sendable, Equatable {
  /// The slice the value was read from (for a year from a date, the date's
  /// slice); nil for a value stated outside the text (`<meta>` tags).
  public let span: Span?
  /// The rule's name, e.g. `field.issuer`, `closing.date`, `title.year`.
  public let rule: String
}

/// A value one rule read for one field.
struct MetadataCandidate {
  enum Value {
    case text(String), list([String]), docNumber(DocNumber), date(String), year(Int)
  }

  let field: MetadataField
  let value: Value
  let span: Span?
}

/// A named metadata rule: reads the layout (and the fields earlier rules
/// settled) and proposes values. Rules run in `MetadataRules.all` order; the
/// first value proposed for a field is kept.
struct MetadataRule: Sendable {
  let name: String
  /// The fields the rule can read; it is not run once they are all settled.
  let fields: Set<MetadataField>
  let read: @Sendable (_ layout: DocumentLayout, _ settled: Metadata) -> [MetadataCandidate]

  init(
    name: String, fields: Set<MetadataField> = Set(MetadataField.allCases),
    read: @escaping @Sendable (_ layout: DocumentLayout, _ settled: Metadata) -> [MetadataCandidate]
  ) {
    self.name = name
    self.fields = fields
    self.read = read
  }
}
