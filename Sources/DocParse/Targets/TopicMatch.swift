/// A second way to find a target's result, when no result's subject names
/// it: the result whose sentence, up to the figure, shares a long run of Han
/// text with the target's own clauses (`将新型农村社会养老保险试点范围扩大到全国40%的县`
/// and `开展新型农村社会养老保险试点，…，覆盖面扩大到60％以上`): the two speak of the
/// same programme even where the subjects (`…试点范围`, `覆盖面`) differ. The
/// target's text starts after the figure before it in its sentence, which
/// is about something else (`国内生产总值增长7%左右，进出口增长6%左右`).
struct TopicIndex {
  /// How long a shared run must be: a programme's name, not a common word.
  static let runLength = 8
  /// How far before a figure its sentence is read.
  static let reach = 80

  let results: [Fact]
  let leads: [[Unicode.Scalar]]
  /// Results by the runs of `runLength` Han scalars in their leads.
  private var byRun: [[Unicode.Scalar]: [Int]] = [:]

  init(_ results: [Fact], source: SourceText) {
    self.results = results
    leads = results.map { Self.lead(of: $0.span, in: source) }
    for (k, lead) in leads.enumerated() {
      var seen = Set<ArraySlice<Unicode.Scalar>>()
      for run in Self.runs(in: lead) where seen.insert(run).inserted { byRun[Array(run), default: []].append(k) }
    }
  }

  /// The sentence before a figure (at most `reach` scalars, not before `floor`).
  static func lead(of span: Span, in source: SourceText, floor: Int = 0) -> [Unicode.Scalar] {
    let s = source.scalars
    var start = span.start
    while start > floor && span.start - start < reach && !FactContextText.sentenceBreaks.contains(s[start - 1]) {
      start -= 1
    }
    return Array(s[start..<span.start])
  }

  /// Every run of `runLength` Han scalars in `text`.
  static func runs(in text: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
    var found: [ArraySlice<Unicode.Scalar>] = []
    var hanSince = 0
    for i in text.indices {
      if !Words.isHan(text[i]) {
        hanSince = i + 1
      } else if i + 1 - hanSince >= runLength {
        found.append(text[(i + 1 - runLength)...i])
      }
    }
    return found
  }

  /// The result of the same kind and unit whose lead shares the longest run
  /// with the target's (at least `runLength`), the earlier on a tie; `floor`
  /// is the end of the figure before the target.
  func match(_ target: Fact, in source: SourceText, floor: Int) -> Fact? {
    let lead = Self.lead(of: target.span, in: source, floor: floor)
    var candidates = Set<Int>()
    for run in Self.runs(in: lead) {
      for k in byRun[Array(run)] ?? [] where results[k].kind == target.kind && results[k].unit == target.unit {
        candidates.insert(k)
      }
    }
    var best: (k: Int, length: Int)? = nil
    for k in candidates.sorted() {
      let length = SubjectSimilarity.measure(lead, leads[k]).longest
      if best == nil || length > best!.length { best = (k, length) }
    }
    return best.map { results[$0.k] }
  }
}
