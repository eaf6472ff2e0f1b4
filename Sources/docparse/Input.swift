import DocParse

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and reporting errors the same way in every subcommand.
enum Input {
  /// Reads a file, or stdin for `-`.
  static func bytes(of path: String) throws(InputError) -> [UInt8] {
    if path == "-" {
      guard isatty(0) == 0 else {
        throw InputError(
          path: "-", problem: "standard input is a terminal: give a FILE or pipe a document in (see --help)")
      }
      return readAll(fd: 0)
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError(path: path, problem: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      throw InputError(path: path, problem: "is a directory")
    }
    return readAll(fd: fd)
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

  private static func readAll(fd: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = read(fd, &buffer, buffer.count)
      if n <= 0 { break }
      result.append(contentsOf: buffer[0..<n])
    }
    return result
  }

  /// Prints one line to stderr: `docparse: FILE: problem`.
  static func report(_ error: InputError) {
    write(fd: 2, "docparse: \(error.path): \(error.problem)\n")
  }

  /// Writes text to stdout.
  static func emit(_ text: String) {
    write(fd: 1, text)
  }

  private static func write(fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
  }
}

/// A file that could not be read or decoded.
struct InputError: Error {
  let path: String
  let problem: String
}
