/// A calendar point or period read from the text, at the written granularity.
struct DatePoint {
  var year: Int?
  var month: Int? = nil
  var day: Int? = nil
  /// The period covered, for quarters, halves, 旬 and `前N个月` (ISO start and end).
  var period: (start: String, end: String)? = nil
  var masked = false
  var inferredYear = false
  /// Where the point's text ends.
  var end: Int

  /// The ISO form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; without a known year,
  /// `--MM` or `--MM-DD` (ISO 8601), never dropped.
  var iso: String? {
    guard let month else { return year.map { Self.pad($0, 4) } }
    return day.map { Self.day(year, month, $0) } ?? Self.month(year, month)
  }

  /// The first and last ISO values of the point.
  var bounds: (String, String)? {
    if let period { return period }
    guard let iso else { return nil }
    return (iso, iso)
  }

  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// `YYYY-MM` of a month, `--MM` without a year.
  static func month(_ y: Int?, _ m: Int) -> String { (y.map { pad($0, 4) } ?? "-") + "-" + pad(m, 2) }

  /// `YYYY-MM-DD` of a day, `--MM-DD` without a year.
  static func day(_ y: Int?, _ m: Int, _ d: Int) -> String { month(y, m) + "-" + pad(d, 2) }

  /// The number of days in a month (February of an unknown year has 29).
  static func daysIn(_ y: Int?, _ m: Int) -> Int {
    switch m {
    case 2:
      guard let y else { return 29 }
      return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
