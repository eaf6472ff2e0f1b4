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
    var previousEnd = 0
    var previousQuantity: Int? = nil
    var modes: [[Int]: StatusRules.Mode] = [:]  // by section path
    for i in facts.indices {
      defer { previousEnd = max(previousEnd, facts[i].span.end) }
      guard quantityKinds.contains(facts[i].kind) else { continue }
      defer { previousQuantity = i }
      let context = FactContextText(source: source, span: facts[i].span, previousFactEnd: previousEnd)
      let path = facts[i].section
      let mode = modes[path] ?? StatusRules.mode(kind: kind, year: year, sectionTitles: locator.titles(along: path))
      modes[path] = mode
      let text = source.scalars[facts[i].span.range]
      let enumeration = facts[i].kind == .count && StatusRules.isEnumeration(text)
      facts[i].status = enumeration ? nil : StatusRules.status(text: text, context: context, mode: mode)
      facts[i].subject = SubjectFinder.subject(kind: facts[i].kind, context: context)
      // `64笔、9506万元`: a figure joined to the previous one shares its subject.
      if let p = previousQuantity, ListDistribution.joins(facts[p], facts[i], in: source) {
        facts[i].subject = facts[p].subject
      }
    }
    ListDistribution.apply(&facts, source: source)
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
