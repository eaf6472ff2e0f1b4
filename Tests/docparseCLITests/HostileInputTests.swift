import FoundationEssentials
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs made by hand to break docparse (a fuzzer's inputs are too small to
/// reach them; `Fuzz/make-inputs.py` writes the same shapes for measuring).
/// Each must end with the stated exit status, without a crash, within a time
/// bound that a quadratic path would blow (bounds are for the debug build).
@Suite struct HostileInputTests {
  /// Runs and times a command.
  func timed(_ arguments: [String], stdin: [UInt8]? = nil) -> (Run, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let run = CLI.run(arguments, stdin: stdin)
    let elapsed = clock.now - start
    return (run, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }

  func file(_ text: String, suffix: String = ".txt") -> String { CLI.temporaryFile(Array(text.utf8), suffix: suffix) }

  @Test func nestingAfterColonsIsBounded() throws {
    let path = file(String(repeating: "1.：\n", count: 12_000))
    defer { unlink(path) }
    let (run, seconds) = timed(["parse", path])
    #expect(run.status == 0 && seconds < 10)
    #expect(run.stdout.contains("\"nesting-limit\""))
    #expect(timed(["tree", path]).0.status == 0)
  }

  /// A large document of real text (a fixture repeated to 16 MiB) is parsed in
  /// at most four times its size above what a small document takes.
  @Test func largeDocumentMemoryIsBounded() {
    let fixture = CLI.fixture("qianjiang-2023-work-plan.txt")
    let text = CLI.bytes(fixture)
    var big: [UInt8] = []
    while big.count < 16 << 20 { big += text + Array("\n".utf8) }
    let path = CLI.temporaryFile(big)
    defer { unlink(path) }
    let small = CLI.run(["parse", fixture])
    let (run, seconds) = timed(["parse", path])
    #expect(run.status == 0 && seconds < 60)
    #expect(run.peakMemory - small.peakMemory <= 4 * big.count, "\(run.peakMemory >> 20) MB for \(big.count >> 20) MB")
  }

  /// Figure-dense text (three figures every 30 characters): the facts are
  /// written as they are found, so memory follows the text, not the figures.
  @Test func figureDenseDocumentMemoryIsBounded() {
    let big = Array((0..<40_000).map { "\($0)家企业增长\($0 % 100)%，投入\($0)万元；" }.joined().utf8)
    let path = CLI.temporaryFile(big)
    defer { unlink(path) }
    let small = CLI.run(["parse", CLI.fixture("qianjiang-2023-work-plan.txt")])
    let (run, seconds) = timed(["parse", path])
    #expect(run.status == 0 && seconds < 60)
    #expect(run.stdout.contains("\"value\":399990000,"))  // the last figure (39999万元) is written
    #expect(run.peakMemory - small.peakMemory <= 4 * big.count, "\(run.peakMemory >> 20) MB for \(big.count >> 20) MB")
  }

  @Test func longRunOfStarsIsLinear() {
    let path = file("共" + String(repeating: "*", count: 200_000) + "家\n")
    defer { unlink(path) }
    let (run, seconds) = timed(["parse", path])
    #expect(run.status == 0 && seconds < 10)
  }

  @Test func manyAttachmentsAreLinear() {
    let path = file("关于印发的通知\n" + (0..<50_000).map { "附件\($0)\n标题\($0)\n内容\($0)家。\n" }.joined())
    defer { unlink(path) }
    let (run, seconds) = timed(["tree", path])
    #expect(run.status == 0 && seconds < 20)
  }

  @Test func trackingManyTargetsIsNotQuadratic() {
    let plan = file("2023年工作计划\n一、主要目标\n" + (0..<5_000).map { "力争指标\($0)企业达到\($0 + 10)家以上。\n" }.joined())
    let summary = file("2023年工作总结\n一、主要成效\n" + (0..<5_000).map { "指标\($0)企业达到\($0 + 12)家。\n" }.joined())
    defer { unlink(plan); unlink(summary) }
    let (run, seconds) = timed(["track", plan, summary])
    #expect(run.status == 0 && seconds < 20)
    #expect(run.stdout.contains("指标4999企业") && run.stdout.contains("met"))
  }

  /// Devices and FIFOs are refused before they are read; a directory is read
  /// recursively; the batch goes on, each failure an error record in its place.
  @Test func notRegularFilesAreRefusedAndTheBatchGoesOn() throws {
    let temporary = FileManager.default.temporaryDirectory.path
    let fifo = temporary + "/docparse-fifo-\(getpid())"
    let folder = temporary + "/docparse-folder-\(getpid())"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(mkdir(folder, 0o700) == 0)
    let inner = folder + "/notice.txt"
    #expect(FileManager.default.createFile(atPath: inner, contents: Data("关于开展检查的通知\n一、目标\n完成10家。\n".utf8)))
    defer { unlink(fifo); unlink(inner); rmdir(folder) }
    let (run, seconds) = timed(["parse", "/dev/zero", fifo, folder, CLI.fixture("qianjiang-2023-work-plan.txt")])
    #expect(run.status == 1 && seconds < 10)
    let records = run.stdoutLines.compactMap { try? JSONValue.parse($0) }
    #expect(records.map { $0["id"]?.string } == ["/dev/zero", fifo, inner, CLI.fixture("qianjiang-2023-work-plan.txt")])
    #expect(records.map { $0["error"] != nil } == [true, true, false, false])
    let errors = run.stderr.split(separator: "\n")
    #expect(errors.count == 2 && errors.allSatisfy { $0.hasPrefix("docparse: ") })
  }

  @Test func failedWritesAreErrors() {
    let plan = CLI.fixture("qianjiang-2023-work-plan.txt")
    let full = CLI.run(["parse", plan], stdout: "/dev/full")
    #expect(full.status == 1 && full.stderr.contains("cannot write the output"))
    let closed = CLI.run(["parse", plan], closedStdout: true)
    #expect(closed.status == 1 && closed.stderr.contains("cannot write the output"))
  }

  /// A written zero is zero; grouped digits are one number; a number too long
  /// to hold exactly is null with a diagnostic, never rounded.
  @Test func exactValuesOrNone() throws {
    let run = CLI.run(["parse"], stdin: Array(("投入0万元，0亿元，1 000万元，" + String(repeating: "9", count: 60) + "万元。\n").utf8))
    #expect(run.status == 0)
    let doc = try JSONValue.parse(try #require(run.stdoutLines.first))
    let facts = doc["document"]?["facts"]?.array ?? []
    #expect(facts.compactMap { $0["value"]?.int } == [0, 0, 10_000_000])
    #expect(facts.last.map { if case .null = $0["value"] { true } else { false } } == true)
    #expect(run.stdout.contains("\"number-too-large\""))
  }

  /// What a terminal or a spreadsheet would run is shown, not run.
  @Test func outputsNeutraliseEscapesAndFormulas() {
    let path = file("一、\u{1B}[31m红色\u{1B}[0m\n二、=HYPERLINK(\"x\")\n力争培育企业50家以上。\n")
    defer { unlink(path) }
    let tree = CLI.run(["tree", path])
    #expect(tree.status == 0 && !tree.stdout.contains("\u{1B}") && tree.stdout.contains("\\u{1B}"))
    let csv = CLI.run(["targets", "--format", "csv", path])
    #expect(csv.stdout.contains("'=HYPERLINK"))
  }

  @Test func deeplyNestedPageIsAnErrorNotACrash() {
    let path = file(String(repeating: "<div>", count: 50_000) + "一、总则", suffix: ".html")
    defer { unlink(path) }
    let (run, seconds) = timed(["parse", path])
    #expect((run.status == 0 || run.status == 1) && seconds < 10)
    if run.status == 1 { #expect(run.stderr.hasPrefix("docparse: ") && run.stderr.split(separator: "\n").count == 1) }
  }

  /// A file name is printed with its control characters escaped.
  @Test func fileNamesAreShownEscaped() {
    let missing = CLI.run(["tree", FileManager.default.temporaryDirectory.path + "/docparse-\u{1B}[31m-missing.txt"])
    #expect(missing.status == 1 && missing.stderr.contains("\\u{1B}") && !missing.stderr.contains("\u{1B}"))
  }
}
