# A device node at an output or journal path is refused by name and left as it was,
# even with --force (which only ever replaces a regular file). Needs root for mknod.
. "$(dirname "$0")/lib.sh"
if [ "$(id -u)" -ne 0 ]; then echo "skipped: mknod needs root"; exit 0; fi
T journal add "private words" >/dev/null || fail "journal add"
mknod null c 1 3 || fail "mknod"
for args in "export data -o null --force" "export summary -o null --force" \
  "export data -o null" "backup null"; do
  # shellcheck disable=SC2086
  T $args >/dev/null 2>err
  rc=$?
  [ "$rc" -eq 2 ] || fail "$args: exit $rc ($(cat err))"
  grep -q "null is a character device" err || fail "$args said: $(cat err)"
  [ -c null ] || fail "$args replaced the device node"
done
T --db null journal list >/dev/null 2>err && fail "a device opened as the journal"
grep -q "null: it is a character device" err || fail "--db null said: $(cat err)"
[ -c null ] || fail "--db null replaced the device node"
[ "$(ls -A | grep -c '^null')" -eq 1 ] || fail "files beside the device: $(ls -A)"
