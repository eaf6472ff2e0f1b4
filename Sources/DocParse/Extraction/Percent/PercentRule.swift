import FoundationEssentials

/// `percent`: `10%`, `３．５％`, `百分之五十`, `千分之五` (0.5), `2个百分点` (unit `pp`), `**.*%`.
enum PercentRule {
  /// The percent fact whose number is `n` (followed by `%` or `个百分点`), or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    var approximate = false
    let j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    switch x.at(j) {
    case "%", "％":
      return QuantityFact.make(.percent, n, end: j + 1, unit: "%", approximate: approximate, rule: "percent.sign")
    case "‰":
      return QuantityFact.make(.percent, n, end: j + 1, unit: "‰", approximate: approximate, rule: "percent.permille")
    default:
      for word in ["个百分点", "百分点"] where x.has(word, at: j) {
        let end = j + word.unicodeScalars.count
        return QuantityFact.make(.percent, n, end: end, unit: "pp", approximate: approximate, rule: "percent.points")
      }
      return nil
    }
  }

  /// `百分之…` / `千分之…` starting at `i`.
  static func matchWritten(at i: Int, in x: ScanText) -> Fact? {
    let scale: Decimal
    if x.has("百分之", at: i) {
      scale = 1
    } else if x.has("千分之", at: i) {
      scale = Decimal(sign: .plus, exponent: -1, significand: 1)
    } else {
      return nil
    }
    guard let n = x.numeral(at: i + 3), n.value != nil else { return nil }
    var fact = QuantityFact.make(
      .percent, n, end: n.span.end, unit: "%", scale: scale, approximate: false, rule: "percent.written")
    fact.span.start = i
    return fact
  }
}
