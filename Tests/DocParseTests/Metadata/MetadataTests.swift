@testable import DocParse
import Testing

/// GB/T 9704-2012 elements read from small realistic notices.
@Suite struct MetadataTests {
  static let notice = """
    重庆市人民政府办公厅文件
    渝府办发〔2023〕15号

    重庆市人民政府办公厅
    关于印发重庆市科技创新
    三年行动方案的通知

    各区县（自治县）人民政府，市政府各部门，有关单位：
    现将《重庆市科技创新三年行动方案》印发给你们，请认真贯彻执行。

    重庆市人民政府办公厅
    二〇二三年三月五日

    （此件公开发布）

    重庆市科技创新三年行动方案
    一、总体要求
    （一）指导思想。坚持创新驱动。
    二、主要任务
    """

  @Test func redHeaderNotice() throws {
    let doc = TestSupport.parse(Self.notice).document
    let m = doc.metadata
    #expect(doc.kind == .notice)
    #expect(m.issuer == "重庆市人民政府办公厅")
    let number = try #require(m.docNumber)
    #expect(number.text == "渝府办发〔2023〕15号")
    #expect(number.prefix == "渝府办发")
    #expect(number.year == 2023)
    #expect(number.serial == 15)
    #expect(m.title == "重庆市人民政府办公厅关于印发重庆市科技创新三年行动方案的通知")
    #expect(m.recipients == ["各区县（自治县）人民政府", "市政府各部门", "有关单位"])
    #expect(m.signatories == ["重庆市人民政府办公厅"])
    #expect(m.date == "2023-03-05")
    #expect(m.notes == ["此件公开发布"])
    #expect(m.year == 2023)
  }

  @Test func attachmentCarriesItsOwnTitleAndTree() throws {
    let doc = TestSupport.parse(Self.notice).document
    #expect(doc.sections.isEmpty)
    let attachment = try #require(doc.attachments.first)
    #expect(attachment.metadata.title == "重庆市科技创新三年行动方案")
    #expect(attachment.kind == .implementationPlan)
    #expect(TestSupport.flatten(attachment.sections).map(\.marker) == ["一、", "（一）", "二、"])
    TestSupport.checkInvariants(TestSupport.parse(Self.notice))
  }

  @Test func recipientsKeepEnumerationCommaLists() {
    let text = "关于做好安全生产工作的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现就有关事项通知如下。\n"
    #expect(TestSupport.parse(text).document.metadata.recipients == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"])
  }

  @Test(arguments: [
    ("市住房公积金管理中心及所属单位:\n为促进房地产市场平稳健康发展，现就有关事项通知如下。\n", ["市住房公积金管理中心及所属单位"]),
    ("为进一步加大助企纾困力度，支持缴存人合理住房消费需求，现将有关事项通知如下：\n一、提高额度\n", []),
    // A salutation addresses people, not organisations: no 主送机关.
    ("您的位置:\n首页\n2026年政府工作报告\n各位代表：\n现在，我代表省人民政府作报告。\n", []),
  ])
  func recipientsOrNot(_ text: String, _ recipients: [String]) {
    #expect(TestSupport.parse(text).document.metadata.recipients == recipients)
  }

  @Test func scrapedPageDebrisIsNotTheTitle() {
    let text = "下载\n打印\n【字号：\n加大\n】\n2026年湖南省政府工作报告\n来源：湖南日报\n各位代表：\n现在，我代表省人民政府作报告。\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.title == "2026年湖南省政府工作报告")
    #expect(doc.kind == .report)
    #expect(doc.metadata.year == 2026)
  }

  @Test func recordLinesAfterTheDateAreNotAnAttachment() {
    let text = "关于开展检查的通知\n各单位：\n请按要求开展检查。\n某某局\n2024年4月1日\n（此件公开发布）\n抄送：区委办公室，区政府办公室。\n某某局办公室          2024年4月2日印发\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.date == "2024-04-01")
    #expect(doc.metadata.notes == ["此件公开发布"])
    #expect(doc.attachments.isEmpty)
  }

  @Test func aDateInsideTheBodyIsNotTheClosingDate() {
    let text = "关于开展检查的通知\n各单位：\n检查时间为：\n2024年5月6日\n请按时参加。\n\n某某局\n2024年4月1日\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.date == "2024-04-01")
    #expect(doc.metadata.signatories == ["某某局"])
    #expect(doc.attachments.isEmpty)
  }

  @Test func planWithoutIssuerOrDate() {
    let m = TestSupport.parse("区科技局2022年工作总结和2023年工作计划\n\n一、工作总结\n").document
    #expect(m.kind == .summaryAndPlan)
    #expect(m.metadata.issuer == nil)
    #expect(m.metadata.title == "区科技局2022年工作总结和2023年工作计划")
    #expect(m.metadata.year == 2022)
    #expect(m.metadata.date == nil)
    #expect(m.metadata.recipients.isEmpty)
  }

  @Test func issuerLineThenTitle() {
    let doc = TestSupport.parse(" 重庆市黔江区科学技术局\n2023年工作要点\n\n2023年是关键之年。\n一、研发投入\n").document
    #expect(doc.kind == .workPlan)
    #expect(doc.metadata.issuer == "重庆市黔江区科学技术局")
    #expect(doc.metadata.title == "2023年工作要点")
    #expect(doc.metadata.year == 2023)
  }

  @Test func attachmentLabelSplitsDocuments() throws {
    let text = "关于开展检查的通知\n各单位：\n请按附件要求开展检查。\n附件：检查清单\n\n附件\n\n检查清单\n一、消防\n二、用电\n"
    let doc = TestSupport.parse(text).document
    let attachment = try #require(doc.attachments.first)
    #expect(attachment.metadata.title == "检查清单")
    #expect(attachment.sections.map(\.marker) == ["一、", "二、"])
  }

  @Test func oneLineDocument() throws {
    let text = "国务院关于同意扩大合作的批复国函〔1993〕8号中国石油天然气总公司：你公司请示收悉。现批复如下：一、同意。二、其他。"
    let m = TestSupport.parse(text).document.metadata
    #expect(m.title == "国务院关于同意扩大合作的批复")
    #expect(m.docNumber?.text == "国函〔1993〕8号")
    #expect(m.recipients == ["中国石油天然气总公司"])
  }

  @Test(arguments: [
    ("第一章 总则\n第一条 目的。\n", Document.Kind.regulation),
    ("2021年工作总结\n一、成效\n", .workSummary),
    ("2026年政府工作报告\n一、回顾\n", .report),
    ("一、提高额度\n", .other),
  ])
  func documentKind(_ text: String, _ kind: Document.Kind) {
    #expect(TestSupport.parse(text).document.kind == kind)
  }
}
