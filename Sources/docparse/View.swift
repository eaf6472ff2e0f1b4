import ArgumentParser
import DocParse

#if canImport(Glibc)
  import Glibc
#endif

struct View: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Write one HTML page to check a document's extraction at a glance.",
    discussion: """
      The page is self-contained (inline CSS and a little JavaScript, nothing
      from the network): the text docparse read with every fact highlighted
      by kind (targets outlined, actuals filled, masked figures hatched; hover
      for value, unit, comparator, status, subject and rule), the outline
      beside it (click a heading to jump to it), the metadata with links to
      where each value was read, the diagnostics, and a sortable targets
      table. Checkboxes filter the highlights by kind and status.

      With --track, PLAN and SUMMARY give the tracking table instead: each
      target with its result, met / not met / masked / not reported coloured.

      Without -o the page goes to stdout.

      Examples:
        docparse view Fixtures/qianjiang-2023-work-plan.txt -o plan.html
        docparse view --track Fixtures/track/county-2023-work-plan.txt Fixtures/track/county-2023-work-summary.txt -o track.html
      """
  )

  @Argument(help: "The document (or, with --track, the plan and the summary).")
  var files: [String]

  @Option(name: .shortAndLong, help: ArgumentHelp("Write the page to PAGE.html instead of stdout.", valueName: "PAGE.html"))
  var output: String?

  @Flag(help: "Show how the plan's targets fared in the summary (two files: PLAN SUMMARY).")
  var track = false

  func validate() throws {
    if track && files.count != 2 { throw ValidationError("--track takes two files: PLAN SUMMARY") }
    if !track && files.count != 1 { throw ValidationError("view takes one document (use --track PLAN SUMMARY for two)") }
  }

  func run() throws {
    let page: String
    do {
      if track {
        let plan = DocParser.parse(try Input.source(files[0]))
        let summary = DocParser.parse(try Input.source(files[1]))
        page = ViewPage.render(plan: plan, summary: summary, rows: Tracker.track(plan: plan, summary: summary))
      } else {
        page = ViewPage.render(DocParser.parse(try Input.source(files[0])))
      }
    } catch {
      Input.report(error)
      throw ExitCode(1)
    }
    guard let output else {
      Input.emit(page)
      return
    }
    let fd = open(Input.rawPath(output), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      Input.report(InputError(path: output, problem: "cannot write the page: " + String(cString: strerror(errno))))
      throw ExitCode(1)
    }
    var bytes = page
    var ok = bytes.withUTF8 { Input.write(fd: fd, $0) }
    if close(fd) != 0 { ok = false }
    if !ok {
      Input.report(InputError(path: output, problem: "cannot write the page: " + String(cString: strerror(errno))))
      throw ExitCode(1)
    }
  }
}
