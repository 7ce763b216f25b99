# A kill at any point of writing an export leaves no partial file behind: the file has
# no name until it is whole and synced. Killed at each write, fsync, link and rename in
# turn, the output folder holds nothing new, or the whole export; with --force, the old
# file or the whole new one, and any file left beside it is whole and visibly named.
. "$(dirname "$0")/lib.sh"
for i in $(seq 1 40); do
  T journal add "entry $i: some words so the export has some size" >/dev/null || fail "journal add"
done
T export data -o whole.json >/dev/null || fail "the reference export"
mkdir out

# Runs `export data` into out/ under strace, killed at the Nth call of each syscall in
# turn until it finishes, and checks out/ after every kill with the function named $1.
kill_each() {
  local check="$1"; shift
  local sc n rc
  for sc in write fsync linkat link rename renameat renameat2; do
    n=1
    while :; do
      strace -f -qq -o /dev/null -e trace="$sc" -e inject="$sc":signal=KILL:when="$n" \
        "$TEND_BIN" export data -o out/data.json "$@" >/dev/null 2>&1
      rc=$?
      "$check" "$sc #$n"
      [ "$rc" -eq 0 ] && break
      [ "$rc" -eq 137 ] || fail "$sc #$n: exit $rc"
      n=$((n + 1))
      [ "$n" -le 30 ] || fail "$sc: still killed after 30 calls"
    done
    reset_out
  done
}

new_file() {
  case "$(ls -A out)" in
    "") ;;
    data.json) cmp -s out/data.json whole.json || fail "$1: data.json is not the whole export" ;;
    *) fail "$1 left: $(ls -A out | tr '\n' ' ')" ;;
  esac
  rm -f out/data.json
}
reset_out() { rm -f out/*; [ -n "${OLD:-}" ] && echo old >out/data.json; true; }
kill_each new_file

replaced_file() {
  local f
  for f in $(ls -A out); do
    case "$f" in
      data.json) { [ "$(cat out/data.json)" = old ] || cmp -s out/data.json whole.json; } \
        || fail "$1: data.json is neither the old file nor the whole export" ;;
      data.json.tend-partial) cmp -s "out/$f" whole.json || fail "$1: $f is not whole" ;;
      *) fail "$1 left: $f" ;;
    esac
  done
  [ -e out/data.json ] || fail "$1: the old data.json is gone"
}
OLD=1
reset_out
kill_each replaced_file --force
# A finished write removes what an earlier kill left beside it.
echo partial >out/data.json.tend-partial
T export data -o out/data.json --force >/dev/null || fail "export after a kill"
[ "$(ls -A out)" = data.json ] || fail "left after a finished export: $(ls -A out)"
cmp -s out/data.json whole.json || fail "the finished export is not whole"
