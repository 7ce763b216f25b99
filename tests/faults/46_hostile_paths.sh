# What a sync program (or a person) may leave where tend expects a file or a folder:
# a named pipe, a link to a folder outside, a link to /dev/zero, a dangling link, a
# link to itself, and a folder where a file belongs (a file where a folder belongs).
# Each put in turn as `devices/`, this device's folder, another device's folder,
# another device's next segment, `tend-sync.json`, a temporary file of this device's
# (under the very name tend is about to use), a backup to restore and a file to
# import. Every case finishes within seconds, writes and deletes nothing outside, and
# where it is in another device's area this device's own changes still go out.
. "$(dirname "$0")/lib.sh"
echo "river stones" >pass
export TEND_SYNC_PASSPHRASE_FILE="$PWD/pass"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run"
mkdir run && (cd run &&
  T journal add --title Morning "written before sync" >/dev/null &&
  T sync init f --name laptop >/dev/null &&
  T --db b.db sync join f --name desktop >/dev/null &&
  T sync >/dev/null &&
  T --db b.db journal add "written on the desktop" >/dev/null &&
  T --db b.db sync >/dev/null &&
  T sync >/dev/null) || fail "template"
mv run tpl
# Each device's id and the name of its next segment.
next() {
  python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["device"], "%08d.tseg" % (s["segments_written"] + 1))'
}
read -r A A_NEXT <<<"$(cd tpl && TEND_DB="$PWD/j.db" HOME="$PWD" T sync status --json | next)"
read -r B B_NEXT <<<"$(cd tpl && TEND_DB="$PWD/b.db" HOME="$PWD" T sync status --json | next)"
[ -n "$A" ] && [ -n "$B" ] && [ "$B_NEXT" != "$A_NEXT" ] || fail "device ids: $A $A_NEXT $B $B_NEXT"

# Puts WHAT at PATH; OUTSIDE is the folder a link leads out to.
plant() {
  local what="$1" p="$2" outside="$3"
  rm -rf "$p"
  case "$what" in
    fifo) mkfifo "$p" ;;
    outside) ln -s "$outside" "$p" ;;
    zero) ln -s /dev/zero "$p" ;;
    dangling) ln -s "$outside/made-through-a-link" "$p" ;;
    loop) ln -s "$(basename "$p")" "$p" ;;
    misplaced) if [ "$4" = folder ]; then echo "a file" >"$p"; else mkdir "$p"; fi ;;
  esac
}
export -f plant
CASES="fifo outside zero dangling loop misplaced"

# The state of a folder: every path, its type and size, and every file's checksum.
state() { (cd "$1" && find . -printf '%p %y %s %l\n' | sort && find . -type f -exec md5sum {} + | sort); }

# A fresh copy of the template, and a folder outside that looks like tend's own (a
# devices folder, a device's, a temporary file of tend's name).
fresh() {
  rm -rf run outside && cp -a tpl run && cp -a tpl/f/devices outside &&
    echo "someone's file" >outside/.00000009.tseg.tmp-1 &&
    echo "someone's file" >"outside/$A/.00000009.tseg.tmp-1" || fail "fresh copy"
  before_outside="$(state outside)"
}

# Runs tend (ARGS…) within 20 seconds, in ./run, with its output in ./out and ./err.
within() {
  (cd run && timeout 20 "$@" >../out 2>../err)
  rc=$?
  [ "$rc" -ne 124 ] || fail "$label: still running after 20 s"
  [ "$(state outside)" = "$before_outside" ] || fail "$label: something outside changed"
}

refused() {
  [ "$rc" -ne 0 ] || fail "$label: not refused ($(cat out))"
  [ "$(wc -l <err)" -eq 1 ] || fail "$label: not one line: $(cat err)"
  grep -q "$1" err || fail "$label: the refusal does not name $1: $(cat err)"
}

# This device's change went out in a new, regular segment file, and the other device
# (where its folder is whole) takes it.
sent() {
  [ "$rc" -eq 0 ] || fail "$label: sync failed: $(cat err)"
  grep -q "sent 1 change" out || fail "$label: nothing sent: $(cat out)"
  [ -f "run/f/devices/$A/$A_NEXT" ] && [ ! -L "run/f/devices/$A/$A_NEXT" ] ||
    fail "$label: no new segment of this device's"
}

for what in $CASES; do
  # The devices folder, this device's own folder, tend-sync.json: refused by name.
  for place in devices own header; do
    label="$what as $place"
    fresh
    case "$place" in
      devices) plant "$what" run/f/devices "$PWD/outside" folder; name="f/devices" ;;
      own) plant "$what" "run/f/devices/$A" "$PWD/outside/$A" folder; name="$A" ;;
      header) plant "$what" run/f/tend-sync.json "$PWD/outside" file; name="tend-sync.json" ;;
    esac
    (cd run && T journal add "sent all the same" >/dev/null) || fail "$label: journal add"
    within "$TEND_BIN" sync
    refused "$name"
  done
  # Another device's folder or its next segment: skipped with a note naming it; this
  # device's change still goes out.
  for place in theirs segment; do
    label="$what as $place"
    fresh
    case "$place" in
      theirs) plant "$what" "run/f/devices/$B" "$PWD/outside/$B" folder; name="$B" ;;
      segment) plant "$what" "run/f/devices/$B/$B_NEXT" "$PWD/outside" file; name="$B_NEXT" ;;
    esac
    (cd run && T journal add "sent all the same" >/dev/null) || fail "$label: journal add"
    within "$TEND_BIN" sync
    sent
    grep -q "$name.*skipped" out || fail "$label: no note names it: $(cat out)"
  done
  # A temporary file of this device's, under the very name its next segment is about
  # to be written under (the shell's pid is tend's once it execs): left alone, not
  # written through; the segment goes out under another temporary name.
  label="$what as a temporary file"
  fresh
  (cd run && T journal add "sent all the same" >/dev/null) || fail "$label: journal add"
  within bash -c 'plant "$1" "f/devices/$2/.$3.tmp-$$" "$4" file && exec "$5" sync' \
    _ "$what" "$A" "$A_NEXT" "$PWD/outside" "$TEND_BIN"
  sent
  left="$(find "run/f/devices/$A" -name ".$A_NEXT.tmp-*" -printf '%y\n')"
  case "$what" in
    fifo) [ "$left" = p ] ;; misplaced) [ "$left" = d ] ;; *) [ "$left" = l ] ;;
  esac || fail "$label: what was planted there changed: '$left'"
  # A backup to restore and a file to import: refused in one line naming it, the
  # journal as it was.
  for verb in restore import; do
    label="$what as a path to $verb"
    fresh
    plant "$what" run/given "$PWD/outside" file
    journal="$(md5sum run/j.db)"
    within "$TEND_BIN" "$verb" given
    [ "$rc" -ne 0 ] || fail "$label: not refused ($(cat out))"
    [ "$(wc -l <err)" -eq 1 ] || fail "$label: not one line: $(cat err)"
    [ "$(md5sum run/j.db)" = "$journal" ] || fail "$label: the journal changed"
  done
done
echo "$(echo $CASES | wc -w) kinds, each as devices/, two device folders, a segment, tend-sync.json, a temporary file, a backup and an import"
