import ArgumentParser
import DocParse
import FoundationEssentials

struct Facts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the facts (money, counts, percents, dates, …) of each document, one per line.",
    discussion: """
      With no FILE, or with -, reads standard input. Prints one JSON object
      per fact (JSON Lines) with the source name and the section path, or CSV
      with --format csv.

      With --jsonl the input is JSON Lines records {"id", "text", "refDate"?}
      and the output is one line per record, {"id", "facts": [...]}, with
      spans relative to the record's text. In that mode --kinds may also ask
      for `number` (bare numbers). `range` selects the facts of any kind whose
      value is a range (`3-6个月`, `1500-2000元`), with min and max.

      Examples:
        docparse facts Fixtures/qianjiang-2023-work-plan.txt
        docparse facts --kinds money,count --format csv a.txt b.txt > facts.csv
        docparse facts --jsonl --kinds number,money,date cases.jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
  }

  @Argument(help: "Documents (or, with --jsonl, record files) to read (- for stdin).")
  var files: [String] = []

  @Option(help: "Comma-separated fact kinds to print (default: all of the contract's kinds).")
  var kinds: String?

  @Option(help: "Output format: jsonl or csv.")
  var format: Format = .jsonl

  @Flag(help: "Read JSON Lines records {\"id\", \"text\", \"refDate\"} instead of documents.")
  var jsonl = false

  @Option(help: "Reference year for dates written without one.")
  var year: Int?

  func validate() throws {
    for k in kindFilter ?? [] where Fact.Kind(rawValue: k) == nil && k != "range" {
      throw ValidationError(
        "unknown fact kind '\(k)' (known: \(Fact.Kind.allCases.map(\.rawValue).joined(separator: ", ")), range)")
    }
  }

  var kindFilter: [String]? {
    kinds.map { $0.split(separator: ",").map { String($0.filter { $0 != " " }) } }
  }

  func run() throws {
    let wanted = Set((kindFilter ?? []).compactMap(Fact.Kind.init(rawValue:)))
    let ranges = kindFilter?.contains("range") ?? false
    let keep: (Fact) -> Bool = { f in
      if wanted.isEmpty && !ranges { return f.kind != .number }
      return wanted.contains(f.kind) || ranges && f.min != nil
    }
    var failed = false
    if format == .csv && !jsonl { Input.emit(FactRows.csvHeader + "\n") }
    for path in files.isEmpty ? ["-"] : files {
      do {
        if jsonl {
          try FactRecords.run(path: path, keep: keep, wantsNumbers: wanted.contains(.number))
        } else {
          let source = try Input.source(path)
          let result = DocParser.parse(source, options: ParseOptions(referenceYear: year))
          for fact in FactRows.all(in: result.document) where keep(fact) {
            Input.emit((format == .csv ? FactRows.csv(fact, in: result.source) : FactRows.json(fact, in: result.source)) + "\n")
          }
        }
      } catch {
        Input.report(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
