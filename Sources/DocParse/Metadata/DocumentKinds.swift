/// The document's kind and 文种 (genre), from its title or, without one, its body.
enum DocumentKinds {
  /// The kind a title names, or nil when it names none. 关于印发《X工作要点》的通知 is a notice.
  static func kind(ofTitle title: String) -> Document.Kind? {
    MetadataLexicon.kindRules.first(where: { title.containsAny($0.words) })?.kind
  }

  /// The 文种 at the end of a title (`通知`, `实施方案`, `政府工作报告`), a trailing bracketed note aside.
  static func genre(ofTitle title: String) -> String? {
    let bare = HeaderText.withoutTrailingNote(title)
    return MetadataLexicon.genres.filter { bare.hasSuffix($0) }.max(by: { $0.count < $1.count })
  }

  /// The 文种 an untitled document's opening names (`制定如下措施` → 措施), for reading its figures.
  static func genre(ofBody source: SourceText, _ body: Span) -> String? {
    let opening = source[Span(body.start, min(body.end, body.start + 800))].filter { !$0.isWhitespace }
    return MetadataLexicon.bodyGenreCues.first(where: { opening.containsAny($0.words) })?.genre
  }

  /// What an untitled document's opening says it is: `现印发给你们` → notice,
  /// `制定如下措施` → implementation plan.
  static func kind(ofBody source: SourceText, _ body: Span) -> Document.Kind? {
    let opening = source[Span(body.start, min(body.end, body.start + 800))].filter { !$0.isWhitespace }
    return MetadataLexicon.bodyKindCues.first(where: { opening.containsAny($0.words) })?.kind
  }
}
