/// Small whole numbers as written in markers and ordinals: `1`…`999`,
/// `一`…`九百九十九` (with `〇/零`, `两`, 大写 `壹…拾`), full-width digits.
///
/// The fact extractor's full numeral layer handles values; this is the part
/// the structure parser needs, and both agree on digit values.
enum SmallNumeral {
  /// The value of a Chinese digit character (`一`→1, `〇`→0, `壹`→1), or nil.
  /// Delegates to the numeral layer so markers and facts agree on digits.
  @inline(__always)
  static func chineseDigit(_ s: Unicode.Scalar) -> Int? { NumeralChars.chineseDigit(s) }

  /// The value of an ASCII or full-width digit, or nil.
  @inline(__always)
  static func arabicDigit(_ s: Unicode.Scalar) -> Int? { NumeralChars.arabicDigit(s) }

  /// Whether `s` can be part of a Chinese numeral (digits and 十百千).
  @inline(__always)
  static func isChineseNumeralScalar(_ s: Unicode.Scalar) -> Bool {
    chineseDigit(s) != nil || s == "十" || s == "拾" || s == "百" || s == "佰" || s == "千" || s == "仟"
  }

  /// Reads a Chinese numeral below 1000 starting at `offset`; returns its value
  /// and end offset. Accepts `十一`, `二十`, `一百零五`, `廿三`.
  static func chinese(_ scalars: [Unicode.Scalar], at offset: Int, limit: Int) -> (value: Int, end: Int)? {
    var i = offset
    var total = 0
    var digit: Int? = nil
    var sawAny = false
    while i < limit {
      let s = scalars[i]
      if let d = chineseDigit(s) {
        if digit != nil && d != 0 { return nil }  // 一二 is not one numeral here
        digit = d == 0 ? nil : d
      } else if s == "十" || s == "拾" {
        total += (digit ?? 1) * 10
        digit = nil
      } else if s == "百" || s == "佰" {
        guard digit != nil else { return nil }
        total += digit! * 100
        digit = nil
      } else if s == "廿" {
        total += 20
      } else {
        break
      }
      sawAny = true
      i += 1
    }
    guard sawAny else { return nil }
    total += digit ?? 0
    return total > 0 ? (total, i) : nil
  }

  /// Reads ASCII or full-width digits starting at `offset` (at most 4).
  static func arabic(_ scalars: [Unicode.Scalar], at offset: Int, limit: Int) -> (value: Int, end: Int)? {
    var i = offset
    var value = 0
    while i < limit, let d = arabicDigit(scalars[i]) {
      value = value * 10 + d
      i += 1
      if i - offset > 4 { return nil }
    }
    return i > offset ? (value, i) : nil
  }
}
