/// A plain table rendered as Markdown for people or CSV for spreadsheets.
public struct Table: Sendable {
  public let header: [String]
  public var rows: [[String]] = []

  public init(header: [String]) { self.header = header }

  /// A GitHub-flavoured Markdown table; `|` and line breaks in cells are
  /// escaped. Without the header, only the rows (a table written in parts).
  public func markdown(header withHeader: Bool = true) -> String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { Display.safe($0.replacing("|", with: "\\|").replacing("\n", with: " ")) }.joined(separator: " | ")
        + " |\n"
    }
    return (withHeader ? line(header) + line(header.map { _ in "---" }) : "") + rows.map(line).joined()
  }

  /// RFC 4180 CSV: fields with `,` `"` or line breaks are quoted; a field a
  /// spreadsheet would run as a formula is neutralised (`Display.csvCell`).
  public func csv(header withHeader: Bool = true) -> String {
    ((withHeader ? [header] : []) + rows).map { Self.csvRow($0) + "\n" }.joined()
  }

  /// One CSV line (without its line break).
  public static func csvRow(_ cells: [String]) -> String {
    cells.map(Display.csvCell).map { s in
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }.joined(separator: ",")
  }
}
