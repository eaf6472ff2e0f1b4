/// The scalars at which a fact can begin; every other offset is skipped
/// without trying the rules (the hot path of the scanner).
enum Triggers {
  /// Numerals, masks, `几`/`数`, `第`, `百分之`/`千分之`, `翻`, quotes (plan periods),
  /// and brackets (document numbers).
  @inline(__always)
  static func mayStartFact(_ c: Unicode.Scalar) -> Bool {
    let v = Int(c.value)
    guard v < 0x10000 else { return startsFact(c) }
    return startTable[v >> 6] & (1 << UInt64(v & 63)) != 0
  }

  /// `startsFact` for every scalar of the Basic Multilingual Plane, one bit
  /// each (8 KB): the scanner asks this of every scalar of the text.
  static let startTable: [UInt64] = {
    var table = [UInt64](repeating: 0, count: 1024)
    for v in 0..<0x10000 {
      if let c = Unicode.Scalar(UInt32(v)), startsFact(c) { table[v >> 6] |= 1 << UInt64(v & 63) }
    }
    return table
  }()

  /// `startTable`, plus the first scalars of relative years (for a document with a year).
  static let startOrRelativeTable: [UInt64] = {
    var table = startTable
    for v in 0..<0x10000 {
      if let c = Unicode.Scalar(UInt32(v)), mayStartRelative(c) { table[v >> 6] |= 1 << UInt64(v & 63) }
    }
    return table
  }()

  /// Whether a table of one bit per BMP scalar holds `c` (scalars above the BMP: `startsFact`).
  @inline(__always)
  static func contains(_ table: UnsafeBufferPointer<UInt64>, _ c: Unicode.Scalar) -> Bool {
    let v = Int(c.value)
    guard v < 0x10000 else { return startsFact(c) }
    return table[v >> 6] & (1 << UInt64(v & 63)) != 0
  }

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
