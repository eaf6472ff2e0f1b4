/// Reads a date written out in full, `2022年3月17日`, `二〇二二年三月十七日`
/// or `2023-04-12` (the 成文日期 of GB/T 9704, a labelled field), into ISO `YYYY-MM-DD`.
enum DateLine {
  /// The date that makes up all of `span` (blanks around it allowed).
  static func isoDate(_ text: SourceText, in span: Span) -> String? {
    let s = text.scalars
    let i = skip(s, span.start, span.end)
    guard let (iso, end) = leadingDate(s, at: i, limit: span.end), skip(s, end, span.end) == span.end else { return nil }
    return iso
  }

  /// The date that starts `span`, with what follows it allowed (`2023-03-31 10:09`,
  /// `2023年3月5日在…会议上`).
  static func leadingDate(_ text: SourceText, in span: Span) -> (iso: String, end: Int)? {
    leadingDate(text.scalars, at: skip(text.scalars, span.start, span.end), limit: span.end)
  }

  static func leadingDate(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (iso: String, end: Int)? {
    guard let (year, yearEnd) = readYear(s, at: start, limit: limit), yearEnd < limit, (1900...2100).contains(year)
    else { return nil }
    let dashed = s[yearEnd] == "-" || s[yearEnd] == "/" || s[yearEnd] == "."
    guard s[yearEnd] == "年" || dashed else { return nil }
    var i = skip(s, yearEnd + 1, limit)
    guard let (month, monthEnd) = readSmall(s, at: i, limit: limit), (1...12).contains(month) else { return nil }
    if dashed {
      guard monthEnd < limit, s[monthEnd] == s[yearEnd], let (day, dayEnd) = SmallNumeral.arabic(s, at: monthEnd + 1, limit: limit),
        (1...31).contains(day), dayEnd >= limit || SmallNumeral.arabicDigit(s[dayEnd]) == nil
      else { return nil }
      return ("\(year)-\(pad(month))-\(pad(day))", dayEnd)
    }
    guard monthEnd < limit, s[monthEnd] == "月" else { return nil }
    i = skip(s, monthEnd + 1, limit)
    guard let (day, dayEnd) = readSmall(s, at: i, limit: limit), dayEnd < limit, s[dayEnd] == "日" || s[dayEnd] == "号",
      (1...31).contains(day)
    else { return nil }
    return ("\(year)-\(pad(month))-\(pad(day))", dayEnd + 1)
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

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
