/// The scalars at which a fact can begin; every other offset is skipped
/// without trying the rules (the hot path of the scanner).
enum Triggers {
  /// Scalars at which a fact can start: numerals, masks, `几`/`数`, `第`,
  /// `百分之`/`千分之`, `翻`, quotes (plan periods) and brackets (document
  /// numbers). The scanner asks this of every scalar of the text.
  static let starts = ScalarBits(startsFact)
  /// `starts`, and the first scalars of relative years (for a document with a year).
  static let startsOrRelative = ScalarBits { startsFact($0) || mayStartRelative($0) }

  static func startsFact(_ c: Unicode.Scalar) -> Bool {
    if NumeralChars.canStart(c) { return true }
    switch c {
    case "几", "数", "第", "百", "千", "翻", "“", "上", "下", "前", "首": return true
    default: return opensDocNumberYear(c)
    }
  }

  /// First scalars of relative years (`今年`, `去年`, `上一年`, `今明两年`).
  @inline(__always)
  static func mayStartRelative(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "今", "本", "当", "去", "上", "前", "明", "下", "后": return true
    default: return false
    }
  }

  /// Brackets around the year of a 发文字号.
  @inline(__always)
  static func opensDocNumberYear(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "〔", "﹝", "[", "［", "【", "(", "（", "〖": return true
    default: return false
    }
  }

  @inline(__always)
  static func closesDocNumberYear(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "〕", "﹞", "]", "］", "】", ")", "）", "〗": return true
    default: return false
    }
  }
}
