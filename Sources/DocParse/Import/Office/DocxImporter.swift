import HTMLKit

/// Word documents (`.docx`, Office Open XML): paragraphs of
/// `word/document.xml` in order, each table cell's paragraphs as lines, and
/// Word's automatic list numbering rendered as the marker text it shows
/// (`一、`, `（一）`, `1.`), so the section tree sees it. Headers, footers,
/// comments, footnotes and deleted text are left out.
enum DocxImporter {
  static func read(_ zip: ZipContainer, name: String) throws(DecodeError) -> ImportedText {
    let document = try zip.xml("word/document.xml", in: "Word document")
    var numbering = zip.contains("word/numbering.xml") ? WordNumbering(try zip.xml("word/numbering.xml", in: "Word document")) : WordNumbering()
    let styles = zip.contains("word/styles.xml") ? WordStyles(try zip.xml("word/styles.xml", in: "Word document")) : WordStyles()
    guard let body = document.descendants("body").first else {
      throw DecodeError(description: "Word document: word/document.xml has no body")
    }
    var text = ParagraphText()
    var pending: [HTMLElement] = body.elements.reversed()
    var boxed = Set<ObjectIdentifier>()
    while let element = pending.popLast() {
      switch element.name {
      case "p":
        // Text boxes anchored in the paragraph (a 版头 or 发文字号 is often set in
        // one) are read first, as paragraphs of their own, then the paragraph.
        if boxed.insert(ObjectIdentifier(element)).inserted {
          let boxes = textBoxes(in: element)
          if !boxes.isEmpty {
            pending.append(element)
            for box in boxes.reversed() { pending.append(contentsOf: box.elements.reversed()) }
            continue
          }
        }
        let properties = element.child("pPr")
        var label = ""
        if let (numId, level) = styles.numberingOf(properties) {
          label = numbering.label(numId: numId, level: level)
        }
        let centered = properties?.child("jc")?.attribute("val") == "center"
        let heading = properties?.child("outlineLvl") != nil || styles.isHeading(properties)
        text.add(label + paragraphText(element), kind: heading ? .heading : .paragraph, centered: centered)
      case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "smartTag":
        // Containers: their paragraphs in order (a cell's paragraphs are lines).
        pending.append(contentsOf: element.elements.reversed())
      default:
        continue
      }
    }
    return try text.imported(
      name: name, format: .docx, encoding: "UTF-8", emptyProblem: "Word document with no text")
  }

  /// The text boxes (`w:txbxContent`) inside a paragraph's drawings, in
  /// order; `mc:Fallback` repeats the same boxes and is not read.
  static func textBoxes(in p: HTMLElement) -> [HTMLElement] {
    var found: [HTMLElement] = []
    var stack: [HTMLElement] = p.elements.reversed()
    while let e = stack.popLast() {
      if e.name == "txbxContent" {
        found.append(e)
      } else if e.name != "Fallback" {
        stack.append(contentsOf: e.elements.reversed())
      }
    }
    return found
  }

  /// Elements whose content is not the paragraph's visible text.
  static let skipped: Set<String> = [
    "pPr", "rPr", "del", "delText", "instrText", "delInstrText", "footnoteReference", "endnoteReference",
    "commentReference", "Fallback", "drawing", "pict", "object",
  ]

  /// The visible text of a paragraph: runs, tabs and breaks, in order.
  static func paragraphText(_ p: HTMLElement) -> String {
    var out = ""
    var stack: [HTMLContent] = p.children.reversed()
    while let content = stack.popLast() {
      guard case .element(let e) = content else { continue }
      switch e.name {
      case "t": out += e.text
      case "tab", "ptab": out += "\t"
      case "br", "cr": out += "\n"
      case "noBreakHyphen": out += "-"
      case "sym":
        if let code = e.attribute("char").flatMap({ UInt32($0, radix: 16) }), code < 0xF000,
          let scalar = Unicode.Scalar(code)
        {
          out.unicodeScalars.append(scalar)
        }
      default:
        if !skipped.contains(e.name) { stack.append(contentsOf: e.children.reversed()) }
      }
    }
    return out
  }
}

/// Paragraph styles that carry numbering or mark headings (`styles.xml`).
struct WordStyles {
  private var numbering: [String: (numId: String, level: Int)] = [:]
  private var headings: Set<String> = []

  init() {}

  init(_ root: HTMLElement) {
    var based: [String: String] = [:]
    var own: [String: (String?, Int?)] = [:]
    for style in root.descendants("style") where style.attribute("type") == "paragraph" {
      guard let id = style.attribute("styleId") else { continue }
      if let parent = style.child("basedOn")?.attribute("val") { based[id] = parent }
      let numPr = style.child("pPr")?.child("numPr")
      own[id] = (numPr?.child("numId")?.attribute("val"), numPr?.child("ilvl")?.attribute("val").flatMap { Int($0) })
      let name = style.child("name")?.attribute("val")?.lowercased() ?? ""
      if name.hasPrefix("heading") || name == "title" || style.child("pPr")?.child("outlineLvl") != nil {
        headings.insert(id)
      }
    }
    // A style's numbering is its own or the nearest ancestor's (chains cut at 16).
    for id in own.keys {
      var current: String? = id
      var numId: String?
      var level: Int?
      var steps = 0
      while let c = current, steps < 16, numId == nil || level == nil {
        if numId == nil { numId = own[c]?.0 }
        if level == nil { level = own[c]?.1 }
        current = based[c]
        steps += 1
      }
      if let numId { numbering[id] = (numId, level ?? 0) }
    }
  }

  /// The list a paragraph belongs to: its own `numPr`, else its style's.
  func numberingOf(_ pPr: HTMLElement?) -> (String, Int)? {
    let numPr = pPr?.child("numPr")
    let style = pPr?.child("pStyle")?.attribute("val")
    let fromStyle = style.flatMap { numbering[$0] }
    guard let numId = numPr?.child("numId")?.attribute("val") ?? fromStyle?.numId, numId != "0" else { return nil }
    let level = numPr?.child("ilvl")?.attribute("val").flatMap { Int($0) } ?? fromStyle?.level ?? 0
    return (numId, min(max(level, 0), 8))
  }

  func isHeading(_ pPr: HTMLElement?) -> Bool {
    pPr?.child("pStyle")?.attribute("val").map(headings.contains) ?? false
  }
}

/// Word's list numbering (`numbering.xml`): counters per list, rendered
/// through each level's `lvlText` and number format.
struct WordNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text = "%1."
  }

  private var abstract: [String: [Int: Level]] = [:]
  private var lists: [String: (abstractId: String, starts: [Int: Int])] = [:]
  private var counters: [String: [Int]] = [:]
  private var started: Set<String> = []

  init() {}

  init(_ root: HTMLElement) {
    for a in root.descendants("abstractNum") {
      guard let id = a.attribute("abstractNumId") else { continue }
      var levels: [Int: Level] = [:]
      for lvl in a.elements where lvl.name == "lvl" {
        guard let k = lvl.attribute("ilvl").flatMap({ Int($0) }) else { continue }
        var level = Level()
        if let s = lvl.child("start")?.attribute("val").flatMap({ Int($0) }) { level.start = s }
        if let f = lvl.child("numFmt")?.attribute("val") { level.format = f }
        if let t = lvl.child("lvlText")?.attribute("val") { level.text = t }
        levels[k] = level
      }
      abstract[id] = levels
    }
    for num in root.descendants("num") {
      guard let id = num.attribute("numId"), let a = num.child("abstractNumId")?.attribute("val") else { continue }
      var starts: [Int: Int] = [:]
      for o in num.elements where o.name == "lvlOverride" {
        if let k = o.attribute("ilvl").flatMap({ Int($0) }),
          let s = o.child("startOverride")?.attribute("val").flatMap({ Int($0) })
        {
          starts[k] = s
        }
      }
      lists[id] = (a, starts)
    }
  }

  /// The marker Word shows for the next paragraph of list `numId` at
  /// `level`, with the counters advanced; empty for bullets and unknown lists.
  mutating func label(numId: String, level: Int) -> String {
    guard let list = lists[numId], let levels = abstract[list.abstractId] else { return "" }
    // Lists that share an abstract definition share counters unless one restarts.
    let key = list.starts.isEmpty ? list.abstractId : numId
    var counts = counters[key] ?? Array(repeating: 0, count: 9)
    if !started.contains(key) {
      started.insert(key)
      for k in 0..<9 { counts[k] = (list.starts[k] ?? levels[k]?.start ?? 1) - 1 }
    }
    counts[level] += 1
    for k in (level + 1)..<9 { counts[k] = (list.starts[k] ?? levels[k]?.start ?? 1) - 1 }
    counters[key] = counts
    guard let this = levels[level], this.format != "bullet" else { return "" }
    var out = ""
    var scalars = this.text.unicodeScalars[...]
    while let c = scalars.popFirst() {
      if c == "%", let d = scalars.first, let k = Int(String(d)), (1...9).contains(k) {
        scalars.removeFirst()
        let format = levels[k - 1]?.format ?? "decimal"
        out += ListNumberFormat.render(max(counts[k - 1], 0), format: format)
      } else {
        out.unicodeScalars.append(c)
      }
    }
    guard !out.isEmpty else { return "" }
    // `一、` and `（一）` run into the text as typed; a bare number gets a space.
    return out.unicodeScalars.last.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } == true
      ? out + " " : out
  }
}

/// Number formats of Word's and LibreOffice's lists.
enum ListNumberFormat {
  static let heavenlyStems = Array("甲乙丙丁戊己庚辛壬癸".unicodeScalars)
  static let earthlyBranches = Array("子丑寅卯辰巳午未申酉戌亥".unicodeScalars)

  static func render(_ n: Int, format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand":
      return chinese(n)
    case "ideographDigital":
      let digits = Array("〇一二三四五六七八九")
      return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    case "chineseLegalSimplified": return chinese(n, digits: "零壹贰叁肆伍陆柒捌玖", ten: "拾")
    case "ideographTraditional": return n >= 1 && n <= 10 ? String(heavenlyStems[n - 1]) : String(n)
    case "ideographZodiac": return n >= 1 && n <= 12 ? String(earthlyBranches[n - 1]) : String(n)
    case "decimalZero": return n < 10 ? "0\(n)" : String(n)
    case "decimalFullWidth", "decimalFullWidth2":
      return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String(Character(Unicode.Scalar(0x2460 + UInt32(n - 1))!)) : String(n)
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String(Character(Unicode.Scalar(0x2474 + UInt32(n - 1))!)) : "(\(n))"
    case "upperLetter", "lowerLetter":
      guard n >= 1 else { return String(n) }
      let letter = Character(Unicode.Scalar(UInt32((n - 1) % 26) + (format == "upperLetter" ? 65 : 97))!)
      return String(repeating: letter, count: (n - 1) / 26 + 1)
    case "upperRoman", "lowerRoman":
      let r = roman(n)
      return format == "lowerRoman" ? r.lowercased() : r
    case "none": return ""
    default: return String(n)
    }
  }

  /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
  static func chinese(_ n: Int, digits: String = "零一二三四五六七八九", ten: String = "十") -> String {
    let d = Array(digits)
    guard n > 0 && n < 10000 else { return String(n) }
    if n < 10 { return String(d[n]) }
    if n < 20 { return ten + (n % 10 == 0 ? "" : String(d[n % 10])) }
    if n < 100 { return String(d[n / 10]) + ten + (n % 10 == 0 ? "" : String(d[n % 10])) }
    let units = [(1000, "千"), (100, "百")]
    var out = ""
    var rest = n
    var zero = false
    for (value, name) in units where rest >= value || !out.isEmpty {
      let q = rest / value
      if q == 0 {
        zero = true
      } else {
        if zero { out += String(d[0]) }
        out += String(d[q]) + name
        zero = false
      }
      rest %= value
    }
    if rest == 0 { return out }
    if rest < 10 { return out + String(d[0]) + String(d[rest]) }
    return out + (zero ? String(d[0]) : "") + String(d[rest / 10]) + ten + (rest % 10 == 0 ? "" : String(d[rest % 10]))
  }

  static func roman(_ n: Int) -> String {
    guard n > 0 && n < 4000 else { return String(n) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var out = ""
    var rest = n
    for (value, symbol) in table {
      while rest >= value {
        out += symbol
        rest -= value
      }
    }
    return out
  }
}
