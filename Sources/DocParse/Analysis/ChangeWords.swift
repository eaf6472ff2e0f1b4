/// `由120元提高到200元`, `从35元提高至40元`: a change from a level to a new one.
/// The first figure is the level that stands (a result, even in a plan); the
/// second is where it goes.
enum ChangeWords {
  /// Words before the first figure.
  static let from: Set<Unicode.Scalar> = ["由", "从"]
  /// What may stand between `由` and the figure (`由每人每年120元`).
  static let scopes = ["每人每年", "人均", "每人", "每年", "年人均", "去年的", "上年的"].map { Array($0.unicodeScalars) }
  /// Verbs between the two figures.
  static let verbs = WordList([
    "提高到", "提高至", "增加到", "增加至", "提升到", "提升至", "上调到", "上调至", "扩大到", "扩大至", "降低到", "降低至",
    "下降到", "下降至", "减少到", "减少至", "降到", "降至", "增至", "提至",
  ])

  /// Whether the figure at `span` is the `X` of `由X提高到Y`.
  static func isFromValue(_ span: Span, in source: SourceText) -> Bool {
    let s = source.scalars
    var i = span.start
    guard i > 0, span.end < s.count else { return false }
    // Past a scope word right before the figure.
    for w in scopes {
      if i >= w.count && s[(i - w.count)..<i].elementsEqual(w) {
        i -= w.count
        break
      }
    }
    guard i > 0, from.contains(s[i - 1]) else { return false }
    return verbs.firstMatch(in: s[span.end..<min(s.count, span.end + 4)])?.at == 0
  }

  /// Whether the figure at `span` is the `Y` of `由X提高到Y` (`从去年的2.1%提高到2.3%`):
  /// a change verb right before it, and a figure right after `由`/`从` before that.
  static func isToValue(_ span: Span, in source: SourceText) -> Bool {
    let s = source.scalars
    let floor = max(0, span.start - 40)
    // The verb ends right at the figure (`提高到2.3%`, `提高到每人每年380元` aside: scopes are skipped).
    var end = span.start
    for w in scopes where end >= w.count && s[(end - w.count)..<end].elementsEqual(w) {
      end -= w.count
      break
    }
    guard let verb = verbs.firstMatch(in: s[max(floor, end - 3)..<end]), max(floor, end - 3) + verb.at + verb.length == end
    else { return false }
    // Before the verb, within the clause: `由…X` or `从…X`.
    var i = max(floor, end - 3) + verb.at - 1
    while i > floor && !"，。；：,;".unicodeScalars.contains(s[i]) {
      if from.contains(s[i]) { return true }
      i -= 1
    }
    return false
  }
}
