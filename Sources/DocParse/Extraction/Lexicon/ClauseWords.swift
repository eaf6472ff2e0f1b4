/// Words of the sentence around a quantity: whether it is a goal or a result,
/// and which words around a subject are not part of it.
enum ClauseWords {
  /// A goal for the future (`力争培育科技型企业50家以上`).
  static let target = WordTable<Bool>(
    ["力争", "确保", "争取", "目标", "计划", "预计", "力求", "拟", "努力", "预期"].map { ($0, true) })

  /// A reported result (`新培育科技型企业48家`, `累计发放…2.37亿元`).
  static let actual = WordTable<Bool>(
    [
      "累计", "新培育", "完成", "实现", "达到", "共", "培育", "组织", "开展", "举办", "发放", "获批", "获得", "入驻",
      "收录", "下达", "选派", "推广", "解决", "建成", "新建", "召开", "参与", "走访", "录入", "更新", "已", "增长", "兑现",
      "签订", "引进", "认定", "支持", "拨付", "落实", "帮助", "吸引", "培训", "服务", "发布", "达", "提供", "登记", "投入",
    ].map { ($0, true) })

  /// Words that start a subject's clause but are not the subject (`力争`, `其中`).
  static let subjectLeads = WordTable<Bool>(["力争", "确保", "争取", "其中", "全年", "并", "同时", "计划", "预计"].map { ($0, true) })

  /// Verbs right before the number that are not the subject (`金额达到`).
  static let subjectTails = WordTable<Bool>(["达到", "达", "为", "共", "约", "共计", "合计", "总计", "分别"].map { ($0, true) })
}

extension ClauseWords {
  /// Scalars that end a subject phrase.
  static func endsPhrase(_ c: Unicode.Scalar) -> Bool {
    !(Words.isHan(c) || c == "“" || c == "”") || NumeralChars.arabicDigit(c) != nil
  }
}
