/// Word-level tests on header and closing lines used by the layout stage.
extension String {
  /// Every occurrence of `target` replaced (no Foundation here).
  func replacingAll(_ target: String, with replacement: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let r = rest.firstRange(of: target) {
      out += rest[..<r.lowerBound] + replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}

enum HeaderText {
  /// A line that is only an organisation's name (`重庆市黔江区科学技术局`, `XX人民政府文件`).
  /// Without the marker that sample and test documents put before an organ's
  /// name (`测试符路桥区卫生局文件` from an OFD generator's samples): the name,
  /// and how many scalars were dropped. Only when what remains is still an organ.
  static func withoutSampleMarker(_ text: String) -> (String, Int) {
    for marker in MetadataLexicon.sampleMarkers where text.hasPrefix(marker) {
      let rest = String(text.dropFirst(marker.count))
      if isOrganisation(rest) { return (rest, marker.unicodeScalars.count) }
    }
    return (text, 0)
  }

  static func isOrganisation(_ text: String) -> Bool {
    var s = Array(text.unicodeScalars)
    guard (3...40).contains(s.count) else { return false }
    if s.count > 2 && s[s.count - 2] == "文" && s[s.count - 1] == "件" { s.removeLast(2) }
    if s.contains(where: { notInNames.contains($0) || SmallNumeral.arabicDigit($0) != nil }) { return false }
    if s.indices.dropLast().contains(where: { s[$0] == "关" && s[$0 + 1] == "于" }) { return false }
    return organisationEndings.match(s, endingAt: s.count, lower: 0) != nil
  }

  /// Whether `关于` occurs (a scalar scan; String search is grapheme-aware and slow).
  static func hasAbout(_ text: String) -> Bool {
    var previous: Unicode.Scalar = " "
    for c in text.unicodeScalars {
      if previous == "关" && c == "于" { return true }
      previous = c
    }
    return false
  }

  private static let notInNames: ScalarSet = ["《", "：", ":", "，", "。", "；", "|", "（", "("]
  private static let organisationEndings = WordTable<Bool>(MetadataLexicon.organisationSuffixes.map { ($0, true) })
  private static let documentTypeEndings = WordTable<Bool>(MetadataLexicon.titleSuffixes.map { ($0, true) })

  /// Whether a header line reads like a title: `关于…` or a document-type ending.
  static func readsLikeTitle(_ text: String) -> Bool {
    !isOrganisation(text) && (hasAbout(text) || endsWithDocumentType(text))
  }

  /// Whether the text ends with a document type (`通知`, `工作要点`), a
  /// trailing bracketed note (`（试行）`, `（文字实录）`) aside.
  static func endsWithDocumentType(_ text: String) -> Bool {
    let s = Array(withoutTrailingNote(text).unicodeScalars)
    return documentTypeEndings.match(s, endingAt: s.count, lower: 0) != nil
  }

  /// `政府工作报告（文字实录）` → `政府工作报告`.
  static func withoutTrailingNote(_ text: String) -> String {
    guard text.hasSuffix("）") || text.hasSuffix(")"), let open = text.lastIndex(where: { $0 == "（" || $0 == "(" })
    else { return text }
    return String(text[..<open])
  }

  /// Whether a colon-ended line names addressees: `各…`, or organisations and units.
  /// A body sentence ending in `如下：` is not; neither is a long clause.
  static func readsLikeRecipients(_ text: String) -> Bool {
    let parts = String(text.dropLast()).pieces(separatedBy: "，,、")
    guard !parts.isEmpty, parts.allSatisfy({ $0.count <= 30 }),
      !["为", "根据", "按照", "现", "经", "近日", "依据"].contains(where: { text.hasPrefix($0) }), !text.contains("如下")
    else { return false }
    return text.hasPrefix("各") || text.containsAny(["单位", "部门", "机构", "人民政府", "同志"])
      || parts.contains(where: isOrganisation)
  }

  /// A salutation addresses people in a speech or letter (`各位代表：`, `同志们：`), not organisations.
  static func isSalutation(_ text: String) -> Bool {
    let body = String(text.dropLast())
    if MetadataLexicon.salutations.contains(body) { return true }
    let parts = body.pieces(separatedBy: "，,")
    return !parts.isEmpty && parts.allSatisfy { p in
      MetadataLexicon.salutations.contains(p) || p.hasSuffix("们")
        || (p.hasPrefix("各位") && p.count <= 8 && !p.containsAny(["单位", "部门", "机构", "政府"]))
    }
  }

  /// Web-page debris above a scraped document: `下载`, `【字号：`, `来源：…`.
  static func isDebris(_ text: String) -> Bool {
    text.count <= 2 || text.hasPrefix("【") || text.hasPrefix("】") || text.hasPrefix("——") || text.contains("：")
      || text.contains("|")
  }

  /// A line that is a sentence, not a title: a closing `。`, or a comma outside
  /// brackets and quotes in a long line or one that opens like a sentence
  /// (`5月11日,据…官网,营口市发布…的通知`, `为贯彻落实…,`). A short headline
  /// with a comma (`取消限售、限购,实施购房补贴`) is still a title.
  static func isSentence(_ text: String) -> Bool {
    if let last = text.last, "。；;，,".contains(last) { return true }
    let opensSentence = MetadataLexicon.sentenceOpenings.contains(where: { text.hasPrefix($0) })
      || text.unicodeScalars.first.map { SmallNumeral.arabicDigit($0) != nil } == true
    guard opensSentence || text.count > Self.headlineLength else { return false }
    var depth = 0
    for c in text.characterScalars {
      switch c {
      case "（", "(", "《", "“", "〈", "<": depth += 1
      case "）", ")", "》", "”", "〉", ">": depth = max(0, depth - 1)
      case "，", ",", "；", ";": if depth == 0 { return true }
      default: break
      }
    }
    return false
  }

  /// The longest headline that may hold a comma.
  static let headlineLength = 36

  /// 主送机关 split at `，`/`,`/`；` outside brackets; `、` lists stay in one entry.
  static func splitRecipients(_ text: String) -> [String] {
    var parts: [String] = []
    var current = String.UnicodeScalarView()
    var depth = 0
    for c in text.unicodeScalars {
      switch c {
      case "（", "(", "《", "“": depth += 1
      case "）", ")", "》", "”": depth = max(0, depth - 1)
      default: break
      }
      if depth == 0 && (c == "，" || c == "," || c == "；" || c == ";") {
        if !current.isEmpty { parts.append(String(current)) }
        current = String.UnicodeScalarView()
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty { parts.append(String(current)) }
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

  /// The 发文字号 a header line consists of (`国发〔2018〕41号`, `（新质监办发〔2012〕24号）`).
  static func docNumber(in text: String) -> DocNumber? {
    let line = SourceText(name: "", text: text)
    guard let (number, span) = DocNumberReader.first(in: line, span: Span(0, line.count)), span.length * 2 >= line.count
    else { return nil }
    return number
  }

  /// A speech's speaker line (`国务院总理李克强`, `省长王宁`): the organisation
  /// the speaker heads, as the issuer it implies, or "" when the line names none.
  static func speaker(_ text: String) -> String? {
    // Every role ends in 理, 长 or 席.
    guard text.unicodeScalars.contains(where: { $0 == "理" || $0 == "长" || $0 == "席" }) else { return nil }
    for role in MetadataLexicon.speakerRoles {
      guard let range = text.firstRange(of: role) else { continue }
      let organ = String(text[..<range.lowerBound])
      let name = text[range.upperBound...]
      guard name.count <= 4, name.allSatisfy({ $0.unicodeScalars.allSatisfy({ Words.isHan($0) }) }),
        organ.allSatisfy({ $0.unicodeScalars.allSatisfy({ Words.isHan($0) }) }), organ.count <= 20
      else { continue }
      if organ.isEmpty { return "" }
      if isOrganisation(organ) { return organ }
      return organ.hasAnySuffix(["省", "市", "区", "县", "州", "盟", "旗"]) ? organ + "人民政府" : ""
    }
    return nil
  }

  /// A signature by office and name (`总理　李克强`, `局长 王明`), as under a 令.
  static func isPersonSignature(_ text: String) -> Bool {
    guard text.count <= 12 else { return false }
    for role in MetadataLexicon.speakerRoles + MetadataLexicon.signingRoles {
      guard let r = text.firstRange(of: role) else { continue }
      let name = text[r.upperBound...]
      if (2...4).contains(name.count) && name.allSatisfy({ $0.unicodeScalars.allSatisfy { Words.isHan($0) } }) {
        return true
      }
    }
    return false
  }

  /// Issuers named on one line under a title, separated by blanks
  /// (`宜春市统计局  国家统计局宜春调查队`): the names with one space between.
  static func byline(_ source: SourceText, _ line: Line) -> String? {
    let raw = source[line.content]
    let names = raw.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.isBlank) }).map(String.init)
    guard !names.isEmpty, names.count <= 4, names.allSatisfy(isOrganisation) else { return nil }
    return names.joined(separator: " ")
  }
}

extension HeaderText {
  /// The organ that promulgates by 令: `中华人民共和国国务院令` → 国务院,
  /// `浙江省人民政府令` → 浙江省人民政府.
  static func decreeIssuer(_ text: String) -> String? {
    guard text.hasSuffix("令"), text.count >= 4, text.count <= 30 else { return nil }
    var organ = String(text.dropLast())
    if organ.hasPrefix("中华人民共和国") && organ.count > 7 { organ = String(organ.dropFirst(7)) }
    return isOrganisation(organ) ? organ : nil
  }

  /// `2000年2月3日 中华人民共和国国务院令第280号发布`, `…常务委员会第二十八次会议通过`.
  static func isPromulgation(_ source: SourceText, _ line: Line) -> Bool {
    guard let (_, end) = DateLine.leadingDate(source, in: line.content), end < line.contentEnd else { return false }
    let rest = source[Span(end, line.contentEnd)]
    return rest.count <= 60 && MetadataLexicon.promulgationVerbs.contains { rest.contains($0) }
  }

  /// The organ of `…国务院令第280号发布` in a 题注: `国务院`.
  static func promulgatingOrgan(_ text: String) -> String? {
    guard let order = text.firstRange(of: "令第") else { return nil }
    var organ = String(text[..<order.lowerBound]).compacted
    if let date = organ.firstRange(of: "日") { organ = String(organ[date.upperBound...]) }
    organ = organ.replacingAll("中华人民共和国", with: "")
    let parts = organ.split(separator: "、").map(String.init)
    return !parts.isEmpty && parts.allSatisfy(isOrganisation) ? organ : nil
  }

  /// `第732号`, the serial line under a 令 letterhead.
  static func isDecreeSerial(_ text: String) -> Bool {
    guard text.hasPrefix("第"), text.hasSuffix("号"), text.count >= 3, text.count <= 10 else { return false }
    return text.dropFirst().dropLast().allSatisfy { c in
      c.unicodeScalars.allSatisfy { SmallNumeral.arabicDigit($0) != nil || SmallNumeral.chineseDigit($0) != nil || "十百千".unicodeScalars.contains($0) }
    }
  }
}
