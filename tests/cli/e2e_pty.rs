//! End to end: the real binary in a pseudo-terminal. A person skips the welcome, checks
//! in, writes a journal entry and quits; the CLI then reads both back. Signals that
//! stop tend keep the words being written as a draft (never in a temp file), restore
//! the terminal and exit 128 + the signal; the next start offers the words back.
//! Slow tests: they run with `TEND_SLOW_TESTS=1` (`common::skip_slow`).

use crate::common;

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Waits (up to a generous limit, never asserting on speed) for `ready`.
fn eventually(what: &str, mut ready: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if ready() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(30));
    }
    eprintln!("gave up waiting for {what}");
    false
}

/// tend running in a pseudo-terminal, with its screen and raw output.
struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    keys: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

/// tend's command line with the test's journal and settings.
fn command(env: &common::Env, extra: &[(&str, &Path)]) -> CommandBuilder {
    let mut cmd = env.pty();
    for (k, v) in extra {
        cmd.env(k, v);
    }
    cmd
}

/// The terminal most tests use; `SMALL` is the smallest tend is made for.
const SIZE: (u16, u16) = (30, 100);
const SMALL: (u16, u16) = (24, 80);

fn pty() -> portable_pty::PtyPair {
    pty_of(SIZE)
}

/// A pseudo-terminal of `rows`×`cols`.
fn pty_of((rows, cols): (u16, u16)) -> portable_pty::PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap()
}

impl Tui {
    fn start(env: &common::Env, extra: &[(&str, &Path)]) -> Tui {
        Tui::start_at(SIZE, env, extra)
    }

    /// tend in a terminal of `size` (rows, columns).
    fn start_at(size: (u16, u16), env: &common::Env, extra: &[(&str, &Path)]) -> Tui {
        let pty = pty_of(size);
        let child = pty.slave.spawn_command(command(env, extra)).unwrap();
        drop(pty.slave);
        Tui::attach_at(size, pty.master, child)
    }

    fn attach(master: Box<dyn MasterPty + Send>, child: Box<dyn Child + Send + Sync>) -> Tui {
        Tui::attach_at(SIZE, master, child)
    }

    fn attach_at(
        (rows, cols): (u16, u16),
        master: Box<dyn MasterPty + Send>,
        child: Box<dyn Child + Send + Sync>,
    ) -> Tui {
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(rows).unwrap(),
            std::num::NonZero::new(cols).unwrap(),
            0,
        )));
        let raw: Arc<Mutex<Vec<u8>>> = Arc::default();
        let (p, r) = (parser.clone(), raw.clone());
        let mut reader = master.try_clone_reader().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let keys = master.take_writer().unwrap();
        Tui {
            parser,
            raw,
            keys,
            child,
            _master: master,
        }
    }

    fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn send(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).unwrap();
        self.keys.flush().unwrap();
    }

    fn wait_for(&self, needle: &str) {
        if !eventually(needle, || self.text().contains(needle)) {
            panic!("never saw {needle:?}; the screen was:\n{}", self.text());
        }
    }

    /// Whether `bytes` appeared in the raw output (an escape code the screen never shows).
    fn wait_for_raw(&self, bytes: &str) -> bool {
        eventually(bytes, || {
            String::from_utf8_lossy(&self.raw.lock().unwrap()).contains(bytes)
        })
    }

    fn signal(&self, sig: rustix::process::Signal) {
        let pid = self.child.process_id().expect("a pid") as i32;
        rustix::process::kill_process(rustix::process::Pid::from_raw(pid).unwrap(), sig).unwrap();
    }

    /// Whether the process is stopped (state T in /proc), as a shell's job is before `fg`.
    fn stopped(&self) -> bool {
        let pid = self.child.process_id().expect("a pid");
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| {
                s.rsplit(')')
                    .next()
                    .map(|r| r.trim_start().starts_with('T'))
            })
            .unwrap_or(false)
    }

    fn exit_code(&mut self) -> u32 {
        self.child.wait().unwrap().exit_code()
    }
}

#[test]
fn check_in_and_journal_in_a_real_terminal() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    let mut tui = Tui::start(&env, &[]);
    tui.wait_for("Welcome to tend");
    tui.send(b"\x1b"); // Esc skips the welcome
    tui.wait_for("Skipped for now");
    tui.send(b"\r"); // Enter: today's check-in
    tui.wait_for("How are you today");
    tui.send(b"8"); // mood 8
    tui.send(b"\t\x1b[C\x1b[C\x1b[C"); // craving 0 → 2
    tui.wait_for("Craving    ■■■·");
    tui.send(b"\x13"); // Ctrl-S saves
    tui.wait_for("Checked in. Thank you");
    tui.send(b"3");
    tui.wait_for("No entries yet");
    tui.send(b"n");
    tui.wait_for("New entry");
    tui.send(b"Walked by the river.\rFelt lighter.");
    tui.wait_for("Felt lighter.");
    tui.send(b"\x13");
    tui.wait_for("Saved entry 1");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    assert!(
        tui.wait_for_raw("\x1b[?1049l"),
        "the alternate screen was not left on exit"
    );
    let c = env.json(&["checkin", "show"]);
    assert_eq!(
        (c["mood"].as_i64(), c["craving"].as_i64()),
        (Some(8), Some(2))
    );
    let entries = env.json(&["journal", "list"]);
    assert_eq!(entries[0]["body"], "Walked by the river.\nFelt lighter.");
}

/// At 80×24, a 400-character entry typed in the editor shows all its words, wrapped
/// at the window's width, and its `#walk` is the saved entry's tag `walk`.
#[test]
fn a_long_entry_wraps_at_80_columns_and_its_hashtag_becomes_a_tag() {
    if common::skip_slow() {
        return;
    }
    let text = "Woke early and could not settle, so I put my shoes on and went out before \
                the kettle boiled. The streets were empty and the air was cold enough to \
                sting. I took the long way round by the river, past the boatyard and the \
                old mill, and by the time I turned for home the restless feeling had eased \
                into something quieter. #walk Tonight I want to remember that moving \
                helped, and that asking for nothing was fine.";
    assert!(text.chars().count() >= 400);
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let mut tui = Tui::start_at(SMALL, &env, &[]);
    tui.wait_for("Welcome back");
    tui.send(b"3n");
    tui.wait_for("New entry");
    tui.send(text.as_bytes());
    tui.wait_for("nothing was fine.");
    tui.wait_for("in the text: #walk");
    let screen = tui.text();
    let shown = screen.lines().collect::<Vec<_>>().join(" ");
    for word in text.split_whitespace() {
        assert!(shown.contains(word), "{word:?} not on screen:\n{screen}");
    }
    tui.send(b"\x13"); // Ctrl-S saves
    tui.wait_for("Saved entry 1");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    let e = env.json(&["journal", "show", "1"]);
    assert_eq!(e["body"], text);
    assert_eq!(e["tags"], serde_json::json!(["walk"]));
    assert_eq!(e["mood"], 6, "today's mood, shown in the editor");
}

/// At 80×24, a forgotten evening: yesterday's check-in added from the Check-in screen
/// (← to yesterday, Enter, a mood, save), then read back by the CLI as yesterday's.
#[test]
fn yesterdays_check_in_is_added_from_the_check_in_screen_at_80x24() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-11-02"]);
    let mut tui = Tui::start_at(SMALL, &env, &[]);
    tui.wait_for("Welcome");
    tui.send(b"2");
    tui.wait_for("No check-in yet today");
    tui.send(b"\x1b[D"); // ← the day before
    tui.wait_for("No check-in for Sunday 22 November");
    tui.send(b"\r");
    tui.wait_for("How was Sunday 22 November?");
    tui.wait_for("1 very low · 10 very good");
    tui.send(b"4"); // mood 4
    tui.send(&b"\t".repeat(8)); // to sleep
    tui.wait_for("←→ half an hour · 0-9 hours");
    tui.send(b"9"); // 9 hours
    tui.wait_for("9 hours");
    tui.send(b"\r"); // Enter saves
    tui.wait_for("Saved the check-in of Sunday 22 November");
    tui.wait_for("Checked in for Sunday 22 November");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    let c = env.json(&["checkin", "show", "yesterday"]);
    assert_eq!(
        (
            c["date"].as_str(),
            c["mood"].as_i64(),
            c["sleep_hours"].as_f64()
        ),
        (Some("2026-11-22"), Some(4), Some(9.0))
    );
    let all = env.json(&["checkin", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 1, "today has none: {all}");
}

#[test]
fn a_ticked_setback_answered_not_now_is_kept_and_counted() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-11-02"]);
    let mut tui = Tui::start(&env, &[]);
    tui.wait_for("Welcome");
    tui.send(b"\r"); // today's check-in
    tui.wait_for("How are you today");
    tui.send(b"6");
    tui.send(&b"\t".repeat(13)); // to "I had a setback today"
    tui.send(b" ");
    tui.wait_for("[x] I had a setback today");
    tui.send(b"\x13"); // Ctrl-S saves
    tui.wait_for("Write a growth entry about the setback now?");
    tui.send(b"\x1b"); // not now
    tui.wait_for("Your setback is kept");
    tui.send(b"1");
    tui.wait_for("Your slip today is recorded");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    let growth = env.json(&["growth", "list"]);
    let list = growth.as_array().unwrap();
    assert_eq!(list.len(), 1, "{growth}");
    assert_eq!(
        (list[0]["date"].as_str(), list[0]["kind"].as_str()),
        (Some("2026-11-23"), Some("slip"))
    );
    let stats = env.json(&["stats"]);
    let c = &stats["commitments"][0];
    assert_eq!(
        (c["current_run"].as_i64(), c["days_on_track"].as_i64()),
        (Some(0), Some(21))
    );
}

/// A test that fails half-way leaves no tend running behind it.
impl Drop for Tui {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The journal's kept drafts, read straight from the (plain) file.
fn drafts(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT body FROM drafts WHERE kind = 'journal'")
        .unwrap();
    st.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn term_and_hup_keep_the_words_as_a_draft_and_restore_the_terminal() {
    if common::skip_slow() {
        return;
    }
    use rustix::process::Signal;
    for (sig, code) in [(Signal::TERM, 143), (Signal::HUP, 129), (Signal::INT, 130)] {
        let env = common::Env::new();
        env.ok(&["checkin", "--mood", "6"]);
        let mut tui = Tui::start(&env, &[]);
        tui.wait_for("Welcome back");
        tui.send(b"3n");
        tui.wait_for("New entry");
        tui.send(b"Words I must not lose");
        tui.wait_for("Words I must not lose");
        tui.signal(sig);
        assert_eq!(tui.exit_code(), code, "{sig:?}");
        assert!(
            tui.wait_for_raw("\x1b[?1049l"),
            "{sig:?}: the alternate screen stayed"
        );
        assert_eq!(drafts(&env.db), ["Words I must not lose"], "{sig:?}");
        // The next start offers the words back in the editor.
        let mut again = Tui::start(&env, &[]);
        again.wait_for("are back");
        again.wait_for("Words I must not lose");
        again.send(b"\x13");
        again.wait_for("Saved entry 1");
        again.send(b"q");
        assert_eq!(again.exit_code(), 0);
        assert!(drafts(&env.db).is_empty(), "a saved draft is gone");
    }
}

#[test]
fn term_while_the_editor_runs_stops_it_and_leaves_no_temp_file() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let tmp: PathBuf = env.dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    // An editor that saves a line, then waits (as a person would) until told to stop.
    let editor = env.dir.path().join("slow-editor");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'From my editor' > \"$1\"\ntrap 'exit 0' HUP TERM\nwhile :; do sleep 0.1; done\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o700)).unwrap();
    let mut tui = Tui::start(&env, &[("EDITOR", &editor), ("TMPDIR", &tmp)]);
    tui.wait_for("Welcome back");
    tui.send(b"3e");
    let written = || {
        std::fs::read_dir(&tmp).unwrap().flatten().any(|d| {
            std::fs::read_to_string(d.path().join("entry.md")).is_ok_and(|t| t == "From my editor")
        })
    };
    assert!(eventually("the editor's file", written));
    tui.signal(rustix::process::Signal::TERM);
    let code = tui.exit_code();
    assert_eq!(
        code,
        143,
        "{}",
        String::from_utf8_lossy(&tui.raw.lock().unwrap())
    );
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().collect();
    assert!(left.is_empty(), "the plaintext temp file stayed: {left:?}");
    assert_eq!(drafts(&env.db), ["From my editor"]);
}

#[test]
fn a_stale_editor_folder_of_a_killed_tend_is_removed_at_the_next_start() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let tmp: PathBuf = env.dir.path().join("tmp");
    // pid 0x7ffffffe is never a live process here.
    let stale = tmp.join("tend-edit-2147483646-abc");
    std::fs::create_dir_all(&stale).unwrap();
    std::fs::write(stale.join("entry.md"), "plaintext left behind").unwrap();
    let mut tui = Tui::start(&env, &[("TMPDIR", &tmp)]);
    tui.wait_for("Welcome back");
    assert!(!stale.exists(), "the stale folder stayed");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
}

#[test]
fn after_a_kill_9_the_next_start_leaves_a_sane_terminal() {
    if common::skip_slow() {
        return;
    }
    use rustix::termios::LocalModes;
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let pair = pty();
    let fd = pair.master.as_raw_fd().unwrap();
    // SAFETY: the master stays open for the whole test.
    let master = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let cooked = || {
        let t = rustix::termios::tcgetattr(master).unwrap();
        t.local_modes
            .contains(LocalModes::ICANON | LocalModes::ECHO)
    };
    assert!(cooked(), "a fresh terminal is cooked");
    let first = pair.slave.spawn_command(command(&env, &[])).unwrap();
    let mut tui = Tui::attach(pair.master, first);
    tui.wait_for("Welcome back");
    assert!(!cooked(), "tend runs it raw");
    tui.signal(rustix::process::Signal::KILL);
    tui.exit_code();
    assert!(!cooked(), "SIGKILL can't be caught: the terminal stays raw");
    let second = pair.slave.spawn_command(command(&env, &[])).unwrap();
    tui.child = second;
    tui.wait_for("Welcome back");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    assert!(cooked(), "the next start left the terminal sane");
}

/// A stop request (what a shell's job control sends) gives the terminal back cooked;
/// continued (`fg`), the app takes it raw again, redraws and reads keys at once.
#[test]
fn stopped_and_continued_it_gives_the_terminal_back_and_takes_it_again() {
    if common::skip_slow() {
        return;
    }
    use rustix::termios::LocalModes;
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let pair = pty();
    let fd = pair.master.as_raw_fd().unwrap();
    // SAFETY: the master stays open for the whole test.
    let master = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let cooked = || {
        let t = rustix::termios::tcgetattr(master).unwrap();
        t.local_modes
            .contains(LocalModes::ICANON | LocalModes::ECHO)
    };
    let child = pair.slave.spawn_command(command(&env, &[])).unwrap();
    let mut tui = Tui::attach(pair.master, child);
    tui.wait_for("Welcome back");
    tui.signal(rustix::process::Signal::TSTP);
    assert!(
        eventually("the terminal given back", cooked),
        "still raw after a stop"
    );
    // As a shell's `fg` does, only once it has stopped: it gives the terminal back
    // before it stops itself, and a continue sent in between would be lost.
    assert!(eventually("the stop", || tui.stopped()), "never stopped");
    tui.signal(rustix::process::Signal::CONT);
    assert!(
        eventually("the terminal taken again", || !cooked()),
        "cooked after fg"
    );
    tui.send(b"3");
    tui.wait_for("No entries yet. Press n to write your first.");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
}

/// `tend encrypt` from another shell while the app has the journal open is refused,
/// saying why; a journal file replaced anyway (moved over by hand or by a sync tool) is
/// never written into: the app opens the new file, words still on screen, and saves
/// there.
#[test]
fn a_journal_replaced_under_a_running_tui_is_opened_again_and_nothing_is_lost() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let pass = env.dir.path().join("pass");
    std::fs::write(&pass, "blue valentines\n").unwrap();
    let mut tui = Tui::start(&env, &[]);
    tui.wait_for("Welcome back");
    tui.send(b"3n");
    tui.wait_for("New entry");
    tui.send(b"Written while the file was replaced");
    tui.wait_for("the file was replaced");
    let out = env
        .tend()
        .env("TEND_NEW_PASSPHRASE_FILE", &pass)
        .arg("encrypt")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("the journal is open in another tend"),
        "{err}"
    );
    // Another journal moved over the open one, as a sync tool or `mv` would.
    let other_dir = env.dir.path().join("elsewhere");
    let other = other_dir.join("tend.db");
    let out = env
        .tend()
        .env("TEND_DB", &other)
        .args(["journal", "add", "From the other device"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::rename(&other, &env.db).unwrap();
    tui.send(b"\x13"); // Ctrl-S: refused, and the new file opened
    tui.wait_for("tend opened it again");
    tui.send(b"\x13");
    tui.wait_for("Saved entry");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    let text = env.ok(&["journal", "list", "--json"]);
    assert!(
        text.contains("Written while the file was replaced"),
        "{text}"
    );
    assert!(text.contains("From the other device"), "{text}");
}

/// An encrypted journal moved over the open plain one: the app asks for its passphrase
/// on the lock screen, then saves the words into it.
#[test]
fn an_encrypted_journal_moved_over_the_open_one_asks_for_its_passphrase() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let pass = env.dir.path().join("pass");
    std::fs::write(&pass, "blue valentines\n").unwrap();
    let other = env.dir.path().join("elsewhere/tend.db");
    let run = |args: &[&str]| {
        let out = env
            .tend()
            .env("TEND_DB", &other)
            .env("TEND_NEW_PASSPHRASE_FILE", &pass)
            .env("TEND_PASSPHRASE_FILE", &pass)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["journal", "add", "Kept elsewhere"]);
    run(&["encrypt"]);
    let mut tui = Tui::start(&env, &[]);
    tui.wait_for("Welcome back");
    tui.send(b"3n");
    tui.wait_for("New entry");
    tui.send(b"Words for the encrypted one");
    tui.wait_for("encrypted one");
    std::fs::rename(&other, &env.db).unwrap();
    tui.send(b"\x13");
    tui.wait_for("Type its passphrase to open it again");
    tui.send(b"blue valentine\r");
    tui.wait_for("did not open it");
    tui.send(b"blue valentines\r");
    tui.wait_for("tend opened it again");
    tui.send(b"\x13");
    tui.wait_for("Saved entry");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    let list = env
        .tend()
        .env("TEND_PASSPHRASE_FILE", &pass)
        .args(["journal", "list", "--json"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(
        text.contains("Words for the encrypted one") && text.contains("Kept elsewhere"),
        "{text}"
    );
}

/// Another device's journal, syncing through `folder` with the passphrase "river
/// stones" (a cheap key derivation, so the test stays quick).
fn sync_pair(
    env: &common::Env,
) -> (
    tend::store::Store,
    tend::sync::seal::Key,
    std::path::PathBuf,
) {
    use tend::sync::seal::{Kdf, Key};
    let clock = common::clock();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    let here = tend::store::Store::open(&env.db, clock).unwrap();
    let start = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    here.write(|tx| tx.add_commitment("Alcohol", start, None))
        .unwrap();
    let other = tend::store::Store::open(&env.dir.path().join("other.db"), clock).unwrap();
    let kdf = Kdf {
        memory_kib: 8 * 1024,
        passes: 1,
        ..Kdf::fresh()
    };
    let pass = tend::secret::Passphrase::new("river stones").unwrap();
    let key = Key::derive(&pass, &kdf).unwrap();
    let folder = env.dir.path().join("folder");
    tend::sync::init_with(&here, &folder, "laptop", &kdf, &key).unwrap();
    tend::sync::join_with(&other, &folder, "desktop", &key).unwrap();
    let pass_file = env.dir.path().join("sync-pass");
    std::fs::write(&pass_file, "river stones\n").unwrap();
    (other, key, pass_file)
}

#[test]
fn sync_on_open_syncs_before_the_app_opens_and_after_it_closes() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    std::fs::write(env.config(), "sync_on_open = true\n").unwrap();
    let (other, key, pass) = sync_pair(&env);
    let draft = tend::domain::JournalDraft {
        at: common::at(common::NOW),
        title: None,
        body: "Written on the desktop".into(),
        mood: None,
        domain: None,
        tags: vec![],
    };
    other.write(|tx| tx.add_journal(draft)).unwrap();
    tend::sync::run(&other, &key).unwrap();
    let mut tui = Tui::start(&env, &[("TEND_SYNC_PASSPHRASE_FILE", &pass)]);
    // (How many changes each side takes depends on the random device ids, which
    // break the tie between the two journals' profiles, written at the same moment.)
    tui.wait_for("Synced: received");
    tui.send(b"3");
    tui.wait_for("Written on the desktop");
    tui.send(b"n");
    tui.wait_for("New entry");
    tui.send(b"Written on the laptop");
    tui.wait_for("on the laptop");
    tui.send(b"\x13");
    tui.wait_for("Saved entry");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    // Both reports stay on the terminal the app gave back.
    let twice = || tui.text().matches("Synced: received").count() == 2;
    assert!(eventually("two reports", twice), "{}", tui.text());
    tend::sync::run(&other, &key).unwrap();
    let bodies: Vec<String> = other
        .journal(&Default::default())
        .unwrap()
        .into_iter()
        .map(|e| e.body)
        .collect();
    assert!(
        bodies.contains(&"Written on the laptop".to_string()),
        "{bodies:?}"
    );
}

#[test]
fn a_sync_that_cannot_run_says_so_in_one_line_and_the_app_opens_anyway() {
    if common::skip_slow() {
        return;
    }
    let env = common::Env::new();
    std::fs::write(env.config(), "sync_on_open = true\n").unwrap();
    let (_other, _key, pass) = sync_pair(&env);
    std::fs::write(&pass, "the wrong words\n").unwrap();
    let mut tui = Tui::start(&env, &[("TEND_SYNC_PASSPHRASE_FILE", &pass)]);
    tui.wait_for("Welcome back");
    tui.wait_for("Not synced: sync passphrase");
    tui.send(b"q");
    assert_eq!(tui.exit_code(), 0);
    tui.wait_for("tend: sync: sync passphrase");
    assert!(!tui.text().contains("Synced:"), "{}", tui.text());
}
