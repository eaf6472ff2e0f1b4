#!/usr/bin/env bash
# Builds the fuzz target with libFuzzer and AddressSanitizer and runs it.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags]
# Corpus: Fuzz/corpus (seeded from Fixtures/ and Fuzz/make-inputs.py); crashes go to Fuzz/crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product docparse-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -D -Xswiftc FUZZING
mkdir -p Fuzz/corpus Fuzz/crashes
if [ -z "$(ls -A Fuzz/corpus)" ]; then
  find Fixtures -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) ! -name '*.tree.txt' -size -200k \
    -exec cp {} Fuzz/corpus/ \;
fi
"$scratch"/release/docparse-fuzz Fuzz/corpus -dict=Fuzz/dict.txt -max_len=204800 -rss_limit_mb=4096 \
  -max_total_time="$seconds" -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 "$@"
