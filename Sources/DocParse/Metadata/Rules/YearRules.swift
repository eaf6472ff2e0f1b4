/// Rules for the year a document is about (the plan year of a 工作要点, the
/// reported year of a 工作总结), used to resolve dates written without one.
enum YearRules {
  /// The first year the title names: `2022年工作总结和2023年工作计划` → 2022.
  static func title(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let title = m.title else { return [] }
    if let span = m.sources[.title]?.span, let (year, at) = firstYear(layout.source.scalars, in: span) {
      return [MetadataCandidate(field: .year, value: .year(year), span: at)]
    }
    let scalars = Array(title.unicodeScalars)
    return firstYear(scalars, in: Span(0, scalars.count)).map { [MetadataCandidate(field: .year, value: .year($0.0), span: nil)] } ?? []
  }

  /// An untitled notice that issues `《X》` (`现将《…2023年…方案》印发给你们`) is about X's year.
  static func issuedDocument(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let s = layout.source.scalars
    let end = min(layout.bodySpan.end, layout.bodySpan.start + 400)
    guard let issue = layout.source.firstSpan(of: "印发", in: Span(layout.bodySpan.start, end), ignoringBlanks: false)
    else { return [] }
    var i = issue.start - 1
    while i >= layout.bodySpan.start && s[i] != "》" && s[i] != "。" && issue.start - i < 80 { i -= 1 }
    guard i >= layout.bodySpan.start, s[i] == "》" else { return [] }
    var open = i
    while open >= layout.bodySpan.start && s[open] != "《" { open -= 1 }
    guard open >= layout.bodySpan.start, let (year, at) = firstYear(s, in: Span(open, i)) else { return [] }
    return [MetadataCandidate(field: .year, value: .year(year), span: at)]
  }

  static func date(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let date = m.date, let year = Int(date.prefix(4)) else { return [] }
    return [MetadataCandidate(field: .year, value: .year(year), span: m.sources[.date]?.span)]
  }

  static func docNumber(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard let year = m.docNumber?.year else { return [] }
    return [MetadataCandidate(field: .year, value: .year(year), span: m.sources[.docNumber]?.span)]
  }

  /// An untitled 政府工作报告 (`各位代表：现在，我代表国务院，作政府工作报告…一、去年工作回顾
  /// 2005年，…`) reviews the year before its own: the first year its review names, plus one.
  static func reviewed(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    guard m.title == nil else { return [] }
    let s = layout.source.scalars
    let opening = Span(layout.bodySpan.start, min(layout.bodySpan.end, layout.bodySpan.start + 600))
    // The cheap test first: most bodies never say 回顾, and then the genre need not be read.
    guard let review = layout.source.firstSpan(of: "回顾", in: opening, ignoringBlanks: false),
      DocumentKinds.genre(ofBody: layout.source, layout.bodySpan) == "政府工作报告",
      let (year, at) = firstYear(s, in: Span(max(opening.start, review.start - 10), review.start))
        ?? firstYear(s, in: Span(review.end, min(layout.bodySpan.end, review.end + 200)))
    else { return [] }
    return [MetadataCandidate(field: .year, value: .year(year + 1), span: at)]
  }

  /// `自2021年12月1日起施行` → 2021. A text in force from 1 January was
  /// written the year before (`自2026年1月1日起施行` in a 2025 document).
  static func effective(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let s = layout.source.scalars
    let classes = layout.source.classes
    let span = layout.ownSpan
    var next = span.start
    while true {
      // Most scalars are neither 自 nor 从: passed over in one loop.
      let i = classes.first(.yearFrom, from: next, to: span.end)
      guard i < span.end else { break }
      next = i + 1
      guard let (iso, end) = DateLine.leadingDate(layout.source, in: Span(i + 1, min(span.end, i + 20))) else { continue }
      var j = end
      while j < span.end && j < end + 3 && s[j] != "起" { j += 1 }
      guard j < span.end, s[j] == "起" else { continue }
      // `自…起施行` or `执行时间从…起`.
      let around = layout.source[Span(max(span.start, i - 6), i)] + layout.source[Span(j + 1, min(span.end, j + 5))]
      guard ["施行", "执行", "实施", "生效"].contains(where: { around.contains($0) }), var year = Int(iso.prefix(4)) else {
        continue
      }
      if iso.hasSuffix("-01-01") { year -= 1 }
      return [MetadataCandidate(field: .year, value: .year(year), span: Span(i + 1, end))]
    }
    return []
  }

  /// Where `effective` looks (`ScanSet.yearFrom`).
  static let fromWords = ScalarBits(["自", "从"] as [Unicode.Scalar])

  /// Where `common` looks: digits and the brackets of titles (`ScanSet.yearScan`).
  static let yearScan = ScalarBits(["《", "》"] + NumeralChars.scalars(where: isDigit))
  private static func isDigit(_ c: Unicode.Scalar) -> Bool {
    SmallNumeral.arabicDigit(c) != nil || SmallNumeral.chineseDigit(c) != nil
  }

  /// The year the body names most often (not inside `《》` titles or 发文字号
  /// brackets); on a tie, the earliest.
  static func common(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let s = layout.source.scalars
    var counts: [Int: (count: Int, first: Span)] = [:]
    var depth = 0
    let classes = layout.source.classes
    var i = layout.bodySpan.start
    while i < layout.bodySpan.end {
      // Most scalars are neither digits nor title brackets: passed over in one loop.
      i = classes.first(.yearScan, from: i, to: layout.bodySpan.end)
      guard i < layout.bodySpan.end else { break }
      let c = s[i]
      if c == "《" || c == "》" {
        depth = c == "《" ? depth + 1 : max(0, depth - 1)
        i += 1
        continue
      }
      // A digit, outside titles: a year may start here.
      if depth == 0, let (year, at) = year(s, at: i, limit: layout.bodySpan.end) {
        let previous = i > 0 ? s[i - 1] : " "
        // Not a cited document's 发文字号, and not a target year (`到2027年`).
        if previous != "〔" && previous != "[" && previous != "［" && previous != "(" && previous != "（"
          && previous != "到" && previous != "至"
        {
          counts[year, default: (0, at)].count += 1
        }
        i = at.end
        continue
      }
      i += 1
    }
    guard let best = counts.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }) else { return [] }
    return [MetadataCandidate(field: .year, value: .year(best.key), span: best.value.first)]
  }

  /// A document with no year of its own is written no earlier than the
  /// latest 发文字号 it cites (`按照…(国发〔2024〕7号)要求`).
  static func cited(_ layout: DocumentLayout, _ m: Metadata) -> [MetadataCandidate] {
    let s = layout.source.scalars
    var best: (Int, Span)? = nil
    for i in layout.bodySpan.range where s[i] == "〔" || s[i] == "[" || s[i] == "［" {
      guard let (y, end) = DateLine.readYear(s, at: i + 1, limit: min(layout.bodySpan.end, i + 6)), end < s.count,
        s[end] == "〕" || s[end] == "]" || s[end] == "］", (1900...2100).contains(y)
      else { continue }
      if best == nil || y > best!.0 { best = (y, Span(i + 1, end)) }
    }
    return best.map { [MetadataCandidate(field: .year, value: .year($0.0), span: $0.1)] } ?? []
  }

  /// The first `YYYY年` in `span`.
  static func firstYear(_ s: [Unicode.Scalar], in span: Span) -> (Int, Span)? {
    for i in span.range {
      if let found = year(s, at: i, limit: span.end) { return found }
    }
    return nil
  }

  /// A year at `i`: four digits (not part of a longer number) and `年`, blanks allowed between.
  private static func year(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Span)? {
    guard SmallNumeral.arabicDigit(s[i]) != nil || SmallNumeral.chineseDigit(s[i]) != nil,
      i == 0 || SmallNumeral.arabicDigit(s[i - 1]) == nil, let (y, end) = DateLine.readYear(s, at: i, limit: limit),
      (1900...2100).contains(y)
    else { return nil }
    var j = end
    while j < limit && s[j].isBlank { j += 1 }
    return j < limit && s[j] == "年" ? (y, Span(i, end)) : nil
  }
}
