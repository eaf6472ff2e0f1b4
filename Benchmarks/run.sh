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
    'BEGIN { printf "| %-44s | %7.3f | %7.1f | %8.0f | %7.0f |\n", l, s, b / 1e6 / s, n / s, k / 1024 }'
}
rounds=5
once() { # ARGS… → "seconds rss_kb" of one run (wall clock in microseconds, peak RSS from time)
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$list.time" "$bin" parse --files-from "$list" "$@" >/dev/null 2>&1 || true
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') $(tail -1 "$list.time")"
}
# One job and all cores alternate, round after round, so that a busy spell of
# the machine falls on both; the table shows each one's best round, the line
# under it the medians.
one=() all=() rss1=0 rssn=0
for _ in $(seq "$rounds"); do
  read -r s k < <(once --jobs 1); one+=("$s"); [ "$k" -gt "$rss1" ] && rss1=$k
  read -r s k < <(once); all+=("$s"); [ "$k" -gt "$rssn" ] && rssn=$k
done
best() { printf '%s\n' "$@" | sort -n | head -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
s1=$(best "${one[@]}") sn=$(best "${all[@]}")
echo "docparse benchmark: ${#files[@]} documents, $(mb "$bytes") MB, $cores cores, best of $rounds alternating rounds"
echo
echo "| run                                          | seconds |    MB/s |  docs/s | RSS MB |"
echo "|----------------------------------------------|---------|---------|----------|--------|"
row "docparse parse, JSON written, 1 job" "$s1" "$rss1"
row "docparse parse, all $cores cores (default jobs)" "$sn" "$rssn"
venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import jionlp' >/dev/null 2>&1; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q jionlp >/dev/null 2>&1 || true
fi
if "$venv/bin/python" -c 'import jionlp' >/dev/null 2>&1; then
  read -r _ jbytes js jfound < <("$venv/bin/python" Benchmarks/jionlp_money.py "${files[@]}" 2>/dev/null | tail -1)
  awk -v s="$js" -v b="$jbytes" -v n="${#files[@]}" \
    'BEGIN { printf "| %-44s | %7.3f | %7.1f | %8.0f |      - |\n", "JioNLP extract_money, in-process", s, b / 1e6 / s, n / s }'
  echo
  awk -v a="$s1" -v an="$sn" -v j="$js" -v b="$bytes" -v jb="$jbytes" 'BEGIN {
    printf "docparse / JioNLP money (MB/s): %.1fx with 1 job, %.1fx with all cores; all cores / 1 job: %.2fx\n",
      (b / a) / (jb / j), (b / an) / (jb / j), a / an }'
else
  echo
  echo "JioNLP not available (pip install jionlp failed): no ratio"
fi
m1=$(median "${one[@]}") mn=$(median "${all[@]}")
awk -v a="$m1" -v an="$mn" -v r="$rounds" 'BEGIN {
  printf "medians of the %d rounds: 1 job %.3f s, all cores %.3f s; all cores / 1 job: %.2fx\n", r, a, an, a / an }'
