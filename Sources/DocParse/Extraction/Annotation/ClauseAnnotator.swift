/// Fills `status` and `subject` of quantities from the sentence around them:
/// a goal (`力争`, `确保`) is a target, a reported verb (`新培育`, `累计`) an
/// actual result; the subject is the text just before the number.
enum ClauseAnnotator {
  static let quantities: Set<Fact.Kind> = [.money, .count, .percent, .multiple, .duration]

  /// Annotates the quantities of `facts` in place.
  static func annotate(_ facts: inout [Fact], in x: ScanText) {
    for k in facts.indices where quantities.contains(facts[k].kind) {
      let sentence = sentenceStart(before: facts[k].span.start, in: x)
      facts[k].status = status(from: sentence, to: facts[k].span.start, in: x)
      facts[k].subject = subject(of: facts[k], in: x)
      if facts[k].subject == nil, k > 0, let c = x.at(facts[k].span.start - 1), c == "、" || c == "和" {
        facts[k].subject = facts[k - 1].subject
      }
    }
  }

  private static func sentenceStart(before i: Int, in x: ScanText) -> Int {
    var k = i
    while k > x.lower, i - k < 120, let c = x.at(k - 1), c != "。", c != "；", c != "\n", c != "！", c != "？" { k -= 1 }
    return k
  }

  /// Target if a goal word is in the sentence before the fact, else actual if a result word is.
  private static func status(from start: Int, to end: Int, in x: ScanText) -> Fact.Status? {
    if x.has("最高", at: end) || x.has("不超过", at: end) { return nil }
    var sawActual = false
    var k = start
    while k < end {
      if x.match(ClauseWords.target, at: k).map({ $0.end <= end }) == true { return .target }
      if !sawActual, x.match(ClauseWords.actual, at: k).map({ $0.end <= end }) == true { sawActual = true }
      k += 1
    }
    return sawActual ? .actual : nil
  }

  /// The noun phrase after the fact (`5个市级众创空间`) or else the text right before it
  /// (`培育科技型企业50家`), without lead and tail words.
  private static func subject(of fact: Fact, in x: ScanText) -> String? {
    var end = fact.span.end
    while let c = x.at(end), !ClauseWords.endsPhrase(c), end - fact.span.end < 16 { end += 1 }
    if end - fact.span.end >= 2, x.match(ClauseWords.actual, at: fact.span.end) == nil,
      x.match(QualifierWords.after, at: fact.span.end) == nil
    {
      return text(fact.span.end, end, in: x)
    }
    return before(fact.span.start, in: x)
  }

  private static func before(_ i: Int, in x: ScanText) -> String? {
    var end = i
    while let t = x.match(ClauseWords.subjectTails, endingAt: end), t.start < end { end = t.start }
    var start = end
    while start > x.lower, end - start < 20, let c = x.at(start - 1), !ClauseWords.endsPhrase(c) { start -= 1 }
    while let l = x.match(ClauseWords.subjectLeads, at: start), l.end < end { start = l.end }
    return end - start >= 2 ? text(start, end, in: x) : nil
  }

  private static func text(_ start: Int, _ end: Int, in x: ScanText) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: x.s[start..<end])
    return String(view)
  }
}
