/// The scalars at which a fact can begin; every other offset is skipped
/// without trying the rules (the hot path of the scanner).
enum Triggers {
  /// Scalars at which a fact can start: numerals, masks, `几`/`数`, `第`,
  /// `百分之`/`千分之`, `翻`, quotes (plan periods) and brackets (document
  /// numbers). The scanner asks this of every scalar of the text.
  static let starts = ScalarBits(NumeralChars.scalars(where: NumeralChars.canStart) + otherStarts + docNumberOpenings)
  /// `starts`, and the first scalars of relative years (for a document with a year).
  static let startsOrRelative = ScalarBits(
    NumeralChars.scalars(where: NumeralChars.canStart) + otherStarts + docNumberOpenings + relativeStarts)

  /// What else a fact starts with: `几`/`数`, `第`, `百分之`/`千分之`, `翻`,
  /// quotes (plan periods), `上半年`, `前三季度`, `首季度`.
  static let otherStarts: [Unicode.Scalar] = ["几", "数", "第", "百", "千", "翻", "“", "上", "下", "前", "首"]
  /// First scalars of relative years (`今年`, `去年`, `上一年`, `今明两年`).
  static let relativeStarts: [Unicode.Scalar] = ["今", "本", "当", "去", "上", "前", "明", "下", "后"]
  /// Brackets around the year of a 发文字号.
  static let docNumberOpenings: [Unicode.Scalar] = ["〔", "﹝", "[", "［", "【", "(", "（", "〖"]
  private static let docNumberOpeningSet = ScalarSet(docNumberOpenings)

  @inline(__always)
  static func opensDocNumberYear(_ c: Unicode.Scalar) -> Bool { docNumberOpeningSet.contains(c) }

  @inline(__always)
  static func closesDocNumberYear(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "〕", "﹞", "]", "］", "】", ")", "）", "〗": return true
    default: return false
    }
  }
}
