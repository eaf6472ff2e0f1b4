/// ICU word breaking for one document's facts: the break iterators are opened
/// when a subject first needs whole words and kept for the rest of the
/// document (opening them costs more than breaking a clause). One per
/// document pass, on one thread.
final class WordBreaker {
  private var tokenizer: Tokenizer?
  private var unavailable = false

  /// The words of `span`, or nil when ICU cannot break words here.
  func words(in source: SourceText, span: Span) -> [Token]? {
    if tokenizer == nil && !unavailable {
      tokenizer = try? Tokenizer()
      unavailable = tokenizer == nil
    }
    return try? tokenizer?.words(in: source, span: span)
  }
}
