@testable import DocParse
import Testing

/// Integers are written as their decimal text.
struct JSONWriterTests {
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
