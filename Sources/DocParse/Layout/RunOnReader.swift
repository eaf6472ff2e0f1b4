/// Reads the header of a document whose line breaks were lost, where title,
/// 发文字号 and 主送机关 run together: `国务院关于…的通知国发〔1986〕52号各省…：现将…`.
struct RunOnReader {
  let source: SourceText

  /// Title endings that close a `关于…` title inside a run-on line.
  static let titleEndings = ["的通知", "的决定", "的意见", "的批复", "的报告", "的通告", "的公告", "的函", "的请示", "的规定", "的办法"]

  func read(_ line: Line) -> RunOnHeader? {
    let s = source.scalars
    let start = line.contentStart
    let limit = min(line.contentEnd, start + 160)
    guard !Furniture.contains(source.compactText(Line(span: Span(start, min(limit, start + 12)), contentStart: start, contentEnd: min(limit, start + 12))))
    else { return nil }
    guard let about = find(["关于"], from: start, to: min(limit, start + 40)),
      let ending = find(Self.titleEndings, from: about.start, to: limit)
    else { return nil }
    var header = RunOnHeader()
    let titleEnd = ending.start + ending.length
    // A news lead (`据…消息,…发布关于…的通知`) is a sentence, not a title.
    let titleText = source[Span(start, titleEnd)]
    guard !HeaderText.isSentence(titleText), !titleText.hasPrefix("据") else { return nil }
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

  /// The first offset in `[from, to)` where one of `words` starts, with the word's length.
  private func find(_ words: [String], from: Int, to: Int) -> (start: Int, length: Int)? {
    let patterns = words.map { Array($0.unicodeScalars) }
    for i in from..<max(from, to) {
      for p in patterns where i + p.count <= source.count && source.scalars[i..<i + p.count].elementsEqual(p) {
        return (i, p.count)
      }
    }
    return nil
  }
}
