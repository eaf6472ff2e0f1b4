import FoundationEssentials

/// Sums a Chinese or mixed numeral as it is read, one element at a time:
/// `total` holds finished 亿 groups, `wan` the 万 group, `section` the part
/// below 万, and `pending` the number not yet bound to a unit.
struct NumeralAccumulator {
  private(set) var total = Decimal()
  private(set) var wan = Decimal()
  private(set) var section = Decimal()
  /// A number waiting for its unit.
  private(set) var pending: Decimal? = nil
  /// Length of a run of bare Chinese digits (`二〇二三`), 0 when not in one.
  private(set) var runLength = 0
  /// The power of ten of the last unit read, and whether a digit followed it directly.
  private(set) var lastUnit: Int? = nil
  private var digitRightAfterUnit = false
  private var afterZero = false
  /// The trailing unit and the value before it, valid when the numeral ends on a unit.
  private(set) var trailing: (unit: Decimal, base: Decimal)? = nil

  /// Whether a number (Arabic run) may be appended now.
  var canTakeNumber: Bool { pending == nil }

  /// Appends a Chinese digit; false when it cannot continue this numeral.
  mutating func digit(_ d: Int) -> Bool {
    trailing = nil
    if let p = pending {
      guard runLength > 0 else { return false }  // `3三`
      pending = p * 10 + Decimal(d)
      runLength += 1
      digitRightAfterUnit = false
      return true
    }
    if d == 0 && lastUnit != nil {
      afterZero = true
      return true
    }
    pending = Decimal(d)
    runLength = 1
    digitRightAfterUnit = lastUnit != nil && !afterZero
    afterZero = false
    return true
  }

  /// Appends an Arabic number (`1.2`, `600`).
  mutating func number(_ v: Decimal) {
    trailing = nil
    pending = v
    runLength = 0
    digitRightAfterUnit = false
  }

  /// Binds the pending number to a unit below 万 (`十` = 1, `百` = 2, `千` = 3).
  mutating func smallUnit(_ exponent: Int) {
    let base = pending ?? 1
    section += base * NumeralChars.power(exponent)
    finishUnit(exponent, base: base)
  }

  /// Adds a tens shorthand (`廿` = 20).
  mutating func tens(_ value: Int) {
    section += Decimal(value)
    finishUnit(1, base: Decimal(value / 10))
  }

  /// Multiplies what was read into a large unit (`万` = 4, `亿` = 8).
  mutating func largeUnit(_ exponent: Int) {
    // A unit with nothing written before it (`万元`) counts one; a written
    // zero (`0万元`) stays zero.
    if exponent == 8 {
      let written = pending != nil || total != 0 || wan != 0 || section != 0
      let base = written ? total + wan + section + (pending ?? 0) : 1
      total = base * NumeralChars.power(8)
      wan = 0
      section = 0
      finishUnit(8, base: base)
    } else if section == 0, pending == nil, wan != 0 {
      // 万万 = 亿
      total = (total + wan) * NumeralChars.power(4)
      wan = 0
      finishUnit(8, base: 1)
    } else {
      let written = pending != nil || section != 0
      let base = written ? section + (pending ?? 0) : 1
      wan = base * NumeralChars.power(4)
      section = 0
      finishUnit(4, base: base)
    }
  }

  private mutating func finishUnit(_ exponent: Int, base: Decimal) {
    pending = nil
    runLength = 0
    lastUnit = exponent
    afterZero = false
    digitRightAfterUnit = false
    trailing = (NumeralChars.power(exponent), base)
  }

  /// Whether anything has been read.
  var isEmpty: Bool { pending == nil && lastUnit == nil }

  /// The value; a lone digit right after 百千万亿 is elided (`两千六` = 2600, `三万五` = 35000).
  var value: Decimal {
    // A number without units (`2023`, `二〇二三`, `3.5`): the number itself.
    guard lastUnit != nil else { return pending ?? Decimal() }
    var tail = pending ?? 0
    if let unit = lastUnit, unit >= 2, digitRightAfterUnit, runLength == 1 {
      tail *= NumeralChars.power(unit - 1)
    }
    return total + wan + section + tail
  }

  /// Whether the last element was an elided digit (it ends a unit-less tail).
  var endsWithElidedDigit: Bool {
    if let unit = lastUnit, unit >= 2, digitRightAfterUnit, runLength == 1 { return true }
    return false
  }
}
