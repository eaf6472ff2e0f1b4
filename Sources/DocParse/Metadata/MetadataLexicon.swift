/// Words that identify the GB/T 9704 elements of a 公文. Data, not logic.
enum MetadataLexicon {
  /// Endings of an organisation's name (发文机关, 署名).
  static let organisationSuffixes = [
    "人民政府", "政府", "委员会", "办公室", "办公厅", "局", "委", "厅", "部", "院", "中心", "办", "署", "会",
    "公司", "集团", "处", "科", "所", "站", "队", "馆", "校", "行", "社", "联合会", "协会", "领导小组",
    "指挥部", "党组", "支部", "总局", "银行", "管委会", "街道", "镇", "乡",
  ]

  /// Title endings that name the document type.
  static let titleSuffixes = [
    "通知", "通告", "公告", "意见", "方案", "要点", "计划", "总结", "打算", "报告", "办法", "规定", "条例",
    "细则", "规则", "决定", "决议", "批复", "函", "纪要", "规划", "措施", "指南", "清单", "章程", "法", "通报",
    "指引", "标准", "安排", "思路",
  ]

  /// Kinds by title words, checked in order; the first match wins.
  static let kindRules: [(words: [String], kind: Document.Kind)] = [
    (["通知", "通告", "公告", "通报"], .notice),
    (["政府工作报告"], .report),
    (["总结和", "总结及", "总结与"], .summaryAndPlan),
    (["总结"], .workSummary),
    (["要点", "工作计划", "计划", "工作安排", "工作思路", "打算"], .workPlan),
    (["实施方案", "工作方案", "行动方案", "方案", "实施意见"], .implementationPlan),
    (["办法", "条例", "规定", "细则", "规则", "章程", "法"], .regulation),
    (["报告"], .report),
  ]
}
