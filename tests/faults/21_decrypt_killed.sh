# A decrypt killed midway has written part or all of an unencrypted copy of the journal
# (j.db.rewriting) beside the journal, which is still encrypted. The next command, of
# any kind, removes that copy and says so; the journal opens with its passphrase and
# holds every entry; no unencrypted file is left anywhere.
here="$(dirname "$0")"
source "$here/lib.sh"
source "$here/points.sh"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run" TMPDIR="$PWD/run" TEND_PASSPHRASE_FILE="$PWD/pw"
printf 'blue valentines\n' >pw
: >plain-copies

mkdir run && cd run || exit 1
for i in 1 2 3; do T journal add "entry $i" >/dev/null; done
TEND_NEW_PASSPHRASE_FILE=../pw T encrypt >/dev/null || fail "encrypt"
cd .. && mv run tpl

cleaned_up() {
  local out
  if [ "$1" != done ] && [ -n "$(plain_files | grep rewriting)" ]; then
    echo "$1" >>../plain-copies
  fi
  out="$(T checkin list 2>&1)" || fail "after the kill at $1 the journal does not open: $out"
  if [ "$1" != done ] && [ -s ../plain-copies ] && [ "$(tail -1 ../plain-copies)" = "$1" ]; then
    case "$out" in
      *"interrupted"*"removed"*) ;;
      *) fail "after the kill at $1 the clean-up was not said: $out" ;;
    esac
  fi
  out="$(T journal list 2>&1)"
  case "$out" in
    *"entry 3"*"entry 2"*"entry 1"*) ;;
    *) fail "after the kill at $1 entries are missing: $out" ;;
  esac
  no_temp_files "$1"
  [ "$(plain_files)" = "./j.db" ] && return # decrypted, as asked
  [ -z "$(plain_files)" ] || fail "after the kill at $1 unencrypted files remain: $(plain_files)"
}

STEP=37 each_point pwrite64 2000 cleaned_up "$TEND_BIN" decrypt
[ -s plain-copies ] || fail "no kill left an unencrypted copy behind; the check did not test it"
echo "unencrypted copies cleaned up after the kills at: $(tr '\n' ' ' <plain-copies)"
