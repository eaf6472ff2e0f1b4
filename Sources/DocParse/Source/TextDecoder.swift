import ICUKit

/// Why bytes could not be read as a document.
public struct DecodeError: Error, Sendable, CustomStringConvertible {
  /// One line for people, e.g. `not a text document (NUL bytes)`.
  public let description: String
}

/// Turns file bytes into `SourceText`: UTF-8 (with or without BOM), UTF-16
/// with a BOM, or a legacy Chinese charset found by ICU's detector (GB18030
/// covers GBK and GB2312). Decoding is strict: nothing is silently replaced.
public enum TextDecoder {
  /// Bytes fed to the charset detector; it is slow on megabytes and no better.
  static let detectionPrefix = 16 * 1024

  /// Inputs larger than this are refused (a document, not a data dump).
  public static let maximumBytes = 256 * 1024 * 1024

  /// Decodes `bytes`, or throws a `DecodeError` naming the problem.
  public static func decode(_ bytes: [UInt8], name: String) throws(DecodeError) -> SourceText {
    if bytes.isEmpty { throw DecodeError(description: "empty document") }
    if bytes.count > maximumBytes {
      throw DecodeError(description: "too large: \(bytes.count) bytes (the limit is \(maximumBytes))")
    }
    let (scalars, encoding) = try decodeScalars(bytes)
    try checkLooksLikeText(scalars)
    return SourceText(name: name, encoding: encoding, scalars: scalars)
  }

  /// Decodes bytes whose charset the content declares (`<meta charset=gbk>`).
  /// Bytes that are valid UTF-8 are read as UTF-8 whatever the declaration
  /// (pages are often re-saved without updating it); a declaration the bytes
  /// do not follow falls back to detection.
  static func decode(_ bytes: [UInt8], name: String, declaredCharset: String?) throws(DecodeError) -> SourceText {
    if let declared = declaredCharset, let charset = legacyCharset(declared: declared), !bytes.isEmpty,
      bytes.count <= maximumBytes, (try? strictUTF8(bytes[...])) == nil,
      let units = try? Converter.toUTF16(bytes, charset: charset)
    {
      let scalars = scalarsFromUTF16(units)
      try checkLooksLikeText(scalars)
      return SourceText(name: name, encoding: charset, scalars: scalars)
    }
    return try decode(bytes, name: name)
  }

  /// ICU's converter for a declared Chinese legacy charset; GB2312 and GBK
  /// pages are read as GB18030, their superset.
  static func legacyCharset(declared: String) -> String? {
    switch declared.lowercased() {
    case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312": return "GB18030"
    case "big5", "big5-hkscs", "x-big5": return "Big5"
    case "utf-16le": return "UTF-16LE"
    case "utf-16be": return "UTF-16BE"
    default: return nil
    }
  }

  private static func decodeScalars(_ bytes: [UInt8]) throws(DecodeError) -> ([Unicode.Scalar], String) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (try strictUTF8(bytes[3...]), "UTF-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes, charset: "UTF-16LE", from: 2), "UTF-16LE") }
    if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes, charset: "UTF-16BE", from: 2), "UTF-16BE") }
    if let scalars = try? strictUTF8(bytes[...]) { return (scalars, "UTF-8") }
    if bytes.prefix(detectionPrefix).contains(0) {
      if let found = bomlessUTF16(bytes) { return found }
      throw DecodeError(description: "not a text document (NUL bytes and no UTF-16 byte-order mark)")
    }
    let match = CharsetDetector.detect(bytes.prefix(detectionPrefix))
    let problem = utf8Problem(bytes)
    if problem.truncated || match?.name == "UTF-8" { throw problem.error }
    let charset = try legacyCharset(for: match, bytes.prefix(detectionPrefix))
    do {
      let units = try Converter.toUTF16(bytes, charset: charset)
      return (scalarsFromUTF16(units), charset)
    } catch {
      let detected = match.map { "\($0.name), confidence \($0.confidence)" } ?? "no charset detected"
      throw DecodeError(description: "not a text document (neither UTF-8 nor \(charset): \(error.name); \(detected))")
    }
  }

  /// Chinese documents that are not Unicode are GB18030 (a superset of GBK and
  /// GB2312) unless the detector is sure of Big5 (short texts fool it).
  static let big5Confidence = 60

  /// The legacy charset of Chinese text. When the detector is not sure of
  /// Big5, the bytes decide: a GB document's two-byte characters are nearly
  /// all in GB2312's hanzi and punctuation rows, a Big5 document's in Big5's
  /// frequent-character and symbol areas, and each read as the other lands
  /// mostly outside them (kana, box drawing, rare characters). Bytes that
  /// read as neither are an error, not garbage.
  private static func legacyCharset(for detected: CharsetDetector.Match?, _ head: ArraySlice<UInt8>) throws(DecodeError)
    -> String
  {
    if let detected, detected.name == "Big5", detected.confidence >= big5Confidence { return "Big5" }
    let shares = LegacyShares(head)
    guard shares.characters > 0 else { return "GB18030" }
    if shares.big5 >= 0.8 && shares.gb < 0.8 { return "Big5" }
    if shares.gb < 0.5 && shares.big5 < 0.5 {
      let percent = { (x: Double) in Int((x * 100).rounded()) }
      throw DecodeError(
        description: "not Chinese text docparse can read: neither UTF-8 nor GB18030 or Big5 "
          + "(\(percent(shares.gb))% of its characters are common GB, \(percent(shares.big5))% common Big5)")
    }
    return "GB18030"
  }

  /// The share of two-byte characters in the common areas of GB2312 and of Big5.
  struct LegacyShares {
    var characters = 0
    var gb = 0.0
    var big5 = 0.0

    init(_ bytes: ArraySlice<UInt8>) {
      let b = Array(bytes)
      var gbCommon = 0
      var i = 0
      while i < b.count {
        guard b[i] >= 0x81, b[i] != 0xFF, i + 1 < b.count else { i += 1; continue }
        if b[i + 1] >= 0x30 && b[i + 1] <= 0x39 {  // a four-byte GB18030 sequence: not GB2312
          characters += 1
          i += 4
          continue
        }
        let (lead, trail) = (b[i], b[i + 1])
        characters += 1
        if trail >= 0xA1 && trail <= 0xFE && ((lead >= 0xB0 && lead <= 0xF7) || (lead >= 0xA1 && lead <= 0xA3)) {
          gbCommon += 1
        }
        i += 2
      }
      var big5Characters = 0
      var big5Common = 0
      i = 0
      while i < b.count {
        guard b[i] >= 0x81 else { i += 1; continue }
        guard i + 1 < b.count else { break }
        let code = Int(b[i]) << 8 | Int(b[i + 1])
        big5Characters += 1
        if (0xA440...0xC67E).contains(code) || (0xA140...0xA3BF).contains(code) { big5Common += 1 }
        i += 2
      }
      gb = characters > 0 ? Double(gbCommon) / Double(characters) : 0
      big5 = big5Characters > 0 ? Double(big5Common) / Double(big5Characters) : 0
    }
  }

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
  private static func utf8Problem(_ bytes: [UInt8]) -> (error: DecodeError, truncated: Bool) {
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

  /// UTF-16 without a byte-order mark: the ASCII characters of Chinese text put
  /// NUL bytes in it; of the two byte orders, the one that reads as text wins.
  private static func bomlessUTF16(_ bytes: [UInt8]) -> ([Unicode.Scalar], String)? {
    let nuls = bytes.prefix(detectionPrefix).count(where: { $0 == 0 })
    guard bytes.count % 2 == 0, nuls >= 1 else { return nil }
    // Chinese text in UTF-16 has few NULs: read both byte orders and keep the
    // one that reads as text when the other does not.
    let readings = ["UTF-16LE", "UTF-16BE"].compactMap { charset -> ([Unicode.Scalar], String)? in
      guard let scalars = try? utf16(bytes, charset: charset, from: 0), readsLikeText(scalars) else { return nil }
      return (scalars, charset)
    }
    return readings.count == 1 ? readings[0] : nil
  }

  /// Most scalars are Han, CJK punctuation, ASCII or blanks (not binary read as UTF-16).
  private static func readsLikeText(_ scalars: [Unicode.Scalar]) -> Bool {
    let sample = scalars.prefix(detectionPrefix)
    let plain = sample.filter { s in
      (0x20...0x7E).contains(s.value) || s == "\n" || s == "\r" || s == "\t" || (0x2000...0x206F).contains(s.value)
        || (0x3000...0x303F).contains(s.value)
        || (0x4E00...0x9FFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
    }.count
    // Text read in the wrong byte order turns ASCII into U+xx00 ideographs.
    let swapped = sample.count(where: { $0.value > 0xFF && $0.value & 0xFF == 0 })
    return plain * 10 >= sample.count * 9 && swapped * 5 < sample.count
  }

  private static func utf16(_ bytes: [UInt8], charset: String, from start: Int) throws(DecodeError) -> [Unicode.Scalar]
  {
    guard bytes.count % 2 == 0 else { throw DecodeError(description: "truncated: odd number of bytes in \(charset)") }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = start
    while i + 1 < bytes.count {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(charset == "UTF-16LE" ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var scalars: [Unicode.Scalar] = []
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): scalars.append(s)
      case .emptyInput: return scalars
      case .error: throw DecodeError(description: "invalid \(charset) (unpaired surrogate)")
      }
    }
  }

  private static func scalarsFromUTF16(_ units: [UInt16]) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(units.count)
    for s in String(decoding: units, as: UTF16.self).unicodeScalars { scalars.append(s) }
    return scalars
  }

  /// Rejects decoded text that is mostly control characters (a binary file that
  /// happened to decode).
  private static func checkLooksLikeText(_ scalars: [Unicode.Scalar]) throws(DecodeError) {
    // Eight scalars a vector compare (text has few scalars below 0x20); where
    // some are, bit v of the mask is set for each control character v other
    // than tab, line feed, form feed and return.
    var controls = 0
    scalars.withUnsafeBufferPointer { b in
      let n = min(b.count, detectionPrefix)
      func count(_ v: UInt32) -> Int { Int((0xFFFF_C9FF as UInt32) &>> (v & 31) & (v < 0x20 ? 1 : 0)) }
      var k = 0
      if let base = b.baseAddress {
        let space = SIMD8<UInt32>(repeating: 0x20)
        while k + 8 <= n {
          let v = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD8<UInt32>.self)
          if any(v .< space) {
            for j in 0..<8 { controls &+= count(v[j]) }
          }
          k += 8
        }
      }
      while k < n {
        controls &+= count(b[k].value)
        k += 1
      }
    }
    if controls >= 4 && controls * 20 > min(scalars.count, detectionPrefix) {
      throw DecodeError(
        description:
          "not a text document (\(controls) control characters in the first \(min(scalars.count, detectionPrefix)))")
    }
    if scalars.allSatisfy({ $0.isBlank || $0 == "\n" || $0 == "\r" }) {
      throw DecodeError(description: "empty document (only whitespace)")
    }
  }
}
