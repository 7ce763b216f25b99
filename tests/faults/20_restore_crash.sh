# Restore, killed at each of its renames, links and writes in turn, always leaves a
# journal at its path that opens with all its entries: the old one, or the backup's with
# the old one (its last entries still in the -wal included) kept aside; the next start
# finishes or undoes what was left half done, and no temp file stays behind. Twice: with
# the backup's passphrase opening the journal (restore folds the -wal in first), and
# with another one (the -wal moves with the journal kept aside).
here="$(dirname "$0")"
source "$here/lib.sh"
source "$here/points.sh"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run" TMPDIR="$PWD/run"
printf 'blue valentines\n' >pw1
printf 'green mornings\n' >pw2

# The journal holds exactly the old entries (opening with $now), or exactly the backup's
# (opening with $then); after a restore the copy kept aside holds every old entry.
restored_or_not() {
  local out aside
  out="$(TEND_PASSPHRASE_FILE="$now" T journal list 2>&1)"
  case "$out" in
    *"in the wal"*"old two"*"old one"*) no_temp_files "$1"; return ;;
  esac
  out="$(TEND_PASSPHRASE_FILE="$then" T journal list 2>&1)" ||
    fail "after the kill at $1 the journal does not open: $out"
  case "$out" in
    *"old two"* | *"in the wal"*) fail "after the kill at $1 the journal is neither: $out" ;;
    *"old one"*) ;;
    *) fail "after the kill at $1 the journal is empty: $out" ;;
  esac
  aside="$(ls j.db.before-restore-* 2>/dev/null | grep -v -e '-wal$' -e '-shm$')"
  [ "$(echo "$aside" | wc -w)" -eq 1 ] || fail "after the kill at $1: kept aside '$aside'"
  out="$(TEND_DB="$PWD/$aside" TEND_PASSPHRASE_FILE="$now" T journal list 2>&1)"
  case "$out" in
    *"in the wal"*"old two"*"old one"*) ;;
    *) fail "after the kill at $1 the copy kept aside lacks entries: $out" ;;
  esac
  no_temp_files "$1"
}

# A template journal in ./tpl: "old one" in the backup bk.db (passphrase pw1), then
# "old two", and "in the wal" still in the -wal; the journal's passphrase is then $now.
template() {
  rm -rf run tpl && mkdir run && cd run || exit 1
  export TEND_PASSPHRASE_FILE="$PWD/../pw1"
  T journal add "old one" >/dev/null
  TEND_NEW_PASSPHRASE_FILE=../pw1 T encrypt >/dev/null || fail "encrypt"
  T backup bk.db >/dev/null || fail "backup"
  if [ "$now" != "$then" ]; then
    TEND_NEW_PASSPHRASE_FILE="$now" T passphrase >/dev/null || fail "passphrase"
    export TEND_PASSPHRASE_FILE="$now"
  fi
  T journal add "old two" >/dev/null
  entry_in_wal "in the wal"
  unset TEND_PASSPHRASE_FILE
  cd .. && mv run tpl
}

then="$PWD/pw1" now="$PWD/pw1"
template
for syscall in rename linkat; do
  TEND_PASSPHRASE_FILE="$then" each_point "$syscall" 20 restored_or_not "$TEND_BIN" restore bk.db
done
TEND_PASSPHRASE_FILE="$then" each_point pwrite64 400 restored_or_not "$TEND_BIN" restore bk.db

now="$PWD/pw2"
template
for syscall in rename linkat unlink; do
  TEND_PASSPHRASE_FILE="$then" each_point "$syscall" 20 restored_or_not "$TEND_BIN" restore bk.db
done
