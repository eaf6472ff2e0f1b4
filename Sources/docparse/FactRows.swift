import DocParse
import FoundationEssentials

/// Formatting of facts for `docparse facts`: JSON Lines with the source name, or CSV.
enum FactRows {
  /// Every fact of `result`, its attachments' after its own, a stretch at a time.
  static func forEach(in result: ParseResult, _ body: ([Fact]) -> Void) {
    var unused: [Diagnostic] = []
    func walk(_ document: Document) {
      result.facts(of: document, diagnostics: &unused, body)
      document.attachments.forEach(walk)
    }
    walk(result.document)
  }

  /// One fact as a JSON line: `source` first, then the contract's fields.
  static func json(_ fact: Fact, in source: SourceText) -> String {
    guard case .object(let members) = ContractJSON.fact(fact, in: source) else { return "" }
    return JSON.object([("source", .string(source.name))] + members).serialized()
  }

  static let csvHeader =
    "source,kind,text,start,end,section,value,unit,comparator,approximate,masked,status,subject,rule"

  /// One fact as a CSV row.
  static func csv(_ f: Fact, in source: SourceText) -> String {
    let value = f.value.cell
    let fields = [
      source.name, f.kind.rawValue, source[f.span], String(f.span.start), String(f.span.end),
      f.section.map(String.init).joined(separator: "."), value, f.unit ?? "", f.comparator.rawValue,
      String(f.approximate), String(f.masked), f.status?.rawValue ?? "", f.subject ?? "", f.rule,
    ]
    return Table.csvRow(fields)
  }
}

/// `docparse facts --jsonl`: records in, one `{"id", "facts"}` line per record out.
enum FactRecords {
  struct Record: Decodable {
    var id: ID
    var text: String
    var refDate: String?
  }

  /// A record id as given: a string or a number.
  enum ID: Decodable {
    case string(String), int(Int)
    init(from decoder: Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let i = try? c.decode(Int.self) { self = .int(i) } else { self = .string(try c.decode(String.self)) }
    }
    var json: JSON {
      switch self {
      case .string(let s): return .string(s)
      case .int(let i): return .int(i)
      }
    }
  }

  /// Reads the records line by line (a stream of any length needs memory for
  /// one record) and prints one line of facts per record.
  static func run(path: String, keep: (Fact) -> Bool, wantsNumbers: Bool) throws(InputError) {
    var problem: InputError?
    try LineReader.lines(
      of: path, tooLong: { problem = InputError(path: path, problem: "line \($0): longer than the limit") }
    ) { line, number in
      guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { return true }
      guard let record = try? JSONDecoder().decode(Record.self, from: Data(line)) else {
        problem = InputError(path: path, problem: "line \(number): not a record {\"id\", \"text\", \"refDate\"?}")
        return false
      }
      Input.emit(output(for: record, keep: keep, wantsNumbers: wantsNumbers) + "\n")
      return true
    }
    if let problem { throw problem }
  }

  static func output(for record: Record, keep: (Fact) -> Bool, wantsNumbers: Bool) -> String {
    let source = SourceText(name: "-", text: record.text)
    let year = record.refDate.flatMap { Int($0.prefix(4)) }
    let context = FactContext(
      referenceYear: year, referenceDate: record.refDate, resolvesRelativeDates: true,
      includeNumbersAndRanges: wantsNumbers)
    let facts = FactExtractor.extract(from: source, in: Span(0, source.count), context: context).filter(keep)
    return JSON.object([("id", record.id.json), ("facts", .array(facts.map { ContractJSON.fact($0, in: source) }))])
      .serialized()
  }
}
