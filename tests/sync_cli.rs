//! `tend sync` end to end, two devices as two journals sharing one folder (or two
//! clones of one git repository): offline edits converge with the conflict kept, the
//! folder holds no words, and faults (a wrong passphrase, a cut-short or newer
//! segment, the sync engine's own copies, a restored backup) are handled.

mod common;

use common::Env;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Two devices and their shared folder, each device with its own clock.
struct Two {
    a: Env,
    b: Env,
    place: tempfile::TempDir,
}

impl Two {
    fn new() -> Two {
        let place = tempfile::tempdir().unwrap();
        std::fs::write(place.path().join("pass"), "river stones\n").unwrap();
        Two {
            a: Env::new(),
            b: Env::new(),
            place,
        }
    }

    fn folder(&self) -> PathBuf {
        self.place.path().join("folder")
    }

    fn pass(&self) -> PathBuf {
        self.place.path().join("pass")
    }

    /// `tend sync ARGS` on a device, with the sync passphrase file; stdout.
    fn sync(&self, e: &Env, args: &[&str]) -> String {
        let out = self.cmd(e, args).output().unwrap();
        assert!(
            out.status.success(),
            "tend sync {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn cmd(&self, e: &Env, args: &[&str]) -> assert_cmd::Command {
        let mut c = e.tend();
        c.env("TEND_SYNC_PASSPHRASE_FILE", self.pass())
            .arg("sync")
            .args(args);
        c
    }

    /// Both devices set up and in step: a's journal has one entry.
    fn set_up() -> Two {
        let t = Two::new();
        t.a.ok(&[
            "journal",
            "add",
            "--title",
            "Morning",
            "--tag",
            "calm",
            "first words",
        ]);
        let folder = t.folder();
        let f = folder.to_str().unwrap();
        assert!(
            t.sync(&t.a, &["init", f, "--name", "laptop"])
                .contains("sent 2 changes")
        );
        t.b.ok(&["checkin", "--mood", "6"]);
        t.sync(&t.b, &["join", f, "--name", "desktop"]);
        t.sync(&t.a, &[]);
        t
    }

    fn segments(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for d in std::fs::read_dir(self.folder().join("devices"))
            .unwrap()
            .flatten()
        {
            for f in std::fs::read_dir(d.path()).unwrap().flatten() {
                out.push(f.path());
            }
        }
        out.sort();
        out
    }
}

/// The data export without what is each device's own (ids, revisions, export time).
fn canonical(e: &Env) -> Value {
    common::sync::canonical(e.json(&["export", "data"]))
}

#[test]
fn two_devices_that_edited_offline_converge_with_the_conflict_kept() {
    let t = Two::set_up();
    t.a.ok(&[
        "journal",
        "edit",
        "1",
        "the laptop's words about the morning",
    ]);
    let later =
        t.b.tend()
            .env("TEND_NOW", "2026-11-23T10:05:00+00:00")
            .args(["journal", "edit", "1", "the desktop's words, written later"])
            .output()
            .unwrap();
    assert!(later.status.success());
    t.a.ok(&["checkin", "--note", "walked by the river"]);
    t.b.ok(&["checkin", "--craving", "2"]);
    t.b.ok(&["journal", "add", "an entry only the desktop has"]);
    t.sync(&t.a, &[]);
    let b = t.sync(&t.b, &[]);
    assert!(
        b.contains("1 text edited on two devices at once: both kept"),
        "{b}"
    );
    t.sync(&t.a, &[]);
    assert_eq!(canonical(&t.a), canonical(&t.b));
    for e in [&t.a, &t.b] {
        let entry = e.ok(&["journal", "show", "1"]);
        assert!(
            entry.contains("the desktop's words, written later"),
            "{entry}"
        );
        let day = e.json(&["checkin", "show"]);
        assert_eq!(
            day["note"], "walked by the river",
            "the laptop's half of the day"
        );
        assert_eq!(day["craving"], 2, "and the desktop's");
        let kept = e.ok(&["sync", "conflicts"]);
        assert!(
            kept.contains(
                "journal entry 1 \"Morning\", body: also edited on laptop at 2026-11-23 10:00"
            ) && kept.contains("    the laptop's words about the morning"),
            "{kept}"
        );
        assert_eq!(e.json(&["journal", "list"]).as_array().unwrap().len(), 2);
    }
    // Dismissed on one device, gone from both after a sync each.
    let id = t.a.json(&["sync", "conflicts"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    t.a.ok(&["sync", "dismiss", &id, "--yes"]);
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    assert!(
        t.b.ok(&["sync", "conflicts"])
            .contains("No words are kept aside")
    );
}

#[test]
fn a_new_device_joining_later_keeps_the_profile_set_on_the_first() {
    let t = Two::new();
    t.a.ok(&[
        "profile",
        "set",
        "--name",
        "Robin",
        "--recovery-start",
        "2026-01-05",
        "--day-start",
        "5",
    ]);
    t.sync(&t.a, &["init", t.folder().to_str().unwrap()]);
    // The desktop joins a day later, its own journal still at the defaults.
    let joined = t
        .cmd(&t.b, &["join", t.folder().to_str().unwrap()])
        .env("TEND_NOW", "2026-11-24T10:00:00+00:00")
        .output()
        .unwrap();
    assert!(joined.status.success());
    t.sync(&t.a, &[]);
    for e in [&t.a, &t.b] {
        let p = e.json(&["profile", "show"]);
        assert_eq!(
            (
                &p["display_name"],
                &p["recovery_start"],
                &p["day_start_hour"]
            ),
            (&"Robin".into(), &"2026-01-05".into(), &5.into()),
            "{p}"
        );
    }
}

#[test]
fn dismissed_words_stay_dismissed_when_a_device_joins_later() {
    let t = Two::set_up();
    t.a.ok(&["journal", "edit", "1", "laptop words"]);
    t.b.ok(&["journal", "edit", "1", "desktop words"]);
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    t.sync(&t.a, &[]);
    let id = t.a.json(&["sync", "conflicts"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    t.a.ok(&["sync", "dismiss", &id, "--yes"]);
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    // A phone joins and replays the whole history, the concurrent edits included.
    let phone = Env::new();
    t.sync(
        &phone,
        &["join", t.folder().to_str().unwrap(), "--name", "phone"],
    );
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    for e in [&t.a, &t.b, &phone] {
        assert!(
            e.ok(&["sync", "conflicts"])
                .contains("No words are kept aside")
        );
    }
}

#[test]
fn a_deletion_and_an_edit_made_after_it_bring_the_record_back() {
    let t = Two::set_up();
    t.a.ok(&["journal", "delete", "1", "--yes"]);
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    assert!(
        t.b.json(&["journal", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // The desktop had not seen it yet on another path: a later edit there wins.
    let t = Two::set_up();
    t.a.ok(&["journal", "delete", "1", "--yes"]);
    // Five minutes later by the desktop's clock.
    let later =
        t.b.tend()
            .env("TEND_NOW", "2026-11-23T10:05:00+00:00")
            .args(["journal", "edit", "1", "kept after all"])
            .output()
            .unwrap();
    assert!(later.status.success());
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    t.sync(&t.a, &[]);
    for e in [&t.a, &t.b] {
        let list = e.json(&["journal", "list"]);
        assert_eq!(list[0]["body"], "kept after all", "{list}");
    }
}

#[test]
fn the_sync_folder_holds_no_words() {
    let t = Two::set_up();
    t.a.ok(&[
        "trigger",
        "add",
        "Payday",
        "--category",
        "times",
        "--notes",
        "the bank holiday",
    ]);
    t.a.ok(&[
        "person",
        "add",
        "Samantha Quill",
        "--role",
        "sponsor",
        "--phone",
        "+44 20 7946 0000",
    ]);
    t.a.ok(&["profile", "set", "--name", "Robin Example"]);
    t.sync(&t.a, &[]);
    let needles = [
        "first words",
        "Morning",
        "calm",
        "Payday",
        "bank holiday",
        "Samantha",
        "Quill",
        "20 7946",
        "Robin",
        "laptop",
        "desktop",
    ];
    let mut n = 0;
    for f in walk(&t.folder()) {
        let bytes = std::fs::read(&f).unwrap();
        n += 1;
        for needle in needles {
            assert!(
                !bytes
                    .windows(needle.len())
                    .any(|w| w.eq_ignore_ascii_case(needle.as_bytes())),
                "{} holds {needle:?}",
                f.display()
            );
        }
    }
    assert!(n >= 4, "the header and segments were read");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

#[test]
fn a_wrong_or_missing_sync_passphrase_says_so_and_changes_nothing() {
    let t = Two::new();
    t.sync(&t.a, &["init", t.folder().to_str().unwrap()]);
    std::fs::write(t.pass(), "river stone\n").unwrap();
    let f = t.folder();
    let before = t.segments();
    t.b.ok(&["checkin", "--mood", "5"]);
    let mut c = t.cmd(&t.b, &["join", f.to_str().unwrap()]);
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is not the one this sync folder was set up with"),
        "{err}"
    );
    assert_eq!(t.segments(), before, "nothing written to the folder");
    t.b.refused(
        &["sync", "join", f.to_str().unwrap()],
        2,
        "--sync-passphrase-fd N or TEND_SYNC_PASSPHRASE_FILE",
    );
    t.a.refused(
        &["sync"],
        2,
        "--sync-passphrase-fd N or TEND_SYNC_PASSPHRASE_FILE",
    );
}

#[test]
fn the_passphrase_can_come_from_a_file_descriptor() {
    let t = Two::new();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "{} --db {} sync init {} --sync-passphrase-fd 3 3<{}",
            env!("CARGO_BIN_EXE_tend"),
            t.a.db.display(),
            t.folder().display(),
            t.pass().display()
        ))
        .env("TEND_NOW", common::NOW)
        .env("TEND_CONFIG", t.a.dir.path().join("config.toml"))
        .env("HOME", t.a.dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Sync is set up"));
}

#[test]
fn a_cut_short_segment_waits_and_is_merged_once_whole() {
    let t = Two::set_up();
    t.a.ok(&["journal", "add", "words still being copied"]);
    t.sync(&t.a, &[]);
    let newest = newest_of_a(&t);
    let whole = std::fs::read(&newest).unwrap();
    std::fs::write(&newest, &whole[..whole.len() / 2]).unwrap();
    let out = t.sync(&t.b, &[]);
    assert!(
        out.contains("is incomplete or damaged (still being copied?); it is tried again next time"),
        "{out}"
    );
    assert_eq!(t.b.json(&["journal", "list"]).as_array().unwrap().len(), 1);
    std::fs::write(&newest, &whole).unwrap();
    assert!(t.sync(&t.b, &[]).contains("Received 1 change in 1 segment"));
    assert_eq!(t.b.json(&["journal", "list"]).as_array().unwrap().len(), 2);
}

/// The laptop's latest segment file.
fn newest_of_a(t: &Two) -> PathBuf {
    let a = a_device(t);
    t.segments()
        .into_iter()
        .rfind(|p| p.to_string_lossy().contains(&a))
        .unwrap()
}

fn a_device(t: &Two) -> String {
    t.a.json(&["sync", "status"])["device"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn the_sync_engines_own_copies_are_ignored() {
    let t = Two::set_up();
    let dir = t.folder().join("devices").join(a_device(&t));
    for name in [
        "00000002.sync-conflict-20261123-100000-ABCDEFG.tseg",
        "00000002 (conflicted copy 2026-11-23).tseg",
        ".00000002.tseg.tmp-123",
    ] {
        std::fs::write(dir.join(name), b"not a segment").unwrap();
    }
    let out = t.sync(&t.b, &[]);
    assert!(
        out.contains("Received 0 changes") && !out.contains("Waiting"),
        "{out}"
    );
}

#[test]
fn a_segment_from_a_newer_tend_is_refused_and_left_as_it_is() {
    let t = Two::set_up();
    t.a.ok(&["journal", "add", "from the future"]);
    t.sync(&t.a, &[]);
    let newest = newest_of_a(&t);
    let mut bytes = std::fs::read(&newest).unwrap();
    bytes[8] = 9;
    std::fs::write(&newest, &bytes).unwrap();
    let out = t.cmd(&t.b, &[]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("newer than this tend reads: upgrade tend on this device"),
        "{err}"
    );
    assert_eq!(std::fs::read(&newest).unwrap(), bytes, "left untouched");
    assert_eq!(t.b.json(&["journal", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_journal_restored_from_an_old_backup_goes_on_as_a_new_device_and_loses_nothing() {
    let t = Two::set_up();
    let old = t.place.path().join("old.db");
    common::snapshot(&t.a.db);
    std::fs::copy(&t.a.db, &old).unwrap();
    t.a.ok(&["journal", "add", "written after the backup"]);
    t.sync(&t.a, &[]);
    std::fs::copy(&old, &t.a.db).unwrap();
    t.a.ok(&["journal", "add", "written on the restored journal"]);
    let out = t.sync(&t.a, &[]);
    assert!(
        out.contains("restored from a backup or copied from another device"),
        "{out}"
    );
    t.sync(&t.b, &[]);
    t.sync(&t.a, &[]);
    assert_eq!(canonical(&t.a), canonical(&t.b));
    let bodies = t.a.ok(&["journal", "list"]);
    assert!(
        bodies.contains("written after the backup")
            && bodies.contains("written on the restored journal"),
        "{bodies}"
    );
}

#[test]
fn an_encrypted_journal_keeps_the_sync_key_and_decrypting_forgets_it() {
    let t = Two::new();
    let jpass = t.place.path().join("jpass");
    std::fs::write(&jpass, "journal words\n").unwrap();
    t.a.ok(&["checkin", "--mood", "4"]);
    let enc =
        t.a.tend()
            .env("TEND_NEW_PASSPHRASE_FILE", &jpass)
            .arg("encrypt")
            .output()
            .unwrap();
    assert!(
        enc.status.success(),
        "{}",
        String::from_utf8_lossy(&enc.stderr)
    );
    let with = |c: &mut assert_cmd::Command| {
        c.env("TEND_PASSPHRASE_FILE", &jpass);
    };
    let mut c = t.cmd(&t.a, &["init", t.folder().to_str().unwrap()]);
    with(&mut c);
    assert!(c.output().unwrap().status.success());
    // No sync passphrase now: the key is in the encrypted journal.
    let mut c = t.a.tend();
    with(&mut c);
    let out = c.args(["sync"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut c = t.a.tend();
    with(&mut c);
    assert!(c.arg("decrypt").output().unwrap().status.success());
    t.a.refused(
        &["sync"],
        2,
        "--sync-passphrase-fd N or TEND_SYNC_PASSPHRASE_FILE",
    );
}

#[test]
fn doctor_tells_the_sync_state() {
    let t = Two::set_up();
    t.a.ok(&["journal", "add", "not sent yet"]);
    let out = t.a.ok(&["doctor"]);
    assert!(out.contains("OK    sync folder"), "{out}");
    assert!(
        out.contains("WARN  last sync 2026-11-23T10:00:00+00:00 · 1 other device(s) seen · 0 segment(s) waiting to be merged · 1 change(s) here not sent yet: run `tend sync`"),
        "{out}"
    );
    assert!(out.contains("desktop ("), "{out}");
    let alone = Env::new();
    alone.ok(&["checkin", "--mood", "5"]);
    assert!(alone.ok(&["doctor"]).contains("OK    sync: not set up"));
}

/// git carries the folder: each device only adds its own files, so pulls rebase
/// without a merge and pushes never conflict.
#[test]
fn a_git_remote_carries_the_folder_between_two_devices() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git is not installed: skipped");
        return;
    }
    let t = Two::new();
    let root = t.place.path();
    let git = |dir: &Path, args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(dir)
            .args(args)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", root)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(root, &["init", "-q", "--bare", "-b", "main", "remote.git"]);
    git(root, &["clone", "-q", "remote.git", "on-a"]);
    git(root, &["clone", "-q", "remote.git", "on-b"]);
    let (on_a, on_b) = (root.join("on-a"), root.join("on-b"));
    // What a person's alias or hook runs around `tend sync`.
    let pull = |dir: &Path| git(dir, &["pull", "-q", "--rebase", "origin", "main"]);
    let push = |dir: &Path| {
        git(dir, &["add", "-A"]);
        git(dir, &["commit", "-q", "-m", "tend sync", "--allow-empty"]);
        git(dir, &["push", "-q", "origin", "HEAD:main"]);
    };
    t.a.ok(&["journal", "add", "--title", "Evening", "carried by git"]);
    t.sync(&t.a, &["init", on_a.to_str().unwrap(), "--name", "laptop"]);
    push(&on_a);
    pull(&on_b);
    t.b.ok(&["checkin", "--mood", "7"]);
    t.sync(&t.b, &["join", on_b.to_str().unwrap(), "--name", "desktop"]);
    push(&on_b);
    t.a.ok(&["journal", "edit", "1", "edited on the laptop"]);
    t.b.ok(&["journal", "add", "written on the desktop meanwhile"]);
    t.sync(&t.b, &[]);
    push(&on_b);
    pull(&on_a);
    t.sync(&t.a, &[]);
    push(&on_a);
    pull(&on_b);
    t.sync(&t.b, &[]);
    assert_eq!(canonical(&t.a), canonical(&t.b));
    assert!(
        t.b.ok(&["journal", "show", "1"])
            .contains("edited on the laptop")
    );
}

/// Imported history reaches the other device as imported: both count check-in
/// adherence over the same days, the gap before tend neither tracked nor missed.
#[test]
fn imported_history_counts_the_same_on_every_device() {
    let t = Two::set_up();
    let csv = t.place.path().join("daylio.csv");
    let mut rows = String::from("full_date,date,weekday,time,mood,activities,note\n");
    for day in [31, 10, 1] {
        rows.push_str(&format!(
            "2024-10-{day:02},October {day},x,09:00,good,walk,\n"
        ));
    }
    std::fs::write(&csv, rows).unwrap();
    t.a.ok(&["import", csv.to_str().unwrap()]);
    t.sync(&t.a, &[]);
    t.sync(&t.b, &[]);
    let counted = |e: &Env| {
        let s = e.json(&["stats"]);
        (s["counting_from"].clone(), s["tracked"]["spans"].clone())
    };
    assert_eq!(counted(&t.b), counted(&t.a));
    assert_eq!(
        counted(&t.b).1[0],
        serde_json::json!(["2024-10-01", "2024-10-31"])
    );
}
