//! The journal's whole-file operations and the copies they leave: restore keeps every
//! commit of the journal it replaces and names the backup in its errors.

mod common;

use common::Env;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

fn secret(env: &Env, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, format!("{text}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    p.to_str().unwrap().to_string()
}

/// Runs `args` with the passphrase file `pass` (if any); returns (success, stdout, stderr).
fn run(env: &Env, pass: Option<&str>, args: &[&str]) -> (bool, String, String) {
    let mut c = env.tend();
    if let Some(p) = pass {
        c.env("TEND_PASSPHRASE_FILE", p);
    }
    let out = c.args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(env: &Env, pass: Option<&str>, args: &[&str]) -> String {
    let (ok, out, err) = run(env, pass, args);
    assert!(ok, "tend {args:?} failed: {err}");
    out
}

fn encrypt(env: &Env, pass: &str) -> String {
    let out = env
        .tend()
        .env("TEND_NEW_PASSPHRASE_FILE", pass)
        .arg("encrypt")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "encrypt: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The files in `dir` whose names contain `part`, sorted.
fn named(dir: &Path, part: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(part))
        .collect();
    v.sort();
    v
}

/// A tend that has the journal open and waits on its standard input; killing it leaves
/// what others wrote meanwhile in the -wal, as a crash does.
fn holder(env: &Env, pass: Option<&str>) -> Child {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_tend"));
    c.env_clear()
        .env("HOME", env.dir.path())
        .env("TEND_DB", &env.db)
        .env("TEND_CONFIG", env.dir.path().join("config.toml"))
        .env("TEND_NOW", common::NOW)
        .env("TZ", "UTC")
        .args(["journal", "add", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(p) = pass {
        c.env("TEND_PASSPHRASE_FILE", p);
    }
    let child = c.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let syscall = format!("/proc/{}/syscall", child.id());
    while !std::fs::read_to_string(&syscall)
        .unwrap_or_default()
        .starts_with("0 0x0 ")
    {
        assert!(Instant::now() < deadline, "the holder never read its input");
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

/// Writes `text` so that it stays in the journal's -wal, as after a crash.
fn entry_in_wal(env: &Env, pass: Option<&str>, text: &str) {
    let mut h = holder(env, pass);
    ok(env, pass, &["journal", "add", text]);
    h.kill().unwrap();
    h.wait().unwrap();
    let wal = env.db.with_extension("db-wal");
    assert!(
        std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0),
        "the entry should sit in the -wal"
    );
    drop(h.stdin.take().map(|mut s| s.flush()));
}

#[test]
fn restore_keeps_the_commits_still_in_the_wal_of_an_encrypted_journal() {
    let env = Env::new();
    let pass = secret(&env, "pass", "blue valentines");
    ok(&env, None, &["journal", "add", "before the backup"]);
    encrypt(&env, &pass);
    let bk = env.dir.path().join("bk.db");
    ok(&env, Some(&pass), &["backup", bk.to_str().unwrap()]);
    entry_in_wal(&env, Some(&pass), "only in the wal");
    let said = ok(&env, Some(&pass), &["restore", bk.to_str().unwrap()]);
    assert!(said.contains("is kept at"), "{said}");
    let list = ok(&env, Some(&pass), &["journal", "list"]);
    assert!(!list.contains("only in the wal"), "restored: {list}");
    let aside: Vec<PathBuf> = named(env.db.parent().unwrap(), "before-restore")
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with("-wal"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let out = env
        .tend()
        .env("TEND_DB", &aside[0])
        .env("TEND_PASSPHRASE_FILE", &pass)
        .args(["journal", "list"])
        .output()
        .unwrap();
    let kept = String::from_utf8_lossy(&out.stdout);
    assert!(
        kept.contains("only in the wal") && kept.contains("before the backup"),
        "the journal kept aside lost its last commit: {kept} {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn restore_with_a_wrong_passphrase_names_the_backup() {
    let env = Env::new();
    let (good, bad) = (
        secret(&env, "good", "blue valentines"),
        secret(&env, "bad", "blue valentine"),
    );
    ok(&env, None, &["journal", "add", "one"]);
    encrypt(&env, &good);
    let bk = env.dir.path().join("bk.db");
    ok(&env, Some(&good), &["backup", bk.to_str().unwrap()]);
    let before = common::snapshot(&env.db);
    let (done, _, err) = run(&env, Some(&bad), &["restore", bk.to_str().unwrap()]);
    assert!(!done);
    assert!(
        err.contains(&format!("{}: that passphrase does not open", bk.display())),
        "{err}"
    );
    assert!(!err.contains("restor"), "no internal file name: {err}");
    assert_eq!(common::snapshot(&env.db), before);
    assert!(named(env.db.parent().unwrap(), "restor").is_empty());
}
