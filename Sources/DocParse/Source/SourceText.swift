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
      guard let p = buffer.baseAddress else { return 0 }
      var i = 0
      for s in scalars { i = UTF8Bytes.write(s.value, into: p, at: i) }
      return i
    }
  }
}

/// A scalar's UTF-8 bytes written at an offset, for the builders that make
/// room for a run of scalars once (`String.fromScalars`, `JSON.writeScalars`).
@usableFromInline
enum UTF8Bytes {
  /// Writes the encoding of scalar value `v` at `p + k`; returns the offset after it.
  @inline(__always) @usableFromInline
  static func write(_ v: UInt32, into p: UnsafeMutablePointer<UInt8>, at k: Int) -> Int {
    switch v {
    case 0..<0x80:
      p[k] = UInt8(truncatingIfNeeded: v)
      return k + 1
    case 0x80..<0x800:
      p[k] = 0xC0 | UInt8(truncatingIfNeeded: v >> 6)
      p[k + 1] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
      return k + 2
    case 0x800..<0x10000:
      p[k] = 0xE0 | UInt8(truncatingIfNeeded: v >> 12)
      p[k + 1] = 0x80 | UInt8(truncatingIfNeeded: v >> 6 & 0x3F)
      p[k + 2] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
      return k + 3
    default:
      p[k] = 0xF0 | UInt8(truncatingIfNeeded: v >> 18)
      p[k + 1] = 0x80 | UInt8(truncatingIfNeeded: v >> 12 & 0x3F)
      p[k + 2] = 0x80 | UInt8(truncatingIfNeeded: v >> 6 & 0x3F)
      p[k + 3] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
      return k + 4
    }
  }

}
