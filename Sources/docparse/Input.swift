import DocParse

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and reporting errors the same way in every subcommand.
enum Input {
  /// Reads a file, or stdin for `-`, in bounded chunks: reading stops at the
  /// size limit, so a device, an endless stream or a sparse file cannot fill
  /// memory. Only regular files and stdin are read; a FIFO, device or
  /// directory is refused before it is opened (opening a FIFO with no writer blocks).
  static func bytes(of path: String) throws(InputError) -> [UInt8] {
    if path == "-" {
      guard isatty(0) == 0 else {
        throw InputError(
          path: "-", problem: "standard input is a terminal: give a FILE or pipe a document in (see --help)")
      }
      return try readAll(fd: 0, path: path)
    }
    let raw = rawPath(path)
    var info = stat()
    guard stat(raw, &info) == 0 else { throw InputError(path: path, problem: String(cString: strerror(errno))) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw InputError(path: path, problem: "is a directory")
    case S_IFIFO: throw InputError(path: path, problem: "is a FIFO, not a regular file (pipe it to stdin with -)")
    case S_IFCHR, S_IFBLK: throw InputError(path: path, problem: "is a device, not a regular file")
    case S_IFSOCK: throw InputError(path: path, problem: "is a socket, not a regular file")
    default: throw InputError(path: path, problem: "is not a regular file")
    }
    if info.st_size > TextDecoder.maximumBytes {
      throw InputError(path: path, problem: "too large: \(info.st_size) bytes (the limit is \(TextDecoder.maximumBytes))")
    }
    let fd = open(raw, O_RDONLY | O_NONBLOCK)
    guard fd >= 0 else { throw InputError(path: path, problem: String(cString: strerror(errno))) }
    defer { close(fd) }
    return try readAll(fd: fd, path: path, expected: Int(info.st_size))
  }

  /// Reads one input and imports it as the format it holds (text, Markdown, HTML).
  static func source(_ path: String) throws(InputError) -> ImportedText {
    let data = try bytes(of: path)
    do {
      return try DocumentImporter.read(data, name: path)
    } catch {
      throw InputError(path: path, problem: error.description)
    }
  }

  /// Reads to the end or one byte past the size limit, whichever comes first.
  private static func readAll(fd: Int32, path: String, expected: Int = 0) throws(InputError) -> [UInt8] {
    // A regular file's size is known: read straight into an array of that size
    // (one more byte tells whether it grew since), no zeroed buffer, no copy.
    var failure: Int32 = 0
    var result = [UInt8](unsafeUninitializedCapacity: expected > 0 ? expected + 1 : 0) { buffer, initialized in
      initialized = 0
      while initialized < buffer.count {
        let n = read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
        if n == 0 { break }
        if n > 0 {
          initialized += n
        } else if let problem = retry(fd) {
          failure = problem
          break
        }
      }
    }
    if failure != 0 { throw InputError(path: path, problem: "read error: " + String(cString: strerror(failure))) }
    if expected > 0 && result.count <= expected { return result }
    // A stream, or a file that grew: chunks until the end or past the size limit.
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      let n = read(fd, chunk.baseAddress, chunk.count)
      if n == 0 { break }
      if n < 0 {
        if let problem = retry(fd) {
          throw InputError(path: path, problem: "read error: " + String(cString: strerror(problem)))
        }
        continue
      }
      result.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
      if result.count > TextDecoder.maximumBytes {
        throw InputError(path: path, problem: "too large: over \(TextDecoder.maximumBytes) bytes (the limit)")
      }
    }
    return result
  }

  /// After a failed read: nil to try again (interrupted, or O_NONBLOCK on a file
  /// not ready: wait for it once more), else the error.
  private static func retry(_ fd: Int32) -> Int32? {
    let problem = errno
    if problem == EINTR { return nil }
    if problem == EAGAIN {
      var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      _ = poll(&p, 1, 1000)
      return nil
    }
    return problem
  }

  /// Whether `path` (not `-`) names a directory.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return path != "-" && stat(rawPath(path), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The first offset in `from..<to` of `b` holding `byte` (C's `memchr`), or nil.
  static func index(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
    guard let base = b.baseAddress, from < to, let p = memchr(base + from, Int32(byte), to - from) else { return nil }
    return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
  }

  /// The bytes of the command-line argument `path` came from: a file name that
  /// is not UTF-8 reaches Swift with U+FFFD in it and would not be found.
  static func rawPath(_ path: String) -> [CChar] {
    // U+FFFD is EF BF BD in UTF-8: most paths have no 0xEF byte at all.
    let mayHaveFFFD = path.utf8.withContiguousStorageIfAvailable { bytes in
      index(of: 0xEF, in: bytes, from: 0, to: bytes.count) != nil
    }
    guard mayHaveFFFD ?? true, path.unicodeScalars.contains("\u{FFFD}") else { return Array(path.utf8CString) }
    for k in 1..<Int(CommandLine.argc) {
      guard let arg = CommandLine.unsafeArgv[k] else { continue }
      if String(decoding: UnsafeRawBufferPointer(start: arg, count: strlen(arg)), as: UTF8.self) == path {
        return Array(UnsafeBufferPointer(start: arg, count: strlen(arg) + 1))
      }
    }
    return Array(path.utf8CString)
  }

  /// A file name for messages: bytes that are not UTF-8 as `\xNN`, control characters escaped.
  static func displayName(_ path: String) -> String {
    let raw = rawPath(path).dropLast().map { UInt8(bitPattern: $0) }
    var out = ""
    var i = 0
    while i < raw.count {
      var length = 1
      if raw[i] >= 0xC0 { length = raw[i] >= 0xF0 ? 4 : raw[i] >= 0xE0 ? 3 : 2 }
      if raw[i] < 0x80 || i + length <= raw.count,
        let s = String(validating: raw[i..<min(raw.count, i + length)], as: UTF8.self)
      {
        out += s
        i += length
      } else {
        out += "\\x" + String(raw[i], radix: 16, uppercase: true)
        i += 1
      }
    }
    return Display.safe(out)
  }

  /// Prints one line to stderr: `docparse: FILE: problem`.
  static func report(_ error: InputError) {
    var line = "docparse: \(displayName(error.path)): \(Display.safe(error.problem))\n"
    line.withUTF8 { _ = write(fd: 2, $0) }
  }

  /// Writes text to stdout. A failed write (a full disk, a closed pipe) ends
  /// the run with a one-line error and exit status 1: output is never lost silently.
  static func emit(_ text: String) {
    var text = text
    text.withUTF8 { emit(buffer: $0) }
  }

  /// Writes bytes to stdout, with the same checks as `emit(_:)`.
  static func emit(bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { emit(buffer: $0) }
  }

  private static func emit(buffer: UnsafeBufferPointer<UInt8>) {
    guard !write(fd: 1, buffer) else { return }
    let problem = String(cString: strerror(errno))
    var message = "docparse: cannot write the output: \(problem)\n"
    message.withUTF8 { _ = write(fd: 2, $0) }
    exit(1)
  }

  /// Writes all of `buffer`; false when a write fails.
  static func write(fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while offset < buffer.count {
      let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      offset += n
    }
    return true
  }
}

/// A file that could not be read or decoded.
struct InputError: Error {
  let path: String
  let problem: String
}
