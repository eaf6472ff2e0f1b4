/// A metadata field of the contract.
public enum MetadataField: String, Sendable, CaseIterable {
  case issuer, docNumber, title, recipients, signatories, date, year, notes

  /// One bit per field, for a set of fields without hashing their names.
  var bit: UInt8 {
    switch self {
    case .issuer: 1
    case .docNumber: 2
    case .title: 4
    case .recipients: 8
    case .signatories: 16
    case .date: 32
    case .year: 64
    case .notes: 128
    }
  }
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
  /// The fields the rule can read, as bits (`MetadataField.bit`); it is not run once they are all settled.
  let fieldBits: UInt8
  let read: @Sendable (_ layout: DocumentLayout, _ settled: Metadata) -> [MetadataCandidate]

  init(
    name: String, fields: Set<MetadataField> = Set(MetadataField.allCases),
    read: @escaping @Sendable (_ layout: DocumentLayout, _ settled: Metadata) -> [MetadataCandidate]
  ) {
    self.name = name
    fieldBits = fields.reduce(0) { $0 | $1.bit }
    self.read = read
  }
}
