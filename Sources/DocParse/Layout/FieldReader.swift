/// Reads labelled fields from header lines: `标题: X` on one line, a table
/// row of label and value cells (`发文机关：\t国务院\t成文日期：\t2018年12月13日`),
/// or a label alone on its line with the value on the next.
struct FieldReader {
  let source: SourceText

  /// The fields of line `i` of `content` and how many lines they used, or nil
  /// when the line does not start with a known label.
  func fields(_ content: [Line], at i: Int) -> ([LabelledField], Int)? {
    let line = content[i]
    let byline = run(line)
    if let byline, byline.count >= 2 { return (byline, 1) }
    let cells = self.cells(line)
    guard let first = cells.first, label(in: first) != nil else {
      return byline.map { ($0, 1) }
    }
    var fields: [LabelledField] = []
    var k = 0
    var used = 1
    while k < cells.count {
      guard let (name, role, labelSpan, rest) = label(in: cells[k]) else {
        k += 1
        continue
      }
      var value = trimmed(rest)
      if value.length == 0 && k + 1 < cells.count && label(in: cells[k + 1]) == nil {
        value = cells[k + 1]
        k += 1
      } else if value.length == 0 && cells.count == 1 && i + 1 < content.count {
        // The value on the next line, unless that line is a label, furniture,
        // or a title standing under a label that never holds one (主题词：).
        let next = content[i + 1]
        let text = source.compactText(next)
        if label(in: next.content) == nil && !Furniture.contains(text) && text.hasAtMost(120)
          && (FieldLexicon.titleLabels.contains(name) || text.hasAtMost(FieldLexicon.shortValue) || !HeaderText.readsLikeTitle(text))
          && !text.hasSuffix("：") && !text.hasSuffix(":")
        {
          value = next.content
          used = 2
        }
      }
      fields.append(
        LabelledField(label: name, role: role, labelSpan: labelSpan, value: source[value], valueSpan: value))
      k += 1
    }
    return (fields, used)
  }

  /// A news byline that runs labels together without separators:
  /// `来源:遂宁市住建局栏目:政策解读发布时间:2022-05-20 18:48阅读:188次`,
  /// `政策苏晓 2023-05-11 15:05:16 来源:中房网`. Each value runs to the next label.
  private func run(_ line: Line) -> [LabelledField]? {
    guard line.content.length <= Self.bylineLength else { return nil }
    let s = source.scalars
    var found: [(name: String, role: LabelledField.Role, label: Span, colon: Int)] = []
    for i in line.contentStart..<line.contentEnd where s[i] == "：" || s[i] == ":" {
      // The longest known label ending just before the colon.
      var best: (String, LabelledField.Role, Int)? = nil
      var name = ""
      var j = i - 1
      while j >= line.contentStart && i - j <= FieldLexicon.maximumLabelLength && Words.isHan(s[j]) {
        name = String(s[j]) + name
        if let role = FieldLexicon.roles[name] { best = (name, role, j) }
        j -= 1
      }
      if let (n, role, start) = best, start >= (found.last?.colon ?? line.contentStart - 1) + 1 {
        found.append((n, role, Span(start, i + 1), i))
      }
    }
    let strong = found.contains { $0.role != .other || $0.name.hasPrefix("来源") }
    guard found.count >= 2 || (found.count == 1 && strong && found[0].label.start > line.contentStart) else { return nil }
    return found.enumerated().map { k, f in
      var end = k + 1 < found.count ? found[k + 1].label.start : line.contentEnd
      // Site buttons after a value: `淮安市住房和城乡建设局 【关闭窗口】`, `投资司[打印]微博微信`.
      if let button = (f.colon + 1..<end).first(where: { "【[|｜".unicodeScalars.contains(s[$0]) }) { end = button }
      var value = trimmed(Span(f.colon + 1, max(f.colon + 1, end)))
      while let word = Furniture.trailingWords.first(where: { source[value].hasSuffix($0) }) {
        value = trimmed(Span(value.start, value.end - word.unicodeScalars.count))
      }
      return LabelledField(label: f.name, role: f.role, labelSpan: f.label, value: source[value], valueSpan: value)
    }
  }

  /// Longest line read as a run of labelled fields.
  static let bylineLength = 120

  /// The line's content split at tabs (table cells), each trimmed.
  private func cells(_ line: Line) -> [Span] {
    var cells: [Span] = []
    var start = line.contentStart
    for i in line.contentStart...line.contentEnd where i == line.contentEnd || source.scalars[i] == "\t" {
      let cell = trimmed(Span(start, i))
      if cell.length > 0 { cells.append(cell) }
      start = i + 1
    }
    return cells
  }

  /// A known label at the start of `span` (blanks inside it allowed: `标　　题：`),
  /// with the rest of the span after its colon.
  private func label(in span: Span) -> (String, LabelledField.Role, Span, Span)? {
    let s = source.scalars
    var length = 0  // of the name so far, blanks left out
    var i = span.start
    while i < span.end && length <= FieldLexicon.maximumLabelLength {
      let c = s[i]
      if c == "：" || c == ":" {
        // A String only where a colon comes soon enough to end a label.
        let label = String.fromScalars(s[span.start..<i].lazy.filter { !$0.isBlank })
        guard let role = FieldLexicon.roles[label] else { return nil }
        return (label, role, Span(span.start, i + 1), Span(i + 1, span.end))
      }
      if !c.isBlank { length += 1 }
      i += 1
    }
    return nil
  }

  private func trimmed(_ span: Span) -> Span {
    var a = span.start
    var b = span.end
    while a < b && (source.scalars[a].isBlank || source.scalars[a] == "\t") { a += 1 }
    while b > a && (source.scalars[b - 1].isBlank || source.scalars[b - 1] == "\t") { b -= 1 }
    return Span(a, b)
  }
}
