import DocParse
import FoundationEssentials

/// Timings of one pass over the corpus.
struct BenchResult {
  var bytes = 0
  var documents = 0
  var decode: Duration = .zero
  var parse: Duration = .zero
  var tokenize: Duration? = nil
  var folders: [String: (bytes: Int, time: Duration)] = [:]
  var slowest: [(path: String, seconds: Double)] = []
  var failures: [(path: String, reason: String)] = []

  static func measure(_ files: [Corpus.File], tokens: Bool) -> BenchResult {
    var r = BenchResult()
    let clock = ContinuousClock()
    let tokenizer = tokens ? try? Tokenizer() : nil
    if tokens { r.tokenize = .zero }
    for file in files {
      r.bytes += file.bytes.count
      let t0 = clock.now
      let source: ImportedText
      do {
        source = try DocumentImporter.read(file.bytes, name: file.path)
      } catch {
        r.failures.append((file.path, error.description))
        continue
      }
      let t1 = clock.now
      let result = DocParser.parse(source)
      let t2 = clock.now
      precondition(result.document.span.end == source.source.count)
      r.documents += 1
      r.decode += t1 - t0
      r.parse += t2 - t1
      let entry = r.folders[file.folder, default: (0, .zero)]
      r.folders[file.folder] = (entry.bytes + file.bytes.count, entry.time + (t2 - t0))
      r.slowest.append((file.path, seconds(t2 - t0)))
      if let tokenizer {
        let t3 = clock.now
        _ = try? tokenizer.words(in: source.source, span: Span(0, source.source.count))
        r.tokenize! += clock.now - t3
      }
    }
    r.slowest.sort { $0.seconds > $1.seconds }
    r.slowest = Array(r.slowest.prefix(5))
    return r
  }

  var summaryLine: String {
    "\(documents) documents, \(mb(bytes)) MB: decode \(rate(bytes, decode)) MB/s, parse \(rate(bytes, parse)) MB/s, "
      + "overall \(rate(bytes, decode + parse)) MB/s"
  }

  func report() {
    print(summaryLine)
    print("decode \(format(seconds(decode))) s, parse \(format(seconds(parse))) s (one core, facts included, no JSON)")
    if let tokenize { print("ICU word segmentation: \(format(seconds(tokenize))) s, \(rate(bytes, tokenize)) MB/s") }
    print("per folder:")
    for (folder, v) in folders.sorted(by: { $0.key < $1.key }) {
      print("  \(folder): \(mb(v.bytes)) MB, \(rate(v.bytes, v.time)) MB/s")
    }
    print("slowest:")
    for s in slowest { print("  \(format(s.seconds * 1000)) ms  \(s.path)") }
    print("not decoded: \(failures.count)")
    for f in failures.prefix(10) { print("  \(f.path): \(f.reason)") }
  }
}

func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

func mb(_ bytes: Int) -> String { format(Double(bytes) / 1_000_000) }

func rate(_ bytes: Int, _ d: Duration) -> String {
  let s = seconds(d)
  return s > 0 ? format(Double(bytes) / 1_000_000 / s) : "∞"
}

func format(_ x: Double) -> String {
  let scaled = (x * 100).rounded() / 100
  return String(scaled)
}
