/// Words that qualify a quantity: comparators and approximations, before
/// (`超过`, `不少于`, `约`) or after (`以上`, `以内`, `左右`) the number.
enum QualifierWords {
  /// What a qualifier word says.
  struct Effect: Sendable {
    var comparator: Fact.Comparator? = nil
    var approximate = false
  }

  static let before = WordTable<Effect>([
    ("超过", Effect(comparator: .greater)), ("超", Effect(comparator: .greater)), ("逾", Effect(comparator: .greater)),
    ("突破", Effect(comparator: .greater)), ("高于", Effect(comparator: .greater)), ("大于", Effect(comparator: .greater)),
    ("多于", Effect(comparator: .greater)), ("不少于", Effect(comparator: .atLeast)), ("不低于", Effect(comparator: .atLeast)),
    ("至少", Effect(comparator: .atLeast)), ("最少", Effect(comparator: .atLeast)), ("不小于", Effect(comparator: .atLeast)),
    ("不超过", Effect(comparator: .atMost)), ("不高于", Effect(comparator: .atMost)), ("不大于", Effect(comparator: .atMost)),
    ("最高", Effect(comparator: .atMost)), ("最多", Effect(comparator: .atMost)), ("不多于", Effect(comparator: .atMost)),
    ("不足", Effect(comparator: .less)), ("低于", Effect(comparator: .less)), ("少于", Effect(comparator: .less)),
    ("不到", Effect(comparator: .less)), ("小于", Effect(comparator: .less)), ("未满", Effect(comparator: .less)),
    ("约", Effect(approximate: true)), ("大约", Effect(approximate: true)), ("近", Effect(approximate: true)),
    ("将近", Effect(approximate: true)), ("接近", Effect(approximate: true)), ("约为", Effect(approximate: true)),
    // Limits a rule sets: `不得超过三年`, `最高不超过3万元`, `年满60岁`, `最长5个工作日`.
    ("不能超过", Effect(comparator: .atMost)), ("不得超过", Effect(comparator: .atMost)),
    ("不应超过", Effect(comparator: .atMost)), ("不宜超过", Effect(comparator: .atMost)),
    ("最高不超过", Effect(comparator: .atMost)), ("最多不超过", Effect(comparator: .atMost)),
    ("最长不超过", Effect(comparator: .atMost)), ("最长", Effect(comparator: .atMost)),
    ("不得少于", Effect(comparator: .atLeast)), ("不能少于", Effect(comparator: .atLeast)),
    ("不得低于", Effect(comparator: .atLeast)), ("不应低于", Effect(comparator: .atLeast)),
    ("最低", Effect(comparator: .atLeast)), ("最短", Effect(comparator: .atLeast)), ("年满", Effect(comparator: .atLeast)),
  ])

  static let after = WordTable<Effect>([
    ("以上", Effect(comparator: .atLeast)), ("及以上", Effect(comparator: .atLeast)),
    ("（含）以上", Effect(comparator: .atLeast)),
    ("(含)以上", Effect(comparator: .atLeast)), ("以下", Effect(comparator: .atMost)), ("及以下", Effect(comparator: .atMost)),
    ("以内", Effect(comparator: .atMost)), ("之内", Effect(comparator: .atMost)), ("左右", Effect(approximate: true)),
    // A time limit: `1个月内`, `5 个工作日内`, `80000元限额内`.
    ("内", Effect(comparator: .atMost)), ("限额内", Effect(comparator: .atMost)),
    ("上下", Effect(approximate: true)),
  ])

  /// Approximation between the number and its unit: `80余人次`, `3000多欧元`.
  static let infix = WordTable<Bool>([("余", true), ("多", true), ("来", true)])
}
