/// The import stage: bytes of any supported format in, `ImportedText` out,
/// through one importer per format. The format is sniffed from the content;
/// the file name's extension is only a hint for formats content cannot tell
/// apart (Markdown from plain text).
public enum DocumentImporter {
  /// Reads `bytes` (named `name` in output and errors) as the format they hold.
  public static func read(_ bytes: [UInt8], name: String) throws(DecodeError) -> ImportedText {
    if let binary = BinaryOffice.problem(bytes) { throw DecodeError(description: binary) }
    switch sniff(bytes, name: name) {
    case .html: return try HTMLImporter.read(bytes, name: name)
    case .markdown: return try MarkdownImporter.read(bytes, name: name)
    case .docx, .ofd: return try readContainer(bytes, name: name)
    case .pdf: return try PDFImporter.read(bytes, name: name)
    case .text: return try PlainTextImporter.read(bytes, name: name)
    }
  }

  /// A ZIP container: a Word document or an OFD file, told apart by their parts.
  static func readContainer(_ bytes: [UInt8], name: String) throws(DecodeError) -> ImportedText {
    let zip = try ZipContainer(bytes, kind: "ZIP container")
    if zip.contains("word/document.xml") { return try DocxImporter.read(zip, name: name) }
    if zip.contains("OFD.xml") { return try OFDImporter.read(zip, name: name) }
    if zip.contains("content.xml") && zip.contains("mimetype") {
      throw DecodeError(
        description: "an OpenDocument file (.odt): convert it with `soffice --headless --convert-to docx FILE`")
    }
    throw DecodeError(description: "a ZIP archive that is neither a Word document (.docx) nor an OFD file")
  }

  /// The format of `bytes`: containers and PDF by their signature; HTML when
  /// the content opens with markup or declares itself a page; Markdown by
  /// extension or `#` headings; text otherwise.
  public static func sniff(_ bytes: [UInt8], name: String) -> SourceFormat {
    let ext = fileExtension(name)
    if ZipContainer.isZip(bytes) { return ext == "ofd" || containsName(bytes, "OFD.xml") ? .ofd : .docx }
    if PDFImporter.isPDF(bytes) { return .pdf }
    if HTMLImporter.looksLikeHTML(bytes, extensionHint: ext == "html" || ext == "htm" || ext == "shtml") {
      return .html
    }
    if ext == "md" || ext == "markdown" || MarkdownImporter.looksLikeMarkdown(bytes) { return .markdown }
    return .text
  }
}

extension DocumentImporter {
  /// What follows the name's last `.`, in lower case (`HTML` → `html`).
  static func fileExtension(_ name: String) -> String {
    guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
    return name[name.utf8.index(after: dot)...].lowercased()
  }

  /// Whether a part name appears among the first 64 KB of a ZIP file (local
  /// headers store names uncompressed).
  static func containsName(_ bytes: [UInt8], _ name: String) -> Bool {
    let needle = Array(name.utf8)
    let limit = min(bytes.count, 1 << 16)
    guard limit >= needle.count else { return false }
    var i = 0
    while i + needle.count <= limit {
      if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }
}

/// Binary office formats docparse does not read, told by their signature.
enum BinaryOffice {
  /// A one-line problem for a legacy binary Word or WPS document (OLE2 compound file), else nil.
  static func problem(_ bytes: [UInt8]) -> String? {
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    guard bytes.starts(with: ole) else { return nil }
    return "a binary Word or WPS document (.doc/.wps), which docparse does not read: "
      + "convert it with `soffice --headless --convert-to docx FILE`"
  }
}

/// Plain text: decoding (UTF-8, GB18030/GBK, UTF-16) and nothing else. Its
/// lines are its only blocks, and the layout reads lines itself, so no block
/// list is kept (a second copy of every line of a large file).
enum PlainTextImporter {
  static func read(_ bytes: [UInt8], name: String) throws(DecodeError) -> ImportedText {
    ImportedText(source: try TextDecoder.decode(bytes, name: name))
  }
}

/// Markdown (the laws of lawrefbook and similar): the text is kept as written,
/// so spans index the file; `#` lines are heading blocks (the section tree
/// already reads past the hashes).
enum MarkdownImporter {
  static func read(_ bytes: [UInt8], name: String) throws(DecodeError) -> ImportedText {
    let decoded = try TextDecoder.decode(bytes, name: name)
    let source = SourceText(name: name, encoding: decoded.encoding, scalars: decoded.scalars, format: .markdown)
    let blocks = Line.split(source).filter { !$0.isBlank }.map { line in
      Block(kind: source.scalars[line.span.start...].first(where: { !$0.isBlank }) == "#" ? .heading : .paragraph,
        span: line.content)
    }
    return ImportedText(source: source, blocks: blocks)
  }

  /// Two or more ATX headings (`# `…`###### `) among the first 60 lines.
  static func looksLikeMarkdown(_ bytes: [UInt8]) -> Bool {
    // The first 60 lines, and no more than 16 KB of them: line starts only.
    bytes.withUnsafeBufferPointer { b in
      let end = min(b.count, 16 * 1024)
      var headings = 0
      var lines = 0
      var i = 0
      while i < end && lines < 60 {
        var j = i
        while j < end && b[j] == UInt8(ascii: "#") && j - i < 7 { j += 1 }
        if j > i && j - i <= 6 && j < end && b[j] == UInt8(ascii: " ") { headings += 1 }
        guard let newline = ByteSearch.index(of: 0x0A, in: b, from: i, to: end) else { break }
        i = newline + 1
        lines += 1
      }
      return headings >= 2
    }
  }
}
