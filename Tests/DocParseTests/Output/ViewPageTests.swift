@testable import DocParse
import FoundationEssentials
import Testing

/// The page of `docparse view`: text escaped, every fact highlighted once,
/// every link pointing at an anchor that exists.
@Suite struct ViewPageTests {
  static let fixtures = [
    "qianjiang-2023-work-plan.txt", "qijiang-2022-work-plan-notice.txt",
    "qianjiang-2022-summary-2023-plan-masked.txt", "html/guofa-2018-41-tax-deductions.html",
  ]

  /// All matches of `prefix` up to the next `"`, e.g. every `href="#…"` target.
  func values(after prefix: String, in page: String) -> [String] {
    page.split(separator: prefix, omittingEmptySubsequences: false).dropFirst().map { String($0.prefix { $0 != "\"" }) }
  }

  @Test(arguments: fixtures)
  func everyLinkResolvesAndEveryFactIsMarkedOnce(_ name: String) throws {
    let result = try TestSupport.parseFixture(name)
    let page = ViewPage.render(result)
    let ids = values(after: " id=\"", in: page)
    #expect(Set(ids).count == ids.count, "duplicate ids")
    let links = values(after: "href=\"#", in: page)
    #expect(!links.isEmpty)
    #expect(Set(links).isSubset(of: Set(ids)), "\(Set(links).subtracting(ids).sorted().prefix(5))")
    // One mark per fact that does not overlap an earlier one, each with its text inside.
    let facts = ([result.document] + result.document.attachments).flatMap(\.facts)
      .sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
    var end = 0
    var shown = 0
    for f in facts where f.span.start >= end && f.span.end > f.span.start {
      shown += 1
      end = f.span.end
    }
    #expect(page.components(separatedBy: "<mark ").count - 1 == shown)
    #expect(shown > 0 && shown >= facts.count * 9 / 10)
    // Every heading of the tree is in the outline and has its anchor.
    let nodes = TestSupport.flatten(result.document.sections)
    #expect(nodes.allSatisfy { ids.contains("n-\($0.span.start)") })
  }

  @Test func documentTextStaysText() {
    let hostile = """
      关于<script>alert(1)</script>开展检查的"通知"
      一、目标<img src=x onerror=alert(2)>
      完成投资10亿元以上 & 建成'项目'20个。\u{1B}[31m
      """
    let page = ViewPage.render(TestSupport.parse(hostile, facts: true))
    #expect(!page.contains("<script>alert") && !page.contains("<img"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.contains("&lt;img src=x onerror=alert(2)&gt;"))
    #expect(!page.contains("\u{1B}"))
    // The only script is the page's own, and nothing is loaded from elsewhere.
    #expect(page.components(separatedBy: "<script").count == 2)
    #expect(!page.contains("http://") && !page.contains("https://") && !page.contains(" src=\""))
  }

  @Test func visibleTextIsTheDocumentText() throws {
    let result = try TestSupport.parseFixture("qianjiang-2023-work-plan.txt")
    let page = ViewPage.render(result)
    let start = try #require(page.firstRange(of: "<div class=\"text\" id=\"text\">"))
    let end = try #require(page[start.upperBound...].firstRange(of: "</div>"))
    var text = String(page[start.upperBound..<end.lowerBound])
    // Strip tags and entities: what remains is the document with blank-line runs shown once.
    while let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
      text.removeSubrange(open...close)
    }
    text = text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
      .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    func squeeze(_ s: String) -> String { s.filter { !$0.isWhitespace } }
    #expect(squeeze(text) == squeeze(String(String.UnicodeScalarView(result.source.scalars))))
  }

  @Test func trackingPageColoursOutcomes() throws {
    let plan = try TestSupport.parseFixture("track/county-2023-work-plan.txt")
    let summary = try TestSupport.parseFixture("track/county-2023-work-summary.txt")
    let rows = Tracker.track(plan: plan, summary: summary)
    let page = ViewPage.render(plan: plan, summary: summary, rows: rows)
    #expect(page.components(separatedBy: "<tr class=\"o-").count - 1 == rows.count)
    #expect(page.contains("o-met") && page.contains("o-notmet") && page.contains("o-none"))
  }
}
