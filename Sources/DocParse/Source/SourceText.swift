/// Decoded document text with scalar-indexed access.
///
/// `scalars` is the text as an array of Unicode scalars, so a `Span` indexes it
/// directly; every scanner in docparse works over this array.
public struct SourceText: Sendable {
  /// The name shown in output and errors (a file name or `-` for stdin).
  public let name: String
  /// The detected encoding (`UTF-8`, `GB18030`, `UTF-16LE`, ...).
  public let encoding: String
  /// The decoded text, unnormalised (a byte-order mark is not part of it).
  /// For a page or a file that is not plain text, the text docparse read out of it.
  public let scalars: [Unicode.Scalar]
  /// The format the text was read from.
  public let format: SourceFormat
  /// Which scanning sets each scalar is in, made when first asked for.
  private let classesBox = ScalarClassesBox()

  /// Which scanning sets each scalar is in (`ScanSet`): read once into a local
  /// before a pass (the first call classifies the text).
  var classes: ScalarClasses { classesBox.classes(of: scalars) }

  /// Wraps already-decoded text.
  public init(name: String, encoding: String = "UTF-8", text: String, format: SourceFormat = .text) {
    self.name = name
    self.encoding = encoding
    self.scalars = Array(text.unicodeScalars)
    self.format = format
  }

  /// Wraps a decoded scalar array.
  public init(name: String, encoding: String, scalars: [Unicode.Scalar], format: SourceFormat = .text) {
    self.name = name
    self.encoding = encoding
    self.scalars = scalars
    self.format = format
  }

  /// The number of scalars.
  public var count: Int { scalars.count }

  /// The source slice at `span`.
  public subscript(span: Span) -> String {
    String.fromScalars(scalars[span.start..<span.end])
  }

  /// The scalar at `offset`, or nil outside the text.
  @inline(__always)
  public func scalar(at offset: Int) -> Unicode.Scalar? {
    offset >= 0 && offset < scalars.count ? scalars[offset] : nil
  }

  /// 1-based line and column (in scalars) of `offset`, for display only.
  /// For many offsets build a `LineIndex` once.
  public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
    LineIndex(self).lineColumn(of: offset)
  }
}

extension String {
  /// A string of `scalars`, built as UTF-8 in one allocation (appending
  /// scalars to a `String.UnicodeScalarView` one at a time is several times slower).
  @inlinable
  static func fromScalars<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
    var count = 0
    for s in scalars { count += UTF8.width(s) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for s in scalars {
        let v = s.value
        switch v {
        case 0..<0x80:
          buffer[i] = UInt8(v)
          i += 1
        case 0x80..<0x800:
          buffer[i] = UInt8(0xC0 | (v >> 6))
          buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
          i += 2
        case 0x800..<0x10000:
          buffer[i] = UInt8(0xE0 | (v >> 12))
          buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
          i += 3
        default:
          buffer[i] = UInt8(0xF0 | (v >> 18))
          buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
          i += 4
        }
      }
      return i
    }
  }
}
