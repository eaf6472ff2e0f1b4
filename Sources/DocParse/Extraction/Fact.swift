import FoundationEssentials

/// A quantity, date or reference found in the text.
///
/// See `shared/CONTRACT.md` ("Fact") for the meaning of every field.
public struct Fact: Sendable, Equatable {
  /// What kind of fact.
  public enum Kind: String, Sendable, CaseIterable {
    case money, count, percent, fraction, multiple, duration, date, docNumber, citation
    /// A bare number (only asked for in `facts --jsonl --kinds number`).
    case number
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

  /// What a fact's value is: the shapes a fact can have, mapped to JSON in
  /// one place (`ContractJSON.fact`). The two-part shapes are boxed
  /// (`indirect`), so a fact holds one Decimal's room, not two: a figure-dense
  /// document has a million facts.
  public enum Value: Sendable, Equatable {
    /// A number: yuan for money, the count, the percent, the multiple, the length of time.
    case amount(Decimal)
    /// Both ends of a range (`3-6个月`, `1500-2000元`, `两三家`); JSON `value` null with `min`/`max`.
    indirect case range(min: Decimal, max: Decimal)
    /// A fraction (`三分之一`, `2/3`); JSON `value` the quotient to 6 decimals, with `numerator` and `denominator`.
    indirect case fraction(numerator: Decimal, denominator: Decimal)
    /// A calendar point, ISO `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD` when no year is known.
    case date(String)
    /// A period of dates (`2021—2025年`, `上半年`), first and last ISO points; JSON `START/END`.
    indirect case period(start: String, end: String)
    /// A document referred to by its text: a 发文字号 or a cited title.
    case reference(String)
    /// No value: the digits are masked.
    case none

    /// The value as the contract writes it (`12000`, `2021-10-19`, `2021/2025`), or nil for a range or none.
    public var text: String? {
      switch self {
      case .amount(let d): DecimalDigits.text(d)
      case .date(let s), .reference(let s): s
      case .period(let a, let b): a + "/" + b
      case .fraction(let n, let d): DecimalDigits.text(Fact.Value.quotient(n, d))
      case .range, .none: nil
      }
    }

    /// `n / d` rounded to 6 decimals.
    static func quotient(_ n: Decimal, _ d: Decimal) -> Decimal {
      guard let a = DecimalDigits.integer(n, below: Int.max / 2_000_000), let b = DecimalDigits.integer(d, below: Int.max), b > 0
      else {
        return n / d
      }
      let micro = (a * 2_000_000 / b + (a >= 0 ? 1 : -1)) / 2  // half away from zero
      return DecimalDigits(negative: micro < 0, mantissa: UInt64(micro.magnitude), exponent: -6).decimal()
        ?? Decimal(micro) / 1_000_000
    }

    /// For tables: the contract's text, a range as `min-max`.
    public var cell: String {
      if case .range(let lo, let hi) = self { return "\(lo)-\(hi)" }
      return text ?? ""
    }
  }

  // Stored properties in this order pack the one-byte ones into the tail of
  // `subjectSpan` (120 bytes a fact, not 144).
  /// Where the fact's text is, qualifiers included.
  public internal(set) var span: Span
  public internal(set) var value: Value
  /// Currency code for money, measure word for counts and durations, `%`/`pp`/`‰` for percents.
  public internal(set) var unit: String?
  public internal(set) var subject: String? = nil
  /// Path of 1-based child indexes to the innermost section holding the fact; set by the parser.
  public internal(set) var section: [Int] = []
  /// The name of the rule that produced the fact.
  public internal(set) var rule: String
  /// Where the subject is written: one contiguous piece of the source.
  public internal(set) var subjectSpan: Span? = nil
  public internal(set) var kind: Kind
  public internal(set) var comparator: Comparator = .equal
  public internal(set) var approximate = false
  public internal(set) var masked = false
  public internal(set) var status: Status? = nil
  /// Dates: the year came from the document, not the text.
  public internal(set) var inferredYear = false

  /// The number of an amount.
  public var amount: Decimal? { if case .amount(let d) = value { d } else { nil } }
  /// Ranges: the low end.
  public var min: Decimal? { if case .range(let lo, _) = value { lo } else { nil } }
  /// Ranges: the high end.
  public var max: Decimal? { if case .range(_, let hi) = value { hi } else { nil } }
  /// Periods: the first ISO point.
  public var start: String? { if case .period(let a, _) = value { a } else { nil } }
  /// Periods: the last ISO point.
  public var end: String? { if case .period(_, let b) = value { b } else { nil } }

  public init(kind: Kind, span: Span, value: Value, unit: String? = nil, rule: String) {
    self.kind = kind
    self.span = span
    self.value = value
    self.unit = unit
    self.rule = rule
  }
}
