/// A node of the section tree: a numbered heading or an inline list item.
public struct Node: Sendable, Equatable {
  /// A heading starts a line; an item is `一是…` inside a paragraph.
  public enum Kind: String, Sendable {
    case heading, item
  }

  public internal(set) var kind: Kind
  /// Depth in the tree, 1 = top.
  public internal(set) var level: Int
  public internal(set) var style: MarkerStyle
  /// The number the marker carries (1 for `一、`, `①`, `第一条`).
  public internal(set) var ordinal: Int
  /// Marker, title and everything under the node.
  public internal(set) var span: Span
  public internal(set) var markerSpan: Span
  public internal(set) var titleSpan: Span
  public internal(set) var children: [Node] = []
  /// The source's scalars (the document's one buffer, shared), which `title` reads.
  let text: [Unicode.Scalar]

  /// The marker as written (`一、`, `（一）`, `1.`, `一是`): the source at `markerSpan`.
  public var marker: String { String.fromScalars(text[markerSpan.range]) }
  /// The title: the source at `titleSpan`. Both are made when asked for (the
  /// JSON writer writes them from the scalars, without a String).
  public var title: String { String.fromScalars(text[titleSpan.range]) }
}

/// The numbering styles of headings.
public enum MarkerStyle: String, Sendable, CaseIterable {
  /// `一、`
  case chineseComma
  /// `（一）` `(一)` `㈠`
  case chineseParen
  /// `1.` `1．` `1、`
  case arabicDot
  /// `（1）` `(1)` `⑴`
  case arabicParen
  /// `①`
  case circled
  /// `第一章` `第一节` `第一编` `第一部分`
  case chapter
  /// `第一条`
  case article
  /// `一是` `第一，` inside a paragraph
  case inline
}
