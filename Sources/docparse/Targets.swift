import ArgumentParser
import DocParse

struct Targets: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets",
    abstract: "List the targets (goals) each document sets, as a table.",
    discussion: """
      A target is a quantity whose status is `target`: 力争培育科技型企业50家以上
      gives subject 科技型企业, comparator >=, value 50, unit 家. Columns:
      document, section path and title, subject, comparator, value, unit, year,
      the figure's text and its sentence.

      Files, directories, --files-from, --jsonl and --jobs work as for
      `parse`; rows stay in input order.

      Examples:
        docparse targets Fixtures/qianjiang-2023-work-plan.txt
        docparse targets --format csv plans/*.txt > targets.csv
        docparse targets --format jsonl plan.txt | jq .fact.subject
      """
  )

  @OptionGroup var inputs: BatchOptions

  @Option(help: "Output format: markdown (for people), csv or jsonl.")
  var format: TableFormat = .markdown

  func run() throws {
    let format = self.format
    // Rows are written as each document is done: the header first.
    let header = TargetReport.table([Target]())
    switch format {
    case .markdown: Input.emit(header.markdown())
    case .csv: Input.emit(header.csv())
    case .jsonl: break
    }
    let ok = Batch.run(inputs) { item, sink in
      let result = DocParser.parse(try item.load())
      let targets = Target.all(in: result)
      let out: String
      switch format {
      case .jsonl: out = targets.map { TargetReport.json($0, source: result.source).serialized() + "\n" }.joined()
      case .markdown: out = TargetReport.table(targets).markdown(header: false)
      case .csv: out = TargetReport.table(targets).csv(header: false)
      }
      sink(Array(out.utf8))
    }
    if !ok { throw ExitCode(1) }
  }
}
