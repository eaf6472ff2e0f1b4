/// The sentence around a span, for showing a figure in context.
enum Sentence {

  static func around(_ span: Span, in source: SourceText) -> String {
    let s = source.scalars
    var start = span.start
    while start > 0 && !FactContextText.sentenceBreaks.contains(s[start - 1]) && span.start - start < 200 { start -= 1 }
    var end = span.end
    while end < s.count && !FactContextText.sentenceBreaks.contains(s[end]) && end - span.end < 200 { end += 1 }
    if end < s.count && s[end] != "\n" && s[end] != "\r" { end += 1 }
    while start < end && s[start].isBlank { start += 1 }
    return source[Span(start, end)]
  }
}
