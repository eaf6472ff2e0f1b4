@testable import DocParse
import Testing

/// Surface forms of percents, multiples and durations.
@Suite struct PercentMultipleDurationCorpusTests {
  static let cases: [Expected] = [
    Expected(marked: "确保全社会研发投入增长⟦10%以上⟧", kind: .percent, value: "10", unit: "%", comparator: .atLeast),
    Expected(marked: "同比增长⟦28%⟧", kind: .percent, value: "28", unit: "%"),
    Expected(marked: "增长⟦３．５％⟧", kind: .percent, value: "3.5", unit: "%"),
    Expected(marked: "较上年增长⟦**.*%⟧", kind: .percent, value: nil, unit: "%", masked: true),
    Expected(marked: "完成率⟦***%⟧", kind: .percent, value: nil, unit: "%", masked: true),
    Expected(marked: "占比⟦百分之五十⟧", kind: .percent, value: "50", unit: "%"),
    Expected(marked: "⟦千分之五⟧", kind: .percent, value: "5", unit: "‰"),
    Expected(marked: "自然增长率⟦0.02‰⟧", kind: .percent, value: "0.02", unit: "‰"),
    Expected(marked: "比上年增长⟦-0.5%⟧", kind: .percent, value: "-0.5", unit: "%"),
    Expected(marked: "规模以上工业增加值下降⟦-3.2%⟧", kind: .percent, value: "-3.2", unit: "%"),
    Expected(marked: "⟦九成以上⟧的企业", kind: .percent, value: "90", unit: "%", comparator: .atLeast),
    Expected(marked: "按⟦八折⟧收取", kind: .percent, value: "80", unit: "%"),
    Expected(marked: "按⟦八五折⟧执行", kind: .percent, value: "85", unit: "%"),
    Expected(marked: "占全市的⟦三分之一⟧", kind: .fraction, value: "0.333333"),
    Expected(marked: "完成任务的⟦2/3以上⟧", kind: .fraction, value: "0.666667", comparator: .atLeast),
    Expected(marked: "提高⟦2个百分点⟧", kind: .percent, value: "2", unit: "pp"),
    Expected(marked: "提高⟦0.5个百分点以上⟧", kind: .percent, value: "0.5", unit: "pp", comparator: .atLeast),
    Expected(marked: "交易量较去年增长⟦三倍⟧。", kind: .multiple, value: "3", unit: "倍"),
    Expected(marked: "增长⟦1.5倍⟧", kind: .multiple, value: "1.5", unit: "倍"),
    Expected(marked: "⟦翻一番⟧", kind: .multiple, value: "2", unit: "倍"),
    Expected(marked: "实现⟦翻两番⟧", kind: .multiple, value: "4", unit: "倍"),
    Expected(marked: "申请材料不全的，⟦1-3个月内⟧补正", kind: .duration, value: nil, unit: "个月", comparator: .atMost),
    Expected(marked: "用⟦3年⟧时间", kind: .duration, value: "3", unit: "年"),
    Expected(marked: "期限为⟦48个月⟧", kind: .duration, value: "48", unit: "个月"),
    Expected(marked: "在⟦5个工作日内⟧办结", kind: .duration, value: "5", unit: "个工作日", comparator: .atMost),
    Expected(marked: "在⟦5 个工作日内⟧办结", kind: .duration, value: "5", unit: "个工作日", comparator: .atMost),
    Expected(marked: "扣除期限⟦不能超过48个月⟧", kind: .duration, value: "48", unit: "个月", comparator: .atMost),
    Expected(marked: "公示⟦7天⟧", kind: .duration, value: "7", unit: "天"),
    Expected(marked: "培训⟦2小时⟧", kind: .duration, value: "2", unit: "小时"),
    Expected(marked: "⟦近三年⟧来", kind: .duration, value: "3", unit: "年", approximate: true),
  ]

  @Test(arguments: cases) func fact(_ e: Expected) throws { try FactTestSupport.check(e) }
}
