import DocParse
import Dispatch
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// One document's output while a worker writes it.
final class DocumentOutput {
  var bytes: [UInt8] = []
}

extension InputError {
  /// Any error of a document's work as the document's error.
  init(_ error: any Error, item: BatchItem) {
    self = (error as? InputError) ?? InputError(path: item.name, problem: "\(error)")
  }
}

/// Writes the outputs of documents finished out of order in input order, and
/// holds back new work while too many groups of documents are started and not
/// yet written. The producer held back sleeps until half the window is free
/// again, not until the next group is written: one wake-up per half window.
final class OrderedWriter: Sendable {
  private struct State {
    var waiting: [Int: [UInt8]] = [:]
    var next = 0
    var failed = false
    /// The last slot of each group of documents started and not yet written.
    var groupEnds: Set<Int> = []
    var producerWaits = false
  }
  private let state = Mutex(State())
  private let room = DispatchSemaphore(value: 0)
  private let window: Int

  /// At most `window` groups of documents are started and not yet written.
  init(window: Int) { self.window = max(2, window) }

  var anyFailed: Bool { state.withLock { $0.failed } }

  /// Blocks until a group of documents ending at `last` may start.
  func waitForRoom(endingAt last: Int) {
    while true {
      let started = state.withLock { s in
        guard s.groupEnds.count < window else {
          s.producerWaits = true
          return false
        }
        s.groupEnds.insert(last)
        return true
      }
      if started { return }
      room.wait()
    }
  }

  func deliver(_ slot: Int, _ bytes: [UInt8], failed: Bool) {
    state.withLock { s in
      if failed { s.failed = true }
      s.waiting[slot] = bytes
      while let out = s.waiting.removeValue(forKey: s.next) {
        if !out.isEmpty { Input.emit(bytes: out) }
        s.groupEnds.remove(s.next)
        s.next += 1
      }
      if s.producerWaits && s.groupEnds.count <= window / 2 {
        s.producerWaits = false
        room.signal()
      }
    }
  }
}

/// Documents started together on one worker, taken one at a time by it or,
/// once it has run out of its own, by another worker.
final class WorkGroup: Sendable {
  let documents: [(slot: Int, item: BatchItem)]
  private let next = Atomic<Int>(0)

  init(_ documents: [(slot: Int, item: BatchItem)]) { self.documents = documents }

  /// The next document no worker has taken, or nil.
  func claim() -> (slot: Int, item: BatchItem)? {
    let k = next.add(1, ordering: .relaxed).oldValue
    return k < documents.count ? documents[k] : nil
  }
}

/// The groups of documents being worked on.
final class RunningGroups: Sendable {
  private let groups = Mutex<[WorkGroup]>([])

  func add(_ group: WorkGroup) { groups.withLock { $0.append(group) } }

  func remove(_ group: WorkGroup) { groups.withLock { $0.removeAll { $0 === group } } }

  /// A document of a running group that no worker has taken yet, or nil.
  func claimAny() -> (slot: Int, item: BatchItem)? {
    groups.withLock { groups in
      for group in groups {
        if let document = group.claim() { return document }
      }
      return nil
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
