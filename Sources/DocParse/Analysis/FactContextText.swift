/// The text around a fact that status and subject rules read, as spans of the source.
struct FactContextText {
  let source: SourceText
  /// From the start of the sentence (after `。！？；` or the line start) to the fact.
  let sentenceSpan: Span
  /// From the start of the clause (after `，：` too) to the fact, not reaching
  /// back past the previous fact.
  let clauseSpan: Span
  /// The whole clause before the fact, not cut at an earlier figure in it
  /// (`现有17个…和6个…`: `现有` holds for both).
  let wholeClauseSpan: Span
  /// The clause before this one in the same sentence.
  let previousClauseSpan: Span
  /// Up to sixteen scalars right after the fact, to the next clause break.
  let followingSpan: Span
  /// Whether the clause was cut short at a figure before this one in it.
  let followsFigureInClause: Bool
  /// Whether `followingSpan` stopped at its length limit, inside running text.
  let followingIsCut: Bool
  /// The document's word breaker (opened once, when a subject first needs whole words).
  var words: WordBreaker? = nil

  var sentence: ArraySlice<Unicode.Scalar> { source.scalars[sentenceSpan.range] }
  /// The paragraph up to the fact (from the line start, at most
  /// `paragraphReach` scalars back).
  var paragraphToFact: ArraySlice<Unicode.Scalar> {
    let s = source.scalars
    var start = sentenceSpan.start
    let floor = max(0, start - Self.paragraphReach)
    while start > floor && s[start - 1] != "\n" && s[start - 1] != "\r" { start -= 1 }
    return s[start..<sentenceSpan.end]
  }
  static let paragraphReach = 1500
  var clauseScalars: ArraySlice<Unicode.Scalar> { source.scalars[clauseSpan.range] }
  var wholeClause: ArraySlice<Unicode.Scalar> { source.scalars[wholeClauseSpan.range] }
  var followingScalars: ArraySlice<Unicode.Scalar> { source.scalars[followingSpan.range] }
  /// The text after the fact to the end of its clause (through `、` lists and
  /// brackets), at most `restReach` scalars: `80%(二孩)、100%(三孩)给予补贴`.
  var restOfClause: ArraySlice<Unicode.Scalar> {
    let s = source.scalars
    var end = followingSpan.start
    while end < s.count && end - followingSpan.start < Self.restReach && !Self.clauseEnds.contains(s[end]) { end += 1 }
    return s[followingSpan.start..<end]
  }
  static let restReach = 40
  static let clauseEnds: ScalarSet = ["，", "。", "；", "：", ",", ";", ":", "\n", "\r", "！", "？"]
  var clause: String { source[clauseSpan] }
  var previousClause: String { source[previousClauseSpan] }
  var following: String { source[followingSpan] }

  static let sentenceBreaks: ScalarSet = ["。", "！", "？", "；", ";", "\n", "\r"]
  /// How far after the figure a following noun is read.
  static let followingReach = 16
  /// How far back a sentence is read; keeps run-on text linear.
  static let reach = 200

  init(source: SourceText, span: Span, previousFactEnd: Int) {
    self.source = source
    let s = source.scalars
    var sentenceStart = span.start
    let floor = max(0, span.start - Self.reach)
    while sentenceStart > floor && !Self.sentenceBreaks.contains(s[sentenceStart - 1]) { sentenceStart -= 1 }
    sentenceStart = MarkerScanner(scalars: s).textStart(ofSentenceAt: sentenceStart, limit: span.start)
    var clauseStart = span.start
    while clauseStart > sentenceStart && !AnalysisLexicon.clauseBreaks.contains(s[clauseStart - 1]) { clauseStart -= 1 }
    var wholeStart = clauseStart
    while wholeStart > sentenceStart && !Self.clauseEnds.contains(s[wholeStart - 1]) { wholeStart -= 1 }
    var previousStart = max(sentenceStart, clauseStart - 1)
    while previousStart > sentenceStart && !AnalysisLexicon.clauseBreaks.contains(s[previousStart - 1]) {
      previousStart -= 1
    }
    let ownStart = max(clauseStart, min(previousFactEnd, span.start))
    var followingEnd = span.end
    while followingEnd < s.count && followingEnd - span.end < Self.followingReach
      && !AnalysisLexicon.clauseBreaks.contains(s[followingEnd])
      && s[followingEnd] != "、"
    {
      followingEnd += 1
    }
    sentenceSpan = Span(sentenceStart, span.start)
    clauseSpan = Span(ownStart, span.start)
    wholeClauseSpan = Span(wholeStart, span.start)
    previousClauseSpan = Span(previousStart, max(previousStart, clauseStart - 1))
    followingSpan = Span(span.end, followingEnd)
    followsFigureInClause = ownStart > clauseStart
    followingIsCut = followingEnd - span.end >= Self.followingReach && followingEnd < s.count
  }
}
