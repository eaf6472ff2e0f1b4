/// Finds what a quantity measures, as written: the noun right after a count
/// (`120家企业`), or the clause before the figure without its cue words and
/// linking verb (`力争培育科技型企业50家以上` → `培育科技型企业`).
///
/// Works on scalar arrays; only the answer becomes a `String`.
enum SubjectFinder {
  typealias Scalars = [Unicode.Scalar]
  static let maximumLength = 24

  /// The subject of a fact of `kind` and `unit` with context `context`, or nil when none is written.
  static func subject(kind: Fact.Kind, unit: String?, context: FactContextText) -> String? {
    let scalars = context.source.scalars
    let found: Scalars?
    if kind == .count, let unit, AnalysisLexicon.nounClassifiers.contains(unit),
      let noun = followingNoun(scalars[context.followingSpan.range])
    {
      // Cut short by the reach, not by a stop: end at the last whole word.
      found = context.followingIsCut && noun.count == context.followingSpan.length ? wholeWords(noun, context) : noun
    } else if let before = preceding(Array(scalars[context.clauseSpan.range]), keepingGrowth: kind == .percent) {
      found = before
    } else if !context.followsFigureInClause {
      found = borrowed(Array(scalars[context.previousClauseSpan.range]))
    } else {
      found = nil  // 从82.4岁提升至83.9岁: the figure before names it
    }
    guard let subject = found.map(dropLightVerbs), subject.count >= 2 else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: subject)
    return String(view)
  }

  /// A subject from the clause before (…新培育市级科技型企业**家，累计达到***家):
  /// its text before any figure, without the reporting verb.
  static func borrowed(_ clause: Scalars) -> Scalars? {
    var text = Array(stripLeading(clause).prefix { SmallNumeral.arabicDigit($0) == nil && $0 != "*" && $0 != "＊" })
    if let verb = AnalysisLexicon.reportingVerbs.prefix(of: text[...]) { text.removeFirst(verb) }
    return preceding(text, cutAtVerb: false)
  }

  /// A following noun cut by the reach, shortened to its last ICU word boundary
  /// (reading a few scalars past the cut, so a word that ends there is kept).
  static func wholeWords(_ noun: Scalars, _ context: FactContextText) -> Scalars {
    let start = context.followingSpan.start
    let end = min(context.source.count, context.followingSpan.end + 4)
    guard let words = try? Tokenizer().words(in: context.source, span: Span(start, end)),
      let cut = words.map({ $0.span.end - start }).last(where: { $0 <= noun.count }), cut >= 2
    else { return noun }
    return Array(noun[..<cut])
  }

  static func dropLightVerbs(_ text: Scalars) -> Scalars {
    var out: Scalars = []
    var i = 0
    while i < text.count {
      if let n = AnalysisLexicon.lightVerbs.prefix(of: text[i...]) {
        i += n
      } else {
        out.append(text[i])
        i += 1
      }
    }
    return out
  }

  /// `个市级众创空间、` → `市级众创空间`; nil unless a noun follows directly.
  static func followingNoun(_ text: ArraySlice<Unicode.Scalar>) -> Scalars? {
    var noun: Scalars = []
    for s in text {
      guard Words.isHan(s) || s == "“" || s == "”" else { break }
      noun.append(s)
      if let stop = AnalysisLexicon.followingStops.suffix(of: noun[...]) {
        noun.removeLast(stop)
        break
      }
    }
    return noun.count >= 2 ? noun : nil
  }

  /// The subject in the text before the figure.
  /// With `keepingGrowth`, a rate keeps its verb: `研发投入增长10%` measures 研发投入增长.
  static func preceding(_ clause: Scalars, cutAtVerb: Bool = true, keepingGrowth: Bool = false) -> Scalars? {
    var text = stripLeading(clause.filter { !$0.isBlank })
    while cutAtVerb, let (at, length) = AnalysisLexicon.linkingVerbs.firstMatch(in: text[...]) {
      if at >= 2 {
        let verb = text[at..<at + length]
        text = Array(text[..<at])
        if keepingGrowth && AnalysisLexicon.growthVerbs.occurs(in: verb) { text += verb }
        break
      }
      text = stripLeading(Array(text[(at + length)...]))
    }
    if let n = AnalysisLexicon.trailingWords.suffix(of: text[...]) { text.removeLast(n) }
    while let last = text.last, "的了均约近共".unicodeScalars.contains(last) { text.removeLast() }
    if text.count > maximumLength {
      // Keep the end, starting after a list comma where there is one, not mid-word.
      text = Array(text.suffix(maximumLength))
      if let comma = text.firstIndex(of: "、") { text = stripLeading(Array(text[(comma + 1)...])) }
    }
    return text.count >= 2 ? text : nil
  }

  /// Drops cue words (力争, 全年…), a leading year or date (`2024年`) and list
  /// punctuation left by a figure before (`、能源投资`), which are context.
  static func stripLeading(_ text: Scalars) -> Scalars {
    var start = 0
    var changed = true
    while changed {
      changed = false
      if let n = AnalysisLexicon.leadingNoise.prefix(of: text[start...]) {
        start += n
        changed = true
      }
      while start < text.count,
        SmallNumeral.arabicDigit(text[start]) != nil || "年月日*＊、，,".unicodeScalars.contains(text[start])
      {
        start += 1
        changed = true
      }
    }
    return Array(text[start...])
  }
}
