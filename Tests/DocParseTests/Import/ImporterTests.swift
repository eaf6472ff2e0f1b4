@testable import DocParse
import FoundationEssentials
import Testing

/// The import stage on real pages: the format is sniffed, the page becomes
/// its document's text, and a page reads the same as its text version.
@Suite struct ImporterTests {
  static let pages = TestSupport.documents(in: "html/").filter { $0.hasSuffix(".html") }

  func bytes(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestSupport.packageRoot + "/Fixtures/" + name)))
  }

  func text(_ name: String) throws -> String {
    let imported = try DocumentImporter.read(bytes(name), name: name)
    return String(String.UnicodeScalarView(imported.source.scalars))
  }

  @Test func formatsAreSniffedFromContent() throws {
    #expect(DocumentImporter.sniff(try bytes("html/guobanfa-2018-holidays.html"), name: "page.txt") == .html)
    #expect(DocumentImporter.sniff(try bytes("qianjiang-2023-work-plan.txt"), name: "plan.html") == .text)
    #expect(DocumentImporter.sniff(try bytes("shanghai-shipping-exchange-regulation.md"), name: "x") == .markdown)
    #expect(DocumentImporter.sniff(Array("<div><p>一、总则</p></div>".utf8), name: "-") == .html)
  }

  /// The charset a page declares, in either form of `<meta>`, any case; none past the first 8 KB.
  @Test func declaredCharsetsAreRead() {
    let cases: [(String, String?)] = [
      (#"<html><head><meta charset="gbk"></head>"#, "gbk"),
      (#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#, "gb2312"),
      (#"<div class="a" id="b"><META CHARSET='UTF-8'>"#, "UTF-8"),
      (#"<p style="width=3">charset</p>"#, nil),
      (String(repeating: " ", count: 8200) + #"<meta charset="gbk">"#, nil),
    ]
    for (page, charset) in cases { #expect(HTMLCharset.declared(in: Array(page.utf8)) == charset, "\(page.prefix(60))") }
  }

  /// A style centres text with `text-align: center` in any case and spacing, nothing else.
  @Test func centredStylesAreRecognised() {
    for style in ["text-align:center", "TEXT-ALIGN: CENTER", "margin:0; text - align : center;", "t ext-align:center"] {
      #expect(HTMLTextBuilder.centersText(style), "\(style)")
    }
    for style in ["text-align:left", "text-align:centre", "text-align\r:center", "align:center", "", "text-align:cente"] {
      #expect(!HTMLTextBuilder.centersText(style), "\(style)")
    }
  }

  /// A PDF's `%PDF-` may follow other bytes, within the first kilobyte; a `%` in text is not one.
  @Test func pdfMagicIsLookedForInTheFirstKilobyte() {
    let magic = Array("%PDF-1.7".utf8)
    #expect(PDFImporter.isPDF(magic))
    #expect(PDFImporter.isPDF(Array("增长5%，%PD".utf8) + magic))
    #expect(PDFImporter.isPDF([UInt8](repeating: 0x25, count: 1019) + magic))
    #expect(!PDFImporter.isPDF([UInt8](repeating: 0x20, count: 1020) + magic))
    #expect(!PDFImporter.isPDF(Array("%PDF".utf8)))
    #expect(!PDFImporter.isPDF(Array("占比25%，同比增长3%。".utf8)))
  }

  @Test(arguments: pages)
  func pageTextHasNoMarkupOrScript(_ name: String) throws {
    let text = try text(name)
    #expect(!text.contains("<div") && !text.contains("<p") && !text.contains("</"))
    #expect(!text.contains("function(") && !text.contains("document.write"))
    #expect(!text.contains("&nbsp;") && !text.contains("&lt;"))
    let result = try DocParser.parse(bytes: bytes(name), name: name)
    #expect(result.source.format == .html)
    let title = try #require(result.document.metadata.title)
    #expect(!title.contains("<") && !title.contains("|"))
  }

  @Test(arguments: ["guofa-2018-41-tax-deductions", "guobanfa-2018-holidays", "yichun-2022-statistical-bulletin"])
  func pageAndItsTextVersionAgree(_ stem: String) throws {
    let page = try TestSupport.parseFixture("html/\(stem).html")
    let text = try TestSupport.parseFixture("html/\(stem).stripped.txt")
    func outline(_ r: ParseResult) -> [String] {
      ([r.document] + r.document.attachments).flatMap { TestSupport.flatten($0.sections) }
        .map { "L\($0.level) \($0.marker) \($0.title)" }
    }
    #expect(outline(page) == outline(text))
    let a = page.document.metadata
    let b = text.document.metadata
    #expect(a.issuer == b.issuer && a.title == b.title && a.date == b.date && a.year == b.year)
    #expect(a.docNumber?.text == b.docNumber?.text && a.recipients == b.recipients)
    #expect(page.document.kind == text.document.kind)
    let factsA = page.document.facts.map { page.source[$0.span] }
    let factsB = text.document.facts.map { text.source[$0.span] }
    #expect(factsA == factsB)
  }

  @Test func gbkPageIsConvertedFromItsDeclaredCharset() throws {
    let gbk = try DocumentImporter.read(bytes("html/guobanfa-2018-holidays.gbk.html"), name: "gbk.html")
    #expect(gbk.source.encoding == "GB18030")
    #expect(try text("html/guobanfa-2018-holidays.gbk.html") == text("html/guobanfa-2018-holidays.html"))
    #expect(gbk.pageFields.contains(PageField(name: "ArticleTitle", value: "国务院办公厅关于2019年部分节假日安排的通知")))
  }

  @Test func pageStructureBecomesLines() throws {
    let page = """
      <!DOCTYPE html><html><head><title>标题 | 某市人民政府</title>
      <meta name="ArticleTitle" content="关于做好某项工作的通知">
      <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
      <body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">互动交流</a></div>
      <header>某市人民政府门户网站</header>
      <p style="text-align: center">关于做好某项工作的
      通知</p>
      <p>各区县人民政府：</p><p>一、总体要求<br>（一）坚持&nbsp;稳中求进&lt;原则&gt;。</p>
      <table><tr><td>指标</td><td>数值</td></tr><tr><td>增长</td><td>5%</td></tr></table>
      <footer>版权所有</footer></body></html>
      """
    let imported = try DocumentImporter.read(Array(page.utf8), name: "p.html")
    let text = String(String.UnicodeScalarView(imported.source.scalars))
    #expect(!text.contains("not text") && !text.contains("color") && !text.contains("首页") && !text.contains("版权所有"))
    #expect(!text.contains("门户网站"))
    #expect(text.contains("关于做好某项工作的通知\n"))  // no space between Chinese characters across a markup line break
    #expect(text.contains("一、总体要求\n（一）坚持\u{A0}稳中求进<原则>。"))
    #expect(text.contains("指标\t数值\n增长\t5%"))
    #expect(imported.blocks.contains { $0.centered && imported.source[$0.span] == "关于做好某项工作的通知" })
    #expect(imported.pageFields.contains(PageField(name: "title", value: "标题 | 某市人民政府")))
    let doc = DocParser.parse(imported).document
    #expect(doc.metadata.title == "关于做好某项工作的通知")
    #expect(doc.metadata.recipients == ["各区县人民政府"])
    #expect(TestSupport.flatten(doc.sections).map(\.marker) == ["一、", "（一）"])
  }

  @Test func deeplyNestedPageDoesNotExhaustTheStack() throws {
    // Deep but plausible nesting keeps its text (libxml2 stops at 256 levels).
    let deep = String(repeating: "<div>", count: 240) + "一、总则" + String(repeating: "</div>", count: 240)
    let imported = try DocumentImporter.read(Array(deep.utf8), name: "deep.html")
    #expect(String(String.UnicodeScalarView(imported.source.scalars)).contains("一、总则"))
    // Hostile nesting is a one-line error or text, never a crash.
    let hostile = String(repeating: "<div>", count: 50_000) + "一、总则"
    switch Result(catching: { () throws(DecodeError) in try DocumentImporter.read(Array(hostile.utf8), name: "h.html") }) {
    case .success(let page): #expect(page.source.count < 1_000)
    case .failure(let error): #expect(!error.description.isEmpty)
    }
  }

  @Test func pageWithoutTextIsAnError() {
    #expect(throws: DecodeError.self) {
      try DocumentImporter.read(Array("<html><head><script>x()</script></head><body></body></html>".utf8), name: "e.html")
    }
  }
}
