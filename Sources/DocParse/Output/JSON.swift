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
    var out = ""
    write(to: &out, pretty: pretty, indent: 0)
    return out
  }

  private func write(to out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .decimal(let d): out += d.description
    case .string(let s): JSON.writeString(s, to: &out)
    case .array(let items):
      writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &out, pretty: pretty, indent: indent)
    case .object(let members):
      writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, pretty: pretty, indent: indent)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSON)], open: String, close: String, to out: inout String, pretty: Bool, indent: Int
  ) {
    out += open
    if items.isEmpty {
      out += close
      return
    }
    // Short scalar arrays (spans, paths) stay on one line even when pretty.
    let inline = !pretty || (open == "[" && items.allSatisfy { $0.1.isScalar })
    for (i, (key, value)) in items.enumerated() {
      if i > 0 { out += inline && pretty ? ", " : "," }
      if !inline { out += "\n" + String(repeating: "  ", count: indent + 1) }
      if let key {
        JSON.writeString(key, to: &out)
        out += pretty ? ": " : ":"
      }
      value.write(to: &out, pretty: pretty, indent: indent + 1)
    }
    if !inline { out += "\n" + String(repeating: "  ", count: indent) }
    out += close
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  private static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
