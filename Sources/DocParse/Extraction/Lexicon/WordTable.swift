/// A table of words with values, matched at an offset of scalar text
/// (longest word first). Lexicons are data; rules look words up here.
final class WordTable<Value: Sendable>: Sendable {
  /// Words by their first scalar and by their last, longest first.
  private let firsts: ScalarIndex
  private let byFirst: [[(word: [Unicode.Scalar], value: Value)]]
  private let lasts: ScalarIndex
  private let byLast: [[(word: [Unicode.Scalar], value: Value)]]

  /// Builds the table from `(word, value)` pairs.
  init(_ entries: [(String, Value)]) {
    var first: [Unicode.Scalar: [(word: [Unicode.Scalar], value: Value)]] = [:]
    var last: [Unicode.Scalar: [(word: [Unicode.Scalar], value: Value)]] = [:]
    var firstOrder: [Unicode.Scalar] = []
    var lastOrder: [Unicode.Scalar] = []
    for (word, value) in entries {
      let w = Array(word.unicodeScalars)
      if first[w[0]] == nil { firstOrder.append(w[0]) }
      if last[w[w.count - 1]] == nil { lastOrder.append(w[w.count - 1]) }
      first[w[0], default: []].append((w, value))
      last[w[w.count - 1], default: []].append((w, value))
    }
    firsts = ScalarIndex(firstOrder)
    byFirst = firstOrder.map { first[$0]!.sorted { $0.word.count > $1.word.count } }
    lasts = ScalarIndex(lastOrder)
    byLast = lastOrder.map { last[$0]!.sorted { $0.word.count > $1.word.count } }
  }

  /// The longest word starting at `i` (not past `limit`), with its end offset.
  func match<Text: RandomAccessCollection<Unicode.Scalar>>(_ s: Text, at i: Int, limit: Int) -> (
    value: Value, end: Int
  )?
  where Text.Index == Int {
    guard i < limit, let k = firsts.index(of: s[i]) else { return nil }
    for (word, value) in byFirst[k] where i + word.count <= limit {
      if Self.equal(s, i, word) { return (value, i + word.count) }
    }
    return nil
  }

  /// The longest word ending just before `end` (not before `lower`), with its start offset.
  func match<Text: RandomAccessCollection<Unicode.Scalar>>(_ s: Text, endingAt end: Int, lower: Int) -> (
    value: Value, start: Int
  )? where Text.Index == Int {
    guard end > lower, let k = lasts.index(of: s[end - 1]) else { return nil }
    for (word, value) in byLast[k] where end - word.count >= lower {
      if Self.equal(s, end - word.count, word) { return (value, end - word.count) }
    }
    return nil
  }

  private static func equal<Text: RandomAccessCollection<Unicode.Scalar>>(_ s: Text, _ i: Int, _ word: [Unicode.Scalar])
    -> Bool
  where Text.Index == Int {
    for k in 0..<word.count where s[i + k] != word[k] { return false }
    return true
  }
}

/// Word matching helpers over scalar text.
enum Words {
  /// Whether `word` is at `i`.
  static func has(_ s: [Unicode.Scalar], _ word: String, at i: Int, limit: Int) -> Bool {
    var k = i
    for u in word.unicodeScalars {
      guard k < limit, s[k] == u else { return false }
      k += 1
    }
    return true
  }

  /// Whether `word` ends just before `end`.
  static func has(_ s: [Unicode.Scalar], _ word: String, endingAt end: Int, lower: Int) -> Bool {
    let w = Array(word.unicodeScalars)
    guard end - w.count >= lower else { return false }
    for k in 0..<w.count where s[end - w.count + k] != w[k] { return false }
    return true
  }

  /// Whether `word` occurs in the `within` scalars before `end`.
  static func has(_ s: [Unicode.Scalar], _ word: String, within: Int, before end: Int, lower: Int) -> Bool {
    var i = end - 1
    while i >= max(lower, end - within) {
      if has(s, word, at: i, limit: end) { return true }
      i -= 1
    }
    return false
  }

  /// A CJK ideograph.
  static func isHan(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
  }

  /// An ASCII letter.
  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
  }
}
