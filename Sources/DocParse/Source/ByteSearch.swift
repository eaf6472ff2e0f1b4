#if canImport(Glibc)
  import Glibc
#endif

/// Equality, prefix, suffix and substring tests over UTF-8 bytes, scalar for scalar.
///
/// These shadow the standard library's `==` and `~=` (so `switch` too),
/// `hasPrefix`, `hasSuffix`, `contains` and `firstRange(of:)` for `String`
/// and `Substring` arguments inside DocParse. Those compare Characters under canonical equivalence, a generic
/// search costing one to twenty microseconds a call, and rules over 公文 text
/// call them hundreds of thousands of times per megabyte. Words in the
/// lexicons and the text are compared as written (the text is not normalised
/// anywhere else either); a needle that is valid UTF-8 can only match at a
/// scalar boundary, so every range returned is a valid String range.
extension String {
  static func == (a: String, b: String) -> Bool {
    a.utf8.count == b.utf8.count && ByteSearch.hasPrefix(a.utf8, b)
  }
  static func != (a: String, b: String) -> Bool { !(a == b) }
  static func ~= (pattern: String, value: String) -> Bool { pattern == value }

  func hasPrefix(_ prefix: String) -> Bool { ByteSearch.hasPrefix(utf8, prefix) }
  func hasSuffix(_ suffix: String) -> Bool { ByteSearch.hasSuffix(utf8, suffix) }
  func contains(_ needle: String) -> Bool { ByteSearch.first(needle, in: utf8) != nil }
  func firstRange(of needle: String) -> Range<Index>? { ByteSearch.firstRange(of: needle, in: utf8) }
}

extension Substring {
  func hasPrefix(_ prefix: String) -> Bool { ByteSearch.hasPrefix(utf8, prefix) }
  func hasSuffix(_ suffix: String) -> Bool { ByteSearch.hasSuffix(utf8, suffix) }
  func contains(_ needle: String) -> Bool { ByteSearch.first(needle, in: utf8) != nil }
  func firstRange(of needle: String) -> Range<Index>? { ByteSearch.firstRange(of: needle, in: utf8) }
}

enum ByteSearch {
  /// The first offset in `from..<to` of `b` holding `byte` (C's `memchr`), or nil.
  static func index(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
    guard let base = b.baseAddress, from < to, let p = memchr(base + from, Int32(byte), to - from) else { return nil }
    return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
  }

  /// The first occurrence of `needle` in a String's or Substring's UTF-8 view, as a range of its indices.
  static func firstRange<V: BidirectionalCollection<UInt8>>(of needle: String, in view: V) -> Range<String.Index>?
  where V.Index == String.Index {
    guard let offset = first(needle, in: view) else { return nil }
    let lower = view.index(view.startIndex, offsetBy: offset)
    return lower..<view.index(lower, offsetBy: needle.utf8.count)
  }

  static func hasPrefix<H: Collection<UInt8>>(_ haystack: H, _ prefix: String) -> Bool {
    bytes(haystack) { h in
      bytes(prefix.utf8) { p in h.count >= p.count && memoryEqual(h, 0, p) }
    }
  }

  static func hasSuffix<H: Collection<UInt8>>(_ haystack: H, _ suffix: String) -> Bool {
    bytes(haystack) { h in
      bytes(suffix.utf8) { p in h.count >= p.count && memoryEqual(h, h.count - p.count, p) }
    }
  }

  /// The byte offset of the first occurrence of `needle` (0 for an empty needle).
  static func first<H: Collection<UInt8>>(_ needle: String, in haystack: H) -> Int? {
    bytes(haystack) { h in
      bytes(needle.utf8) { p -> Int? in
        guard let lead = p.first else { return 0 }
        guard h.count >= p.count else { return nil }
        var i = 0
        let last = h.count - p.count
        while i <= last {
          if h[i] == lead && memoryEqual(h, i, p) { return i }
          i += 1
        }
        return nil
      }
    }
  }

  @inline(__always)
  private static func memoryEqual(_ h: UnsafeBufferPointer<UInt8>, _ at: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    while k < p.count {
      if h[at + k] != p[k] { return false }
      k += 1
    }
    return true
  }

  /// The bytes of a UTF-8 view as a buffer (copied only for the rare view without contiguous storage).
  @inline(__always)
  private static func bytes<C: Collection<UInt8>, R>(_ c: C, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = c.withContiguousStorageIfAvailable(body) { return r }
    return Array(c).withUnsafeBufferPointer(body)
  }
}

/// A word as a hash key, hashed and compared by its UTF-8 bytes: String's own
/// hashing normalises non-ASCII text first, several times the cost of a lookup.
struct ByteWord: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (a: ByteWord, b: ByteWord) -> Bool { a.text == b.text }

  func hash(into hasher: inout Hasher) {
    if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
      for b in text.utf8 { hasher.combine(b) }
    }
  }
}

/// A set of words (lexicon data) looked up by their bytes (`ByteWord`).
/// A word whose length no entry has is answered without hashing it.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private let words: Set<ByteWord>
  /// Bit n set when some word has n UTF-8 bytes (n < 63), bit 63 for longer words.
  private let byteLengths: UInt64
  /// The same for lengths in scalars.
  private let scalarLengths: UInt64

  init(_ words: some Sequence<String>) {
    let list = Array(words)
    self.words = Set(list.map(ByteWord.init))
    byteLengths = list.reduce(0) { $0 | Self.bit($1.utf8.count) }
    scalarLengths = list.reduce(0) { $0 | Self.bit($1.unicodeScalars.count) }
  }

  init(arrayLiteral words: String...) { self.init(words) }

  private static func bit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

  func contains(_ word: String) -> Bool {
    byteLengths & Self.bit(word.utf8.count) != 0 && words.contains(ByteWord(word))
  }

  func contains(_ word: Substring) -> Bool {
    byteLengths & Self.bit(word.utf8.count) != 0 && words.contains(ByteWord(String(word)))
  }

  /// Whether the scalars spell a word (a String is made only when one has their length).
  func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalarLengths & Self.bit(scalars.count) != 0 && words.contains(ByteWord(String.fromScalars(scalars)))
  }
}

/// A map from words (lexicon data) to values, looked up by their bytes (`ByteWord`).
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  private let entries: [ByteWord: Value]

  init(dictionaryLiteral elements: (String, Value)...) {
    entries = Dictionary(elements.map { (ByteWord($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
  }

  subscript(_ word: String) -> Value? { entries[ByteWord(word)] }
}
