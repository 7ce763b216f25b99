//! On a terminal, a Daylio import asks for the mood labels it doesn't know, once each.

use crate::common;

use portable_pty::{PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Waits (up to 20 s) until the output holds `needle`.
fn wait_for(out: &Arc<Mutex<Vec<u8>>>, needle: &str) -> String {
    let start = Instant::now();
    loop {
        let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
        if text.contains(needle) {
            return text;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no {needle:?} in {text:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn unknown_mood_labels_are_asked_for_on_a_terminal() {
    let env = common::Env::new();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = env.pty();
    cmd.args([
        "import",
        &format!(
            "{}/tests/fixtures/import/daylio_unknown_moods.csv",
            env!("CARGO_MANIFEST_DIR")
        ),
        "--mood-map",
        "ok=5",
    ]);
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let out: Arc<Mutex<Vec<u8>>> = Arc::default();
    let sink = out.clone();
    let mut reader = pair.master.try_clone_reader().unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let mut keys = pair.master.take_writer().unwrap();
    wait_for(&out, "Daylio mood 'sleepy' (3 rows)");
    keys.write_all(b"eleven\n").unwrap();
    wait_for(&out, "a whole number from 1 to 10, please");
    keys.write_all(b"4\n").unwrap();
    wait_for(&out, "Daylio mood 'super rad' (2 rows)");
    keys.write_all(b"10\n").unwrap();
    let text = wait_for(&out, "check-in moods");
    assert!(
        text.contains("(next time: --mood-map 'ok=5,sleepy=4,super rad=10')"),
        "{text}"
    );
    assert!(text.contains("journal entries: 7 added"), "{text}");
    assert!(child.wait().unwrap().success());
    let moods = env.json(&["checkin", "show", "2026-11-01"]);
    assert_eq!(moods["mood"], 4);
}
