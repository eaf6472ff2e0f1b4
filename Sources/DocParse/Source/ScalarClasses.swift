import Synchronization

/// The sets of scalars the stages look for over a whole text, each a bit: a
/// text's scalars are classified once (`ScalarClasses`), and every pass that
/// looks for one of these sets then reads eight scalars' classes at a time
/// instead of testing each scalar against the set.
enum ScanSet: UInt8, CaseIterable, Sendable {
  /// What opens or closes a title or a quotation (`TextZones`).
  case zoneStops = 1
  /// Where a fact may start (`FactScanner`), without and with relative years.
  case factStarts = 2
  case factStartsOrRelative = 4
  /// What an item marker opens with (`InlineItemParser`).
  case itemMarkerStarts = 8
  /// `自`/`从` before an effective date, and a body's digits and title brackets (`YearRules`).
  case yearFrom = 16
  case yearScan = 32
  /// The marks the quote check pairs (`QuoteChecker`).
  case quoteMarks = 64
  /// Line breaks (`Line.split`).
  case lineBreaks = 128

  /// The members, as the stage that looks for them defines them.
  var members: ScalarBits {
    switch self {
    case .zoneStops: TextZones.stops
    case .factStarts: Triggers.starts
    case .factStartsOrRelative: Triggers.startsOrRelative
    case .itemMarkerStarts: InlineItemParser.markerStarts
    case .yearFrom: YearRules.fromWords
    case .yearScan: YearRules.yearScan
    case .quoteMarks: QuoteChecker.marks
    case .lineBreaks: Line.breakSet
    }
  }

  /// The sets of every scalar of the Basic Multilingual Plane (64 KB); a
  /// scalar above it is in none, as in `ScalarBits`.
  static let table: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x10000)
    for set in allCases {
      set.members.forEachMember { table[$0] |= set.rawValue }
    }
    return table
  }()
}

/// One byte per scalar of a stretch of text: the `ScanSet`s it is in.
struct ScalarClasses: Sendable {
  private let bytes: [UInt8]
  /// The offset of the first classified scalar.
  private let base: Int

  /// Classifies `scalars[range]`.
  init(_ scalars: [Unicode.Scalar], range: Range<Int>) {
    let table = ScanSet.table
    base = range.lowerBound
    bytes = scalars.withUnsafeBufferPointer { s in
      table.withUnsafeBufferPointer { table in
        [UInt8](unsafeUninitializedCapacity: range.count) { out, count in
          for k in range {
            let v = s[k].value
            out[k - range.lowerBound] = v < 0x10000 ? table[Int(v)] : 0
          }
          count = range.count
        }
      }
    }
  }

  /// The first offset in `from..<to` (within the classified stretch) whose
  /// scalar is in `set`, or `to`: eight classes a word.
  func first(_ set: ScanSet, from: Int, to: Int) -> Int {
    bytes.withUnsafeBufferPointer { b in
      let bit = set.rawValue
      let lanes = UInt64(bit) &* 0x0101_0101_0101_0101
      var k = from - base
      let end = to - base
      if let start = b.baseAddress {
        while k + 8 <= end {
          let w = UInt64(littleEndian: UnsafeRawPointer(start + k).loadUnaligned(as: UInt64.self)) & lanes
          if w != 0 { return base + k + w.trailingZeroBitCount / 8 }
          k += 8
        }
      }
      while k < end && b[k] & bit == 0 { k += 1 }
      return base + k
    }
  }
}

/// A text's classes, made the first time a pass asks for them (a text no pass
/// reads never pays for them) and shared by the copies of the text.
final class ScalarClassesBox: Sendable {
  private let classes = Mutex<ScalarClasses?>(nil)

  func classes(of scalars: [Unicode.Scalar]) -> ScalarClasses {
    classes.withLock { known in
      if let known { return known }
      let made = ScalarClasses(scalars, range: 0..<scalars.count)
      known = made
      return made
    }
  }
}
