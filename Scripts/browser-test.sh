#!/usr/bin/env bash
# Opens `docparse view` pages in headless Chromium (Debian `chromium`) and
# checks that they rendered: a non-blank screenshot, the outline and the
# highlights in the DOM after the page's script ran, no console errors.
#   bash Scripts/browser-test.sh [path/to/docparse]
set -euo pipefail
cd "$(dirname "$0")/.."
docparse=${1:-.build/debug/docparse}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "browser-test: chromium is not installed (apt-get install chromium)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
check() { # NAME PAGE.html EXPECT...
  local name=$1 page=$2
  shift 2
  local flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --hide-scrollbars
    --user-data-dir="$work/profile" --window-size=1400,1000)
  timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --screenshot="$work/$name.png" \
    "file://$page" >/dev/null 2>"$work/$name.log" || true
  timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$page" >"$work/$name.dom" 2>/dev/null || true
  if python3 Scripts/check-page.py "$work/$name.png" "$work/$name.dom" "$work/$name.log" "$@"; then
    echo "browser-test: $name ok"
  else
    echo "browser-test: $name FAILED" >&2
    status=1
  fi
}
"$docparse" view Fixtures/qianjiang-2023-work-plan.txt -o "$work/plan.html"
check plan "$work/plan.html" outline mark targets
"$docparse" view Fixtures/html/guofa-2018-41-tax-deductions.html -o "$work/page.html"
check page "$work/page.html" outline mark
printf '关于<script>alert(1)</script>开展检查的通知\n一、目标\n完成投资10亿元以上。\n' >"$work/hostile.txt"
"$docparse" view "$work/hostile.txt" -o "$work/hostile.html"
check hostile "$work/hostile.html" outline mark no-alert
"$docparse" view --track Fixtures/track/county-2023-work-plan.txt Fixtures/track/county-2023-work-summary.txt -o "$work/track.html"
check track "$work/track.html" track
exit $status
