//! Whole commands of the release binary at both journal sizes, side by side: the median
//! of 11 runs each (the sizes taking turns) after one to warm up (which also makes the day's backup), what each
//! costs beyond starting a process, and peak memory; and the app's first frame in a
//! pseudo-terminal, from start until the Today screen is drawn.

use super::{Figure, ms, table};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-23T10:00:00+00:00";
const BIN: &str = env!("CARGO_BIN_EXE_tend");
/// Runs of each command at each size.
const RUNS: usize = 11;

/// The median of `runs`, in milliseconds.
fn middle(mut runs: Vec<Duration>) -> f64 {
    runs.sort();
    ms(runs[runs.len() / 2])
}

fn tend(db: &Path, home: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.env_clear()
        .env("HOME", home)
        .env("TEND_DB", db)
        .env("TEND_CONFIG", home.join("none.toml"))
        .env("TEND_NOW", NOW)
        .env("TZ", "UTC")
        .args(args);
    c
}

fn run_ok(mut c: Command) {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Peak resident memory of one run, in MB (from /usr/bin/time), if it can be measured.
fn peak_mb(db: &Path, home: &Path, args: &[&str]) -> Option<f64> {
    let mut c = Command::new("/usr/bin/time");
    c.env_clear()
        .env("HOME", home)
        .env("TEND_DB", db)
        .env("TEND_CONFIG", home.join("none.toml"))
        .env("TEND_NOW", NOW)
        .env("TZ", "UTC")
        .args(["-f", "%M", BIN])
        .args(args);
    let out = c.output().ok()?;
    let err = String::from_utf8_lossy(&out.stderr);
    let kb: f64 = err.lines().last()?.trim().parse().ok()?;
    Some(kb / 1024.0)
}

/// Milliseconds from start until the app has drawn its Today screen in a 100×30
/// pseudo-terminal; the app is then killed.
fn first_frame(db: &Path, home: &Path) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env_clear();
    for (k, v) in [
        ("HOME", home.as_os_str()),
        ("TEND_DB", db.as_os_str()),
        ("TEND_NOW", NOW.as_ref()),
        ("TERM", "xterm-256color".as_ref()),
        ("TZ", "UTC".as_ref()),
    ] {
        cmd.env(k, v);
    }
    cmd.env("TEND_CONFIG", home.join("none.toml"));
    let seen: Arc<Mutex<Vec<u8>>> = Arc::default();
    let mut reader = pty.master.try_clone_reader().unwrap();
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    let sink = seen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let drawn = loop {
        let out = seen.lock().unwrap();
        if out.windows(5).any(|w| w == b"Today") {
            break start.elapsed();
        }
        drop(out);
        assert!(start.elapsed() < Duration::from_secs(20), "no first frame");
        std::thread::sleep(Duration::from_micros(200));
    };
    // Killed outright, as a closed terminal would leave it to the kernel: the next
    // start finds what a crash leaves, which SQLite recovers without a full read.
    if let Some(pid) = child
        .process_id()
        .and_then(|p| rustix::process::Pid::from_raw(p as i32))
    {
        let _ = rustix::process::kill_process(pid, rustix::process::Signal::KILL);
    }
    let _ = child.wait();
    drawn
}

/// The app's first frame in a pseudo-terminal, for each journal (sizes in turn).
fn first_frames(journals: &[std::path::PathBuf], home: &Path) -> Figure {
    let mut frames = vec![Vec::new(); journals.len()];
    for db in journals {
        first_frame(db, home); // warm up
    }
    for _ in 0..RUNS {
        for (db, runs) in journals.iter().zip(&mut frames) {
            runs.push(first_frame(db, home));
        }
    }
    Figure {
        what: "tend: the app's first frame (pty, until drawn)".into(),
        at: frames.into_iter().map(middle).collect(),
        unit: "ms",
    }
}

pub fn run(journals: &[std::path::PathBuf], home: &Path) {
    let to = "2026-11-23";
    let from = "2025-11-24";
    let html = home.join("summary.html");
    let html = html.to_str().unwrap();
    let commands: Vec<(&str, Vec<&str>)> = vec![
        (
            "tend --version (process start, no journal)",
            vec!["--version"],
        ),
        ("tend status", vec!["status"]),
        ("tend stats --json", vec!["stats", "--json"]),
        (
            "tend checkin list --json",
            vec!["checkin", "list", "--json"],
        ),
        (
            "tend journal search meeting --json",
            vec!["journal", "search", "meeting", "--json"],
        ),
        (
            "tend journal search meeting --relevance --json",
            vec!["journal", "search", "meeting", "--relevance", "--json"],
        ),
        (
            "tend export summary (HTML, 365 days)",
            vec![
                "export", "summary", "--from", from, "--to", to, "-o", html, "--force",
            ],
        ),
    ];
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for (what, args) in &commands {
        for db in journals {
            run_ok(tend(db, home, args)); // warm up; the day's backup
        }
        // The sizes take turns, so that whatever else the machine does falls on both.
        let mut runs = vec![Vec::new(); journals.len()];
        for _ in 0..RUNS {
            for (db, runs) in journals.iter().zip(&mut runs) {
                let t = Instant::now();
                run_ok(tend(db, home, args));
                runs.push(t.elapsed());
            }
        }
        times.push(Figure {
            what: (*what).to_string(),
            at: runs.into_iter().map(middle).collect(),
            unit: "ms",
        });
        peaks.push(Figure {
            what: (*what).to_string(),
            at: journals
                .iter()
                .filter_map(|db| peak_mb(db, home, args))
                .collect(),
            unit: "MB",
        });
    }
    times.push(first_frames(journals, home));
    table(
        &format!("Whole commands, release binary (median of {RUNS}, sizes in turn)"),
        &times,
    );
    let start = times[0].at.clone();
    let beyond: Vec<Figure> = times
        .iter()
        .skip(1)
        .map(|f| Figure {
            what: f.what.clone(),
            at: f.at.iter().zip(&start).map(|(t, s)| t - s).collect(),
            unit: "ms",
        })
        .collect();
    table("Beyond process start (minus tend --version)", &beyond);
    table("Peak memory (RSS, one run)", &peaks);
}
