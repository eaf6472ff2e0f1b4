import PopplerKit

/// PDF through poppler: the characters of each page with their boxes,
/// reflowed into lines and paragraphs (`Reflow`). A PDF with no text layer
/// (a scan) or one that needs a password is a clear error.
enum PDFImporter {
  static func read(_ bytes: [UInt8], name: String) throws(DecodeError) -> ImportedText {
    let pages: [PDFPage]
    do {
      pages = try PDFReader.pages(bytes)
    } catch .encrypted {
      throw DecodeError(description: "encrypted PDF: it needs a password to be read")
    } catch .unavailable(let reason) {
      throw DecodeError(description: "PDF needs poppler's GLib library (Debian: apt-get install libpoppler-glib8): \(reason)")
    } catch {
      throw DecodeError(description: "PDF cannot be read (damaged or truncated)")
    }
    guard !pages.isEmpty else { throw DecodeError(description: "PDF with no pages") }
    let placed = pages.map { page in
      PlacedPage(
        width: page.width, height: page.height,
        chars: page.chars.map { PlacedChar(scalar: $0.scalar, x0: $0.x0, x1: $0.x1, top: $0.y0, bottom: $0.y1) })
    }
    return try Reflow.text(of: placed).imported(
      name: name, format: .pdf, encoding: "UTF-8",
      emptyProblem: "PDF with no text layer (a scanned image?): run OCR first, e.g. `ocrmypdf -l chi_sim IN.pdf OUT.pdf`")
  }

  /// `%PDF-` in the first kilobyte.
  static func isPDF(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      let end = min(b.count, 1024)
      var from = 0
      // Each `%` found with memchr (a text file has few or none), then `PDF-` after it.
      while let i = ByteSearch.index(of: UInt8(ascii: "%"), in: b, from: from, to: end), i + 5 <= end {
        if b[i + 1] == UInt8(ascii: "P") && b[i + 2] == UInt8(ascii: "D") && b[i + 3] == UInt8(ascii: "F")
          && b[i + 4] == UInt8(ascii: "-")
        {
          return true
        }
        from = i + 1
      }
      return false
    }
  }
}
