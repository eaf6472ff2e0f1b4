/// Names of the standard sections of 公文 (`工作开展情况`, `存在问题`,
/// `下一步工作计划`). In text whose line breaks were lost a heading's title
/// runs into its body (`二、存在问题在看到成绩的同时，…`); a title that starts
/// with one of these names ends after it. Data, not logic.
enum SectionNames {
  static let names = [
    "工作开展情况", "主要工作开展情况", "工作完成情况", "主要工作完成情况", "基本情况", "工作情况", "主要做法", "主要成效",
    "工作成效", "取得成效", "工作亮点", "存在问题", "存在的问题", "主要问题", "存在的不足", "问题和不足",
    "下一步工作计划", "下一步工作打算", "下一步工作安排", "下一步工作思路", "下一步计划", "下一步打算", "下一步工作",
    "工作计划", "工作打算", "工作思路", "总体要求", "指导思想", "基本原则", "工作目标", "主要目标", "目标任务",
    "重点任务", "主要任务", "工作任务", "重点工作", "保障措施", "组织保障", "工作要求", "实施步骤", "职责分工",
    "组织领导", "其他事项", "附则", "总则",
  ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Where a standard section name at `start` ends, when more text runs on after it
  /// without punctuation.
  static func leading(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
    for name in names where start + name.count <= limit && s[start..<start + name.count].elementsEqual(name) {
      guard start + name.count < limit else { return nil }
      let next = s[start + name.count]
      return Words.isHan(next) && next != "的" && next != "和" && next != "及" && next != "与" ? start + name.count : nil
    }
    return nil
  }
}
