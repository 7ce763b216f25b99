# Encrypt on a disk that fills up (every write from the Nth on fails with ENOSPC, for N
# across the whole run) either encrypts everything (the journal, its backups and the
# journal kept aside by a restore) or leaves every file as it was, and its message says
# which. No temp file stays behind.
here="$(dirname "$0")"
source "$here/lib.sh"
source "$here/points.sh"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run" TMPDIR="$PWD/run"
printf 'blue valentines\n' >pw

mkdir run && cd run || exit 1
for day in 20 21 22; do
  TEND_NOW="2026-11-${day}T10:00:00+00:00" T journal add "entry of the $day" >/dev/null
done
T backup bk.db >/dev/null
T journal add "entry of the 23rd" >/dev/null
T restore bk.db >/dev/null || fail "restore"
entries="$(T journal list)"
plain="$(plain_files)"
[ "$(echo "$plain" | grep -c -e backups -e before-restore)" -ge 4 ] || fail "too few copies: $plain"
cd .. && mv run tpl

for n in $(seq 1 241 20000); do
  rm -rf run && cp -a tpl run && cd run || exit 1
  strace -f -qq -o /dev/null -e trace=pwrite64 -e inject=pwrite64:error=ENOSPC:when="$n+" \
    env TEND_NEW_PASSPHRASE_FILE=../pw "$TEND_BIN" encrypt >out 2>err
  rc=$?
  no_temp_files "ENOSPC from write #$n"
  if [ "$rc" -eq 0 ]; then
    grep -q "Encrypted" out || fail "success without saying so: $(cat out)"
    [ "$(plain_files)" = "./bk.db" ] || fail "encrypt succeeded but left unencrypted: $(plain_files)"
    got="$(TEND_PASSPHRASE_FILE=../pw T journal list)"
    [ "$got" = "$entries" ] || fail "after encrypting the entries differ: $got"
    echo "disk full from write #1 to #$((n - 241)): nothing changed; from #$n on: all encrypted"
    exit 0
  fi
  grep -q "left as they were" err || fail "ENOSPC from write #$n: the message does not say: $(cat err)"
  [ "$(wc -l <err)" -eq 1 ] || fail "ENOSPC from write #$n: not one line: $(cat err)"
  [ "$(plain_files)" = "$plain" ] || fail "ENOSPC from write #$n changed files: $(plain_files)"
  got="$(T journal list)"
  [ "$got" = "$entries" ] || fail "ENOSPC from write #$n: entries differ: $got"
  cd ..
done
fail "encrypt never got through"
