/// The catalogue of diagnostic codes. Codes are stable: tools match on them.
public enum DiagnosticCode: String, Sendable, CaseIterable {
  /// A numbered sibling skips one or more numbers (`一、` then `三、`).
  case numberingGap = "numbering-gap"
  /// Numbering starts again from 1 under the same parent.
  case numberingRestart = "numbering-restart"
  /// Numbering continues from the previous parent's children (`3.` first under `（三）`).
  case numberingContinues = "numbering-continues"
  /// A list starts past its first number (`二是` with no `一是`).
  case listStartsLate = "list-starts-late"
  /// A heading style appears under a parent one level deeper than its usual place.
  case levelSkipped = "level-skipped"
  /// Digits blanked out (`**家`); the value is reported as null.
  case maskedNumber = "masked-number"
  /// A `“` or `《` without its closing mark on the same paragraph.
  case unmatchedQuote = "unmatched-quote"
  /// A line so long it was probably joined when line breaks were lost.
  case lostLineBreaks = "lost-line-breaks"
  /// The source is an HTML page: its tags are read as text, so structure may be missed.
  case markupAsText = "markup-as-text"
  /// A number with more digits than a value holds exactly (38): its value is null, never rounded.
  case numberTooLarge = "number-too-large"
  /// Markers nested deeper than the tree's limit were made siblings.
  case nestingLimit = "nesting-limit"
  /// A labelled field of a page (`发文日期`, `标题`) disagrees with what the document itself states.
  case metadataConflict = "metadata-conflict"

  /// The default severity of the code.
  public var severity: Diagnostic.Severity {
    switch self {
    case .numberingGap, .unmatchedQuote, .levelSkipped, .markupAsText, .metadataConflict, .numberTooLarge, .nestingLimit:
      return .warning
    default: return .note
    }
  }
}
