/// Adds `status` and `subject` to a document's quantities (money, count,
/// percent, multiple, duration), reading the section they are in, the
/// document kind and the cue words of their sentence.
struct FactAnalyzer {
  static let quantityKinds: [Fact.Kind] = [.money, .count, .percent, .multiple, .duration]  // a list: a Set would hash the raw value

  let source: SourceText
  let locator: SectionLocator
  let kind: Document.Kind
  let genre: String?
  let year: Int?
  /// What carries from one stretch of facts to the next: the last quantity
  /// (before lists share out subjects), each section's mode, the look-back.
  private var previous: Fact? = nil
  private var modes: [[Int]: StatusRules.Mode] = [:]  // by section path
  private var lastMode: (path: [Int], mode: StatusRules.Mode)? = nil
  private var lookBack = StatusRules.LookBack()
  private let words = WordBreaker()

  /// Whether `subject` is set as a String (off where only the JSON writer
  /// reads the facts: it writes a subject from its span).
  var writesSubjects = true

  init(source: SourceText, sections: [Node], kind: Document.Kind, genre: String? = nil, year: Int?) {
    self.source = source
    self.locator = SectionLocator(sections)
    self.kind = kind
    self.genre = genre
    self.year = year
  }

  /// Annotates `facts` (in source order, `section` already set) in place.
  static func annotate(
    _ facts: inout [Fact], source: SourceText, sections: [Node], kind: Document.Kind, genre: String? = nil, year: Int?
  ) {
    var analyzer = FactAnalyzer(source: source, sections: sections, kind: kind, genre: genre, year: year)
    analyzer.annotate(&facts)
  }

  /// Annotates the next stretch of a document's facts (in source order,
  /// `section` set, no list cut in two) as if all had come at once.
  mutating func annotate(_ facts: inout [Fact]) {
    for i in facts.indices where Self.quantityKinds.contains(facts[i].kind) {
      defer { previous = facts[i] }
      var context = FactContextText(source: source, span: facts[i].span, previousFactEnd: previous?.span.end ?? 0)
      context.words = words
      let path = facts[i].section
      let mode: StatusRules.Mode
      // Facts come in source order: most are in the section of the fact before.
      if let last = lastMode, last.path == path {
        mode = last.mode
      } else if let known = modes[path] {
        mode = known
        lastMode = (path, mode)
      } else {
        mode = StatusRules.mode(
          kind: kind, genre: genre, year: year, sectionTitles: locator.titleScalars(along: path, headingsOnly: true))
        modes[path] = mode
        lastMode = (path, mode)
      }
      let text = source.scalars[facts[i].span.range]
      // A count that enumerates (两个…) and a length of time (五年) are neither goals nor results.
      // A count in Chinese numerals enumerates what the text lists (`三个阶段`),
      // unless a report says it was done (`已推出…两项`, `重新修订…四份`).
      let enumerates = facts[i].kind == .count && StatusRules.isEnumeration(text)
        && !(mode == .summary && AnalysisLexicon.doneCues.occurs(in: context.wholeClause))
      let unmeasured = facts[i].kind == .duration || enumerates
      if unmeasured {
        // Except a length of time a goal sets itself (`力争通过三年探索`, `力争在…24个月内完成交付`).
        let deadline = facts[i].kind == .duration && AnalysisLexicon.deadlineCues.occurs(in: context.wholeClause)
        facts[i].status = deadline ? .target : nil
      } else {
        facts[i].status = StatusRules.status(
          text: text, context: context, mode: mode, isMoney: facts[i].kind == .money, lookBack: &lookBack)
      }
      facts[i].subjectSpan = SubjectFinder.subject(kind: facts[i].kind, unit: facts[i].unit, context: context)
      // The clause's topic carries to a figure that follows another in it (`审结…案件11件19人`).
      if let p = previous, Self.sharesSubject(p, facts[i], context: context, source: source)
        || (facts[i].subjectSpan == nil && context.followsFigureInClause && context.clauseSpan.isEmpty)
      {
        facts[i].subjectSpan = p.subjectSpan
      }
    }
    ListDistribution.apply(&facts, source: source)
    // A subject is where it is written: its text is the source there.
    if writesSubjects {
      for i in facts.indices { if let span = facts[i].subjectSpan { facts[i].subject = source[span] } }
    }
  }

  /// `64笔、9506万元` (joined figures) and `从82.4岁提升至83.9岁` (a figure whose own
  /// clause names nothing, after one of the same unit) measure the same thing.
  static func sharesSubject(_ previous: Fact, _ fact: Fact, context: FactContextText, source: SourceText) -> Bool {
    if ListDistribution.joins(previous, fact, in: source) { return true }
    guard fact.subjectSpan == nil, previous.span.end >= context.sentenceSpan.start else { return false }
    // `从82.4岁提升至83.9岁`; `…企业**家，较上年增长**%`; `达到134.9万亿元、增长5%`: the same thing, changed.
    let between = String(context.source[context.clauseSpan].trimmingBlanks.drop { "、，,和及".contains($0) })
    // `…的10年，过去5年是…`: a time word says when, it does not carry the subject over.
    if AnalysisLexicon.timeSpans.contains(between) { return false }
    return previous.unit == fact.unit || AnalysisLexicon.bareChanges.contains(between)
      || AnalysisLexicon.changeOnly(context.source.scalars[context.clauseSpan.range])
  }
}

extension SectionLocator {
  /// The titles of the nodes along `path`, outermost first, as the source's
  /// scalars (no String made); with `headingsOnly`, inline items (`二是…`,
  /// whose titles are sentences) left out.
  func titleScalars(along path: [Int], headingsOnly: Bool = false) -> [ArraySlice<Unicode.Scalar>] {
    var titles: [ArraySlice<Unicode.Scalar>] = []
    var level = roots
    for index in path where index >= 1 && index <= level.count {
      let node = level[index - 1]
      if !headingsOnly || node.kind == .heading { titles.append(node.text[node.titleSpan.range]) }
      level = node.children
    }
    return titles
  }

  /// The same titles as Strings.
  func titles(along path: [Int], headingsOnly: Bool = false) -> [String] {
    titleScalars(along: path, headingsOnly: headingsOnly).map { String.fromScalars($0) }
  }
}
