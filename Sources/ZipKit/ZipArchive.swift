// ZIPFoundation needs Foundation; these imports are internal (and ZipKit is
// built with library evolution) so no module
// that links ZipKit sees Foundation through it (DocParse must not: it sees
// the system ICU, which clashes with Foundation's own, see ICU-NOTES).
internal import Foundation
internal import ZIPFoundation

/// Why a ZIP container or one of its parts could not be read.
public enum ZipError: Error, Sendable {
  /// Not a ZIP file, or its directory is damaged or truncated.
  case unreadable
  case missingPart(String)
  /// The part inflates to more than the limit.
  case partTooLarge(String, UInt64)
  case damagedPart(String)
}

/// A ZIP container read from memory with ZIPFoundation, with bytes in and out.
/// (ZIPFoundation's types stay inside a private box: clients of ZipKit never load ZIPFoundation or Foundation.)
public final class ZipArchive: @unchecked Sendable {
  private final class Box {
    let archive: Archive
    var entries: [String: Entry] = [:]
    init(_ archive: Archive) { self.archive = archive }
  }
  private let box: Box
  private var archive: Archive { box.archive }
  private var entries: [String: Entry] { box.entries }

  public convenience init(_ bytes: [UInt8]) throws(ZipError) {
    self.init(box: try Self.open(bytes))
  }

  private init(box: Box) {
    self.box = box
    for entry in box.archive { box.entries[entry.path] = entry }
  }

  /// ZIPFoundation's in-memory archive traps on a damaged ZIP whose offsets
  /// point past the end (a seek beyond the data, then a negative read), and
  /// its file-backed archive leaks the path it opens (55 bytes a file). So the
  /// directory's offsets and sizes are checked against the data first
  /// (`ZipBounds`); a ZIP that passes is read in memory, one that fails is
  /// refused, and one the check cannot judge (ZIP64) is read from an unlinked
  /// temporary file.
  private static func open(_ bytes: [UInt8]) throws(ZipError) -> Box {
    switch ZipBounds.check(bytes) {
    case .outOfBounds: throw .unreadable
    case .inBounds:
      do {
        return Box(try Archive(data: Data(bytes), accessMode: .read))
      } catch {
        throw .unreadable
      }
    case .unknown:
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("docparse-\(UUID().uuidString).zip")
      defer { try? FileManager.default.removeItem(at: url) }
      do {
        try Data(bytes).write(to: url)
        return Box(try Archive(url: url, accessMode: .read))
      } catch {
        throw .unreadable
      }
    }
  }

  /// The part names.
  public var paths: [String] { Array(entries.keys) }

  public func contains(_ path: String) -> Bool { entries[path] != nil }

  /// The inflated bytes of `path`, refused past `limit` bytes (a ZIP bomb
  /// stops at the limit, whatever its directory claims).
  public func read(_ path: String, limit: Int) throws(ZipError) -> [UInt8] {
    guard let entry = entries[path] else { throw .missingPart(path) }
    if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(path, entry.uncompressedSize) }
    var out: [UInt8] = []
    out.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        out.append(contentsOf: chunk)
        if out.count > limit { throw LimitReached() }
      }
    } catch is LimitReached {
      throw .partTooLarge(path, UInt64(out.count))
    } catch {
      throw .damagedPart(path)
    }
    return out
  }

  private struct LimitReached: Error {}
}
