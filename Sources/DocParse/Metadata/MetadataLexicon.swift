/// Words that identify the GB/T 9704 elements of a 公文. Data, not logic.
enum MetadataLexicon {
  /// Endings of an organisation's name (发文机关, 署名).
  static let organisationSuffixes = [
    "人民政府", "政府", "委员会", "办公室", "办公厅", "局", "委", "厅", "部", "院", "中心", "办", "署", "会",
    "公司", "集团", "处", "科", "所", "站", "队", "馆", "校", "行", "社", "联合会", "协会", "领导小组",
    "指挥部", "党组", "支部", "总局", "银行", "管委会", "街道", "镇", "乡", "调查队", "管理局", "片区",
  ]

  /// What a regulation's 题注 says was done on its date.
  static let promulgationVerbs = ["发布", "公布", "通过", "批准", "修订", "修正", "施行", "印发"]

  /// Endings of media names (`云南日报`, `新华社`, `中国政府网`): a source that is not an issuer.
  static let mediaEndings = ["日报", "晚报", "报", "新华社", "通讯社", "网", "电视台", "广播电台", "新闻", "客户端", "公众号", "杂志", "周刊"]

  /// Words that open a sentence of the body, never a title.
  static let sentenceOpenings = ["据", "为", "根据", "按照", "依据", "经", "近日", "日前", "现将", "记者"]

  /// Values a field shows when it has none (`文号: 无`).
  static let emptyValues: WordSet = ["无", "暂无", "-", "—", "/", "空", "null", "none"]

  /// Salutations that open a speech or letter (not 主送机关).
  static let salutations: WordSet = [
    "各位代表", "同志们", "代表们", "各位委员", "各位来宾", "女士们、先生们", "女士们先生们", "朋友们", "同学们",
  ]

  /// Offices whose holder signs a 令 or a ministry's order.
  static let signingRoles = ["部长", "局长", "主任", "厅长", "院长", "署长", "行长", "书记", "委员长"]

  /// Offices whose holder delivers a 政府工作报告, longest first.
  static let speakerRoles = ["副总理", "总理", "代省长", "省长", "代市长", "市长", "区长", "县长", "州长", "盟长", "旗长", "主席"]

  /// Title endings that name the document type.
  static let titleSuffixes = [
    "通知", "通告", "公告", "意见", "方案", "要点", "计划", "总结", "打算", "报告", "办法", "规定", "条例",
    "细则", "规则", "决定", "决议", "批复", "函", "纪要", "规划", "措施", "指南", "清单", "章程", "法", "通报",
    "指引", "标准", "安排", "思路", "公报", "请示", "答复", "复函",
  ]

  /// Kinds by title words, checked in order; the first match wins.
  static let kindRules: [(words: [String], kind: Document.Kind)] = [
    (["通知", "通告", "公告", "通报"], .notice),
    (["政府工作报告", "统计公报", "公报"], .report),
    (["总结和", "总结及", "总结与", "情况暨", "总结暨"], .summaryAndPlan),
    (["总结", "工作情况报告", "开展情况"], .workSummary),
    (["要点", "工作计划", "计划", "工作安排", "工作思路", "打算"], .workPlan),
    (["实施方案", "工作方案", "行动方案", "方案", "实施意见", "若干措施", "措施"], .implementationPlan),
    (["办法", "条例", "规定", "细则", "规则", "章程", "法"], .regulation),
    (["报告"], .report),
  ]
}

extension MetadataLexicon {
  /// 文种 written at the end of a title, longest first where one ends another.
  static let genres = [
    "政府工作报告", "统计公报", "实施方案", "工作方案", "行动方案", "实施意见", "指导意见", "若干措施", "实施细则",
    "实施办法", "暂行办法", "管理办法", "工作要点", "工作计划", "工作总结", "工作报告", "暂行规定", "通知", "通告",
    "公告", "通报", "意见", "方案", "措施", "要点", "计划", "总结", "报告", "办法", "规定", "条例", "细则", "规则",
    "决定", "决议", "批复", "复函", "函", "纪要", "规划", "指南", "清单", "章程", "公报", "请示", "安排", "思路", "打算",
  ]

  /// 文种 whose figures are results.
  static let reportingGenres: WordSet = ["统计公报", "公报", "工作总结", "总结"]
  /// 文种 whose figures are goals.
  static let planningGenres: WordSet = [
    "政府工作报告", "工作要点", "要点", "工作计划", "计划", "实施方案", "工作方案", "行动方案", "规划", "打算", "安排", "思路",
  ]
  /// 文种 whose figures are rules: thresholds, rates, limits.
  static let ruleGenres: WordSet = [
    "若干措施", "措施", "办法", "实施办法", "暂行办法", "管理办法", "规定", "暂行规定", "条例", "细则", "实施细则", "规则", "章程",
  ]

  /// What an untitled body says it is, as a 文种.
  static let bodyGenreCues: [(words: [String], genre: String)] = [
    (["作政府工作报告", "报告政府工作", "向大会报告工作", "作政府工作的报告"], "政府工作报告"),
    (["制定如下措施", "制定本措施", "制定以下措施"], "措施"),
    (["制定本办法"], "办法"),
    (["制定本规定"], "规定"),
    (["制定本方案", "制定本实施方案", "制定如下实施方案", "制定本行动方案"], "实施方案"),
  ]

  /// What a body says that tells the kind of a document printed without a title, in order.
  static let bodyKindCues: [(words: [String], kind: Document.Kind)] = [
    (["作政府工作报告", "报告政府工作", "向大会报告工作", "作政府工作的报告", "代表国务院，向", "代表国务院向"], .report),
    (["印发给你们", "转发给你们", "通知如下", "特此通知", "现通知如下", "有关事项通知"], .notice),
    (["制定如下措施", "制定本措施", "制定以下措施", "制定本方案", "制定本实施方案", "制定如下实施方案", "制定本行动方案", "特制定如下方案"], .implementationPlan),
    (["制定本办法", "制定本规定", "制定本条例", "制定本细则"], .regulation),
    (["工作要点如下", "工作计划如下", "工作安排如下"], .workPlan),
    (["总结如下", "报告如下"], .workSummary),
  ]

  /// Markers of sample and test documents before an organ's name.
  static let sampleMarkers = ["测试符", "测试用", "测试"]
}
