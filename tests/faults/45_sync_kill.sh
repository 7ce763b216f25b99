# `tend sync` killed at each rename (renameat: a segment is renamed within its device's
# folder's descriptor), fsync and write, and every 3rd pwrite, in turn: the next
# sync on that device finishes the job, the other device then holds everything the
# first one wrote, both journals hold the same data, and no temporary file stays in the
# sync folder for the sync program to carry.
. "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/points.sh"
echo "river stones" >pass
export TEND_SYNC_PASSPHRASE_FILE="$PWD/pass"
export TEND_DB="$PWD/run/j.db" HOME="$PWD/run"
mkdir run && (cd run &&
  T journal add --title Morning "written before sync" >/dev/null &&
  T sync init f --name laptop >/dev/null &&
  T --db b.db sync join f --name desktop >/dev/null &&
  T sync >/dev/null &&
  T journal add "written offline, to be sent" >/dev/null &&
  T journal edit 1 "changed offline" >/dev/null &&
  T checkin --mood 6 --note "a day" >/dev/null) || fail "template"
mv run tpl

same() {
  python3 - "$@" <<'PY'
import json, subprocess, sys, os
def canon(db):
    out = subprocess.run([os.environ["TEND_BIN"], "--db", db, "export", "data", "--json"],
                         capture_output=True, text=True, check=True).stdout
    d = json.loads(out); d.pop("exported_at", None); d["profile"].pop("revision", None)
    for v in d.values():
        if isinstance(v, list):
            for r in v:
                if isinstance(r, dict):
                    r.pop("id", None); r.pop("revision", None)
            v.sort(key=lambda r: json.dumps(r, sort_keys=True))
    return d
sys.exit(0 if canon("j.db") == canon("b.db") else 1)
PY
}

finished() {
  T sync >/dev/null 2>err || fail "after the kill at $1 the next sync failed: $(cat err)"
  T --db b.db sync >/dev/null 2>err || fail "after the kill at $1 the other device's sync failed: $(cat err)"
  T sync >/dev/null || fail "after the kill at $1: a third sync failed"
  T --db b.db journal list | grep -q "written offline, to be sent" || fail "after the kill at $1 the other device lacks the new entry"
  T --db b.db journal show 1 | grep -q "changed offline" || fail "after the kill at $1 the other device lacks the edit"
  same || fail "after the kill at $1 the two journals differ"
  left="$(find f -name '.*tmp-*')"
  [ -z "$left" ] || fail "after the kill at $1 left in the sync folder: $left"
}

each_point renameat 100 finished "$TEND_BIN" sync
each_point fsync 100 finished "$TEND_BIN" sync
each_point write 100 finished "$TEND_BIN" sync
STEP=3 each_point pwrite64 2000 finished "$TEND_BIN" sync
