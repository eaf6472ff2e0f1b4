import FoundationEssentials

/// Pairs the targets of a plan with the results a later summary reports for
/// the same subject and unit, and says whether each target was met.
public enum Tracker {
  /// The outcome for one target.
  public enum Outcome: String, Sendable {
    case met = "met"
    case notMet = "not met"
    /// The summary reports the figure with masked digits.
    case masked = "masked"
    case notReported = "not reported"
  }

  /// One target and what became of it.
  public struct Row: Sendable {
    public let target: Target
    /// The matching result in the summary, if any.
    public let result: Fact?
    public let resultText: String?
    public let resultSentence: String?
    public let outcome: Outcome
    /// What the target measures: the head word of its subject (`赤字`, `就业`), if any.
    public let indicator: String?
    /// How the goal bounds the result: `floor` (at least), `ceiling` (at most:
    /// price rises, unemployment, deficits, or `以内`), `about` (`左右`), `exact`.
    public let direction: String
    /// The comparison behind the outcome, e.g. `7.4 ≥ 7.5 − 0.5`.
    public let reason: String
  }

  /// Tracks every target of `plan` in `summary`. Results come from the
  /// reviewed year only: a figure the summary gives for several years
  /// (`年均`, `这五年`, `“十一五”时期`) never reports a one-year target.
  public static func track(plan: ParseResult, summary: ParseResult) -> [Row] {
    let index = ResultIndex(reported(in: summary.document, source: summary.source))
    return Target.all(in: plan).map { target in
      let indicator = target.fact.subject.map { Indicator(subject: $0) }
      guard let match = index.bestMatch(for: target) else {
        return Row(
          target: target, result: nil, resultText: nil, resultSentence: nil, outcome: .notReported,
          indicator: indicator?.head, direction: direction(target, indicator), reason: "no result for this indicator")
      }
      let (outcome, reason) = verdict(target, match, indicator)
      return Row(
        target: target, result: match, resultText: summary.source[match.span],
        resultSentence: Sentence.around(match.span, in: summary.source), outcome: outcome,
        indicator: indicator?.head, direction: direction(target, indicator), reason: reason)
    }
  }

  /// Quantities a summary reports for one year (status `actual`), attachments included.
  static func reported(in doc: Document, source: SourceText) -> [Fact] {
    doc.facts.filter {
      $0.status == .actual && $0.subject != nil
        && !ReviewPeriod.coversSeveralYears($0, in: source, sections: doc.sections)
    } + doc.attachments.flatMap { reported(in: $0, source: source) }
  }

  /// Quantities a summary reports (status `actual`), attachments included.
  static func reported(in doc: Document) -> [Fact] {
    doc.facts.filter { $0.status == .actual && $0.subject != nil } + doc.attachments.flatMap(reported(in:))
  }

  /// The result with the same kind and unit whose subject shares the most with the target's.
  static func bestMatch(for target: Target, among results: [Fact]) -> Fact? {
    ResultIndex(results).bestMatch(for: target)
  }

  /// Results indexed by the three-character runs of their subjects: a result can
  /// only match when the subjects share a run of three (`SubjectSimilarity`),
  /// so each target is compared with the results sharing one, not with all.
  struct ResultIndex {
    let results: [Fact]
    let subjects: [[Character]]
    var byTrigram: [String: [Int]] = [:]

    let indicators: [Indicator]

    init(_ results: [Fact]) {
      self.results = results
      subjects = results.map { Array($0.subject ?? "") }
      indicators = results.map { Indicator(subject: $0.subject ?? "") }
      for (k, s) in subjects.enumerated() where s.count >= 3 {
        var seen = Set<String>()
        for i in 0...(s.count - 3) {
          let key = String(s[i..<(i + 3)])
          if seen.insert(key).inserted { byTrigram[key, default: []].append(k) }
        }
      }
    }

    func bestMatch(for target: Target) -> Fact? {
      guard let subject = target.fact.subject else { return nil }
      let indicator = Indicator(subject: subject)
      let t = Array(subject)
      guard t.count >= 3 else { return nil }
      // Shared runs of three per result: a common run of length m holds m - 2 of them,
      // and a match needs m >= 3 and at least half the shorter subject.
      var shared: [Int: Int] = [:]
      var seen = Set<String>()
      for i in 0...(t.count - 3) {
        let key = String(t[i..<(i + 3)])
        guard seen.insert(key).inserted else { continue }
        for k in byTrigram[key] ?? [] { shared[k, default: 0] += 1 }
      }
      var best: (Int, Int)? = nil
      // In result order, so that ties go to the earlier result as before.
      for (k, count) in shared.sorted(by: { $0.key < $1.key })
      where count >= max(1, (min(t.count, subjects[k].count) + 1) / 2 - 2)
        && results[k].kind == target.fact.kind && results[k].unit == target.fact.unit
        && indicator.agrees(with: indicators[k])
      {
        let score = SubjectSimilarity.score(t, subjects[k])
        if score > (best?.1 ?? 0) { best = (k, score) }
      }
      return best.map { results[$0.0] }
    }
  }

  static func outcome(_ target: Target, _ result: Fact) -> Outcome {
    verdict(target, result, target.fact.subject.map { Indicator(subject: $0) }).0
  }

  /// How the goal bounds the result.
  static func direction(_ target: Target, _ indicator: Indicator?) -> String {
    switch target.fact.comparator {
    case .atLeast, .greater: return "floor"
    case .atMost, .less: return "ceiling"
    case .equal:
      if indicator?.isCeiling == true { return "ceiling" }
      return target.fact.approximate ? "about" : "floor"
    }
  }

  /// Met or not, with the comparison that decided it. A ceiling indicator
  /// (price rises, unemployment, deficits) is met at or below its goal even
  /// when written `左右`; another `左右` goal is met within half a point
  /// (percentages) or 5% of the goal (other units); `以上` is a floor, `以内` a ceiling.
  static func verdict(_ target: Target, _ result: Fact, _ indicator: Indicator?) -> (Outcome, String) {
    guard case .amount(let actual) = result.value, let goal = target.value else {
      return (.masked, "the result's digits are masked")
    }
    let a = "\(actual)"
    let g = "\(goal)"
    switch target.fact.comparator {
    case .atLeast: return (actual >= goal ? .met : .notMet, "\(a) \(actual >= goal ? "≥" : "<") \(g)")
    case .greater: return (actual > goal ? .met : .notMet, "\(a) \(actual > goal ? ">" : "≤") \(g)")
    case .atMost: return (actual <= goal ? .met : .notMet, "\(a) \(actual <= goal ? "≤" : ">") \(g)")
    case .less: return (actual < goal ? .met : .notMet, "\(a) \(actual < goal ? "<" : "≥") \(g)")
    case .equal:
      if indicator?.isCeiling == true {
        return (actual <= goal ? .met : .notMet, "\(a) \(actual <= goal ? "≤" : ">") \(g) (a ceiling)")
      }
      guard target.fact.approximate else {
        return (actual >= goal ? .met : .notMet, "\(a) \(actual >= goal ? "≥" : "<") \(g)")
      }
      let tolerance: Decimal = target.fact.kind == .percent ? Decimal(string: "0.5")! : goal * Decimal(string: "0.05")!
      let floor = goal - tolerance
      return (actual >= floor ? .met : .notMet, "\(a) \(actual >= floor ? "≥" : "<") \(g) − \(tolerance)")
    }
  }
}

/// How much two subjects name the same thing: the length of their longest
/// common run of characters, counted only when it is substantial.
enum SubjectSimilarity {
  static func score(_ a: String, _ b: String) -> Int { score(Array(a), Array(b)) }

  static func score(_ x: [Character], _ y: [Character]) -> Int {
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    var best = 0
    var previous = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      var row = [Int](repeating: 0, count: y.count + 1)
      for j in 1...y.count where x[i - 1] == y[j - 1] {
        row[j] = previous[j - 1] + 1
        best = max(best, row[j])
      }
      previous = row
    }
    // Two characters (企业) name too many things; ask for three and half the shorter.
    return best >= 3 && best * 2 >= min(x.count, y.count) ? best : 0
  }
}
