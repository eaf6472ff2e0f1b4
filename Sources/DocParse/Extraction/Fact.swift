import FoundationEssentials

/// A quantity, date or reference found in the text.
///
/// See `shared/CONTRACT.md` ("Fact") for the meaning of every field.
public struct Fact: Sendable, Equatable {
  /// What kind of fact.
  public enum Kind: String, Sendable, CaseIterable {
    case money, count, percent, multiple, duration, date, docNumber, citation
    /// A bare number (only asked for in `facts --jsonl --kinds number`).
    case number
    /// A closed range `min…max` (only asked for in `--jsonl` mode).
    case range
  }

  /// How the written value relates to the real one.
  public enum Comparator: String, Sendable {
    case equal = "="
    case atLeast = ">="
    case greater = ">"
    case atMost = "<="
    case less = "<"
  }

  /// Whether the figure is a goal or a reported result.
  public enum Status: String, Sendable {
    case target, actual
  }

  /// The value of a fact: an exact number, a text (dates, titles), or none (masked).
  public enum Value: Sendable, Equatable {
    case number(Decimal)
    case text(String)
    case none
  }

  public var kind: Kind
  /// Where the fact's text is, qualifiers included.
  public var span: Span
  public var value: Value
  /// Currency code for money, measure word for counts and durations, `%`/`pp`/`‰` for percents.
  public var unit: String?
  public var comparator: Comparator = .equal
  public var approximate = false
  public var masked = false
  public var status: Status? = nil
  public var subject: String? = nil
  /// Path of 1-based child indexes to the innermost section holding the fact; set by the parser.
  public var section: [Int] = []
  /// The name of the rule that produced the fact.
  public var rule: String
  /// Dates: the first and last day/month/year of a range (ISO).
  public var start: String? = nil
  public var end: String? = nil
  /// Dates: the year came from the document, not the text.
  public var inferredYear = false
  /// Ranges: the bounds.
  public var min: Decimal? = nil
  public var max: Decimal? = nil

  public init(kind: Kind, span: Span, value: Value, unit: String? = nil, rule: String) {
    self.kind = kind
    self.span = span
    self.value = value
    self.unit = unit
    self.rule = rule
  }
}
