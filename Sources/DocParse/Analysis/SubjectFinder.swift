/// Finds what a quantity measures, as written: the noun right after a count
/// (`120家企业`), or the clause before the figure without its cue words and
/// linking verb (`力争培育科技型企业50家以上` → `培育科技型企业`).
enum SubjectFinder {
  static let maximumLength = 24

  /// The subject of a fact with context `text`, or nil when none is written.
  static func subject(kind: Fact.Kind, context: FactContextText) -> String? {
    let found: String?
    if kind == .count, let noun = followingNoun(context.following) {
      found = noun
    } else if let before = preceding(context.clause, keepingGrowth: kind == .percent) {
      found = before
    } else {
      found = borrowed(context.previousClause)
    }
    return found.map(dropLightVerbs).flatMap { $0.count >= 2 ? $0 : nil }
  }

  /// A subject from the clause before (…新培育市级科技型企业**家，累计达到***家):
  /// its text before any figure, without the reporting verb.
  static func borrowed(_ clause: String) -> String? {
    let words = stripLeading(clause).prefix { !$0.isNumber && $0 != "*" && $0 != "＊" }
    var text = String(words)
    for verb in AnalysisLexicon.reportingVerbs where text.hasPrefix(verb) { text.removeFirst(verb.count) }
    return preceding(text, cutAtVerb: false)
  }

  static func dropLightVerbs(_ text: String) -> String {
    AnalysisLexicon.lightVerbs.reduce(text) { $0.replacing($1, with: "") }
  }

  /// `个市级众创空间、` → `市级众创空间`; nil unless a noun follows directly.
  static func followingNoun(_ text: String) -> String? {
    var noun = ""
    for c in text {
      guard c.unicodeScalars.allSatisfy({ isHan($0) || $0 == "“" || $0 == "”" }) else { break }
      noun.append(c)
      if let stop = AnalysisLexicon.followingStops.first(where: { noun.hasSuffix($0) }) {
        noun.removeLast(stop.count)
        break
      }
    }
    return noun.count >= 2 ? noun : nil
  }

  /// The subject in the text before the figure.
  /// With `keepingGrowth`, a rate keeps its verb: `研发投入增长10%` measures 研发投入增长.
  static func preceding(_ clause: String, cutAtVerb: Bool = true, keepingGrowth: Bool = false) -> String? {
    var text = stripLeading(clause.filter { !$0.isWhitespace })
    while cutAtVerb, let (before, after, verb) = splitAtLinkingVerb(text) {
      if before.count >= 2 {
        text = keepingGrowth && AnalysisLexicon.growthVerbs.contains(verb) ? before + verb : before
        break
      }
      text = stripLeading(after)
    }
    if text.hasSuffix("分别") { text.removeLast(2) }
    while let last = text.last, "的了均约近共".contains(last) { text.removeLast() }
    if text.count > maximumLength { text = String(text.suffix(maximumLength)) }
    return text.count >= 2 ? text : nil
  }

  /// Splits at the first linking verb (达到, 实现, 增长, 达, …).
  static func splitAtLinkingVerb(_ text: String) -> (before: String, after: String, verb: String)? {
    var best: (Range<String.Index>, String)? = nil
    for verb in AnalysisLexicon.linkingVerbs {
      if let r = text.firstRange(of: verb), best == nil || r.lowerBound < best!.0.lowerBound { best = (r, verb) }
    }
    guard let (range, verb) = best else { return nil }
    return (String(text[..<range.lowerBound]), String(text[range.upperBound...]), verb)
  }

  static func stripLeading(_ text: String) -> String {
    var text = Substring(text)
    var changed = true
    while changed {
      changed = false
      for word in AnalysisLexicon.leadingNoise where text.hasPrefix(word) {
        text = text.dropFirst(word.count)
        changed = true
      }
      // A leading year or date (`2024年，`) is context, not the subject.
      while let c = text.first, c.isNumber || "年月日*＊".contains(c) {
        text = text.dropFirst()
        changed = true
      }
    }
    return String(text)
  }

  static func isHan(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
  }
}
