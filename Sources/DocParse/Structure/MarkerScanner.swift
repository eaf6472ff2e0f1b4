/// Recognises heading markers at a given offset, with the checks that keep
/// years (`2022年`), amounts (`1.2万元`) and dates out.
struct MarkerScanner {
  let scalars: [Unicode.Scalar]

  /// A heading marker starting exactly at `offset`, within `[offset, limit)`.
  func heading(at offset: Int, limit: Int) -> Marker? {
    guard offset < limit else { return nil }
    let s = scalars[offset]
    if s == "第" { return chapterOrArticle(at: offset, limit: limit) }
    if s == "（" || s == "(" { return parenthesised(at: offset, limit: limit) }
    if let m = enclosed(at: offset, limit: limit) { return m }
    if SmallNumeral.arabicDigit(s) != nil { return arabic(at: offset, limit: limit) }
    if SmallNumeral.isChineseNumeralScalar(s) { return chineseComma(at: offset, limit: limit) }
    return nil
  }

  /// Where the words of a sentence starting at `offset` begin: past a marker
  /// that opens it (after blanks), a heading's (`（一）`, `1.`, `①`, `第三条`)
  /// or an enumeration's (`一是`); `offset` when none does. Not past `limit`.
  /// A marker numbers a sentence; it is not part of what the sentence says.
  func textStart(ofSentenceAt offset: Int, limit: Int) -> Int {
    let i = skipBlanks(offset, limit)
    guard i < limit else { return offset }
    if let marker = heading(at: i, limit: limit) { return min(marker.span.end, limit) }
    if scalars[i] != "第", let e = enumeration(at: i, limit: limit), !e.duty { return min(e.end, limit) }
    return offset
  }

  /// An enumeration starting exactly at `offset`: `一是` … `二十是` (the
  /// marker ends after 是), `一要` … (a list of duties, ending after 要) or
  /// `第一，` (it ends before the comma); its ordinal, the marker's end, where
  /// the text after it starts, and whether it is a `N要`.
  func enumeration(at offset: Int, limit: Int) -> (ordinal: Int, end: Int, textStart: Int, duty: Bool)? {
    let ordinalStart = scalars[offset] == "第" ? offset + 1 : offset
    guard ordinalStart < limit, scalars[ordinalStart] != "两", scalars[ordinalStart] != "〇",
      scalars[ordinalStart] != "零",
      let (value, end) = SmallNumeral.chinese(scalars, at: ordinalStart, limit: limit), end < limit, value <= 20
    else { return nil }
    let follower = scalars[end]
    if ordinalStart == offset {
      guard follower == "是" || follower == "要" else { return nil }
      return (value, end + 1, skipBlanks(end + 1, limit), follower == "要")
    }
    return follower == "，" || follower == "," ? (value, end, skipBlanks(end + 1, limit), false) : nil
  }

  private func skipBlanks(_ i: Int, _ limit: Int) -> Int {
    var j = i
    while j < limit && scalars[j].isBlank { j += 1 }
    return j
  }

  /// `一、` (also `一．` and `一.`, which some documents use).
  private func chineseComma(at offset: Int, limit: Int) -> Marker? {
    guard let (value, end) = SmallNumeral.chinese(scalars, at: offset, limit: limit), end < limit,
      scalars[end] == "、" || scalars[end] == "．"
        || scalars[end] == "." && !(end + 1 < limit && SmallNumeral.arabicDigit(scalars[end + 1]) != nil)
    else { return nil }
    return make(.chineseComma, form: .chineseComma, value, offset, end + 1, limit)
  }

  /// `1.` `1．` `1、` `1)` `1）`; not `1.2万`, `2022.3`, or a year.
  private func arabic(at offset: Int, limit: Int) -> Marker? {
    guard let (value, end) = SmallNumeral.arabic(scalars, at: offset, limit: limit), end < limit,
      value > 0, value < 200
    else { return nil }
    let punct = scalars[end]
    let next = end + 1 < limit ? scalars[end + 1] : " "
    if SmallNumeral.arabicDigit(next) != nil { return nil }
    switch punct {
    case ".", "．": return make(.arabicDot, form: .arabicDot, value, offset, end + 1, limit)
    case "、": return make(.arabicDot, form: .arabicComma, value, offset, end + 1, limit)
    case ")", "）": return make(.arabicParen, form: .arabicClosingParen, value, offset, end + 1, limit)
    default: return nil
    }
  }

  /// `3.2023年…`: an item number run into a year, which reads like a decimal.
  /// The caller accepts it only where it continues the numbering.
  func arabicBeforeYear(at offset: Int, limit: Int) -> Marker? {
    guard let (value, end) = SmallNumeral.arabic(scalars, at: offset, limit: limit), value > 0, value < 200,
      end + 5 < limit, scalars[end] == "." || scalars[end] == "．",
      let (_, yearEnd) = SmallNumeral.arabic(scalars, at: end + 1, limit: limit), yearEnd - end - 1 == 4,
      yearEnd < limit, scalars[yearEnd] == "年"
    else { return nil }
    return make(.arabicDot, form: .arabicDot, value, offset, end + 1, limit)
  }

  /// `（一）` `(一)` `（1）` `(1)`, full- or half-width brackets in any mix.
  private func parenthesised(at offset: Int, limit: Int) -> Marker? {
    let inner = offset + 1
    guard inner < limit else { return nil }
    let style: MarkerStyle
    let parsed: (value: Int, end: Int)?
    if SmallNumeral.arabicDigit(scalars[inner]) != nil {
      style = .arabicParen
      parsed = SmallNumeral.arabic(scalars, at: inner, limit: limit)
    } else {
      style = .chineseParen
      parsed = SmallNumeral.chinese(scalars, at: inner, limit: limit)
    }
    guard let (value, end) = parsed, end < limit, scalars[end] == "）" || scalars[end] == ")", value < 200
    else { return nil }
    return make(style, form: style == .arabicParen ? .arabicParen : .chineseParen, value, offset, end + 1, limit)
  }

  /// `①`…`⑳`, `⑴`…`⒇`, `㈠`…`㈩`.
  private func enclosed(at offset: Int, limit: Int) -> Marker? {
    let v = scalars[offset].value
    switch v {
    case 0x2460...0x2473: return make(.circled, form: .circled, Int(v - 0x2460 + 1), offset, offset + 1, limit)
    case 0x2474...0x2487: return make(.arabicParen, form: .arabicParen, Int(v - 0x2474 + 1), offset, offset + 1, limit)
    case 0x3220...0x3229: return make(.chineseParen, form: .chineseParen, Int(v - 0x3220 + 1), offset, offset + 1, limit)
    default: return nil
    }
  }

  /// `第一章` `第一节` `第一编` `第一部分` `第一条` (Chinese or Arabic numbers).
  private func chapterOrArticle(at offset: Int, limit: Int) -> Marker? {
    let start = offset + 1
    guard
      let (value, end) = SmallNumeral.chinese(scalars, at: start, limit: limit)
        ?? SmallNumeral.arabic(scalars, at: start, limit: limit), end < limit
    else { return nil }
    let unit = scalars[end]
    let markerEnd: Int
    let form: MarkerForm
    switch unit {
    case "章": form = .chapter
    case "节": form = .section
    case "编": form = .part
    case "条": form = .article
    case "部" where end + 1 < limit && scalars[end + 1] == "分": form = .division
    default: return nil
    }
    markerEnd = form == .division ? end + 2 : end + 1
    return make(form == .article ? .article : .chapter, form: form, value, offset, markerEnd, limit)
  }

  private func make(_ style: MarkerStyle, form: MarkerForm, _ value: Int, _ start: Int, _ end: Int, _ limit: Int) -> Marker
  {
    Marker(style: style, form: form, ordinal: value, span: Span(start, end), titleStart: skipBlanks(end, limit))
  }
}
