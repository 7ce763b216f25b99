# Shared by the fault checks: a private journal in the current folder, and helpers.
# TEND_BIN is the binary under test.
export TEND_DB="$PWD/j.db" TEND_CONFIG="$PWD/config.toml" TEND_NOW="2026-11-23T10:00:00+00:00"
export HOME="$PWD"
T() { "$TEND_BIN" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
# Runs a command under strace, killing it with SIGKILL at the Nth call of SYSCALL;
# checks that it really died there (exit 137), so a change of syscall can't slip past.
kill_at() {
  local syscall="$1" n="$2"; shift 2
  strace -f -qq -o /dev/null -e trace="$syscall" -e inject="$syscall":signal=KILL:when="$n" "$@"
  local rc=$?
  [ "$rc" -eq 137 ] || fail "expected the kill at $syscall #$n (exit 137), got exit $rc"
}
