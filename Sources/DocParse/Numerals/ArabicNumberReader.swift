import FoundationEssentials

/// Reads Arabic numbers: ASCII or full-width digits, thousands separators
/// (`,` `，` before groups of exactly three digits) and a decimal point (`.` `．`).
enum ArabicNumberReader {
  /// A number read from the text.
  struct Run {
    var value: Decimal
    var end: Int
    var integerDigits: Int
    var fractionDigits: Int
    var hasSeparators: Bool
    /// More digits than a value holds exactly (38): the value is not to be used.
    var tooLarge: Bool { integerDigits + fractionDigits > Mantissa.exactDigits }
  }

  /// Reads the number starting at `start`, or nil if there is no digit there.
  static func read(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Run? {
    var mantissa = Mantissa()
    var i = start
    var intDigits = 0
    var separators = false
    while i < limit {
      if let d = NumeralChars.arabicDigit(s[i]) {
        mantissa.append(d)
        intDigits += 1
        i += 1
      } else if isSeparator(s[i]), intDigits > 0, groupFollows(s, at: i + 1, limit: limit),
        separators || intDigits <= 3
      {
        // `1,000`, `1 000` (a space, no-break or thin space before a group of three).
        separators = true
        i += 1
      } else if isInvisible(s[i]), intDigits > 0, i + 1 < limit, NumeralChars.arabicDigit(s[i + 1]) != nil {
        // A zero-width mark inside a number is not seen by a reader: `1\u{200B}000` is 1000.
        i += 1
      } else {
        break
      }
    }
    guard intDigits > 0 else { return nil }
    var fraction = 0
    if i + 1 < limit, NumeralChars.isDecimalPoint(s[i]), NumeralChars.arabicDigit(s[i + 1]) != nil {
      i += 1
      while i < limit, let d = NumeralChars.arabicDigit(s[i]) {
        mantissa.append(d)
        fraction += 1
        i += 1
      }
    }
    let whole = mantissa.value
    let value = fraction == 0 ? whole : Decimal(sign: .plus, exponent: -fraction, significand: whole)
    return Run(value: value, end: i, integerDigits: intDigits, fractionDigits: fraction, hasSeparators: separators)
  }

  /// Digits accumulated exactly: in a machine integer while they fit (the common
  /// case, and much faster), in `Decimal` beyond 18 digits.
  struct Mantissa {
    private var small: UInt64 = 0
    private var digits = 0
    private var large: Decimal? = nil

    mutating func append(_ d: Int) {
      if large != nil {
        large = large! * 10 + Decimal(d)
      } else if digits < 18 {
        small = small * 10 + UInt64(d)
      } else {
        large = Decimal(small) * 10 + Decimal(d)
      }
      digits += 1
    }

    var value: Decimal { large ?? Decimal(small) }

    /// Digits a `Decimal` holds exactly.
    static let exactDigits = 38
  }

  private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
    s == "," || s == "，" || s == " " || s == "\u{A0}" || s == "\u{2009}" || s == "\u{202F}"
  }

  /// Zero-width marks: spaces, joiners and direction marks.
  static func isInvisible(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F: return true
    default: return false
    }
  }

  /// Exactly three digits at `i`, not followed by a fourth.
  private static func groupFollows(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
    guard i + 3 <= limit else { return false }
    for k in i..<(i + 3) where NumeralChars.arabicDigit(s[k]) == nil { return false }
    return i + 3 == limit || NumeralChars.arabicDigit(s[i + 3]) == nil
  }

  /// Reads a run of fraction digits after `点`: Chinese or Arabic digits.
  static func fraction(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (value: Decimal, digits: Int, end: Int)? {
    var mantissa = Mantissa()
    var i = start
    var n = 0
    while i < limit, let d = NumeralChars.chineseDigit(s[i]) ?? NumeralChars.arabicDigit(s[i]) {
      mantissa.append(d)
      n += 1
      i += 1
    }
    guard n > 0 else { return nil }
    return (Decimal(sign: .plus, exponent: -n, significand: mantissa.value), n, i)
  }
}
