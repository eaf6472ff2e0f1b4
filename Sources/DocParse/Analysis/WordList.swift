/// A list of cue words searched in scalar text: whether and where any occurs.
/// A thin layer over the extractor's `WordTable` (longest word first).
struct WordList: Sendable, ExpressibleByArrayLiteral {
  private let table: WordTable<Void>

  init(_ words: [String]) { table = WordTable(words.filter { !$0.isEmpty }.map { ($0, ()) }) }

  init(arrayLiteral elements: String...) { self.init(elements) }

  /// Whether any word occurs in `text`.
  func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool { firstMatch(in: text) != nil }

  /// Whether any word occurs in `text`.
  func occurs(in text: String) -> Bool { occurs(in: Array(text.unicodeScalars)[...]) }

  /// The earliest occurrence of any word in `text` (offset from its start, length);
  /// at one position the longest word wins.
  func firstMatch(in text: ArraySlice<Unicode.Scalar>) -> (at: Int, length: Int)? {
    for i in text.indices {
      if let m = table.match(text, at: i, limit: text.endIndex) { return (i - text.startIndex, m.end - i) }
    }
    return nil
  }

  /// The length of the longest word `text` starts with.
  func prefix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
    table.match(text, at: text.startIndex, limit: text.endIndex).map { $0.end - text.startIndex }
  }

  /// The length of the longest word `text` ends with.
  func suffix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
    table.match(text, endingAt: text.endIndex, lower: text.startIndex).map { text.endIndex - $0.start }
  }
}
