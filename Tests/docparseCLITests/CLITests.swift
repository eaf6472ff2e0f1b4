import FoundationEssentials
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The `docparse` binary as a user runs it: exit codes, stdout, one-line errors.
@Suite struct CLITests {
  static let plan = CLI.fixture("qianjiang-2023-work-plan.txt")

  func json(_ line: Substring) throws -> JSONValue { try JSONValue.parse(line) }

  func source(_ run: Run) throws -> JSONValue {
    let line = try #require(run.stdoutLines.first)
    return try #require(try json(line)["source"])
  }

  @Test func parsesADocument() throws {
    let run = CLI.run(["parse", Self.plan])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdoutLines.count == 1)
    #expect(try json(run.stdoutLines[0])["schema"]?.string == "docparse/1")
  }

  /// poppler (and the forty libraries it links) is loaded by the first PDF, not by
  /// every process: glibc's loader names each library it opens under `LD_DEBUG=files`.
  @Test func popplerIsLoadedOnlyForPDF() throws {
    let text = CLI.run(["parse", Self.plan], environment: ["LD_DEBUG=files"])
    #expect(text.status == 0)
    #expect(!text.stderr.contains("libpoppler"))
    #expect(text.stderr.contains("libicuuc"), "LD_DEBUG=files lists loaded libraries")
    let pdf = CLI.run(["parse", CLI.fixture("office/000_76e230156d647161.pdf")], environment: ["LD_DEBUG=files"])
    #expect(pdf.status == 0)
    #expect(pdf.stderr.contains("libpoppler-glib.so.8"))
    let page = try #require(pdf.stdoutLines.last)
    #expect(try json(page)["source"]?["format"]?.string == "pdf")
  }

  @Test(arguments: [
    ("encoding/qianjiang-2023-work-plan.gb18030.txt", "GB18030"),
    ("encoding/qianjiang-2023-work-plan.utf16le.txt", "UTF-16LE"),
  ])
  func decodesOtherEncodings(_ name: String, _ encoding: String) throws {
    let utf8 = try source(CLI.run(["parse", Self.plan]))
    let run = CLI.run(["parse", CLI.fixture(name)])
    #expect(run.status == 0)
    let other = try source(run)
    #expect(other["encoding"]?.string == encoding)
    #expect(other["length"]?.int == utf8["length"]?.int)
  }

  @Test func binaryFileIsAOneLineError() {
    let path = CLI.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0, count: 64))
    defer { unlink(path) }
    let run = CLI.run(["parse", path])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderrLines.count == 1)
    #expect(run.stderr.hasPrefix("docparse: \(path): not a text document ("))
  }

  @Test(arguments: [
    ([UInt8](), "empty document"),
    (Array("一、总则\n".utf8) + [0xE4, 0xB8], "truncated"),
  ])
  func badBytesAreOneLineErrors(_ bytes: [UInt8], _ problem: String) {
    let path = CLI.temporaryFile(bytes)
    defer { unlink(path) }
    let run = CLI.run(["parse", path])
    #expect(run.status == 1)
    #expect(run.stderrLines.count == 1)
    #expect(run.stderr.hasPrefix("docparse: \(path): ") && run.stderr.contains(problem))
  }

  @Test func batchGoesOnAfterABadFile() throws {
    let missing = CLI.root + "/Fixtures/no-such-document.txt"
    let run = CLI.run(["parse", Self.plan, missing, CLI.fixture("qianjiang-2021-work-summary.txt")])
    #expect(run.status == 1)
    // Files named on the command line: the failure is on stderr only.
    let records = try run.stdoutLines.map { try json($0) }
    #expect(records.count == 2 && records.allSatisfy { $0["document"] != nil })
    #expect(run.stderrLines.count == 1)
    #expect(run.stderr.hasPrefix("docparse: \(missing): "))
  }

  @Test(arguments: [[String](), ["-"]])
  func readsStandardInput(_ arguments: [String]) throws {
    let run = CLI.run(["parse"] + arguments, stdin: CLI.bytes(Self.plan))
    #expect(run.status == 0)
    #expect(try source(run)["name"]?.string == "-")
  }

  @Test func treeOutline() {
    let run = CLI.run(["tree", Self.plan])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("# "))
    #expect(run.stdout.contains("L1 一、 努力提升全社会研发投入  @5:1"))
  }

  @Test func factsOfOneKind() throws {
    let run = CLI.run(["facts", "--kinds", "money", Self.plan])
    #expect(run.status == 0)
    #expect(run.stdoutLines.count == 3)
    for line in run.stdoutLines { #expect(try json(line)["kind"]?.string == "money") }
  }

  @Test func factsFromJSONLines() throws {
    let run = CLI.run(["facts", "--jsonl"], stdin: Array(#"{"id":"a","text":"投资1.2万元"}"#.utf8) + [0x0A])
    #expect(run.status == 0)
    let record = try json(#require(run.stdoutLines.first))
    #expect(record["id"]?.string == "a")
    let fact = try #require(record["facts"]?.array?.first)
    #expect(fact["value"]?.int == 12000)
    #expect(fact["span"]?.array?.compactMap(\.int) == [2, 7])
  }

  @Test func targetsTable() {
    let markdown = CLI.run(["targets", Self.plan])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("| document | section |"))
    #expect(markdown.stdout.contains("| 知识价值信用贷款放款金额 | >= | 80000000 | CNY |"))
    let csv = CLI.run(["targets", "--format", "csv", Self.plan])
    #expect(csv.stdout.hasPrefix("document,section,section title,subject,"))
  }

  @Test func trackPlanAgainstSummary() {
    let run = CLI.run([
      "track", CLI.fixture("track/county-2023-work-plan.txt"), CLI.fixture("track/county-2023-work-summary.txt"),
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("| not met |") && run.stdout.contains("| met |"))
    #expect(run.stdout.contains("| not reported |") && run.stdout.contains("| masked |"))
  }

  /// `docparse text` prints the text spans index: the decoded file for text,
  /// the page's text for HTML; `source.format` says which.
  @Test func textIsWhatSpansIndex() throws {
    let plain = CLI.run(["text", CLI.fixture("encoding/qianjiang-2023-work-plan.gb18030.txt")])
    #expect(plain.status == 0)
    let utf8 = try String(decoding: Data(contentsOf: URL(fileURLWithPath: Self.plan)), as: UTF8.self)
    #expect(plain.stdout == utf8)
    let page = CLI.fixture("html/guobanfa-2018-holidays.html")
    let text = CLI.run(["text", page])
    #expect(text.status == 0 && !text.stdout.contains("<") && text.stdout.contains("一、元旦"))
    let parsed = CLI.run(["parse", page])
    let object = try json(try #require(parsed.stdoutLines.first))
    #expect(object["source"]?["format"]?.string == "html")
    // Every fact's text is the slice of `docparse text` at its span.
    let scalars = Array(text.stdout.unicodeScalars)
    for fact in object["document"]?["facts"]?.array ?? [] {
      guard let span = fact["span"]?.array, let a = span.first?.int, let b = span.last?.int else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[a..<b])
      #expect(String(view) == fact["text"]?.string)
    }
    #expect(CLI.run(["text", CLI.fixture("no-such-file.txt")]).status == 1)
  }

  @Test func tokens() {
    let run = CLI.run(["tokens", "--inline"], stdin: Array("力争培育科技型企业50家以上。".utf8))
    #expect(run.status == 0)
    #expect(run.stdout == "力争 培育 科技 型 企业 50 家 以上 。\n")
  }

  @Test func helpAndUnknownCommands() {
    let help = CLI.run(["--help"])
    #expect(help.status == 0)
    for command in ["parse", "text", "tree", "facts", "targets", "track", "tokens"] { #expect(help.stdout.contains(command)) }
    #expect(CLI.run(["frobnicate"]).status != 0)
  }

  @Test func longSingleLineDocument() throws {
    let unit = Array("（一）加强领导。一是健全机制；二是压实责任。".utf8)
    let bytes = Array(repeating: unit, count: 5_000_000 / unit.count).flatMap { $0 }
    let path = CLI.temporaryFile(bytes)
    defer { unlink(path) }
    let run = CLI.run(["tree", path])
    #expect(run.status == 0)
    #expect(run.stdoutLines.count > 1000)
  }
}
