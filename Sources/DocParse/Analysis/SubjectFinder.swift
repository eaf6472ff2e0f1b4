/// Finds what a quantity measures, as one contiguous piece of the source:
/// the noun after the figure when that is what is measured (`120家企业`,
/// `17个“五星级”党组织`, `50%的首付款`, `执行20%最低首付比例`), otherwise the
/// clause before the figure without its cue, framing and linking words
/// (`力争培育科技型企业50家以上` → `培育科技型企业`, `按扣除标准的50%` → `扣除标准`).
enum SubjectFinder {
  /// Date units after a figure's date (`3月` `17日`).
  static let dateUnits = ScalarSet("年月日号".unicodeScalars)
  /// What a subject does not start with: dates, masks, list commas, `的`.
  static let leadingNoise = ScalarSet("*＊、，,的".unicodeScalars)
  /// Before `为`, what makes it part of a verb (`作为`, `认为`, `成为`).
  static let beforeWei = ScalarSet("行作认成因以称".unicodeScalars)
  /// What a subject does not end with (`的`, `了`, `均`, `约`).
  static let trailingNoise = ScalarSet("的了均约近共、".unicodeScalars)
  static let maximumLength = 24
  /// How far after a figure a following noun is read.
  static let followingLength = 16

  /// The span of the subject of a fact of `kind` and `unit` with context `context`, or nil when none is written.
  static func subject(kind: Fact.Kind, unit: String?, context: FactContextText) -> Span? {
    // A unit alone (`万亿元`, the tail of the figure before) names nothing.
    guard let span = find(kind: kind, unit: unit, context: context) else { return nil }
    let text = context.source.scalars[span.range]
    let unitOnly = text.count <= 4 && text.allSatisfy({ unitScalars.contains($0) })
    return unitOnly && !AnalysisLexicon.nounsOfUnitScalars.contains(text) ? nil : span
  }

  static let unitScalars = ScalarSet("万亿千百十元%％人个家项".unicodeScalars)

  private static func find(kind: Fact.Kind, unit: String?, context: FactContextText) -> Span? {
    let s = context.source.scalars
    let end = context.followingSpan.start
    // `财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%`: both levels of a
    // change measure what stands before `由`/`从`.
    let figure = Span(context.clauseSpan.end, end)
    if let f = ChangeWords.fromWordOfFromValue(figure, in: context.source)
      ?? ChangeWords.fromWordOfToValue(figure, in: context.source)
    {
      var a = f
      while a > context.sentenceSpan.start && !AnalysisLexicon.clauseBreaks.contains(s[a - 1]) { a -= 1 }
      if let own = preceding(Span(a, f), in: context.source) { return own }
    }
    if inclusionNote(context) { return nil }
    if let fine = boundedFine(context) { return fine }
    let ofNoun = end < s.count && s[end] == "的"
    // `购买90平方米以下(含90平方米)住房`: a note on the bound stands between the figure and its noun.
    let direct = following(context, from: ofNoun ? end + 1 : end)
    let noted = direct == nil ? notedNoun(context, after: end) : nil
    let after = direct ?? noted
    if kind == .count, unit == nil || AnalysisLexicon.nounClassifiers.contains(unit!), !ofNoun, let after {
      return after
    }
    // `50%的首付款`, `1000元的标准定额扣除`: the noun the figure qualifies; but in
    // `市辖区户籍人口超过100万的城市` the figure measures what comes before the threshold.
    if ofNoun, let after {
      // The threshold word is the end of the clause or the start of the figure's own text.
      let clause = context.source.scalars[context.clauseSpan.range]
      let start = context.clauseSpan.end
      let head = context.source.scalars[start..<min(context.followingSpan.start, start + 3)]
      // `稳定在5%左右的较低水平`: a level word after 的 says how the figure stands, not what it measures.
      let levelOnly = AnalysisLexicon.levelNouns.suffix(of: context.source.scalars[after.range]) != nil
      if levelOnly || AnalysisLexicon.thresholdVerbs.suffix(of: clause) != nil
        || AnalysisLexicon.thresholdVerbs.firstMatch(in: head)?.at == 0,
        let own = preceding(context.clauseSpan, in: context.source), own.length >= 3
      {
        return own
      }
      return after
    }
    // `5个工作日内重新提交`, `24个月内完成交付`: a time limit measures the act it limits
    // (past a modal, `1个月内必须缴清首付款`; past a bare verb, `3天内报送一般性信息`).
    if kind == .duration, end > 0, s[end - 1] == "内", after != nil {
      var from = end
      for modal in AnalysisLexicon.modals where context.source.scalars[from...].starts(with: modal.unicodeScalars) {
        from += modal.unicodeScalars.count
        break
      }
      // A bare verb with nothing after it (`一般性信息要在3天内报送，`) acts on what came before.
      if let act = following(context, from: from) {
        if act.length > 2 { return act }
        if let object = following(context, from: act.end) { return object }
      }
    }
    // `竞买保证金可按起始价20%缴纳`, `企业所得税按应纳税所得额的25%征收`: a rate paid on a
    // base measures what is paid, named before 按 (`分别按扣除标准的50%扣除` names none).
    if kind == .percent, let paid = paidAtRate(context) { return paid }
    // `首付款比例不得低于总房价的30%`: a share of a base measures what the threshold
    // bounds, named before the threshold word; not the base (nothing when the clause names nothing else).
    if kind == .percent, let base = shareOfBase(context) { return preceding(base, in: context.source) }
    let own = preceding(context.clauseSpan, in: context.source, keepingGrowth: kind == .percent)
    // `较上年增长**%`: a change of what the sentence is about, named before.
    if let o = own, AnalysisLexicon.bareChanges.contains(s[o.range]) { return nil }
    // `过去五年，…`, `今后五年`: a time word alone before a length of time says when it is.
    if own != nil, context.clauseSpan.length <= 8,
      AnalysisLexicon.timeSpans.contains(context.clauseScalars.filter { !$0.isBlank }[...])
    {
      return nil
    }
    // A bare verb before the figure (`发行1万亿元抗疫特别国债`, `原定的近2万亿元规模`), or
    // an adverb (`一次性给予10万元补助`): the noun after it.
    // Past a note, not for a noun linked to the figure by 在 (`房龄在1~30年(含)房款首付比例…`).
    if let o = own, o.length <= 2 || AnalysisLexicon.adverbs.contains(context.source.scalars[o.range]), let after,
      noted == nil || figure.start == 0 || s[figure.start - 1] != "在"
    {
      return after
    }
    if let own { return own }
    // Only framing before the figure (`按照每月1000元…`, `执行20%最低首付比例`): the noun after it.
    // (Not a verb alone after it: `由每年每人1.5万元提高至1.8万元`.)
    if let after, !context.clauseSpan.isEmpty, framedOnly(context.clauseSpan, in: context.source),
      AnalysisLexicon.linkingVerbs.prefix(of: s[after.range]) != after.length
    {
      return after
    }
    if !context.followsFigureInClause { return borrowed(context.previousClauseSpan, in: context.source) }
    return nil  // 从82.4岁提升至83.9岁: the figure before names it
  }

  // MARK: - After the figure

  /// The noun phrase starting at `start`: Han text, with `“…”` and `（…）` kept
  /// whole, up to a stop word, a clause break or `followingLength` scalars;
  /// when cut by the length, at the last ICU word boundary.
  static func following(_ context: FactContextText, from start: Int) -> Span? {
    let s = context.source.scalars
    var i = start
    var depth = 0
    let limit = min(s.count, start + followingLength)
    while i < limit {
      let c = s[i]
      if c == "“" || c == "（" || c == "(" || c == "《" {
        depth += 1
      } else if c == "”" || c == "）" || c == ")" || c == "》" {
        guard depth > 0 else { break }
        depth -= 1
      } else if depth == 0 && !Words.isHan(c) {
        break
      }
      i += 1
      if depth == 0, let stop = AnalysisLexicon.followingStops.suffix(of: s[start..<i]) {
        i -= stop
        break
      }
      if depth == 0, let verb = AnalysisLexicon.followingVerbs.suffix(of: s[start..<i]), i - verb > start {
        i -= verb
        break
      }
    }
    if depth > 0 { return nil }
    var span = Span(start, i)
    // A bracketed note after a figure (`80%(二孩)`) qualifies it; it is not what it measures.
    if start < s.count, s[start] == "(" || s[start] == "（" { return nil }
    if i == limit && i < s.count && Words.isHan(s[i]) { span = wholeWords(span, context.source, context.words) }
    guard span.length >= 2, !AnalysisLexicon.notMeasured.occurs(in: s[span.start..<min(span.end, span.start + 3)])
    else { return nil }
    return span
  }

  /// A noun cut by the reach, shortened to its last ICU word boundary
  /// (reading a few scalars past the cut, so a word that ends there is kept).
  static func wholeWords(_ span: Span, _ source: SourceText, _ breaker: WordBreaker?) -> Span {
    let end = min(source.count, span.end + 4)
    guard let words = (breaker ?? WordBreaker()).words(in: source, span: Span(span.start, end)),
      let cut = words.map(\.span.end).last(where: { $0 <= span.end }), cut - span.start >= 2
    else { return span }
    return Span(span.start, cut)
  }

  // MARK: - Before the figure

  /// The subject in `clause` (the text before the figure). With `keepingGrowth`,
  /// a rate keeps its verb: `研发投入增长10%` measures 研发投入增长.
  static func preceding(_ clause: Span, in source: SourceText, cutAtVerb: Bool = true, keepingGrowth: Bool = false)
    -> Span?
  {
    let s = source.scalars
    var a = clause.start
    var b = clause.end
    // After the last framing preposition: `…分别按扣除标准的` → `扣除标准的`.
    if let p = lastFraming(Span(a, b), in: s)?.end, b - p >= 2 { a = p }
    a = stripLeading(a, b, s)
    var from = a
    while cutAtVerb, from < b, let (at, length) = AnalysisLexicon.linkingVerbs.firstMatch(in: s[from..<b]) {
      let verbStart = from + at
      let verbEnd = verbStart + length
      // `对经济增长的贡献率`: a verb before 的 is part of the noun phrase.
      if verbEnd < b && s[verbEnd] == "的" {
        from = verbEnd
        continue
      }
      if verbStart - a >= 2 {
        b = keepingGrowth && AnalysisLexicon.growthVerbs.occurs(in: s[verbStart..<verbEnd]) ? verbEnd : verbStart
        break
      }
      a = stripLeading(verbEnd, b, s)
      from = a
    }
    // `利率较年初下降`, `零售总额比上年增长`: the comparison and its change are not measured.
    if let (at, length) = AnalysisLexicon.comparisons.firstMatch(in: s[a..<b]), at >= 2, b - (a + at + length) <= 4 {
      b = a + at
    }
    b = stripTrailing(a, b, s)
    if b - a > maximumLength {
      // Keep the end, starting after a list comma where there is one, not mid-word.
      a = b - maximumLength
      if let comma = (a..<b).first(where: { s[$0] == "、" }) { a = comma + 1 }
      a = stripLeading(a, b, s)
    }
    a = balanced(a, b, s)
    // A bracketed note alone (`(二孩)`) qualifies the figure before; it names nothing.
    if b - a >= 2, s[a] == "(" || s[a] == "（", s[b - 1] == ")" || s[b - 1] == "）",
      !(a + 1..<b - 1).contains(where: { s[$0] == ")" || s[$0] == "）" })
    {
      return nil
    }
    return b - a >= 2 ? Span(a, b) : nil
  }

  /// Where a subject starts so that its brackets and quotes are whole: after a
  /// closing mark whose opening is outside (`）总量` → `总量`) or an opening mark
  /// left open (`（同口径增长` → `同口径增长`).
  static func balanced(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int {
    var a = start
    var open: [Int] = []
    for i in start..<end {
      switch s[i] {
      case "（", "(", "“", "《": open.append(i)
      case "）", ")", "”", "》":
        if open.popLast() == nil { a = i + 1 }
      default: break
      }
    }
    if let last = open.last { a = max(a, last + 1) }
    return a
  }

  /// Whether only framing stands before the figure after the last framing
  /// preposition (`在…期间按照每月`).
  private static func framedAfterPreposition(_ clause: Span, in s: [Unicode.Scalar]) -> Bool {
    guard let p = lastFraming(clause, in: s)?.end else { return false }
    let a = stripLeading(p, clause.end, s)
    return stripTrailing(a, clause.end, s) - a < 2
  }

  /// Whether the clause before the figure holds only framing (`按照每个子女每月`, `执行`).
  static func framedOnly(_ clause: Span, in source: SourceText) -> Bool {
    let s = source.scalars
    let a = stripLeading(clause.start, clause.end, s)
    return stripTrailing(a, clause.end, s) - a < 2 || framedAfterPreposition(clause, in: s)
  }

  /// A subject from the clause before (…新培育市级科技型企业**家，累计达到***家):
  /// its text before any figure, without the reporting verb.
  static func borrowed(_ clause: Span, in source: SourceText) -> Span? {
    let s = source.scalars
    if let object = granted(clause, in: source) { return object }
    var a = stripLeading(clause.start, clause.end, s)
    var b = a
    while b < clause.end && SmallNumeral.arabicDigit(s[b]) == nil && s[b] != "*" && s[b] != "＊" { b += 1 }
    if let verb = AnalysisLexicon.reportingVerbs.prefix(of: s[a..<b]) { a += verb }
    if let found = preceding(Span(a, b), in: source, cutAtVerb: false) { return found }
    // `2018年12月30日至2019年1月1日放假调休`: what follows the last figure or date.
    guard let last = (clause.start..<clause.end).last(where: { SmallNumeral.arabicDigit(s[$0]) != nil }) else { return nil }
    var tail = last + 1
    while tail < clause.end && Self.dateUnits.contains(s[tail]) { tail += 1 }
    return preceding(Span(tail, clause.end), in: source, cutAtVerb: false)
  }

  /// Where the last framing preposition (`按`, `按照`, `对于`) starts and the text after it does.
  static func lastFraming(_ span: Span, in s: [Unicode.Scalar]) -> (start: Int, end: Int)? {
    var found: (start: Int, end: Int)? = nil
    var i = span.start
    while i < span.end {
      if let n = AnalysisLexicon.framingPrepositions.prefix(of: s[i..<span.end]) {
        found = (i, i + n)
        i += n
      } else {
        i += 1
      }
    }
    return found
  }

  /// Drops cue and framing words (力争, 全年, 原则上, 每月…), a leading year
  /// or date (`2024年`), blanks and list punctuation left by a figure before.
  static func stripLeading(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int {
    var a = start
    var changed = true
    while changed && a < end {
      changed = false
      if let n = AnalysisLexicon.leadingNoise.prefix(of: s[a..<end]) ?? AnalysisLexicon.framing.prefix(of: s[a..<end])
        ?? AnalysisLexicon.lightVerbs.prefix(of: s[a..<end])
      {
        a += n
        changed = true
      }
      if let n = distributive(a, end, s) {
        a += n
        changed = true
      }
      // The per-unit tail of a figure before (`由50万元/人调整为…`).
      if a + 1 < end, s[a] == "/" || s[a] == "／", let n = AnalysisLexicon.perUnits.prefix(of: s[a + 1..<end]) {
        a += 1 + n
        changed = true
      }
      // A time phrase (`到2025年…`, `至2024年3月31日前…`): its preposition here, its date below.
      if let n = AnalysisLexicon.timePrepositions.prefix(of: s[a..<end]), a + n < end,
        SmallNumeral.arabicDigit(s[a + n]) != nil
      {
        a += n
        changed = true
      }
      if a > start, a < end, Self.dateUnits.contains(s[a - 1]),
        let n = AnalysisLexicon.dateTails.prefix(of: s[a..<end])
      {
        a += n
        changed = true
      }
      while a < end,
        s[a].isBlank || SmallNumeral.arabicDigit(s[a]) != nil || Self.leadingNoise.contains(s[a])
          // The end of a date (`2023年`, `3月`), not a word's start (`年龄`, `月份`, `日常`).
          || Self.dateUnits.contains(s[a]) && a > start
            && (SmallNumeral.arabicDigit(s[a - 1]) != nil || NumeralChars.isMask(s[a - 1]))
      {
        a += 1
        changed = true
      }
    }
    return a
  }

  /// Drops trailing linking and modal words (`…的扣除期限不能`), framing and blanks.
  static func stripTrailing(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int {
    var b = end
    var changed = true
    while changed && b > start {
      changed = false
      if let n = AnalysisLexicon.trailingWords.suffix(of: s[start..<b]) ?? AnalysisLexicon.framing.suffix(of: s[start..<b]),
        !(n == 1 && b - 2 >= start && s[b - 1] == "为" && Self.beforeWei.contains(s[b - 2]))
      {
        b -= n
        changed = true
      }
      while b > start, s[b - 1].isBlank || Self.trailingNoise.contains(s[b - 1]) {
        b -= 1
        changed = true
      }
      // A distribution before the figure (`扣除标准为每月`).
      if let n = AnalysisLexicon.perUnits.suffix(of: s[start..<b]), b - n - 1 >= start, s[b - n - 1] == "每" {
        b -= n + 1
        changed = true
      }
    }
    return b
  }

  /// `每月`, `每个子女`, `每平米`: a distribution, not what is measured.
  private static func distributive(_ a: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int? {
    guard a < end, s[a] == "每" else { return nil }
    if let n = AnalysisLexicon.perUnits.prefix(of: s[(a + 1)..<end]) { return 1 + n }
    if a + 1 < end, s[a + 1] == "个" { return min(end - a, 4) }  // 每个子女
    return nil
  }
}
