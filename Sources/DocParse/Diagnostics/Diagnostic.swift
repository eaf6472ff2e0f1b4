/// Something odd about a document that did not stop it from parsing.
public struct Diagnostic: Sendable, Equatable {
  /// How much the oddity matters.
  public enum Severity: String, Sendable {
    case warning, note
  }

  public let severity: Severity
  /// A stable kebab-case code from `DiagnosticCode`.
  public let code: DiagnosticCode
  /// A sentence for people.
  public let message: String
  /// Where in the source.
  public let span: Span

  public init(_ code: DiagnosticCode, _ message: String, at span: Span) {
    self.severity = code.severity
    self.code = code
    self.message = message
    self.span = span
  }

  /// Sorts by where each is, then by code: the order of the output.
  static func sortInSourceOrder(_ diagnostics: inout [Diagnostic]) {
    diagnostics.sort { ($0.span.start, $0.span.end, $0.code.rawValue) < ($1.span.start, $1.span.end, $1.code.rawValue) }
  }
}
