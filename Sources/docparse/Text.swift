import ArgumentParser
import DocParse

struct Text: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Print the text docparse reads out of a document: the text every span indexes.",
    discussion: """
      For a plain-text file this is the decoded file (UTF-8 out, whatever
      the input encoding). For a web page it is the page's text with one
      line per paragraph, table cells separated by tabs, and scripts,
      navigation, headers and footers left out. Offsets in `docparse parse`
      output are Unicode scalar offsets into exactly this text, so
      `text[start:end]` in Python gives the slice a span names.

      Examples:
        docparse text page.html > page.txt
        docparse text notice-gbk.txt | head
      """
  )

  @Argument(help: "Documents to read (- for stdin).")
  var files: [String] = []

  func run() throws {
    var failed = false
    for path in files.isEmpty ? ["-"] : files {
      do {
        let imported = try Input.source(path)
        Input.emit(String(String.UnicodeScalarView(imported.source.scalars)))
      } catch {
        Input.report(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
