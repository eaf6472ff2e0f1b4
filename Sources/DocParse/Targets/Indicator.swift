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
  /// The stage of a building programme the subject names (started, finished), if any.
  let stage: Int?

  init(subject: String) {
    let s = Array(subject.unicodeScalars)
    // The head word that ends last, the longest of those ending there
    // (`城镇登记失业率` → 登记失业率, not 失业率: 登记 and 调查 rates differ).
    var head: (word: Int, end: Int, length: Int)?
    for (k, word) in TrackingLexicon.headScalars.enumerated() {
      guard let at = Self.lastIndex(of: word, in: s) else { continue }
      let end = at + word.count
      if head == nil || end > head!.end || (end == head!.end && word.count > head!.length) {
        head = (k, end, word.count)
      }
    }
    var named = head.map { TrackingLexicon.headClass[TrackingLexicon.heads[$0.word]] ?? TrackingLexicon.heads[$0.word] }
    // `占国内生产总值比例` names a share without saying of what: "" (any).
    var share = s.firstIndex(of: "占").map { String.fromScalars(s[..<$0]) }
    // `财政赤字占国内生产总值的比重` is what a 赤字率 is (and so for debt).
    if let part = share, subject.contains("国内生产总值"),
      let base = TrackingLexicon.ratesOfGDP.first(where: { part.hasSuffix($0) })
    {
      named = base + "率"
      share = nil
    }
    self.head = named
    shareOf = share
    stage = TrackingLexicon.stages.lastIndex { words in words.contains { Self.lastIndex(of: Array($0.unicodeScalars), in: s) != nil } }
    isCeiling = TrackingLexicon.ceilingScalars.contains { Self.lastIndex(of: $0, in: s) != nil }
      && !TrackingLexicon.reductionScalars.contains { Self.lastIndex(of: $0, in: s) != nil }
  }

  /// Where `needle` last starts in `hay`.
  static func lastIndex(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, needle.count <= hay.count else { return nil }
    var i = hay.count - needle.count
    while i >= 0 {
      if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i -= 1
    }
    return nil
  }

  /// Whether a result with this indicator can report the target's (`self`):
  /// a target that names its indicator (`中央财政赤字`) needs a result that names
  /// the same one, and shares are shares of the same thing.
  func agrees(with other: Indicator) -> Bool {
    // `新开工`/`新安排` and `基本建成` count different things.
    if let a = stage, let b = other.stage, a != b { return false }
    // `基本建成544万套` after `新开工保障性安居工程666万套`: the noun is the one before; the stage names it.
    if head != nil, other.head == nil, let a = stage, a == other.stage { return true }
    if let a = head, a != other.head { return false }
    // A result that names a rate or share the target does not (`对全球经济增长的贡献率`) is another indicator.
    if head == nil, let b = other.head, TrackingLexicon.rateHeads.contains(b) { return false }
    if let a = shareOf, let b = other.shareOf, !a.isEmpty, !b.isEmpty, SubjectSimilarity.score(a, b) == 0 {
      return false
    }
    if (shareOf == nil) != (other.shareOf == nil) { return false }
    return true
  }
}

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
  static let rateHeads: Set<String> = ["贡献率", "比重", "占比"]
  /// Heads that name the same indicator.
  static let headClass: [String: String] = [
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
    if let v = nearest(in: Array(s[clauseStart..<fact.span.start])) { return v }
    // `…年均增长21.58%，2012年占国内生产总值比例达到4%`: a clause that names its year speaks of it.
    let clauseYears = Self.years(in: s[clauseStart..<fact.span.start])
    if let a = clauseYears.min(), let b = clauseYears.max() { return b - a > 1 }
    // `2005年与2000年相比，…增长57.3%`: years more than one apart span several years.
    let years = Self.years(in: s[sentenceStart..<fact.span.start])
    if let a = years.min(), let b = years.max(), b - a > 1 { return true }
    if let v = nearest(in: Array(s[sentenceStart..<fact.span.start])) { return v }
    let sentence = String.fromScalars(s[sentenceStart..<min(fact.span.start, sentenceStart + 8)])
    // `2012年，…国内生产总值增长7.8%`: a sentence that opens with a year speaks of that year.
    if let year = StatusRules.leadingYear(sentence.trimmingBlanks), year > 1900 { return false }
    if let v = opener(of: paragraph) { return v }
    let locator = SectionLocator(sections)
    for title in locator.titles(along: fact.section).reversed() {
      if let v = nearest(in: Array(title.unicodeScalars)) { return v }
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
        let head = String.fromScalars(paragraph[k..<min(paragraph.endIndex, k + 12)])
        if TrackingLexicon.severalYears.contains(where: { head.hasPrefix($0) || head.hasPrefix("这" + $0) || head.hasPrefix("过去" + $0) }) {
          found = true
        } else if head.hasPrefix("到") && Self.namesOneYear(head) {
          // `到2020年，…`: a deadline some years off, not the year under review.
          found = true
        } else if TrackingLexicon.oneYear.contains(where: { head.hasPrefix($0) }) || Self.namesOneYear(head) {
          found = false
        }
        atStart = false
      }
      if "。！？；".unicodeScalars.contains(paragraph[k]) { atStart = true }
      k += 1
    }
    return found
  }

  /// The four-digit years (followed by 年) written in `text`.
  static func years(in text: ArraySlice<Unicode.Scalar>) -> [Int] {
    var out: [Int] = []
    var i = text.startIndex
    while i + 4 < text.endIndex {
      if text[i + 4] == "年", text[i..<(i + 4)].allSatisfy({ ("0"..."9").contains($0) }),
        i == text.startIndex || !("0"..."9").contains(text[i - 1])
      {
        out.append(text[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1.value - 48) })
        i += 5
      } else {
        i += 1
      }
    }
    return out
  }

  /// `2012年，…`, `刚刚过去的2017年`: a year (four digits and 年) in a sentence's opening.
  static func namesOneYear(_ head: String) -> Bool {
    let s = Array(head.unicodeScalars)
    guard s.count >= 5 else { return false }
    for i in 0...(s.count - 5) where s[i + 4] == "年" && s[i..<(i + 4)].allSatisfy({ ("0"..."9").contains($0) }) {
      return true
    }
    return false
  }

  /// true for several years, false for one, nil when the text names no period.
  private static func nearest(in text: [Unicode.Scalar]) -> Bool? {
    var best: (at: Int, several: Bool)?
    for (words, several) in [(TrackingLexicon.severalYearScalars, true), (TrackingLexicon.oneYearScalars, false)] {
      for w in words {
        guard let at = Indicator.lastIndex(of: w, in: text), best == nil || at > best!.at else { continue }
        // `连续两年增长10%以上`: the figure holds for each of the years, the last one too.
        let each = at >= 2 && text[at - 2] == "连" && text[at - 1] == "续"
        best = (at, several && !each)
      }
    }
    return best?.several
  }
}
