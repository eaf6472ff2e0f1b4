/// Strict UTF-8: the text's scalars in one allocation, every sequence checked
/// (no replacement character), and where and why it is not UTF-8 when it is not.
extension TextDecoder {
  static func strictUTF8(_ bytes: ArraySlice<UInt8>) throws(DecodeError) -> [Unicode.Scalar] {
    // One slot per scalar (the bytes that do not continue a sequence), filled
    // by a decoder that checks every sequence as it goes: no copy of the text.
    let count = bytes.withUnsafeBufferPointer { b in
      // Sixteen bytes a vector compare: a continuation byte has its top bits 10.
      // Each lane counts its continuations up to 255 rounds, then the lanes are summed.
      var continuations = 0
      var i = 0
      if let raw = UnsafeRawPointer(b.baseAddress) {
        let top = SIMD16<UInt8>(repeating: 0xC0)
        let continuation = SIMD16<UInt8>(repeating: 0x80)
        let none = SIMD16<UInt8>(repeating: 0)
        while i + 16 <= b.count {
          var lanes = SIMD16<UInt8>(repeating: 0)
          var rounds = 0
          while rounds < 255 && i + 16 <= b.count {
            let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            lanes &+= none.replacing(with: 1, where: v & top .== continuation)
            i += 16
            rounds += 1
          }
          for k in 0..<16 { continuations += Int(lanes[k]) }
        }
      }
      while i < b.count {
        if b[i] & 0xC0 == 0x80 { continuations += 1 }
        i += 1
      }
      return b.count - continuations
    }
    guard count > 0 else {
      if bytes.isEmpty { return [] }
      throw DecodeError(description: "invalid UTF-8")
    }
    var valid = true
    let scalars = bytes.withUnsafeBufferPointer { b in
      [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, written in
        written = decodeUTF8(b, into: out.baseAddress!, capacity: count) ?? 0
        valid = written == count
      }
    }
    guard valid else { throw DecodeError(description: "invalid UTF-8") }
    return scalars
  }

  /// Decodes `b` into at most `capacity` scalars; nil when a sequence is not
  /// UTF-8 or the bytes hold more scalars than that. Each value is checked to
  /// be a scalar (not a surrogate, at most U+10FFFF, no overlong form) before
  /// it is stored as one. Locals only, so the loop stays in registers.
  private static func decodeUTF8(
    _ b: UnsafeBufferPointer<UInt8>, into o: UnsafeMutablePointer<Unicode.Scalar>, capacity: Int
  ) -> Int? {
    guard let base = b.baseAddress else { return 0 }
    let n = b.count
    var i = 0
    var k = 0
    while i < n {
      guard k < capacity else { return nil }
      let c = base[i]
      if c < 0x80 {
        // A run of ASCII (digits, Latin text): eight bytes at a time.
        if i + 8 <= n, k + 8 <= capacity,
          UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          for j in 0..<8 { (o + k + j).initialize(to: Unicode.Scalar(base[i + j])) }
          k += 8
          i += 8
          continue
        }
        (o + k).initialize(to: Unicode.Scalar(c))
        k += 1
        i += 1
      } else if c & 0xF0 == 0xE0 && i + 2 < n {
        // Chinese text: a run of three-byte sequences, each read as one little-endian
        // word (four bytes where four remain) and checked at once: lead 1110xxxx,
        // both continuations 10xxxxxx. Four at a time from two eight-byte words where
        // fourteen bytes remain (the loop's own tests shared by four characters).
        while i + 14 <= n && k + 4 <= capacity {
          let d0 = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          let d1 = UInt64(littleEndian: UnsafeRawPointer(base + i + 6).loadUnaligned(as: UInt64.self))
          guard d0 & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0, d1 & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
          else { break }
          let v0 = Self.threeByteValue(UInt32(truncatingIfNeeded: d0))
          let v1 = Self.threeByteValue(UInt32(truncatingIfNeeded: d0 >> 24))
          let v2 = Self.threeByteValue(UInt32(truncatingIfNeeded: d1))
          let v3 = Self.threeByteValue(UInt32(truncatingIfNeeded: d1 >> 24))
          guard Self.isScalar(v0) && Self.isScalar(v1) && Self.isScalar(v2) && Self.isScalar(v3) else { return nil }
          (o + k).initialize(to: unsafeBitCast(v0, to: Unicode.Scalar.self))
          (o + k + 1).initialize(to: unsafeBitCast(v1, to: Unicode.Scalar.self))
          (o + k + 2).initialize(to: unsafeBitCast(v2, to: Unicode.Scalar.self))
          (o + k + 3).initialize(to: unsafeBitCast(v3, to: Unicode.Scalar.self))
          k += 4
          i += 12
        }
        guard i + 2 < n && k < capacity && base[i] & 0xF0 == 0xE0 else { continue }
        // The rest of the run, one at a time.
        repeat {
          let w =
            i + 4 <= n
            ? UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
            : UInt32(base[i]) | UInt32(base[i + 1]) << 8 | UInt32(base[i + 2]) << 16
          guard w & 0x00C0_C0F0 == 0x0080_80E0 else { return nil }
          let v = Self.threeByteValue(w)
          guard Self.isScalar(v) else { return nil }
          (o + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
          k += 1
          i += 3
        } while i + 2 < n && k < capacity && base[i] & 0xF0 == 0xE0
      } else if c >= 0xC2 && c < 0xE0 && i + 1 < n && base[i + 1] & 0xC0 == 0x80 {
        let v = UInt32(c & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
        (o + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
        k += 1
        i += 2
      } else if c >= 0xF0 && c < 0xF5 && i + 3 < n && base[i + 1] & 0xC0 == 0x80 && base[i + 2] & 0xC0 == 0x80
        && base[i + 3] & 0xC0 == 0x80
      {
        let v = UInt32(c & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
          | UInt32(base[i + 3] & 0x3F)
        guard v >= 0x10000 && v <= 0x10FFFF else { return nil }
        (o + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
        k += 1
        i += 4
      } else {
        return nil
      }
    }
    return k
  }

  /// The value of the three-byte sequence in the low three bytes of `w` (little-endian, checked as one).
  @inline(__always)
  private static func threeByteValue(_ w: UInt32) -> UInt32 {
    (w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w >> 16) & 0x3F
  }

  /// Whether a three-byte sequence's value is a scalar: overlong forms and UTF-16 surrogates are not UTF-8.
  @inline(__always)
  private static func isScalar(_ v: UInt32) -> Bool { v >= 0x800 && v & 0xF800 != 0xD800 }

  /// Where strict UTF-8 decoding fails, and whether that is a cut-off last character.
  static func utf8Problem(_ bytes: [UInt8]) -> (error: DecodeError, truncated: Bool) {
    var offset = 0
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): offset += UTF8.width(s)
      case .emptyInput, .error: break loop
      }
    }
    if bytes.count - offset < 4 && isTruncatedSequence(bytes[offset...]) {
      return (DecodeError(description: "truncated: the last UTF-8 character is cut off at byte \(offset)"), true)
    }
    return (DecodeError(description: "invalid UTF-8 at byte \(offset)"), false)
  }

  private static func isTruncatedSequence(_ tail: ArraySlice<UInt8>) -> Bool {
    guard let lead = tail.first else { return false }
    let need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    return need > tail.count && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
  }
}
