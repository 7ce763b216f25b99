//! A way out of every state: a segment sealed with another passphrase (a folder set up
//! twice) is named once and listed, not tried forever, while the other devices merge;
//! an empty sync passphrase file names its variable; and `tend doctor` warns when the
//! journal itself sits in a folder a sync program carries.

use crate::common;

use common::Env;
use std::path::{Path, PathBuf};

/// `tend sync ARGS` on `e` with the passphrase in `pass`.
fn sync(e: &Env, pass: &Path, args: &[&str]) -> std::process::Output {
    e.tend()
        .env("TEND_SYNC_PASSPHRASE_FILE", pass)
        .arg("sync")
        .args(args)
        .output()
        .unwrap()
}

/// As `sync`, asserting success; stdout.
fn synced(e: &Env, pass: &Path, args: &[&str]) -> String {
    let out = sync(e, pass, args);
    assert!(
        out.status.success(),
        "tend sync {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn device(e: &Env, pass: &Path) -> String {
    let v: serde_json::Value =
        serde_json::from_str(&synced(e, pass, &["status", "--json"])).unwrap();
    v["device"].as_str().unwrap().to_string()
}

fn entries(e: &Env) -> usize {
    e.json(&["journal", "list"]).as_array().unwrap().len()
}

const OTHER_KEY: &str = "segment 1 was written by a device with a different sync passphrase: remove it, or run `tend sync leave` on that device";

/// Folder A set up twice: the laptop and the desktop share folder A; a tablet set up
/// folder B with another passphrase, and its segment was copied into folder A.
#[test]
fn a_segment_of_another_passphrase_is_named_once_listed_and_forgotten_when_removed() {
    let place = tempfile::tempdir().unwrap();
    let (pass, other) = (place.path().join("pass"), place.path().join("other"));
    std::fs::write(&pass, "river stones\n").unwrap();
    std::fs::write(&other, "mountain air\n").unwrap();
    let (a_dir, b_dir) = (place.path().join("a"), place.path().join("b"));
    let (laptop, desktop, tablet) = (Env::new(), Env::new(), Env::new());
    laptop.ok(&["journal", "add", "the laptop's first"]);
    synced(
        &laptop,
        &pass,
        &["init", a_dir.to_str().unwrap(), "--name", "laptop"],
    );
    synced(
        &desktop,
        &pass,
        &["join", a_dir.to_str().unwrap(), "--name", "desktop"],
    );
    tablet.ok(&["journal", "add", "the tablet's, in folder B"]);
    synced(
        &tablet,
        &other,
        &["init", b_dir.to_str().unwrap(), "--name", "tablet"],
    );
    let t = device(&tablet, &other);
    let copied = a_dir.join("devices").join(&t);
    std::fs::create_dir(&copied).unwrap();
    let segment = copied.join("00000001.tseg");
    std::fs::copy(
        b_dir.join("devices").join(&t).join("00000001.tseg"),
        &segment,
    )
    .unwrap();

    // Named once, on each device that meets it; the others' segments still merge.
    laptop.ok(&["journal", "add", "the laptop's second"]);
    let out = synced(&laptop, &pass, &[]);
    let note = format!("Note: device {t}: {OTHER_KEY}");
    assert_eq!(out.matches(&note).count(), 1, "{out}");
    assert!(!out.contains("Waiting"), "{out}");
    let out = synced(&desktop, &pass, &[]);
    assert_eq!(out.matches(&note).count(), 1, "{out}");
    assert_eq!(entries(&desktop), 2);
    laptop.ok(&["journal", "add", "the laptop's third"]);
    synced(&laptop, &pass, &[]);
    let out = synced(&desktop, &pass, &[]);
    assert!(
        !out.contains("different sync passphrase"),
        "said once: {out}"
    );
    assert!(out.contains("Received 1 change in 1 segment"), "{out}");
    assert_eq!(entries(&desktop), 3);
    let copy = b_dir.join("devices").join(&t).join("00000001.tseg");
    assert!(
        std::fs::read(&segment).unwrap() == std::fs::read(&copy).unwrap(),
        "left as it is"
    );

    // `sync status` lists it, in words and in JSON (beside the keys it always had).
    let status = synced(&desktop, &pass, &["status"]);
    let listed = format!("Not merged: {}: {OTHER_KEY}", segment.display());
    assert!(status.contains(&listed), "{status}");
    let v: serde_json::Value =
        serde_json::from_str(&synced(&desktop, &pass, &["status", "--json"])).unwrap();
    for key in [
        "folder",
        "device",
        "name",
        "last_sync",
        "unsent",
        "segments_written",
        "devices",
    ] {
        assert!(v.get(key).is_some(), "{key}: {v}");
    }
    let other_key = v["other_key"].as_array().unwrap();
    assert_eq!(other_key.len(), 1, "{v}");
    assert_eq!(other_key[0]["device"], t.as_str());
    assert_eq!(other_key[0]["segment"], 1);
    assert_eq!(other_key[0]["path"], segment.to_str().unwrap());
    assert_eq!(other_key[0]["problem"], OTHER_KEY);
    let doctor = desktop.ok(&["doctor"]);
    let warned = format!("WARN  {}: {OTHER_KEY}", segment.display());
    assert!(doctor.contains(&warned), "{doctor}");

    // Removed: forgotten, and nothing more is said.
    std::fs::remove_file(&segment).unwrap();
    let out = synced(&desktop, &pass, &[]);
    assert!(
        !out.contains("passphrase") && !out.contains("Waiting"),
        "{out}"
    );
    assert!(!synced(&desktop, &pass, &["status"]).contains("Not merged"));
    let v: serde_json::Value =
        serde_json::from_str(&synced(&desktop, &pass, &["status", "--json"])).unwrap();
    assert_eq!(v["other_key"], serde_json::json!([]));
    assert!(
        !desktop
            .ok(&["doctor"])
            .contains("different sync passphrase")
    );
    // Put back (another copy of it), it is named again, once.
    std::fs::copy(
        b_dir.join("devices").join(&t).join("00000001.tseg"),
        &segment,
    )
    .unwrap();
    assert_eq!(synced(&desktop, &pass, &[]).matches(&note).count(), 1);
    assert!(!synced(&desktop, &pass, &[]).contains("passphrase"));
}

/// A retired device is listed once in `tend sync status`: as forgotten, with what to do
/// with its folder, not also among the devices still syncing; `tend doctor` too.
#[test]
fn a_forgotten_device_is_listed_once_with_its_folder() {
    let place = tempfile::tempdir().unwrap();
    let pass = place.path().join("pass");
    std::fs::write(&pass, "river stones\n").unwrap();
    let dir = place.path().join("folder");
    let (laptop, desktop) = (Env::new(), Env::new());
    laptop.ok(&["journal", "add", "the laptop's first"]);
    let folder = dir.to_str().unwrap();
    synced(&laptop, &pass, &["init", folder, "--name", "laptop"]);
    synced(&desktop, &pass, &["join", folder, "--name", "desktop"]);
    synced(&laptop, &pass, &[]);
    synced(&laptop, &pass, &["forget-device", "desktop"]);
    // (Whether its folder may go at once depends on whether the laptop took anything
    // of the desktop's: both wrote at the same fixed time, so their ids decide.)
    let said = synced(&laptop, &pass, &["status"]);
    assert_eq!(said.matches("desktop (").count(), 1, "{said}");
    assert!(
        said.contains("forgotten 2026-11-23 (retired here)"),
        "{said}"
    );
    synced(&laptop, &pass, &[]);
    let said = synced(&laptop, &pass, &["status"]);
    assert_eq!(said.matches("desktop (").count(), 1, "{said}");
    assert!(said.contains("its folder may be removed"), "{said}");
    assert!(!said.contains("No other device"), "{said}");
    let v: serde_json::Value =
        serde_json::from_str(&synced(&laptop, &pass, &["status", "--json"])).unwrap();
    assert_eq!(v["devices"], serde_json::json!([]));
    assert_eq!(v["forgotten"][0]["name"], "desktop");
    assert_eq!(v["forgotten"][0]["folder_may_be_removed"], true);
    let doctor = laptop.tend().arg("doctor").output().unwrap();
    let said = String::from_utf8(doctor.stdout).unwrap();
    assert!(said.contains("0 other devices seen"), "{said}");
    assert_eq!(said.matches("desktop (").count(), 1, "{said}");
    assert!(said.contains("its folder may be removed"), "{said}");
}

/// A sync passphrase file that is empty, or holds only a line break: one line naming
/// the variable, exit 2, and nothing written (no folder, the journal unchanged).
#[test]
fn an_empty_sync_passphrase_file_names_the_variable_and_writes_nothing() {
    let place = tempfile::tempdir().unwrap();
    let (pass, good) = (place.path().join("pass"), place.path().join("good"));
    std::fs::write(&good, "river stones\n").unwrap();
    let e = Env::new();
    e.ok(&["checkin", "--mood", "6"]);
    let dir = place.path().join("folder");
    let refused = |args: &[&str]| {
        let before = common::snapshot(&e.db);
        let out = sync(&e, &pass, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!(
                "TEND_SYNC_PASSPHRASE_FILE: the file it names ({}) has nothing on its first line",
                pass.display()
            )),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty());
        assert!(
            common::snapshot(&e.db) == before,
            "{args:?}: journal changed"
        );
    };
    for empty in ["", "\n"] {
        std::fs::write(&pass, empty).unwrap();
        refused(&["init", dir.to_str().unwrap()]);
        assert!(!dir.exists(), "no folder made");
    }
    synced(&e, &good, &["init", dir.to_str().unwrap()]);
    let other = Env::new();
    other.ok(&["checkin", "--mood", "5"]);
    for empty in ["", "\n"] {
        std::fs::write(&pass, empty).unwrap();
        let files = walk(&dir);
        refused(&[]);
        let before = common::snapshot(&other.db);
        let out = sync(&other, &pass, &["join", dir.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("TEND_SYNC_PASSPHRASE_FILE: "));
        assert!(
            common::snapshot(&other.db) == before,
            "join changed the journal"
        );
        assert_eq!(walk(&dir), files, "nothing written in the folder");
    }
}

/// Every path under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                todo.push(e.path());
            }
            out.push(e.path());
        }
    }
    out.sort();
    out
}

/// A journal at `rel` in a fresh temp folder (the home folder too), with a check-in.
fn journal_at(rel: &str) -> Env {
    let mut e = Env::new();
    e.db = e.dir.path().join(rel);
    e.ok(&["checkin", "--mood", "6"]);
    e
}

#[test]
fn doctor_warns_when_a_sync_program_carries_the_journals_folder() {
    let clean = journal_at("data/tend.db");
    let out = clean.ok(&["doctor"]);
    assert!(
        out.contains("OK    journal folder: no sync program carries it"),
        "{out}"
    );
    assert!(!out.contains("sync program carries:"), "{out}");
    let fix = "such a program copies the journal file whole between devices and loses what one of them wrote while they were apart; keep the journal outside that folder, and share it between devices with `tend sync`";
    let warns = |e: &Env, found: String| {
        let out = e.ok(&["doctor"]);
        let line =
            format!("WARN  the journal is in a folder a sync program carries: {found}: {fix}");
        assert!(out.contains(&line), "{line}\n{out}");
        assert!(!out.contains("All good"), "{out}");
    };
    let st = journal_at("Sync/notes/tend.db");
    std::fs::create_dir(st.dir.path().join("Sync/.stfolder")).unwrap();
    let folder = st.dir.path().join("Sync").canonicalize().unwrap();
    warns(&st, format!("{} (.stfolder: Syncthing)", folder.display()));
    let git = journal_at("repo/tend.db");
    std::fs::create_dir(git.dir.path().join("repo/.git")).unwrap();
    let folder = git.dir.path().join("repo").canonicalize().unwrap();
    warns(&git, format!("{} (.git: git)", folder.display()));
    let dropbox = journal_at("Dropbox/tend/tend.db");
    let folder = dropbox.dir.path().join("Dropbox").canonicalize().unwrap();
    warns(&dropbox, format!("{} (Dropbox)", folder.display()));
    let copied = journal_at("data/tend.db");
    let copy = copied
        .dir
        .path()
        .join("data/tend.sync-conflict-20261123-101010-ABCDEFG.db");
    std::fs::write(&copy, b"").unwrap();
    let copy = copy.canonicalize().unwrap();
    warns(
        &copied,
        format!("{} (a sync program's conflict copy)", copy.display()),
    );
}
