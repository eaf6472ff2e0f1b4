/// A table of words with values, matched at an offset of scalar text
/// (longest word first). Lexicons are data; rules look words up here.
///
/// The words are kept flat (every word's scalars in one array, entries as
/// offsets into it), not as arrays of arrays: a lexicon is shared by every
/// worker thread, and each nested array read out of it is retained and
/// released, a write to a reference count all cores contend for.
final class WordTable<Value: Sendable>: Sendable {
  /// One word: where its scalars are in `scalars`, how many, and its value's number.
  private struct Entry: Sendable {
    let start: Int32
    let count: Int32
    let value: Int32
  }

  /// Words grouped by one of their scalars (the first or the last), longest first.
  private struct Side: Sendable {
    /// The scalar of each group.
    let keys: ScalarIndex
    /// Group `k` is `entries[bounds[k]..<bounds[k + 1]]`.
    let bounds: [Int32]
    let entries: [Entry]

    init(_ words: [[Unicode.Scalar]], starts: [Int32], key: ([Unicode.Scalar]) -> Unicode.Scalar) {
      var groups: [Unicode.Scalar: [Int]] = [:]
      var order: [Unicode.Scalar] = []
      for (n, word) in words.enumerated() {
        let c = key(word)
        if groups[c] == nil { order.append(c) }
        groups[c, default: []].append(n)
      }
      var bounds: [Int32] = [0]
      var entries: [Entry] = []
      for c in order {
        for n in groups[c]!.sorted(by: { words[$0].count > words[$1].count }) {
          entries.append(Entry(start: starts[n], count: Int32(words[n].count), value: Int32(n)))
        }
        bounds.append(Int32(entries.count))
      }
      keys = ScalarIndex(order)
      self.bounds = bounds
      self.entries = entries
    }

    /// The entries of the group of `c` (empty when there is none).
    @inline(__always)
    func group(_ c: Unicode.Scalar) -> Range<Int> {
      guard let k = keys.index(of: c) else { return 0..<0 }
      return Int(bounds[k])..<Int(bounds[k + 1])
    }
  }

  private let scalars: [Unicode.Scalar]
  private let values: [Value]
  private let firsts: Side
  private let lasts: Side

  /// Builds the table from `(word, value)` pairs.
  init(_ entries: [(String, Value)]) {
    let words = entries.map { Array($0.0.unicodeScalars) }
    var starts: [Int32] = []
    var scalars: [Unicode.Scalar] = []
    for word in words {
      starts.append(Int32(scalars.count))
      scalars += word
    }
    self.scalars = scalars
    values = entries.map(\.1)
    firsts = Side(words, starts: starts) { $0[0] }
    lasts = Side(words, starts: starts) { $0[$0.count - 1] }
  }

  /// The longest word starting at `i` (not past `limit`), with its end offset.
  @inline(__always)
  func match<Text: RandomAccessCollection<Unicode.Scalar>>(_ s: Text, at i: Int, limit: Int) -> (
    value: Value, end: Int
  )?
  where Text.Index == Int {
    guard i < limit else { return nil }
    for e in firsts.group(s[i]) {
      let entry = firsts.entries[e]
      let end = i + Int(entry.count)
      if end <= limit && equal(s, i, entry) { return (values[Int(entry.value)], end) }
    }
    return nil
  }

  /// The longest word ending just before `end` (not before `lower`), with its start offset.
  func match<Text: RandomAccessCollection<Unicode.Scalar>>(_ s: Text, endingAt end: Int, lower: Int) -> (
    value: Value, start: Int
  )? where Text.Index == Int {
    guard end > lower else { return nil }
    for e in lasts.group(s[end - 1]) {
      let entry = lasts.entries[e]
      let start = end - Int(entry.count)
      if start >= lower && equal(s, start, entry) { return (values[Int(entry.value)], start) }
    }
    return nil
  }

  @inline(__always)
  private func equal<Text: RandomAccessCollection<Unicode.Scalar>>(_ s: Text, _ i: Int, _ entry: Entry) -> Bool
  where Text.Index == Int {
    let start = Int(entry.start)
    for k in 0..<Int(entry.count) where s[i + k] != scalars[start + k] { return false }
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
