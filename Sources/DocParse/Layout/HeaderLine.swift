/// A line of the block above a document's body, with the part it plays.
struct HeaderLine: Sendable {
  enum Role: Equatable, Sendable {
    /// The issuer's name, perhaps with `文件` (`国务院办公厅文件`).
    case letterhead
    case docNumber
    case title
    /// `——2023年3月5日在…会议上`.
    case subtitle
    /// A date alone, often in brackets under a bulletin's title: `（2023年4月12日）`.
    case dateLine
    /// A regulation's 题注: `2000年2月3日 中华人民共和国国务院令第280号发布`.
    case promulgation
    /// A speech's speaker: `国务院总理 李克强`.
    case speaker
    /// Issuers named under the title: `宜春市统计局  国家统计局宜春调查队`.
    case byline
    case other
  }

  let line: Line
  /// The line's index among the document's non-blank lines.
  let index: Int
  /// The content with blanks removed.
  let text: String
  var role: Role
}

/// The document's own closing: 署名, 成文日期, 附注.
struct Closing: Sendable {
  var date: (iso: String, span: Span)?
  var signatories: [(text: String, span: Span)] = []
  var notes: [(text: String, span: Span)] = []
}

/// Where the parts of one document lie: zones, labelled fields, the header
/// lines, the closing and the attached documents. Metadata rules read this.
struct DocumentLayout: Sendable {
  let source: SourceText
  var zones: [Zone] = []
  var fields: [LabelledField] = []
  var pageFields: [PageField] = []
  var header: [HeaderLine] = []
  var title: (text: String, span: Span)?
  var recipients: (parts: [String], span: Span)?
  /// Title, 发文字号 and 主送 of a document whose line breaks were lost.
  var runOn: RunOnHeader?
  var closing = Closing()
  /// The body: after the header, before the closing's attachments.
  var bodySpan: Span
  /// The document's own text (everything before its first attachment).
  var ownSpan: Span
  /// Attached documents (印发 notices, `附件` parts), each parsed on its own.
  var attachmentSpans: [Span] = []

  func lines(of role: HeaderLine.Role) -> [HeaderLine] { header.filter { $0.role == role } }
}

/// What a run-on first line states: `国务院关于…的通知国发〔1986〕52号各省…：`.
struct RunOnHeader: Sendable {
  var title: (text: String, span: Span)?
  var docNumber: (number: DocNumber, span: Span)?
  var recipients: (parts: [String], span: Span)?
}
