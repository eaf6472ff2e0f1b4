/// The human-readable outline printed by `docparse tree`, also used as a golden file.
public enum TreeOutline {
  /// One line per node: indentation by level, `L<level>`, marker, title, `line:col`.
  public static func render(_ result: ParseResult) -> String {
    var out = "# \(Display.safe(result.source.name)) (\(result.source.encoding), \(result.source.count) scalars)\n"
    render(result.document, source: result.source, lines: LineIndex(result.source), depth: 0, into: &out)
    return out
  }

  static func render(_ doc: Document, source: SourceText, lines: LineIndex, depth: Int, into out: inout String) {
    let pad = String(repeating: "  ", count: depth)
    out += "\(pad)\(doc.kind.rawValue): \(Display.safe(doc.metadata.title ?? "(untitled)"))\n"
    for node in doc.sections { render(node, lines: lines, indent: depth + 1, into: &out) }
    for attachment in doc.attachments {
      out += "\(pad)attachment:\n"
      render(attachment, source: source, lines: lines, depth: depth + 1, into: &out)
    }
  }

  static func render(_ node: Node, lines: LineIndex, indent: Int, into out: inout String) {
    let (line, column) = lines.lineColumn(of: node.span.start)
    let pad = String(repeating: "  ", count: indent)
    let kind = node.kind == .item ? " item" : ""
    out += "\(pad)L\(node.level)\(kind) \(Display.safe(node.marker)) \(Display.safe(node.title))  @\(line):\(column)\n"
    for child in node.children { render(child, lines: lines, indent: indent + 1, into: &out) }
  }
}
