/// Character counts without grapheme breaking where the text cannot need it.
///
/// The standard library finds Character boundaries by the grapheme rules for
/// every scalar from U+0300 up, so counting a line of Chinese costs some two
/// hundred instructions a character. Between two scalars of grapheme class
/// "Other" there is always a boundary (UAX #29, GB999); ASCII printables,
/// Latin letters, CJK ideographs, CJK and general punctuation and full-width
/// forms are all of that class, so a text made only of them has as many
/// Characters as scalars. Anything else is counted the standard way. These
/// shadow `count` (and `dropLast()`) inside DocParse; the results are the standard library's.
extension String {
  var count: Int { CharacterCount.count(unicodeScalars) ?? distance(from: startIndex, to: endIndex) }

  /// Whether the string has at most `n` characters: `count <= n`, reading no
  /// further than `n + 1` of them (a flattened document's first line can be all of it).
  func hasAtMost(_ n: Int) -> Bool {
    switch CharacterCount.atMost(n, unicodeScalars) {
    case .some(let answer): return answer
    case .none:
      var k = 0
      for _ in self {
        k += 1
        if k > n { return false }
      }
      return true
    }
  }
}

extension String {
  /// Each Character's scalar, in order (nil for a Character of several
  /// scalars, which no single-scalar test matches): read from the scalars,
  /// with no grapheme breaking, when every scalar stands alone.
  var characterScalars: [Unicode.Scalar?] {
    if CharacterCount.count(unicodeScalars) != nil { return unicodeScalars.map { $0 } }
    return map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
  }

  /// The string without its last Character, found from the end (the standard
  /// library's `dropLast()` on a String counts every Character first).
  func dropLast() -> Substring { isEmpty ? self[...] : self[..<index(before: endIndex)] }
}

extension Substring {
  var count: Int { CharacterCount.count(unicodeScalars) ?? distance(from: startIndex, to: endIndex) }
}

enum CharacterCount {
  /// Whether `s` always stands alone as one Character next to another such scalar.
  @inline(__always)
  static func isSimple(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF,  // ASCII printables, Latin (not the soft hyphen)
      0x2010...0x2027, 0x2030...0x205E,  // general punctuation (not zero-width marks or separators)
      0x3000...0x3029, 0x3030...0x303F,  // CJK punctuation (not the tone marks)
      0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK ideographs
      0xFF01...0xFF9D:  // full-width forms (not the half-width sound marks)
      return true
    default: return false
    }
  }

  /// The scalar count when every scalar is simple, else nil.
  static func count<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Int? {
    var n = 0
    for s in scalars {
      guard isSimple(s) else { return nil }
      n += 1
    }
    return n
  }

  /// `count <= n` when the first `n + 1` scalars (or all) are simple, else nil.
  static func atMost<S: Sequence<Unicode.Scalar>>(_ n: Int, _ scalars: S) -> Bool? {
    var k = 0
    for s in scalars {
      guard isSimple(s) else { return nil }
      k += 1
      if k > n { return false }
    }
    return true
  }
}
