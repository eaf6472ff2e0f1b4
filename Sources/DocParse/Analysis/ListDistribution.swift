/// One subject (and status) shared across a list of figures:
/// `高新技术和科技型企业分别突破330家、5900家` gives the subjects `高新技术企业` and
/// `科技型企业`. The shared qualifier (`>` for both) is the extractor's job.
enum ListDistribution {
  /// What may stand between two figures of one list.
  static let joiners: WordSet = ["、", "和", "与", "及", "，"]
  /// What joins the named parts of a shared subject.
  static let partJoiners: [Character] = ["和", "与", "及", "、"]

  static func apply(_ facts: inout [Fact], source: SourceText) {
    var i = 0
    while i < facts.count {
      var j = i
      while j + 1 < facts.count, facts[j + 1].kind == facts[i].kind, joins(facts[j], facts[j + 1], in: source) {
        j += 1
      }
      if j > i { distribute(&facts, i...j, source: source) }
      i = j + 1
    }
  }

  /// Whether only a joiner (`、`, `和`, …) stands between two facts.
  static func joins(_ a: Fact, _ b: Fact, in source: SourceText) -> Bool {
    b.span.start >= a.span.end && b.span.start - a.span.end <= 1
      && joiners.contains(source[Span(a.span.end, b.span.start)])
  }

  private static func distribute(_ facts: inout [Fact], _ list: ClosedRange<Int>, source: SourceText) {
    let head = facts[list.lowerBound]
    for k in list.dropFirst() {
      if facts[k].status == nil { facts[k].status = head.status }
      facts[k].subjectSpan = head.subjectSpan
    }
    guard let shared = head.subjectSpan else { return }
    let clause = FactContextText(source: source, span: head.span, previousFactEnd: 0).clause
    guard clause.contains("分别") else { return }
    var phrase = shared
    if let at = source.firstSpan(of: "分别", in: shared, ignoringBlanks: false) { phrase = Span(shared.start, at.start) }
    let parts = split(phrase, in: source)
    guard parts.count == list.count else { return }
    for (k, part) in zip(list, parts) {
      facts[k].subjectSpan = part
    }
  }

  /// `高新技术和科技型企业` → `高新技术`, `科技型企业`: the named parts, each
  /// where it is written (a subject is one contiguous piece of the source).
  static func split(_ phrase: Span, in source: SourceText) -> [Span] {
    var parts: [Span] = []
    var start = phrase.start
    for i in phrase.range where partJoiners.contains(Character(source.scalars[i])) {
      if i > start { parts.append(Span(start, i)) }
      start = i + 1
    }
    if start < phrase.end { parts.append(Span(start, phrase.end)) }
    return parts
  }
}
