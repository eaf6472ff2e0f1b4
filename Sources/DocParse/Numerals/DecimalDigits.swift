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
  static func write(_ d: Decimal, to out: inout [UInt8]) {
    guard let p = DecimalDigits(d) else {
      out += d.description.utf8
      return
    }
    if p.mantissa == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    if p.negative { out.append(UInt8(ascii: "-")) }
    var digits: [UInt8] = []
    var m = p.mantissa
    while m > 0 {
      digits.append(UInt8(ascii: "0") + UInt8(m % 10))
      m /= 10
    }
    digits.reverse()
    if p.exponent >= 0 {
      out += digits
      out += repeatElement(UInt8(ascii: "0"), count: p.exponent)
    } else {
      let point = digits.count + p.exponent
      if point <= 0 {
        out += "0.".utf8
        out += repeatElement(UInt8(ascii: "0"), count: -point)
        out += digits
      } else {
        out += digits[..<point]
        out.append(UInt8(ascii: "."))
        out += digits[point...]
      }
    }
  }

  /// The value as `Decimal.description` writes it.
  static func text(_ d: Decimal) -> String {
    var out: [UInt8] = []
    write(d, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
