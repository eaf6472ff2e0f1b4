import FoundationEssentials

/// The benchmark's inputs: every document (`.txt`, `.md`, `.html`) under some
/// directories, read up front, except the corpus's own README.md.
enum Corpus {
  static let extensions = [".txt", ".md", ".html", ".htm"]

  struct File {
    let path: String
    /// The first directory level under the root, for per-folder rates.
    let folder: String
    let bytes: [UInt8]
  }

  static func files(under roots: [String]) -> [File] {
    var files: [File] = []
    for root in roots {
      for relative in paths(under: root, prefix: "") {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)) else { continue }
        let folder = relative.contains("/") ? String(relative.split(separator: "/")[0]) : "."
        files.append(File(path: root + "/" + relative, folder: folder, bytes: [UInt8](data)))
      }
    }
    return files.sorted { $0.path < $1.path }
  }

  /// Regular files below `root/prefix`, as paths relative to `root`.
  private static func paths(under root: String, prefix: String) -> [String] {
    let dir = prefix.isEmpty ? root : root + "/" + prefix
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
    var found: [String] = []
    for name in names {
      let relative = prefix.isEmpty ? name : prefix + "/" + name
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory) else { continue }
      if isDirectory {
        found += paths(under: root, prefix: relative)
      } else if extensions.contains(where: name.hasSuffix), relative != "README.md" {
        found.append(relative)
      }
    }
    return found
  }
}

/// Command-line options of docparse-bench.
struct BenchOptions {
  var directories: [String] = []
  var repeats = 1
  var check: Double? = nil
  var tokens = false

  init(_ arguments: ArraySlice<String>) {
    var args = arguments.makeIterator()
    while let a = args.next() {
      switch a {
      case "--repeat": repeats = max(1, Int(args.next() ?? "") ?? 1)
      case "--check": check = Double(args.next() ?? "")
      case "--tokens": tokens = true
      default: directories.append(a)
      }
    }
    if directories.isEmpty { directories = ["../shared/corpus"] }
  }
}
