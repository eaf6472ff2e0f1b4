import FoundationEssentials

/// `percent`: `10%`, `３．５％`, `百分之五十`, `千分之五` (0.5), `2个百分点` (unit `pp`), `**.*%`.
enum PercentRule {
  /// The percent fact whose number is `n` (followed by `%` or `个百分点`), or nil.
  static func match(_ n: Numeral, in x: ScanText) -> Fact? {
    var approximate = false
    let j = QualifierReader.infix(at: n.span.end, in: x, approximate: &approximate)
    var fact: Fact
    switch x.at(j) {
    case "%", "％":
      fact = QuantityFact.make(.percent, n, end: j + 1, unit: "%", approximate: approximate, rule: "percent.sign")
    case "‰":
      fact = QuantityFact.make(.percent, n, end: j + 1, unit: "‰", approximate: approximate, rule: "percent.permille")
    default:
      let end: Int
      if x.has("个百分点", at: j) {
        end = j + 4
      } else if x.has("百分点", at: j) {
        end = j + 3
      } else {
        return nil
      }
      fact = QuantityFact.make(.percent, n, end: end, unit: "pp", approximate: approximate, rule: "percent.points")
    }
    signed(&fact, in: x)
    return fact
  }

  /// `-3.2%`, `增长-0.5%`, `负2.1个百分点`: a sign written before the number.
  private static func signed(_ fact: inout Fact, in x: ScanText) {
    guard case .amount(let v) = fact.value, let p = x.at(fact.span.start - 1), p == "-" || p == "－" || p == "负" || p == "−",
      x.at(fact.span.start - 2).map({ NumeralChars.arabicDigit($0) == nil && !Words.isLatin($0) }) ?? true
    else { return }
    fact.value = .amount(-v)
    fact.span.start -= 1
  }

  /// `九成` (90%), `两成`, `八折` (80%), `八五折` (85%): tenths, as percents.
  static func matchTenths(_ n: Numeral, in x: ScanText) -> Fact? {
    guard n.form == .chinese, n.low == nil, let v = n.intValue, let c = x.at(n.span.end), c == "成" || c == "折" else {
      return nil
    }
    let next = x.at(n.span.end + 1)
    if c == "成" {
      // `一成不变`, `成为`, `成果`: words, not tenths.
      guard (1...10).contains(v), next.map({ !PercentWords.notTenthsAfter成.contains($0) }) ?? true, !(v == 1 && next == "不")
      else { return nil }
    } else {
      guard (1...99).contains(v), next.map({ !PercentWords.notTenthsAfter折.contains($0) }) ?? true else { return nil }
    }
    let percent = c == "折" && v >= 10 ? Decimal(v) : Decimal(v * 10)
    var fact = QuantityFact.make(.percent, n, end: n.span.end + 1, unit: "%", approximate: false, rule: "percent.tenths")
    fact.value = .amount(percent)
    return fact
  }

  /// `百分之…` / `千分之…` (unit `‰`) starting at `i`.
  static func matchWritten(at i: Int, in x: ScanText) -> Fact? {
    // Asked at every offset where a fact may start: the first scalar decides most.
    guard let c = x.at(i), c == "百" || c == "千" else { return nil }
    let unit: String
    if x.has("百分之", at: i) {
      unit = "%"
    } else if x.has("千分之", at: i) {
      unit = "‰"
    } else {
      return nil
    }
    guard let n = x.numeral(at: i + 3), n.value != nil else { return nil }
    var fact = QuantityFact.make(.percent, n, end: n.span.end, unit: unit, approximate: false, rule: "percent.written")
    fact.span.start = i
    return fact
  }
}

/// Words that follow a numeral and `成` or `折` without being tenths. Data, not logic.
enum PercentWords {
  static let notTenthsAfter成: ScalarSet = [
    "为", "立", "果", "效", "功", "熟", "本", "交", "员", "都", "就", "绩", "品", "型", "像", "长", "年", "套", "片", "新",
  ]
  static let notTenthsAfter折: ScalarSet = ["旧", "扣", "算", "合", "射", "叠", "返", "腾", "中", "服", "价"]
}
