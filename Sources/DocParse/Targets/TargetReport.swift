/// Tables and JSON for `docparse targets` and `docparse track`.
public enum TargetReport {
  static let targetHeader = [
    "document", "section", "section title", "subject", "comparator", "value", "unit", "year", "text", "sentence",
  ]

  /// One row per target.
  public static func table(_ targets: [Target]) -> Table {
    var table = Table(header: targetHeader)
    table.rows = targets.map(cells)
    return table
  }

  static func cells(_ t: Target) -> [String] {
    [
      t.document, t.section.map(String.init).joined(separator: "."), t.sectionTitle ?? "", t.fact.subject ?? "",
      t.fact.comparator.rawValue, valueText(t.fact), t.fact.unit ?? "", t.year.map(String.init) ?? "", t.text,
      t.sentence,
    ]
  }

  static func valueText(_ f: Fact) -> String {
    f.masked ? "(masked)" : f.value.cell
  }

  /// One JSON object per target.
  public static func json(_ t: Target, source: SourceText) -> JSON {
    .object([
      ("document", .string(t.document)), ("section", .array(t.section.map(JSON.int))),
      ("sectionTitle", .optional(t.sectionTitle)), ("year", .optional(t.year)), ("sentence", .string(t.sentence)),
      ("fact", ContractJSON.fact(t.fact, in: source)),
    ])
  }

  /// One row per tracked target: the goal, the result and the outcome.
  public static func table(_ rows: [Tracker.Row]) -> Table {
    var table = Table(header: [
      "subject", "indicator", "direction", "target", "unit", "result", "outcome", "reason", "target sentence",
      "result sentence",
    ])
    table.rows = rows.map { r in
      [
        r.target.fact.subject ?? "", r.indicator ?? "", r.direction,
        r.target.fact.comparator.rawValue + " " + valueText(r.target.fact), r.target.fact.unit ?? "",
        r.result.map(valueText) ?? "", r.outcome.rawValue, r.reason, r.target.sentence, r.resultSentence ?? "",
      ]
    }
    return table
  }

  /// One JSON object per tracked target.
  public static func json(_ r: Tracker.Row, plan: SourceText, summary: SourceText) -> JSON {
    .object([
      ("subject", .optional(r.target.fact.subject)), ("outcome", .string(r.outcome.rawValue)),
      ("indicator", .optional(r.indicator)), ("direction", .string(r.direction)), ("reason", .string(r.reason)),
      ("year", .optional(r.target.year)), ("targetSpan", ContractJSON.span(r.target.fact.span)),
      ("resultSpan", r.result.map { ContractJSON.span($0.span) } ?? .null),
      ("target", ContractJSON.fact(r.target.fact, in: plan)), ("targetSentence", .string(r.target.sentence)),
      ("result", r.result.map { ContractJSON.fact($0, in: summary) } ?? .null),
      ("resultSentence", .optional(r.resultSentence)),
    ])
  }
}
