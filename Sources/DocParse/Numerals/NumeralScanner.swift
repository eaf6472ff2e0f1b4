import FoundationEssentials

/// The numeral layer: reads one numeral at an offset, exactly (`16.4亿` is
/// 1640000000), over `[Unicode.Scalar]` without regular expressions.
enum NumeralScanner {
  /// Reads the numeral that starts at `start`, or nil if none starts there.
  static func scan(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Numeral? {
    guard start < limit else { return nil }
    if NumeralChars.isMask(s[start]) { return MaskedNumeralReader.read(s, at: start, limit: limit) }
    if s[start] == "几" || s[start] == "数" { return vague(s, at: start, limit: limit) }
    guard NumeralChars.canStart(s[start]) else { return nil }
    var reader = Reader(s: s, limit: limit, i: start)
    guard var n = reader.run(from: start) else { return nil }
    if n.value?.isNaN == true || n.low?.isNaN == true {  // beyond Decimal's 38 digits: no value
      n.value = nil
      n.low = nil
    }
    return n
  }

  /// `几十万`, `数十亿`, `几百`: a range from one to ten of the first unit.
  private static func vague(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Numeral? {
    guard start + 1 < limit, NumeralChars.smallUnit(s[start + 1]) != nil || NumeralChars.largeUnit(s[start + 1]) != nil
    else { return nil }
    var reader = Reader(s: s, limit: limit, i: start + 1)
    reader.low = NumeralAccumulator()
    _ = reader.low!.digit(1)
    _ = reader.acc.digit(1)
    reader.vagueHigh = true
    guard var n = reader.run(from: start) else { return nil }
    n.isVague = true
    n.approximate = true
    return n
  }

  /// The scanning state for one numeral.
  struct Reader {
    let s: [Unicode.Scalar]
    let limit: Int
    var i: Int
    var acc = NumeralAccumulator()
    /// A second sum for the low end of `八九亿` / `几十万`.
    var low: NumeralAccumulator? = nil
    var vagueHigh = false
    var sawArabic = false
    var tooLarge = false
    var sawChinese = false
    var fraction: (value: Decimal, digits: Int)? = nil
    var integerDigits = 0
    var approximate = false

    mutating func run(from start: Int) -> Numeral? {
      while i < limit, step() {}
      guard i > start, !acc.isEmpty || fraction != nil else { return nil }
      return build(from: start)
    }

    /// Reads one element; false at the end of the numeral.
    mutating func step() -> Bool {
      let c = s[i]
      if NumeralChars.arabicDigit(c) != nil { return arabic() }
      if let d = NumeralChars.chineseDigit(c) { return chineseDigit(d) }
      if let e = NumeralChars.smallUnit(c) { return apply { $0.smallUnit(e) } }
      if let e = NumeralChars.largeUnit(c) { return largeUnit(e) }
      if let t = NumeralChars.tensShorthand(c) { return apply { $0.tens(t) } }
      if c == "点" { return point() }
      if c == "几", acc.lastUnit == 1, acc.pending == nil {  // 十几
        approximate = true
        i += 1
        return true
      }
      if c == "个", i + 1 < limit, NumeralChars.largeUnit(s[i + 1]) != nil, acc.pending != nil {  // 两个亿
        i += 1
        return true
      }
      return false
    }

    mutating func apply(_ op: (inout NumeralAccumulator) -> Void) -> Bool {
      guard fraction == nil else { return false }
      if vagueHigh {
        // 几十 → high end 100: the pending 1 becomes 10 before the unit.
        acc.number(10)
        vagueHigh = false
      }
      op(&acc)
      if low != nil { op(&low!) }
      sawChinese = true
      i += 1
      return true
    }

    mutating func largeUnit(_ e: Int) -> Bool {
      if fraction != nil {  // 零点五万: fold the fraction in first
        acc.number((acc.pending ?? 0) + fraction!.value)
        fraction = nil
      }
      return apply { $0.largeUnit(e) }
    }

    mutating func arabic() -> Bool {
      guard acc.canTakeNumber, fraction == nil, let run = ArabicNumberReader.read(s, at: i, limit: limit) else {
        return false
      }
      if sawArabic && acc.lastUnit == nil { return false }
      tooLarge = tooLarge || run.tooLarge
      acc.number(run.value)
      low?.number(run.value)
      sawArabic = true
      integerDigits = run.integerDigits
      hasDecimal = hasDecimal || run.fractionDigits > 0
      i = run.end
      // `177.1 亿`: one space between an Arabic number and its unit.
      if i + 1 < limit, s[i] == " ", NumeralChars.largeUnit(s[i + 1]) != nil || NumeralChars.smallUnit(s[i + 1]) != nil
      {
        i += 1
      } else if let past = Self.invisibleLineBreak(s, at: i, limit: limit), NumeralChars.largeUnit(s[past]) != nil {
        // `74.4` / a line of only a zero-width space / `万亿元`: a page break a
        // scraper left inside the number, which a reader does not see.
        i = past
      }
      return true
    }

    var hasDecimal = false

    /// After `\n`, a line of only invisible marks (zero-width spaces, BOM,
    /// word joiners) and `\n`: where the text resumes; nil otherwise.
    static func invisibleLineBreak(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
      guard i < limit, s[i] == "\n" else { return nil }
      var j = i + 1
      while j < limit && ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"].contains(s[j]) { j += 1 }
      guard j > i + 1, j + 1 < limit, s[j] == "\n" else { return nil }
      return j + 1
    }

    /// Measure words that make a digit after 万/亿 a count of its own: `5万亿两个台阶`.
    static let countWords: ScalarSet = ["个", "项", "家", "名", "条", "种", "批", "类", "次", "方"]

    mutating func chineseDigit(_ d: Int) -> Bool {
      guard fraction == nil else { return false }
      if let unit = acc.lastUnit, unit >= 4, acc.pending == nil, i + 1 < limit, Self.countWords.contains(s[i + 1]) {
        return false
      }
      if acc.runLength == 1, acc.lastUnit == nil, low == nil, let first = acc.pending, first != 0,
        Decimal(d) > first, i + 1 < limit, isUnit(s[i + 1])
      {
        // 八九亿, 三五百: two digits before a unit are a range; `low` keeps the first.
        low = acc
        acc = NumeralAccumulator()
        _ = acc.digit(d)
        i += 1
        return true
      }
      guard acc.digit(d) else { return false }
      if low != nil { _ = low!.digit(d) }
      sawChinese = true
      i += 1
      return true
    }

    private func isUnit(_ c: Unicode.Scalar) -> Bool {
      NumeralChars.smallUnit(c) != nil || NumeralChars.largeUnit(c) != nil
    }

    mutating func point() -> Bool {
      guard fraction == nil, !hasDecimal, sawChinese || acc.lastUnit != nil || !sawArabic,
        let f = ArabicNumberReader.fraction(s, at: i + 1, limit: limit)
      else { return false }
      guard acc.pending != nil || acc.lastUnit != nil else { return false }
      fraction = (f.value, f.digits)
      hasDecimal = true
      i = f.end
      return true
    }

    func build(from start: Int) -> Numeral {
      var value = acc.value
      if let f = fraction { value += f.value }
      let form: Numeral.Form = sawArabic ? (sawChinese ? .mixed : .arabic) : .chinese
      var n = Numeral(span: Span(start, i), value: tooLarge ? nil : value, form: form)
      n.tooLarge = tooLarge
      n.hasFraction = hasDecimal
      n.isDigitRun = acc.lastUnit == nil && fraction == nil && !hasDecimal
      n.digitCount = sawArabic && n.isDigitRun ? integerDigits : acc.runLength
      if let t = acc.trailing, fraction == nil {
        n.trailingUnit = t.unit
        n.base = t.base
      }
      if let low { n.low = low.value }
      n.approximate = approximate
      markAdjacentDigits(&n)
      return n
    }

    /// `两三`, `五六`, `三五` without a unit: two or three, not twenty-three.
    private func markAdjacentDigits(_ n: inout Numeral) {
      guard !sawArabic, n.isDigitRun, acc.runLength == 2, let v = n.intValue else { return }
      let (d1, d2) = (v / 10, v % 10)
      guard d1 >= 1, d2 == d1 + 1 || (d1 == 3 && d2 == 5) else { return }
      n.low = Decimal(d1)
      n.value = Decimal(d2)
      n.isDigitRun = false
      n.approximate = true
    }
  }
}
