/// Words joining the two ends of a range (`2021—2025年`, `两到三万`, `1万-5万元`).
enum Connectors {
  static let range = WordTable<Bool>(
    ["至", "到", "-", "－", "~", "～", "—", "——", "--", "–", "－－", "起至", "(含)-", "（含）-", "(含)—", "（含）—", "(含)至", "（含）至"]
      .map { ($0, true) })

  /// Joins of a list that shares one qualifier (`分别突破330家、5900家`).
  static let list = WordTable<Bool>(["、", "和", "及", "与", "，"].map { ($0, true) })
}
