internal import CICU

/// Converts bytes in a legacy charset to UTF-16 with ICU's `ucnv`, strictly:
/// an illegal or unmappable byte sequence is an error, never a U+FFFD.
public enum Converter {
  /// Decodes `bytes` (in `charset`, an ICU converter name such as `GB18030`)
  /// to UTF-16 code units.
  public static func toUTF16(_ bytes: [UInt8], charset: String) throws(ICUError) -> [UInt16] {
    var status = U_ZERO_ERROR
    guard let converter = ucnv_open(charset, &status), cicu_failure(status) == 0 else {
      throw ICUError(status, "open converter \(charset)")
    }
    defer { ucnv_close(converter) }
    cicu_ucnv_stop_on_error(converter, &status)
    try ICU.check(status, "set converter callback")
    // A byte never yields more than two UTF-16 units in these charsets.
    let capacity = bytes.count * 2 + 2
    var output = [UInt16](repeating: 0, count: capacity)
    let written = bytes.withUnsafeBufferPointer { input in
      input.withMemoryRebound(to: CChar.self) { chars in
        output.withUnsafeMutableBufferPointer { out in
          ucnv_toUChars(converter, out.baseAddress, Int32(capacity), chars.baseAddress, Int32(chars.count), &status)
        }
      }
    }
    try ICU.check(status, "convert from \(charset)")
    output.removeSubrange(Int(written)...)
    return output
  }
}
