@testable import DocParse
import FoundationEssentials
import Testing

/// Helpers shared by the DocParse tests.
enum TestSupport {
  /// Parses `text` (structure and metadata only unless `facts`).
  static func parse(_ text: String, facts: Bool = false) -> ParseResult {
    DocParser.parse(SourceText(name: "test.txt", text: text), options: ParseOptions(extractFacts: facts))
  }

  /// Every node of a tree in document order (pre-order).
  static func flatten(_ nodes: [Node]) -> [Node] {
    nodes.flatMap { [$0] + flatten($0.children) }
  }

  /// `L<level> <marker> <title>` for each node, for compact expectations.
  static func outline(_ text: String) -> [String] {
    flatten(parse(text).document.sections).map { "L\($0.level) \($0.marker) \($0.title)" }
  }

  /// The documents (`.txt` but not outlines, `.md`, `.html`) in a folder of `Fixtures/`, as `folder/name`.
  static func documents(in folder: String) -> [String] {
    let dir = packageRoot + "/Fixtures/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter {
      guard $0 != "SOURCES.md" && $0 != "README.md" else { return false }
      return ($0.hasSuffix(".txt") && !$0.hasSuffix(".tree.txt")) || $0.hasSuffix(".md") || $0.hasSuffix(".html")
    }.sorted().map { folder + $0 }
  }

  /// Parses a file of `Fixtures/` the way the CLI does (format sniffed from the content).
  static func parseFixture(_ name: String, facts: Bool = true) throws -> ParseResult {
    try DocParser.parse(bytes: fixtureBytes(name), name: name, options: ParseOptions(extractFacts: facts))
  }

  /// The bytes of a file of `Fixtures/`.
  static func fixtureBytes(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: URL(fileURLWithPath: packageRoot + "/Fixtures/" + name)))
  }

  /// The package root, found from this file's path.
  static var packageRoot: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
  }

  /// Checks the tree invariants: children inside parents, siblings ordered and
  /// not overlapping, levels one deeper than the parent, `title` equal to the
  /// source slice at `titleSpan`, and every fact inside the section it names.
  static func checkInvariants(_ result: ParseResult, sourceLocation: SourceLocation = #_sourceLocation) {
    check(result.document, result.source, sourceLocation)
  }

  private static func check(_ doc: Document, _ source: SourceText, _ loc: SourceLocation) {
    check(doc.sections, parent: nil, source, loc)
    for fact in doc.facts {
      #expect(doc.span.contains(fact.span), "fact \(source[fact.span]) outside its document", sourceLocation: loc)
      var level = doc.sections
      for index in fact.section {
        guard index >= 1 && index <= level.count else {
          Issue.record("fact \(source[fact.span]) names a missing section \(fact.section)", sourceLocation: loc)
          break
        }
        let node = level[index - 1]
        #expect(
          node.span.contains(fact.span.start), "fact \(source[fact.span]) not inside \(node.marker)",
          sourceLocation: loc)
        level = node.children
      }
    }
    for attachment in doc.attachments {
      #expect(doc.span.contains(attachment.span), sourceLocation: loc)
      check(attachment, source, loc)
    }
  }

  private static func check(_ nodes: [Node], parent: Node?, _ source: SourceText, _ loc: SourceLocation) {
    var previousEnd = parent?.span.start ?? 0
    for node in nodes {
      #expect(
        source[node.titleSpan] == node.title, "title of \(node.marker) is not its source slice", sourceLocation: loc)
      #expect(source[node.markerSpan] == node.marker, sourceLocation: loc)
      #expect(node.span.contains(node.markerSpan) && node.span.contains(node.titleSpan), sourceLocation: loc)
      #expect(
        node.span.start >= previousEnd, "\(node.marker) \(node.title) overlaps its previous sibling",
        sourceLocation: loc)
      if let parent {
        #expect(parent.span.contains(node.span), "\(node.marker) outside parent \(parent.marker)", sourceLocation: loc)
        #expect(node.level == parent.level + 1, sourceLocation: loc)
      } else {
        #expect(node.level == 1, sourceLocation: loc)
      }
      previousEnd = node.span.end
      check(node.children, parent: node, source, loc)
    }
  }
}
