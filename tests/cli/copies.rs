//! The journal's whole-file operations and the copies they leave: restore keeps every
//! commit of the journal it replaces and names the backup in its errors, encrypt leaves
//! no unencrypted copy of tend's own behind and names the ones it cannot reach, doctor
//! warns about what it knows of and what an interrupted tend left, a symlinked journal
//! stays a link, and backups the person made are never pruned.

use crate::common;

use common::Env;
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

/// Whether `path` holds an unencrypted SQLite file, as it is or gzip-compressed (as
/// tend keeps an unencrypted journal's backups).
fn is_plain(path: &Path) -> bool {
    use std::io::Read;
    let bytes = std::fs::read(path).unwrap_or_default();
    let mut head = [0u8; 15];
    bytes.starts_with(b"SQLite format 3")
        || (bytes.starts_with(&[0x1f, 0x8b])
            && flate2::read::GzDecoder::new(&bytes[..])
                .read_exact(&mut head)
                .is_ok()
            && &head == b"SQLite format 3")
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
    let mut c = env.command();
    c.args(["journal", "add", "-"])
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
    assert!(
        !err.contains(".restor") && !err.contains("staging"),
        "no internal file name: {err}"
    );
    assert_eq!(common::snapshot(&env.db), before);
    assert!(named(env.db.parent().unwrap(), "restor").is_empty());
}

#[test]
fn encrypt_leaves_no_plain_copy_of_its_own_and_names_the_others() {
    let env = Env::new();
    let pass = secret(&env, "pass", "blue valentines");
    let dir = env.dir.path();
    let (bk, export) = (dir.join("bk.db"), dir.join("all.json"));
    ok(&env, None, &["journal", "add", "the first words"]);
    ok(&env, None, &["backup", bk.to_str().unwrap()]);
    ok(
        &env,
        None,
        &["export", "data", "-o", export.to_str().unwrap()],
    );
    ok(&env, None, &["journal", "add", "written after the backup"]);
    ok(&env, None, &["restore", bk.to_str().unwrap()]);
    let folder = env.db.parent().unwrap();
    // A backup written by path into the backups folder is encrypted with the others.
    let inside = folder.join("tend-backups/tend-2026-11-23T120000.db");
    ok(&env, None, &["backup", inside.to_str().unwrap()]);
    let aside = named(folder, "before-restore");
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(is_plain(&aside[0]));
    let said = encrypt(&env, &pass);
    assert!(!is_plain(&env.db) && !is_plain(&aside[0]), "{said}");
    for b in named(&folder.join("tend-backups"), "tend-") {
        assert!(!is_plain(&b), "{} stayed plain", b.display());
    }
    assert!(named(folder, ".rewriting").is_empty());
    assert!(!said.contains("T120000"), "{said}");
    for copy in [&bk, &export] {
        assert!(
            said.contains(&copy.display().to_string()),
            "encrypt names {}: {said}",
            copy.display()
        );
    }
    let kept = String::from_utf8(
        env.tend()
            .env("TEND_DB", &aside[0])
            .env("TEND_PASSPHRASE_FILE", &pass)
            .args(["journal", "list"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(kept.contains("written after the backup"), "{kept}");
    let doctor = ok(&env, Some(&pass), &["doctor"]);
    for copy in [&bk, &export] {
        assert!(
            doctor.contains(&format!("WARN  {} ", copy.display())),
            "doctor warns about {}: {doctor}",
            copy.display()
        );
    }
    assert!(!doctor.contains("All good"), "{doctor}");
    std::fs::remove_file(&bk).unwrap();
    std::fs::remove_file(&export).unwrap();
    let doctor = ok(&env, Some(&pass), &["doctor"]);
    assert!(
        !doctor.contains("bk.db") && !doctor.contains("all.json"),
        "{doctor}"
    );
}

#[test]
fn a_symlinked_journal_stays_a_link_and_its_target_changes() {
    let env = Env::new();
    let dir = env.dir.path();
    let vault = dir.join("vault");
    std::fs::create_dir(&vault).unwrap();
    std::fs::set_permissions(&vault, std::fs::Permissions::from_mode(0o700)).unwrap();
    let real = vault.join("journal.db");
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&real, &env.db).unwrap();
    let out = env
        .tend()
        .env("TEND_DB", &real)
        .args(["journal", "add", "kept in the vault"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let (p1, p2) = (
        secret(&env, "p1", "blue valentines"),
        secret(&env, "p2", "green mornings"),
    );
    let still_a_link = |step: &str| {
        let m = std::fs::symlink_metadata(&env.db).unwrap();
        assert!(m.file_type().is_symlink(), "{step} replaced the link");
        assert_eq!(std::fs::read_link(&env.db).unwrap(), real, "{step}");
    };
    encrypt(&env, &p1);
    still_a_link("encrypt");
    assert!(!is_plain(&real), "the vault's file is encrypted");
    let bk = dir.join("bk.db");
    ok(&env, Some(&p1), &["backup", bk.to_str().unwrap()]);
    let out = env
        .tend()
        .env("TEND_PASSPHRASE_FILE", &p1)
        .env("TEND_NEW_PASSPHRASE_FILE", &p2)
        .arg("passphrase")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    still_a_link("passphrase");
    ok(&env, Some(&p2), &["journal", "add", "after the backup"]);
    let said = ok(&env, Some(&p1), &["restore", bk.to_str().unwrap()]);
    still_a_link("restore");
    assert!(
        said.contains(&vault.display().to_string()),
        "kept aside in the vault: {said}"
    );
    assert_eq!(named(&vault, "before-restore").len(), 1);
    let list = ok(&env, Some(&p1), &["journal", "list"]);
    assert!(list.contains("kept in the vault") && !list.contains("after the backup"));
    ok(&env, Some(&p1), &["decrypt"]);
    still_a_link("decrypt");
    assert!(is_plain(&real));
    let stray: Vec<String> = std::fs::read_dir(env.db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("tend.db"))
        .collect();
    assert_eq!(stray, ["tend.db"], "nothing is left beside the link");
}

#[test]
fn doctor_checks_the_backups_folder() {
    let env = Env::new();
    ok(&env, None, &["journal", "add", "one"]);
    ok(&env, None, &["journal", "list"]); // makes today's backup
    let backups = env.db.parent().unwrap().join("tend-backups");
    let out = ok(&env, None, &["doctor"]);
    assert!(
        out.contains("OK    backups folder permissions 700"),
        "{out}"
    );
    std::fs::set_permissions(&backups, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = ok(&env, None, &["doctor"]);
    assert!(
        out.contains("WARN  backups folder permissions 755: others can list or read your backups"),
        "{out}"
    );
    std::fs::remove_dir_all(&backups).unwrap();
    let open = env.dir.path().join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    std::os::unix::fs::symlink(&open, &backups).unwrap();
    let out = ok(&env, None, &["doctor"]);
    assert!(
        out.contains("WARN  backups folder") && out.contains("anyone can write"),
        "{out}"
    );
    std::fs::remove_file(&backups).unwrap();
    std::fs::write(&backups, b"not a folder").unwrap();
    let out = ok(&env, None, &["doctor"]);
    assert!(
        out.contains("WARN  backups folder") && out.contains("is a file"),
        "{out}"
    );
}

#[test]
fn doctor_names_leftovers_the_next_start_could_not_clean_up() {
    let env = Env::new();
    ok(&env, None, &["journal", "add", "one"]);
    ok(&env, None, &["journal", "list"]);
    // While another tend has the journal open, nothing is cleaned up: doctor names them.
    let mut h = holder(&env, None);
    let folder = env.db.parent().unwrap();
    let leftover = folder.join("tend.db.rewriting");
    std::fs::copy(&env.db, &leftover).unwrap();
    let partial = folder.join("tend-backups/tend-2026-11-23.db.partial-4194305");
    std::fs::copy(&env.db, &partial).unwrap();
    // A compressed backup being written, killed before its rename.
    let packing = folder.join("tend-backups/tend-2026-11-23.db.gz.partial-4194306");
    std::fs::copy(folder.join("tend-backups/tend-2026-11-23.db.gz"), &packing).unwrap();
    let (_, out, err) = run(&env, None, &["doctor"]);
    assert!(
        out.contains(&format!(
            "WARN  {} was left by an interrupted tend",
            leftover.display()
        )) && out.contains(&format!("WARN  {} was left", partial.display()))
            && out.contains(&format!("WARN  {} was left", packing.display())),
        "{out}{err}"
    );
    // Replacing the file waits for the other tend to close it.
    let pass = secret(&env, "pass", "blue valentines");
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
    assert!(is_plain(&env.db));
    h.kill().unwrap();
    h.wait().unwrap();
    // The next start cleans up and says so in one line.
    let (_, out, err) = run(&env, None, &["doctor"]);
    assert!(
        err.starts_with("tend: an earlier tend was interrupted: removed ")
            && err.contains("removed 2 unfinished backup files")
            && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert!(!leftover.exists() && !partial.exists() && !packing.exists());
    assert!(!out.contains("was left by"), "{out}");
}

#[test]
fn backups_you_make_are_never_pruned() {
    let env = Env::new();
    ok(&env, None, &["journal", "add", "one"]);
    let at = |now: &str, args: &[&str]| {
        let out = env.tend().env("TEND_NOW", now).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    at("2026-11-23T11:00:00+00:00", &["backup"]);
    at("2026-11-23T12:00:00+00:00", &["backup"]);
    // Backups made with `tend backup` are named by date and time, the daily ones by date.
    let by_you = |p: &str| {
        Path::new(p)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .contains('T')
    };
    let paths = |list: &serde_json::Value, made: bool| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|b| b["path"].as_str().unwrap().to_string())
            .filter(|p| by_you(p) == made)
            .collect()
    };
    let made = paths(&env.json(&["backups"]), true);
    assert_eq!(made.len(), 2, "{made:?}");
    // A change each day, so each day makes its backup (an unchanged journal makes none).
    for day in 24..=30 {
        at(
            &format!("2026-11-{day}T09:00:00+00:00"),
            &["journal", "add", "another day"],
        );
    }
    let list = env.json(&["backups"]);
    assert_eq!(paths(&list, true), made, "{list}");
    assert_eq!(
        paths(&list, false).len(),
        7,
        "retention keeps 7 daily backups: {list}"
    );
    for b in list.as_array().unwrap() {
        assert_eq!(b["automatic"], !by_you(b["path"].as_str().unwrap()), "{b}");
    }
}

/// A journal used through a link and through its target has one backups folder now;
/// a folder an older tend named after the link is remembered, and `tend encrypt` by
/// either path leaves no plain backup in any folder the journal has used. Doctor looks
/// in each of them.
#[test]
fn encrypting_through_a_link_or_its_target_covers_every_backups_folder() {
    let env = Env::new();
    ok(&env, None, &["checkin", "--mood", "6"]);
    let real = env.db.clone();
    let link = env.dir.path().join("link.db");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let by_link = |args: &[&str]| {
        let out = env
            .tend()
            .env("TEND_DB", &link)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // One folder, whichever path: the link's own paths name the target's.
    let paths = |json: String| -> serde_json::Value { serde_json::from_str(&json).unwrap() };
    assert_eq!(
        paths(by_link(&["paths", "--json"]))["backups"],
        paths(ok(&env, None, &["paths", "--json"]))["backups"]
    );
    // A folder an older tend made beside the link, with a plain compressed backup.
    let old = env.dir.path().join("link-backups");
    std::fs::create_dir(&old).unwrap();
    let made = ok(&env, None, &["backup"]);
    let first = made
        .trim()
        .trim_start_matches("Backed up to ")
        .split(", ")
        .next()
        .unwrap();
    let legacy = old.join("tend-2026-11-20.db.gz");
    std::fs::rename(first, &legacy).unwrap();
    assert!(is_plain(&legacy));
    // Used once through the link, the journal remembers that folder.
    by_link(&["checkin", "--mood", "7"]);
    let before = ok(&env, None, &["doctor"]);
    assert!(
        !before.contains("link-backups"),
        "plain journal: nothing leaks yet"
    );
    // Encrypted through the target: the link's folder is covered too.
    let pass = secret(&env, "pass", "correct horse battery staple");
    encrypt(&env, &pass);
    for dir in [old.clone(), real.parent().unwrap().join("tend-backups")] {
        for f in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            assert!(!is_plain(&f.path()), "{} is plain", f.path().display());
        }
    }
    let doctor = ok(&env, Some(&pass), &["doctor"]);
    assert!(!doctor.contains("is not encrypted"), "{doctor}");
    // A plain copy that turns up in the link's folder later is named by doctor, run
    // through the target.
    let plain_copy = old.join("tend-2026-11-21.db.gz");
    let other = Env::new();
    ok(&other, None, &["checkin", "--mood", "5"]);
    let made = ok(&other, None, &["backup"]);
    let made = made
        .trim()
        .trim_start_matches("Backed up to ")
        .split(", ")
        .next()
        .unwrap();
    std::fs::copy(made, &plain_copy).unwrap();
    let doctor = ok(&env, Some(&pass), &["doctor"]);
    assert!(
        doctor.contains(&format!("{} is not encrypted", plain_copy.display())),
        "{doctor}"
    );
}
