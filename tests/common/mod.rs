//! Shared helpers: a `tend` command on a temp database at a fixed moment.

#![allow(dead_code)]

pub mod person;
pub mod sync;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub const NOW: &str = "2026-11-23T10:00:00+00:00";

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

    /// `tend` with this env's database and home, at the fixed moment.
    pub fn tend(&self) -> Command {
        let mut c = Command::cargo_bin("tend").unwrap();
        c.env_clear()
            .env("HOME", self.dir.path())
            .env("TEND_DB", &self.db)
            .env("TEND_CONFIG", self.dir.path().join("config.toml"))
            .env("TEND_NOW", NOW)
            .env("TZ", "UTC");
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
