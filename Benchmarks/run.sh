#!/usr/bin/env bash
# One command for the benchmark table: the CLI end to end (JSON written to
# /dev/null) over ../shared/corpus with one job and with all cores (MB/s,
# documents/s, peak RSS), and JioNLP's money extraction over the same files in
# the same run (a throwaway venv under .build/, `pip install jionlp`) as a ratio.
#   bash Benchmarks/run.sh [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
swift build -c release >/dev/null 2>&1
bin=.build/release/docparse
mapfile -t files < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
bytes=$(cat "${files[@]}" | wc -c)
cores=$(nproc)
list=$(mktemp)
trap 'rm -f "$list" "$list.time"' EXIT
printf '%s\n' "${files[@]}" >"$list"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
row() { # LABEL SECONDS RSS_KB
  awk -v l="$1" -v s="$2" -v k="$3" -v b="$bytes" -v n="${#files[@]}" \
    'BEGIN { printf "| %-44s | %7.2f | %7.1f | %8.0f | %7.0f |\n", l, s, b / 1e6 / s, n / s, k / 1024 }'
}
run() { # [--jobs N] → best of 3: seconds and peak RSS
  local best=999999 rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$list.time" "$bin" parse --files-from "$list" "$@" >/dev/null 2>&1 || true
    read -r s k < <(tail -1 "$list.time")
    if awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; rss=$k; fi
  done
  echo "$best $rss"
}
echo "docparse benchmark: ${#files[@]} documents, $(mb "$bytes") MB, $cores cores"
echo
echo "| run                                          | seconds |    MB/s |  docs/s | RSS MB |"
echo "|----------------------------------------------|---------|---------|----------|--------|"
read -r s1 k1 < <(run --jobs 1)
row "docparse parse, JSON written, 1 job" "$s1" "$k1"
read -r sn kn < <(run)
row "docparse parse, all $cores cores (default jobs)" "$sn" "$kn"
venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import jionlp' >/dev/null 2>&1; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q jionlp >/dev/null 2>&1 || true
fi
if "$venv/bin/python" -c 'import jionlp' >/dev/null 2>&1; then
  read -r _ jbytes js jfound < <("$venv/bin/python" Benchmarks/jionlp_money.py "${files[@]}" 2>/dev/null | tail -1)
  awk -v s="$js" -v b="$jbytes" -v n="${#files[@]}" \
    'BEGIN { printf "| %-44s | %7.2f | %7.1f | %8.0f |      - |\n", "JioNLP extract_money, in-process", s, b / 1e6 / s, n / s }'
  echo
  awk -v a="$s1" -v an="$sn" -v j="$js" -v b="$bytes" -v jb="$jbytes" 'BEGIN {
    printf "docparse / JioNLP money (MB/s): %.1fx with 1 job, %.1fx with all cores; all cores / 1 job: %.2fx\n",
      (b / a) / (jb / j), (b / an) / (jb / j), a / an }'
else
  echo
  echo "JioNLP not available (pip install jionlp failed): no ratio"
fi
