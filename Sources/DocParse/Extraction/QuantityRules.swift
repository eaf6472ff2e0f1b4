import FoundationEssentials

/// The quantity rules in the order they are tried on a numeral, and ranges of them.
enum QuantityRules {
  /// A quantity rule, named; `match` calls it (a switch, not a closure per call).
  enum Rule {
    case fraction, percent, percentTenths, money, multiple, duration, count

    func match(_ n: Numeral, in x: ScanText) -> Fact? {
      switch self {
      case .fraction: FractionRule.match(n, in: x)
      case .percent: PercentRule.match(n, in: x)
      case .percentTenths: PercentRule.matchTenths(n, in: x)
      case .money: MoneyRule.match(n, in: x)
      case .multiple: MultipleRule.match(n, in: x)
      case .duration: DurationRule.match(n, in: x)
      case .count: CountRule.match(n, in: x)
      }
    }
  }

  /// The rules, most specific first: `个百分点` before `个`, `个月` before `个`.
  static let ordered: [Rule] = [.fraction, .percent, .percentTenths, .money, .multiple, .duration, .count]

  /// The first quantity fact for numeral `n`.
  static func single(_ n: Numeral, in x: ScanText) -> Fact? {
    for rule in ordered {
      if let f = rule.match(n, in: x) { return f }
    }
    return nil
  }

  /// Whether a unit (currency, measure word, time unit, `%`) or `余` follows `i`.
  static func unitFollows(at i: Int, in x: ScanText) -> Bool {
    guard let c = x.at(i) else { return false }
    if c == "%" || c == "％" || c == "‰" || NumeralChars.largeUnit(c) != nil || NumeralChars.smallUnit(c) != nil {
      return true
    }
    return x.match(MoneyWords.units, at: i) != nil || x.match(MeasureWords.counts, at: i) != nil
      || x.match(QualifierWords.infix, at: i) != nil || x.match(MeasureWords.durations, at: i) != nil
  }

  /// A range `L–R unit` (`两到三万港元`, `1万元--5万元`, `10~15k元`): money keeps its kind
  /// with `min`/`max`, as do counts, durations and percents.
  /// `single` is the left end's own fact (`single(left, in: x)`), read once by the caller.
  static func range(_ left: Numeral, single leftFact: Fact?, in x: ScanText) -> Fact? {
    guard let lv = left.value, left.low == nil else { return nil }
    // A left end without its own unit (`1万-5万元`) takes the right end's.
    let own = leftFact.flatMap { $0.rule == LargeNumberRule.rule ? nil : $0 }
    guard let c = x.match(Connectors.range, at: own?.span.end ?? left.span.end),
      let right = x.numeral(at: c.end), let rv = right.value, rv != 0, right.low == nil,
      let rf = single(right, in: x), case .amount(var rfv) = rf.value
    else { return nil }
    // `6.5%－7%`: the connector is not the right end's minus sign.
    if rf.span.start < right.span.start && rfv < 0 { rfv = -rfv }
    // `3-6个月`, `1500-2000元`, `90—140平方米`: one fact of the right end's kind with both ends.
    var low: Decimal
    if let own {
      guard own.kind == rf.kind, own.unit == rf.unit, case .amount(let ov) = own.value else { return nil }
      low = ov
    } else {
      low = lv
      if let t = right.trailingUnit, let base = right.base, left.trailingUnit.map({ $0 < t }) ?? true, lv < base {
        low *= t
      }
      low *= DecimalDigits.exactQuotient(rfv, rv) ?? rfv / rv
    }
    guard low < rfv else { return nil }
    var fact = Fact(
      kind: rf.kind, span: Span(left.span.start, rf.span.end), value: .none,
      unit: rf.unit, rule: "range." + rf.kind.rawValue)
    fact.value = .range(min: low, max: rfv)
    fact.approximate = rf.approximate
    return fact
  }
}
