#!/usr/bin/env bash
# Runs the Spark example in local[2] mode over a slice of ../shared/corpus in a
# throwaway virtual environment (pip install pyspark; Java 17 must be on the
# machine), then checks the row counts against the CLI's.
#   bash Examples/spark/run.sh [FILES]   (default: 300 documents)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-300}
swift build -c release >/dev/null
docparse="$PWD/.build/release/docparse"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q pyspark
mkdir -p "$work/slice"
mapfile -t all < <(find ../shared/corpus -type f -name '*.txt' | sort)
for f in "${all[@]:0:$count}"; do
  cp "$f" "$work/slice/$(echo "${f#../shared/corpus/}" | tr '/' '_')"
done
start=$(date +%s)
PYSPARK_PYTHON="$work/venv/bin/python" "$work/venv/bin/spark-submit" --master 'local[2]' \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=2 \
  Examples/spark/docparse_job.py --docparse "$docparse" --folder "$work/slice" --out "$work/out" --partitions 4 \
  2> "$work/spark.log" || { tail -30 "$work/spark.log"; exit 1; }
echo "spark job: $(( $(date +%s) - start )) s"
# The CLI's counts over the same files.
docs=$(find "$work/slice" -type f | wc -l)
ok_docs=$("$docparse" parse "$work/slice" --jobs 2 2>/dev/null | grep -c '"schema"' || true)
facts=$("$docparse" facts "$work/slice" --jobs 2 2>/dev/null | wc -l)
# Spark's log (and a Hadoop configuration warning its shutdown may print) goes to a file, shown on failure.
"$work/venv/bin/python" - "$work/out" "$docs" "$ok_docs" "$facts" 2> "$work/check.log" <<'PY' || { tail -30 "$work/check.log"; exit 1; }
import sys
from pyspark.sql import SparkSession
out, docs, ok_docs, facts = sys.argv[1], *map(int, sys.argv[2:])
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
d = spark.read.parquet(out + "/documents")
f = spark.read.parquet(out + "/facts")
got = (d.count(), d.filter("error is null").count(), f.count())
spark.stop()
print(f"documents {got[0]} (CLI {docs}), parsed {got[1]} (CLI {ok_docs}), facts {got[2]} (CLI {facts})")
sys.exit(0 if got == (docs, ok_docs, facts) else 1)
PY
