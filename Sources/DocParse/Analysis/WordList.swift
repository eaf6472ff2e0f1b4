/// A list of cue words matched over Unicode scalars: faster than
/// `String.contains` for the many short lookups status rules make per figure.
struct WordList: Sendable, ExpressibleByArrayLiteral {
  let words: [[Unicode.Scalar]]
  private let firsts: ScalarSet

  init(_ words: [String]) {
    self.words = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    self.firsts = ScalarSet(self.words.map { $0[0] })
  }

  init(arrayLiteral elements: String...) { self.init(elements) }

  /// Whether any word occurs in `text`.
  func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
    var i = text.startIndex
    while i < text.endIndex {
      if firsts.contains(text[i]) {
        for w in words where w[0] == text[i] && text.endIndex - i >= w.count && text[i..<i + w.count].elementsEqual(w) {
          return true
        }
      }
      i += 1
    }
    return false
  }

  /// Whether any word occurs in `text`.
  func occurs(in text: String) -> Bool { occurs(in: Array(text.unicodeScalars)[...]) }

  /// The earliest occurrence of any word in `text` (offset from its start, length);
  /// at one position the longest word wins.
  func firstMatch(in text: ArraySlice<Unicode.Scalar>) -> (at: Int, length: Int)? {
    var i = text.startIndex
    while i < text.endIndex {
      if firsts.contains(text[i]), let n = longest(at: i, in: text) { return (i - text.startIndex, n) }
      i += 1
    }
    return nil
  }

  /// The length of the longest word `text` starts with.
  func prefix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
    guard let first = text.first, firsts.contains(first) else { return nil }
    return longest(at: text.startIndex, in: text)
  }

  /// The length of the longest word `text` ends with.
  func suffix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
    words.filter { text.count >= $0.count && text.suffix($0.count).elementsEqual($0) }.map(\.count).max()
  }

  private func longest(at i: Int, in text: ArraySlice<Unicode.Scalar>) -> Int? {
    var best: Int? = nil
    for w in words where text.endIndex - i >= w.count && text[i..<i + w.count].elementsEqual(w) {
      best = max(best ?? 0, w.count)
    }
    return best
  }
}
