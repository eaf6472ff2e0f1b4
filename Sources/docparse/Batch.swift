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

  @Option(help: "Documents parsed at once (default: the number of cores). Output stays in input order.")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 || jobs > 512 { throw ValidationError("--jobs must be between 1 and 512, not \(jobs)") }
    if jsonl && filesFrom != nil { throw ValidationError("--jsonl and --files-from cannot be used together") }
  }

  var workerCount: Int { jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
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
  /// Collects the items of a batch as they are read: paths (a directory's
  /// files in order), the lines of a list, JSON Lines records. `waiting` is
  /// called when the next item waits for a pipe's writer.
  static func items(_ options: BatchOptions, waiting: () -> Void = {}, each: (BatchItem) -> Void) throws(InputError) {
    var count = 0
    try listed(options, waiting: waiting) { item in
      var item = item
      item.index = count
      count += 1
      each(item)
    }
  }

  private static func listed(
    _ options: BatchOptions, waiting: () -> Void, each: (BatchItem) -> Void
  ) throws(InputError) {
    if options.jsonl {
      for path in options.files.isEmpty ? ["-"] : options.files { try records(path, waiting: waiting, each: each) }
      return
    }
    for path in options.files { listed(path, each: each) }
    if let list = options.filesFrom {
      try LineReader.lines(of: list, waiting: waiting) { line, _ in
        let path = String(decoding: line, as: UTF8.self).trimmingTrailingCR
        if !path.isEmpty { listed(path, each: each) }
        return true
      }
    }
    if options.files.isEmpty && options.filesFrom == nil { listed("-", each: each) }
  }

  /// A path named on the command line or in a list: a file, or the files of a directory.
  private static func listed(_ path: String, each: (BatchItem) -> Void) {
    var info = stat()
    let found = path != "-" && stat(Input.rawPath(path), &info) == 0
    if found && info.st_mode & S_IFMT == S_IFDIR {
      for file in directory(path) { each(file) }
    } else {
      each(BatchItem(id: .string(path), name: path, origin: .path(path), size: found ? Int(info.st_size) : 0))
    }
  }

  /// Whether failed documents stand in the output as `{"id","error"}`: for
  /// inputs docparse lists itself (a directory, --files-from, --jsonl records),
  /// where the consumer cannot tell otherwise which failed. With files named
  /// on the command line, a failure is the one-line error on stderr only, as
  /// tools that read `source.name` of each line expect.
  static func writesErrorRecords(_ options: BatchOptions) -> Bool {
    if options.jsonl || options.filesFrom != nil { return true }
    return options.files.contains(where: Input.isDirectory)
  }

  /// Whether the inputs form a batch (several documents, a directory, a list
  /// or records), whose output records carry ids.
  static func isBatch(_ options: BatchOptions) -> Bool {
    if options.jsonl || options.filesFrom != nil || options.files.count > 1 { return true }
    return options.files.first.map(Input.isDirectory) ?? false
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
  static func records(_ file: String, waiting: () -> Void = {}, each: (BatchItem) -> Void) throws(InputError) {
    let tooLong = { (number: Int) in
      let where_ = "\(file) line \(number)"
      each(BatchItem(id: .string(where_), name: where_, origin: .broken("record longer than \(TextDecoder.maximumBytes * 2) bytes")))
    }
    try LineReader.lines(of: file, tooLong: tooLong, waiting: waiting) { line, number in
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

  /// At most this many documents, or this much input, go to a worker at once.
  static let groupLimit = 16
  static let groupBytes = 256 * 1024

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
    if progress.shown && !options.jsonl && options.filesFrom != "-" {
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
    let ordered = OrderedWriter(window: jobs * 8)
    let queue = GroupQueue()
    let running = RunningGroups()
    @Sendable func process(_ slot: Int, _ item: BatchItem) {
      let out = DocumentOutput()
      var failed = false
      do {
        // The first piece (a whole document's JSON up to 64 KB) is kept, not copied.
        try work(item) { if out.bytes.isEmpty { out.bytes = $0 } else { out.bytes.append(contentsOf: $0) } }
      } catch {
        let error = InputError(error, item: item)
        Input.report(error)
        out.bytes.removeAll()
        failure(item, error) { out.bytes.append(contentsOf: $0) }
        failed = true
      }
      ordered.deliver(slot, out.bytes, failed: failed)
      progress.done(item)
    }
    // Workers are long-lived threads that take groups from a queue the main
    // thread fills ahead of them: a hand-off through the main thread per group
    // woke a thread (a context switch, on a virtual machine an exit) several
    // hundred times a batch. A worker finding the queue empty takes the
    // documents not yet started of the groups still running, so that the
    // batch does not end with one core waiting for another's last group.
    let workers = WorkerThreads(count: jobs) {
      while let documents = queue.take(orElse: {
        guard let (slot, item) = running.claimAny() else { return false }
        process(slot, item)
        return true
      }) {
        running.add(documents)
        while let (slot, item) = documents.claim() { process(slot, item) }
        running.remove(documents)
      }
    }
    // Consecutive small documents go to a worker together (up to `groupLimit`
    // documents or `groupBytes` of input): a hand-off per document cost more
    // than parsing a short notice.
    var pending: [(slot: Int, item: BatchItem)] = []
    var pendingBytes = 0
    var index = 0
    func start() {
      guard let last = pending.last?.slot else { return }
      let documents = WorkGroup(pending)
      pending = []
      pendingBytes = 0
      ordered.waitForRoom(endingAt: last)
      queue.push(documents)
    }
    do {
      try items(options, waiting: start) { item in
        pending.append((index, item))
        pendingBytes += item.size
        index += 1
        if pending.count >= Self.groupLimit || pendingBytes >= Self.groupBytes { start() }
      }
      start()
    } catch {
      start()
      Input.report(error)
      ok = false
    }
    queue.close()
    workers.join()
    progress.finish()
    return ok && !ordered.anyFailed
  }
}
