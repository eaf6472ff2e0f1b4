@testable import DocParse
import Testing

/// Tracking a report's targets in the next year's report: results from the
/// reviewed year only, paired by indicator, judged by direction.
@Suite struct TrackingTests {
  static let plan = """
    政府工作报告
    一、2014年工作回顾
    过去一年，国内生产总值增长7.7%。
    二、2015年工作总体部署
    今年经济社会发展的主要预期目标是：国内生产总值增长7%左右，居民消费价格涨幅3%左右，城镇新增就业1000万人以上，城镇登记失业率4.5%以内，中央财政赤字1.62万亿元，能耗强度下降3.1%以上。
    三、2015年重点工作
    城乡居民基本医保财政补助标准由每人每年320元提高到380元。
    """

  static let summary = """
    政府工作报告
    一、2015年工作回顾
    过去一年，国内生产总值达到67.7万亿元，增长6.9%。居民消费价格上涨1.4%。城镇新增就业1312万人。单位国内生产总值能耗下降5.6%。
    这五年，城镇新增就业累计6431万人，国内生产总值年均增长7.8%。
    中央财政安排资金1713亿元。
    二、2016年重点工作
    今年国内生产总值增长6.5%至7%。城乡居民基本医保财政补助标准由每人每年380元提高到420元。
    """

  func rows() -> [String: Tracker.Row] {
    let rows = Tracker.track(plan: TestSupport.parse(Self.plan, facts: true), summary: TestSupport.parse(Self.summary, facts: true))
    return Dictionary(rows.map { ($0.target.fact.subject ?? "", $0) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func aboutGoalsAreMetWithinHalfAPoint() throws {
    let gdp = try #require(rows().first { $0.key.contains("国内生产总值") }?.value)
    #expect(gdp.result?.value == .amount(6.9))
    #expect(gdp.outcome == .met && gdp.direction == "about")
    #expect(gdp.reason == "6.9 ≥ 7 − 0.5")
  }

  @Test func priceRisesAreCeilings() throws {
    let cpi = try #require(rows().first { $0.key.contains("居民消费价格") }?.value)
    #expect(cpi.direction == "ceiling" && cpi.indicator == "价格")
    #expect(cpi.result?.value == .amount(1.4) && cpi.outcome == .met)
  }

  @Test func severalYearTotalsAreNotResults() throws {
    let jobs = try #require(rows().first { $0.key.contains("城镇新增就业") }?.value)
    #expect(jobs.result?.value == .amount(13_120_000))
    #expect(jobs.outcome == .met)
  }

  @Test func aTargetThatNamesItsIndicatorNeedsAResultThatDoes() throws {
    let deficit = try #require(rows().first { $0.key.contains("赤字") }?.value)
    #expect(deficit.indicator == "赤字")
    #expect(deficit.result == nil && deficit.outcome == .notReported)
  }

  @Test func reductionsPairByIndicator() throws {
    let energy = try #require(rows().first { $0.key.contains("能耗") }?.value)
    #expect(energy.result?.value == .amount(5.6) && energy.outcome == .met && energy.direction == "floor")
  }

  @Test func theLevelThatStandsIsTheResult() throws {
    // 由每人每年380元提高到420元 in the next report: 380 is the level reached.
    let subsidy = try #require(rows().first { $0.value.target.value == 380 }?.value)
    #expect(subsidy.result?.value == .amount(380) && subsidy.outcome == .met)
  }

  @Test func aGoalJudgedOnlyInWordsGetsThatSentence() throws {
    let plan = "政府工作报告\n二、2015年工作总体部署\n今年的主要预期目标是：国内生产总值增长7%左右，进出口增长6%左右。\n"
    let summary = "政府工作报告\n一、2015年工作回顾\n过去一年，国内生产总值增长6.9%。受全球贸易萎缩等因素影响，去年我国进出口总额出现下降，预期增长目标未能实现。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    let trade = try #require(rows.first { $0.target.fact.subject?.contains("进出口") == true })
    #expect(trade.outcome == .notReported && trade.result == nil)
    #expect(trade.resultSentence?.hasSuffix("预期增长目标未能实现") == true)
    #expect(trade.reason.contains("未能实现"))
    let gdp = try #require(rows.first { $0.target.fact.subject?.contains("国内生产总值") == true })
    #expect(gdp.outcome == .met)
  }

  @Test func aResultWhoseSentenceNamesTheProgrammeIsItsResult() throws {
    // The subjects (`新型农村社会养老保险试点范围`, `覆盖面`) share nothing; the sentences name one programme.
    let plan = "2011年工作要点\n一、主要任务\n将新型农村社会养老保险试点范围扩大到全国40%的县。\n"
    let summary =
      "2011年工作总结\n一、工作回顾\n开展新型农村社会养老保险试点，3.58亿人参保，覆盖面扩大到60%以上。城镇登记失业率4.1%。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    let pilot = try #require(rows.first)
    #expect(pilot.result?.value == .amount(60) && pilot.outcome == .met)
  }

  @Test func aChangeReportsTheOldLevelAndSetsTheNewOne() throws {
    let plan = "2015年工作要点\n一、主要目标\n今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n"
    let facts = TestSupport.parse(plan, facts: true).document.facts
    let old = try #require(facts.first { $0.value == .amount(2.1) })
    let new = try #require(facts.first { $0.value == .amount(2.3) })
    #expect(old.status == .actual && new.status == .target)
  }

  @Test func aBandIsMetFromItsLowEnd() throws {
    let plan = "2016年工作要点\n一、主要目标\n今年的主要预期目标是：国内生产总值增长6.5%－7%。\n"
    let summary = "2016年工作总结\n一、工作回顾\n过去一年，国内生产总值增长6.7%。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    let gdp = try #require(rows.first)
    #expect(gdp.target.fact.min == 6.5 && gdp.target.fact.max == 7)
    #expect(gdp.outcome == .met && gdp.reason == "6.7 ≥ 6.5 (goal 6.5–7)")
  }

  @Test func aGoalForSeveralYearsIsNotJudgedByOneYear() throws {
    let plan = "2006年工作要点\n一、主要目标\n今年国内生产总值增长8%左右。提出了“十一五”期间单位国内生产总值能耗降低20%左右的目标。\n"
    let summary = "2006年工作总结\n一、工作回顾\n过去一年，国内生产总值增长10.7%，单位国内生产总值能耗降低1.2%。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    let energy = try #require(rows.first { $0.target.value == 20 })
    #expect(energy.result == nil && energy.reason.contains("several years"))
    #expect(rows.first { $0.target.value == 8 }?.outcome == .met)
  }

  @Test func yearsFarApartSpanSeveralYears() throws {
    let plan = "2005年工作要点\n一、主要目标\n今年国内生产总值增长8%左右。\n"
    let summary = "2005年工作总结\n一、工作回顾\n2005年与2000年相比，国内生产总值增长57.3%。过去一年，国内生产总值增长9.9%。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    #expect(rows.first?.result?.value == .amount(9.9))
  }

  @Test func aChangeAfterABrokenFigureKeepsItsSubject() throws {
    let text = "2016年工作总结\n一、工作回顾\n国内生产总值达到74.4\n\u{200B}\n万亿元，增长6.7%，名列世界前茅。\n"
    let facts = TestSupport.parse(text, facts: true).document.facts
    let growth = try #require(facts.first { $0.value == .amount(6.7) })
    #expect(growth.subject == "国内生产总值")
  }

  @Test func registeredAndSurveyedUnemploymentAreDifferentIndicators() throws {
    let plan = "2020年工作要点\n一、主要目标\n城镇调查失业率6%左右，城镇登记失业率5.5%左右。\n"
    let summary = "2020年工作总结\n一、工作回顾\n过去一年，年末全国城镇调查失业率降到5.2%。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    let surveyed = try #require(rows.first { $0.indicator == "调查失业率" })
    let registered = try #require(rows.first { $0.indicator == "登记失业率" })
    #expect(surveyed.outcome == .met && registered.outcome == .notReported)
  }

  @Test func aClauseThatNamesItsYearSpeaksOfIt() throws {
    let plan = "2012年工作要点\n一、主要目标\n全国财政性教育经费支出占国内生产总值达到4%。\n"
    let summary = "2012年工作总结\n一、工作回顾\n财政性教育经费支出五年累计7.79万亿元，年均增长21.58%，2012年占国内生产总值比例达到4%。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    #expect(rows.first?.result?.value == .amount(4) && rows.first?.outcome == .met)
  }

  @Test func aDeficitShareOfGDPIsTheDeficitRate() throws {
    let plan = "2012年工作要点\n一、主要目标\n今年赤字率1.5%左右。\n"
    let summary = "2012年工作总结\n一、工作回顾\n财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右。\n"
    let summaryResult = TestSupport.parse(summary, facts: true)
    #expect(summaryResult.document.facts.filter { $0.kind == .percent }.allSatisfy { $0.subject == "财政赤字占国内生产总值的比重" })
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: summaryResult)
    #expect(rows.first?.indicator == "赤字率" && rows.first?.result?.value == .amount(1.5))
  }

  @Test func startedAndFinishedHomesAreDifferentCounts() throws {
    let plan = "2013年工作要点\n一、主要目标\n今年城镇保障性住房基本建成470万套、新开工630万套。\n"
    let summary = "2013年工作总结\n一、工作回顾\n过去一年，新开工保障性安居工程666万套，基本建成544万套。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    let finished = try #require(rows.first { $0.target.value == 4_700_000 })
    let started = try #require(rows.first { $0.target.value == 6_300_000 })
    #expect(finished.result?.value == .amount(5_440_000))
    #expect(started.result?.value == .amount(6_660_000))
  }

  @Test func aDeadlineYearsOffIsNotDueNextYear() throws {
    let plan = "2016年工作要点\n一、“十三五”时期主要目标\n到2020年，全社会研发经费投入强度达到2.5%。加强重大基础设施建设，高铁营业里程达到3万公里。\n"
    let summary = "2016年工作总结\n一、工作回顾\n过去一年，高铁投产里程超过1900公里。\n"
    let rows = Tracker.track(plan: TestSupport.parse(plan, facts: true), summary: TestSupport.parse(summary, facts: true))
    #expect(!rows.isEmpty && rows.allSatisfy { $0.result == nil && $0.outcome == .notReported })
  }

  @Test func aLevelWordAfterTheFigureIsNotItsSubject() throws {
    let facts = TestSupport.parse("过去一年，城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。\n", facts: true).document.facts
    #expect(facts.first { $0.kind == .percent }?.subject == "调查失业率")
  }

  /// A target's section path indexes the sections of the document it is in, attachments included.
  @Test func aFactIsPlacedInItsOwnDocument() throws {
    let result = try TestSupport.parseFixture("qijiang-2022-work-plan-notice.txt")
    let attachment = try #require(result.document.attachments.first)
    #expect(!attachment.facts.isEmpty)
    for fact in attachment.facts {
      #expect(Tracker.innermostDocument(containing: fact.span, in: result.document).span == attachment.span)
    }
    for fact in result.document.facts {
      #expect(Tracker.innermostDocument(containing: fact.span, in: result.document).span == result.document.span)
    }
  }
}
