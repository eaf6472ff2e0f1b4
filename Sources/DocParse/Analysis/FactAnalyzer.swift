/// Adds `status` and `subject` to a document's quantities (money, count,
/// percent, multiple, duration), reading the section they are in, the
/// document kind and the cue words of their sentence.
public enum FactAnalyzer {
  static let quantityKinds: Set<Fact.Kind> = [.money, .count, .percent, .multiple, .duration]

  /// Annotates `facts` (in source order, `section` already set) in place.
  public static func annotate(
    _ facts: inout [Fact], source: SourceText, sections: [Node], kind: Document.Kind, year: Int?
  ) {
    let locator = SectionLocator(sections)
    var previousQuantity: Int? = nil
    var modes: [[Int]: StatusRules.Mode] = [:]  // by section path
    for i in facts.indices where quantityKinds.contains(facts[i].kind) {
      defer { previousQuantity = i }
      let previousEnd = previousQuantity.map { facts[$0].span.end } ?? 0
      let context = FactContextText(source: source, span: facts[i].span, previousFactEnd: previousEnd)
      let path = facts[i].section
      let mode = modes[path] ?? StatusRules.mode(kind: kind, year: year, sectionTitles: locator.titles(along: path))
      modes[path] = mode
      let text = source.scalars[facts[i].span.range]
      // A count that enumerates (两个…) and a length of time (五年) are neither goals nor results.
      let unmeasured =
        facts[i].kind == .duration || (facts[i].kind == .count && StatusRules.isEnumeration(text))
      facts[i].status = unmeasured ? nil : StatusRules.status(text: text, context: context, mode: mode)
      facts[i].subject = SubjectFinder.subject(kind: facts[i].kind, unit: facts[i].unit, context: context)
      if let p = previousQuantity, sharesSubject(facts[p], facts[i], context: context, source: source) {
        facts[i].subject = facts[p].subject
      }
    }
    ListDistribution.apply(&facts, source: source)
  }

  /// `64笔、9506万元` (joined figures) and `从82.4岁提升至83.9岁` (a figure whose own
  /// clause names nothing, after one of the same unit) measure the same thing.
  static func sharesSubject(_ previous: Fact, _ fact: Fact, context: FactContextText, source: SourceText) -> Bool {
    if ListDistribution.joins(previous, fact, in: source) { return true }
    return fact.subject == nil && previous.unit == fact.unit && previous.span.end >= context.sentenceSpan.start
  }
}

extension SectionLocator {
  /// The titles of the nodes along `path`, outermost first.
  func titles(along path: [Int]) -> [String] {
    var titles: [String] = []
    var level = roots
    for index in path where index >= 1 && index <= level.count {
      titles.append(level[index - 1].title)
      level = level[index - 1].children
    }
    return titles
  }
}
