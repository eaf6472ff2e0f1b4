import HTMLKit

/// Web pages: libxml2's HTML parser (through HTMLKit), then the page's text
/// with its paragraph structure: `p` `div` `li` `h1`–`h6` `br` and rows break
/// lines, table cells are separated by tabs. Scripts, styles, navigation,
/// headers, footers and link-dense blocks are left out. `<meta>` fields
/// (`ArticleTitle`, `PubDate`, `ContentSource`) and `<title>` become page fields.
enum HTMLImporter {
  static func read(_ bytes: [UInt8], name: String) throws(DecodeError) -> ImportedText {
    let decoded = try TextDecoder.decode(bytes, name: name, declaredCharset: HTMLCharset.declared(in: bytes))
    let root: HTMLElement
    do {
      // What the text builder never reads (inside scripts, styles, navigation; links' targets) is not copied.
      // Bytes that decoded as UTF-8 go to the parser as they are (without a byte-order mark).
      let utf8 =
        decoded.encoding != "UTF-8" ? Array(String.fromScalars(decoded.scalars).utf8)
        : bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
      root = try HTMLParser.parse(
        utf8: utf8, emptying: HTMLTextBuilder.dropped,
        keepingAttributes: HTMLTextBuilder.readAttributes)
    } catch {
      throw DecodeError(description: error.description)
    }
    var builder = HTMLTextBuilder()
    var fields: [PageField] = []
    builder.walk(root, fields: &fields)
    let (text, blocks) = builder.finish()
    guard text.contains(where: { !$0.isBlank && $0 != "\n" }) else {
      throw DecodeError(description: "an HTML page with no readable text (an empty body, only scripts or navigation, or markup nested over 256 deep)")
    }
    let source = SourceText(name: name, encoding: decoded.encoding, scalars: text, format: .html)
    return ImportedText(source: source, blocks: blocks, pageFields: fields)
  }

  /// Whether bytes are an HTML page: the first non-blank byte opens a tag
  /// (`<!DOCTYPE`, `<html`, `<div`, a comment) or, with an `.html` name, any
  /// element appears in the first kilobytes.
  static func looksLikeHTML(_ bytes: [UInt8], extensionHint: Bool) -> Bool {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D) { i += 1 }
    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "<") else {
      return extensionHint && HTMLCharset.contains(bytes.prefix(4096), "<body") || HTMLCharset.contains(bytes.prefix(4096), "<html")
    }
    let next = bytes[i + 1] | 0x20
    return bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?") || (next >= 0x61 && next <= 0x7A)
  }
}

/// The charset a page declares in its first bytes: `<meta charset="gbk">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
enum HTMLCharset {
  static func declared(in bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(8192))
    let key = Array("charset=".utf8)
    return head.withUnsafeBufferPointer { head -> String? in
      var from = 0
      // Each `charset=`, found from its `=`.
      while let i = firstMatch(key, anchor: key.count - 1, in: head, from: from) {
        from = i + 1
        var j = i + key.count
        while j < head.count && (head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") || head[j] == 0x20) { j += 1 }
        var name: [UInt8] = []
        while j < head.count, name.count < 40,
          (0x30...0x39).contains(head[j]) || (0x41...0x5A).contains(head[j]) || (0x61...0x7A).contains(head[j])
            || head[j] == UInt8(ascii: "-") || head[j] == UInt8(ascii: "_")
        {
          name.append(head[j])
          j += 1
        }
        if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
      }
      return nil
    }
  }

  /// Search for a tag (`<body`): its `<` as it is, the name in any case.
  static func contains(_ bytes: ArraySlice<UInt8>, _ needle: String) -> Bool {
    let key = Array(needle.utf8)
    guard !key.isEmpty else { return true }
    return bytes.withUnsafeBufferPointer { firstMatch(key, anchor: 0, in: $0, from: 0) != nil }
  }

  /// The first offset from `from` where `key` stands (its letters in any case), found
  /// from each place its byte at `anchor`, not a letter, stands (memchr: most text
  /// has no `<` at all, and few `=`).
  private static func firstMatch(
    _ key: [UInt8], anchor: Int, in head: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    precondition(!(0x61...0x7A).contains(key[anchor] | 0x20), "the anchor of a search is not a letter")
    var from = from
    let end = head.count - (key.count - 1 - anchor)  // the last place the anchor may stand, plus one
    while let at = ByteSearch.index(of: key[anchor], in: head, from: from + anchor, to: end) {
      let i = at - anchor
      if matches(head, at: i, key) { return i }
      from = i + 1
    }
    return nil
  }

  private static func matches(_ head: UnsafeBufferPointer<UInt8>, at i: Int, _ key: [UInt8]) -> Bool {
    for k in key.indices where (head[i + k] | 0x20) != key[k] && head[i + k] != key[k] { return false }
    return true
  }
}
