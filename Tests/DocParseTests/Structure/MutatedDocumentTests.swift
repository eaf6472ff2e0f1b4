@testable import DocParse
import FoundationEssentials
import Testing

/// Real documents mutated at random (seeded, so every run sees the same
/// inputs): markers, digits and punctuation inserted, text deleted, line breaks
/// removed. Parsing must never fail and the tree invariants must hold.
@Suite struct MutatedDocumentTests {
  static let alphabet = Array(
    "一二三四五六七八九十百千万亿零两〇（）()、．.。：；，“”《》〔〕第章节条是*%年月日号元家个项名次以上约余多不少于超过至—-0123456789１ \n\r\t　"
  )

  /// A small deterministic generator (a 64-bit LCG).
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(bound, 1)))
    }
  }

  static func mutate(_ text: String, seed: UInt64) -> String {
    var g = Generator(state: seed)
    var chars = Array(text)
    for _ in 0..<(1 + g.next(30)) {
      let i = g.next(chars.count + 1)
      switch g.next(3) {
      case 0: chars.insert(alphabet[g.next(alphabet.count)], at: i)
      case 1: if !chars.isEmpty { chars.remove(at: min(i, chars.count - 1)) }
      default: chars.insert(contentsOf: (0..<(1 + g.next(10))).map { _ in alphabet[g.next(alphabet.count)] }, at: i)
      }
    }
    let result = String(chars)
    return g.next(5) == 0 ? result.filter { $0 != "\n" } : result
  }

  @Test(arguments: 0..<60)
  func invariantsHold(_ seed: Int) throws {
    let names = [
      "qianjiang-2023-work-plan.txt", "qijiang-2022-work-plan-notice.txt", "banan-2024-work-plan-notice.txt",
    ]
    let path = TestSupport.packageRoot + "/Fixtures/" + names[seed % names.count]
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let result = TestSupport.parse(Self.mutate(text, seed: UInt64(seed) + 1), facts: true)
    TestSupport.checkInvariants(result)
    for fact in result.document.facts {
      #expect(fact.span.end <= result.source.count)
      // No value means masked digits, or a range with its ends.
      #expect(fact.masked == (fact.value == .none && fact.min == nil) || fact.kind == .citation || fact.kind == .docNumber)
    }
  }
}
