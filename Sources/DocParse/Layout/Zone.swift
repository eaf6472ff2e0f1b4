/// The parts of a 公文 as it reaches us, in reading order (GB/T 9704-2012
/// plus what web pages and scrapers put around it).
enum ZoneKind: String, Sendable, CaseIterable {
  /// Site chrome and scraper lines: breadcrumbs, 访问量, 打印/关闭, `====正文====`.
  case furniture
  /// Labelled fields: a 信息公开 table or a scraper header (`标题:` `发文机关：`).
  case fields
  /// 版头: the issuer's letterhead line and the 发文字号.
  case letterhead
  /// The title block, possibly over several lines.
  case title
  /// Lines under the title: a speech's `——2023年3月5日在…会议上`, a byline, a date in brackets.
  case subtitle
  /// 主送机关.
  case recipients
  /// A salutation (`各位代表：`), which addresses people, not organisations.
  case salutation
  case body
  /// 附件说明: `附件：1.…` and the numbered names under it, listing attached documents.
  case attachmentList
  /// 署名, 成文日期 and 附注.
  case closing
  /// 版记: 抄送, the 印发 line.
  case record
  /// A document attached to (issued by) this one.
  case attachment
}

/// One zone of a document's layout.
struct Zone: Sendable, Equatable {
  let kind: ZoneKind
  let span: Span

  init(_ kind: ZoneKind, _ span: Span) {
    self.kind = kind
    self.span = span
  }
}
