/// Dates written with separators: `2019/04/19`, `2019.9.6`, `2020-05-26`, `1999.08`.
struct NumericDateReader {
  let x: ScanText

  /// The point at `i`, or nil (years 1900–2099, valid months and days only).
  func point(at i: Int) -> DatePoint? {
    guard let (y, afterYear) = digits(at: i, count: 4...4), (1900...2099).contains(y),
      let sep = x.at(afterYear), sep == "/" || sep == "." || sep == "-" || sep == "．",
      let (m, afterMonth) = digits(at: afterYear + 1, count: 1...2), (1...12).contains(m)
    else { return nil }
    if x.at(afterMonth) == sep, let (d, afterDay) = digits(at: afterMonth + 1, count: 1...2), (1...31).contains(d) {
      return DatePoint(year: y, month: m, day: d, end: afterDay)
    }
    if sep == "." || sep == "．", QuantityRules.unitFollows(at: afterMonth, in: x) { return nil }
    if sep == "-", afterMonth - afterYear - 1 != 2 { return nil }
    return DatePoint(year: y, month: m, end: afterMonth)
  }

  /// A bare four-digit year (`2009` closing `2008.03-2009`).
  func bareYear(at i: Int) -> DatePoint? {
    guard let (y, end) = digits(at: i, count: 4...4), (1900...2099).contains(y) else { return nil }
    return DatePoint(year: y, end: end)
  }

  private func digits(at i: Int, count: ClosedRange<Int>) -> (Int, Int)? {
    var v = 0
    var k = i
    while let c = x.at(k), let d = NumeralChars.arabicDigit(c), c.value < 0x80 {
      v = v * 10 + d
      k += 1
      if k - i > count.upperBound { return nil }
    }
    guard count.contains(k - i) else { return nil }
    if i > x.lower, let p = x.at(i - 1), NumeralChars.arabicDigit(p) != nil, count.lowerBound == 4 { return nil }
    return (v, k)
  }
}
