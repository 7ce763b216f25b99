# A passphrase change killed midway leaves a rollback journal (j.db-journal) that SQLite
# plays back at the next open. A wrong passphrase must not let it: the journal and its
# rollback journal stay byte for byte as they were. The right one opens the journal with
# every entry (the old passphrase if the change was rolled back, else the new one).
here="$(dirname "$0")"
source "$here/lib.sh"
source "$here/points.sh"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run" TMPDIR="$PWD/run"
printf 'blue valentines\n' >old
printf 'green mornings\n' >new
printf 'red herrings\n' >wrong
: >hot

mkdir run && cd run || exit 1
for i in 1 2 3; do T journal add "entry $i" >/dev/null; done
TEND_NEW_PASSPHRASE_FILE=../old T encrypt >/dev/null || fail "encrypt"
cd .. && mv run tpl

unchanged_by_a_wrong_key() {
  local before out
  if [ -s j.db-journal ]; then
    echo "$1" >>../hot
    before="$(sha256sum j.db j.db-journal)"
    out="$(TEND_PASSPHRASE_FILE=../wrong T journal list 2>&1)" &&
      fail "after the kill at $1 a wrong passphrase opened it: $out"
    case "$out" in
      *"that passphrase does not open"*) ;;
      *) fail "after the kill at $1 a wrong passphrase got: $out" ;;
    esac
    [ "$(sha256sum j.db j.db-journal)" = "$before" ] ||
      fail "after the kill at $1 a wrong passphrase changed the journal"
  fi
  out="$(TEND_PASSPHRASE_FILE=../old T journal list 2>&1)" ||
    out="$(TEND_PASSPHRASE_FILE=../new T journal list 2>&1)" ||
    fail "after the kill at $1 neither passphrase opens the journal: $out"
  case "$out" in
    *"entry 3"*"entry 2"*"entry 1"*) ;;
    *) fail "after the kill at $1 entries are missing: $out" ;;
  esac
}

TEND_PASSPHRASE_FILE="$PWD/old" TEND_NEW_PASSPHRASE_FILE="$PWD/new" \
  STEP=23 each_point pwrite64 2000 unchanged_by_a_wrong_key "$TEND_BIN" passphrase
[ -s hot ] || fail "no kill left a rollback journal; the check did not test it"
echo "a rollback journal was left by the kills at: $(tr '\n' ' ' <hot)"
