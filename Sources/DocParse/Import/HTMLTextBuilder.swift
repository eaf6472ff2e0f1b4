import HTMLKit

/// Turns a parsed page into text, one line per block, keeping what a reader
/// of the page sees as the document and leaving out the site around it.
struct HTMLTextBuilder {
  private var text: [Unicode.Scalar] = []
  private var blocks: [Block] = []
  private var pending = Separator.none
  private var centeredDepth = 0
  private var stats: [ObjectIdentifier: LinkStats] = [:]
  private var tags: [String: Tag] = [:]

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
    let tag = self.tag(element.name)
    switch tag.role {
    case .meta:
      if let key = element.attribute("name") ?? element.attribute("property"),
        let value = element.attribute("content"), !value.allSatisfy(\.isWhitespace)
      {
        fields.append(PageField(name: key, value: Self.collapse(value)))
      }
      return
    case .title:
      let value = Self.collapse(Self.plainText(element))
      if !value.isEmpty { fields.append(PageField(name: "title", value: value)) }
      return
    case .head:
      for case .element(let child) in element.children { walk(child, fields: &fields) }
      return
    case .lineBreak, .other:
      break
    }
    if tag.dropped || isChrome(element, tag) { return }
    if tag.role == .lineBreak {
      separate(.newline)
      return
    }
    let centered = tag.centers || element.attribute("align")?.lowercased() == "center"
      || (element.attribute("style").map(Self.centersText) ?? false)
    if tag.breaks { separate(.newline) } else if tag.cell { separate(.tab) }
    if centered { centeredDepth += 1 }
    let start = text.count
    for child in element.children {
      switch child {
      case .element(let e): walk(e, fields: &fields)
      case .text(let t): append(t)
      }
    }
    if centered { centeredDepth -= 1 }
    if let kind = tag.block { record(kind, from: start, centered: centered || centeredDepth > 0) }
    if tag.breaks { separate(.newline) } else if tag.cell { separate(.tab) }
  }

  /// What the builder does with an element, by its name.
  private struct Tag {
    enum Role { case meta, title, head, lineBreak, other }
    var role = Role.other
    /// Content never document text.
    var dropped = false
    /// Starts and ends a line.
    var breaks = false
    /// A table cell: a tab before and after.
    var cell = false
    /// `<center>`.
    var centers = false
    /// Navigation when mostly links (`isChrome`).
    var mayBeChrome = false
    /// `<a>`.
    var link = false
    var block: Block.Kind? = nil

    init(_ name: String) {
      switch name {
      case "meta": role = .meta
      case "title": role = .title
      case "head": role = .head
      case "br", "hr": role = .lineBreak
      default: break
      }
      dropped = HTMLTextBuilder.dropped.contains(name)
      breaks = HTMLTextBuilder.lineBreaking.contains(name)
      cell = name == "td" || name == "th"
      centers = name == "center"
      mayBeChrome = HTMLTextBuilder.chromeCandidates.contains(name)
      link = name == "a"
      block = HTMLTextBuilder.blockKind(name)
    }
  }

  /// The elements checked for link density.
  static let chromeCandidates: Set<String> = ["div", "ul", "ol", "table", "td", "p", "dl", "section", "span", "li"]

  /// The `Tag` of a name, worked out once per page for each name it uses.
  private mutating func tag(_ name: String) -> Tag {
    if let known = tags[name] { return known }
    let tag = Tag(name)
    tags[name] = tag
    return tag
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
  /// Read in place, spaces skipped as it matches (no copy of a long Word-exported style).
  static func centersText(_ style: String) -> Bool {
    var style = style
    return style.withUTF8 { b in
      let target: StaticString = "text-align:center"
      let t = UnsafeBufferPointer(start: target.utf8Start, count: target.utf8CodeUnitCount)
      func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
      for i in b.indices where lower(b[i]) == t[0] {
        var j = i + 1
        var k = 1
        while k < t.count {
          while j < b.count && b[j] == 0x20 { j += 1 }
          guard j < b.count, lower(b[j]) == t[k] else { break }
          j += 1
          k += 1
        }
        if k == t.count { return true }
      }
      return false
    }
  }

  // MARK: - Site chrome

  private struct LinkStats {
    var textLength = 0
    var linkTextLength = 0
    var links = 0
  }

  /// Navigation by its `class`/`id` words, or a block mostly made of links.
  private mutating func isChrome(_ element: HTMLElement, _ tag: Tag) -> Bool {
    for key in ["class", "id"] {
      guard let value = element.attribute(key)?.lowercased() else { continue }
      let words = value.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      if words.contains(where: { Self.chromeWords.contains(String($0)) }) { return true }
    }
    guard tag.mayBeChrome else { return false }
    let s = linkStats(element)
    return s.links >= 3 && Double(s.linkTextLength) >= Self.linkDensity * Double(max(1, s.textLength))
  }

  private mutating func linkStats(_ element: HTMLElement) -> LinkStats {
    if let known = stats[ObjectIdentifier(element)] { return known }
    var s = LinkStats()
    let tag = self.tag(element.name)
    if tag.dropped { return s }
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
    if tag.link {
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
