/// One subject (and status) shared across a list of figures:
/// `高新技术和科技型企业分别突破330家、5900家` gives the subjects `高新技术企业` and
/// `科技型企业`. The shared qualifier (`>` for both) is the extractor's job.
enum ListDistribution {
  /// What may stand between two figures of one list.
  static let joiners: Set<String> = ["、", "和", "与", "及", "，"]
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
      facts[k].subject = head.subject
    }
    guard let shared = head.subject else { return }
    let clause = FactContextText(source: source, span: head.span, previousFactEnd: 0).clause
    guard clause.contains("分别") else { return }
    let phrase = shared.firstRange(of: "分别").map { String(shared[..<$0.lowerBound]) } ?? shared
    let parts = split(phrase)
    guard parts.count == list.count else { return }
    for (k, part) in zip(list, parts) { facts[k].subject = part }
  }

  /// `高新技术和科技型企业` → `高新技术企业`, `科技型企业`: parts without the
  /// head noun of the last part borrow it. The head is the last part's last
  /// word by ICU segmentation (`装备制造业增加值` → `增加值`), or its last two
  /// characters when ICU is unavailable.
  static func split(_ phrase: String) -> [String] {
    let parts = phrase.split(whereSeparator: { partJoiners.contains($0) }).map(String.init)
    guard let last = parts.last, last.count >= 2 else { return parts }
    let headNoun = lastWord(last) ?? String(last.suffix(2))
    return parts.map { $0.hasSuffix(headNoun) ? $0 : $0 + headNoun }
  }

  /// The last word of `text` by ICU word segmentation; a one-character suffix
  /// joins the word before it (`增加` + `值` → `增加值`, `制造` + `业`).
  static func lastWord(_ text: String) -> String? {
    let source = SourceText(name: "", text: text)
    guard let words = try? Tokenizer().words(in: source, span: Span(0, source.count)).filter({ $0.kind == .word }),
      var head = words.last?.span
    else { return nil }
    if head.length == 1, words.count >= 2 { head = Span(words[words.count - 2].span.start, head.end) }
    return head.length >= 2 && head.length < source.count ? source[head] : nil
  }
}
