/// Reads the header of a document whose line breaks were lost, where title,
/// 发文字号 and 主送机关 run together: `国务院关于…的通知国发〔1986〕52号各省…：现将…`.
struct RunOnReader {
  let source: SourceText

  /// Title endings that close a `关于…` title inside a run-on line.
  static let titleEndings = [
    "的通知", "的决定", "的意见", "的批复", "的报告", "的通告", "的公告", "的复函", "的函", "的请示", "的规定", "的办法",
    "的紧急通知", "的实施意见", "的指导意见",
  ]

  func read(_ line: Line) -> RunOnHeader? {
    let s = source.scalars
    let lineStart = line.contentStart
    let limit = min(line.contentEnd, lineStart + 160)
    guard !Furniture.contains(source.compactText(Line(span: Span(lineStart, min(limit, lineStart + 12)), contentStart: lineStart, contentEnd: min(limit, lineStart + 12))))
    else { return nil }
    guard let about = find(["关于"], from: lineStart, to: min(limit, lineStart + 40)),
      let ending = find(Self.titleEndings, from: about.start, to: limit)
    else { return nil }
    var header = RunOnHeader()
    // `2024-03-18 00:00:00 | 【吉林省吉林市】关于…`: a scraper's fields before a
    // `|` and a bracketed site tag are not the title.
    var start = line.contentStart
    if let bar = (start..<about.start).last(where: { s[$0] == "|" || s[$0] == "｜" }) { start = bar + 1 }
    while start < about.start && (s[start].isBlank || s[start] == "\t") { start += 1 }
    if s[start] == "【", let close = (start..<about.start).first(where: { s[$0] == "】" }) { start = close + 1 }
    let titleEnd = ending.start + ending.length
    // A news lead (`据…消息,…发布关于…的通知`) is a sentence, not a title.
    let titleText = source[Span(start, titleEnd)]
    guard !HeaderText.isSentence(titleText), !MetadataLexicon.sentenceOpenings.contains(where: { titleText.hasPrefix($0) }),
      titleText.count(where: { $0 == "《" }) == titleText.count(where: { $0 == "》" })
    else { return nil }
    header.title = (source.compactText(Line(span: Span(start, titleEnd), contentStart: start, contentEnd: titleEnd)),
      Span(start, titleEnd))
    var next = titleEnd
    if let (number, span) = DocNumberReader.first(in: source, span: Span(titleEnd, min(line.contentEnd, titleEnd + 30))),
      span.start == titleEnd
    {
      header.docNumber = (number, span)
      next = span.end
    }
    var colon = next
    while colon < min(line.contentEnd, next + 100) && s[colon] != "：" && s[colon] != "。" { colon += 1 }
    if colon < line.contentEnd && s[colon] == "：" && colon > next,
      HeaderText.readsLikeRecipients(source.compactText(Line(span: Span(next, colon + 1), contentStart: next, contentEnd: colon + 1)))
    {
      header.recipients = (HeaderText.splitRecipients(source[Span(next, colon)]), Span(next, colon))
    }
    return header
  }

  /// The first offset in `[from, to)` where one of `words` starts, with the
  /// length it takes in the source (typesetting blanks inside it allowed: `的　通　知`).
  private func find(_ words: [String], from: Int, to: Int) -> (start: Int, length: Int)? {
    let span = Span(from, max(from, to))
    let found = words.compactMap { source.firstSpan(of: $0, in: span, ignoringBlanks: true) }
    return found.min { ($0.start, -$0.length) < ($1.start, -$1.length) }.map { ($0.start, $0.length) }
  }
}
