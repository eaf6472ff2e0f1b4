#!/usr/bin/env bash
# Builds the fuzz target with libFuzzer and AddressSanitizer and runs it.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags]
# Leak checks are off (also at exit): Foundation's FileManager, under ZIPFoundation's file-backed
# archive (ZIP64 only), keeps 55 bytes per path.
# Corpus: .build-fuzz/corpus (seeded from Fixtures/ and Fuzz/make-inputs.py); crashes go to .build-fuzz/crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product docparse-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -D -Xswiftc FUZZING
mkdir -p .build-fuzz/corpus .build-fuzz/crashes
if [ -z "$(ls -A .build-fuzz/corpus)" ]; then
  find Fixtures -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.docx' -o -name '*.pdf' -o -name '*.ofd' \) ! -name '*.tree.txt' -size -200k \
    -exec cp {} .build-fuzz/corpus/ \;
fi
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$scratch"/release/docparse-fuzz .build-fuzz/corpus -dict=Fuzz/dict.txt -max_len=204800 -rss_limit_mb=4096 \
  -max_total_time="$seconds" -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1 -detect_leaks=0 "$@"
