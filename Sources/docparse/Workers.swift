import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The groups of documents waiting for a worker, first in first out. A
/// worker sleeps only when there is nothing to take and nothing to help with.
final class GroupQueue: Sendable {
  private struct State {
    var groups: [WorkGroup] = []
    var first = 0
    var closed = false
    var sleepers = 0

    mutating func pop() -> WorkGroup? {
      guard first < groups.count else { return nil }
      let group = groups[first]
      first += 1
      if first == groups.count {
        groups.removeAll(keepingCapacity: true)
        first = 0
      }
      return group
    }
  }
  private let state = Mutex(State())
  private let wake = DispatchSemaphore(value: 0)

  func push(_ group: WorkGroup) {
    let sleeper = state.withLock { s in
      s.groups.append(group)
      guard s.sleepers > 0 else { return false }
      s.sleepers -= 1
      return true
    }
    if sleeper { wake.signal() }
  }

  /// No more groups: workers finish what is queued and stop. What is queued
  /// then, the batch's last documents, is taken one document at a time and
  /// the largest first, so that the batch ends with short documents on every
  /// core, not with one core parsing a long report while the others wait.
  func close() {
    let sleepers = state.withLock { s in
      let last = s.groups[s.first...].flatMap(\.documents).sorted { $0.item.size > $1.item.size }
      s.groups = last.map { WorkGroup([$0]) }
      s.first = 0
      s.closed = true
      defer { s.sleepers = 0 }
      return s.sleepers
    }
    for _ in 0..<sleepers { wake.signal() }
  }

  /// The next group; while there is none, `help` runs (it returns false when
  /// it found nothing to do) and then the worker sleeps until a group comes.
  /// Nil once the queue is closed and empty.
  func take(orElse help: () -> Bool) -> WorkGroup? {
    while true {
      if let group = state.withLock({ $0.pop() }) { return group }
      if help() { continue }
      switch state.withLock({ s -> WorkGroup?? in
        if let group = s.pop() { return .some(group) }
        if s.closed { return .some(nil) }
        s.sleepers += 1
        return nil
      }) {
      case .some(let group): return group
      case .none: wake.wait()
      }
    }
  }
}

/// Long-lived worker threads running the same body, joined at the end. A
/// thread that cannot be created runs as a block on a dispatch queue instead.
final class WorkerThreads {
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }
  private var threads: [pthread_t] = []
  private let blocks = DispatchGroup()

  init(count: Int, _ body: @escaping @Sendable () -> Void) {
    for _ in 0..<count {
      let context = Unmanaged.passRetained(Body(body)).toOpaque()
      var thread = pthread_t()
      let started = pthread_create(
        &thread, nil,
        { context in
          Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
          return nil
        }, context)
      if started == 0 {
        threads.append(thread)
      } else {
        Unmanaged<Body>.fromOpaque(context).release()
        DispatchQueue.global().async(group: blocks, execute: body)
      }
    }
  }

  func join() {
    for thread in threads { pthread_join(thread, nil) }
    threads = []
    blocks.wait()
  }
}
