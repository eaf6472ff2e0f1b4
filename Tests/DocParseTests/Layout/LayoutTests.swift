@testable import DocParse
import Testing

/// One real document per layout: the metadata each layout states, and the
/// rule that read it.
@Suite struct LayoutTests {
  func rules(_ doc: Document) -> [MetadataField: String] { doc.metadata.sources.mapValues(\.rule) }

  @Test func speechWithSubtitleAndSpeaker() throws {
    let doc = try TestSupport.parseFixture("layout/gwr-2020-transcript-speech.gbk.txt", facts: false).document
    #expect(doc.metadata.title == "政府工作报告（文字实录）")
    #expect(doc.metadata.date == "2020-05-22")
    #expect(doc.metadata.issuer == "国务院")
    // `各位代表：` greets the deputies; it is not a 主送机关.
    #expect(doc.metadata.recipients.isEmpty)
    #expect(doc.kind == .report && doc.genre == "政府工作报告")
    #expect(rules(doc)[.date] == "header.subtitleDate" && rules(doc)[.issuer] == "header.speaker")
  }

  @Test func issuingNoticeWithSignatureAndAttachment() throws {
    let doc = try TestSupport.parseFixture("layout/jiangsu-2025-work-points-issuing-notice.txt", facts: false).document
    #expect(doc.metadata.title == "省住房城乡建设厅关于印发2025年住房和城乡建设工作要点的通知")
    #expect(doc.metadata.docNumber?.text == "苏建办〔2025〕23号")
    #expect(doc.metadata.recipients.count == 3)
    #expect(doc.metadata.issuer == "江苏省住房和城乡建设厅")
    #expect(rules(doc)[.issuer] == "closing.signature")
    #expect(doc.metadata.date == "2025-02-28" && doc.metadata.year == 2025)
    #expect(doc.kind == .notice && doc.genre == "通知")
    let attached = try #require(doc.attachments.first)
    #expect(attached.metadata.title == "2025年全省住房和城乡建设工作要点")
    #expect(attached.kind == .workPlan)
  }

  @Test func untitledNoticeThatStartsAtRecipients() throws {
    let doc = try TestSupport.parseFixture("layout/xishan-2023-untitled-notice-at-recipients.txt", facts: false).document
    #expect(doc.metadata.title == nil)
    #expect(doc.metadata.recipients == ["各街道办事处", "区政府各办、局", "各直属机构"])
    #expect(doc.kind == .notice)
    // The year of the issued 《西山区 2023 年…实施方案》.
    #expect(doc.metadata.year == 2023 && rules(doc)[.year] == "issued.year")
  }

  @Test func scraperHeaderFields() throws {
    let doc = try TestSupport.parseFixture("layout/pingtan-2023-work-plan-scraper-header.txt", facts: false).document
    #expect(doc.metadata.title == "平潭综合实验区苏平片区管理局2023年度工作计划")
    #expect(rules(doc)[.title] == "field.title")
    // 发布机构 is the site's account of the publisher: the issuer only when the document names none.
    #expect(doc.metadata.issuer == "平潭综合实验区苏平片区管理局" && rules(doc)[.issuer] == "field.publisher")
    // 发布时间 is when the page went up, not the 成文日期; `文号: 无` is no number.
    #expect(doc.metadata.date == nil && doc.metadata.docNumber == nil)
    #expect(doc.kind == .workPlan)
  }

  @Test func lawDatabaseHeaderTitleTwiceAndBracketedNumber() throws {
    let doc = try TestSupport.parseFixture("layout/xinjiang-2012-notice-law-database-header.txt", facts: false).document
    #expect(doc.metadata.title == "新疆维吾尔自治区质监局关于进一步加强新闻宣传工作的通知")
    #expect(doc.metadata.docNumber?.text == "新质监办发〔2012〕24号")
    #expect(doc.metadata.issuer == "新疆维吾尔自治区质监局" && rules(doc)[.issuer] == "title.organ")
    #expect(doc.metadata.year == 2012)
    // The 附件说明 list is not a run of headings.
    #expect(!TestSupport.flatten(doc.sections).contains { $0.title.hasSuffix("申报单") })
  }

  @Test func untitledMeasuresTakeTheirKindFromTheBody() throws {
    let doc = try TestSupport.parseFixture("layout/yushe-2022-untitled-measures.txt", facts: false).document
    #expect(doc.metadata.title == nil && doc.kind == .implementationPlan)
    // `本措施执行时间从2022年6月1日起`.
    #expect(doc.metadata.year == 2022 && rules(doc)[.year] == "body.effectiveYear")
  }

  @Test func webPageWithLabelTable() throws {
    let doc = try TestSupport.parseFixture("html/guofa-2018-41-tax-deductions.html", facts: false).document
    #expect(doc.metadata.issuer == "国务院" && rules(doc)[.issuer] == "field.issuer")
    #expect(doc.metadata.date == "2018-12-13" && rules(doc)[.date] == "field.writtenDate")
    #expect(doc.metadata.docNumber?.text == "国发〔2018〕41号")
    #expect(doc.metadata.recipients == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"])
    #expect(doc.attachments.first?.metadata.title == "个人所得税专项附加扣除暂行办法")
  }

  @Test func bulletinBylineAndBracketedDate() throws {
    let doc = try TestSupport.parseFixture("html/yichun-2022-statistical-bulletin.html", facts: false).document
    #expect(doc.metadata.title == "宜春市2022年国民经济和社会发展统计公报")
    // The bulletin's own byline and date, not the site's 发布机构 and 发文日期.
    #expect(doc.metadata.issuer == "宜春市统计局 国家统计局宜春调查队" && rules(doc)[.issuer] == "header.byline")
    #expect(doc.metadata.date == "2023-04-12" && rules(doc)[.date] == "header.dateLine")
    #expect(doc.metadata.year == 2022 && doc.kind == .report && doc.genre == "统计公报")
  }

  @Test func decreeLetterheadAndSignature() {
    let text = """
      中华人民共和国国务院令
      第七百三十二号
      《地方政府债务管理条例》已经2024年5月10日国务院第30次常务会议通过，现予公布，自2024年7月1日起施行。
      总理　李强
      2024年5月20日
      地方政府债务管理条例
      第一章　总　　则
      第一条　为了规范地方政府债务管理，制定本条例。
      第二条　本条例自公布之日起施行。

      """
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.issuer == "国务院" && rules(doc)[.issuer] == "header.letterhead")
    #expect(doc.metadata.signatories == ["总理　李强"])
    #expect(doc.metadata.date == "2024-05-20")
    #expect(doc.metadata.title != "中华人民共和国国务院令")
  }

  /// A 政府工作报告 saved without its title (national_gwr_wikisource): it says
  /// what it is and for whom, and reviews the year before its own.
  @Test func untitledGovernmentWorkReport() {
    let text = "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、去年工作回顾\n2005年，我国社会主义现代化事业取得显著成就。\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.kind == .report && doc.metadata.title == nil && doc.metadata.recipients.isEmpty)
    #expect(doc.metadata.issuer == "国务院" && rules(doc)[.issuer] == "body.onBehalfOf")
    #expect(doc.metadata.year == 2006 && rules(doc)[.year] == "report.reviewedYear")
  }

  /// A provincial report reprinted by a newspaper: the breadcrumb is furniture,
  /// the title stays itself, the newspaper is no issuer, the title's place is.
  @Test func reprintedProvincialReport() {
    let text = "您的位置:\n首页\n>\n吉林要闻\n吉林要闻\n2026年吉林省政府工作报告\n来源：吉林日报\n各位代表：\n现在，我代表省人民政府作报告。\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.title == "2026年吉林省政府工作报告")
    #expect(doc.metadata.issuer == "吉林省人民政府" && rules(doc)[.issuer] == "title.reportPlace")
    let untitledPlace = TestSupport.parse("2026年政府工作报告\n来源：云南日报\n各位代表：\n").document
    #expect(untitledPlace.metadata.issuer == nil)
  }

  @Test func runOnHeaderOfAOneLineDocument() {
    let text = "国务院办公厅关于组建中国电力企业联合会的复函国办函〔1988〕80号能源部：你部《关于组建中国电力企业联合会的报告》收悉。经国务院批准，现函复如下：一、同意组建。二、联合会为全国性组织。"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.title == "国务院办公厅关于组建中国电力企业联合会的复函")
    #expect(doc.metadata.docNumber?.text == "国办函〔1988〕80号")
    #expect(doc.metadata.recipients == ["能源部"])
    #expect(doc.metadata.issuer == "国务院办公厅")
  }

  @Test func scraperFieldsBeforeARunOnTitleAreNotTheTitle() {
    let text = "2024-03-18 00:00:00 | 【吉林省吉林市】关于对《吉林市若干措施(征求意见稿)》公开征求意见的公告 | 建立金融协调机制,加大对房地产企业的金融支持。\n"
    #expect(TestSupport.parse(text).document.metadata.title == "关于对《吉林市若干措施(征求意见稿)》公开征求意见的公告")
  }

  @Test func aTitleWrappedMidWordIsJoined() {
    let text = "\n政府工作报\n告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理　李克强\n各位代表：\n一、2016年工作回顾\n过去一年，国内生产总值增长6.7%。\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.title == "政府工作报告" && doc.kind == .report)
  }

  @Test func newsLeadIsNotATitle() {
    let text = "5月11日,据辽宁省营口市住房公积金管理中心官网,营口市发布关于调整住房公积金使用政策的通知。\n在阶段性提高住房公积金贷款限额方面,新政提出,申请贷款的最高额度提高。\n"
    #expect(TestSupport.parse(text).document.metadata.title == nil)
  }

  @Test func bylineOfRunTogetherFields() {
    let text = "遂宁市出台房地产新政\n来源:遂宁市住房和城乡建设局栏目:城市建设发布时间:2023-04-0910:20阅读:224次\n2022年3月31日,市住房城乡建设局等部门联合印发通知。\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.title == "遂宁市出台房地产新政")
    #expect(doc.metadata.issuer == "遂宁市住房和城乡建设局")
    #expect(doc.metadata.date == nil)
  }

  @Test func wrappedRecipients() {
    let text = "科技城管委会,各县(市、区)人民政府,园区管委会,科\n学城办事处、市级有关部门,各房地产开发企业,各银行业\n金融机构:\n为支持商品房市场更好满足购房者合理住房需求,现将有关事项通知如下。\n一、调整公积金使用政策\n"
    let doc = TestSupport.parse(text).document
    #expect(doc.metadata.recipients.last == "各银行业金融机构")
    #expect(doc.metadata.recipients.count == 6)
    #expect(doc.kind == .notice)
  }

  @Test func zonesCoverHeaderBodyAndClosing() throws {
    let result = try TestSupport.parseFixture("qijiang-2022-work-plan-notice.txt", facts: false)
    let lines = Line.split(result.source)
    let layout = LayoutReader(source: result.source, lines: lines, pageFields: []).read(span: Span(0, result.source.count))
    let kinds = Set(layout.zones.map(\.kind))
    #expect(kinds.isSuperset(of: [.letterhead, .title, .recipients, .body, .closing, .attachment]))
  }
}
