import HTMLKit

/// OFD (GB/T 33190-2016), the national fixed-layout format: the ZIP
/// container's `OFD.xml` names the document, `Document.xml` its pages in
/// order, each page's `Content.xml` its text objects. Every `TextCode` gives
/// characters placed by `X`, `Y` and `DeltaX` inside the object's `Boundary`
/// (through its `CTM` when it has one); the characters are reflowed into
/// lines and paragraphs as for PDF. Templates, annotations and signatures are
/// left out.
enum OFDImporter {
  static func read(_ zip: ZipContainer, name: String) throws(DecodeError) -> ImportedText {
    let root = try zip.xml("OFD.xml", in: "OFD file")
    guard let docRoot = root.descendants("DocRoot").first?.text.trimmed, !docRoot.isEmpty else {
      throw DecodeError(description: "OFD file: OFD.xml names no document (DocRoot)")
    }
    let documentPath = resolve(docRoot, from: "")
    let document = try zip.xml(documentPath, in: "OFD file")
    let base = directory(of: documentPath)
    let defaultBox = document.descendants("PhysicalBox").first.flatMap { numbers($0.text) }
    var pages: [PlacedPage] = []
    for page in document.descendants("Page") {
      guard let location = page.attribute("BaseLoc") else { continue }
      let path = resolve(location, from: base)
      let content = try zip.xml(path, in: "OFD file")
      let box = content.child("Area")?.child("PhysicalBox").flatMap { numbers($0.text) } ?? defaultBox
      var chars: [PlacedChar] = []
      for object in content.descendants("TextObject") { chars += placed(object) }
      pages.append(PlacedPage(width: box.map { $0.count >= 4 ? $0[2] : 210 } ?? 210,
        height: box.map { $0.count >= 4 ? $0[3] : 297 } ?? 297, chars: chars))
    }
    guard !pages.isEmpty else { throw DecodeError(description: "OFD file with no pages") }
    return try Reflow.text(of: pages).imported(
      name: name, format: .ofd, encoding: "UTF-8", emptyProblem: "OFD file with no text (scanned pages only?)")
  }

  /// The characters of one text object, placed on the page.
  static func placed(_ object: HTMLElement) -> [PlacedChar] {
    let boundary = numbers(object.attribute("Boundary") ?? "") ?? [0, 0, 0, 0]
    let ox = boundary.first ?? 0
    let oy = boundary.count > 1 ? boundary[1] : 0
    let size = Double(object.attribute("Size") ?? "") ?? 3.5
    let ctm = numbers(object.attribute("CTM") ?? "").flatMap { $0.count == 6 ? $0 : nil }
    // With a CTM the glyph size scales too (its vertical factor).
    let scale = ctm.map { abs($0[3]) > 0 ? abs($0[3]) : 1 } ?? 1
    var out: [PlacedChar] = []
    var x = 0.0
    var y = 0.0
    for code in object.elements where code.name == "TextCode" {
      if let v = code.attribute("X").flatMap(Double.init) { x = v }
      if let v = code.attribute("Y").flatMap(Double.init) { y = v }
      let deltas = expandDeltas(code.attribute("DeltaX") ?? "")
      let scalars = Array(code.text.unicodeScalars)
      var cx = x
      for (k, s) in scalars.enumerated() {
        let advance = k < deltas.count ? deltas[k] : size
        var (px, py) = (cx, y)
        if let m = ctm { (px, py) = (m[0] * cx + m[2] * y + m[4], m[1] * cx + m[3] * y + m[5]) }
        let height = size * scale
        let width = (k < deltas.count ? deltas[k] * (ctm.map { abs($0[0]) > 0 ? abs($0[0]) : 1 } ?? 1) : height)
        out.append(PlacedChar(scalar: s, x0: ox + px, x1: ox + px + min(width, height * 1.2), top: oy + py - height * 0.88, bottom: oy + py + height * 0.12))
        cx += advance
      }
      x = cx
    }
    return out
  }

  /// `DeltaX` with its `g N d` runs expanded (`g 3 5.5` is three advances of 5.5).
  static func expandDeltas(_ text: String) -> [Double] {
    var out: [Double] = []
    var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })[...]
    while let t = tokens.popFirst() {
      if t == "g" {
        guard let n = tokens.popFirst().flatMap({ Int($0) }), let d = tokens.popFirst().flatMap({ Double($0) }) else {
          break
        }
        out += Array(repeating: d, count: min(max(n, 0), 100_000))
      } else if let d = Double(t) {
        out.append(d)
      }
    }
    return out
  }

  static func numbers(_ text: String) -> [Double]? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," })
    let values = parts.compactMap { Double($0) }
    return values.isEmpty || values.count != parts.count ? nil : values
  }

  /// A part name relative to `base` (absolute when it starts with `/`).
  static func resolve(_ location: String, from base: String) -> String {
    let joined = location.hasPrefix("/") ? String(location.dropFirst()) : base + location
    var parts: [Substring] = []
    for p in joined.split(separator: "/") {
      if p == "." { continue }
      if p == ".." { _ = parts.popLast() } else { parts.append(p) }
    }
    return parts.joined(separator: "/")
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

}

extension String {
  /// Without leading and trailing white space and line breaks.
  var trimmed: String {
    let s = unicodeScalars
    guard let a = s.firstIndex(where: { !$0.properties.isWhitespace }),
      let b = s.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(s[a...b])
  }
}
