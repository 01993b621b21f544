#!/usr/bin/env bash
# Renders page 1 of the demo's 育婴员 公示 sheet as a person sees it printed: docs/notice.png.
# Runs the demo, locks the trade's rounds and publishes version 1 (chief judge C1), prints the
# 公示 HTML with headless Chromium and turns the page into a PNG with pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product judge >/dev/null
judge="$(swift build --show-bin-path)/judge"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Asia/Shanghai
"$judge" demo --out "$work" >/dev/null
export JUDGE_DB="$work/shunyi-2024.sqlite"
for round in theory practical; do
    "$judge" lock --trade nursery --round "$round" --chief C1 >/dev/null
done
"$judge" results publish --trade nursery --out "$work/公示" --chief C1 >/dev/null
/usr/lib/chromium/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$work/profile" --print-to-pdf="$work/notice.pdf" \
    "file://$work/公示/nursery-v1-notice.html" 2>/dev/null
mkdir -p docs
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/notice.pdf" docs/notice
echo "wrote docs/notice.png"
