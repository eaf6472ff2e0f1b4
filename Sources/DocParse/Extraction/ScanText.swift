/// The text a rule looks at: the scalars, the bounds of the span being
/// scanned, and what the document says about dates. A class: every rule is
/// handed it at every offset, and a reference is cheaper to pass than a copy.
final class ScanText {
  let s: [Unicode.Scalar]
  let lower: Int
  let upper: Int
  let context: FactContext
  /// The year used for `10月19日`; from the context, or from a reference date.
  let referenceYear: Int?
  /// Whether relative words (今年, 去年) are resolved: when asked, and with a reference date.
  let resolvesRelativeYears: Bool

  /// Which scanning sets each scalar of the span is in: the source's own when
  /// given, made for the span the first time a pass asks otherwise.
  private(set) lazy var classes: ScalarClasses = givenClasses ?? ScalarClasses(s, range: lower..<upper)
  private let givenClasses: ScalarClasses?

  init(s: [Unicode.Scalar], span: Span, context: FactContext, classes: ScalarClasses? = nil) {
    self.s = s
    self.lower = span.start
    self.upper = span.end
    self.context = context
    self.givenClasses = classes
    let fromDate = context.referenceDate.flatMap { Int($0.prefix(4)) }
    self.referenceYear = context.referenceYear ?? fromDate
    self.resolvesRelativeYears = context.resolvesRelativeDates && fromDate != nil
  }

  /// The scalar at `i`, or nil outside the span.
  @inline(__always)
  func at(_ i: Int) -> Unicode.Scalar? { i >= lower && i < upper ? s[i] : nil }

  /// Past a space or two that a PDF or a scraper put between a number and
  /// its unit (`2023 年 7 月 18 日`, `26 号`, `5 个工作日`); `i` when none.
  func pastSpace(_ i: Int) -> Int {
    var j = i
    while j < upper && j - i < 2 && (s[j] == " " || s[j] == "\u{A0}") { j += 1 }
    return j < upper && j > i && !(s[j] == " " || s[j] == "\u{A0}") ? j : i
  }

  /// Whether `word` is at `i`.
  func has(_ word: String, at i: Int) -> Bool { Words.has(s, word, at: i, limit: upper) }

  /// The numeral starting at `i`.
  func numeral(at i: Int) -> Numeral? {
    // The rules ask for the numeral at the same offset several times (date,
    // range, quantity): the last few answers are kept.
    if let hit = numerals.lookup(i) { return hit }
    let n = scanNumeral(at: i)
    numerals.store(i, n)
    return n
  }

  /// A small memory of the numerals read at recent offsets (shared by copies
  /// of one `ScanText`, which lives on one thread).
  final class NumeralMemo: @unchecked Sendable {
    // Fixed storage behind `let` pointers: no dynamic exclusivity check per
    // access, as a class's `var` arrays would have (a million lookups a corpus).
    private let keys = UnsafeMutablePointer<Int>.allocate(capacity: 8)
    private let values = UnsafeMutablePointer<Numeral?>.allocate(capacity: 8)

    init() {
      keys.initialize(repeating: -1, count: 8)
      values.initialize(repeating: nil, count: 8)
    }

    deinit {
      values.deinitialize(count: 8)
      keys.deallocate()
      values.deallocate()
    }

    func lookup(_ i: Int) -> Numeral?? {
      let slot = i & 7
      return keys[slot] == i ? .some(values[slot]) : nil
    }

    func store(_ i: Int, _ n: Numeral?) {
      keys[i & 7] = i
      values[i & 7] = n
    }
  }

  let numerals = NumeralMemo()

  private func scanNumeral(at i: Int) -> Numeral? {
    guard let n = NumeralScanner.scan(s, at: i, limit: upper) else { return nil }
    // `1000万千瓦`, `5万千米`: a unit that starts with 千 or 百 is not part of the number.
    for k in (i + 1)..<n.span.end where (s[k] == "千" || s[k] == "百") && (s[k - 1] == "万" || s[k - 1] == "亿") {
      if MeasureWords.counts.match(s, at: k, limit: upper) != nil, let shorter = NumeralScanner.scan(s, at: i, limit: k) {
        return shorter
      }
    }
    return n
  }

  /// The longest word of `table` at `i`.
  func match<V>(_ table: WordTable<V>, at i: Int) -> (value: V, end: Int)? { table.match(s, at: i, limit: upper) }

  /// The longest word of `table` ending just before `end`.
  func match<V>(_ table: WordTable<V>, endingAt end: Int) -> (value: V, start: Int)? {
    table.match(s, endingAt: end, lower: lower)
  }

  /// Whether `i` starts a line (only spaces before it on its line).
  func isLineStart(_ i: Int) -> Bool {
    var k = i - 1
    while k >= lower {
      let c = s[k]
      if c == "\n" || c == "\r" { return true }
      if c != " " && c != "　" && c != "\t" { return false }
      k -= 1
    }
    return true
  }
}
