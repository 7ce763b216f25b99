//! End to end: the real binary in a pseudo-terminal. A person skips the welcome, checks
//! in, writes a journal entry and quits; the CLI then reads both back.

mod common;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Screen {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits (up to a generous limit, never asserting on speed) for `needle` on screen.
    fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.text().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!("never saw {needle:?}; the screen was:\n{}", self.text());
    }

    /// Waits (with the same limit) for `bytes` in the raw output, e.g. an escape code
    /// the screen itself never shows.
    fn wait_for_raw(&self, bytes: &str) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if String::from_utf8_lossy(&self.raw.lock().unwrap()).contains(bytes) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        false
    }
}

#[test]
fn check_in_and_journal_in_a_real_terminal() {
    let env = common::Env::new();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tend"));
    cmd.env_clear();
    cmd.env("HOME", env.dir.path());
    cmd.env("TEND_DB", &env.db);
    cmd.env("TEND_CONFIG", env.dir.path().join("config.toml"));
    cmd.env("TEND_NOW", common::NOW);
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let screen = Screen {
        parser: Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(30).unwrap(),
            std::num::NonZero::new(100).unwrap(),
            0,
        ))),
        raw: Arc::default(),
    };
    let (parser, raw) = (screen.parser.clone(), screen.raw.clone());
    let mut reader = pty.master.try_clone_reader().unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.lock().unwrap().process(&buf[..n]);
            raw.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let mut keys = pty.master.take_writer().unwrap();
    let mut send = |bytes: &[u8]| {
        keys.write_all(bytes).unwrap();
        keys.flush().unwrap();
    };

    screen.wait_for("Welcome to tend");
    send(b"\x1b"); // Esc skips the welcome
    screen.wait_for("Skipped for now");
    send(b"\r"); // Enter: today's check-in
    screen.wait_for("How are you today");
    send(b"8"); // mood 8
    send(b"\t\x1b[C\x1b[C\x1b[C"); // craving 0 → 2
    screen.wait_for("Craving    ■■■·");
    send(b"\x13"); // Ctrl-S saves
    screen.wait_for("Checked in. Thank you");
    send(b"3");
    screen.wait_for("No entries yet");
    send(b"n");
    screen.wait_for("New entry");
    send(b"Walked by the river.\rFelt lighter.");
    screen.wait_for("Felt lighter.");
    send(b"\x13");
    screen.wait_for("Saved entry 1");
    send(b"q");
    let status = child.wait().unwrap();
    assert!(status.success(), "tend exited with {status:?}");
    assert!(
        screen.wait_for_raw("\x1b[?1049l"),
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
