@testable import DocParse
import Testing

/// The byte-wise prefix, suffix and substring tests agree with a scalar-by-scalar reading.
struct ByteSearchTests {
  static let texts = ["", "政府工作报告", "关于印发《2023年工作要点》的通知", "各位代表：", "abc政府", "政府政府工作", "1.5%"]
  static let needles = ["", "政府", "工作", "报告", "：", "政府工作", "通知", "x", "政府政府工作报告", "%"]

  @Test func agreesWithScalarComparison() {
    for text in Self.texts {
      let t = Array(text.unicodeScalars)
      for needle in Self.needles {
        let n = Array(needle.unicodeScalars)
        let firstScalar = n.isEmpty ? 0 : stride(from: 0, through: t.count - n.count, by: 1).first { Array(t[$0..<($0 + n.count)]) == n }
        #expect(text.hasPrefix(needle) == t.starts(with: n), "\(text) \(needle)")
        #expect(text.hasSuffix(needle) == t.reversed().starts(with: n.reversed()), "\(text) \(needle)")
        #expect(text.contains(needle) == (firstScalar != nil), "\(text) \(needle)")
        if let r = text.firstRange(of: needle), let k = firstScalar {
          #expect(text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound) == k)
          #expect(String(text[r]) == needle)
        } else {
          #expect(text.firstRange(of: needle) == nil && firstScalar == nil, "\(text) \(needle)")
        }
      }
    }
  }

  @Test func equalityComparesScalarsAsWritten() {
    for a in Self.texts + Self.needles {
      for b in Self.texts + Self.needles {
        #expect((a == b) == a.unicodeScalars.elementsEqual(b.unicodeScalars), "\(a) \(b)")
      }
    }
    let rank: (String) -> Int = { form in
      switch form {
      case "章": return 1
      case "部分": return 2
      default: return 0
      }
    }
    #expect(rank("部分") == 2 && rank("章") == 1 && rank("部") == 0)
    #expect("\u{E9}" != "e\u{301}")  // no canonical equivalence: the text is never normalised
  }

  @Test func substringsSearchOnlyTheirOwnBytes() {
    let text = "政府工作报告政府"
    let middle = text.dropFirst(2).dropLast(2)  // 工作报告
    #expect(middle.hasPrefix("工作") && middle.hasSuffix("报告") && !middle.contains("政府"))
    let r = middle.firstRange(of: "报告")
    #expect(r.map { String(middle[$0]) } == "报告")
    #expect(r.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 4)
  }
}

/// Character counts taken from scalars agree with the standard library's grapheme counting.
/// A word set finds its words whichever way they are asked for, and nothing else.
struct WordSetTests {
  @Test func findsItsWordsAndNoOthers() {
    let set: WordSet = ["增长", "明显下降", "a", "第一百二十三条规定的情形之外的其他情况以及相关的补充说明事项等等内容"]
    for word in ["增长", "明显下降", "a", "第一百二十三条规定的情形之外的其他情况以及相关的补充说明事项等等内容"] {
      #expect(set.contains(word) && set.contains(word[...]) && set.contains(Array(word.unicodeScalars)[...]), "\(word)")
    }
    for word in ["增加", "下降", "b", "ab", "", "明显增长", "第一百二十三条规定的情形之外的其他情况以及相关的补充说明事项等等内"] {
      #expect(!set.contains(word) && !set.contains(word[...]) && !set.contains(Array(word.unicodeScalars)[...]), "\(word)")
    }
  }
}

struct CharacterCountTests {
  static let texts = [
    "", "政府工作报告", "各位代表：", "abc，。“”", "e\u{301}", "政府\u{301}工作", "👨\u{200D}👩\u{200D}👧", "a\r\nb",
    "\u{1100}\u{1161}\u{11A8}", "🇨🇳🇨🇳", "‼\u{FE0F}", "ｶﾞ", "〇〡〪", "\u{AD}x", "第一章\u{200B}总则",
  ]

  @Test func agreesWithTheStandardLibrary() {
    for text in Self.texts {
      let expected = text.distance(from: text.startIndex, to: text.endIndex)
      #expect(text.count == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      #expect(text.dropFirst().count == max(0, expected - 1))
      #expect(text.dropLast() == Array(text).dropLast().map { String($0) }.joined(), "\(text)")
      #expect(text.characterScalars == text.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
      for n in 0...8 { #expect(text.hasAtMost(n) == (expected <= n), "\(text) \(n)") }
    }
  }
}
