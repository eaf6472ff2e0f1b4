/// Reads 发文字号 such as `綦科局发〔2022〕12号` or `黔江府办﹝2021﹞3号`.
public enum DocNumberReader {
  /// The first doc number inside `span`, with its own span.
  public static func first(in text: SourceText, span: Span) -> (DocNumber, Span)? {
    var i = span.start
    while i < span.end {
      if let found = read(text, bracketAt: i, limit: span.end, floor: span.start) { return found }
      i += 1
    }
    return nil
  }

  /// A doc number whose year bracket opens at `offset`.
  /// The prefix does not reach back before `floor`.
  public static func read(_ text: SourceText, bracketAt offset: Int, limit: Int, floor: Int = 0) -> (DocNumber, Span)? {
    let s = text.scalars
    guard let pair = MetadataLexicon.yearBrackets.first(where: { $0.open == s[offset] }),
      let (year, yearEnd) = SmallNumeral.arabic(s, at: offset + 1, limit: limit), yearEnd - offset - 1 == 4,
      yearEnd < limit, s[yearEnd] == pair.close
    else { return nil }
    var j = yearEnd + 1
    while j < limit && s[j].isBlank { j += 1 }
    guard let (serial, serialEnd) = SmallNumeral.arabic(s, at: j, limit: limit), serialEnd < limit, s[serialEnd] == "号"
    else { return nil }
    var start = offset
    while start > floor && offset - start < 16 && isPrefixScalar(s[start - 1]) { start -= 1 }
    guard start < offset else { return nil }
    let span = Span(start, serialEnd + 1)
    let number = DocNumber(text: text[span], prefix: text[Span(start, offset)], year: year, serial: serial)
    return (number, span)
  }

  /// Letters of a doc-number prefix: Han characters and ASCII letters.
  private static func isPrefixScalar(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
      || ("A"..."Z").contains(s) || ("a"..."z").contains(s)
  }
}
