@testable import DocParse
import Testing

/// Scalars found without hashing: every key gets its own number, whatever
/// shares its low bits, and nothing else is found.
struct ScalarIndexTests {
  @Test func keysSharingLowBitsAreTold() {
    // U+4E00, U+5E00, U+6E00 and U+0E00 share their low twelve bits.
    let keys: [Unicode.Scalar] = ["\u{4E00}", "\u{5E00}", "\u{6E00}", "\u{0E00}", "元", "%", "万"]
    let index = ScalarIndex(keys)
    for (k, c) in keys.enumerated() { #expect(index.index(of: c) == k) }
    for c: Unicode.Scalar in ["\u{7E00}", "\u{4E01}", "a", "\u{1F600}", "亿"] { #expect(index.index(of: c) == nil) }
  }

  @Test func wordTablesMatchLongestFirstAtEitherEnd() {
    let table = WordTable<Int>([("万元", 1), ("万", 2), ("亿元", 3), ("元", 4)])
    let s = Array("投入5万元和3亿元".unicodeScalars)
    #expect(table.match(s, at: 3, limit: s.count)?.value == 1)
    #expect(table.match(s, at: 3, limit: 4)?.value == 2)
    #expect(table.match(s, at: 7, limit: s.count)?.value == 3)
    #expect(table.match(s, at: 8, limit: s.count)?.value == 4)
    #expect(table.match(s, at: 0, limit: s.count) == nil)
    #expect(table.match(s, endingAt: 5, lower: 0)?.value == 1)
    #expect(table.match(s, endingAt: 5, lower: 4)?.value == 4)
    #expect(table.match(s, endingAt: 9, lower: 0)?.value == 3)
  }
}
