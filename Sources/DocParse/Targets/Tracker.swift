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
  }

  /// Tracks every target of `plan` in `summary`.
  public static func track(plan: ParseResult, summary: ParseResult) -> [Row] {
    let results = reported(in: summary.document)
    return Target.all(in: plan).map { target in
      guard let match = bestMatch(for: target, among: results) else {
        return Row(target: target, result: nil, resultText: nil, resultSentence: nil, outcome: .notReported)
      }
      return Row(
        target: target, result: match, resultText: summary.source[match.span],
        resultSentence: Sentence.around(match.span, in: summary.source), outcome: outcome(target, match))
    }
  }

  /// Quantities a summary reports (status `actual`), attachments included.
  static func reported(in doc: Document) -> [Fact] {
    doc.facts.filter { $0.status == .actual && $0.subject != nil } + doc.attachments.flatMap(reported(in:))
  }

  /// The result with the same kind and unit whose subject shares the most with the target's.
  static func bestMatch(for target: Target, among results: [Fact]) -> Fact? {
    guard let subject = target.fact.subject else { return nil }
    var best: (Fact, Int)? = nil
    for r in results where r.kind == target.fact.kind && r.unit == target.fact.unit {
      let score = SubjectSimilarity.score(subject, r.subject ?? "")
      if score > (best?.1 ?? 0) { best = (r, score) }
    }
    return best?.0
  }

  static func outcome(_ target: Target, _ result: Fact) -> Outcome {
    guard case .amount(let actual) = result.value, let goal = target.value else { return .masked }
    let met: Bool
    switch target.fact.comparator {
    case .equal, .atLeast: met = actual >= goal
    case .greater: met = actual > goal
    case .atMost: met = actual <= goal
    case .less: met = actual < goal
    }
    return met ? .met : .notMet
  }
}

/// How much two subjects name the same thing: the length of their longest
/// common run of characters, counted only when it is substantial.
enum SubjectSimilarity {
  static func score(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
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
