import HTMLKit

/// Turns a parsed page into text, one line per block, keeping what a reader
/// of the page sees as the document and leaving out the site around it.
struct HTMLTextBuilder {
  private var text: [Unicode.Scalar] = []
  private var blocks: [Block] = []
  private var pending = Separator.none
  private var centeredDepth = 0
  private var stats: [ObjectIdentifier: LinkStats] = [:]

  private enum Separator: Comparable { case none, space, tab, newline }

  /// Elements whose content is never document text.
  static let dropped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
    "option", "iframe", "svg", "object", "embed", "input", "textarea", "link", "map", "canvas", "video", "audio",
  ]
  /// Elements that start and end a line.
  static let lineBreaking: Set<String> = [
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody",
    "thead", "tfoot", "section", "article", "main", "blockquote", "pre", "address", "center", "caption", "body",
    "figure", "figcaption", "hr", "br",
  ]
  /// The attributes the builder reads (page fields from `<meta>`, centring, chrome classes).
  static let readAttributes: Set<String> = ["name", "property", "content", "align", "style", "class", "id"]
  /// `class` and `id` words of site chrome.
  static let chromeWords: Set<String> = [
    "nav", "navbar", "menu", "footer", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "share",
    "copyright", "topbar", "toolbar",
  ]
  /// A block whose text is at least this share of link text, with several links, is navigation.
  static let linkDensity = 0.6

  /// Appends the text of `element` and collects page fields from `<head>`.
  mutating func walk(_ element: HTMLElement, fields: inout [PageField]) {
    let name = element.name
    if name == "meta" {
      if let key = element.attribute("name") ?? element.attribute("property"),
        let value = element.attribute("content"), !value.allSatisfy(\.isWhitespace)
      {
        fields.append(PageField(name: key, value: Self.collapse(value)))
      }
      return
    }
    if name == "title" {
      let value = Self.collapse(Self.plainText(element))
      if !value.isEmpty { fields.append(PageField(name: "title", value: value)) }
      return
    }
    if name == "head" {
      for case .element(let child) in element.children { walk(child, fields: &fields) }
      return
    }
    if Self.dropped.contains(name) || isChrome(element) { return }
    if name == "br" || name == "hr" {
      separate(.newline)
      return
    }
    let breaks = Self.lineBreaking.contains(name)
    let centered = name == "center" || element.attribute("align")?.lowercased() == "center"
      || (element.attribute("style").map(Self.centersText) ?? false)
    if breaks { separate(.newline) } else if name == "td" || name == "th" { separate(.tab) }
    if centered { centeredDepth += 1 }
    let start = text.count
    for child in element.children {
      switch child {
      case .element(let e): walk(e, fields: &fields)
      case .text(let t): append(t)
      }
    }
    if centered { centeredDepth -= 1 }
    if let kind = Self.blockKind(name) { record(kind, from: start, centered: centered || centeredDepth > 0) }
    if breaks { separate(.newline) } else if name == "td" || name == "th" { separate(.tab) }
  }

  /// The text and blocks, the text ending with a line break.
  mutating func finish() -> ([Unicode.Scalar], [Block]) {
    if !text.isEmpty && text.last != "\n" { text.append("\n") }
    return (text, blocks)
  }

  private static func blockKind(_ name: String) -> Block.Kind? {
    switch name {
    case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
    case "tr": return .row
    case "p", "li", "dt", "dd", "blockquote", "caption", "address", "pre": return .paragraph
    default: return nil
    }
  }

  private mutating func record(_ kind: Block.Kind, from start: Int, centered: Bool) {
    var a = start
    var b = text.count
    while a < b && (text[a].isBlank || text[a] == "\n" || text[a] == "\t") { a += 1 }
    while b > a && (text[b - 1].isBlank || text[b - 1] == "\n" || text[b - 1] == "\t") { b -= 1 }
    if a < b { blocks.append(Block(kind: kind, span: Span(a, b), centered: centered)) }
  }

  private mutating func separate(_ separator: Separator) {
    pending = max(pending, separator)
  }

  /// Appends a text node: runs of HTML white space collapse to one space,
  /// which is dropped between Chinese characters (a line break in the markup
  /// inside a Chinese sentence is not a space in it).
  private mutating func append(_ raw: String) {
    for s in raw.unicodeScalars {
      if s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}" {
        separate(.space)
        continue
      }
      flush(before: s)
      text.append(s)
    }
  }

  private mutating func flush(before next: Unicode.Scalar) {
    defer { pending = .none }
    guard let last = text.last, last != "\n" else { return }
    switch pending {
    case .none: return
    case .newline: text.append("\n")
    case .tab: text.append("\t")
    case .space:
      if last == "\t" || last.isBlank || (Self.isWide(last) && Self.isWide(next)) { return }
      text.append(" ")
    }
  }

  /// Han characters and full-width punctuation, between which a space is not written.
  private static func isWide(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x2E80 && !(0xFF10...0xFF5A).contains(s.value)
  }

  /// Whether a `style` attribute centres its text (`text-align: center`, any case and spacing).
  static func centersText(_ style: String) -> Bool {
    let target = Array("text-align:center".utf8)
    var bytes = Array(style.utf8)
    bytes.removeAll { $0 == 0x20 }
    guard bytes.count >= target.count else { return false }
    for i in 0...(bytes.count - target.count) where bytes[i] | 0x20 == target[0] {
      var k = 1
      while k < target.count, (bytes[i + k] >= 0x41 && bytes[i + k] <= 0x5A ? bytes[i + k] | 0x20 : bytes[i + k]) == target[k] {
        k += 1
      }
      if k == target.count { return true }
    }
    return false
  }

  // MARK: - Site chrome

  private struct LinkStats {
    var textLength = 0
    var linkTextLength = 0
    var links = 0
  }

  /// Navigation by its `class`/`id` words, or a block mostly made of links.
  private mutating func isChrome(_ element: HTMLElement) -> Bool {
    for key in ["class", "id"] {
      guard let value = element.attribute(key)?.lowercased() else { continue }
      let words = value.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      if words.contains(where: { Self.chromeWords.contains(String($0)) }) { return true }
    }
    guard ["div", "ul", "ol", "table", "td", "p", "dl", "section", "span", "li"].contains(element.name) else {
      return false
    }
    let s = linkStats(element)
    return s.links >= 3 && Double(s.linkTextLength) >= Self.linkDensity * Double(max(1, s.textLength))
  }

  private mutating func linkStats(_ element: HTMLElement) -> LinkStats {
    if let known = stats[ObjectIdentifier(element)] { return known }
    var s = LinkStats()
    if Self.dropped.contains(element.name) { return s }
    for child in element.children {
      switch child {
      case .text(let t):
        s.textLength += t.unicodeScalars.count(where: { !($0.isBlank || $0 == "\n" || $0 == "\r") })
      case .element(let e):
        let inner = linkStats(e)
        s.textLength += inner.textLength
        s.links += inner.links
        s.linkTextLength += inner.linkTextLength
      }
    }
    if element.name == "a" {
      s.links += 1
      s.linkTextLength = s.textLength
    }
    stats[ObjectIdentifier(element)] = s
    return s
  }

  // MARK: - Text helpers

  static func plainText(_ element: HTMLElement) -> String {
    var out = ""
    for child in element.children {
      switch child {
      case .text(let t): out += t
      case .element(let e): out += plainText(e)
      }
    }
    return out
  }

  /// White space runs as one space, trimmed.
  static func collapse(_ s: String) -> String {
    var out = ""
    var space = false
    for c in s {
      if c.isWhitespace && c != "\u{3000}" {
        space = !out.isEmpty
      } else {
        if space { out.append(" ") }
        space = false
        out.append(c)
      }
    }
    return out
  }
}
