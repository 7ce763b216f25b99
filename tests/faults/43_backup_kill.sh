# A kill while a backup is written leaves at most a `….db.partial-PID` file (or, for a
# compressed one, a `….db.gz.partial-PID`) beside it, which the next backup removes: no
# half copy of the journal stays anywhere.
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

# The daily backup of an unencrypted journal is compressed (tend-DATE.db.gz). Killed at
# each of its writes, renames and unlinks in turn (and at every 7th write of the copy
# it compresses), it leaves no .db.gz that does not decompress whole, and the next
# tend removes what it left and makes that day's backup, whole, holding the entry (a
# kill before the entry's commit may still make one: the file's state changed).
source "$(dirname "$0")/points.sh"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run"
mkdir run && (cd run && for i in $(seq 1 40); do
  T journal add "entry $i: some words so the backup has a few pages" >/dev/null || exit 1
done) || fail "template"
[ -f run/j-backups/tend-2026-11-23.db.gz ] || fail "no compressed daily backup: $(ls -A run/j-backups)"
mv run tpl
next_day="2026-11-24T10:00:00+00:00"

whole_or_none() {
  local f list
  for f in j-backups/*.gz; do
    gzip -t "$f" 2>/dev/null || fail "after the kill at $1: $f does not decompress whole"
    [ "$(stat -c %a "$f")" = 600 ] || fail "after the kill at $1: $f is not 0600"
  done
  list="$(TEND_NOW="$next_day" T journal list 2>/dev/null)" || fail "after the kill at $1 the journal does not open"
  no_temp_files "$1"
  f=j-backups/tend-2026-11-24.db.gz
  case "$list" in
    *"entry of the 24th"*)
      gzip -t "$f" 2>/dev/null || fail "after the kill at $1 the next tend made no whole backup: $(ls -A j-backups)"
      mkdir chk && gzip -dc "$f" >chk/c.db
      T --db chk/c.db journal list | grep -q "entry of the 24th" || fail "after the kill at $1 the backup lacks the entry"
      rm -rf chk ;;
    *) [ ! -e "$f" ] || gzip -t "$f" || fail "after the kill at $1 $f is not whole" ;;
  esac
}

for syscall in write rename unlink; do
  each_point "$syscall" 400 whole_or_none env TEND_NOW="$next_day" "$TEND_BIN" journal add "entry of the 24th"
done
STEP=7 each_point pwrite64 2000 whole_or_none env TEND_NOW="$next_day" "$TEND_BIN" journal add "entry of the 24th"
