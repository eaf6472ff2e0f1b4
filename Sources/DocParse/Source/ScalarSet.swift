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

/// One bit per scalar of the Basic Multilingual Plane (8 KB), for the loops
/// that ask a yes/no question of many scalars; scalars above the BMP answer no.
/// Read it into a local before the loop (a static table is behind a
/// lazy-initialisation check at every access). The sets a whole text is
/// searched for are also classes (`ScanSet`), read eight scalars at a time.
struct ScalarBits: Sendable {
  private let words: [UInt64]

  init(_ member: (Unicode.Scalar) -> Bool) {
    var words = [UInt64](repeating: 0, count: 1024)
    for v in 0..<0x10000 {
      if let c = Unicode.Scalar(UInt32(v)), member(c) { words[v >> 6] |= 1 << UInt64(v & 63) }
    }
    self.words = words
  }

  /// A set of a few listed scalars (no test of every scalar of the plane).
  init(_ members: some Sequence<Unicode.Scalar>) {
    var words = [UInt64](repeating: 0, count: 1024)
    for c in members where c.value < 0x10000 { words[Int(c.value) >> 6] |= 1 << UInt64(c.value & 63) }
    self.words = words
  }

  @inline(__always)
  func contains(_ c: Unicode.Scalar) -> Bool { Self.has(words, c) }

  /// Calls `body` with the value of every member, in order.
  func forEachMember(_ body: (Int) -> Void) {
    for (k, word) in words.enumerated() where word != 0 {
      var rest = word
      while rest != 0 {
        body(k << 6 | rest.trailingZeroBitCount)
        rest &= rest - 1
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
