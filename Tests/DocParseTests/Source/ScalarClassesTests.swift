@testable import DocParse
import Testing

/// A text's scanning classes find what testing every scalar against the sets finds.
struct ScalarClassesTests {
  @Test func firstMemberIsTheSetsOwn() {
    var generator = SystemRandomNumberGenerator()
    // Members of each set, scalars of none, one above the BMP and U+FFFF.
    let pool: [Unicode.Scalar] = [
      "《", "》", "“", "”", "\n", "\r", "\u{2028}", "3", "三", "第", "上", "今", "自", "从", "〔", "的", "a", " ", "。", "政", "\u{FFFF}", "😀", "百",
    ]
    for _ in 0..<400 {
      let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
      let lower = Int.random(in: 0...text.count, using: &generator)
      let upper = Int.random(in: lower...text.count, using: &generator)
      let whole = ScalarClasses(text, range: 0..<text.count)
      let part = ScalarClasses(text, range: lower..<upper)
      for set in ScanSet.allCases {
        let members = set.members
        let from = Int.random(in: lower...upper, using: &generator)
        let expected = (from..<upper).first { members.contains(text[$0]) } ?? upper
        #expect(whole.first(set, from: from, to: upper) == expected, "\(set) \(text) \(from)..<\(upper)")
        #expect(part.first(set, from: from, to: upper) == expected, "\(set) part \(text) \(from)..<\(upper)")
      }
    }
  }
}
