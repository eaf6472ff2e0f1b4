/// Checks that a ZIP file's directory stays inside the file: the end record,
/// the central directory and every entry's local header and data. Not a ZIP
/// reader (ZIPFoundation is); a guard in front of one.
enum ZipBounds {
  enum Verdict { case inBounds, outOfBounds, unknown }

  static func check(_ b: [UInt8]) -> Verdict {
    func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
    let n = b.count
    guard n >= 22 else { return .outOfBounds }
    // The end of central directory record: within the last 64 KB + 22 bytes.
    var end = -1
    var i = n - 22
    while i >= max(0, n - 22 - 0xFFFF) {
      if b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06 {
        end = i
        break
      }
      i -= 1
    }
    guard end >= 0 else { return .outOfBounds }
    let entries = u16(end + 10)
    let size = u32(end + 12)
    let offset = u32(end + 16)
    if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { return .unknown }  // ZIP64
    guard offset + size <= end else { return .outOfBounds }
    var p = offset
    for _ in 0..<entries {
      guard p + 46 <= end, u32(p) == 0x0201_4B50 else { return .outOfBounds }
      let compressed = u32(p + 20)
      let nameLength = u16(p + 28)
      let extraLength = u16(p + 30)
      let commentLength = u16(p + 32)
      let local = u32(p + 42)
      if compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { return .unknown }
      guard local + 30 <= offset, u32(local) == 0x0403_4B50 else { return .outOfBounds }
      let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
      guard dataStart + compressed <= offset else { return .outOfBounds }
      p += 46 + nameLength + extraLength + commentLength
    }
    return p <= end ? .inBounds : .outOfBounds
  }
}
