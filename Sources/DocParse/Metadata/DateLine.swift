/// Reads a line that is only a date, `2022年3月17日` or `二〇二二年三月十七日`
/// (the 成文日期 of GB/T 9704), into ISO `YYYY-MM-DD`.
enum DateLine {
  static func isoDate(_ text: SourceText, line: Line) -> String? {
    let s = text.scalars
    let limit = line.contentEnd
    var i = line.contentStart
    guard let (year, yearEnd) = readYear(s, at: i, limit: limit), yearEnd < limit, s[yearEnd] == "年" else { return nil }
    i = skip(s, yearEnd + 1, limit)
    guard let (month, monthEnd) = readSmall(s, at: i, limit: limit), monthEnd < limit, s[monthEnd] == "月",
      (1...12).contains(month)
    else { return nil }
    i = skip(s, monthEnd + 1, limit)
    guard let (day, dayEnd) = readSmall(s, at: i, limit: limit), dayEnd < limit, s[dayEnd] == "日" || s[dayEnd] == "号",
      (1...31).contains(day), skip(s, dayEnd + 1, limit) == limit
    else { return nil }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  /// Four Arabic digits, or four Chinese digits (`二〇二二`).
  static func readYear(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
    if let (value, end) = SmallNumeral.arabic(s, at: i, limit: limit), end - i == 4 { return (value, end) }
    var value = 0
    var j = i
    while j < limit && j - i < 4, let d = SmallNumeral.chineseDigit(s[j]) {
      value = value * 10 + d
      j += 1
    }
    return j - i == 4 ? (value, j) : nil
  }

  private static func readSmall(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
    SmallNumeral.arabic(s, at: i, limit: limit) ?? SmallNumeral.chinese(s, at: i, limit: limit)
  }

  private static func skip(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int {
    var j = i
    while j < limit && s[j].isBlank { j += 1 }
    return j
  }

  private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
