/// The document's kind and 文种 (genre), from its title or, without one, its body.
enum DocumentKinds {
  /// The kind a title names, or nil when it names none. 关于印发《X工作要点》的通知 is a notice.
  static func kind(ofTitle title: String) -> Document.Kind? {
    let s = Array(title.unicodeScalars)
    var best: (rank: Int, kind: Document.Kind)? = nil
    for i in s.indices {
      // Every word starting here, not only the longest: `总结和` and `总结` rank differently.
      for length in 1...min(7, s.count - i) {
        if let hit = kindWords.match(s[i..<(i + length)], at: i, limit: i + length), hit.end == i + length,
          best == nil || hit.value.rank < best!.rank
        {
          best = hit.value
        }
      }
    }
    return best?.kind
  }

  /// Title words with the rank of their rule (earlier rules win).
  private static let kindWords = WordTable<(rank: Int, kind: Document.Kind)>(
    MetadataLexicon.kindRules.enumerated().flatMap { rank, rule in rule.words.map { ($0, (rank, rule.kind)) } })

  private static let genreEndings = WordTable<String>(MetadataLexicon.genres.map { ($0, $0) })

  /// The 文种 at the end of a title (`通知`, `实施方案`, `政府工作报告`), a trailing bracketed note aside.
  static func genre(ofTitle title: String) -> String? {
    let s = Array(HeaderText.withoutTrailingNote(title).unicodeScalars)
    return genreEndings.match(s, endingAt: s.count, lower: 0)?.value
  }

  /// The 文种 an untitled document's opening names (`制定如下措施` → 措施), for reading its figures.
  static func genre(ofBody source: SourceText, _ body: Span) -> String? {
    Opening(source, body).genre
  }

  /// The cue tables, earlier entries first where two match at one place.
  private static let bodyGenres = WordTable<String>(
    MetadataLexicon.bodyGenreCues.flatMap { cue in cue.words.map { ($0, cue.genre) } })
  private static let bodyKinds = WordTable<Document.Kind>(
    MetadataLexicon.bodyKindCues.flatMap { cue in cue.words.map { ($0, cue.kind) } })

  /// A body's opening (800 scalars, blanks skipped), read once for its kind and its genre.
  struct Opening {
    private let scalars: [Unicode.Scalar]

    init(_ source: SourceText, _ body: Span) {
      let opening = source.scalars[body.start..<min(body.end, body.start + 800)]
      scalars = opening.withUnsafeBufferPointer { s in
        [Unicode.Scalar](unsafeUninitializedCapacity: s.count) { out, kept in
          kept = 0
          for c in s where !c.isBlank && c != "\n" {
            out[kept] = c
            kept += 1
          }
        }
      }
    }

    /// What an untitled document's opening says it is: `现印发给你们` → notice,
    /// `制定如下措施` → implementation plan.
    var kind: Document.Kind? { first(bodyKinds) }
    /// The 文种 its first genre cue names.
    var genre: String? { first(bodyGenres) }

    /// The value of the first cue of `table`.
    private func first<V>(_ table: WordTable<V>) -> V? {
      for i in scalars.indices {
        if let m = table.match(scalars, at: i, limit: scalars.count) { return m.value }
      }
      return nil
    }
  }
}
