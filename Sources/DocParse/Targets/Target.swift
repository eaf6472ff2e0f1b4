import FoundationEssentials

/// A goal stated in a document: a quantity with status `target`, with where it
/// stands and what it measures.
public struct Target: Sendable {
  /// The (attached) document's title, or the source name.
  public let document: String
  /// Path into that document's section tree.
  public let section: [Int]
  /// Title of the innermost section.
  public let sectionTitle: String?
  public let fact: Fact
  /// The fact's source text (`50家以上`).
  public let text: String
  /// The sentence the fact stands in.
  public let sentence: String
  /// The year the goal is for: a year heading its section (`2023年工作打算`), else the document's.
  public let year: Int?

  /// The numeric value, nil when masked.
  public var value: Decimal? {
    if case .amount(let d) = fact.value { return d }
    return nil
  }

  /// Every target in a parsed source, attachments included, in source order.
  public static func all(in result: ParseResult) -> [Target] {
    collect(result.document, source: result.source, name: result.source.name)
  }

  private static func collect(_ doc: Document, source: SourceText, name: String) -> [Target] {
    let locator = SectionLocator(doc.sections)
    let title = doc.metadata.title ?? name
    var targets = doc.facts.filter { $0.status == .target }.map { fact in
      Target(
        document: title, section: fact.section, sectionTitle: locator.node(at: fact.section)?.title, fact: fact,
        text: source[fact.span], sentence: Sentence.around(fact.span, in: source),
        year: locator.titles(along: fact.section).reversed().lazy.compactMap(StatusRules.leadingYear).first
          ?? doc.metadata.year)
    }
    for attachment in doc.attachments { targets += collect(attachment, source: source, name: name) }
    return targets
  }
}
