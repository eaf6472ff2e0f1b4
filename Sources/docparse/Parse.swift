import ArgumentParser
import DocParse

struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the docparse/1 JSON (metadata, section tree, facts) of each document.",
    discussion: """
      With no FILE, or with -, reads standard input. With several files,
      prints one JSON object per line (JSON Lines) unless --pretty is given.
      A file that cannot be read or decoded is reported on stderr and the
      others are still parsed; the exit status is then 1.

      Examples:
        docparse parse Fixtures/qianjiang-2023-work-plan.txt --pretty
        docparse parse a.txt b.txt > out.jsonl
        iconv -f utf-8 -t gb18030 a.txt | docparse parse
      """
  )

  @Argument(help: "Documents to parse (- for stdin).")
  var files: [String] = []

  @Flag(help: "Indent the JSON for people.")
  var pretty = false

  @Option(help: "Reference year for dates written without one (default: the document's year).")
  var year: Int?

  func run() throws {
    var failed = false
    for path in files.isEmpty ? ["-"] : files {
      do {
        let source = try Input.source(path)
        let result = DocParser.parse(source, options: ParseOptions(referenceYear: year))
        ContractJSON.write(result, pretty: pretty) { Input.emit(bytes: $0) }
        Input.emit("\n")
      } catch {
        Input.report(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
