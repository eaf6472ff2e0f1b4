@testable import DocParse
import Testing

/// Facts found a stretch at a time (as `parse` writes them) are the facts found
/// all at once, wherever the text is cut: lists keep their shared comparator
/// and subject, and the status and subject that carry from figure to figure.
struct FactStretchTests {
  /// Every fact of `result`'s documents, found in stretches of `stretch` scalars.
  func stretched(_ result: ParseResult, _ stretch: Int) -> ([Fact], [Diagnostic]) {
    var facts: [Fact] = []
    var diagnostics: [Diagnostic] = []
    func walk(_ doc: Document) {
      guard let scope = doc.factScope else { return }
      var pass = DocumentFacts(source: result.source, sections: doc.sections, scope: scope, stretch: stretch)
      while let part = pass.next(diagnostics: &diagnostics) { facts += part }
      doc.attachments.forEach(walk)
    }
    walk(result.document)
    return (facts, diagnostics)
  }

  func all(_ doc: Document) -> [Fact] { doc.facts + doc.attachments.flatMap(all) }

  @Test(arguments: [1, 2, 3, 7, 50, 997])
  func anyCutGivesTheSameFacts(stretch: Int) throws {
    let lists = SourceText(
      name: "lists.txt",
      text: """
        2023年工作总结
        一、主要成效
        高新技术和科技型企业分别突破330家、5900家，分别新增**家、**家以上。全年实现地区生产总值1200亿元、增长5%，\
        审结案件11件19人。补助标准由每人每年320元提高到380元；新建学校3所、医院2家和养老机构4家。
        二、下一步打算
        力争新增企业50家以上，投入资金1.5亿元，增长8%左右，完成99999999999999999999999999999999999999999亿元。
        """)
    let results = [DocParser.parse(lists)] + [
      "qianjiang-2022-summary-2023-plan-masked.txt", "banan-2024-work-plan-notice.txt", "html/govcn-2019-financing-guarantee.html",
    ].map { try! TestSupport.parseFixture($0) }
    for result in results {
      let (facts, diagnostics) = stretched(result, stretch)
      #expect(!facts.isEmpty)
      let expected = all(result.document)
      let differ = zip(facts, expected).enumerated().first { $0.element.0 != $0.element.1 }.map(\.offset)
      #expect(
        facts.count == expected.count && differ == nil,
        "\(result.source.name) in stretches of \(stretch): \(facts.count) facts, not \(expected.count); first difference at \(differ ?? -1)")
      let fromFacts = result.diagnostics.filter { $0.code == .maskedNumber || $0.code == .numberTooLarge }
      #expect(Set(diagnostics.map(\.span)) == Set(fromFacts.map(\.span)))
    }
  }

  /// `parse` defers the facts to the writer; the JSON is the same byte for byte.
  @Test func deferredFactsWriteTheSameJSON() throws {
    let names = ["qianjiang-2022-summary-2023-plan-masked.txt", "shanghai-shipping-exchange-regulation.md", "html/govcn-2019-financing-guarantee.html"]
    for name in names {
      let bytes = try TestSupport.fixtureBytes(name)
      for pretty in [false, true] {
        var json: [[UInt8]] = []
        for defers in [false, true] {
          let result = try DocParser.parse(bytes: bytes, name: name, options: ParseOptions(defersFacts: defers))
          #expect(result.document.facts.isEmpty == defers)
          var out: [UInt8] = []
          ContractJSON.write(result, pretty: pretty) { out += $0 }
          json.append(out)
        }
        #expect(json[0] == json[1], "\(name), pretty: \(pretty)")
      }
    }
  }
}
