# Shared by the 2x checks (sourced after lib.sh): a journal whose last entry sits in the
# -wal as after a crash, and a loop that kills a command at each call of a syscall in turn.

# Writes entry TEXT while another tend holds the journal open, then kills that tend: the
# entry stays in j.db-wal, as it does after a crash.
entry_in_wal() {
  rm -f hold.fifo && mkfifo hold.fifo
  "$TEND_BIN" journal add - <hold.fifo >/dev/null 2>&1 &
  local pid=$! i
  exec 7>hold.fifo
  # Wait until it reads its standard input: by then it has the journal open.
  for i in $(seq 200); do
    [ "$(cut -d' ' -f1,2 "/proc/$pid/syscall" 2>/dev/null)" = "0 0x0" ] && break
    sleep 0.05
  done
  T journal add "$1" >/dev/null || fail "could not write '$1'"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  exec 7>&-
  rm -f hold.fifo
  [ -s j.db-wal ] || fail "the entry '$1' did not stay in the -wal"
}

# each_point SYSCALL MAX CHECK cmd…: for N = 1, 1+STEP, 1+2*STEP, … (STEP defaults to 1)
# copies ./tpl to ./run, runs cmd in ./run killed at its Nth SYSCALL, then calls CHECK N
# there; when cmd finishes before its Nth call, calls CHECK done and returns. Fails when
# cmd still dies at call MAX. With JOBS=K (K > 1), K points run side by side, each in a
# copy of its own (./run.N, with TEND_DB, HOME and TMPDIR under ./run pointed there),
# and are judged in order: for a template that names no path under ./run (checked).
each_point() {
  local syscall="$1" max="$2" check="$3" jobs="${JOBS:-1}" i n rc dir points pids
  shift 3
  if [ "$jobs" -gt 1 ] && grep -rlaF -- "$PWD/run" tpl >/dev/null; then
    fail "tpl names $PWD/run: its points cannot run in other folders (JOBS=$jobs)"
  fi
  points=($(seq 1 "${STEP:-1}" "$max"))
  for ((i = 0; i < ${#points[@]}; i += jobs)); do
    pids=()
    for n in "${points[@]:i:jobs}"; do
      dir=run
      [ "$jobs" -gt 1 ] && dir="run.$n"
      one_point "$dir" "$syscall" "$n" "$check" "$@" >"$dir.log" 2>&1 &
      pids+=($!)
    done
    for n in "${points[@]:i:jobs}"; do
      dir=run
      [ "$jobs" -gt 1 ] && dir="run.$n"
      wait "${pids[0]}" || { cat "$dir.log"; exit 1; }
      pids=("${pids[@]:1}")
      cat "$dir.log"
      rc="$(cat "$dir.rc")"
      [ "$dir" = run ] || rm -rf "$dir"
      rm -f "$dir.log" "$dir.rc"
      case "$rc" in
        137) ;;
        0) wait; rm -rf run.*; echo "$syscall: killed at each of calls 1 to $((n - 1)) (every ${STEP:-1})"; return 0 ;;
        *) fail "$* killed at $syscall #$n exited $rc instead of dying" ;;
      esac
    done
  done
  fail "$* still dies at $syscall #$max"
}

# one_point DIR SYSCALL N CHECK cmd…: copies ./tpl to ./DIR, runs cmd there killed at
# its Nth SYSCALL, writes its exit status to DIR.rc, then calls CHECK N there (CHECK
# done when cmd finished before its Nth call); fails as CHECK does.
one_point() {
  local dir="$1" syscall="$2" n="$3" check="$4" v rc
  shift 4
  for v in TEND_DB HOME TMPDIR; do
    case "${!v-}" in
      "$PWD/run" | "$PWD/run/"*) export "$v=$PWD/$dir${!v#"$PWD/run"}" ;;
    esac
  done
  rm -rf "$dir" && cp -a tpl "$dir"
  (cd "$dir" && strace -f -qq -o /dev/null -e trace="$syscall" \
    -e inject="$syscall":signal=KILL:when="$n" "$@" >/dev/null 2>&1) 2>/dev/null
  rc=$?
  echo "$rc" >"$dir.rc"
  case "$rc" in
    137) cd "$dir" && "$check" "$n" ;;
    0) cd "$dir" && "$check" done ;;
  esac
}

# Temp files tend makes next to the journal or its backups while it works.
no_temp_files() {
  local left
  left="$(find . -name '*.restoring*' -o -name '*.restore-staging*' -o -name '*.rewriting*' \
    -o -name '*.partial-*' | sort)"
  [ -z "$left" ] || fail "after the kill at $1 these were left: $left"
}

# Files under the current folder that are unencrypted SQLite databases, as they are or
# gzip-compressed (as tend keeps an unencrypted journal's backups), one a line.
plain_files() {
  local f
  find . -type f | sort | while read -r f; do
    { [ "$(head -c 15 "$f" 2>/dev/null | tr -d '\000')" = "SQLite format 3" ] ||
      [ "$(gzip -dc "$f" 2>/dev/null | head -c 15 | tr -d '\000')" = "SQLite format 3" ]; } && echo "$f"
  done
}
