/// A small set of scalars with a fast `contains` for scanning loops: a 4096-bit
/// filter on the low bits answers most misses without hashing.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
  private var filter = [UInt64](repeating: 0, count: 64)
  private var members: [Unicode.Scalar] = []

  init(_ scalars: some Sequence<Unicode.Scalar>) {
    for s in scalars where !members.contains(s) {
      members.append(s)
      let bit = Int(s.value & 4095)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

  /// Whether `s` is in the set.
  @inline(__always)
  func contains(_ s: Unicode.Scalar) -> Bool {
    let bit = Int(s.value & 4095)
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
    return members.contains(s)
  }
}

/// One bit per scalar of the Basic Multilingual Plane (8 KB), for the scanning
/// loops that ask a yes/no question of every scalar of a text; scalars above
/// the BMP answer no. Read it into a local before the loop (a static table is
/// behind a lazy-initialisation check at every access).
struct ScalarBits: Sendable {
  private let words: [UInt64]

  init(_ member: (Unicode.Scalar) -> Bool) {
    var words = [UInt64](repeating: 0, count: 1024)
    for v in 0..<0x10000 {
      if let c = Unicode.Scalar(UInt32(v)), member(c) { words[v >> 6] |= 1 << UInt64(v & 63) }
    }
    self.words = words
  }

  @inline(__always)
  func contains(_ c: Unicode.Scalar) -> Bool { Self.has(words, c) }

  /// The first offset in `from..<to` whose scalar is in the set, or `to`.
  func first(in s: [Unicode.Scalar], from: Int, to: Int) -> Int {
    s.withUnsafeBufferPointer { s in
      words.withUnsafeBufferPointer { words in
        var k = from
        // Four scalars a round: the loop's own test shared by four (most of a text is not in the set).
        while k + 4 <= to && !Self.has(words, s[k]) && !Self.has(words, s[k + 1]) && !Self.has(words, s[k + 2])
          && !Self.has(words, s[k + 3])
        {
          k += 4
        }
        while k < to && !Self.has(words, s[k]) { k += 1 }
        return k
      }
    }
  }

  @inline(__always)
  private static func has<W: RandomAccessCollection<UInt64>>(_ words: W, _ c: Unicode.Scalar) -> Bool where W.Index == Int {
    let v = Int(c.value)
    return v < 0x10000 && words[v >> 6] & (1 << UInt64(v & 63)) != 0
  }
}

/// Scalars numbered in the order given, found without hashing: a direct-mapped
/// table of 4,096 slots on a scalar's low twelve bits, chained on collisions
/// (a word table's first scalars, looked up at every offset of a text).
struct ScalarIndex: Sendable {
  private let slots: [Int16]
  private let keys: [Unicode.Scalar]
  private let next: [Int16]

  /// `keys` must be distinct and fewer than 32,768.
  init(_ keys: [Unicode.Scalar]) {
    precondition(keys.count < Int(Int16.max))
    var slots = [Int16](repeating: -1, count: 4096)
    var next = [Int16](repeating: -1, count: keys.count)
    for (k, c) in keys.enumerated().reversed() {
      let slot = Int(c.value & 4095)
      next[k] = slots[slot]
      slots[slot] = Int16(k)
    }
    self.slots = slots
    self.keys = keys
    self.next = next
  }

  /// The number of `c`, or nil when it is not a key.
  @inline(__always)
  func index(of c: Unicode.Scalar) -> Int? {
    var k = Int(slots[Int(c.value & 4095)])
    while k >= 0 {
      if keys[k] == c { return k }
      k = Int(next[k])
    }
    return nil
  }
}
