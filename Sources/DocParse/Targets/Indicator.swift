import FoundationEssentials

/// What a target or a result measures, read from its subject: the head word
/// that names the indicator (`赤字`, `投入`, `就业`, `价格`), the part before
/// `占` of a share (`教育经费支出占国内生产总值` → `教育经费支出`), and
/// whether a higher value is worse (a ceiling: price rises, unemployment,
/// deficits, debt). Words are lexicon data (`TrackingLexicon`).
struct Indicator: Equatable {
  /// The last head word of the subject, if any.
  let head: String?
  /// For a share `X占Y`, the X.
  let shareOf: String?
  /// Higher is worse: the goal is an upper bound even when written `3%左右`.
  let isCeiling: Bool

  init(subject: String) {
    var head: (word: String, at: String.Index)?
    for word in TrackingLexicon.heads {
      if let r = subject.lastRange(of: word), head == nil || r.lowerBound > head!.at
        || (r.lowerBound == head!.at && word.count > head!.word.count)
      {
        head = (word, r.lowerBound)
      }
    }
    self.head = head.map { TrackingLexicon.headClass[$0.word] ?? $0.word }
    if let share = subject.firstIndex(of: "占"), share > subject.startIndex {
      shareOf = String(subject[..<share])
    } else {
      shareOf = nil
    }
    isCeiling = TrackingLexicon.ceilings.contains { subject.contains($0) }
      && !TrackingLexicon.reductions.contains { subject.contains($0) }
  }

  /// Whether a result with this indicator can report the target's (`self`):
  /// a target that names its indicator (`中央财政赤字`) needs a result that names
  /// the same one, and shares are shares of the same thing.
  func agrees(with other: Indicator) -> Bool {
    if let a = head, a != other.head { return false }
    if let a = shareOf, let b = other.shareOf, SubjectSimilarity.score(a, b) == 0 { return false }
    if (shareOf == nil) != (other.shareOf == nil) { return false }
    return true
  }
}

/// Words of the tracking stage.
enum TrackingLexicon {
  /// Indicator head words; the last one in a subject names what it measures.
  static let heads = [
    "赤字率", "赤字", "收入", "支出", "投入", "投资", "贷款", "就业", "失业率", "价格", "物价", "进出口", "出口", "进口",
    "消费", "产量", "补助", "补贴", "养老金", "住房", "安居工程", "棚户区", "人口", "排放", "能耗", "货币", "M2",
    "国内生产总值", "增加值", "税", "债", "利润", "面积", "里程", "粮食",
  ]
  /// Heads that name the same indicator.
  static let headClass: [String: String] = ["物价": "价格", "货币": "M2", "安居工程": "住房", "棚户区": "住房"]
  /// Subjects where a higher value is worse.
  static let ceilings = ["价格", "物价", "CPI", "通胀", "失业率", "赤字", "负债率", "债务率", "涨幅"]
  /// A reduction is a floor on the amount reduced (`能耗强度下降3%以上`), never a ceiling.
  static let reductions = ["下降", "降低", "减少", "压减"]

  /// Before a figure in its paragraph, or in its section's title: the
  /// nearest of these says the figure covers several years.
  static let severalYears = [
    "年均", "累计", "五年", "“十一五”", "“十二五”", "“十三五”", "“十四五”", "十一五", "十二五", "十三五", "十四五", "时期",
    "期间", "以来", "三年", "两年",
  ]
  /// … and the nearest of these that it covers the year under review.
  static let oneYear = ["过去一年", "去年", "上年", "一年来", "这一年", "全年"]
}

/// Which period a summary's figure covers: the nearest period word before it
/// in its clause, then in its sentence (`年均增长11.2%`, `去年…增长10.3%`), then
/// the last sentence of its paragraph that opens with one (`这五年，…`), then its
/// section titles, innermost first (`“十一五”时期…回顾`).
enum ReviewPeriod {
  static func coversSeveralYears(_ fact: Fact, in source: SourceText, sections: [Node]) -> Bool {
    let s = source.scalars
    var start = fact.span.start
    let floor = max(0, start - 2000)
    while start > floor && s[start - 1] != "\n" { start -= 1 }
    let paragraph = s[start..<fact.span.start]
    var sentenceStart = paragraph.endIndex
    while sentenceStart > paragraph.startIndex && !"。！？；".unicodeScalars.contains(s[sentenceStart - 1]) {
      sentenceStart -= 1
    }
    var clauseStart = paragraph.endIndex
    while clauseStart > sentenceStart && !"，,：".unicodeScalars.contains(s[clauseStart - 1]) { clauseStart -= 1 }
    if let v = nearest(in: String.fromScalars(s[clauseStart..<fact.span.start])) { return v }
    let sentence = String.fromScalars(s[sentenceStart..<fact.span.start])
    if let v = nearest(in: sentence) { return v }
    // `2012年，…国内生产总值增长7.8%`: a sentence that opens with a year speaks of that year.
    if let year = StatusRules.leadingYear(sentence.trimmingBlanks), year > 1900 { return false }
    if let v = opener(of: paragraph) { return v }
    let locator = SectionLocator(sections)
    for title in locator.titles(along: fact.section).reversed() {
      if let v = nearest(in: title) { return v }
    }
    return false
  }

  /// The period the last sentence of `paragraph` that opens with a period word names.
  private static func opener(of paragraph: ArraySlice<Unicode.Scalar>) -> Bool? {
    var found: Bool?
    var atStart = true
    var k = paragraph.startIndex
    while k < paragraph.endIndex {
      if atStart && !paragraph[k].isBlank {
        let head = String.fromScalars(paragraph[k..<min(paragraph.endIndex, k + 8)])
        if TrackingLexicon.severalYears.contains(where: { head.hasPrefix($0) || head.hasPrefix("这" + $0) || head.hasPrefix("过去" + $0) }) {
          found = true
        } else if TrackingLexicon.oneYear.contains(where: { head.hasPrefix($0) }) {
          found = false
        }
        atStart = false
      }
      if "。！？；".unicodeScalars.contains(paragraph[k]) { atStart = true }
      k += 1
    }
    return found
  }

  /// true for several years, false for one, nil when the text names no period.
  private static func nearest(in text: String) -> Bool? {
    var best: (at: String.Index, several: Bool)?
    for (words, several) in [(TrackingLexicon.severalYears, true), (TrackingLexicon.oneYear, false)] {
      for w in words {
        if let r = text.lastRange(of: w), best == nil || r.lowerBound > best!.at { best = (r.lowerBound, several) }
      }
    }
    return best?.several
  }
}

extension String {
  /// The last range of `needle`.
  func lastRange(of needle: String) -> Range<String.Index>? {
    var found: Range<String.Index>?
    var from = startIndex
    while let r = self[from...].firstRange(of: needle) {
      found = r
      from = index(after: r.lowerBound)
    }
    return found
  }
}
