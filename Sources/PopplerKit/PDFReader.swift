internal import CPoppler

/// A character of a PDF page with its box in points (y grows downwards).
public struct PDFChar: Sendable {
  public let scalar: Unicode.Scalar
  public let x0: Double
  public let y0: Double
  public let x1: Double
  public let y1: Double
}

/// One page: its size in points and its characters in poppler's reading order.
public struct PDFPage: Sendable {
  public let width: Double
  public let height: Double
  public let chars: [PDFChar]
}

/// Why a PDF could not be read.
public enum PDFError: Error, Sendable {
  case damaged, encrypted
  /// poppler's GLib library could not be loaded; the loader's message.
  case unavailable(String)
}

/// Text with positions out of a PDF, through poppler. No poppler or GLib type leaves this module.
public enum PDFReader {
  /// The pages of the PDF in `bytes`.
  public static func pages(_ bytes: [UInt8]) throws(PDFError) -> [PDFPage] {
    var status: Int32 = 0
    let opened = bytes.withUnsafeBytes { cpoppler_open($0.baseAddress, $0.count, &status) }
    guard let doc = opened else {
      switch status {
      case Int32(CPOPPLER_ENCRYPTED.rawValue): throw .encrypted
      case Int32(CPOPPLER_UNAVAILABLE.rawValue): throw .unavailable(String(cString: cpoppler_load_error()))
      default: throw .damaged
      }
    }
    defer { cpoppler_close(doc) }
    var pages: [PDFPage] = []
    for index in 0..<cpoppler_page_count(doc) {
      let page = cpoppler_read_page(doc, index)
      defer { cpoppler_free_page(page) }
      var chars: [PDFChar] = []
      if let text = page.text {
        let scalars = String(cString: text).unicodeScalars
        chars.reserveCapacity(Int(page.box_count))
        for (k, s) in scalars.enumerated() where k < Int(page.box_count) {
          let box = page.boxes[k]
          chars.append(PDFChar(scalar: s, x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2))
        }
      }
      pages.append(PDFPage(width: page.width, height: page.height, chars: chars))
    }
    return pages
  }
}
