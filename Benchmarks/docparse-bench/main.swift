// docparse-bench: throughput of decoding and parsing whole documents on one core.
//
//   swift run -c release docparse-bench [DIR…] [--repeat N] [--check SECONDS] [--tokens]
//
// Reads every document (.txt .md .html) under the directories (default ../shared/corpus),
// decodes and parses each whole document (facts, status and subject included,
// no JSON), and prints MB/s overall and per top-level folder, the slowest
// files, and the files that could not be decoded. `--check S` exits 1 if a
// single file takes longer than S seconds; `--tokens` also times ICU word
// segmentation of the decoded text.

import DocParse
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

let options = BenchOptions(CommandLine.arguments.dropFirst())
let files = Corpus.files(under: options.directories)
guard !files.isEmpty else {
  print("docparse-bench: no files under \(options.directories.joined(separator: ", "))")
  exit(1)
}
var best: BenchResult? = nil
for round in 1...options.repeats {
  let result = BenchResult.measure(files, tokens: options.tokens)
  if options.repeats > 1 { print("round \(round): \(result.summaryLine)") }
  if best == nil || result.parse < best!.parse { best = result }
}
best!.report()
if let limit = options.check, let slowest = best!.slowest.first, slowest.seconds > limit {
  print("docparse-bench: \(slowest.path) took \(format(slowest.seconds)) s (limit \(format(limit)) s)")
  exit(1)
}
