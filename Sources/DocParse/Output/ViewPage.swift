/// `docparse view`: one self-contained HTML page to check an extraction at a
/// glance: the text with every fact highlighted (kind by colour, targets
/// outlined, actuals filled, masked figures hatched, details in a tooltip),
/// the outline beside it, the metadata with links to where each value was
/// read, the diagnostics, and a sortable, filterable targets table. No
/// network, no external files; every piece of document text is escaped.
public enum ViewPage {
  /// The page for one parsed document.
  public static func render(_ result: ParseResult) -> String {
    var page = ViewPageBuilder(title: result.document.metadata.title ?? result.source.name)
    let facts = ViewPageBuilder.allFacts(result.document)
    page.header(result, facts: facts)
    page.open("div", attributes: [("class", "layout")])
    page.outline(result)
    page.open("main")
    page.text(result, facts: facts)
    page.close("main")
    page.open("aside", attributes: [("class", "panel")])
    page.metadata(result)
    page.diagnostics(result)
    page.close("aside")
    page.close("div")
    page.targets(result, facts: facts)
    return page.finish()
  }

  /// The tracking page of a plan against a later summary: each target with
  /// its result and outcome, met / not met / masked / not reported coloured.
  public static func render(plan: ParseResult, summary: ParseResult, rows: [Tracker.Row]) -> String {
    var page = ViewPageBuilder(title: "\(plan.document.metadata.title ?? plan.source.name) → \(summary.document.metadata.title ?? summary.source.name)")
    page.raw("<header><h1>")
    page.escaped(plan.document.metadata.title ?? plan.source.name)
    page.raw(" <span class=\"arrow\">→</span> ")
    page.escaped(summary.document.metadata.title ?? summary.source.name)
    page.raw("</h1>")
    var counts: [Tracker.Outcome: Int] = [:]
    for r in rows { counts[r.outcome, default: 0] += 1 }
    page.raw("<p class=\"counts\">")
    for outcome in [Tracker.Outcome.met, .notMet, .masked, .notReported] {
      page.raw("<span class=\"o-\(outcome.cssName)\">")
      page.escaped("\(outcome.rawValue): \(counts[outcome, default: 0])")
      page.raw("</span> ")
    }
    page.raw("</p></header>")
    page.raw("<table class=\"sortable track\"><thead><tr>")
    for h in ["subject", "target", "unit", "result", "outcome", "target sentence", "result sentence"] {
      page.raw("<th>"); page.escaped(h); page.raw("</th>")
    }
    page.raw("</tr></thead><tbody>")
    for r in rows {
      page.raw("<tr class=\"o-\(r.outcome.cssName)\">")
      let cells = [
        r.target.fact.subject ?? "", r.target.fact.comparator.rawValue + " " + TargetReport.valueText(r.target.fact),
        r.target.fact.unit ?? "", r.result.map(TargetReport.valueText) ?? "", r.outcome.rawValue,
        r.target.sentence, r.resultSentence ?? "",
      ]
      for c in cells { page.raw("<td>"); page.escaped(c); page.raw("</td>") }
      page.raw("</tr>")
    }
    page.raw("</tbody></table>")
    return page.finish()
  }

  /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than
  /// line breaks and tabs as visible escapes.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for s in text.unicodeScalars {
      switch s {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\t": out.unicodeScalars.append(s)
      default:
        if s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s == "\u{2028}" || s == "\u{2029}" {
          out += "\\u{\(String(s.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out
  }
}

extension Tracker.Outcome {
  var cssName: String {
    switch self {
    case .met: return "met"
    case .notMet: return "notmet"
    case .masked: return "masked"
    case .notReported: return "none"
    }
  }
}

/// The page being written (internal: its style sheet and script live in ViewPageAssets.swift).
struct ViewPageBuilder {
  private var out = ""

  init(title: String) {
    out.reserveCapacity(1 << 16)
    out += "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    out += "<title>" + ViewPage.escape(title) + " · docparse view</title><style>" + Self.css + "</style></head><body>\n"
  }

  mutating func raw(_ html: String) { out += html }
  mutating func escaped(_ text: String) { out += ViewPage.escape(text) }

  mutating func open(_ tag: String, attributes: [(String, String)] = []) {
    out += "<" + tag
    for (k, v) in attributes { out += " \(k)=\"" + ViewPage.escape(v) + "\"" }
    out += ">"
  }

  mutating func close(_ tag: String) { out += "</\(tag)>" }

  mutating func finish() -> String {
    out += "<script>" + Self.script + "</script></body></html>\n"
    return out
  }

  // MARK: Parts

  mutating func header(_ r: ParseResult, facts: [Fact]) {
    raw("<header><h1>")
    escaped(r.document.metadata.title ?? r.source.name)
    raw("</h1><p class=\"source\">")
    escaped("\(r.source.name) · \(r.source.format.rawValue) · \(r.source.encoding) · \(r.source.count) characters · \(r.document.kind.rawValue)")
    raw("</p><form class=\"filters\" id=\"filters\"><span>kinds:</span>")
    var kinds: [Fact.Kind: Int] = [:]
    for f in facts { kinds[f.kind, default: 0] += 1 }
    for kind in Fact.Kind.allCases where kinds[kind] != nil {
      raw("<label class=\"k-\(kind.rawValue)\"><input type=\"checkbox\" checked data-kind=\"\(kind.rawValue)\"> ")
      escaped("\(kind.rawValue) (\(kinds[kind]!))")
      raw("</label>")
    }
    raw("<span>status:</span>")
    for status in ["target", "actual", "none"] {
      let n = facts.filter { ($0.status?.rawValue ?? "none") == status }.count
      raw("<label class=\"s-\(status)\"><input type=\"checkbox\" checked data-status=\"\(status)\"> \(status) (\(n))</label>")
    }
    raw("</form></header>\n")
  }

  mutating func outline(_ r: ParseResult) {
    raw("<nav class=\"outline\"><h2>Outline</h2>")
    for (k, doc) in ([r.document] + r.document.attachments).enumerated() {
      if k > 0 {
        raw("<h3>")
        escaped("附件 \(k): " + (doc.metadata.title ?? ""))
        raw("</h3>")
      }
      var rows: [(Node, Int)] = []
      var stack: [(Node, Int)] = doc.sections.reversed().map { ($0, 0) }
      while let (node, depth) = stack.popLast() {
        rows.append((node, depth))
        stack.append(contentsOf: node.children.reversed().map { ($0, depth + 1) })
      }
      raw("<ul>")
      for (node, depth) in rows {
        raw("<li class=\"d\(min(depth, 9)) \(node.kind == .item ? "item" : "heading")\"><a href=\"#n-\(node.span.start)\">")
        raw("<b>"); escaped(node.marker); raw("</b> ")
        escaped(String(node.title.prefix(60)))
        raw("</a></li>")
      }
      raw("</ul>")
    }
    raw("</nav>\n")
  }

  /// The source text with fact highlights and anchors for headings, metadata and diagnostics.
  mutating func text(_ r: ParseResult, facts: [Fact]) {
    // Facts that overlap an earlier one are listed in the tables but not highlighted twice.
    var marks: [(Int, Fact)] = []
    var end = 0
    for (i, f) in facts.enumerated() where f.span.start >= end && f.span.end > f.span.start {
      marks.append((i, f))
      end = f.span.end
    }
    var anchors: [Int: [String]] = [:]
    var headingStarts: [Node] = []
    for doc in [r.document] + r.document.attachments {
      var stack = doc.sections
      while let node = stack.popLast() {
        headingStarts.append(node)
        stack.append(contentsOf: node.children)
      }
    }
    var headingKind: [Int: Node.Kind] = [:]
    for node in headingStarts {
      anchors[node.span.start, default: []].append("n-\(node.span.start)")
      headingKind[node.span.start] = node.kind
    }
    for (field, source) in r.document.metadata.sources {
      if let span = source.span { anchors[span.start, default: []].append("m-\(field.rawValue)") }
    }
    for (k, d) in r.diagnostics.enumerated() { anchors[d.span.start, default: []].append("d-\(k)") }
    raw("<h2>Text</h2><div class=\"text\" id=\"text\">")
    let scalars = r.source.scalars
    var position = 0
    var next = 0
    // Anchors sorted once so each text run is cut only where one starts.
    let anchorOffsets = anchors.keys.sorted()
    var anchorIndex = 0
    func writeRun(_ a: Int, _ b: Int, into page: inout ViewPageBuilder) {
      var k = a
      while anchorIndex < anchorOffsets.count && anchorOffsets[anchorIndex] < a { anchorIndex += 1 }
      while k < b {
        var stop = b
        if anchorIndex < anchorOffsets.count && anchorOffsets[anchorIndex] == k {
          for id in anchors[k]!.sorted() {
            let mark = id.hasPrefix("n-") ? (headingKind[k] == .item ? " item" : " heading") : ""
            page.raw("<a class=\"anchor\(mark)\" id=\"\(id)\"></a>")
          }
          anchorIndex += 1
        }
        if anchorIndex < anchorOffsets.count && anchorOffsets[anchorIndex] < b { stop = anchorOffsets[anchorIndex] }
        page.escaped(Self.collapsingBlankLines(scalars[k..<stop]))
        k = stop
      }
    }
    while next < marks.count {
      let (i, f) = marks[next]
      writeRun(position, f.span.start, into: &self)
      let status = f.status?.rawValue ?? "none"
      raw("<mark id=\"f\(i)\" class=\"k-\(f.kind.rawValue) s-\(status)\(f.masked ? " masked" : "")\" data-kind=\"\(f.kind.rawValue)\" data-status=\"\(status)\" title=\"")
      escaped(Self.tooltip(f))
      raw("\">")
      writeRun(f.span.start, f.span.end, into: &self)
      raw("</mark>")
      position = f.span.end
      next += 1
    }
    writeRun(position, scalars.count, into: &self)
    raw("</div>\n")
  }

  mutating func metadata(_ r: ParseResult) {
    let m = r.document.metadata
    raw("<h2>Metadata</h2><table class=\"meta\"><tbody>")
    let rows: [(MetadataField, String?)] = MetadataField.allCases.map { field in
      switch field {
      case .issuer: return (field, m.issuer)
      case .docNumber: return (field, m.docNumber?.text)
      case .title: return (field, m.title)
      case .recipients: return (field, m.recipients.isEmpty ? nil : m.recipients.joined(separator: "；"))
      case .signatories: return (field, m.signatories.isEmpty ? nil : m.signatories.joined(separator: "；"))
      case .date: return (field, m.date)
      case .year: return (field, m.year.map(String.init))
      case .notes: return (field, m.notes.isEmpty ? nil : m.notes.joined(separator: "；"))
      }
    }
    for (field, value) in rows {
      raw("<tr><th>\(field.rawValue)</th><td>")
      if let value {
        if let source = m.sources[field], source.span != nil {
          raw("<a href=\"#m-\(field.rawValue)\">"); escaped(value); raw("</a>")
        } else {
          escaped(value)
        }
        if let rule = m.sources[field]?.rule { raw(" <small>"); escaped(rule); raw("</small>") }
      } else {
        raw("<span class=\"absent\">—</span>")
      }
      raw("</td></tr>")
    }
    raw("<tr><th>genre</th><td>"); escaped(r.document.genre ?? "—"); raw("</td></tr>")
    raw("</tbody></table>")
  }

  mutating func diagnostics(_ r: ParseResult) {
    raw("<h2>Diagnostics (\(r.diagnostics.count))</h2><ul class=\"diagnostics\">")
    for (k, d) in r.diagnostics.enumerated() {
      raw("<li class=\"sev-\(d.severity.rawValue)\"><a href=\"#d-\(k)\">")
      escaped(d.code.rawValue)
      raw("</a> ")
      escaped(d.message)
      raw("</li>")
    }
    raw("</ul>")
  }

  mutating func targets(_ r: ParseResult, facts: [Fact]) {
    let targets = Target.all(in: r)
    var index: [Span: Int] = [:]
    for (i, f) in facts.enumerated() where index[f.span] == nil { index[f.span] = i }
    raw("<section class=\"targets\"><h2>Targets (\(targets.count))</h2>")
    raw("<table class=\"sortable\"><thead><tr>")
    for h in ["section", "subject", "comparator", "value", "unit", "year", "text", "sentence"] {
      raw("<th>\(h)</th>")
    }
    raw("</tr></thead><tbody>")
    for t in targets {
      raw("<tr>")
      let cells = [
        t.section.map(String.init).joined(separator: "."), t.fact.subject ?? "", t.fact.comparator.rawValue,
        TargetReport.valueText(t.fact), t.fact.unit ?? "", t.year.map(String.init) ?? "",
      ]
      for c in cells { raw("<td>"); escaped(c); raw("</td>") }
      raw("<td>")
      if let i = index[t.fact.span] { raw("<a href=\"#f\(i)\">") }
      escaped(t.text)
      if index[t.fact.span] != nil { raw("</a>") }
      raw("</td><td>"); escaped(t.sentence); raw("</td></tr>")
    }
    raw("</tbody></table></section>\n")
  }

  /// The text with runs of blank lines shown as one (the page is for
  /// reading; offsets are not taken from it).
  static func collapsingBlankLines(_ text: ArraySlice<Unicode.Scalar>) -> String {
    guard text.contains("\n") else { return String.fromScalars(text) }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.count)
    var breaks = 0
    var pendingBlank: [Unicode.Scalar] = []
    for s in text {
      if s == "\n" {
        breaks += 1
        pendingBlank.removeAll()
        if breaks <= 2 { out.append(s) }
      } else if breaks > 0 && (s == " " || s == "\t" || s == "\u{3000}" || s == "\r") {
        pendingBlank.append(s)
      } else {
        out.append(contentsOf: pendingBlank)
        pendingBlank.removeAll()
        breaks = 0
        out.append(s)
      }
    }
    out.append(contentsOf: pendingBlank)
    return String.fromScalars(out)
  }

  /// The facts of a document and its attachments, by start (the longer first at one start).
  static func allFacts(_ doc: Document) -> [Fact] {
    var out: [Fact] = []
    var stack = [doc]
    while let d = stack.popLast() {
      out += d.facts
      stack.append(contentsOf: d.attachments)
    }
    return out.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
  }

  static func tooltip(_ f: Fact) -> String {
    var lines = ["\(f.kind.rawValue): \(f.value.text ?? (f.masked ? "masked" : "—"))"]
    if let lo = f.min, let hi = f.max { lines.append("range: \(lo) – \(hi)") }
    if let unit = f.unit { lines.append("unit: \(unit)") }
    lines.append("comparator: \(f.comparator.rawValue)\(f.approximate ? " (approximate)" : "")")
    lines.append("status: \(f.status?.rawValue ?? "none")")
    if let subject = f.subject { lines.append("subject: \(subject)") }
    if f.masked { lines.append("masked digits: the value is not reported") }
    lines.append("rule: \(f.rule)")
    return lines.joined(separator: "\n")
  }
}
