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
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
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
