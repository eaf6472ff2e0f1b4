import FoundationEssentials

/// `money`: an amount with a currency (`1000万元`, `2.37亿元`, `45564.44美元`,
/// `港币两千九百六十元`, `一百三十五块六角七分钱`); value in units of the currency.
enum MoneyRule {
  /// The money fact whose number is `n`, or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    var approximate = false
    var j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    var letter: Decimal = 1
    if n.form != .chinese, let k = x.match(MoneyWords.letterScales, at: j) {
      letter = k.value
      j = k.end
    }
    let afterNumber = j
    if x.at(j) == " " { j += 1 }
    guard let u = x.match(MoneyWords.units, at: j), acceptsUnit(at: j, end: u.end, in: x) else {
      return symbolPrefixed(n, end: afterNumber, scale: letter, approximate: approximate, in: x)
        ?? letterScaled(n, end: afterNumber, scale: letter, approximate: approximate, in: x)
    }
    var fact = QuantityFact.make(
      .money, n, end: u.end, unit: u.value.code, scale: letter * u.value.scale, approximate: approximate,
      rule: "money.unit")
    if u.value.scale == 1 { addSubunits(&fact, in: x) }
    if let c = x.match(MoneyWords.trailingCurrency, at: fact.span.end), u.value.code == "CNY" {
      fact.unit = c.value
      fact.span.end = c.end
    }
    if let c = x.match(MoneyWords.closers, at: fact.span.end) { fact.span.end = c.end }
    prefixCurrency(&fact, in: x)
    return fact
  }

  /// `￥1000`, `$3.5亿`: a currency symbol before a number without a unit word.
  private static func symbolPrefixed(_ n: Numeral, end: Int, scale: Decimal, approximate: Bool, in x: ScanText) -> Fact?
  {
    var start = n.span.start
    if x.at(start - 1) == " " { start -= 1 }
    guard let symbol = x.match(MoneyWords.symbols, endingAt: start) else { return nil }
    var fact = QuantityFact.make(
      .money, n, end: end, unit: symbol.value, scale: scale, approximate: approximate, rule: "money.symbol")
    fact.span.start = symbol.start
    return fact
  }

  /// `15k左右`, `30w上下`, `10k~15k`: pay written with a letter for 千 or 万 and no
  /// currency word, read as yuan only where a qualifier, a range or the clause's end follows.
  private static func letterScaled(_ n: Numeral, end: Int, scale: Decimal, approximate: Bool, in x: ScanText) -> Fact? {
    guard scale != 1 else { return nil }
    if let c = x.at(end), !(x.match(QualifierWords.after, at: end) != nil || x.match(Connectors.range, at: end) != nil
      || "。，,；;！？)）".unicodeScalars.contains(c))
    {
      return nil
    }
    return QuantityFact.make(.money, n, end: end, unit: "CNY", scale: scale, approximate: approximate, rule: "money.letter")
  }

  /// `块` is money only before `钱`, a sub-unit, or no more Han text (`两块牌子` is a count).
  private static func acceptsUnit(at j: Int, end: Int, in x: ScanText) -> Bool {
    if x.s[j] == "元", let next = x.at(end), next == "化" || next == "素" || next == "论" { return false }
    guard x.s[end - 1] == "块" else { return true }
    guard let next = x.at(end) else { return true }
    return next == "毛" || next == "角" || !Words.isHan(next) || NumeralChars.chineseDigit(next) != nil
  }

  /// `元1角1分`, `块三毛`: adds the jiao and fen.
  private static func addSubunits(_ fact: inout Fact, in x: ScanText) {
    guard case .amount(var v) = fact.value else { return }
    var j = fact.span.end
    while let n = x.numeral(at: j), let value = n.value, let sub = x.match(MoneyWords.subunits, at: n.span.end) {
      v += value * sub.value
      j = sub.end
    }
    if j > fact.span.end {
      fact.value = .amount(v)
      fact.span.end = j
    }
  }

  /// `人民币`, `港币`, `新台币 ` before the number names the currency.
  private static func prefixCurrency(_ fact: inout Fact, in x: ScanText) {
    var start = fact.span.start
    if x.at(start - 1) == " " { start -= 1 }
    guard let p = x.match(MoneyWords.prefixes, endingAt: start) else { return }
    if fact.unit == "CNY" { fact.unit = p.value }
    fact.span.start = p.start
  }
}
