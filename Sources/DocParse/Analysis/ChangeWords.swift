/// `由120元提高到200元`, `从35元提高至40元`: a change from a level to a new one.
/// The first figure is the level that stands (a result, even in a plan); the
/// second is where it goes.
enum ChangeWords {
  /// What ends a clause.
  static let clauseStops = ScalarSet("，。；：,;".unicodeScalars)
  /// Words before the first figure.
  static let from: ScalarSet = ["由", "从"]
  /// What may stand between `由` and the figure (`由每人每年120元`).
  static let scopes = ["每人每年", "人均", "每人", "每年", "年人均", "去年的", "上年的"].map { Array($0.unicodeScalars) }
  /// The scalars the scopes end with: before anything else, no scope is tried.
  static let scopeEnds = ScalarSet(scopes.map { $0[$0.count - 1] })
  /// Verbs between the two figures.
  static let verbs = WordList([
    "提高到", "提高至", "增加到", "增加至", "提升到", "提升至", "上调到", "上调至", "扩大到", "扩大至", "降低到", "降低至",
    "下降到", "下降至", "减少到", "减少至", "降到", "降至", "增至", "提至",
  ])

  /// Where the text before `i` starts once a scope is passed (`每人每年`,
  /// `去年的`, `2009年的`, `2009年底的`); `i` when there is none.
  static func pastScope(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    if i > 0 && scopeEnds.contains(s[i - 1]) {
      for w in scopes where i >= w.count && s[(i - w.count)..<i].elementsEqual(w) { return i - w.count }
    }
    var j = i
    if j > 0 && s[j - 1] == "的" { j -= 1 }
    if j > 0 && s[j - 1] == "底" { j -= 1 }
    if j >= 5 && s[j - 1] == "年" && s[(j - 5)..<(j - 1)].allSatisfy({ ("0"..."9").contains($0) }) { return j - 5 }
    return i
  }

  /// The offset of `由`/`从` when the figure at `span` is the `X` of `由X提高到Y`.
  static func fromWordOfFromValue(_ span: Span, in source: SourceText) -> Int? {
    let s = source.scalars
    guard span.start > 0, span.end < s.count else { return nil }
    let i = pastScope(s, span.start)
    guard i > 0, from.contains(s[i - 1]),
      verbs.firstMatch(in: s[span.end..<min(s.count, span.end + 4)])?.at == 0
    else { return nil }
    return i - 1
  }

  /// The offset of `由`/`从` when the figure at `span` is the `Y` of `由X提高到Y`
  /// (`从去年的2.1%提高到2.3%`): a change verb right before it, `由`/`从` before that in the clause.
  static func fromWordOfToValue(_ span: Span, in source: SourceText) -> Int? {
    let s = source.scalars
    let floor = max(0, span.start - 40)
    let end = pastScope(s, span.start)
    let from3 = max(floor, end - 3)
    guard end > from3, let verb = verbs.firstMatch(in: s[from3..<end]), from3 + verb.at + verb.length == end else {
      return nil
    }
    var i = from3 + verb.at - 1
    while i > floor && !Self.clauseStops.contains(s[i]) {
      if from.contains(s[i]) { return i }
      i -= 1
    }
    return nil
  }

  /// Whether the figure at `span` is the `X` of `由X提高到Y`.
  static func isFromValue(_ span: Span, in source: SourceText) -> Bool { fromWordOfFromValue(span, in: source) != nil }

  /// Whether the figure at `span` is the `Y` of `由X提高到Y`.
  static func isToValue(_ span: Span, in source: SourceText) -> Bool { fromWordOfToValue(span, in: source) != nil }
}
