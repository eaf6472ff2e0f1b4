@testable import DocParse
import FoundationEssentials
import Testing

/// Word, PDF and OFD files: each reads as the document its text version is.
@Suite struct OfficeImportTests {
  static let converted = [
    "000_76e230156d647161", "002_89575c727a02cea2",
    "011_zhujianbu_2024_jianzhu_shizheng_shebei_gengxin_shishi_fangan",
    "021_zhuhai_2021_rencai_zhufang_guanli_banfa",
    "034_yushe_2022_fangdichan_lianghuan_xunhuan_peitao_cuoshi",
    "046_pingtan_supingpianqu_2023_niandu_gongzuo_jihua",
  ]

  func bytes(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestSupport.packageRoot + "/Fixtures/office/" + name)))
  }

  func parse(_ name: String) throws -> ParseResult {
    try DocParser.parse(DocumentImporter.read(bytes(name), name: name))
  }

  func outline(_ r: ParseResult) -> [String] {
    ([r.document] + r.document.attachments).flatMap { TestSupport.flatten($0.sections) }
      .map { "L\($0.level) \($0.marker) \($0.title.filter { !$0.isWhitespace })" }
  }

  func facts(_ r: ParseResult) -> [String] {
    r.document.facts.map { "\($0.kind.rawValue) \(r.source[$0.span]) \($0.value.text ?? "")" }
  }

  /// Word keeps the paragraphs: the same tree, metadata and facts as the text.
  @Test(arguments: converted)
  func wordDocumentReadsAsItsText(_ stem: String) throws {
    let word = try parse(stem + ".docx")
    let text = try parse(stem + ".txt")
    #expect(word.source.format == .docx)
    #expect(outline(word) == outline(text))
    #expect(word.document.metadata.title == text.document.metadata.title)
    #expect(word.document.metadata.date == text.document.metadata.date)
    #expect(facts(word) == facts(text))
  }

  /// A PDF is reflowed from positions: the same tree and metadata; facts may
  /// differ where a line break split a figure the text kept whole (≥ 95% shared).
  @Test(arguments: converted)
  func pdfReadsAsItsText(_ stem: String) throws {
    let pdf = try parse(stem + ".pdf")
    let text = try parse(stem + ".txt")
    #expect(pdf.source.format == .pdf)
    #expect(outline(pdf) == outline(text))
    #expect(pdf.document.metadata.title == text.document.metadata.title)
    let a = facts(pdf)
    let b = facts(text)
    var counts: [String: Int] = [:]
    for f in a { counts[f, default: 0] += 1 }
    var shared = 0
    for f in b where counts[f, default: 0] > 0 {
      counts[f]! -= 1
      shared += 1
    }
    #expect(Double(shared) >= 0.95 * Double(max(a.count, b.count)), "\(Set(a).symmetricDifference(b))")
    // No page numbers and no spaces invented inside Chinese text.
    let reflowed = String(String.UnicodeScalarView(pdf.source.scalars))
    #expect(!reflowed.contains("— 1 —") && !reflowed.contains(" 年 ") && !reflowed.contains("年 "))
  }

  @Test func ofdOfficialDocumentHasItsMetadata() throws {
    let r = try parse("gongwen-pifu-luqiao-2011.ofd")
    let m = r.document.metadata
    #expect(r.source.format == .ofd)
    // The 版头 prints 测试符路桥区卫生局文件: a sample document's marker is not part of the organ.
    #expect(m.issuer == "路桥区卫生局")
    #expect(m.sources[.issuer]?.span.map { r.source[$0] } == "路桥区卫生局文件")
    #expect(m.docNumber?.text == "路卫发〔2011〕76号")
    #expect(m.title == "关于同意张阿三同志辞职的批复")
    #expect(m.recipients == ["区中医院"])
    #expect(m.date == "2011-03-10")
  }

  @Test func ofdKeepsNumberingAndPageOrder() throws {
    let r = try parse("numbered-poems.ofd")
    let lines = String(String.UnicodeScalarView(r.source.scalars)).split(separator: "\n")
    let numbers = lines.compactMap { line in Int(line.prefix(while: { $0.isNumber })) }
    #expect(numbers.count >= 200)
    // Several numbered lists, each counting up from 1 without a gap: no line lost, none merged, pages in order.
    #expect(numbers.first == 1)
    #expect(zip(numbers, numbers.dropFirst()).allSatisfy { a, b in b == a + 1 || b == 1 })
  }

  /// Word's automatic numbering becomes the marker text Word shows.
  @Test func wordListNumberingBecomesMarkers() throws {
    let r = try parse("numbered-list.docx")
    #expect(TestSupport.flatten(r.document.sections).map(\.marker) == ["一、", "（一）", "二、", "三、", "1.", "2."])
    #expect(ListNumberFormat.render(12, format: "chineseCounting") == "十二")
    #expect(ListNumberFormat.render(105, format: "chineseCountingThousand") == "一百零五")
    #expect(ListNumberFormat.render(3, format: "ideographTraditional") == "丙")
    #expect(ListNumberFormat.render(14, format: "lowerRoman") == "xiv")
  }

  /// A 版头 and 发文字号 set in a text box are read once, before the paragraph that anchors it.
  @Test func wordTextBoxesAreRead() throws {
    let r = try parse("text-box-letterhead.docx")
    let m = r.document.metadata
    #expect(m.issuer == "某市科学技术局" && m.docNumber?.text == "某科发〔2024〕5号")
    #expect(m.title == "关于开展科技企业培育工作的通知")
    let text = String(String.UnicodeScalarView(r.source.scalars))
    #expect(text.components(separatedBy: "某科发〔2024〕5号").count == 2)
  }

  @Test func reflowJoinsWrappedLinesOnly() {
    func line(_ text: String, x: Double, y: Double) -> [PlacedChar] {
      text.unicodeScalars.enumerated().map { k, s in
        PlacedChar(scalar: s, x0: x + Double(k) * 10, x1: x + Double(k) * 10 + 10, top: y, bottom: y + 10)
      }
    }
    let page = PlacedPage(width: 300, height: 400, chars:
      line("关于开展检查的通知", x: 105, y: 40)  // centred title
      + line("一、总体目标到2025年全市完成投资", x: 60, y: 70)  // indented first line
      + line("10亿元以上，建成项目二十个以上，带动就业", x: 40, y: 83) + line("一万人。", x: 40, y: 96)  // wrapped
      + line("二、工作要求全面落实各项任务，确保取得", x: 60, y: 109) + line("实效。", x: 40, y: 122)
      + line("— 1 —", x: 130, y: 380))  // page number
    let text = Reflow.text(of: [page])
    #expect(
      String(String.UnicodeScalarView(text.scalars))
        == "关于开展检查的通知\n一、总体目标到2025年全市完成投资10亿元以上，建成项目二十个以上，带动就业一万人。\n二、工作要求全面落实各项任务，确保取得实效。\n")
    #expect(text.blocks.first?.centered == true)
  }

  @Test(arguments: [
    ("no-text-layer.pdf", "no text layer"),
    ("encrypted.pdf", "needs a password"),
    ("fuzz-zip-offset-past-end.docx", "ZIP"),
    ("truncated.docx", "ZIP"),
    ("truncated.pdf", "damaged"),
    ("plain.zip", "neither a Word document"),
    ("legacy.doc", "soffice --headless --convert-to docx"),
  ])
  func brokenFilesAreOneLineErrors(_ name: String, _ problem: String) throws {
    let data: [UInt8]
    switch name {
    case "truncated.docx": data = Array(try bytes("000_76e230156d647161.docx").prefix(3000))
    case "truncated.pdf": data = Array(try bytes("000_76e230156d647161.pdf").prefix(40_000))
    case "plain.zip": data = Self.storedZip(name: "a.txt", content: Array("关于开展检查的通知".utf8))
    case "legacy.doc": data = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
    default: data = try bytes(name)
    }
    do {
      _ = try DocumentImporter.read(data, name: name)
      Issue.record("\(name) was read")
    } catch {
      #expect(error.description.contains(problem) && !error.description.contains("\n"))
    }
  }

  /// A ZIP with one stored (uncompressed) file, written by hand for the test.
  static func storedZip(name: String, content: [UInt8]) -> [UInt8] {
    func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
    var crc: UInt32 = 0xFFFF_FFFF
    for b in content {
      crc ^= UInt32(b)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    crc ^= 0xFFFF_FFFF
    let n = Array(name.utf8)
    let local = [0x50, 0x4B, 0x03, 0x04] + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc)
      + u32(UInt32(content.count)) + u32(UInt32(content.count)) + u16(n.count) + u16(0) + n + content
    let central = [0x50, 0x4B, 0x01, 0x02] + u16(20) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc)
      + u32(UInt32(content.count)) + u32(UInt32(content.count)) + u16(n.count) + u16(0) + u16(0) + u16(0) + u16(0)
      + u32(0) + u32(0) + n
    let end = [0x50, 0x4B, 0x05, 0x06] + u16(0) + u16(0) + u16(1) + u16(1) + u32(UInt32(central.count))
      + u32(UInt32(local.count)) + u16(0)
    return local + central + end
  }
}
