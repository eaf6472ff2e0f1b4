/// Words of the tracking stage.
enum TrackingLexicon {
  static let headScalars = heads.map { Array($0.unicodeScalars) }
  static let ceilingScalars = ceilings.map { Array($0.unicodeScalars) }
  static let reductionScalars = reductions.map { Array($0.unicodeScalars) }
  static let severalYearScalars = severalYears.map { Array($0.unicodeScalars) }
  static let oneYearScalars = oneYear.map { Array($0.unicodeScalars) }
  /// Indicator head words; the last one in a subject names what it measures.
  static let heads = [
    "赤字率", "赤字", "收入", "支出", "投入", "投资", "贷款", "就业", "失业率", "登记失业率", "调查失业率", "价格", "物价", "进出口", "出口", "进口",
    "消费", "产量", "补助", "补贴", "养老金", "住房", "安居工程", "棚户区", "人口", "排放", "能耗", "货币", "M2",
    "国内生产总值", "增加值", "税", "债", "利润", "面积", "里程", "粮食", "贡献率", "比重", "占比", "能源消耗",
  ]
  /// Stages of a building programme: started, finished.
  static let stages = [["新开工", "开工", "新安排", "开工建设"], ["基本建成", "建成", "竣工"]]
  /// What, as a share of GDP, is called its 率 (`赤字率`, `负债率`, `债务率`).
  static let ratesOfGDP = ["赤字", "负债", "债务"]
  /// Heads that make a figure a rate or share of something else.
  static let rateHeads: WordSet = ["贡献率", "比重", "占比"]
  /// Heads that name the same indicator.
  static let headClass: WordMap<String> = [
    "物价": "价格", "货币": "M2", "安居工程": "住房", "棚户区": "住房", "能源消耗": "能耗",
  ]
  /// Subjects where a higher value is worse.
  static let ceilings = ["价格", "物价", "CPI", "通胀", "失业率", "赤字", "负债率", "债务率", "涨幅"]
  /// A reduction is a floor on the amount reduced (`能耗强度下降3%以上`), never a ceiling.
  static let reductions = ["下降", "降低", "减少", "压减"]

  /// Phrases with which a review judges a goal in words.
  static let judgments = [
    "未能实现", "没有实现", "未实现", "未能完成", "没有完成", "未完成", "未达到", "没有达到", "超额完成", "全面完成", "圆满完成",
    "顺利完成", "如期完成", "基本完成", "胜利完成", "全面实现", "基本实现", "实现了", "完成了",
  ]
  /// Before a figure in its paragraph, or in its section's title: the
  /// nearest of these says the figure covers several years.
  static let severalYears = [
    "年均", "累计", "五年", "“十一五”", "“十二五”", "“十三五”", "“十四五”", "十一五", "十二五", "十三五", "十四五", "时期",
    "期间", "以来", "三年", "两年",
  ]
  /// … and the nearest of these that it covers the year under review.
  static let oneYear = ["过去一年", "过去的一年", "刚刚过去的", "去年", "上年", "一年来", "这一年", "全年"]
}
