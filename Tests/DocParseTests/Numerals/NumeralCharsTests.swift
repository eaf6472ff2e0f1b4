@testable import DocParse
import Testing

/// `NumeralChars.scalars`, the candidates the scanning sets are built from.
@Suite struct NumeralCharsTests {
  /// The members of a set, in order.
  func members(_ bits: ScalarBits) -> [Int] {
    var found: [Int] = []
    bits.forEachMember { found.append($0) }
    return found
  }

  @Test func everyScalarAClassifierAcceptsIsListed() {
    let listed = Set(NumeralChars.scalars)
    var missing: [Unicode.Scalar] = []
    for v in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(v) else { continue }
      let accepted = NumeralChars.arabicDigit(c) != nil || NumeralChars.chineseDigit(c) != nil
        || NumeralChars.smallUnit(c) != nil || NumeralChars.largeUnit(c) != nil
        || NumeralChars.tensShorthand(c) != nil || NumeralChars.isMask(c) || NumeralChars.isDecimalPoint(c)
        || NumeralChars.canStart(c) || SmallNumeral.isChineseNumeralScalar(c)
      if accepted && !listed.contains(c) { missing.append(c) }
    }
    #expect(missing.isEmpty)
  }

  @Test func setsBuiltFromTheListEqualTheirTestsOverThePlane() {
    let numeral = ScalarBits(NumeralChars.canStart)
    let starts = ScalarBits {
      numeral.contains($0) || Triggers.otherStarts.contains($0) || Triggers.docNumberOpenings.contains($0)
    }
    #expect(members(Triggers.starts) == members(starts))
    let chinese = ScalarBits { $0 == "第" || $0 == "廿" || SmallNumeral.isChineseNumeralScalar($0) }
    #expect(members(InlineItemParser.markerStarts) == members(chinese))
    #expect(members(Triggers.starts).count > 60)
  }
}
