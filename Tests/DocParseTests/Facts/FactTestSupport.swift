@testable import DocParse
import FoundationEssentials
import Testing

/// What a corpus case expects of the fact at the marked span.
struct Expected: CustomTestStringConvertible, Sendable {
  var marked: String
  var kind: Fact.Kind
  /// The value as a string (`"12000"`, `"2021-10-19"`, `"2021/2025"`), nil for masked.
  var value: String?
  var unit: String? = nil
  var comparator: Fact.Comparator = .equal
  var approximate = false
  var masked = false
  var year: Int? = nil

  var testDescription: String { marked }
}

enum FactTestSupport {
  /// The facts of a whole string.
  static func facts(_ text: String, year: Int? = nil, refDate: String? = nil, numbers: Bool = false) -> [Fact] {
    let source = SourceText(name: "test", text: text)
    let context = FactContext(
      referenceYear: year, referenceDate: refDate, resolvesRelativeDates: refDate != nil,
      includeNumbersAndRanges: numbers)
    return FactExtractor.extract(from: source, in: Span(0, source.count), context: context)
  }

  static func string(_ v: Fact.Value) -> String? { v.text }

  /// Checks one corpus case: exactly one fact of the kind at the marked span, with the expected fields.
  static func check(_ e: Expected) throws {
    let m = MarkedText(e.marked)
    let span = try #require(m.span, "case without ⟦…⟧ markers")
    let found = facts(m.text, year: e.year).filter { $0.kind == e.kind }
    let fact = try #require(
      found.first { $0.span == span }, "no \(e.kind) at \(span) in \(found.map { ($0.span, $0.rule) })")
    #expect(string(fact.value) == e.value)
    #expect(fact.unit == e.unit)
    #expect(fact.comparator == e.comparator)
    #expect(fact.approximate == e.approximate)
    #expect(fact.masked == e.masked)
  }
}
