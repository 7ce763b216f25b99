#!/usr/bin/env bash
# Remakes the README's pictures from the demo at a fixed today: docs/progress-90.png (the
# TUI's 90-day Progress view at 120×40, drawn headless and shown in Chromium) and
# docs/summary-page1.png (page 1 of the printed 90-day counselor summary, Letter).
# Usage: docs/make-images.sh   (needs chromium and poppler-utils; run from the repo root)
set -euo pipefail
cargo build --locked -q
bin=$(realpath target/debug/tend)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TEND_NOW=2026-11-23T10:00:00+00:00 TZ=UTC
shot() { # html, png, width, height
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --hide-scrollbars \
    --window-size="$3,$4" --screenshot="$2" "file://$1" >/dev/null 2>&1
}

TEND_DOCS_HTML="$work/progress.html" cargo test --locked -q --test it progress_90_days_as_html -- --ignored >/dev/null
shot "$work/progress.html" docs/progress-90.png 1040 800

"$bin" --db "$work/demo.db" demo --years 1 --seed 7 >/dev/null
"$bin" --db "$work/demo.db" export summary --from 2026-08-26 --to 2026-11-23 -o "$work/summary.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
  --print-to-pdf="$work/summary.pdf" "file://$work/summary.html" >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/summary.pdf" docs/summary-page1
echo "wrote docs/progress-90.png and docs/summary-page1.png"
