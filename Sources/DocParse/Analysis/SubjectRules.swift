/// Subject rules for particular constructions: a rate paid on a base, a
/// share of a base, a bound in an inclusion note, a fine after its bounds,
/// what the clause before grants.
extension SubjectFinder {
  /// What is paid at a rate of a base: the object of the paying verb after the
  /// figure (`按起始价20%缴纳竞买保证金`), else what stands before 按 (`竞买保证金按起始价20%缴纳`).
  static func paidAtRate(_ context: FactContextText) -> Span? {
    let s = context.source.scalars
    let end = context.followingSpan.start
    // Not a noun (`依3%征收率`).
    guard end < s.count, let verb = AnalysisLexicon.payingVerbs.prefix(of: s[end...]),
      end + verb == s.count || s[end + verb] != "率", let framing = lastFraming(context.clauseSpan, in: s)
    else { return nil }
    if let object = following(context, from: end + verb) { return object }
    guard framing.start - context.clauseSpan.start >= 2 else { return nil }
    return preceding(Span(context.clauseSpan.start, framing.start), in: context.source)
  }

  /// The text before the threshold word of `…不超过Y的` ending the clause, or
  /// nil when the clause is not so.
  static func shareOfBase(_ context: FactContextText) -> Span? {
    let clause = context.clauseSpan
    let s = context.source.scalars
    guard clause.length >= 3, s[clause.end - 1] == "的",
      let (at, _) = AnalysisLexicon.thresholdVerbs.firstMatch(in: s[clause.range])
    else { return nil }
    return Span(clause.start, clause.start + at)
  }

  /// Whether the figure stands in a bracket noting whether a bound is included
  /// (`90-144平方米(不含144平方米)`): that bound's subject is the range's, not in the note.
  static func inclusionNote(_ context: FactContextText) -> Bool {
    let s = context.source.scalars
    let figure = context.clauseSpan.end
    // Every note ends in 含 or 括 (`不含`, `包括`).
    guard figure > 0, s[figure - 1] == "含" || s[figure - 1] == "括" else { return false }
    let from = max(context.sentenceSpan.start, figure - 4)
    guard let open = (from..<figure).last(where: { s[$0] == "(" || s[$0] == "（" }) else { return false }
    return AnalysisLexicon.inclusionWords.prefix(of: s[open + 1..<figure]) == figure - open - 1
  }

  /// The noun after a note on the figure's bound (`90平方米以下(含90平方米)住房` → `住房`):
  /// not a unit the note cut off (`4万(不含)平方米`), a figure or a verb (`(含5年)不低于`).
  static func notedNoun(_ context: FactContextText, after end: Int) -> Span? {
    let s = context.source.scalars
    let next = pastInclusionNote(end, in: s)
    guard next > end, next < s.count, s[next] != "不", !NumeralChars.canStart(s[next]),
      AnalysisLexicon.perUnits.prefix(of: s[next...]) == nil, let noun = following(context, from: next)
    else { return nil }
    return noun
  }

  /// Past a note on a bound right after a figure (`(含2年)`, `（不含）`), or `i`.
  static func pastInclusionNote(_ i: Int, in s: [Unicode.Scalar]) -> Int {
    guard i < s.count, s[i] == "(" || s[i] == "（" else { return i }
    var close = i + 1
    while close < min(s.count, i + 12), s[close] != ")" && s[close] != "）" { close += 1 }
    guard close < s.count, s[close] == ")" || s[close] == "）",
      let word = AnalysisLexicon.inclusionWords.prefix(of: s[(i + 1)..<close])
    else { return i }
    return word > 0 ? close + 1 : i
  }

  /// What may stand between a bound and the fine it bounds: the pair's other
  /// figure, its units and bound words (`1万元以上5万元以下的罚款`).
  static let fineBounds = ScalarSet("0123456789.０１２３４５６７８９零〇一二两三四五六七八九十百千万亿元倍以上下内至到-—~～、的及含（）()".unicodeScalars)

  /// `处1万元以上5万元以下罚款`, `并处违法所得一倍以上五倍以下的罚款`: the fine
  /// named right after the figure and its pair measures both.
  static func boundedFine(_ context: FactContextText) -> Span? {
    let s = context.source.scalars
    var i = context.followingSpan.start
    let limit = min(s.count, i + FactContextText.restReach)
    while i < limit && fineBounds.contains(s[i]) { i += 1 }
    guard i < limit, let n = AnalysisLexicon.fineNouns.prefix(of: s[i..<limit]) else { return nil }
    return Span(i, i + n)
  }

  /// What the clause grants after its last grant verb, when no figure is in
  /// it (`对符合条件的企业给予一次性奖励` → `一次性奖励`; `按契税总额80%给予补贴` → `补贴`).
  static func granted(_ clause: Span, in source: SourceText) -> Span? {
    let s = source.scalars
    var i = clause.end - 2
    while i >= clause.start {
      // Not an attribute (`每百元固定资产净值提供的税收利润`): that names the subject whole.
      if let n = AnalysisLexicon.grantVerbs.prefix(of: s[i..<clause.end]), i + n == clause.end || s[i + n] != "的" {
        let object = Span(i + n, clause.end)
        if s[object.range].contains(where: { SmallNumeral.arabicDigit($0) != nil || NumeralChars.isMask($0) }) {
          return nil
        }
        return preceding(object, in: source, cutAtVerb: false)
      }
      i -= 1
    }
    return nil
  }
}
