/// Words of dates: relative years, parts of a year or month, open ends.
enum TimeWords {
  /// Relative years and their offset from the reference year.
  static let relativeYears = WordTable<Int>([
    ("今年", 0), ("本年", 0), ("当年", 0), ("去年", -1), ("上年", -1), ("上一年", -1), ("前年", -2), ("明年", 1),
    ("下一年", 1), ("后年", 2),
  ])

  /// Words before a date that make it an upper bound (`截至10月底`).
  static let untilPrefixes = WordTable<Bool>([("截至", true), ("截止", true), ("截止到", true), ("截至到", true)])

  /// Halves of a year: first and last month.
  static let halves = WordTable<(Int, Int)>([("上半年", (1, 6)), ("下半年", (7, 12)), ("全年", (1, 12))])

  /// Thirds of a month: first and last day (0 = the month's last day).
  static let dekads = WordTable<(Int, Int)>([("上旬", (1, 10)), ("中旬", (11, 20)), ("下旬", (21, 0))])

  /// Open ends after a date: `起` `以来` (from), `以前` `之前` `前` (until).
  static let openEnds = WordTable<Fact.Comparator>([
    ("起", .atLeast), ("起至今", .atLeast), ("以来", .atLeast), ("至今", .atLeast), ("以前", .atMost),
    ("之前", .atMost), ("前", .atMost),
  ])

  /// Five-year plans: `十一五` … `十五五`, by ordinal.
  static func planStart(_ ordinal: Int) -> Int? {
    (6...15).contains(ordinal) ? 1981 + 5 * (ordinal - 6) : nil
  }
}
