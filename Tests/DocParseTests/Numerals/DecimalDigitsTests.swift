@testable import DocParse
import FoundationEssentials
import Testing

/// Decimals are read and written without `Decimal.description`, with the same text.
struct DecimalDigitsTests {
  @Test func layoutOfThisFoundationIsUnderstood() {
    #expect(DecimalDigits.layoutHolds)
  }

  /// Values as the extractor makes them: parsed, scaled by units, divided, negated.
  @Test func writesWhatDescriptionWrites() {
    var generator = SystemRandomNumberGenerator()
    var values: [Decimal] = ["0", "1", "-1.5", "0.005", "12000", "18446744073709551615", "18446744073709551616",
      "123456789012345678901234567890", "0.000000000000000000001", "99999999999999999999.5"].map { Decimal(string: $0)! }
    values.append(Decimal.nan)
    for _ in 0..<3000 {
      let m = Decimal(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
      let scale = Decimal(sign: .plus, exponent: Int.random(in: -20...20, using: &generator), significand: 1)
      var v = m
      v *= scale  // Foundation's (DocParse's own `*` is internal and shadows it inside the module)
      if Bool.random(using: &generator) { v = -v }
      values.append(v)
      values.append(v / Decimal(Int.random(in: 1...999, using: &generator)))
    }
    for v in values {
      #expect(DecimalDigits.text(v) == v.description, "\(v.description)")
    }
  }

  @Test func integersAreExactAndBounded() {
    for (text, expected) in [("2023", 2023), ("12000", 12000), ("1.5", nil), ("-7", -7), ("150e-1", 15), ("1e9", nil), ("0", 0)] as [(String, Int?)] {
      #expect(DecimalDigits.integer(Decimal(string: text)!, below: 1_000_000_000) == expected, "\(text)")
    }
    #expect(DecimalDigits.integer(Decimal(string: "123456789012345678901234567890")!, below: .max) == nil)
  }
}

/// Products and sums on the parts are Foundation's, byte for byte.
struct DecimalArithmeticTests {
  static func bytes(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }

  @Test func productsAndSumsAreFoundations() {
    var generator = SystemRandomNumberGenerator()
    var values: [Decimal] = ["0", "1", "-1", "1.5", "10000", "100000000", "0.01", "-2.5", "120", "18446744073709551615",
      "99999999999999999999", "1e40", "1e-40", "123.456"].map { Decimal(string: $0)! }
    for _ in 0..<300 {
      let m = Decimal(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
      var v = m
      v *= Decimal(sign: .plus, exponent: Int.random(in: -12...12, using: &generator), significand: 1)
      if Bool.random(using: &generator) { v = -v }
      values.append(v)
    }
    for a in values {
      for b in values.prefix(40) {
        var p = a
        p *= b
        var s = a
        s += b
        #expect(Self.bytes(DecimalDigits.product(a, b)) == Self.bytes(p), "\(a) * \(b)")
        #expect(Self.bytes(DecimalDigits.total(a, b)) == Self.bytes(s), "\(a) + \(b)")
      }
    }
  }

  /// Exact quotients (a range's scale, `12万 / 12`; a fraction's micro-units) are
  /// Foundation's, byte for byte; a quotient that does not terminate is left to it.
  @Test func exactQuotientsAreFoundations() {
    var generator = SystemRandomNumberGenerator()
    var values: [Decimal] = ["1", "-1", "3", "7", "1.5", "10000", "120000", "100000000", "0.01", "-2.5", "12", "0",
      "18446744073709551615", "123.456"].map { Decimal(string: $0)! }
    for _ in 0..<200 {
      var v = Decimal(UInt64.random(in: 1...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
      v *= Decimal(sign: .plus, exponent: Int.random(in: -8...8, using: &generator), significand: 1)
      if Bool.random(using: &generator) { v = -v }
      values.append(v)
    }
    var exact = 0
    for a in values {
      for b in values.prefix(30) where !b.isZero {
        guard let q = DecimalDigits.exactQuotient(a, b) else { continue }
        exact += 1
        #expect(DecimalArithmeticTests.bytes(q) == DecimalArithmeticTests.bytes(a / b), "\(a) / \(b)")
      }
    }
    #expect(exact > 1000)
    #expect(DecimalDigits.exactQuotient(1, 3) == nil)
    // A fraction's value: micro-units over a million.
    for micro in [0, 1, -1, 500_000, 1_500_000, -333_333, 2_000_000, 123_456_789] + (0..<200).map({ _ in Int.random(in: -9_999_999_999...9_999_999_999) }) {
      #expect(Fact.Value.quotient(Decimal(micro), 1_000_000) == Decimal(micro) / 1_000_000)
      #expect(DecimalArithmeticTests.bytes(Fact.Value.quotient(Decimal(micro), 1_000_000)) == DecimalArithmeticTests.bytes(Decimal(micro) / 1_000_000), "\(micro)")
    }
  }
}
