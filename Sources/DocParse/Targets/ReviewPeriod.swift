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
        let opening = paragraph[k..<min(paragraph.endIndex, k + 12)]
        let head = String.fromScalars(opening)
        // `2012年，…`, `刚刚过去的2017年`: a year named in the opening.
        let namesYear = !years(in: opening).isEmpty
        if TrackingLexicon.severalYears.contains(where: { head.hasPrefix($0) || head.hasPrefix("这" + $0) || head.hasPrefix("过去" + $0) }) {
          found = true
        } else if head.hasPrefix("到") && namesYear {
          // `到2020年，…`: a deadline some years off, not the year under review.
          found = true
        } else if TrackingLexicon.oneYear.contains(where: { head.hasPrefix($0) }) || namesYear {
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
