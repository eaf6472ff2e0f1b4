import ArgumentParser
import DocParse
import Dispatch
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The inputs of `parse`, `facts` and `targets`: files, directories, a list of
/// files, or a JSON Lines stream of records, and how many workers run them.
struct BatchOptions: ParsableArguments {
  @Argument(help: "Documents or directories to read (- for stdin). Directories are read recursively.")
  var files: [String] = []

  @Option(
    name: .customLong("files-from"),
    help: ArgumentHelp("Read the list of inputs from FILE, one path per line (- for stdin).", valueName: "FILE"))
  var filesFrom: String?

  @Flag(help: "Read JSON Lines records {\"id\", \"text\"} or {\"id\", \"path\"} (from FILE or stdin) instead of documents.")
  var jsonl = false

  @Option(help: "Documents parsed at once (default: the number of cores plus one, so a core is not idle while a document is read). Output stays in input order.")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 || jobs > 512 { throw ValidationError("--jobs must be between 1 and 512, not \(jobs)") }
    if jsonl && filesFrom != nil { throw ValidationError("--jsonl and --files-from cannot be used together") }
  }

  var workerCount: Int { jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) + 1 }
}

/// One document of a batch: where it comes from and the id its output carries.
struct BatchItem: Sendable {
  enum Origin: Sendable {
    case path(String)
    case text(String)
    /// A record that could not be read; its problem becomes the document's error.
    case broken(String)
  }

  /// The id as JSON: the path for files, the record's own id for records.
  let id: JSON
  /// The name for messages and `source.name`.
  let name: String
  let origin: Origin
  /// Bytes on disk when known (for progress).
  var size: Int = 0
  /// The item's place in the batch, from 0.
  var index = 0

  /// Reads and imports the document.
  func load() throws(InputError) -> ImportedText {
    switch origin {
    case .path(let path): return try Input.source(path)
    case .text(let text):
      do {
        return try DocumentImporter.read(Array(text.utf8), name: name)
      } catch {
        throw InputError(path: name, problem: error.description)
      }
    case .broken(let problem): throw InputError(path: name, problem: problem)
    }
  }
}

/// Runs a batch: items in input order, `jobs` workers, a bounded window of
/// documents in flight, and each document's output written in input order.
/// A document that fails is reported and the batch goes on.
enum Batch {
  /// Collects the items of a batch. Paths are listed up front (a list of
  /// names is small); JSON Lines records are read one at a time.
  static func items(_ options: BatchOptions, each: (BatchItem) -> Void) throws(InputError) {
    var count = 0
    try listed(options) { item in
      var item = item
      item.index = count
      count += 1
      each(item)
    }
  }

  private static func listed(_ options: BatchOptions, each: (BatchItem) -> Void) throws(InputError) {
    if options.jsonl {
      for path in options.files.isEmpty ? ["-"] : options.files { try records(path, each: each) }
      return
    }
    var paths = options.files
    if let list = options.filesFrom {
      try LineReader.lines(of: list) { line, _ in
        let path = String(decoding: line, as: UTF8.self).trimmingTrailingCR
        if !path.isEmpty { paths.append(path) }
        return true
      }
    }
    if paths.isEmpty && options.filesFrom == nil { paths = ["-"] }
    for path in paths {
      var info = stat()
      if path != "-", stat(Input.rawPath(path), &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
        for file in directory(path) { each(file) }
      } else {
        let size = path != "-" && stat(Input.rawPath(path), &info) == 0 ? Int(info.st_size) : 0
        each(BatchItem(id: .string(path), name: path, origin: .path(path), size: size))
      }
    }
  }

  /// Whether failed documents stand in the output as `{"id","error"}`: for
  /// inputs docparse lists itself (a directory, --files-from, --jsonl records),
  /// where the consumer cannot tell otherwise which failed. With files named
  /// on the command line, a failure is the one-line error on stderr only, as
  /// tools that read `source.name` of each line expect.
  static func writesErrorRecords(_ options: BatchOptions) -> Bool {
    if options.jsonl || options.filesFrom != nil { return true }
    return options.files.contains { path in
      var info = stat()
      return path != "-" && stat(Input.rawPath(path), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
  }

  /// Whether the inputs form a batch (several documents, a directory, a list
  /// or records), whose output records carry ids.
  static func isBatch(_ options: BatchOptions) -> Bool {
    if options.jsonl || options.filesFrom != nil || options.files.count > 1 { return true }
    guard let only = options.files.first, only != "-" else { return false }
    var info = stat()
    return stat(Input.rawPath(only), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The regular files under a directory, depth first, names in byte order,
  /// hidden files and folders skipped; an unreadable folder is an error item.
  static func directory(_ root: String) -> [BatchItem] {
    var found: [BatchItem] = []
    var pending = [root]
    while let folder = pending.popLast() {
      guard let dir = opendir(Input.rawPath(folder)) else {
        found.append(BatchItem(id: .string(folder), name: folder, origin: .broken(String(cString: strerror(errno)))))
        continue
      }
      var names: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if !name.hasPrefix(".") { names.append(name) }
      }
      closedir(dir)
      var subfolders: [String] = []
      for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var info = stat()
        guard stat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: subfolders.append(path)
        case S_IFREG: found.append(BatchItem(id: .string(path), name: path, origin: .path(path), size: Int(info.st_size)))
        default: continue
        }
      }
      // Depth first, in name order: the last pushed is taken first.
      pending.append(contentsOf: subfolders.reversed())
    }
    return found
  }

  struct Record: Decodable {
    var id: FactRecords.ID
    var text: String?
    var path: String?
  }

  /// The records of a JSON Lines stream, one item per line; a line that is
  /// not a record becomes an item that fails with the line's problem.
  static func records(_ file: String, each: (BatchItem) -> Void) throws(InputError) {
    let tooLong = { (number: Int) in
      let where_ = "\(file) line \(number)"
      each(BatchItem(id: .string(where_), name: where_, origin: .broken("record longer than \(TextDecoder.maximumBytes * 2) bytes")))
    }
    try LineReader.lines(of: file, tooLong: tooLong) { line, number in
      guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { return true }
      let where_ = "\(file) line \(number)"
      guard let record = try? JSONDecoder().decode(Record.self, from: Data(line)) else {
        each(BatchItem(id: .string(where_), name: where_, origin: .broken("not a record {\"id\", \"text\"} or {\"id\", \"path\"}")))
        return true
      }
      let name: String
      switch record.id {
      case .string(let s): name = s
      case .int(let i): name = String(i)
      }
      if let text = record.text {
        each(BatchItem(id: record.id.json, name: name, origin: .text(text), size: text.utf8.count))
      } else if let path = record.path {
        each(BatchItem(id: record.id.json, name: path, origin: .path(path)))
      } else {
        each(BatchItem(id: record.id.json, name: name, origin: .broken("record has neither \"text\" nor \"path\"")))
      }
      return true
    }
  }

  /// Runs `work` over every item with `jobs` workers. `work` writes a
  /// document's output through the sink it is given; the outputs reach
  /// stdout in input order. `failure` writes what stands for a document that
  /// could not be read (an error record), after its one-line error on stderr.
  /// Returns whether every document was read.
  static func run(
    _ options: BatchOptions,
    work: @escaping @Sendable (BatchItem, @escaping ([UInt8]) -> Void) throws -> Void,
    failure: @escaping @Sendable (BatchItem, InputError, ([UInt8]) -> Void) -> Void = { _, _, _ in }
  ) -> Bool {
    let progress = Progress()
    // For an ETA the total is needed: files are listed once more (names and
    // sizes only) when the progress line is shown; record streams have no total.
    if progress.shown && !options.jsonl {
      var total = 0
      try? items(options) { total += $0.size }
      progress.expect(bytes: total)
    }
    // One document is written as it is produced; workers would buffer it whole.
    let jobs = isBatch(options) ? options.workerCount : 1
    var ok = true
    if jobs == 1 {
      do {
        try items(options) { item in
          do {
            try work(item) { Input.emit(bytes: $0) }
          } catch {
            let error = InputError(error, item: item)
            Input.report(error)
            failure(item, error) { Input.emit(bytes: $0) }
            ok = false
          }
          progress.done(item)
        }
      } catch {
        Input.report(error)
        ok = false
      }
      progress.finish()
      return ok
    }
    let ordered = OrderedWriter(window: jobs * 4)
    let workers = DispatchSemaphore(value: jobs)
    let group = DispatchGroup()
    let queue = DispatchQueue.global()
    var index = 0
    do {
      try items(options) { item in
        let slot = index
        index += 1
        ordered.waitForRoom(slot)
        workers.wait()
        group.enter()
        queue.async {
          let out = ByteBuffer()
          var failed = false
          do {
            try work(item) { out.bytes.append(contentsOf: $0) }
          } catch {
            let error = InputError(error, item: item)
            Input.report(error)
            out.bytes.removeAll()
            failure(item, error) { out.bytes.append(contentsOf: $0) }
            failed = true
          }
          workers.signal()
          ordered.deliver(slot, out.bytes, failed: failed)
          progress.done(item)
          group.leave()
        }
      }
    } catch {
      Input.report(error)
      ok = false
    }
    group.wait()
    progress.finish()
    return ok && !ordered.anyFailed
  }
}

/// One document's output while a worker writes it.
private final class ByteBuffer {
  var bytes: [UInt8] = []
}

extension InputError {
  /// Any error of a document's work as the document's error.
  init(_ error: any Error, item: BatchItem) {
    self = (error as? InputError) ?? InputError(path: item.name, problem: "\(error)")
  }
}

/// Writes the outputs of documents finished out of order in input order, and
/// holds back new work while too many finished outputs wait for an earlier one.
final class OrderedWriter: Sendable {
  private struct State {
    var waiting: [Int: [UInt8]] = [:]
    var next = 0
    var failed = false
  }
  private let state = Mutex(State())
  private let room: DispatchSemaphore

  init(window: Int) { room = DispatchSemaphore(value: window) }

  var anyFailed: Bool { state.withLock { $0.failed } }

  /// Blocks until document `slot` may start: at most `window` documents are
  /// started and not yet written.
  func waitForRoom(_ slot: Int) { room.wait() }

  func deliver(_ slot: Int, _ bytes: [UInt8], failed: Bool) {
    state.withLock { s in
      if failed { s.failed = true }
      s.waiting[slot] = bytes
      while let out = s.waiting.removeValue(forKey: s.next) {
        if !out.isEmpty { Input.emit(bytes: out) }
        s.next += 1
        room.signal()
      }
    }
  }
}

/// A progress line on stderr (documents, MB, MB/s) when stderr is a terminal.
final class Progress: Sendable {
  private struct State {
    var documents = 0
    var bytes = 0
    var total = 0
    var lastShown = ContinuousClock.now
  }
  private let state = Mutex(State())
  let shown = isatty(2) != 0

  /// The bytes the batch will read, for the ETA.
  func expect(bytes: Int) { state.withLock { $0.total = bytes } }
  private let start = ContinuousClock.now

  func done(_ item: BatchItem) {
    guard shown else { return }
    state.withLock { s in
      s.documents += 1
      s.bytes += item.size
      let now = ContinuousClock.now
      if now - s.lastShown > .milliseconds(200) {
        s.lastShown = now
        show(s, now)
      }
    }
  }

  func finish() {
    guard shown else { return }
    let s = state.withLock { $0 }
    guard s.documents > 1 else { return }
    show(s, .now)
    var end = "\n"
    end.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }

  private func show(_ s: State, _ now: ContinuousClock.Instant) {
    let elapsed = now - start
    let seconds = max(0.001, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    let mb = Double(s.bytes) / 1_000_000
    var line = "\rdocparse: \(s.documents) documents, \(String(format1: mb)) MB, \(String(format1: mb / seconds)) MB/s"
    if s.total > s.bytes && s.bytes > 0 {
      let left = Int(Double(s.total - s.bytes) / (Double(s.bytes) / seconds))
      line += ", ETA \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60)"
    }
    line += "   "
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }
}

extension String {
  fileprivate init(format1 value: Double) {
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(tenths % 10)"
  }

  var trimmingTrailingCR: String { hasSuffix("\r") ? String(dropLast()) : self }
}

/// Reads a file or stdin line by line in bounded chunks, so a stream of any
/// length needs memory for one line only.
enum LineReader {
  /// Calls `each` with every line (without its `\n`) and its 1-based number
  /// until it returns false. A line longer than twice the document size limit
  /// is skipped and reported through `tooLong` with its number.
  static func lines(
    of path: String, tooLong: (Int) -> Void = { _ in }, each: (ArraySlice<UInt8>, Int) -> Bool
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
    while true {
      let n = read(fd, &buffer, buffer.count)
      if n < 0 {
        if errno == EINTR { continue }
        throw InputError(path: path, problem: "read error: " + String(cString: strerror(errno)))
      }
      if n == 0 { break }
      var start = 0
      for i in 0..<n where buffer[i] == 0x0A {
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
}
