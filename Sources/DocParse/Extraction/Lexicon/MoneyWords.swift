import FoundationEssentials

/// Currency words: what follows (or precedes) an amount, with the ISO code
/// and the multiplier written into the word (`万元` = 10000 yuan).
enum MoneyWords {
  /// A currency unit after the number.
  struct Unit: Sendable {
    var code: String
    var scale: Decimal
  }

  /// Units written after the amount (`万元`, `美元`, `港币`).
  static let units = WordTable<Unit>(
    base.flatMap { (word, code) in
      [
        (word, Unit(code: code, scale: 1)),
        ("千" + word, Unit(code: code, scale: 1000)),
        ("万" + word, Unit(code: code, scale: 10000)),
        ("百万" + word, Unit(code: code, scale: 1_000_000)),
        ("千万" + word, Unit(code: code, scale: 10_000_000)),
        ("亿" + word, Unit(code: code, scale: 100_000_000)),
      ]
    })

  private static let base: [(String, String)] = [
    ("元", "CNY"), ("圆", "CNY"), ("块", "CNY"), ("块钱", "CNY"), ("元人民币", "CNY"), ("元钱", "CNY"),
    ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"), ("英镑", "GBP"), ("日元", "JPY"), ("日币", "JPY"),
    ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("韩元", "KRW"), ("澳元", "AUD"), ("加元", "CAD"),
    ("新台币", "TWD"), ("台币", "TWD"), ("卢布", "RUB"), ("泰铢", "THB"), ("卢比", "INR"), ("瑞士法郎", "CHF"),
    ("法郎", "CHF"), ("新加坡元", "SGD"), ("澳门元", "MOP"), ("人民币", "CNY"),
  ]

  /// Currency names that may come before the amount (`港币两千九百六十元`, `人民币5万元`).
  static let prefixes = WordTable<String>([
    ("人民币", "CNY"), ("港币", "HKD"), ("港元", "HKD"), ("美元", "USD"), ("新台币", "TWD"), ("台币", "TWD"),
    ("欧元", "EUR"), ("日元", "JPY"),
  ])

  /// Currency symbols before the amount (`￥1000`, `$100`, `US$5亿`); `¥` is the yuan in Chinese text.
  static let symbols = WordTable<String>([
    ("￥", "CNY"), ("¥", "CNY"), ("RMB", "CNY"), ("$", "USD"), ("＄", "USD"), ("US$", "USD"), ("HK$", "HKD"),
    ("€", "EUR"), ("£", "GBP"), ("￡", "GBP"),
  ])

  /// A currency word after `元` that names the real currency (`三万元欧元`, `9000元日币`).
  static let trailingCurrency = WordTable<String>([
    ("人民币", "CNY"), ("欧元", "EUR"), ("日币", "JPY"), ("日元", "JPY"), ("美元", "USD"), ("港币", "HKD"),
  ])

  /// Sub-units of the yuan: `角`/`毛` (0.1) and `分` (0.01).
  static let subunits = WordTable<Decimal>([
    ("角", Decimal(sign: .plus, exponent: -1, significand: 1)),
    ("毛", Decimal(sign: .plus, exponent: -1, significand: 1)),
    ("分", Decimal(sign: .plus, exponent: -2, significand: 1)),
  ])

  /// Words closing an amount: `整`, `正`, `钱`.
  static let closers = WordTable<Bool>([("整", true), ("正", true), ("钱", true)])

  /// Colloquial multipliers after Arabic digits, only before a currency: `15k元`.
  static let letterScales = WordTable<Decimal>([("k", 1000), ("K", 1000), ("w", 10000), ("W", 10000)])
}
