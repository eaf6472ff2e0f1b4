import FoundationEssentials
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What a run of the `docparse` binary produced.
struct Run {
  let status: Int32
  let stdout: String
  let stderr: String
  /// The child's peak resident memory in bytes.
  var peakMemory = 0

  var stdoutLines: [Substring] { stdout.split(separator: "\n") }
  var stderrLines: [Substring] { stderr.split(separator: "\n") }
}

/// Runs the built `docparse` with arguments and optional standard input,
/// capturing both outputs through temporary files (no pipes to deadlock on).
enum CLI {
  static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
  }()

  /// The executable next to this test bundle (debug or release build), else the debug build.
  static let binary: String = {
    var exe = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &exe, exe.count - 1)
    if n > 0 {
      let path = String(decoding: exe[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      var dir = path.split(separator: "/", omittingEmptySubsequences: false)
      while !dir.isEmpty {
        dir.removeLast()
        let candidate = dir.joined(separator: "/") + "/docparse"
        if access(candidate, X_OK) == 0 { return candidate }
        if dir.last == ".build" { break }
      }
    }
    return root + "/.build/debug/docparse"
  }()

  static func fixture(_ name: String) -> String { root + "/Fixtures/" + name }

  /// A new temporary file holding `bytes`.
  static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") -> String {
    var template = Array((FileManager.default.temporaryDirectory.path + "/docparse-cli-XXXXXX" + suffix).utf8CString)
    let fd = mkstemps(&template, Int32(suffix.utf8.count))
    precondition(fd >= 0, "mkstemps failed")
    bytes.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return String(cString: template)
  }

  /// Runs the binary; `stdout` names a file to write to instead of a capture
  /// (`/dev/full`), and `closedStdout` runs it with descriptor 1 closed.
  /// `environment` entries (`NAME=value`) are added to the test's own.
  static func run(
    _ arguments: [String], stdin: [UInt8]? = nil, stdout: String? = nil, closedStdout: Bool = false,
    environment: [String] = []
  ) -> Run {
    let input = stdin.map { temporaryFile($0) } ?? "/dev/null"
    let out = stdout ?? temporaryFile([])
    let err = temporaryFile([])
    defer { for f in (stdout == nil ? [out] : []) + [err] + (stdin == nil ? [] : [input]) { unlink(f) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    if closedStdout {
      posix_spawn_file_actions_addclose(&actions, 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | (stdout == nil ? O_TRUNC : 0), 0o644)
    }
    posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var env: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) }
    defer { for p in env { free(p) } }
    var k = 0
    while let entry = environ[k] {
      env.append(strdup(entry))
      k += 1
    }
    env.append(nil)
    var pid = pid_t()
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, env)
    precondition(spawned == 0, "cannot run \(binary): \(String(cString: strerror(spawned)))")
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Run(
      status: exit, stdout: stdout == nil ? read(out) : "", stderr: read(err), peakMemory: usage.ru_maxrss * 1024)
  }

  static func read(_ path: String) -> String {
    (try? String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)) ?? ""
  }

  static func bytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
  }
}

/// Any JSON value, decoded with FoundationEssentials' `JSONDecoder`.
enum JSONValue: Decodable {
  case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  static func parse(_ text: Substring) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  var int: Int? {
    if case .number(let n) = self { return Int(exactly: n) }
    return nil
  }

  var array: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }
}

/// A `docparse` run with pipes on both sides, for a client that writes a
/// line, waits for the answer, then writes the next.
final class Conversation {
  private let pid: pid_t
  private var input: Int32
  private let output: Int32
  private var received: [UInt8] = []

  init(_ arguments: [String]) {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    precondition(pipe(&toChild) == 0 && pipe(&fromChild) == 0, "pipe failed")
    // Close-on-exec (the child gets its copies as 0 and 1): a child spawned
    // by a test beside this one must not hold this child's input open.
    for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([CLI.binary] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, CLI.binary, &actions, nil, argv, environ)
    precondition(spawned == 0, "cannot run \(CLI.binary)")
    self.pid = pid
    close(toChild[0])
    close(fromChild[1])
    input = toChild[1]
    output = fromChild[0]
  }

  func send(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(input, $0.baseAddress, $0.count) }
  }

  /// The next output line, or nil when none comes within `seconds`.
  func receive(within seconds: Int32) -> String? {
    while true {
      if let end = received.firstIndex(of: 0x0A) {
        defer { received.removeSubrange(...end) }
        return String(decoding: received[..<end], as: UTF8.self)
      }
      var poll = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
      guard Glibc.poll(&poll, 1, seconds * 1000) > 0 else { return nil }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let n = read(output, &chunk, chunk.count)
      guard n > 0 else { return nil }
      received += chunk[..<n]
    }
  }

  /// Closes the input and waits for the exit status.
  func finish() -> Int32 {
    if input >= 0 { close(input) }
    input = -1
    while receive(within: 30) != nil {}
    close(output)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
  }
}
