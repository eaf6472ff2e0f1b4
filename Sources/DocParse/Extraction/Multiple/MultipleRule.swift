import FoundationEssentials

/// `multiple`: `三倍`, `1.5倍`, `翻一番` (2), `翻两番` (4).
enum MultipleRule {
  /// The multiple fact whose number is `n` (followed by `倍`), or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    var approximate = false
    let j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    guard x.at(j) == "倍" else { return nil }
    return QuantityFact.make(.multiple, n, end: j + 1, unit: "倍", approximate: approximate, rule: "multiple.times")
  }

  /// `翻一番`, `翻两番`, `翻番` starting at `i`.
  static func matchDoubling(at i: Int, in x: ScanText) -> Fact? {
    guard x.at(i) == "翻" else { return nil }
    if x.at(i + 1) == "番" {
      return fact(Span(i, i + 2), times: 1)
    }
    guard let n = x.numeral(at: i + 1), let k = n.intValue, k > 0, k < 10, x.at(n.span.end) == "番" else { return nil }
    return fact(Span(i, n.span.end + 1), times: k)
  }

  private static func fact(_ span: Span, times: Int) -> Fact {
    var v: Decimal = 1
    for _ in 0..<times { v *= 2 }
    return Fact(kind: .multiple, span: span, value: .amount(v), unit: "倍", rule: "multiple.doubling")
  }
}
