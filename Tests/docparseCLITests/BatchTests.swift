import FoundationEssentials
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The batch driver of `parse`, `facts` and `targets`: inputs, order, ids,
/// error records, workers and exit codes.
@Suite struct BatchTests {
  static let plan = CLI.fixture("qianjiang-2023-work-plan.txt")
  static let notice = CLI.fixture("qijiang-2022-work-plan-notice.txt")

  @Test func recordsInGiveRecordsOutInOrderWithErrorsInPlace() throws {
    let records = [
      #"{"id": "a", "text": "关于开展检查的通知\n一、目标\n完成投资10亿元。\n"}"#,
      #"{"id": 7, "path": "\#(Self.plan)"}"#,
      "not json",
      #"{"id": "missing", "path": "/nonexistent/notice.txt"}"#,
      #"{"id": "empty"}"#,
    ].joined(separator: "\n") + "\n"
    let run = CLI.run(["parse", "--jsonl", "--jobs", "2"], stdin: Array(records.utf8))
    #expect(run.status == 1)
    let out = try run.stdoutLines.map { try JSONValue.parse($0) }
    #expect(out.count == 5)
    #expect(out[0]["id"]?.string == "a" && out[0]["document"]?["facts"]?.array?.isEmpty == false)
    #expect(out[1]["id"]?.int == 7 && out[1]["schema"]?.string == "docparse/1")
    #expect(out[2]["error"]?.string?.contains("not a record") == true)
    #expect(out[3]["id"]?.string == "missing" && out[3]["error"] != nil)
    #expect(out[4]["error"]?.string?.contains("neither") == true)
    #expect(run.stderrLines.count == 3)
  }

  @Test(.serialized, arguments: [["parse", "--jsonl"], ["facts", "--files-from", "-"]])
  func aLineIsAnsweredBeforeTheNextIsWritten(_ arguments: [String]) {
    // A client that waits for one document's output before it writes the next.
    let conversation = Conversation(arguments + ["--jobs", "2"])
    let line = { (path: String) in arguments[0] == "parse" ? #"{"id": 1, "path": "\#(path)"}"# : path }
    conversation.send(line(Self.plan))
    let first = conversation.receive(within: 20)
    #expect(first?.contains("qianjiang") == true)
    conversation.send(line(Self.notice))
    #expect(conversation.finish() == 0)
  }

  @Test func outputDoesNotDependOnTheNumberOfWorkers() {
    let inputs = [CLI.root + "/Fixtures/layout", CLI.root + "/Fixtures/html", Self.plan]
    let one = CLI.run(["parse", "--jobs", "1"] + inputs)
    let two = CLI.run(["parse", "--jobs", "2"] + inputs)
    let four = CLI.run(["facts", "--jobs", "4"] + inputs)
    let facts = CLI.run(["facts", "--jobs", "1"] + inputs)
    #expect(one.status == 0 && one.stdoutLines.count > 10)
    #expect(one.stdout == two.stdout)
    #expect(four.stdout == facts.stdout && !facts.stdout.isEmpty)
  }

  @Test func documentsTakenByAnyWorkerStayInOrder() throws {
    // Many groups of documents, so that workers done with their own take the
    // rest of another's: every document once, in input order.
    let layout = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/Fixtures/layout").sorted()
    let paths = (0..<4).flatMap { _ in layout.map { CLI.root + "/Fixtures/layout/" + $0 } + [Self.plan, Self.notice] }
    let list = CLI.temporaryFile(Array(paths.joined(separator: "\n").utf8))
    defer { unlink(list) }
    let one = CLI.run(["parse", "--jobs", "1", "--files-from", list])
    let three = CLI.run(["parse", "--jobs", "3", "--files-from", list])
    #expect(one.status == 0 && three.status == 0)
    #expect(try three.stdoutLines.map { try JSONValue.parse($0)["id"]?.string } == paths)
    #expect(one.stdout == three.stdout)
  }

  @Test func aListOfFilesAndAPrettyBatchIsOneJSONArray() throws {
    let list = CLI.temporaryFile(Array("\(Self.plan)\n\(Self.notice)\n/nonexistent.txt\n".utf8))
    defer { unlink(list) }
    let run = CLI.run(["parse", "--files-from", list, "--pretty"])
    #expect(run.status == 1)
    guard case .array(let items) = try JSONValue.parse(run.stdout[...]) else {
      Issue.record("not a JSON array")
      return
    }
    #expect(items.map { $0["id"]?.string } == [Self.plan, Self.notice, "/nonexistent.txt"])
    #expect(items[2]["error"] != nil && items[0]["document"] != nil)
  }

  @Test func oneDocumentHasNoId() throws {
    let run = CLI.run(["parse", Self.plan])
    #expect(run.status == 0 && run.stdoutLines.count == 1)
    #expect(try JSONValue.parse(run.stdoutLines[0])["id"] == nil)
  }

  @Test func usageErrorsExitWithTwo() {
    #expect(CLI.run(["parse", "--jobs", "0", Self.plan]).status == 2)
    #expect(CLI.run(["parse", "--no-such-flag"]).status == 2)
    #expect(CLI.run(["parse", "--jsonl", "--files-from", "-"]).status == 2)
  }

  @Test func targetsOfABatchShareOneHeader() {
    let run = CLI.run(["targets", "--format", "csv", "--jobs", "2", Self.plan, Self.plan])
    #expect(run.status == 0)
    #expect(run.stdoutLines.filter { $0.hasPrefix("document,") }.count == 1)
    let rows = run.stdoutLines.count - 1
    #expect(rows > 0 && rows % 2 == 0)
  }

  @Test func trackSeriesGivesOneTablePerYear() {
    let plan = CLI.fixture("track/county-2023-work-plan.txt")
    let summary = CLI.fixture("track/county-2023-work-summary.txt")
    let run = CLI.run(["track", "--series", plan, summary, plan])
    #expect(run.status == 0)
    #expect(run.stdoutLines.filter { $0.hasPrefix("## ") }.count == 2)
    let csv = CLI.run(["track", plan, summary, summary, "--format", "csv"])
    #expect(csv.stdoutLines.first?.hasPrefix("plan,summary,subject,indicator,direction") == true)
    #expect(CLI.run(["track", plan]).status == 2)
  }
}
