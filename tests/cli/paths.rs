//! Paths taken as paths: `--db` never read as an SQLite URI, odd things at the journal
//! and output paths (pipes, folders, links, devices) refused with one line naming them,
//! and files that only look encrypted called what they are.

use crate::common;

use common::Env;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::Output;
use std::time::Duration;

/// Runs tend in the env's folder (for relative paths), giving up after 20 seconds.
fn run_in(env: &Env, args: &[&str]) -> Output {
    env.tend()
        .current_dir(env.dir.path())
        .timeout(Duration::from_secs(20))
        .args(args)
        .output()
        .unwrap()
}

fn ok_in(env: &Env, args: &[&str]) -> String {
    let out = run_in(env, args);
    assert!(
        out.status.success(),
        "tend {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Expects exit status `code`, nothing on stdout, and one line on stderr holding every
/// one of `needles`.
fn refused_in(env: &Env, args: &[&str], code: i32, needles: &[&str]) -> String {
    let out = run_in(env, args);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
    for n in needles {
        assert!(err.contains(n), "tend {args:?}: {err:?} lacks {n:?}");
    }
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(out.stdout.is_empty(), "tend {args:?} printed something");
    err
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_db_path_starting_with_file_is_a_plain_relative_file() {
    let env = Env::new();
    let d = env.dir.path();
    // A real journal at j.db, which `file:j.db` must not reach.
    ok_in(&env, &["--db", "j.db", "journal", "add", "in j.db"]);
    let before = std::fs::read(d.join("j.db")).unwrap();
    let out = ok_in(
        &env,
        &["--db", "file:j.db", "journal", "add", "in file:j.db"],
    );
    assert!(out.starts_with("Saved entry 1"), "{out}");
    assert_eq!(std::fs::read(d.join("j.db")).unwrap(), before);
    let listed = ok_in(&env, &["--db", "file:j.db", "journal", "list"]);
    assert!(listed.contains("in file:j.db") && !listed.contains("in j.db"));
    let mode = std::fs::metadata(d.join("file:j.db"))
        .unwrap()
        .permissions();
    assert_eq!(mode.mode() & 0o777, 0o600);
}

#[test]
fn a_db_path_like_a_memory_uri_stores_to_that_file() {
    let env = Env::new();
    let d = env.dir.path();
    let db = "file:k.db?mode=memory&cache=shared";
    ok_in(&env, &["--db", db, "journal", "add", "kept"]);
    assert!(d.join(db).is_file(), "{:?}", names(d));
    assert!(!d.join("k.db").exists());
    let listed = ok_in(&env, &["--db", db, "journal", "list"]);
    assert!(
        listed.contains("kept"),
        "the entry was not stored: {listed}"
    );
    // A backup to a path like a URI is that file too.
    ok_in(&env, &["--db", db, "backup", "file:b.db?mode=memory"]);
    assert!(d.join("file:b.db?mode=memory").is_file(), "{:?}", names(d));
    let listed = ok_in(&env, &["--db", "file:b.db?mode=memory", "journal", "list"]);
    assert!(listed.contains("kept"), "{listed}");
}

#[test]
fn odd_things_at_the_journal_path_are_refused_by_name() {
    let env = Env::new();
    let d = env.dir.path();
    mkfifo(&d.join("pipe"));
    std::fs::create_dir(d.join("folder")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere/j.db"), d.join("dangling")).unwrap();
    let cases = [
        ("pipe", "named pipe"),
        ("folder", "folder"),
        ("dangling", "symbolic link"),
        ("missing/sub/", "ends with /"),
    ];
    for (name, what) in cases {
        for args in [
            &["journal", "list"][..],
            &["journal", "add", "x"],
            &["status"],
        ] {
            let mut a = vec!["--db", name];
            a.extend_from_slice(args);
            refused_in(&env, &a, 1, &[name, what]);
        }
    }
    assert!(
        std::fs::metadata(d.join("pipe"))
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(names(&d.join("folder")).is_empty());
    assert!(!d.join("nowhere").exists());
    assert_eq!(names(d), ["dangling", "folder", "pipe"]);
}

#[test]
fn odd_things_at_output_paths_are_never_replaced() {
    let env = Env::new();
    let d = env.dir.path();
    ok_in(&env, &["journal", "add", "private words"]);
    mkfifo(&d.join("pipe"));
    std::fs::create_dir(d.join("folder")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.json"), d.join("dangling")).unwrap();
    let before = names(d);
    let cases = [
        ("pipe", "named pipe"),
        ("folder", "folder"),
        ("dangling", "symbolic link"),
    ];
    for (name, what) in cases {
        for force in [false, true] {
            let mut data = vec!["export", "data", "-o", name];
            let mut summary = vec!["export", "summary", "-o", name];
            if force {
                data.push("--force");
                summary.push("--force");
            }
            refused_in(&env, &data, 2, &[name, what]);
            refused_in(&env, &summary, 2, &[name, what]);
        }
        refused_in(&env, &["backup", name], 2, &[name, what]);
    }
    assert_eq!(names(d), before, "something was written");
    assert!(
        std::fs::metadata(d.join("pipe"))
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(
        std::fs::symlink_metadata(d.join("dangling"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(names(&d.join("folder")).is_empty());
    // A regular file is still replaced with --force.
    std::fs::write(d.join("old.json"), "old").unwrap();
    ok_in(&env, &["export", "data", "-o", "old.json", "--force"]);
    assert!(
        std::fs::read_to_string(d.join("old.json"))
            .unwrap()
            .contains("private words")
    );
}

#[test]
fn a_zero_filled_file_is_damaged_not_encrypted() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    std::fs::write(&env.db, vec![0u8; 8192]).unwrap();
    for args in [
        &["journal", "list"][..],
        &["journal", "add", "x"],
        &["stats"],
    ] {
        let err = refused_in(&env, args, 1, &["damaged", "backup"]);
        assert!(!err.contains("encrypted;"), "{err}");
        assert!(!err.contains("passphrase"), "{err}");
    }
    // Text in page-sized blocks is not encryption either.
    std::fs::write(&env.db, &"dear diary ".repeat(1024).as_bytes()[..8192]).unwrap();
    let err = refused_in(&env, &["journal", "list"], 1, &["not a tend"]);
    assert!(!err.contains("passphrase"), "{err}");
    assert_eq!(std::fs::read(&env.db).unwrap().len(), 8192);
    assert!(!env.db.with_extension("db-wal").exists());
}

#[test]
fn a_wrong_passphrase_may_also_mean_damage() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    // Random bytes look just like an encrypted journal.
    let mut noise = Vec::with_capacity(8192);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    while noise.len() < 8192 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        noise.extend_from_slice(&x.to_le_bytes());
    }
    std::fs::write(&env.db, &noise).unwrap();
    let pass = env.dir.path().join("pass");
    std::fs::write(&pass, "some passphrase").unwrap();
    let out = env
        .tend()
        .env("TEND_PASSPHRASE_FILE", &pass)
        .args(["journal", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for needle in ["or the file is damaged", "tend doctor", "tend backups"] {
        assert!(err.contains(needle), "{err:?} lacks {needle:?}");
    }
    assert_eq!(std::fs::read(&env.db).unwrap(), noise);
}
