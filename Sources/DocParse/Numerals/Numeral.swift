import FoundationEssentials

/// A numeral read from the text: Arabic (`1,234.5`, `１２`), Chinese
/// (`两千三百万`, `壹佰贰拾叁`), mixed (`1.2万`, `3千万`) or masked (`**`, `*.*`).
struct Numeral: Sendable, Equatable {
  /// How the numeral is written.
  enum Form: Sendable, Equatable {
    /// Arabic digits only (maybe with commas and a decimal point).
    case arabic
    /// Chinese numerals only.
    case chinese
    /// Arabic digits with Chinese units (`1.2万`).
    case mixed
    /// Digits blanked out with stars.
    case masked
  }

  /// Where the numeral is.
  var span: Span
  /// The exact value; nil when masked.
  var value: Decimal?
  var form: Form
  /// A plain run of digits without units (`2023`, `二〇二三`, `07`), for years.
  var isDigitRun = false
  /// Digits in the run when `isDigitRun` (or integer digits / stars otherwise).
  var digitCount = 0
  /// A decimal point was written.
  var hasFraction = false
  /// The numeral ends with this unit (`三十万` → 10000), for range inheritance.
  var trailingUnit: Decimal? = nil
  /// The value before the trailing unit (`三十万` → 30).
  var base: Decimal? = nil
  /// The low end of a vague or adjacent-digit range (`八九亿` → 8亿, `几十万` → 10万).
  var low: Decimal? = nil
  /// Written with 几/数 (`几十万`): `low`…`value` is a range, not a value.
  var isVague = false
  /// An approximation inside the numeral (`十几`).
  var approximate = false
  /// More digits than a value holds exactly: `value` is nil, and the fact says so.
  var tooLarge = false

  /// Creates a numeral.
  init(span: Span, value: Decimal?, form: Form) {
    self.span = span
    self.value = value
    self.form = form
  }

  /// Whether the stars or digits are blanked out.
  var masked: Bool { form == .masked }

  /// The value as an integer when it is whole and small enough.
  var intValue: Int? {
    guard let value, !hasFraction, let v = DecimalDigits.integer(value, below: 1_000_000_000), v >= 0 else { return nil }
    return v
  }
}
