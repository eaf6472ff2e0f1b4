import DocParse

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file or stdin line by line in bounded chunks, so a stream of any
/// length needs memory for one line only.
enum LineReader {
  /// Calls `each` with every line (without its `\n`) and its 1-based number
  /// until it returns false. A line longer than twice the document size limit
  /// is skipped and reported through `tooLong` with its number. `waiting` is
  /// called before a read that would wait for a pipe's writer, so that what
  /// was read so far can be acted on (a client waiting for one record's
  /// output before it writes the next).
  static func lines(
    of path: String, tooLong: (Int) -> Void = { _ in }, waiting: () -> Void = {},
    each: (ArraySlice<UInt8>, Int) -> Bool
  ) throws(InputError) {
    let fd: Int32
    if path == "-" {
      guard isatty(0) == 0 else {
        throw InputError(path: "-", problem: "standard input is a terminal: pipe the list or the records in")
      }
      fd = 0
    } else {
      var info = stat()
      guard stat(Input.rawPath(path), &info) == 0 else { throw InputError(path: path, problem: String(cString: strerror(errno))) }
      guard info.st_mode & S_IFMT == S_IFREG || info.st_mode & S_IFMT == S_IFIFO else {
        throw InputError(path: path, problem: "is not a regular file")
      }
      fd = open(Input.rawPath(path), O_RDONLY)
      guard fd >= 0 else { throw InputError(path: path, problem: String(cString: strerror(errno))) }
    }
    defer { if fd != 0 { close(fd) } }
    var pending: [UInt8] = []
    var skipping = false
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var number = 0
    var info = stat()
    let mayWait = fstat(fd, &info) != 0 || info.st_mode & S_IFMT != S_IFREG
    while true {
      if mayWait && !readable(fd) { waiting() }
      let n = read(fd, &buffer, buffer.count)
      if n < 0 {
        if errno == EINTR { continue }
        throw InputError(path: path, problem: "read error: " + String(cString: strerror(errno)))
      }
      if n == 0 { break }
      var start = 0
      while let i = newline(in: buffer, from: start, to: n) {
        number += 1
        if skipping {
          // The end of a line that was too long: reported already, not read.
          skipping = false
          start = i + 1
          continue
        }
        let keepGoing: Bool
        if pending.isEmpty {
          keepGoing = each(buffer[start..<i], number)
        } else {
          pending.append(contentsOf: buffer[start..<i])
          keepGoing = each(pending[...], number)
          pending.removeAll(keepingCapacity: true)
        }
        if !keepGoing { return }
        start = i + 1
      }
      if !skipping { pending.append(contentsOf: buffer[start..<n]) }
      if pending.count > TextDecoder.maximumBytes * 2 {
        // One line over the limit is that line's problem; the next lines are still read.
        tooLong(number + 1)
        pending = []
        skipping = true
      }
    }
    if !pending.isEmpty && !skipping { _ = each(pending[...], number + 1) }
  }

  /// Whether a read of `fd` would return at once (data, end of file or an error).
  private static func readable(_ fd: Int32) -> Bool {
    var poll = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    return Glibc.poll(&poll, 1, 0) != 0
  }

  /// The offset of the first `\n` of `buffer[from..<to]`, or nil.
  private static func newline(in buffer: [UInt8], from: Int, to: Int) -> Int? {
    buffer.withUnsafeBufferPointer { Input.index(of: 0x0A, in: $0, from: from, to: to) }
  }
}
