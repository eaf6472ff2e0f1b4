internal import CICU

/// Guesses the charset of a byte buffer with ICU's `ucsdet`.
///
/// Detection is statistical; feed it a prefix of a few KB (it is slow on
/// megabytes and unreliable on a dozen bytes).
public enum CharsetDetector {
  /// A detection result: ICU's charset name and its confidence (0–100).
  public struct Match: Sendable, Equatable {
    public let name: String
    public let confidence: Int
  }

  /// The best match for `bytes`, or nil when ICU finds none.
  public static func detect(_ bytes: ArraySlice<UInt8>) -> Match? {
    var status = U_ZERO_ERROR
    guard let detector = ucsdet_open(&status), cicu_failure(status) == 0 else { return nil }
    defer { ucsdet_close(detector) }
    return bytes.withUnsafeBufferPointer { buffer -> Match? in
      buffer.withMemoryRebound(to: CChar.self) { chars -> Match? in
        ucsdet_setText(detector, chars.baseAddress, Int32(chars.count), &status)
        guard cicu_failure(status) == 0, let match = ucsdet_detect(detector, &status),
          cicu_failure(status) == 0, let name = ucsdet_getName(match, &status)
        else { return nil }
        let confidence = ucsdet_getConfidence(match, &status)
        return Match(name: String(cString: name), confidence: Int(confidence))
      }
    }
  }
}
