import ICUKit
import Testing

/// The ICU wrapper against the system library: break iteration, charset
/// detection and strict conversion.
@Suite struct ICUKitTests {
  @Test func versionIsReported() {
    #expect(ICU.version.split(separator: ".").count >= 2)
  }

  @Test func wordBoundariesUseTheDictionary() throws {
    let text = Array("科技型企业50家以上。".utf16)
    let boundaries = try BreakIterator(.word).boundaries(text)
    #expect(boundaries.last?.end == text.count)
    // 企业 is one word, 50 a number (status 100–199), 。 punctuation (status 0).
    let ends = boundaries.map(\.end)
    #expect(ends.contains(5) && !ends.contains(4))
    #expect(boundaries.contains { $0.end == 7 && (100..<200).contains($0.status) })
    #expect(boundaries.last?.status == 0)
  }

  @Test func sentenceBoundaries() throws {
    let text = Array("今年目标已经完成。明年怎么办？继续努力！".utf16)
    #expect(try BreakIterator(.sentence).boundaries(text).map(\.end) == [9, 15, 20])
  }

  @Test func emptyTextHasNoSegments() throws {
    #expect(try BreakIterator(.word).boundaries([]).isEmpty)
  }

  @Test func detectsGB18030() throws {
    // 政府工作报告， in GB18030, repeated so the detector has enough to go on.
    let unit: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7, 0xB1, 0xA8, 0xB8, 0xE6, 0xA3, 0xAC]
    let bytes = Array(repeating: unit, count: 40).flatMap { $0 }
    #expect(CharsetDetector.detect(bytes[...])?.name == "GB18030")
  }

  @Test func convertsGB18030Exactly() throws {
    let bytes: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0x31, 0x32]
    #expect(String(decoding: try Converter.toUTF16(bytes, charset: "GB18030"), as: UTF16.self) == "政府12")
  }

  @Test func conversionStopsOnIllegalBytes() {
    #expect(throws: ICUError.self) { try Converter.toUTF16([0xD5, 0xFE, 0x80, 0xFF], charset: "GB18030") }
  }
}
