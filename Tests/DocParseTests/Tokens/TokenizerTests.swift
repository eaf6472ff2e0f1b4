@testable import DocParse
import Testing

/// ICU segmentation mapped back to scalar spans.
@Suite struct TokenizerTests {
  func tokens(_ text: String) throws -> [(String, Token.Kind)] {
    let source = SourceText(name: "t", text: text)
    return try Tokenizer().words(in: source, span: Span(0, source.count)).map { (source[$0.span], $0.kind) }
  }

  @Test func wordsNumbersAndPunctuation() throws {
    let t = try tokens("力争培育科技型企业12.5家以上。")
    #expect(t.map(\.0) == ["力争", "培育", "科技", "型", "企业", "12.5", "家", "以上", "。"])
    #expect(t.first { $0.0 == "12.5" }?.1 == .number)
    #expect(t.last?.1 == .punctuation)
    #expect(t.first?.1 == .word)
  }

  @Test func spansAreScalarOffsetsEvenPastTheBMP() throws {
    let source = SourceText(name: "t", text: "𠀀企业 12亿元")
    let words = try Tokenizer().words(in: source, span: Span(0, source.count))
    #expect(words.map { source[$0.span] } == ["𠀀", "企业", " ", "12", "亿", "元"])
    #expect(words[1].span == Span(1, 3))
    #expect(words[2].kind == .space)
    #expect(words.last?.span.end == source.count)
  }

  @Test func segmentsASpanInsideTheText() throws {
    let source = SourceText(name: "t", text: "一、总则\n力争培育企业")
    let words = try Tokenizer().words(in: source, span: Span(5, source.count))
    #expect(words.first?.span.start == 5)
    #expect(words.map { source[$0.span] } == ["力争", "培育", "企业"])
  }

  @Test func openingBracketMovesToTheNextSentence() throws {
    let source = SourceText(name: "t", text: "以思想为指导。（一）加强建设；推进改革。")
    let sentences = try Tokenizer().sentences(in: source, span: Span(0, source.count))
    #expect(sentences.map { source[$0] } == ["以思想为指导。", "（一）加强建设；推进改革。"])
  }
}
