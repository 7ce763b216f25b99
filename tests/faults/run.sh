#!/usr/bin/env bash
# Fault-injection checks against the real binary: crash points (strace kills the
# process at the Nth rename or write), a full disk, read-only access as root, and
# signals. Each tests/faults/NN_*.sh is one check; it gets the binary's path, runs in
# its own temp folder, and exits non-zero on failure. Usage: run.sh path/to/tend
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
command -v strace >/dev/null || { echo "faults: strace is needed (apt-get install strace)"; exit 1; }
passed=0
failed=0
for check in "$here"/[0-9]*.sh; do
  [ -e "$check" ] || continue
  name="$(basename "$check" .sh)"
  work="$(mktemp -d)"
  if (cd "$work" && TEND_BIN="$bin" bash "$check") >"$work.log" 2>&1; then
    passed=$((passed + 1))
    echo "ok     $name"
  else
    failed=$((failed + 1))
    echo "FAILED $name"
    sed 's/^/    /' "$work.log"
  fi
  rm -rf "$work" "$work.log"
done
echo "faults: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
