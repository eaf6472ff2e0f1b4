@testable import DocParse
import Testing

/// Decoding bytes into text: encodings detected, nothing replaced, bad input named.
@Suite struct TextDecoderTests {
  static let text = "一、总体要求\r\n（一）力争培育科技型企业50家以上。\n"

  func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { u in bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
  }

  @Test func utf8WithAndWithoutBOM() throws {
    let plain = try TextDecoder.decode(Array(Self.text.utf8), name: "a")
    let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8), name: "a")
    #expect(plain.encoding == "UTF-8" && bom.encoding == "UTF-8")
    #expect(plain.scalars == bom.scalars)
    #expect(plain.scalars == Array(Self.text.unicodeScalars))
  }

  @Test(arguments: [false, true])
  func utf16WithAndWithoutBOM(bigEndian: Bool) throws {
    let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    let body = utf16(String(repeating: Self.text, count: 4), bigEndian: bigEndian)
    let withBOM = try TextDecoder.decode(bom + body, name: "a")
    let without = try TextDecoder.decode(body, name: "a")
    let expected = bigEndian ? "UTF-16BE" : "UTF-16LE"
    #expect(withBOM.encoding == expected && without.encoding == expected)
    #expect(String(String.UnicodeScalarView(without.scalars)) == String(repeating: Self.text, count: 4))
  }

  @Test func gb18030() throws {
    // 政府工作报告，各位代表。 repeated, in GB18030.
    let unit: [UInt8] = [
      0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7, 0xB1, 0xA8, 0xB8, 0xE6, 0xA3, 0xAC, 0xB8, 0xF7, 0xCE, 0xBB, 0xB4,
      0xFA,
      0xB1, 0xED, 0xA1, 0xA3, 0x0A,
    ]
    let source = try TextDecoder.decode(Array(repeating: unit, count: 20).flatMap { $0 }, name: "a")
    #expect(source.encoding == "GB18030")
    #expect(String(String.UnicodeScalarView(source.scalars)).hasPrefix("政府工作报告，各位代表。\n"))
  }

  /// The UTF-8 decoder accepts exactly what the standard library validates,
  /// and reads the same scalars: random mixes of ASCII runs (every length
  /// around the eight-byte fast path), valid sequences of 2–4 bytes (runs of
  /// three-byte ones, read four at a time from two eight-byte words), and the
  /// invalid ones (overlong forms, surrogates, above U+10FFFF, stray or
  /// missing continuation bytes).
  @Test func utf8DecoderAgreesWithTheStandardLibrary() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("0123456".utf8), Array("12345678".utf8), Array("abcdefghijklmnopq".utf8),
      Array("中".utf8), Array("中华人民共和国".utf8), Array("é".utf8), Array("👨".utf8), Array("\u{800}".utf8), Array("\u{FFFF}".utf8),
      Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8),
      [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xC0, 0xAF], [0xC1, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xE4, 0xB8], [0xE4], [0xF0, 0x9F, 0x91],
      [0xE4, 0x38, 0xAD], [0xE4, 0xB8, 0x2D], [0xFF], [0xF5, 0x80, 0x80, 0x80],
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 1...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
      let ours = try? TextDecoder.strictUTF8(bytes[...])
      let standard = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
      #expect(ours == standard, "\(bytes)")
    }
    // A surrogate or an overlong form at every place in a run of Chinese text (each slot
    // of the words read four characters at a time), before text of each kind.
    let run = Array("中华人民共和国国务院".utf8)
    for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xE4, 0x38, 0xAD]] {
      for place in 0..<10 {
        for tail in [[], Array("abc".utf8), Array("政府工作报告".utf8)] {
          let bytes = Array(run[..<(place * 3)]) + bad + Array(run[(place * 3)...]) + tail
          #expect((try? TextDecoder.strictUTF8(bytes[...])) == nil, "\(bytes)")
        }
      }
    }
    #expect((try? TextDecoder.strictUTF8((run + run)[...])) == Array(String(decoding: run + run, as: UTF8.self).unicodeScalars))
  }

  /// Text whose line breaks were lost is still text, however long its one
  /// line (within the size limit): the parser reads such lines as run-on.
  @Test func aLineOfMoreThanSixteenMillionCharactersIsText() throws {
    let source = try TextDecoder.decode(Array(repeating: UInt8(ascii: "7"), count: 17 << 20), name: "a")
    #expect(source.scalars.count == 17 << 20)
  }

  /// Short legacy texts, where the charset detector guesses: the bytes decide.
  @Test func shortBig5AndGBTextsAreReadAsWhatTheyAre() throws {
    // 政府工作報告 in Big5 (GB18030 would read it as 現┎厨…), 政府工作报告 in GBK.
    let big5 = try TextDecoder.decode([0xAC, 0x46, 0xA9, 0xB2, 0xA4, 0x75, 0xA7, 0x40, 0xB3, 0xF8, 0xA7, 0x69], name: "a")
    #expect(big5.encoding == "Big5" && String(String.UnicodeScalarView(big5.scalars)) == "政府工作報告")
    let gbk = try TextDecoder.decode([0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7, 0xB1, 0xA8, 0xB8, 0xE6], name: "a")
    #expect(gbk.encoding == "GB18030" && String(String.UnicodeScalarView(gbk.scalars)) == "政府工作报告")
  }

  @Test(arguments: [
    ([UInt8](), "empty document"),
    // これは日本語のテキストです in Shift-JIS: neither GB nor Big5 text.
    ([0x82, 0xB1, 0x82, 0xEA, 0x82, 0xCD, 0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58,
      0x83, 0x67, 0x82, 0xC5, 0x82, 0xB7], "neither UTF-8 nor GB18030 or Big5"),
    (Array(" \n\u{3000}\n".utf8), "empty document"),
    (Array("一、总则".utf8) + [0xE4, 0xB8], "truncated"),
    ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 56), "not a text document"),
  ])
  func badInputIsNamed(_ bytes: [UInt8], _ problem: String) {
    #expect {
      _ = try TextDecoder.decode(bytes, name: "a")
    } throws: { error in
      (error as? DecodeError)?.description.contains(problem) == true
    }
  }
}
