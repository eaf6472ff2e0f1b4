@testable import DocParse
import FoundationEssentials
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Whole-document golden files: for every `Fixtures/X.txt` (or `.md`, `.html`),
/// the program's JSON is `X.expected.json` and its outline `X.tree.txt`.
///
/// To re-record after a reviewed change: `DOCPARSE_RECORD=1 swift test --filter Golden`,
/// read the diff, commit. Recording always fails the run, so a new baseline is
/// never taken silently.
@Suite struct GoldenFileTests {
  /// Whole documents in `Fixtures/`, small structure cases in `Fixtures/structure/`,
  /// one document per layout in `Fixtures/layout/`, saved web pages in `Fixtures/html/`.
  static let fixtures: [String] = ["", "structure/", "layout/", "html/"].flatMap { folder in
    TestSupport.documents(in: folder)
  }

  static var recording: Bool { getenv("DOCPARSE_RECORD") != nil }

  @Test func fixturesExist() {
    #expect(Self.fixtures.count(where: { !$0.hasPrefix("structure/") }) >= 5)
    #expect(Self.fixtures.count(where: { $0.hasPrefix("structure/") }) >= 5)
  }

  @Test(arguments: fixtures)
  func matchesGolden(_ name: String) throws {
    let dir = TestSupport.packageRoot + "/Fixtures/"
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + name)))
    let result = try DocParser.parse(bytes: bytes, name: name)
    TestSupport.checkInvariants(result)
    let stem = String(name[..<name.lastIndex(of: ".")!])
    try compare(ContractJSON.result(result).serialized(pretty: true) + "\n", to: dir + stem + ".expected.json")
    try compare(TreeOutline.render(result), to: dir + stem + ".tree.txt")
    // The streaming writer (compact facts written straight as bytes) gives the same bytes as the tree.
    for pretty in [false, true] {
      var streamed: [UInt8] = []
      ContractJSON.write(result, pretty: pretty) { streamed += $0 }
      #expect(String(decoding: streamed, as: UTF8.self) == ContractJSON.result(result).serialized(pretty: pretty))
    }
  }

  private func compare(_ actual: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    if Self.recording {
      try Data(actual.utf8).write(to: url)
      Issue.record("recorded \(path): review the diff and run again without DOCPARSE_RECORD")
      return
    }
    guard let expected = try? String(decoding: Data(contentsOf: url), as: UTF8.self) else {
      Issue.record("missing golden file \(path): run with DOCPARSE_RECORD=1 and review it")
      return
    }
    if expected != actual {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
      let got = line < a.count ? String(a[line]) : "<end>"
      let want = line < e.count ? String(e[line]) : "<end>"
      Issue.record("\(path) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)")
    }
  }
}
