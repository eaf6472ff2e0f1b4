/// Where JSON bytes go: an array (a value serialised whole) or a `ByteBuffer`
/// (the streamed output of a document, where appends are the hot path).
protocol ByteSink {
  mutating func append(_ byte: UInt8)
  mutating func append(bytes: UnsafeRawBufferPointer)
  /// Appends what `body` writes at the pointer it is given: at most
  /// `maxCount` bytes, and it returns how many it wrote. One capacity check
  /// for a whole run (a string's scalars, a number's digits), not one a byte.
  mutating func append(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int)
}

extension ByteSink {
  mutating func append(_ text: StaticString) {
    append(bytes: UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append(bytes: UnsafeRawBufferPointer($0)) }
  }
}

extension Array: ByteSink where Element == UInt8 {
  mutating func append(bytes: UnsafeRawBufferPointer) { append(contentsOf: bytes) }

  mutating func append(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    let old = count
    append(contentsOf: repeatElement(0, count: maxCount))
    let written = withUnsafeMutableBufferPointer { body($0.baseAddress! + old) }
    removeLast(maxCount - written)
  }
}

/// A growable run of bytes behind a raw pointer: an append is a bounds check
/// and a store (an array's append also checks its buffer is not shared).
/// Copies share the storage, so a buffer has one owner (`JSONStream`).
struct ByteBuffer: ByteSink {
  private final class Storage {
    let base: UnsafeMutablePointer<UInt8>
    init(capacity: Int) { base = .allocate(capacity: capacity) }
    deinit { base.deallocate() }
  }

  private var storage: Storage
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    storage = Storage(capacity: self.capacity)
    base = storage.base
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    let n = bytes.count
    if count + n > capacity { grow(to: count + n) }
    let target = UnsafeMutableRawPointer(base + count)
    // Keys and short values (most appends) as two overlapping word copies, not a call to memmove.
    if n >= 8 && n <= 16 {
      target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
      (target + n - 8).storeBytes(of: (source + n - 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
    } else if n >= 4 && n < 8 {
      target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
      (target + n - 4).storeBytes(of: (source + n - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
    } else {
      target.copyMemory(from: source, byteCount: n)
    }
    count += n
  }

  @inline(__always)
  mutating func append(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    if count + maxCount > capacity { grow(to: count + maxCount) }
    count += body(base + count)
  }

  /// The bytes written so far, as an array.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  mutating func removeAll() { count = 0 }

  private mutating func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let bigger = Storage(capacity: newCapacity)
    bigger.base.update(from: base, count: count)
    storage = bigger
    base = bigger.base
    capacity = newCapacity
  }
}
