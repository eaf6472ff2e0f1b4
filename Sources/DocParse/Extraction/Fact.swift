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

  public internal(set) var kind: Kind
  /// Where the fact's text is, qualifiers included.
  public internal(set) var span: Span
  public internal(set) var value: Value
  /// Currency code for money, measure word for counts and durations, `%`/`pp`/`‰` for percents.
  public internal(set) var unit: String?
  public internal(set) var comparator: Comparator = .equal
  public internal(set) var approximate = false
  public internal(set) var masked = false
  public internal(set) var status: Status? = nil
  public internal(set) var subject: String? = nil
  /// Where the subject is written: one contiguous piece of the source.
  public internal(set) var subjectSpan: Span? = nil
  /// Path of 1-based child indexes to the innermost section holding the fact; set by the parser.
  public internal(set) var section: [Int] = []
  /// The name of the rule that produced the fact.
  public internal(set) var rule: String
  /// Dates: the first and last day/month/year of a range (ISO).
  public internal(set) var start: String? = nil
  public internal(set) var end: String? = nil
  /// Dates: the year came from the document, not the text.
  public internal(set) var inferredYear = false
  /// Ranges: the bounds.
  public internal(set) var min: Decimal? = nil
  public internal(set) var max: Decimal? = nil

  public init(kind: Kind, span: Span, value: Value, unit: String? = nil, rule: String) {
    self.kind = kind
    self.span = span
    self.value = value
    self.unit = unit
    self.rule = rule
  }
}
