internal import CICU

/// An error reported by ICU, carrying ICU's own error name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
  /// ICU's name for the error code, e.g. `U_INVALID_CHAR_FOUND`.
  public let name: String
  /// What was being attempted.
  public let operation: String

  init(_ code: UErrorCode, _ operation: String) {
    self.name = String(cString: u_errorName(code))
    self.operation = operation
  }

  public var description: String { "\(operation): \(name)" }
}

/// Facts about the linked ICU library.
public enum ICU {
  /// The ICU version the library was compiled against, e.g. `72.1`.
  public static var version: String { String(cString: cicu_version()) }

  static func check(_ code: UErrorCode, _ operation: String) throws(ICUError) {
    if cicu_failure(code) != 0 { throw ICUError(code, operation) }
  }
}
