/// A list of cue words matched over Unicode scalars: faster than
/// `String.contains` for the many short lookups status rules make per figure.
struct WordList: Sendable, ExpressibleByArrayLiteral {
  let words: [[Unicode.Scalar]]
  private let firsts: Set<Unicode.Scalar>

  init(_ words: [String]) {
    self.words = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    self.firsts = Set(self.words.map { $0[0] })
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
}
