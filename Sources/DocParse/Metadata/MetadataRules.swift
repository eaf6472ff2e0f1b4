/// The word-level tests behind `MetadataParser`.
extension MetadataParser {
  /// A line that is only an organisation's name (`重庆市黔江区科学技术局`, `XX人民政府文件`).
  static func isOrganisation(_ text: String) -> Bool {
    guard (3...40).contains(text.count) else { return false }
    let name = text.hasSuffix("文件") ? String(text.dropLast(2)) : text
    if name.containsAny(["关于", "《", "：", ":", "，", "。", "；"]) { return false }
    if name.unicodeScalars.contains(where: { SmallNumeral.arabicDigit($0) != nil }) { return false }
    return name.hasAnySuffix(MetadataLexicon.organisationSuffixes)
  }

  /// Whether a header line reads like a title: `关于…` or a document-type ending.
  static func readsLikeTitle(_ text: String) -> Bool {
    !isOrganisation(text) && (text.contains("关于") || text.hasAnySuffix(MetadataLexicon.titleSuffixes))
  }

  /// Whether a colon-ended line names addressees: `各…`, or organisations and units.
  /// A body sentence ending in `如下：` is not; neither is a long clause.
  static func readsLikeRecipients(_ text: String) -> Bool {
    let parts = String(text.dropLast()).split(whereSeparator: { "，,、".contains($0) }).map(String.init)
    guard !parts.isEmpty, parts.allSatisfy({ $0.count <= 30 }),
      !["为", "根据", "按照", "现", "经", "近日", "依据"].contains(where: { text.hasPrefix($0) }), !text.contains("如下")
    else { return false }
    return text.hasPrefix("各") || text.containsAny(["单位", "部门", "机构", "人民政府", "代表", "同志"])
      || parts.contains(where: isOrganisation)
  }

  /// Web-page debris above a scraped document: `下载`, `【字号：`, `来源：…`.
  static func isDebris(_ text: String) -> Bool {
    text.count <= 2 || text.hasPrefix("【") || text.hasPrefix("】") || text.hasPrefix("——") || text.contains("：")
  }

  /// The document kind a title names, or nil when it names none.
  static func kind(ofTitle title: String) -> Document.Kind? {
    for rule in MetadataLexicon.kindRules where title.containsAny(rule.words) {
      // 关于印发《X工作要点》的通知 is a notice; 工作要点 alone is a plan.
      return rule.kind
    }
    return nil
  }

  /// 主送机关 split at `，`/`,` outside brackets; `、` lists stay in one entry.
  static func splitRecipients(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for c in text {
      switch c {
      case "（", "(", "《", "“": depth += 1
      case "）", ")", "》", "”": depth = max(0, depth - 1)
      default: break
      }
      if depth == 0 && (c == "，" || c == ",") {
        if !current.isEmpty { parts.append(current) }
        current = ""
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty { parts.append(current) }
    return parts
  }

  /// A line of the 版记 after the date (抄送, 主题词, the 印发 line, rules):
  /// part of the notice, never the start of an attached document.
  static func isRecordLine(_ text: String) -> Bool {
    ["抄送", "主送", "分送", "主题词", "联系人", "（联系人", "(联系人"].contains(where: { text.hasPrefix($0) })
      || text.hasSuffix("印发") || text.allSatisfy { "-—_－─━".contains($0) }
  }

  /// The text of a 附注 line such as `（此件公开发布）`, without its brackets.
  static func note(_ text: String) -> String? {
    guard text.count <= 40, let first = text.first, let last = text.last,
      first == "（" || first == "(", last == "）" || last == ")"
    else { return nil }
    return String(text.dropFirst().dropLast())
  }
}
