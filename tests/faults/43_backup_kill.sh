# A kill while a backup is written leaves at most a `….db.partial-PID` file beside it,
# which the next backup removes: no half copy of the journal stays anywhere.
. "$(dirname "$0")/lib.sh"
for i in $(seq 1 40); do
  T journal add "entry $i: some words so the backup has a few pages" >/dev/null || fail "journal add"
done
mkdir b
# How many pwrite64 calls a whole backup makes: most go into the new copy, the last few
# note the copy in the journal, so the kills below stay well inside the copying.
strace -f -qq -o calls -e trace=pwrite64 "$TEND_BIN" backup b/probe.db >/dev/null || fail "probe"
total="$(grep -c pwrite64 calls)"
rm b/probe.db
for n in $((total / 4)) $((total / 3)) $((total / 2)); do
  kill_at pwrite64 "$n" "$TEND_BIN" backup b/now.db
done
ls b | grep -q partial || fail "the kills left nothing to clean: $(ls -A b)"
T backup b/later.db >/dev/null || fail "backup after the kills"
[ "$(ls -A b)" = later.db ] || fail "left in the folder: $(ls -A b | tr '\n' ' ')"
T --db b/later.db journal list | grep -q "entry 40" || fail "the backup lacks entries"
