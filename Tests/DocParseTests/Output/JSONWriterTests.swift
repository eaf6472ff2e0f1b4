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
