@testable import DocParse
import FoundationEssentials
import Testing

/// `targets` and `track` on realistic documents: a county plan and its summary
/// (`Fixtures/track/`) and the 黔江 2023 work plan.
@Suite struct TargetsTests {
  static func parse(_ relative: String) throws -> ParseResult {
    let path = TestSupport.packageRoot + "/Fixtures/" + relative
    return try DocParser.parse(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), name: relative)
  }

  @Test func workPlanTargetsHaveSubjects() throws {
    let targets = Target.all(in: try Self.parse("qianjiang-2023-work-plan.txt"))
    let bySubject = Dictionary(targets.map { ($0.fact.subject ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    let firms = try #require(bySubject.first { $0.key.contains("科技型企业") }?.value)
    #expect(firms.value == 50)
    #expect(firms.fact.comparator == .atLeast)
    #expect(firms.fact.unit == "家")
    #expect(firms.year == 2023)
    #expect(targets.contains { $0.fact.subject == "知识价值信用贷款放款金额" && $0.value == 80_000_000 })
    // Counts that enumerate (两个市级考核指标, 三项工作) are not targets.
    #expect(!targets.contains { $0.text == "两个" || $0.text == "三项" })
    #expect(targets.allSatisfy { $0.fact.status == .target })
  }

  @Test func targetYearComesFromItsSection() throws {
    let targets = Target.all(in: try Self.parse("qianjiang-2022-summary-2023-plan-masked.txt"))
    #expect(!targets.isEmpty)
    #expect(targets.allSatisfy { $0.year == 2023 })
  }

  @Test func trackPairsTargetsWithResults() throws {
    let rows = Tracker.track(
      plan: try Self.parse("track/county-2023-work-plan.txt"),
      summary: try Self.parse("track/county-2023-work-summary.txt"))
    let outcome = Dictionary(rows.map { ($0.target.fact.subject ?? "", $0.outcome) }, uniquingKeysWith: { a, _ in a })
    #expect(outcome["新培育科技型企业"] == .met)
    #expect(outcome["高新技术企业总数"] == .notMet)
    #expect(outcome["全社会研发投入增长"] == .met)
    #expect(outcome["市级科研项目资金"] == .met)
    #expect(outcome["技术合同登记金额"] == .notMet)
    #expect(outcome["科技成果登记"] == .masked)
    #expect(outcome["选派科技特派员"] == .notReported)
    #expect(rows.count == 7)
  }

  @Test func markdownAndCSVTables() {
    var table = Table(header: ["subject", "text"])
    table.rows = [["高新技术企业", "分别突破330家、5900家"], ["a|b", "x,\"y\""]]
    #expect(table.markdown().contains("| a\\|b | x,\"y\" |"))
    #expect(table.csv() == "subject,text\n高新技术企业,分别突破330家、5900家\na|b,\"x,\"\"y\"\"\"\n")
  }
}
