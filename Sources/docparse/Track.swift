import ArgumentParser
import DocParse

struct Track: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a plan's targets against the results a later summary reports.",
    discussion: """
      Each target of PLAN is paired with the result in SUMMARY that has the
      same kind and unit and the most similar subject, and marked met, not
      met, masked (the summary blanks the digits) or not reported. Both
      source sentences are shown.

      Example:
        docparse track Fixtures/track/county-2023-work-plan.txt Fixtures/track/county-2023-work-summary.txt
      """
  )

  @Argument(help: "The plan (工作要点, 工作计划).")
  var plan: String

  @Argument(help: "The later summary (工作总结).")
  var summary: String

  @Option(help: "Output format: markdown (for people), csv or jsonl.")
  var format: TableFormat = .markdown

  func run() throws {
    do {
      let planResult = DocParser.parse(try Input.source(plan))
      let summaryResult = DocParser.parse(try Input.source(summary))
      let rows = Tracker.track(plan: planResult, summary: summaryResult)
      switch format {
      case .markdown: Input.emit(TargetReport.table(rows).markdown())
      case .csv: Input.emit(TargetReport.table(rows).csv())
      case .jsonl:
        for r in rows {
          Input.emit(TargetReport.json(r, plan: planResult.source, summary: summaryResult.source).serialized() + "\n")
        }
      }
    } catch {
      Input.report(error)
      throw ExitCode(1)
    }
  }
}
