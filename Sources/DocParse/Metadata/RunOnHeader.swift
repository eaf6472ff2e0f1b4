/// Reads the header of a document whose line breaks were lost, where title,
/// 发文字号 and 主送机关 run together: `国务院关于…的通知国发〔1986〕52号各省…：现将…`.
extension MetadataParser {
  /// Title endings that close a `关于…` title inside a run-on line.
  static let runOnTitleEndings = ["的通知", "的决定", "的意见", "的批复", "的报告", "的通告", "的公告", "的函", "的请示", "的规定", "的办法"]

  /// Fills title, doc number and recipients from the start of a run-on `line`.
  func readRunOnHeader(_ line: Line, into m: inout Metadata) {
    let s = source.scalars
    let start = line.contentStart
    let limit = min(line.contentEnd, start + 160)
    guard let about = find(["关于"], from: start, to: min(limit, start + 40)),
      let ending = find(Self.runOnTitleEndings, from: about.start, to: limit)
    else { return }
    let titleEnd = ending.start + ending.length
    m.title = source.compactText(Line(span: Span(start, titleEnd), contentStart: start, contentEnd: titleEnd))
    var next = titleEnd
    if let (number, span) = DocNumberReader.first(
      in: source, span: Span(titleEnd, min(line.contentEnd, titleEnd + 30))),
      span.start == titleEnd
    {
      m.docNumber = number
      next = span.end
    }
    var colon = next
    while colon < min(line.contentEnd, next + 100) && s[colon] != "：" && s[colon] != "。" { colon += 1 }
    if colon < line.contentEnd && s[colon] == "：" && colon > next {
      m.recipients = Self.splitRecipients(source[Span(next, colon)])
    }
  }

  /// The first offset in `[from, to)` where one of `words` starts, with the word's length.
  private func find(_ words: [String], from: Int, to: Int) -> (start: Int, length: Int)? {
    let patterns = words.map { Array($0.unicodeScalars) }
    for i in from..<max(from, to) {
      for p in patterns where i + p.count <= source.count && Array(source.scalars[i..<i + p.count]) == p {
        return (i, p.count)
      }
    }
    return nil
  }
}
