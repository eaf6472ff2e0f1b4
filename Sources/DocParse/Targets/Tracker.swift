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
    let results = reported(in: summary.document, source: summary.source)
    let index = ResultIndex(results, source: summary.source)
    let topics = TopicIndex(results, source: summary.source)
    let planEnds = Self.allFacts(of: plan.document).map(\.span.end).sorted()
    let judgments = Self.judgments(in: summary.source)
    return Target.all(in: plan).map { target in
      let indicator = target.fact.subject.map { Indicator(subject: $0) }
      func notReported(_ reason: String, sentence: String? = nil) -> Row {
        Row(
          target: target, result: nil, resultText: nil, resultSentence: sentence, outcome: .notReported,
          indicator: indicator?.head, direction: direction(target, indicator), reason: reason)
      }
      // A goal for several years (`“十一五”期间…降低20%`) is not judged by one year's figure.
      let sections = Self.innermostDocument(containing: target.fact.span, in: plan.document).sections
      if ReviewPeriod.coversSeveralYears(target.fact, in: plan.source, sections: sections) {
        return notReported("a goal for several years: one year's result does not judge it")
      }
      let before = SortedSearch.countStarting(atOrBefore: target.fact.span.start, count: planEnds.count) { planEnds[$0] }
      let floor = before > 0 ? planEnds[before - 1] : 0
      guard let match = index.bestMatch(for: target) ?? topics.match(target.fact, in: plan.source, floor: floor) else {
        // No figure; the review may still judge the goal in words (`预期增长目标未能实现`).
        guard let words = judgments.first(where: { Self.judges($0.text, target, indicator) }) else {
          return notReported("no result for this indicator")
        }
        return notReported("no figure; the summary judges it in words: \(words.phrase)", sentence: words.text)
      }
      let (outcome, reason) = verdict(target, match, indicator)
      return Row(
        target: target, result: match, resultText: summary.source[match.span],
        resultSentence: Sentence.around(match.span, in: summary.source), outcome: outcome,
        indicator: indicator?.head, direction: direction(target, indicator), reason: reason)
    }
  }

  /// The facts of a document and its attachments.
  static func allFacts(of doc: Document) -> [Fact] { doc.facts + doc.attachments.flatMap(allFacts) }

  /// The document or attached document a span lies in (a fact's section path indexes its sections).
  static func innermostDocument(containing span: Span, in doc: Document) -> Document {
    var current = doc
    while let inner = current.attachments.first(where: { $0.span.contains(span) }) { current = inner }
    return current
  }

  /// Sentences of a summary that judge goals in words, with the phrase that judges.
  static func judgments(in source: SourceText) -> [(text: String, phrase: String)] {
    var out: [(String, String)] = []
    var start = 0
    let s = source.scalars
    for i in 0...s.count where i == s.count || FactContextText.sentenceBreaks.contains(s[i]) {
      if i > start, i - start < 300 {
        let sentence = source[Span(start, i)].trimmingBlanks
        if sentence.contains("目标"), let phrase = TrackingLexicon.judgments.first(where: { sentence.contains($0) }) {
          out.append((sentence, phrase))
        }
      }
      start = i + 1
    }
    return out
  }

  /// Whether a judging sentence speaks of this target: it names the target's
  /// indicator word, or shares a run of three characters with its subject.
  static func judges(_ sentence: String, _ target: Target, _ indicator: Indicator?) -> Bool {
    guard let subject = target.fact.subject else { return false }
    let text = Array(sentence.unicodeScalars)
    // A share (`教育经费支出占国内生产总值`) is named by what it is a share of.
    if let share = indicator?.shareOf, !share.isEmpty {
      return SubjectSimilarity.measure(Array(share.unicodeScalars), text).longest >= 3
    }
    if let head = indicator?.head, sentence.contains(head) { return true }
    return SubjectSimilarity.measure(Array(subject.unicodeScalars), text).longest >= 3
  }

  /// Quantities a summary reports for one year (status `actual`), attachments included.
  static func reported(in doc: Document, source: SourceText) -> [Fact] {
    doc.facts.filter {
      $0.status == .actual && $0.subject != nil
        && !ReviewPeriod.coversSeveralYears($0, in: source, sections: doc.sections)
    } + doc.attachments.flatMap { reported(in: $0, source: source) }
  }

  /// Results indexed by the three-character runs of their subjects: a result can
  /// only match when the subjects share a run of three (`SubjectSimilarity`),
  /// so each target is compared with the results sharing one, not with all.
  struct ResultIndex {
    let results: [Fact]
    let subjects: [[Unicode.Scalar]]
    var byTrigram: [UInt64: [Int]] = [:]

    /// Three scalars as one key (21 bits each).
    static func trigram(_ s: [Unicode.Scalar], _ i: Int) -> UInt64 {
      UInt64(s[i].value) << 42 | UInt64(s[i + 1].value) << 21 | UInt64(s[i + 2].value)
    }

    let indicators: [Indicator]
    var byHead: [String: [Int]] = [:]
    /// Results that are the X of `由X提高到Y`.
    var fromValues: Set<Int> = []

    init(_ results: [Fact], source: SourceText? = nil) {
      self.results = results
      subjects = results.map { Array(($0.subject ?? "").unicodeScalars) }
      indicators = results.map { Indicator(subject: $0.subject ?? "") }
      for (k, i) in indicators.enumerated() {
        if let head = i.head { byHead[head, default: []].append(k) }
        if let source, ChangeWords.isFromValue(results[k].span, in: source) { fromValues.insert(k) }
      }
      for (k, s) in subjects.enumerated() where s.count >= 3 {
        var seen = Set<UInt64>()
        for i in 0...(s.count - 3) {
          let key = Self.trigram(s, i)
          if seen.insert(key).inserted { byTrigram[key, default: []].append(k) }
        }
      }
    }

    func bestMatch(for target: Target) -> Fact? {
      guard let subject = target.fact.subject else { return nil }
      let indicator = Indicator(subject: subject)
      let t = Array(subject.unicodeScalars)
      guard t.count >= 3 else { return nil }
      // Shared runs of three per result: a common run of length m holds m - 2 of them,
      // and a match needs m >= 3 and at least half the shorter subject.
      var shared: [Int: Int] = [:]
      var seen = Set<UInt64>()
      for i in 0...(t.count - 3) {
        let key = Self.trigram(t, i)
        guard seen.insert(key).inserted else { continue }
        for k in byTrigram[key] ?? [] { shared[k, default: 0] += 1 }
      }
      // Results naming the same indicator are candidates too (`能耗强度下降` and
      // `单位国内生产总值能耗下降` share no run of three).
      var candidates = shared.filter { $0.value >= max(1, (min(t.count, subjects[$0.key].count) + 1) / 2 - 2) }
      if let head = indicator.head {
        for k in byHead[head] ?? [] where candidates[k] == nil { candidates[k] = 0 }
      }
      var best: (k: Int, score: Int, from: Bool)? = nil
      // In result order, so that ties go to the earlier result, except that
      // the X of `由X提高到Y` yields to a figure that is not one.
      for (k, _) in candidates.sorted(by: { $0.key < $1.key })
      where results[k].kind == target.fact.kind && results[k].unit == target.fact.unit
        && indicator.agrees(with: indicators[k])
      {
        var score = SubjectSimilarity.score(t, subjects[k])
        if score == 0, indicator.head != nil, indicator.head == indicators[k].head {
          let m = SubjectSimilarity.measure(t, subjects[k])
          if m.coverage * 2 >= min(t.count, subjects[k].count) { score = m.coverage }
        }
        guard score > 0 else { continue }
        let from = fromValues.contains(k)
        if best == nil || score > best!.score || (score == best!.score && best!.from && !from) {
          best = (k, score, from)
        }
      }
      return best.map { results[$0.k] }
    }
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
    guard case .amount(let actual) = result.value else { return (.masked, "the result's digits are masked") }
    // `增长6.5%－7%`: a band; the low end is the floor (the high end the ceiling for a ceiling indicator).
    if case .range(let lo, let hi) = target.fact.value {
      if indicator?.isCeiling == true {
        return (actual <= hi ? .met : .notMet, "\(actual) \(actual <= hi ? "≤" : ">") \(hi) (a ceiling, goal \(lo)–\(hi))")
      }
      return (actual >= lo ? .met : .notMet, "\(actual) \(actual >= lo ? "≥" : "<") \(lo) (goal \(lo)–\(hi))")
    }
    guard let goal = target.value else { return (.masked, "the target's digits are masked") }
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

/// How much two subjects name the same thing: the characters their common
/// runs of two or more cover (longest first, each character used once), counted
/// only when one run has three characters and the runs cover half the shorter
/// subject (`新农合和城镇居民医保财政补助标准` and `各级财政对城镇居民医保和新农合的补助标准`).
enum SubjectSimilarity {
  static func score(_ a: String, _ b: String) -> Int { score(Array(a.unicodeScalars), Array(b.unicodeScalars)) }

  static func score(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
    let m = measure(x, y)
    return m.longest >= 3 && m.coverage * 2 >= min(x.count, y.count) ? m.coverage : 0
  }

  /// Characters covered by common runs of at least two, and the longest run.
  static func measure(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> (coverage: Int, longest: Int) {
    guard !x.isEmpty, !y.isEmpty else { return (0, 0) }
    var usedX = [Bool](repeating: false, count: x.count)
    var usedY = [Bool](repeating: false, count: y.count)
    var coverage = 0
    var longest = 0
    while true {
      // The longest common run over unused characters.
      var best = (length: 0, i: 0, j: 0)
      var previous = [Int](repeating: 0, count: y.count + 1)
      var row = previous
      for i in 1...x.count {
        for j in 1...y.count {
          row[j] = x[i - 1] == y[j - 1] && !usedX[i - 1] && !usedY[j - 1] ? previous[j - 1] + 1 : 0
          if row[j] > best.length { best = (row[j], i, j) }
        }
        swap(&previous, &row)
      }
      guard best.length >= 2 else { break }
      for k in 0..<best.length {
        usedX[best.i - 1 - k] = true
        usedY[best.j - 1 - k] = true
      }
      coverage += best.length
      longest = max(longest, best.length)
    }
    return (coverage, longest)
  }
}
