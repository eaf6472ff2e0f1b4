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
