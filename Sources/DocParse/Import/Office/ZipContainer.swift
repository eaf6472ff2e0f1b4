import HTMLKit
import ZipKit

/// The parts of a ZIP container (`.docx`, `.ofd`). Every part is read with a
/// size limit, so a ZIP bomb is an error, not a process that fills memory.
struct ZipContainer {
  private let archive: ZipArchive
  /// The limit for one part once inflated.
  static let maximumPartBytes = 256 * 1024 * 1024

  init(_ bytes: [UInt8], kind: String) throws(DecodeError) {
    do {
      archive = try ZipArchive(bytes)
    } catch {
      throw DecodeError(description: "\(kind): not a readable ZIP container (truncated or damaged)")
    }
  }

  func contains(_ path: String) -> Bool { archive.contains(Self.normalized(path)) }

  /// The bytes of the part at `path` (a leading `/` is ignored).
  func read(_ path: String) throws(DecodeError) -> [UInt8] {
    do {
      return try archive.read(Self.normalized(path), limit: Self.maximumPartBytes)
    } catch {
      switch error {
      case .missingPart(let p): throw DecodeError(description: "the container has no part \(p)")
      case .partTooLarge(let p, let n): throw DecodeError(description: "part \(p) is too large (\(n) bytes or more)")
      case .damagedPart(let p): throw DecodeError(description: "part \(p) cannot be read (damaged or truncated)")
      case .unreadable: throw DecodeError(description: "not a readable ZIP container")
      }
    }
  }

  /// The part at `path` parsed as XML; `kind` names the file in errors (`Word document`).
  func xml(_ path: String, in kind: String) throws(DecodeError) -> HTMLElement {
    let bytes = try read(path)
    do {
      return try XMLParser.parse(bytes)
    } catch {
      throw DecodeError(description: "\(kind): \(path) is not well-formed XML")
    }
  }

  static func normalized(_ path: String) -> String {
    path.hasPrefix("/") ? String(path.dropFirst()) : path
  }

  /// Whether `bytes` start like a ZIP file.
  static func isZip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
  }
}
