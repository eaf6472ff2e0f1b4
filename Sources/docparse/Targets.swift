import ArgumentParser
import DocParse

struct Targets: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the targets (goals) each document sets, as a table.",
    discussion: """
      A target is a quantity whose status is `target`: 力争培育科技型企业50家以上
      gives subject 科技型企业, comparator >=, value 50, unit 家. Columns:
      document, section path and title, subject, comparator, value, unit, year,
      the figure's text and its sentence.

      Examples:
        docparse targets Fixtures/qianjiang-2023-work-plan.txt
        docparse targets --format csv plans/*.txt > targets.csv
        docparse targets --format jsonl plan.txt | jq .fact.subject
      """
  )

  @Argument(help: "Documents to read (- for stdin).")
  var files: [String] = []

  @Option(help: "Output format: markdown (for people), csv or jsonl.")
  var format: TableFormat = .markdown

  func run() throws {
    var failed = false
    var all: [Target] = []
    for path in files.isEmpty ? ["-"] : files {
      do {
        let result = DocParser.parse(try Input.source(path))
        let targets = Target.all(in: result)
        if format == .jsonl {
          for t in targets { Input.emit(TargetReport.json(t, source: result.source).serialized() + "\n") }
        }
        all += targets
      } catch {
        Input.report(error)
        failed = true
      }
    }
    switch format {
    case .markdown: Input.emit(TargetReport.table(all).markdown())
    case .csv: Input.emit(TargetReport.table(all).csv())
    case .jsonl: break
    }
    if failed { throw ExitCode(1) }
  }
}
