/// A character drawn on a page, with its box (page units, y growing downwards).
struct PlacedChar {
  var scalar: Unicode.Scalar
  var x0: Double
  var x1: Double
  var top: Double
  var bottom: Double

  var height: Double { bottom - top }
}

/// A line of characters on one page.
struct PlacedLine {
  var chars: [PlacedChar]
  var x0: Double { chars.first?.x0 ?? 0 }
  var x1: Double { chars.last?.x1 ?? 0 }
  var top: Double { chars.map(\.top).min() ?? 0 }
  var bottom: Double { chars.map(\.bottom).max() ?? 0 }
  /// The line's type size: the median character height.
  var size: Double {
    let h = chars.map(\.height).sorted()
    return h.isEmpty ? 0 : h[h.count / 2]
  }
}

/// A page of a fixed-layout document: its size and its characters.
struct PlacedPage {
  var width: Double
  var height: Double
  var chars: [PlacedChar]
}

/// Rebuilds the text of fixed-layout pages (PDF, OFD): characters into lines
/// by baseline, lines into paragraphs by margins and indentation, page
/// numbers and running headers and footers dropped. No space is invented
/// between Chinese characters or between a number and its Chinese unit.
enum Reflow {
  static func text(of pages: [PlacedPage]) -> ParagraphText {
    let paged = pages.map { lines(of: $0) }
    let furniture = Furniture(paged, pages)
    var body: [(page: Int, line: PlacedLine)] = []
    for (k, lines) in paged.enumerated() {
      for line in lines where !furniture.isFurniture(line, page: k) { body.append((k, line)) }
    }
    var out = ParagraphText()
    guard !body.isEmpty else { return out }
    let sizes = body.map(\.line.size).sorted()
    let size = max(sizes[sizes.count / 2], 0.1)
    let left = mode(body.map(\.line.x0), unit: size / 2)
    let rights = body.map(\.line.x1).sorted()
    let right = rights[min(rights.count - 1, rights.count * 9 / 10)]
    // The usual gap between lines of one paragraph: the lower quartile of all gaps on a page.
    var gaps: [Double] = []
    for k in 1..<max(body.count, 1) where body[k].page == body[k - 1].page {
      gaps.append(max(0, body[k].line.top - body[k - 1].line.bottom))
    }
    gaps.sort()
    let leading = gaps.isEmpty ? 0.3 * size : gaps[gaps.count / 4]

    func centered(_ l: PlacedLine) -> Bool {
      let before = l.x0 - left
      let after = right - l.x1
      return before > 2 * size && abs(before - after) < 2 * size
    }
    var paragraph = ""
    var paragraphCentered = false
    var previous: (page: Int, line: PlacedLine)?
    for (page, line) in body {
      var joins = false
      if let p = previous {
        let full = p.line.x1 >= right - 1.5 * size
        let flush = abs(line.x0 - left) < 0.6 * size
        let sameSize = abs(line.size - p.line.size) < 0.25 * size
        let close = p.page != page || line.top - p.line.bottom <= leading + 0.4 * size
        joins = full && flush && sameSize && close && !paragraphCentered
      }
      let text = lineText(line)
      if joins && startsWithMarker(text) { joins = false }
      if joins {
        paragraph = join(paragraph, text)
      } else {
        if !paragraph.isEmpty { out.add(paragraph, centered: paragraphCentered) }
        paragraph = text
        paragraphCentered = centered(line)
      }
      previous = (page, line)
    }
    if !paragraph.isEmpty { out.add(paragraph, centered: paragraphCentered) }
    return out
  }

  /// The page's characters grouped into lines by baseline, left to right.
  static func lines(of page: PlacedPage) -> [PlacedLine] {
    let visible = page.chars.filter { !$0.scalar.isBlank && $0.scalar != "\t" && $0.scalar != "\n" && $0.scalar != "\r" }
    let sorted = visible.sorted { ($0.bottom, $0.x0) < ($1.bottom, $1.x0) }
    var lines: [PlacedLine] = []
    var current: [PlacedChar] = []
    var baseline = 0.0
    for c in sorted {
      if let first = current.first, abs(c.bottom - baseline) > 0.45 * max(first.height, c.height, 0.1) {
        lines.append(PlacedLine(chars: current.sorted { $0.x0 < $1.x0 }))
        current = []
      }
      if current.isEmpty { baseline = c.bottom }
      current.append(c)
    }
    if !current.isEmpty { lines.append(PlacedLine(chars: current.sorted { $0.x0 < $1.x0 })) }
    return lines
  }

  /// A line's text: a space where letters or digits stand apart, a tab
  /// between columns far apart, nothing between Chinese characters set close.
  static func lineText(_ line: PlacedLine) -> String {
    var out = String.UnicodeScalarView()
    var previous: PlacedChar?
    for c in line.chars {
      if let p = previous {
        let gap = c.x0 - p.x1
        let em = max(p.height, c.height, 0.1)
        if gap > 2.5 * em {
          out.append("\t")
        } else if isCJK(p.scalar) || isCJK(c.scalar) {
          if gap > 0.9 * em { out.append(" ") }
        } else if gap > 0.2 * em {
          out.append(" ")
        }
      }
      out.append(c.scalar)
      previous = c
    }
    return String(out)
  }

  /// Whether a line opens with a heading or article marker (`第六条`, `第二章`,
  /// `一、`, `（三）`): in a document that sets no indentation, such a line
  /// starts a new paragraph even after a full line.
  static func startsWithMarker(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars.prefix(12))
    let numerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十百零〇两".unicodeScalars)
    guard let first = s.first else { return false }
    if first == "第" {
      var k = 1
      while k < s.count && (numerals.contains(s[k]) || ("0"..."9").contains(s[k])) { k += 1 }
      return k > 1 && k < s.count && ["条", "章", "节", "编", "部分"].contains(String(s[k]))
    }
    if first == "（" || first == "(" {
      var k = 1
      while k < s.count && numerals.contains(s[k]) { k += 1 }
      return k > 1 && k < s.count && (s[k] == "）" || s[k] == ")")
    }
    var k = 0
    while k < s.count && numerals.contains(s[k]) { k += 1 }
    if k > 0 { return k < s.count && s[k] == "、" }
    // `4、` (Arabic numbers with the Chinese enumeration comma).
    while k < s.count && ("0"..."9").contains(s[k]) { k += 1 }
    return k > 0 && k <= 3 && k < s.count && s[k] == "、"
  }

  /// Joins a wrapped line to its paragraph: no space after a Chinese
  /// character or before one; a space between two words of Latin letters.
  static func join(_ a: String, _ b: String) -> String {
    guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
    if last == "-" || isCJK(last) || isCJK(first) { return a + b }
    return a + " " + b
  }

  /// Chinese, Japanese and Korean characters and the full-width punctuation set with them.
  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF, 0x2014, 0x2026,
      0x201C, 0x201D, 0x2018, 0x2019, 0x00B7:
      return true
    default: return false
    }
  }

  /// The most common value, in buckets of `unit`.
  static func mode(_ values: [Double], unit: Double) -> Double {
    var counts: [Int: (Int, Double)] = [:]
    for v in values {
      let k = Int((v / unit).rounded())
      let e = counts[k, default: (0, v)]
      counts[k] = (e.0 + 1, min(e.1, v))
    }
    return counts.max { ($0.value.0, -$0.key) < ($1.value.0, -$1.key) }?.value.1 ?? 0
  }

  /// Page numbers and lines repeated at the top or bottom of pages.
  struct Furniture {
    private var repeated: Set<String> = []
    private let pages: [PlacedPage]

    init(_ paged: [[PlacedLine]], _ pages: [PlacedPage]) {
      self.pages = pages
      guard pages.count >= 3 else { return }
      var seen: [String: Set<Int>] = [:]
      for (k, lines) in paged.enumerated() {
        for line in lines where Self.inMargin(line, pages[k]) {
          seen[Self.key(line), default: []].insert(k)
        }
      }
      repeated = Set(seen.filter { $0.value.count >= max(3, pages.count / 2) }.keys)
    }

    func isFurniture(_ line: PlacedLine, page: Int) -> Bool {
      guard Self.inMargin(line, pages[page]) else { return false }
      return Self.isPageNumber(Reflow.lineText(line)) || repeated.contains(Self.key(line))
    }

    /// In the top 10% or the bottom 15% of the page.
    static func inMargin(_ line: PlacedLine, _ page: PlacedPage) -> Bool {
      guard page.height > 0 else { return false }
      return line.bottom < page.height * 0.10 || line.top > page.height * 0.85
    }

    /// The line's text without digits, so `第 3 页` on every page is one key.
    static func key(_ line: PlacedLine) -> String {
      String(String.UnicodeScalarView(line.chars.map(\.scalar).filter { !("0"..."9").contains($0) }))
    }

    /// `— 1 —`, `-2-`, `3`, `第3页`, `第3页 共9页`, `3/9`, `Page 3`.
    static func isPageNumber(_ text: String) -> Bool {
      let s = text.unicodeScalars.filter { !$0.isBlank && $0 != "\t" }
      guard !s.isEmpty, s.count <= 16 else { return false }
      let digits = s.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
      guard !digits.isEmpty else { return false }
      let allowed: Set<Unicode.Scalar> = ["—", "–", "-", "－", "第", "页", "共", "/", "／", "P", "p", "a", "g", "e", "·", "•"]
      return s.allSatisfy { ("0"..."9").contains($0) || ("０"..."９").contains($0) || allowed.contains($0) }
    }
  }
}
