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
