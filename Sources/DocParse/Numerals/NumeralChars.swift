import FoundationEssentials

/// Classification of the scalars that make up numerals: digits, place units
/// (`十百千`, 大写 `拾佰仟`), large units (`万亿`) and masking stars.
enum NumeralChars {
  /// The value of an ASCII or full-width digit, or nil.
  @inline(__always)
  static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
    switch s.value {
    case 0x30...0x39: return Int(s.value - 0x30)
    case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
    default: return nil
    }
  }

  /// The value of a Chinese digit (`一`→1, `〇`→0, 大写 `壹`→1), or nil.
  @inline(__always)
  static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "〇", "零", "○", "Ｏ": return 0
    case "一", "壹", "幺": return 1
    case "二", "两", "兩", "贰", "貳": return 2
    case "三", "叁", "參", "叄": return 3
    case "四", "肆": return 4
    case "五", "伍": return 5
    case "六", "陆", "陸": return 6
    case "七", "柒": return 7
    case "八", "捌": return 8
    case "九", "玖": return 9
    default: return nil
    }
  }

  /// The power of ten of a place unit below 万 (`十`→1, `百`→2, `千`→3), or nil.
  @inline(__always)
  static func smallUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "十", "拾": return 1
    case "百", "佰": return 2
    case "千", "仟": return 3
    default: return nil
    }
  }

  /// The power of ten of a large unit (`万`→4, `亿`→8), or nil.
  @inline(__always)
  static func largeUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "万", "萬": return 4
    case "亿", "億": return 8
    default: return nil
    }
  }

  /// The value of the tens shorthands `廿` (20), `卅` (30), `卌` (40).
  @inline(__always)
  static func tensShorthand(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "廿": return 20
    case "卅": return 30
    case "卌": return 40
    default: return nil
    }
  }

  /// A star that blanks out a digit (`*` or full-width `＊`).
  @inline(__always)
  static func isMask(_ s: Unicode.Scalar) -> Bool { s == "*" || s == "＊" }

  /// A decimal point between Arabic digits (`.` or full-width `．`).
  @inline(__always)
  static func isDecimalPoint(_ s: Unicode.Scalar) -> Bool { s == "." || s == "．" }

  /// Whether a numeral may begin with `s`.
  @inline(__always)
  static func canStart(_ s: Unicode.Scalar) -> Bool {
    arabicDigit(s) != nil || chineseDigit(s) != nil || s == "十" || s == "拾"
      || tensShorthand(s) != nil || isMask(s)
  }

  /// Every scalar the classifiers here accept, a superset for sets built from
  /// them without testing all 65,536 scalars of the plane (`NumeralCharsTests`
  /// checks the list against the classifiers over the whole plane).
  static let scalars: [Unicode.Scalar] = Array(
    "0123456789０１２３４５６７８９〇零○Ｏ一壹幺二两兩贰貳三叁參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌*＊.．"
      .unicodeScalars)

  /// The scalars of `scalars` that `member` accepts.
  static func scalars(where member: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] { scalars.filter(member) }

  /// Whether `s` is any scalar a numeral is made of (for boundary checks).
  @inline(__always)
  static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
    canStart(s) || smallUnit(s) != nil || largeUnit(s) != nil
  }

  /// `10^exponent` as an exact decimal.
  static func power(_ exponent: Int) -> Decimal {
    Decimal(sign: .plus, exponent: exponent, significand: 1)
  }
}
