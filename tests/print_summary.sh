#!/usr/bin/env bash
# Real-browser check of the counselor summary: prints the HTML summary of 90 demo days
# to PDF in headless Chromium (Letter, then A4) and checks with pdftotext that every
# section is there, that the figures match what tend's other outputs say, that a PHQ-9
# item 9 above 0 (added here: the demo has none) is flagged on page 1, that the diary
# card takes at most 2 pages and the whole at most 8; then, with a commitment cut down
# and 90 days of use added, four trackers shared and answered daily (one safety answer)
# and the demo's medication shared, that the summary with `--include use,medications`
# (the use calendar, the medications, the trackers' columns, the flag on page 1) takes
# at most 10 pages and its diary card still at most 2.
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

# The card runs from its heading to the footer that follows it.
card_pages() { # pdf, pages
  local first=0 last=0
  for p in $(seq 1 "$2"); do
    pdftotext -layout -f "$p" -l "$p" "$1" "$work/page.txt"
    grep -qF "Weekly diary card" "$work/page.txt" && first=$p
    grep -qF "Made with tend" "$work/page.txt" && last=$p
  done
  echo "$first $last"
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
  read -r first last < <(card_pages "$work/$paper.pdf" "$pages")
  card=$((last - first + 1))
  echo "print check: $paper diary card on pages $first to $last"
  if [ "$first" -gt 0 ] && [ "$card" -le 2 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: the $paper diary card takes $card pages (at most 2)"; fi
  if [ "$pages" -le 8 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: $paper summary has $pages pages (at most 8)"; fi
done

# With the amounts of use shared: a commitment cut down from 1 August with a use on three
# days in four over the 90 days, some of them heavy.
"$bin" --db "$db" commitment add Drinking --path cut-down --max-per-week 14 --free-days 3 \
  --heavy-at 5 --unit drinks --start 2026-08-01 >/dev/null
for i in $(seq 0 89); do
  [ $((i % 4)) -eq 3 ] && continue
  day=$(date -u -d "$from + $i days" +%F)
  # In the morning: TEND_NOW is 10:00 on the last day, and a use is never ahead of now.
  "$bin" --db "$db" use add Drinking $(( (i * 7) % 6 + 1 )) --at "$day 08:00" >/dev/null
done
# And the person's own trackers, shared as diary card columns and answered every day of
# the 90, one self-harm urge at its threshold (flagged on page 1): the demo's two (Urge
# to use, shared; Exercise, shared here) and two presets; with the demo's medication
# shared too.
"$bin" --db "$db" tracker edit Exercise --shared >/dev/null
for preset in self-harm-urge skills-used; do
  "$bin" --db "$db" tracker add --preset "$preset" --shared >/dev/null
done
for i in $(seq 0 89); do
  day=$(date -u -d "$from + $i days" +%F)
  "$bin" --db "$db" checkin --date "$day" --track "Urge to self-harm=$(( i == 75 ? 5 : i % 3 ))" \
    --track "Urge to use=$(( (i * 7) % 6 ))" --track "Skills used=$(( i % 4 != 1 ))" \
    --track "Exercise=$(( 20 + (i % 5) * 10 ))" >/dev/null
done
"$bin" --db "$db" export summary --from "$from" --to "$to" --include use,medications -o "$work/use.html" >/dev/null
sed 's|</style>|@page { size: A4; }</style>|' "$work/use.html" > "$work/use-a4.html"
for paper in letter a4; do
  html="$work/use.html"
  [ "$paper" = a4 ] && html="$work/use-a4.html"
  print_pdf "$html" "$work/use-$paper.pdf"
  pdftotext -layout "$work/use-$paper.pdf" "$work/use-$paper.txt"
  for text in "Use calendar" "Drinking (standard drinks)" "Average a week" "August 2026" "November 2026" \
              "Days within my plan, Drinking (cut down)" "Weekly diary card" "Medications" "Buprenorphine" \
              "Urge to self-harm (0–5)" "Exercise (minutes)"; do
    check "$work/use-$paper.txt" "$text"
  done
  pdftotext -f 1 -l 1 "$work/use-$paper.pdf" - | tr -s ' \n' '  ' > "$work/use-$paper-1.txt"
  check "$work/use-$paper-1.txt" "9 November 2026: the safety tracker “Urge to self-harm” was answered 5"
  pages=$(pdfinfo "$work/use-$paper.pdf" | awk '/^Pages:/ {print $2}')
  echo "print check: $paper PDF with --include use,medications and trackers, $pages pages"
  read -r first last < <(card_pages "$work/use-$paper.pdf" "$pages")
  card=$((last - first + 1))
  if [ "$first" -gt 0 ] && [ "$card" -le 2 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: the $paper diary card with use takes $card pages (at most 2)"; fi
  if [ "$pages" -le 10 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "print check: $paper summary with use has $pages pages (at most 10)"; fi
done
echo "summary-print: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
