/// Text from a document or a file name made safe for a terminal or a
/// spreadsheet: nothing in it is executed when it is shown.
public enum Display {
  /// Control characters (C0 but tab, DEL, C1) and bidirectional overrides shown
  /// escaped (`\u{1B}`), so an escape sequence in a heading reaches no terminal.
  public static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if needsEscape(s) {
        out.append(contentsOf: "\\u{\(String(s.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(s)
      }
    }
    return String(out)
  }

  static func needsEscape(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// A CSV cell a spreadsheet will not read as a formula (OWASP's rule): a
  /// cell starting with `=` `+` `-` `@`, tab or carriage return gets a leading
  /// `'`, unless it is a plain number (`-3.2`).
  public static func csvCell(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(text) else {
      return text
    }
    return "'" + text
  }

  private static func isNumber(_ text: String) -> Bool {
    var s = Substring(text)
    if s.first == "-" || s.first == "+" { s = s.dropFirst() }
    guard !s.isEmpty else { return false }
    var dot = false
    for c in s {
      if c == "." && !dot {
        dot = true
      } else if !("0"..."9").contains(c) {
        return false
      }
    }
    return s.last != "."
  }
}
