/// What an input was, sniffed from its content (`source.format` in the JSON).
public enum SourceFormat: String, Sendable, CaseIterable {
  case text, markdown, html, docx, pdf, ofd
}

/// A stretch of imported text with what the importer knew about it.
public struct Block: Sendable, Equatable {
  public enum Kind: String, Sendable {
    /// A paragraph of prose (a `<p>`, or a plain-text line).
    case paragraph
    /// A heading the format marked as one (`<h2>`, `## …`).
    case heading
    /// A table row; its cells are separated by tabs in the text.
    case row
  }

  public let kind: Kind
  /// The block's text in the imported text.
  public let span: Span
  /// Set out centred (`text-align:center`, `<center>`): titles and 版头 lines.
  public let centered: Bool

  public init(kind: Kind, span: Span, centered: Bool = false) {
    self.kind = kind
    self.span = span
    self.centered = centered
  }
}

/// A value a page states outside its text, such as `<meta name="ArticleTitle">`.
public struct PageField: Sendable, Equatable {
  /// The field's name as the page gives it (`ArticleTitle`, `PubDate`, `ContentSource`, `title`).
  public let name: String
  public let value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// One input made into text: the text every span indexes (`docparse text`),
/// the blocks the format showed (none for plain text, whose lines are its
/// blocks), and fields stated outside the text.
public struct ImportedText: Sendable {
  public let source: SourceText
  public let blocks: [Block]
  public let pageFields: [PageField]

  public init(source: SourceText, blocks: [Block] = [], pageFields: [PageField] = []) {
    self.source = source
    self.blocks = blocks
    self.pageFields = pageFields
  }

  /// The format the input was read as.
  public var format: SourceFormat { source.format }
}
