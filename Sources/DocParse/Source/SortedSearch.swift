/// Binary search over things sorted by a start offset.
enum SortedSearch {
  /// The number of leading elements (of `count`) whose start is at or before
  /// `offset`; `start(i)` must not decrease with `i`.
  @inline(__always)
  static func countStarting(atOrBefore offset: Int, count: Int, start: (Int) -> Int) -> Int {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if start(mid) <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
