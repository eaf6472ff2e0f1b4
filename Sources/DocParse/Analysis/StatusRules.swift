/// Decides whether a quantity is a goal (`target`), a reported result
/// (`actual`) or neither, from the part of the document it is in and the cue
/// words of its sentence.
enum StatusRules {
  /// How a part of a document speaks about its figures.
  enum Mode: Equatable {
    /// A plan (工作要点, 工作打算): figures are goals unless marked as past.
    case plan
    /// A summary (工作总结, 回顾): figures are results unless marked as future.
    case summary
    /// Rules (办法, 规定, 若干措施): figures are parameters unless a cue marks a goal or result.
    case rules
    /// Neither: only cue words decide.
    case neutral
  }

  /// How a whole document speaks about its figures, from its 文种 and kind:
  /// a 统计公报 or 工作总结 reports, a plan or a 政府工作报告 sets goals, a
  /// 办法 or a package of measures sets rules.
  static func documentMode(kind: Document.Kind, genre: String?) -> Mode {
    if let genre {
      if MetadataLexicon.reportingGenres.contains(genre) { return .summary }
      if MetadataLexicon.planningGenres.contains(genre) { return .plan }
      if MetadataLexicon.ruleGenres.contains(genre) { return .rules }
    }
    switch kind {
    case .workPlan, .implementationPlan: return .plan
    case .workSummary, .summaryAndPlan: return .summary
    case .regulation: return .rules
    default: return .neutral
    }
  }

  /// The mode for a fact from its enclosing section titles (innermost last) and the document's mode.
  static func mode(
    kind: Document.Kind, genre: String? = nil, year: Int?, sectionTitles: [ArraySlice<Unicode.Scalar>]
  ) -> Mode {
    for (depth, words) in sectionTitles.enumerated().reversed() {
      // 2023年工作打算 in a 2022 document looks ahead, 2021年工作回顾 in it looks back.
      if let year, let titleYear = leadingYear(words) {
        if titleYear != year { return titleYear > year ? .plan : .summary }
        if let own = ownYearMode(kind) { return own }
      }
      let plan = AnalysisLexicon.planSectionWords.occurs(in: words)
      let summary = AnalysisLexicon.summarySectionWords.occurs(in: words)
      // 发展成就和主要目标任务: both, so the sentence's cues decide.
      if plan && summary { return .neutral }
      if plan { return .plan }
      // An inner heading that only aims to 取得 something defers to the titles around it.
      if summary && depth > 0 && !AnalysisLexicon.strongSummarySectionWords.occurs(in: words)
        && AnalysisLexicon.weakSummarySectionWords.occurs(in: words)
      {
        continue
      }
      if summary { return .summary }
    }
    return documentMode(kind: kind, genre: genre)
  }

  /// Future cues strong enough to mark a goal inside a summary.
  static let futureCues = CueWords(["力争", "预计", "明年", "下一步", "原定", "原计划", "预定"])

  /// The status of a quantity with context `context` and own text `text`.
  /// `lookBack` carries what the paragraph said so far across the facts of a document.
  static func status(
    text: ArraySlice<Unicode.Scalar>, context: FactContextText, mode: Mode, isMoney: Bool = false,
    lookBack: inout LookBack
  ) -> Fact.Status? {
    let clause = context.clauseScalars
    let sentence = context.sentence
    // `补助标准由每人每年320元提高到380元`: the level that stands is reported, whatever the part.
    if ChangeWords.isFromValue(Span(context.clauseSpan.end, context.followingSpan.start), in: context.source),
      mode == .plan || mode == .summary
    {
      return .actual
    }
    if isMoney, AnalysisLexicon.paymentCues.occurs(in: clause), !AnalysisLexicon.changeCues.occurs(in: clause) {
      return nil
    }
    if AnalysisLexicon.parameterCues.occurs(in: clause) || AnalysisLexicon.parameterCues.occurs(in: text)
      || AnalysisLexicon.grantingCues.occurs(in: context.restOfClause)
    {
      return nil
    }
    // (All of them start with 不: most clauses have none.)
    if context.wholeClause.contains("不"), AnalysisLexicon.prohibitedBounds.occurs(in: context.wholeClause) { return nil }
    // `若月末个贷率连续3个月低于90%，恢复受理`: a condition states a threshold, not a goal
    // (in a review, `若扣除价格因素，增长8%` still reports).
    if mode != .summary, AnalysisLexicon.conditionOpeners.prefix(of: context.wholeClause.drop { $0.isBlank }) != nil {
      return nil
    }
    // In rules and notices, a threshold or rate is a parameter.
    if mode == .rules || mode == .neutral, !AnalysisLexicon.targetCues.occurs(in: clause),
      AnalysisLexicon.thresholdCues.occurs(in: clause) || AnalysisLexicon.thresholdCues.occurs(in: text)
    {
      return nil
    }
    switch mode {
    case .plan:
      // `赤字率从去年的2.1%提高到2.3%`: 去年 is the level that stands; the new one is the goal.
      if ChangeWords.isToValue(Span(context.clauseSpan.end, context.followingSpan.start), in: context.source) {
        return .target
      }
      if AnalysisLexicon.pastCues.occurs(in: context.wholeClause) { return .actual }
      // `过去一年，我们…。国内生产总值增长10.3%`: a paragraph that opens by looking
      // back reports results until a sentence looks ahead or the figure's own clause sets a goal.
      if lookBack.looksBack(context.paragraphToFact), !AnalysisLexicon.goalCues.occurs(in: context.wholeClause) {
        return .actual
      }
      return .target
    case .summary:
      return futureCues.occurs(in: sentence) ? .target : .actual
    case .rules:
      return AnalysisLexicon.targetCues.occurs(in: clause) ? .target : nil
    case .neutral:
      if AnalysisLexicon.targetCues.occurs(in: sentence) { return .target }
      if AnalysisLexicon.actualCues.occurs(in: sentence) { return .actual }
      return nil
    }
  }

  /// Whether a paragraph, read up to a figure, is looking back: its last
  /// sentence that opens with a period word opens with one that looks back
  /// (`过去一年，`, `去年`) and no sentence since sets a goal. Facts come in
  /// order, so each paragraph is read once, sentence by sentence.
  struct LookBack {
    private var start = -1
    private var scanned = -1
    private var back = false

    mutating func looksBack(_ paragraph: ArraySlice<Unicode.Scalar>) -> Bool {
      if paragraph.startIndex != start || scanned > paragraph.endIndex {
        start = paragraph.startIndex
        scanned = start
        back = false
      }
      var sentenceStart = scanned
      var k = scanned
      while k < paragraph.endIndex {
        if FactContextText.sentenceBreaks.contains(paragraph[k]) {
          back = StatusRules.after(paragraph[sentenceStart..<k], lookingBack: back)
          sentenceStart = k + 1
          scanned = sentenceStart
        }
        k += 1
      }
      return StatusRules.after(paragraph[sentenceStart..<paragraph.endIndex], lookingBack: back)
    }
  }

  /// Whether the text looks back after `sentence`.
  static func after(_ sentence: ArraySlice<Unicode.Scalar>, lookingBack: Bool) -> Bool {
    var a = sentence.startIndex
    while a < sentence.endIndex && (sentence[a].isBlank || sentence[a] == "\t") { a += 1 }
    let opening = sentence[a..<min(sentence.endIndex, a + 6)]
    var back = lookingBack
    if AnalysisLexicon.lookingBackOpeners.occurs(in: opening) { back = true }
    if AnalysisLexicon.lookingAheadOpeners.occurs(in: opening) || AnalysisLexicon.goalCues.occurs(in: sentence[a...]) {
      back = false
    }
    return back
  }

  /// What a section titled with the document's own year is: the year a summary
  /// reports on, the year a plan or a government work report plans for.
  static func ownYearMode(_ kind: Document.Kind) -> Mode? {
    switch kind {
    case .workSummary, .summaryAndPlan: return .summary
    case .workPlan, .implementationPlan, .report: return .plan
    default: return nil
    }
  }

  /// The year a title starts with (`2023年工作打算` → 2023), if any.
  static func leadingYear(_ title: String) -> Int? { leadingYear(Array(title.unicodeScalars.prefix(5))[...]) }

  static func leadingYear(_ title: ArraySlice<Unicode.Scalar>) -> Int? {
    let scalars = Array(title.prefix(5))
    guard scalars.count == 5, scalars[4] == "年", let (y, end) = SmallNumeral.arabic(scalars, at: 0, limit: 4), end == 4
    else { return nil }
    return y
  }

  /// `两个`, `三项`, `四项`: a count written in Chinese numerals enumerates what
  /// the text lists (两个市级考核指标) rather than measuring anything.
  static func isEnumeration(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    !text.contains { SmallNumeral.arabicDigit($0) != nil || $0 == "*" || $0 == "＊" }
      && text.contains { SmallNumeral.chineseDigit($0) != nil || $0 == "十" }
  }
}
