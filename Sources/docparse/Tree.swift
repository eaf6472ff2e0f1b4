import ArgumentParser
import DocParse

struct Tree: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tree",
    abstract: "Print a readable outline of each document's sections.",
    discussion: """
      One node per line, indented by level: level, marker, title and the
      line:column where the marker starts. Attached documents follow under
      their own title.

      Example:
        docparse tree Fixtures/qijiang-2022-work-plan-notice.txt
      """
  )

  @Argument(help: "Documents to outline (- for stdin).")
  var files: [String] = []

  func run() throws {
    var failed = false
    for path in files.isEmpty ? ["-"] : files {
      do {
        let source = try Input.source(path)
        let result = DocParser.parse(source, options: ParseOptions(extractFacts: false))
        Input.emit(TreeOutline.render(result))
      } catch {
        Input.report(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
