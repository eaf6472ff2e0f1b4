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
