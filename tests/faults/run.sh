#!/usr/bin/env bash
# Fault-injection checks against the real binary: crash points (strace kills the
# process at the Nth rename or write), a full disk, read-only access as root, and
# signals. Each tests/faults/NN_*.sh is one check; it gets the binary's path, runs in
# its own temp folder, and exits non-zero on failure. The checks run side by side, as
# many at once as there are processors (FAULT_JOBS to say otherwise); each one's result
# is shown in their order once all are done. Usage: run.sh path/to/tend
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
command -v strace >/dev/null || { echo "faults: strace is needed (apt-get install strace)"; exit 1; }
jobs="${FAULT_JOBS:-$(nproc)}"
checks=("$here"/[0-9]*.sh)
[ -e "${checks[0]}" ] || checks=()
works=()
for check in "${checks[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  work="$(mktemp -d)"
  works+=("$work")
  (cd "$work" && TEND_BIN="$bin" bash "$check" >"$work.log" 2>&1; echo $? >"$work.rc") &
done
wait
passed=0
failed=0
for i in "${!checks[@]}"; do
  name="$(basename "${checks[i]}" .sh)"
  work="${works[i]}"
  if [ "$(cat "$work.rc")" = 0 ]; then
    passed=$((passed + 1))
    echo "ok     $name"
  else
    failed=$((failed + 1))
    echo "FAILED $name"
    sed 's/^/    /' "$work.log"
  fi
  rm -rf "$work" "$work.log" "$work.rc"
done
echo "faults: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
