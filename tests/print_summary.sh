#!/usr/bin/env bash
# Real-browser check of the counselor summary: prints the HTML summary of 90 demo days
# to PDF in headless Chromium (Letter, then A4) and checks with pdftotext that every
# section is there, that the figures match what tend's other outputs say, that a PHQ-9
# item 9 above 0 (added here: the demo has none) is flagged on page 1, that the diary
# card takes at most 2 pages and the whole at most 8.
# Usage: tests/print_summary.sh [path/to/tend]   (needs chromium and poppler-utils)
set -euo pipefail
bin=$(realpath "${1:-target/debug/tend}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TEND_NOW=2026-11-23T10:00:00+00:00 TZ=UTC
db="$work/demo.db"
"$bin" --db "$db" demo --years 1 --seed 7 >/dev/null
from=2026-08-26
to=2026-11-23
"$bin" --db "$db" self-check add PHQ-9 --answers 1,1,1,0,1,0,0,1,1 --date 2026-11-10 >/dev/null
"$bin" --db "$db" export summary --from "$from" --to "$to" -o "$work/summary.html" >/dev/null

# Expected figures, from other outputs: check-in days from the CSV diary card, days in
# recovery from stats, the first growth lesson from the setback list.
checked=$("$bin" --db "$db" export summary --format csv --from "$from" --to "$to" | awk -F, 'NR > 1 && $3 == 1' | wc -l)
days=$("$bin" --db "$db" stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["days_in_recovery"])')

passed=0
failed=0
check() { # file, text
  if grep -qF -- "$2" "$1"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: '$2' is missing from $(basename "$1")"; fi
}
print_pdf() { # html, pdf
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# A4: the same page with the paper size set, as a print dialog would.
sed 's|</style>|@page { size: A4; }</style>|' "$work/summary.html" > "$work/summary-a4.html"
for paper in letter a4; do
  html="$work/summary.html"
  [ "$paper" = a4 ] && html="$work/summary-a4.html"
  print_pdf "$html" "$work/$paper.pdf"
  pdftotext -layout "$work/$paper.pdf" "$work/$paper.txt"
  for section in "Recovery summary for Alex" "At a glance" "Mood, craving and the five life domains" "HALT" \
                 "Growth entries" "Triggers and what helped" "Goals" "Relapse-prevention plan (current)" \
                 "Weekly diary card" "Week of 26 August" "Week of 23 November"; do
    check "$work/$paper.txt" "$section"
  done
  check "$work/$paper.txt" "$days days"
  check "$work/$paper.txt" "$checked of 90 days"
  pages=$(pdfinfo "$work/$paper.pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$work/$paper.pdf" | awk -F': *' '/^Page size:/ {print $2}')
  echo "print check: $paper PDF, $pages pages of $size"
  # Page 1 as one line, so a phrase wrapped across lines is still found.
  pdftotext -f 1 -l 1 "$work/$paper.pdf" - | tr -s ' \n' '  ' > "$work/$paper-1.txt"
  check "$work/$paper-1.txt" "Safety flag"
  check "$work/$paper-1.txt" "10 November 2026: PHQ-9 item 9"
  check "$work/$paper-1.txt" "safety plan"
  # The card runs from its heading to the footer that follows it.
  first=0 last=0
  for p in $(seq 1 "$pages"); do
    pdftotext -layout -f "$p" -l "$p" "$work/$paper.pdf" "$work/page.txt"
    grep -qF "Weekly diary card" "$work/page.txt" && first=$p
    grep -qF "Made with tend" "$work/page.txt" && last=$p
  done
  card=$((last - first + 1))
  echo "print check: $paper diary card on pages $first to $last"
  if [ "$first" -gt 0 ] && [ "$card" -le 2 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: the $paper diary card takes $card pages (at most 2)"; fi
  if [ "$pages" -le 8 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: $paper summary has $pages pages (at most 8)"; fi
done
echo "summary-print: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
