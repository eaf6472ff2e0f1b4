@testable import DocParse
import Testing

/// Long or odd inputs finish quickly and never produce a value beyond Decimal's precision.
@Suite struct PathologicalInputTests {
  static let inputs: [String] = [
    String(repeating: "1", count: 5000) + "元",
    String(repeating: "一", count: 3000) + String(repeating: "亿", count: 500) + "元",
    String(repeating: "*", count: 5000) + "家", String(repeating: "《", count: 5000),
    String(repeating: "“", count: 5000) + "12家",
    String(repeating: "2021-", count: 2000) + "2022年", String(repeating: "1万-", count: 2000) + "5万元",
    String(repeating: "十", count: 5000) + "个", String(repeating: "1,", count: 3000) + "000元",
  ]

  @Test(.timeLimit(.minutes(1)), arguments: inputs)
  func finishes(_ text: String) {
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = FactTestSupport.facts(text, numbers: true) }
    #expect(elapsed < .seconds(2))
    for f in FactTestSupport.facts(text, numbers: true) {
      if case .amount(let d) = f.value { #expect(!d.isNaN) }
    }
  }
}
