import ArgumentParser
import DocParse

struct Track: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "track",
    abstract: "Check a plan's targets against the results a later summary reports.",
    discussion: """
      Each target of PLAN is paired with the figure SUMMARY reports for the
      same indicator in the year under review (never a several-year total,
      never the summary's own new targets): same kind and unit, the same
      indicator word (赤字, 就业, 价格…) when the target names one, and the most
      similar subject. Each row says met, not met, masked (the summary blanks
      the digits) or not reported, with the indicator, the direction (floor,
      ceiling, about) and the comparison behind the verdict: price rises,
      unemployment and deficits are ceilings; a growth target written 左右 is
      met within half a point (7.4 ≥ 7.5 − 0.5); a band (6.5%－7%) from its low
      end. A goal for several years (“十一五”期间…) is not judged by one year's
      figure; a goal the review judges only in words (预期增长目标未能实现)
      gets that sentence.

      With several summaries, each is checked against PLAN. With --series,
      each report is checked against the next one (the report of year Y sets
      Y's targets, the report of Y+1 reviews them): one table per year.

      Examples:
        docparse track Fixtures/track/county-2023-work-plan.txt Fixtures/track/county-2023-work-summary.txt
        docparse track --series gwr-2014.txt gwr-2015.txt gwr-2016.txt --format csv
      """
  )

  @Argument(help: "The plan and the later summary (or summaries); with --series, the reports in order.")
  var files: [String]

  @Flag(help: "Check each report against the next one.")
  var series = false

  @Option(help: "Output format: markdown (for people), csv or jsonl.")
  var format: TableFormat = .markdown

  func validate() throws {
    if files.count < 2 {
      throw ValidationError(series ? "--series needs at least two reports" : "track needs a PLAN and a SUMMARY")
    }
  }

  func run() throws {
    // Each document is parsed once, even when it is both a summary and the next plan.
    var parsed: [String: ParseResult] = [:]
    func load(_ path: String) throws -> ParseResult {
      if let r = parsed[path] { return r }
      do {
        let r = DocParser.parse(try Input.source(path))
        parsed[path] = r
        return r
      } catch {
        Input.report(error)
        throw ExitCode(1)
      }
    }
    let pairs: [(String, String)] =
      series ? zip(files, files.dropFirst()).map { ($0, $1) } : files.dropFirst().map { (files[0], $0) }
    let several = pairs.count > 1
    if format == .csv, several { Input.emit("plan,summary,") }
    for (k, (planPath, summaryPath)) in pairs.enumerated() {
      let plan = try load(planPath)
      let summary = try load(summaryPath)
      let rows = Tracker.track(plan: plan, summary: summary)
      let table = TargetReport.table(rows)
      switch format {
      case .markdown:
        if several {
          Input.emit("\(k > 0 ? "\n" : "")## \(Display.safe(title(plan))) → \(Display.safe(title(summary)))\n\n")
        }
        Input.emit(table.markdown())
      case .csv:
        if several {
          let prefix = Table.csvRow([planPath, summaryPath]) + ","
          if k == 0 { Input.emit(Table.csvRow(table.header) + "\n") }
          for row in table.rows { Input.emit(prefix + Table.csvRow(row) + "\n") }
        } else {
          Input.emit(table.csv())
        }
      case .jsonl:
        for r in rows {
          var object = TargetReport.json(r, plan: plan.source, summary: summary.source)
          if several, case .object(let members) = object {
            object = .object([("plan", .string(planPath)), ("summary", .string(summaryPath))] + members)
          }
          Input.emit(object.serialized() + "\n")
        }
      }
    }
  }

  private func title(_ r: ParseResult) -> String {
    let t = r.document.metadata.title ?? r.source.name
    return r.document.metadata.year.map { "\($0) \(t)" } ?? t
  }
}
