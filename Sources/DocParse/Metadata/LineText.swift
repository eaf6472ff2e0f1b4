/// Small text tests on source lines used by the metadata readers.
extension SourceText {
  /// The content of `line` (without surrounding blanks) with inner blanks removed:
  /// `的通  知` → `的通知`. For titles and names split by typesetting spaces.
  func compactText(_ line: Line) -> String {
    String.fromScalars(scalars[line.contentStart..<max(line.contentStart, line.contentEnd)].lazy.filter { !$0.isBlank })
  }

  /// Whether the line's content has at most `limit` scalars that are not blanks
  /// (counting stops there).
  func hasAtMostNonBlank(_ line: Line, _ limit: Int) -> Bool {
    guard line.contentEnd - line.contentStart > limit else { return true }
    var count = 0
    for s in scalars[line.contentStart..<line.contentEnd] where !s.isBlank {
      count += 1
      if count > limit { return false }
    }
    return true
  }

  /// Whether `compactText(line)` has more than `limit` Characters, known without
  /// making it: its non-blank scalars counted, each one Character when all stand
  /// alone (`CharacterCount.isSimple`); nil when some do not (a combining mark).
  func compactTextExceeds(_ line: Line, _ limit: Int) -> Bool? {
    guard line.contentEnd - line.contentStart > limit else { return false }
    var count = 0
    for s in scalars[line.contentStart..<line.contentEnd] where !s.isBlank {
      guard CharacterCount.isSimple(s) else { return nil }
      count += 1
    }
    return count > limit
  }

  /// Whether the line's content contains `needle`.
  func line(_ line: Line, contains needle: Unicode.Scalar) -> Bool {
    scalars[line.contentStart..<max(line.contentStart, line.contentEnd)].contains(needle)
  }
}

extension String {
  /// Whether the string ends with any of `suffixes`.
  func hasAnySuffix(_ suffixes: [String]) -> Bool { suffixes.contains { hasSuffix($0) } }
  /// Whether the string contains any of `parts`.
  func containsAny(_ parts: [String]) -> Bool { parts.contains { contains($0) } }

  /// The pieces between any of the `separators` scalars, empty pieces left out
  /// (`split` on Characters, without a grapheme walk and a String search per Character).
  func pieces(separatedBy separators: String) -> [String] {
    let marks = Array(separators.unicodeScalars)
    let view = unicodeScalars
    var pieces: [String] = []
    var start = view.startIndex
    var i = view.startIndex
    while i < view.endIndex {
      if marks.contains(view[i]) {
        if start < i { pieces.append(String(view[start..<i])) }
        start = view.index(after: i)
      }
      i = view.index(after: i)
    }
    if start < view.endIndex { pieces.append(String(view[start...])) }
    return pieces
  }
}
