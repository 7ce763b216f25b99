# A journal tend may not write (its folder or the file read-only, as for a person
# without write access) is read as it is and never called damaged: lists, stats,
# status and exports work, every write says "read-only" and changes nothing, and no
# -wal or -shm file is left beside it that is not private (0600).
. "$(dirname "$0")/lib.sh"
# Runs a command without root's power to write anything (as it is, for a normal user).
reader() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --bounding-set -dac_override,-dac_read_search -- "$@"
  else
    "$@"
  fi
}
command -v setpriv >/dev/null || fail "setpriv is needed (apt-get install util-linux)"
mkdir jr out
export TEND_DB="$PWD/jr/j.db"
T journal add "the words of a good day" >/dev/null || fail "journal add"
T checkin --mood 7 >/dev/null || fail "checkin"
state() { sha256sum jr/j.db | cut -c1-64; ls -lA jr | awk 'NR > 1 { print $1, $NF }'; }

# Reads work and print the journal; writes fail with one line saying read-only.
reads_work_writes_refused() {
  local what="$1" out err rc
  out="$(reader "$TEND_BIN" journal list 2>err)" || fail "$what: journal list: $(cat err)"
  case "$out" in *"the words of a good day"*) ;; *) fail "$what: journal list showed: $out" ;; esac
  reader "$TEND_BIN" stats >/dev/null 2>err || fail "$what: stats: $(cat err)"
  reader "$TEND_BIN" checkin list >/dev/null 2>err || fail "$what: checkin list: $(cat err)"
  reader "$TEND_BIN" status >/dev/null 2>err || fail "$what: status: $(cat err)"
  rm -f out/data.json
  reader "$TEND_BIN" export data -o out/data.json >/dev/null 2>err || fail "$what: export: $(cat err)"
  grep -q "the words of a good day" out/data.json || fail "$what: the export lacks the entry"
  for args in "journal add more" "checkin --mood 3" "profile set --day-start 5"; do
    # shellcheck disable=SC2086
    reader "$TEND_BIN" $args >/dev/null 2>err
    rc=$?
    err="$(cat err)"
    [ "$rc" -eq 1 ] || fail "$what: $args: exit $rc ($err)"
    case "$err" in *damaged*) fail "$what: $args called it damaged: $err" ;; esac
    case "$err" in *read-only*) ;; *) fail "$what: $args did not say read-only: $err" ;; esac
    [ "$(wc -l <err)" -eq 1 ] || fail "$what: $args: not one line: $err"
  done
  # The full-screen app needs to write: it says so before drawing anything.
  reader "$TEND_BIN" </dev/null >/dev/null 2>err && fail "$what: the app started"
  grep -q "read-only" err || fail "$what: the app said: $(cat err)"
}

# The folder read-only: nothing can appear beside the journal.
before="$(state)"
chmod 555 jr
reads_work_writes_refused "read-only folder"
chmod 755 jr
[ "$(state)" = "$before" ] || fail "the read-only folder changed: $(state)"

# The file read-only in a writable folder: SQLite may leave -wal and -shm files, 0600.
sum="$(sha256sum jr/j.db)"
chmod 444 jr/j.db
reads_work_writes_refused "read-only file"
[ "$(sha256sum jr/j.db)" = "$sum" ] || fail "the read-only file changed"
for f in jr/j.db-wal jr/j.db-shm; do
  [ ! -e "$f" ] || [ "$(stat -c %a "$f")" = 600 ] || fail "$f is $(stat -c %a "$f"), not 600"
done
# Write access given back, writing works at once.
chmod 600 jr/j.db
reader "$TEND_BIN" journal add "back to writing" >/dev/null 2>err || fail "after chmod: $(cat err)"

# Encrypted, in a read-only folder: the passphrase opens it for reading.
echo "a long enough passphrase" >pass
TEND_NEW_PASSPHRASE_FILE="$PWD/pass" T encrypt >/dev/null 2>err || fail "encrypt: $(cat err)"
chmod 555 jr
export TEND_PASSPHRASE_FILE="$PWD/pass"
reads_work_writes_refused "encrypted, read-only folder"
chmod 755 jr
