# Encrypt, while the journal's backups are compressed (tend-DATE.db.gz), killed at each
# of its renames in turn, and at every 31st unlink, 5th write and 151st pwrite: the next start
# removes what it left, the journal opens with every entry (still plain, or encrypted),
# and once encrypt has run to its end no unencrypted copy remains, compressed or not.
here="$(dirname "$0")"
source "$here/lib.sh"
source "$here/points.sh"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run" TMPDIR="$PWD/run"
# Each point encrypts five files (the longest check here): as many side by side as
# there are processors.
export JOBS="$(nproc)"
printf 'blue valentines\n' >pw

mkdir run && cd run || exit 1
for day in 20 21 22; do
  TEND_NOW="2026-11-${day}T10:00:00+00:00" T journal add "entry of the $day" >/dev/null
done
T backup >/dev/null || fail "backup"
entries="$(T journal list)"
[ "$(ls j-backups/*.gz | wc -l)" -eq 4 ] || fail "expected 4 compressed backups: $(ls -A j-backups)"
cd .. && mv run tpl

encrypted_or_not() {
  local got
  if got="$(T journal list 2>/dev/null)"; then
    no_temp_files "$1"
    [ "$got" = "$entries" ] || fail "after the kill at $1 the plain journal's entries differ: $got"
    TEND_NEW_PASSPHRASE_FILE=../pw T encrypt >/dev/null 2>err || fail "after the kill at $1 encrypt again failed: $(cat err)"
    rm -f err
  fi
  got="$(TEND_PASSPHRASE_FILE=../pw T journal list 2>&1)" || fail "after the kill at $1 the journal does not open: $got"
  [ "$got" = "$entries" ] || fail "after the kill at $1 the entries differ: $got"
  no_temp_files "$1"
  [ -z "$(plain_files)" ] || fail "after the kill at $1 and encrypt, unencrypted: $(plain_files)"
  [ "$(ls j-backups | grep -c '\.db$')" -eq 4 ] || fail "after the kill at $1 backups: $(ls -A j-backups)"
}

each_point rename 100 encrypted_or_not env TEND_NEW_PASSPHRASE_FILE=../pw "$TEND_BIN" encrypt
# SQLite deletes a rollback journal after each of its transactions: hundreds of unlinks.
STEP=31 each_point unlink 3000 encrypted_or_not env TEND_NEW_PASSPHRASE_FILE=../pw "$TEND_BIN" encrypt
STEP=5 each_point write 3000 encrypted_or_not env TEND_NEW_PASSPHRASE_FILE=../pw "$TEND_BIN" encrypt
STEP=151 each_point pwrite64 20000 encrypted_or_not env TEND_NEW_PASSPHRASE_FILE=../pw "$TEND_BIN" encrypt
