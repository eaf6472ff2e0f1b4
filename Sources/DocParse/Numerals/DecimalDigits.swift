import FoundationEssentials

/// A `Decimal` read as sign, 64-bit mantissa and power of ten, without going
/// through `Decimal.description` (which allocates and divides digit by digit).
///
/// Foundation keeps these fields internal on Linux, so they are read from the
/// value's storage; the layout is checked once against known values and, if a
/// Foundation ever stores Decimals differently, every reader falls back to
/// `description` (same results, only slower).
struct DecimalDigits: Equatable {
  var negative: Bool
  /// The value is `mantissa × 10^exponent`.
  var mantissa: UInt64
  var exponent: Int

  /// Nil for NaN, for mantissas wider than 64 bits and when the layout is unknown.
  init?(_ d: Decimal) {
    guard Self.layoutHolds, let parts = Self.read(d) else { return nil }
    self = parts
  }

  init(negative: Bool, mantissa: UInt64, exponent: Int) {
    self.negative = negative
    self.mantissa = mantissa
    self.exponent = exponent
  }

  /// The storage: exponent (Int8), then length (high nibble), negative (bit 3),
  /// then 8 little-endian UInt16 words of mantissa from byte 4.
  private static func read(_ d: Decimal) -> DecimalDigits? {
    guard MemoryLayout<Decimal>.size == 20 else { return nil }
    return withUnsafeBytes(of: d) { raw -> DecimalDigits? in
      let exponent = Int(Int8(bitPattern: raw[0]))
      let length = Int(raw[1] >> 4)
      let negative = raw[1] & 0x08 != 0
      if length == 0 { return negative ? nil : DecimalDigits(negative: false, mantissa: 0, exponent: 0) }
      guard length <= 4 else { return nil }
      for k in length..<8 where raw.loadUnaligned(fromByteOffset: 4 + 2 * k, as: UInt16.self) != 0 { return nil }
      var m: UInt64 = 0
      for k in (0..<length).reversed() {
        m = m << 16 | UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * k, as: UInt16.self))
      }
      return DecimalDigits(negative: negative, mantissa: m, exponent: exponent)
    }
  }

  /// Whether this Foundation stores Decimals as `read` expects.
  static let layoutHolds: Bool = {
    let checks: [(String, DecimalDigits)] = [
      ("-1.5", DecimalDigits(negative: true, mantissa: 15, exponent: -1)),
      ("12000", DecimalDigits(negative: false, mantissa: 12, exponent: 3)),
      ("0.005", DecimalDigits(negative: false, mantissa: 5, exponent: -3)),
      ("18446744073709551615", DecimalDigits(negative: false, mantissa: .max, exponent: 0)),
      ("0", DecimalDigits(negative: false, mantissa: 0, exponent: 0)),
    ]
    return checks.allSatisfy { text, parts in Decimal(string: text).flatMap(read) == parts }
      && read(Decimal.nan) == nil && read(Decimal(string: "18446744073709551616")!) == nil
  }()

  /// The value as an Int when it is whole and within `limit`.
  static func integer(_ d: Decimal, below limit: Int) -> Int? {
    guard let p = DecimalDigits(d) else {
      guard let v = Int(d.description), v < limit else { return nil }
      return v
    }
    var m = p.mantissa
    var e = p.exponent
    while e < 0 {
      guard m % 10 == 0 else { return nil }
      m /= 10
      e += 1
    }
    while e > 0 {
      guard m < UInt64(limit) else { return nil }
      m *= 10
      e -= 1
    }
    guard m < UInt64(limit) else { return nil }
    return p.negative ? -Int(m) : Int(m)
  }

  /// Appends the value as `Decimal.description` writes it (`-1.5`, `12000`, `0.005`).
  static func write<S: ByteSink>(_ d: Decimal, to out: inout S) {
    guard let p = DecimalDigits(d) else {
      out.append(utf8: d.description)
      return
    }
    if p.mantissa == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    if p.negative { out.append(UInt8(ascii: "-")) }
    if p.exponent >= 0 {
      JSON.writeDigits(p.mantissa, to: &out)
      for _ in 0..<p.exponent { out.append(UInt8(ascii: "0")) }
      return
    }
    // A point `places` digits from the right: the whole part, then the fraction with its leading zeros.
    let places = -p.exponent
    var scale: UInt64 = 1
    for _ in 0..<places {
      let (next, overflow) = scale.multipliedReportingOverflow(by: 10)
      if overflow {  // more places than a 64-bit mantissa has digits: the whole part is 0
        scale = 0
        break
      }
      scale = next
    }
    JSON.writeDigits(scale == 0 ? 0 : p.mantissa / scale, to: &out)
    out.append(UInt8(ascii: "."))
    JSON.writeDigits(scale == 0 ? p.mantissa : p.mantissa % scale, width: places, to: &out)
  }

  /// The value as `Decimal.description` writes it.
  static func text(_ d: Decimal) -> String {
    var out: [UInt8] = []
    write(d, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}

extension DecimalDigits {
  /// `a / b` when the quotient is a terminating decimal of at most 64 bits of
  /// mantissa: the same Decimal Foundation's division gives, without its long
  /// division (tens of thousands of instructions a quotient). Nil otherwise.
  static func exactQuotient(_ a: Decimal, _ b: Decimal) -> Decimal? {
    guard let x = DecimalDigits(a), let y = DecimalDigits(b), y.mantissa != 0 else { return nil }
    var m = x.mantissa
    var e = x.exponent - y.exponent
    // The dividend scaled by ten until the divisor goes into it.
    while m % y.mantissa != 0 {
      let (scaled, overflow) = m.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      m = scaled
      e -= 1
    }
    let q = m / y.mantissa
    return DecimalDigits(negative: x.negative != y.negative && q != 0, mantissa: q, exponent: e).decimal()
  }
}

extension DecimalDigits {
  /// The Decimal with these parts, stored as Foundation stores its results
  /// (trailing zeros moved into the exponent); nil when they do not fit.
  func decimal() -> Decimal? {
    guard Self.layoutHolds else { return nil }
    var m = mantissa
    var e = exponent
    if m == 0 { return Decimal() }
    while m % 10 == 0 && e < 127 {
      m /= 10
      e += 1
    }
    guard e >= -128 && e <= 127 else { return nil }
    let length: UInt8 = m >> 48 != 0 ? 4 : m >> 32 != 0 ? 3 : m >> 16 != 0 ? 2 : 1
    var d = Decimal()
    withUnsafeMutableBytes(of: &d) { raw in
      raw[0] = UInt8(bitPattern: Int8(e))
      raw[1] = length << 4 | (negative ? 0x08 : 0) | 0x04
      for k in 0..<4 { raw.storeBytes(of: UInt16(truncatingIfNeeded: m >> (16 * UInt64(k))), toByteOffset: 4 + 2 * k, as: UInt16.self) }
    }
    return d
  }
}

/// Products and sums of Decimals that fit in 64 bits, computed on their parts.
///
/// Foundation's `*` and `+` work digit-group by digit-group and then compact:
/// about three thousand instructions for `1.2 × 10000`. These shadow them
/// inside DocParse and fall back to them whenever a value or the result is
/// wider than 64 bits; the results are the same values, stored the same way
/// (checked against Foundation's bytes by the tests).
extension Decimal {
  static func * (a: Decimal, b: Decimal) -> Decimal { DecimalDigits.product(a, b) }
  static func + (a: Decimal, b: Decimal) -> Decimal { DecimalDigits.total(a, b) }
}

extension DecimalDigits {
  /// `a * b`, on the parts when they fit.
  static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
    if let x = DecimalDigits(a), let y = DecimalDigits(b) {
      let (m, overflow) = x.mantissa.multipliedReportingOverflow(by: y.mantissa)
      if !overflow, let d = DecimalDigits(negative: x.negative != y.negative && m != 0, mantissa: m, exponent: x.exponent + y.exponent).decimal() {
        return d
      }
    }
    var r = a
    r *= b
    return r
  }

  /// `a + b`, on the parts when they fit.
  static func total(_ a: Decimal, _ b: Decimal) -> Decimal {
    // Most sums of a numeral's parts add zeros (no 亿, no 万 group): nothing to compute.
    if b.isZero && !a.isNaN { return a }
    if a.isZero && !b.isNaN { return b }
    if let x = DecimalDigits(a), let y = DecimalDigits(b), let sum = DecimalDigits.sum(x, y), let d = sum.decimal() {
      return d
    }
    var r = a
    r += b
    return r
  }

  /// `x + y` when both align on the smaller exponent within 64 bits.
  static func sum(_ x: DecimalDigits, _ y: DecimalDigits) -> DecimalDigits? {
    if x.mantissa == 0 { return y }
    if y.mantissa == 0 { return x }
    let e = min(x.exponent, y.exponent)
    guard let a = aligned(x, to: e), let b = aligned(y, to: e) else { return nil }
    if x.negative == y.negative {
      let (m, overflow) = a.addingReportingOverflow(b)
      return overflow ? nil : DecimalDigits(negative: x.negative, mantissa: m, exponent: e)
    }
    // Opposite signs: the larger magnitude keeps its sign.
    return a >= b
      ? DecimalDigits(negative: x.negative && a != b, mantissa: a - b, exponent: e)
      : DecimalDigits(negative: y.negative, mantissa: b - a, exponent: e)
  }

  private static func aligned(_ x: DecimalDigits, to e: Int) -> UInt64? {
    var m = x.mantissa
    for _ in 0..<(x.exponent - e) {
      let (p, overflow) = m.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      m = p
    }
    return m
  }
}
