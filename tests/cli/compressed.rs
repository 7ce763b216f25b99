//! Compressed backups: an unencrypted journal's backups in the backups folder are gzip
//! files that are private, listed with their sizes, restored whole or refused, pruned
//! like the others, seen through by every search for unencrypted copies (encrypt leaves
//! none, doctor names any), and cleaned up when a tend is killed while writing one.

use crate::common;

use common::Env;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Whether `path` holds an unencrypted SQLite file, as it is or gzip-compressed.
fn holds_plain(path: &Path) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    let mut head = [0u8; 15];
    bytes.starts_with(b"SQLite format 3")
        || (bytes.starts_with(&[0x1f, 0x8b])
            && flate2::read::GzDecoder::new(&bytes[..])
                .read_exact(&mut head)
                .is_ok()
            && &head == b"SQLite format 3")
}

/// Every file under `dir`, at any depth.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn pass(env: &Env) -> PathBuf {
    let p = env.dir.path().join("pass");
    std::fs::write(&p, "blue valentines\n").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    p
}

fn encrypt(env: &Env, pass: &Path) -> String {
    let out = env
        .tend()
        .env("TEND_NEW_PASSPHRASE_FILE", pass)
        .arg("encrypt")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn backups(env: &Env) -> PathBuf {
    env.db.parent().unwrap().join("tend-backups")
}

#[test]
fn the_daily_backup_of_a_plain_journal_is_compressed_private_and_listed() {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "2"]);
    env.ok(&["journal", "add", "a change, so today's backup is made"]);
    let daily = backups(&env).join("tend-2026-11-23.db.gz");
    let meta = std::fs::metadata(&daily).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(holds_plain(&daily));
    let journal = std::fs::metadata(&env.db).unwrap().len();
    assert!(
        meta.len() * 2 < journal,
        "{} bytes compressed of {journal}",
        meta.len()
    );
    // Nothing else stays in the folder (no partial, no uncompressed copy).
    let names: Vec<String> = files_under(&backups(&env))
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, [".last-daily", "tend-2026-11-23.db.gz"]);
    let listed = env.ok(&["backups"]);
    assert!(
        listed.contains("tend-2026-11-23.db.gz") && listed.contains("1 backup, "),
        "{listed}"
    );
    let json = env.json(&["backups"]);
    assert_eq!(json[0]["compressed"], true, "{json}");
    assert_eq!(json[0]["automatic"], true, "{json}");
    assert_eq!(json[0]["bytes"], meta.len(), "{json}");
    let made = env.ok(&["backup"]);
    assert!(made.contains(".db.gz, compressed."), "{made}");
    let doctor = env.ok(&["doctor"]);
    assert!(doctor.contains("OK    last backup 2026-11-23 (0 days ago) · 2 backups, "));
    assert!(!doctor.contains("is not encrypted"), "{doctor}");
}

#[test]
fn a_cut_or_damaged_compressed_backup_is_refused_and_the_journal_kept() {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "2"]);
    env.ok(&["journal", "add", "in the backup"]);
    let daily = backups(&env).join("tend-2026-11-23.db.gz");
    let whole = std::fs::read(&daily).unwrap();
    env.ok(&["journal", "add", "only in the journal"]);
    let cut = env.dir.path().join("cut.db.gz");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    env.refused(
        &["restore", cut.to_str().unwrap()],
        1,
        "the compressed backup is damaged or cut short",
    );
    let mut flipped = whole.clone();
    let middle = flipped.len() / 2;
    for b in &mut flipped[middle..middle + 64] {
        *b ^= 0x5a;
    }
    let damaged = env.dir.path().join("damaged.db.gz");
    std::fs::write(&damaged, &flipped).unwrap();
    env.refused(&["restore", damaged.to_str().unwrap()], 1, "damaged");
    let left: Vec<PathBuf> = files_under(env.db.parent().unwrap())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("restor"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(env.ok(&["journal", "list"]).contains("only in the journal"));
    // The whole one restores.
    env.ok(&["restore", daily.to_str().unwrap()]);
    let list = env.ok(&["journal", "list"]);
    assert!(
        list.contains("in the backup") && !list.contains("only in the journal"),
        "{list}"
    );
}

#[test]
fn encrypt_leaves_no_plain_copy_compressed_or_not() {
    let env = Env::new();
    let pass = pass(&env);
    env.ok(&["demo", "--years", "1", "--seed", "2"]);
    let at = |day: &str, args: &[&str]| {
        let out = env
            .tend()
            .env("TEND_NOW", format!("{day}T10:00:00+00:00"))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    for day in ["2026-11-21", "2026-11-22", "2026-11-23"] {
        at(day, &["journal", "add", "another day"]);
    }
    env.ok(&["backup"]);
    let folder = backups(&env);
    // A damaged compressed copy cannot be encrypted: encrypt names it, doctor warns.
    let whole = std::fs::read(folder.join("tend-2026-11-21.db.gz")).unwrap();
    let damaged = folder.join("tend-2026-10-01.db.gz");
    std::fs::write(&damaged, &whole[..whole.len() / 2]).unwrap();
    let packed: Vec<PathBuf> = files_under(&folder)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".gz"))
        .collect();
    assert_eq!(packed.len(), 5, "{packed:?}");
    let said = encrypt(&env, &pass);
    assert!(
        said.contains("Your 4 earlier backups are encrypted too"),
        "{said}"
    );
    assert!(
        said.contains("could not be opened") && said.contains("tend-2026-10-01.db.gz"),
        "{said}"
    );
    let plain: Vec<PathBuf> = files_under(env.dir.path())
        .into_iter()
        .filter(|p| holds_plain(p))
        .collect();
    assert_eq!(
        plain,
        std::slice::from_ref(&damaged),
        "only the damaged one stays plain"
    );
    for day in ["2026-11-21", "2026-11-22", "2026-11-23"] {
        let b = folder.join(format!("tend-{day}.db"));
        let mode = std::fs::metadata(&b).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", b.display());
    }
    let names: Vec<String> = files_under(&folder)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial") || n.contains(".rewriting"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    let doctor = |env: &Env| {
        let out = env
            .tend()
            .env("TEND_PASSPHRASE_FILE", &pass)
            .arg("doctor")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let said = doctor(&env);
    assert!(
        said.contains(&format!("WARN  {} is not encrypted", damaged.display())),
        "{said}"
    );
    std::fs::remove_file(&damaged).unwrap();
    // A compressed plain copy put back in the folder is named by doctor too.
    let back = folder.join("tend-2026-11-01.db.gz");
    std::fs::write(&back, &whole).unwrap();
    let said = doctor(&env);
    assert!(
        said.contains(&format!("WARN  {} is not encrypted", back.display())),
        "{said}"
    );
}

#[test]
fn compressed_daily_backups_are_pruned_like_the_others() {
    let env = Env::new();
    env.ok(&["journal", "add", "one"]);
    for day in 1..=20 {
        let out = env
            .tend()
            .env("TEND_NOW", format!("2026-10-{day:02}T10:00:00+00:00"))
            .args(["journal", "add", "a day"])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let list = env.json(&["backups"]);
    let all = list.as_array().unwrap();
    // 7 daily; of 4 weeks, the newest of the week of 5 October adds one; the months
    // add none (their newest are kept already). The files pruned are gone.
    let dates: Vec<&str> = all.iter().map(|b| b["date"].as_str().unwrap()).collect();
    assert_eq!(
        dates,
        [
            "2026-10-11",
            "2026-10-15",
            "2026-10-16",
            "2026-10-17",
            "2026-10-18",
            "2026-10-19",
            "2026-10-20",
            "2026-11-23"
        ],
        "{list}"
    );
    assert!(all.iter().all(|b| b["compressed"] == true), "{list}");
    assert_eq!(files_under(&backups(&env)).len(), dates.len() + 1);
}
