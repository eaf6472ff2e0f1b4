import FoundationEssentials

/// A JSON value with ordered object keys, so output is deterministic and
/// reads in the contract's order.
public indirect enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case decimal(Decimal)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

  /// `value` or `null`.
  public static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
  /// `value` or `null`.
  public static func optional(_ value: Int?) -> JSON { value.map(JSON.int) ?? .null }

  /// The JSON text; `pretty` indents by two spaces.
  public func serialized(pretty: Bool = false) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(to: &out, pretty: pretty, indent: 0)
    return String(decoding: out, as: UTF8.self)
  }

  func write<S: ByteSink>(to out: inout S, pretty: Bool, indent: Int) {
    switch self {
    case .null: out.append("null")
    case .bool(let b): out.append(b ? "true" : "false")
    case .int(let i): JSON.writeInt(i, to: &out)
    case .decimal(let d): DecimalDigits.write(d, to: &out)
    case .string(let s): JSON.writeString(s, to: &out)
    case .array(let items):
      // Short scalar arrays (spans, paths) stay on one line even when pretty.
      let inline = !pretty || items.allSatisfy(\.isScalar)
      writeContainer(
        count: items.count, open: "[", close: "]", inline: inline, pretty: pretty, indent: indent, to: &out
      ) {
        k, out in items[k].write(to: &out, pretty: pretty, indent: indent + 1)
      }
    case .object(let members):
      writeContainer(
        count: members.count, open: "{", close: "}", inline: !pretty, pretty: pretty, indent: indent, to: &out
      ) {
        k, out in
        JSON.writeString(members[k].0, to: &out)
        out.append(pretty ? ": " : ":")
        members[k].1.write(to: &out, pretty: pretty, indent: indent + 1)
      }
    }
  }

  private func writeContainer<S: ByteSink>(
    count: Int, open: Unicode.Scalar, close: Unicode.Scalar, inline: Bool, pretty: Bool, indent: Int,
    to out: inout S, element: (Int, inout S) -> Void
  ) {
    out.append(UInt8(open.value))
    for k in 0..<count {
      if k > 0 { out.append(inline && pretty ? ", " : ",") }
      if !inline { JSON.newline(&out, indent + 1) }
      element(k, &out)
    }
    if !inline && count > 0 { JSON.newline(&out, indent) }
    out.append(UInt8(close.value))
  }

  static func newline<S: ByteSink>(_ out: inout S, _ indent: Int) {
    out.append(UInt8(ascii: "\n"))
    for _ in 0..<(indent * 2) { out.append(UInt8(ascii: " ")) }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// Decimal digits written straight into the output, no String in between.
  static func writeInt<S: ByteSink>(_ i: Int, to out: inout S) {
    if i < 0 { out.append(UInt8(ascii: "-")) }
    writeDigits(UInt64(i.magnitude), to: &out)
  }

  /// The decimal digits of `value`, most significant first; at least `width` of them (zeros in front).
  /// Written from the last digit back, dividing by the constant 10 (a multiplication).
  static func writeDigits<S: ByteSink>(_ value: UInt64, width: Int = 1, to out: inout S) {
    var digits = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    let total = max(digits, width)
    out.append(upTo: total) { p in
      var v = value
      var k = total
      while k > 0 {
        k -= 1
        p[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
        v /= 10
      }
      return total
    }
  }

  /// Whether a byte or an ASCII scalar value must be escaped in a JSON string: `"`, `\`, controls.
  @inline(__always)
  private static func mustEscape(_ v: UInt32) -> Bool { v < 0x20 || v == 0x22 || v == 0x5C }

  /// The JSON escape of an ASCII byte that needs one (`"`, `\`, controls); false for any other byte.
  @inline(__always)
  private static func writeEscape<S: ByteSink>(_ byte: UInt8, to out: inout S) -> Bool {
    guard mustEscape(UInt32(byte)) else { return false }
    out.append(upTo: 6) { p in escape(byte, into: p, at: 0) }
    return true
  }

  /// A piece of the source as a JSON string, straight from its scalars (no String
  /// in between); the same bytes as `writeString` of that piece. Room for the
  /// longest form of every scalar (`\u00XX`, six bytes) is made once.
  static func writeScalars<S: ByteSink>(_ scalars: ArraySlice<Unicode.Scalar>, to out: inout S) {
    scalars.withUnsafeBufferPointer { scalars in
      out.append(upTo: scalars.count * 6 + 2) { p in
        var k = 0
        p[k] = UInt8(ascii: "\"")
        k += 1
        for s in scalars {
          let v = s.value
          k =
            v < 0x80 && mustEscape(v)
            ? escape(UInt8(truncatingIfNeeded: v), into: p, at: k) : UTF8Bytes.write(v, into: p, at: k)
        }
        p[k] = UInt8(ascii: "\"")
        return k + 1
      }
    }
  }

  /// Writes the escape of a `"`, `\` or control byte at `p + k`; returns the offset after it.
  private static func escape(_ byte: UInt8, into p: UnsafeMutablePointer<UInt8>, at k: Int) -> Int {
    p[k] = UInt8(ascii: "\\")
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): p[k + 1] = byte
    case UInt8(ascii: "\n"): p[k + 1] = UInt8(ascii: "n")
    case UInt8(ascii: "\r"): p[k + 1] = UInt8(ascii: "r")
    case UInt8(ascii: "\t"): p[k + 1] = UInt8(ascii: "t")
    default:
      p[k + 1] = UInt8(ascii: "u")
      p[k + 2] = UInt8(ascii: "0")
      p[k + 3] = UInt8(ascii: "0")
      p[k + 4] = hex[Int(byte >> 4)]
      p[k + 5] = hex[Int(byte & 0xF)]
      return k + 6
    }
    return k + 2
  }

  /// Whether any byte is a control, `"` or `\`: eight bytes at a time (a
  /// byte below 0x20, or equal to 0x22 or 0x5C after an exclusive or, sets the
  /// top bit of its lane; Chinese text's bytes are all 0x80 and above).
  static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    var i = 0
    while i + 8 <= bytes.count {
      let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      let low = (w &- ones &* 0x20) & ~w  // a lane below 0x20 (top bit clear)
      let quote = w ^ (ones &* 0x22)
      let backslash = w ^ (ones &* 0x5C)
      let zero = (quote &- ones) & ~quote | (backslash &- ones) & ~backslash
      if (low | zero) & high != 0 { return true }
      i += 8
    }
    while i < bytes.count {
      if mustEscape(UInt32(base[i])) { return true }
      i += 1
    }
    return false
  }

  static func writeString<S: ByteSink>(_ s: String, to out: inout S) {
    out.append(UInt8(ascii: "\""))
    defer { out.append(UInt8(ascii: "\"")) }
    var s = s
    let plain = s.withUTF8 { bytes -> Bool in
      guard !needsEscape(bytes) else { return false }
      out.append(bytes: UnsafeRawBufferPointer(bytes))
      return true
    }
    if plain { return }
    for byte in s.utf8 where !writeEscape(byte, to: &out) { out.append(byte) }
  }
}
