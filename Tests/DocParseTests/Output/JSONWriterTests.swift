@testable import DocParse
import Testing

/// Integers are written as their decimal text; text from scalars as from a String.
struct JSONWriterTests {
  @Test func scalarsAreWrittenAsTheirString() {
    for text in ["", "投入5000万元", "say \"hi\"\\", "a\tb\nc\r\u{01}\u{1F}", "é👨‍👩‍👧", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
      var fromString: [UInt8] = []
      JSON.writeString(text, to: &fromString)
      var fromScalars: [UInt8] = []
      JSON.writeScalars(Array(text.unicodeScalars)[...], to: &fromScalars)
      #expect(fromScalars == fromString, "\(text)")
    }
  }

  /// The eight-bytes-at-a-time test for bytes that need escaping finds exactly
  /// what a byte-by-byte test finds, at every position and length.
  @Test func escapeTestAgreesWithBytewiseTest() {
    let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9C, 0xA2, 0xDC, 0xE4, 0xFF]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...40, using: &generator)
      let bytes = (0..<count).map { _ in
        Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0x23...0xFF, using: &generator)
      }
      let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
      #expect(bytes.withUnsafeBufferPointer(JSON.needsEscape) == expected, "\(bytes)")
    }
  }

  @Test func integersAreWrittenAsDecimalText() {
    for i in [0, 1, 9, 10, 99, 100, 12345, -1, -10, -987654321, Int.max, Int.min] {
      var out: [UInt8] = []
      JSON.writeInt(i, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(i))
    }
  }
}

/// The output buffer keeps every byte through growth and reuse.
struct ByteBufferTests {
  @Test func keepsEveryByteThroughGrowth() {
    var buffer = ByteBuffer(capacity: 4)
    var expected: [UInt8] = []
    for k in 0..<1000 {
      let b = UInt8(truncatingIfNeeded: k)
      buffer.append(b)
      expected.append(b)
      if k % 7 == 0 {
        let run = [UInt8](repeating: b, count: k % 50)
        run.withUnsafeBytes { buffer.append(bytes: $0) }
        expected += run
      }
    }
    #expect(buffer.bytes == expected)
    buffer.removeAll()
    buffer.append("ok")
    #expect(buffer.bytes == Array("ok".utf8))
  }
}
