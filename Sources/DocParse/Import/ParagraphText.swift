/// Text assembled paragraph by paragraph by the importers of formats that are
/// not text (Word, PDF, OFD): one line per paragraph, one block per line.
struct ParagraphText {
  private(set) var scalars: [Unicode.Scalar] = []
  private(set) var blocks: [Block] = []

  /// Appends a paragraph; line breaks inside it start new lines. Blank
  /// paragraphs leave no line.
  mutating func add(_ text: String, kind: Block.Kind = .paragraph, centered: Bool = false) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let trimmed = line.unicodeScalars.drop(while: { $0.isBlank || $0 == "\t" })
      var end = trimmed.endIndex
      while end > trimmed.startIndex, trimmed[trimmed.index(before: end)].isBlank || trimmed[trimmed.index(before: end)] == "\t" {
        end = trimmed.index(before: end)
      }
      let content = trimmed[trimmed.startIndex..<end]
      guard !content.isEmpty else { continue }
      let start = scalars.count
      scalars.append(contentsOf: content)
      blocks.append(Block(kind: kind, span: Span(start, scalars.count), centered: centered))
      scalars.append("\n")
    }
  }

  /// The imported text; a document with no text at all is an error.
  func imported(name: String, format: SourceFormat, encoding: String, emptyProblem: String, fields: [PageField] = [])
    throws(DecodeError) -> ImportedText
  {
    guard !blocks.isEmpty else { throw DecodeError(description: emptyProblem) }
    let source = SourceText(name: name, encoding: encoding, scalars: scalars, format: format)
    return ImportedText(source: source, blocks: blocks, pageFields: fields)
  }
}
