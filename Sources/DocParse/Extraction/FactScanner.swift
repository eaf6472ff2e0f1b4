/// One pass over the text: titles become citations, then at each offset the
/// rules are tried in order (plan periods, document numbers, dates, written
/// percents, doublings, then quantities over the numeral found there).
struct FactScanner {
  let x: ScanText
  let zones: TextZones
  var facts: [Fact] = []
  private var titleIndex = 0
  private var quoteIndex = 0
  /// A qualifier shared by a list (`分别突破330家、5900家`): comparator and where the last item ended.
  private var shared: (comparator: Fact.Comparator, end: Int)? = nil

  /// Where scanning goes on from.
  private(set) var position: Int
  var finished: Bool { position >= x.upper }

  init(x: ScanText, zones: TextZones) {
    self.x = x
    self.zones = zones
    position = x.lower
  }

  mutating func run() { run(until: x.upper) }

  /// Scans on up to `limit`. The facts are the same however the text is cut:
  /// every step depends on the offset and the scanner's state alone.
  mutating func run(until limit: Int) {
    let starts: ScanSet = x.referenceYear != nil ? .factStartsOrRelative : .factStarts
    let classes = x.classes
    let upper = min(limit, x.upper)
    var i = position
    defer { position = max(i, position) }
    while i < upper {
      // Offsets where nothing can start (most of the text) are passed over
      // here, up to the next title, without a call per scalar.
      let stop = titleIndex < zones.titles.count ? min(upper, max(i, zones.titles[titleIndex].start)) : upper
      i = classes.first(starts, from: i, to: stop)
      guard i < upper else { break }
      if let t = title(at: i) {
        if let f = CitationRule.fact(for: t, in: x) { facts.append(f) }
        i = t.end
        continue
      }
      i = step(at: i)
    }
  }

  /// Hands on the facts found so far that no later fact can change: all of
  /// them once the scan is finished, otherwise all but the last run of facts
  /// one scalar or less apart (a list: a closing qualifier gives its comparator
  /// to the items before it, and a list's items share a subject).
  mutating func takeSettled() -> [Fact] {
    var cut = facts.count
    if !finished, cut > 0 {
      cut -= 1
      while cut > 0, facts[cut].span.start - facts[cut - 1].span.end <= 1 { cut -= 1 }
    }
    if cut == facts.count {  // all of them (a usual document, once scanned): handed over, not copied
      defer { facts = [] }
      return facts
    }
    defer { facts.removeFirst(cut) }
    return Array(facts[..<cut])
  }

  /// Tries the rules at `i` (where `run` found a scalar that may start a fact); returns the next offset.
  private mutating func step(at i: Int) -> Int {
    if let f = PlanPeriodRule.match(at: i, in: x) { return add(f) }
    if inQuote(i) { return i + 1 }
    if let f = DocNumberRule.match(at: i, in: x) { return add(f) }
    let c = x.s[i]
    if c == "第" { return ordinal(at: i) }
    if let f = PercentRule.matchWritten(at: i, in: x) ?? MultipleRule.matchDoubling(at: i, in: x) {
      return add(qualified(f))
    }
    if let f = relativeDate(at: i) { return add(f) }
    // `上半年`, `前三季度`, `首季度`: parts of the document's year.
    if c == "上" || c == "下" || c == "前" || c == "首", let f = DateRule.match(at: i, in: x) { return add(f) }
    guard NumeralChars.canStart(c) || c == "几" || c == "数" else { return i + 1 }
    if let marker = NumeralGuards.headingMarkerEnd(at: i, in: x) { return marker }
    guard let n = x.numeral(at: i) else { return i + 1 }
    if NumeralGuards.isExcluded(n, in: x) || n.value == nil && !n.masked && !n.tooLarge { return n.span.end }
    return numeral(n)
  }

  private mutating func numeral(_ n: Numeral) -> Int {
    if !NumeralGuards.isGlued(n, in: x), DateReader.mayStart(at: n, in: x),
      let f = DateRule.match(at: n.span.start, in: x)
    {
      return add(f)
    }
    let own = QuantityRules.single(n, in: x)
    if let f = QuantityRules.range(n, single: own, in: x) { return add(qualified(f)) }
    if let f = consume own, !NumeralGuards.isGlued(n, in: x) || f.kind == .money {
      return add(qualified(f))
    }
    if x.context.includeNumbersAndRanges, let f = BareNumberRule.match(n, in: x) { return add(f) }
    return n.span.end
  }

  /// `第三季度` is a date; other `第N` are ordinals and skipped.
  private mutating func ordinal(at i: Int) -> Int {
    if let f = DateRule.match(at: i, in: x) { return add(f) }
    guard let n = x.numeral(at: x.pastSpace(i + 1)) else { return i + 1 }
    return n.span.end
  }

  private func relativeDate(at i: Int) -> Fact? {
    guard x.referenceYear != nil,
      x.match(TimeWords.relativeYears, at: i) != nil || x.at(i) == "今" && x.has("今明两年", at: i)
    else {
      return nil
    }
    return DateRule.match(at: i, in: x)
  }

  /// Adds qualifiers around a quantity and shares a list's comparator.
  private mutating func qualified(_ fact: consuming Fact) -> Fact {
    var f = fact
    let numberStart = f.span.start
    let numberEnd = f.span.end
    QualifierReader.apply(to: &f, in: x)
    if f.span.end > numberEnd, f.comparator != .equal { shareBackwards(f) }
    if f.span.start < numberStart, f.comparator != .equal {
      shared = (f.comparator, f.span.end)
    } else if let s = shared, f.comparator == .equal, let c = x.match(Connectors.list, endingAt: f.span.start),
      c.start == s.end
    {
      f.comparator = s.comparator
      shared = (s.comparator, f.span.end)
    } else {
      shared = nil
    }
    return f
  }

  /// `分别新增**家、**家以上`: a closing qualifier also holds for the earlier items of the list.
  private mutating func shareBackwards(_ f: Fact) {
    var end = f.span.start
    var k = facts.count - 1
    while k >= 0, facts[k].kind == f.kind, facts[k].comparator == .equal,
      let c = x.match(Connectors.list, endingAt: end), c.start == facts[k].span.end
    {
      end = facts[k].span.start
      k -= 1
    }
    guard k < facts.count - 1, Words.has(x.s, "分别", within: 12, before: end, lower: x.lower) else { return }
    for j in (k + 1)..<facts.count { facts[j].comparator = f.comparator }
  }

  private mutating func add(_ fact: Fact) -> Int {
    facts.append(fact)
    return max(fact.span.end, fact.span.start + 1)
  }

  private mutating func title(at i: Int) -> Span? {
    while titleIndex < zones.titles.count, zones.titles[titleIndex].start < i { titleIndex += 1 }
    guard titleIndex < zones.titles.count, zones.titles[titleIndex].start == i else { return nil }
    return zones.titles[titleIndex]
  }

  private mutating func inQuote(_ i: Int) -> Bool {
    while quoteIndex < zones.quotes.count, zones.quotes[quoteIndex].end <= i { quoteIndex += 1 }
    return quoteIndex < zones.quotes.count && zones.quotes[quoteIndex].contains(i)
  }
}
