/// Cue words matched as words: an occurrence inside a longer word that means
/// something else (`共` in `共同`, `计划` in `计划生育` or `计划单列市`) is
/// skipped. The longer words are lexicon data beside the cues.
struct CueWords: Sendable {
  private let cues: WordTable<Void>
  private let blockers: WordTable<Void>

  init(_ cues: [String], notInside blockers: [String] = CueWords.compounds) {
    self.cues = WordTable(cues.map { ($0, ()) })
    self.blockers = WordTable(blockers.map { ($0, ()) })
  }

  /// Words that contain a cue word but are not that cue.
  static let compounds = [
    "共同", "共享", "公共", "共建", "共治", "共识", "共性", "中共", "共产党", "共青团", "共商", "共赢", "总共同",
    "计划生育", "计划单列", "计划经济", "计划免疫", "模拟", "虚拟", "获得感", "已婚", "而已", "不已", "早已",
    "目标责任", "实现形式", "开展情况", "完成情况", "投入使用", "新增长", "争取到", "确保证",
  ]

  /// Whether a cue occurs in `text` as a word.
  func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
    var i = text.startIndex
    while i < text.endIndex {
      if let b = blockers.match(text, at: i, limit: text.endIndex) {
        i = b.end
        continue
      }
      if cues.match(text, at: i, limit: text.endIndex) != nil { return true }
      i += 1
    }
    return false
  }

  func occurs(in text: String) -> Bool { occurs(in: Array(text.unicodeScalars)[...]) }
}
