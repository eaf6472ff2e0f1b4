import ArgumentParser
import DocParse
import FoundationEssentials

struct Facts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
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

      Files, directories, --files-from and --jobs work as for `parse`; the
      facts of each document stay together and in input order.

      Examples:
        docparse facts Fixtures/qianjiang-2023-work-plan.txt
        docparse facts --kinds money,count --format csv a.txt b.txt > facts.csv
        docparse facts --jsonl --kinds number,money,date cases.jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
  }

  @OptionGroup var inputs: BatchOptions

  @Option(help: "Comma-separated fact kinds to print (default: all of the contract's kinds).")
  var kinds: String?

  @Option(help: "Output format: jsonl or csv.")
  var format: Format = .jsonl

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
    let keep: @Sendable (Fact) -> Bool = { f in
      if wanted.isEmpty && !ranges { return f.kind != .number }
      return wanted.contains(f.kind) || ranges && f.min != nil
    }
    if inputs.jsonl {
      var failed = false
      for path in inputs.files.isEmpty ? ["-"] : inputs.files {
        do {
          try FactRecords.run(path: path, keep: keep, wantsNumbers: wanted.contains(.number))
        } catch {
          Input.report(error)
          failed = true
        }
      }
      if failed { throw ExitCode(1) }
      return
    }
    if format == .csv { Input.emit(FactRows.csvHeader + "\n") }
    let csv = format == .csv
    // Facts are found as the rows are written: memory follows the text, not the number of figures.
    let options = ParseOptions(referenceYear: year, defersFacts: true)
    let ok = Batch.run(inputs) { item, sink in
      let result = DocParser.parse(try item.load(), options: options)
      // Rows handed on every 64 KB: a figure-dense document has a million of them.
      var out: [UInt8] = []
      FactRows.forEach(in: result) { stretch in
        for fact in stretch where keep(fact) {
          out += (csv ? FactRows.csv(fact, in: result.source) : FactRows.json(fact, in: result.source)).utf8
          out.append(UInt8(ascii: "\n"))
          if out.count >= 1 << 16 {
            sink(out)
            out.removeAll(keepingCapacity: true)
          }
        }
      }
      sink(out)
    }
    if !ok { throw ExitCode(1) }
  }
}
