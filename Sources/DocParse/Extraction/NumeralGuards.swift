/// Numbers that are not quantities: heading markers (`一、` `1.` `（1）`),
/// ordinals and names (`二十大`, `十九届`), clock-like `零点`, and digits glued to
/// Latin letters (`COVID-19`, `5G`).
enum NumeralGuards {
  /// The end of a heading marker starting at `i` (`一、`, `12.`, `3．`, `（一）`), or nil.
  static func headingMarkerEnd(at i: Int, in x: ScanText) -> Int? {
    let opened = x.at(i - 1) == "（" || x.at(i - 1) == "("
    guard opened ? x.isLineStart(i - 1) : x.isLineStart(i) else { return nil }
    var k = i
    let arabic = NumeralChars.arabicDigit(x.s[i]) != nil
    while let c = x.at(k), k - i < (arabic ? 2 : 3),
      arabic
        ? NumeralChars.arabicDigit(c) != nil : NumeralChars.chineseDigit(c) != nil || NumeralChars.smallUnit(c) == 1
    {
      k += 1
    }
    guard k > i, let p = x.at(k) else { return nil }
    if opened { return p == "）" || p == ")" ? k + 1 : nil }
    if p == "、" || p == "）" || p == ")" { return k + 1 }
    if p == "." || p == "．", arabic {
      // `1.完善` is a marker; `1.2万元` and a bare `10.1` are numbers.
      var f = k + 1
      while let c = x.at(f), NumeralChars.arabicDigit(c) != nil { f += 1 }
      guard f > k + 1 else { return k + 1 }
      let isNumber = x.at(f).map { !Words.isHan($0) } ?? true || QuantityRules.unitFollows(at: f, in: x)
      return isNumber ? nil : k + 1
    }
    return nil
  }

  /// Whether numeral `n` is excluded whatever follows it.
  static func isExcluded(_ n: Numeral, in x: ScanText) -> Bool {
    if let p = x.at(n.span.start - 1), p == "点" { return true }
    if let c = x.at(n.span.end), c == "点" { return true }
    if let p = x.at(n.span.start - 1), p == "（" || p == "(", let c = x.at(n.span.end), c == "）" || c == ")" {
      return true
    }
    return inWebAddress(n.span.start, in: x)
  }

  /// How far back from a numeral a web address is looked for.
  static let addressReach = 400

  /// Whether offset `i` is inside a web address (`https://www.gov.cn/2023/art_5.html`,
  /// `…/%E5%81%87…`): the run of printable ASCII it stands in starts with a
  /// scheme (`://`) or `www.`.
  static func inWebAddress(_ i: Int, in x: ScanText) -> Bool {
    var k = i - 1
    while k >= max(0, i - addressReach), let c = x.at(k), c.value > 0x20 && c.value < 0x7F {
      if c == "/", x.at(k - 1) == "/", x.at(k - 2) == ":" { return true }
      if c == "w", x.at(k + 1) == "w", x.at(k + 2) == "w", x.at(k + 3) == "." { return true }
      k -= 1
    }
    return false
  }

  /// Whether the digits touch Latin letters or other digits (`v2`, `COVID-19`, `5G`).
  static func isGlued(_ n: Numeral, in x: ScanText) -> Bool {
    if let p = x.at(n.span.start - 1), Words.isLatin(p) || p == "-" && x.at(n.span.start - 2).map(Words.isLatin) == true
    {
      return true
    }
    if let c = x.at(n.span.end), Words.isLatin(c) { return true }
    return false
  }
}
