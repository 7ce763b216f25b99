//! The harness every test shares, so that no two tests set tend up differently: the
//! fixed moment (`NOW`), a store on it for library-level tests, and `Env`, a journal in
//! a temp folder with the one clean environment every `tend` under test runs in.

#![allow(dead_code)]

pub mod fixture;
pub mod person;
pub mod pseudo;
pub mod sync;

use chrono::{DateTime, FixedOffset};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use tend::clock::Clock;
use tend::store::Store;

/// The moment every test runs at unless it says otherwise: a Monday.
pub const NOW: &str = "2026-11-23T10:00:00+00:00";

/// The path of the `tend` binary cargo built for these tests.
pub const TEND: &str = env!("CARGO_BIN_EXE_tend");

/// The switch for the slow tests: on when `TEND_SLOW_TESTS` is set (to anything but
/// empty or `0`), as CI sets it. The slow tests are the sync property test at its full
/// size, the pseudo-terminal runs, the scale test, and every other test that takes
/// more than a few seconds; without the switch they return at once.
pub fn slow_tests() -> bool {
    std::env::var_os("TEND_SLOW_TESTS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The first line of a slow test: `if common::skip_slow() { return; }`. True, after
/// saying so on stderr (shown with `--nocapture`), when the switch is off.
pub fn skip_slow() -> bool {
    if slow_tests() {
        return false;
    }
    let thread = std::thread::current();
    eprintln!(
        "{}: skipped, a slow test (TEND_SLOW_TESTS=1 cargo test --locked runs it)",
        thread.name().unwrap_or("this test")
    );
    true
}

/// `moment` (RFC 3339) as a time.
pub fn at(moment: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(moment).unwrap()
}

/// The clock fixed at `NOW`, as `--now`/`TEND_NOW` fix the binary's.
pub fn clock() -> Clock {
    Clock::Fixed(at(NOW))
}

/// A plain journal entry written at `at`: only its words.
pub fn draft(at: DateTime<FixedOffset>, body: &str) -> tend::domain::JournalDraft {
    tend::domain::JournalDraft {
        at,
        title: None,
        body: body.into(),
        mood: None,
        domain: None,
        tags: vec![],
    }
}

/// A journal named `name` in `dir`, opened at `NOW`.
pub fn store(dir: &tempfile::TempDir, name: &str) -> Store {
    Store::open(&dir.path().join(name), clock()).unwrap()
}

/// A journal in a temp folder that is also the home folder, and `tend` run on it in a
/// clean environment.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data/tend.db");
        Env { dir, db }
    }

    /// The settings file `tend` reads (it need not exist).
    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// Every variable a `tend` under test sees, and nothing else from the caller's
    /// environment: the temp folder as home (and its XDG folders, as they are by
    /// default), UTC, a locale that names no country, the fixed moment, this
    /// journal and this settings file. A test changes one with `.env(…)` after.
    pub fn vars(&self) -> Vec<(&'static str, OsString)> {
        let home = self.dir.path();
        vec![
            ("HOME", home.into()),
            ("XDG_CONFIG_HOME", home.join(".config").into()),
            ("XDG_DATA_HOME", home.join(".local/share").into()),
            ("XDG_STATE_HOME", home.join(".local/state").into()),
            ("XDG_CACHE_HOME", home.join(".cache").into()),
            ("TZ", "UTC".into()),
            ("LANG", "C.UTF-8".into()),
            ("TEND_NOW", NOW.into()),
            ("TEND_DB", self.db.clone().into()),
            ("TEND_CONFIG", self.config().into()),
        ]
    }

    /// `tend` in the clean environment (`vars`), for assertions on its output.
    pub fn tend(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new(TEND);
        c.env_clear().envs(self.vars());
        c
    }

    /// The same as a plain process, for tests that spawn it and watch it run.
    pub fn command(&self) -> std::process::Command {
        let mut c = std::process::Command::new(TEND);
        c.env_clear().envs(self.vars());
        c
    }

    /// `bash -c script` in the clean environment, with `PATH` and the binary as `$TEND`.
    pub fn shell(&self, script: &str) -> std::process::Command {
        let mut c = std::process::Command::new("bash");
        c.arg("-c")
            .arg(script)
            .env_clear()
            .envs(self.vars())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TEND", TEND);
        c
    }

    /// `tend` for a pseudo-terminal: the clean environment, with `TERM` and `PATH`.
    pub fn pty(&self) -> portable_pty::CommandBuilder {
        let mut c = portable_pty::CommandBuilder::new(TEND);
        c.env_clear();
        for (k, v) in self.vars() {
            c.env(k, v);
        }
        c.env("TERM", "xterm-256color");
        c.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        c
    }

    /// Runs `args` and returns stdout, asserting success.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.tend().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "tend {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// The data export without what is this journal's own: the devices it names and
    /// the profile's version (each journal's profile is made with it), to compare
    /// with another journal's.
    pub fn data(&self) -> serde_json::Value {
        let mut doc: serde_json::Value =
            serde_json::from_str(&self.ok(&["export", "data"])).unwrap();
        doc.as_object_mut().unwrap().remove("devices");
        let profile = doc["profile"].as_object_mut().unwrap();
        profile.remove("stamp");
        profile.remove("stamp_base");
        if let Some(s) = profile.get_mut("stamps").and_then(|s| s.as_object_mut()) {
            s.remove("born");
        }
        doc
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        serde_json::from_str(&self.ok(&a)).unwrap()
    }

    /// Runs `args`, expecting exit status `code` and one line on stderr containing
    /// `needle`; the database file must be byte-identical afterwards.
    pub fn refused(&self, args: &[&str], code: i32, needle: &str) {
        let before = snapshot(&self.db);
        let out = self.tend().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
        assert!(
            err.contains(needle),
            "tend {args:?}: {err:?} lacks {needle:?}"
        );
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "tend {args:?}: not one line: {err:?}"
        );
        assert!(
            out.stdout.is_empty(),
            "tend {args:?} printed {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(
            snapshot(&self.db),
            before,
            "tend {args:?} changed the database"
        );
    }
}

/// The bytes of the database, with its WAL folded in so that the comparison sees
/// every committed change.
pub fn snapshot(db: &Path) -> Vec<u8> {
    if db.with_extension("db-wal").exists() {
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
        drop(c);
    }
    std::fs::read(db).unwrap_or_default()
}

/// What a hostile or mistaken path may be instead of a file or a folder, each by its
/// description: the matrix the hostile-path tests run through.
pub const HOSTILE: [&str; 7] = [
    "a named pipe",
    "a link to /dev/zero",
    "a link to a folder outside",
    "a dangling link",
    "a link to itself",
    "a folder",
    "a file",
];

/// Puts at `p` one of `HOSTILE` (`outside` is the folder a link leads out to).
pub fn plant(what: &str, p: &Path, outside: &Path) {
    use std::os::unix::fs::symlink;
    match what {
        "a named pipe" => rustix::fs::mknodat(
            rustix::fs::CWD,
            p,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .unwrap(),
        "a link to /dev/zero" => symlink("/dev/zero", p).unwrap(),
        "a link to a folder outside" => symlink(outside, p).unwrap(),
        "a dangling link" => symlink("/nonexistent/tend", p).unwrap(),
        "a link to itself" => symlink(p, p).unwrap(),
        "a folder" => std::fs::create_dir(p).unwrap(),
        "a file" => std::fs::write(p, b"a file").unwrap(),
        _ => unreachable!("{what}"),
    }
}
