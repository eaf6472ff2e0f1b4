import DocParse

// The fuzz target: any bytes through the whole pipeline (import, layout,
// tree, metadata, facts, JSON, outline). Built two ways:
// - `Fuzz/run.sh`: with `-sanitize=fuzzer,address -D FUZZING`, libFuzzer drives it;
// - a plain `swift build`: a replay driver that runs the files given as arguments,
//   so a crash input found by the fuzzer can be reproduced and debugged.

/// Runs one input; never throws (undecodable input is an expected outcome).
func exercise(_ bytes: [UInt8]) {
  guard let result = try? DocParser.parse(bytes: bytes, name: "fuzz") else { return }
  let json = ContractJSON.result(result).serialized(pretty: false)
  _ = TreeOutline.render(result)
  _ = TargetReport.table(Target.all(in: result)).csv()
  // `docparse parse` finds the facts while it writes them, a stretch at a time:
  // the bytes must be those of the facts found all at once.
  if let deferred = try? DocParser.parse(bytes: bytes, name: "fuzz", options: ParseOptions(defersFacts: true)) {
    var streamed: [UInt8] = []
    ContractJSON.write(deferred, pretty: false) { streamed += $0 }
    precondition(streamed == Array(json.utf8), "facts found while writing differ from the facts found at once")
  }
}

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  // SwiftPM names an executable's entry point `<module>_main`; hand it to libFuzzer's driver.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  @_cdecl("docparse_fuzz_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector, fuzzOne)
  }
#else
  @main
  struct Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let file = fopen(path, "rb") else { continue }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
          let n = fread(&buffer, 1, buffer.count, file)
          if n == 0 { break }
          bytes += buffer[0..<n]
        }
        fclose(file)
        exercise(bytes)
        print("ok \(path) (\(bytes.count) bytes)")
      }
    }
  }
#endif

#if canImport(Glibc)
  import Glibc
#endif
