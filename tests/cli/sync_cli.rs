//! `tend sync` end to end, two devices as two journals sharing one folder (or two
//! clones of one git repository): offline edits converge with the conflict kept, the
//! folder holds no words, and faults (a wrong passphrase, a cut-short or newer
//! segment, the sync engine's own copies, a restored backup) are handled.

use crate::common;

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
    let out =
        t.a.shell(&format!(
            "\"$TEND\" --db {} sync init {} --sync-passphrase-fd 3 3<{}",
            t.a.db.display(),
            t.folder().display(),
            t.pass().display()
        ))
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
        out.contains("WARN  last sync 2026-11-23T10:00:00+00:00 · 1 other device seen · 0 segments waiting to be merged · 1 change here not sent yet: run `tend sync`"),
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

/// Every file under `dir` with its contents (a folder as its name alone), without
/// following links: to tell that nothing there changed.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let t = e.file_type().unwrap();
        if t.is_dir() {
            out.push((p.clone(), Vec::new()));
            out.extend(contents(&p));
        } else if t.is_file() {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        } else {
            out.push((p, b"(not a file)".to_vec()));
        }
    }
    out.sort();
    out
}

/// `tend sync` on a device, finishing within `secs` whatever is in the folder.
fn sync_within(t: &Two, e: &Env, secs: u64) -> std::process::Output {
    t.cmd(e, &[])
        .timeout(std::time::Duration::from_secs(secs))
        .output()
        .expect("tend sync finishes")
}

/// A `devices` folder that is a link to a folder elsewhere is refused by name, and
/// nothing is written there (nor any look-alike temporary file deleted).
#[test]
fn a_linked_devices_folder_is_refused_and_nothing_is_written_through_it() {
    let t = Two::set_up();
    let elsewhere = t.place.path().join("elsewhere");
    let devices = t.folder().join("devices");
    std::fs::rename(&devices, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &devices).unwrap();
    std::fs::write(elsewhere.join(".00000009.tseg.tmp-1"), b"someone's file").unwrap();
    let before = contents(&elsewhere);
    t.a.ok(&["journal", "add", "words that must not leave"]);
    let out = sync_within(&t, &t.a, 30);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("devices is a symbolic link") && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert_eq!(
        contents(&elsewhere),
        before,
        "nothing written or deleted there"
    );
}

/// This device's own folder as a link elsewhere: refused by name; nothing is written
/// there, and tend's clean-up deletes nothing there that looks like its temp files.
#[test]
fn a_linked_own_device_folder_is_refused_and_its_target_left_alone() {
    let t = Two::set_up();
    let elsewhere = t.place.path().join("elsewhere");
    let mine = t.folder().join("devices").join(a_device(&t));
    std::fs::rename(&mine, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &mine).unwrap();
    std::fs::write(elsewhere.join(".00000009.tseg.tmp-1"), b"someone's file").unwrap();
    let before = contents(&elsewhere);
    t.a.ok(&["journal", "add", "words that must not leave"]);
    let out = sync_within(&t, &t.a, 30);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("this device's folder, a symbolic link")
            && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert_eq!(
        contents(&elsewhere),
        before,
        "nothing written or deleted there"
    );
}

/// Another device's next segment that is a named pipe, a link (to a device that
/// never ends, to a folder, to nothing, to itself) or a folder: skipped with a note
/// naming it, within seconds, and this device's own changes still go out.
#[test]
fn another_devices_segment_that_is_no_file_is_skipped_and_own_changes_still_go_out() {
    if common::skip_slow() {
        return;
    }
    let outside = tempfile::tempdir().unwrap();
    let cases = common::HOSTILE.iter().filter(|w| **w != "a file");
    for what in cases {
        let t = Two::set_up();
        let b = t.b.json(&["sync", "status"])["device"]
            .as_str()
            .unwrap()
            .to_string();
        let theirs = t.folder().join("devices").join(&b);
        common::plant(what, &theirs.join("00000002.tseg"), outside.path());
        t.a.ok(&["journal", "add", "sent all the same"]);
        let out = sync_within(&t, &t.a, 30);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains("sent 1 change")
                && text.contains("00000002.tseg is")
                && text.contains("skipped"),
            "{what}: {text}"
        );
        t.sync(&t.b, &[]);
        assert!(
            t.b.ok(&["journal", "list"]).contains("sent all the same"),
            "{what}: the other device got this one's change"
        );
    }
}

/// Another device's folder that is a link (to a folder outside, to /dev/zero, to
/// nothing, to itself), a named pipe or a file: skipped with a note; this device's own
/// changes still go out, and nothing is written outside.
#[test]
fn another_devices_folder_that_is_no_folder_is_skipped_and_own_changes_still_go_out() {
    if common::skip_slow() {
        return;
    }
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("00000001.tseg"), b"not tend's").unwrap();
    let cases = common::HOSTILE.iter().filter(|w| **w != "a folder");
    let before = contents(outside.path());
    for what in cases {
        let t = Two::set_up();
        let theirs = t.folder().join("devices").join("0123456789abcdef");
        common::plant(what, &theirs, outside.path());
        t.a.ok(&["journal", "add", "sent all the same"]);
        let out = sync_within(&t, &t.a, 30);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains("sent 1 change")
                && text.contains("0123456789abcdef is")
                && text.contains("skipped"),
            "{what}: {text}"
        );
    }
    assert_eq!(contents(outside.path()), before);
}

/// A settings file that is a named pipe, or a link (to /dev/zero, to a file outside),
/// is refused by name within seconds; nothing is changed.
#[test]
fn a_settings_file_that_is_no_file_is_refused_promptly() {
    if common::skip_slow() {
        return;
    }
    let outside = tempfile::tempdir().unwrap();
    let cases = common::HOSTILE.iter().filter(|w| **w != "a file");
    for what in cases.chain(&["a link to a copy"]) {
        let t = Two::set_up();
        let header = t.folder().join("tend-sync.json");
        let copy = outside.path().join("copy.json");
        std::fs::copy(&header, &copy).unwrap();
        std::fs::remove_file(&header).unwrap();
        match *what {
            "a link to a copy" => std::os::unix::fs::symlink(&copy, &header).unwrap(),
            what => common::plant(what, &header, outside.path()),
        }
        let out = sync_within(&t, &t.a, 30);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {err}");
        assert!(
            err.contains("tend-sync.json is") && err.trim_end().lines().count() == 1,
            "{what}: {err}"
        );
    }
}

/// A data file whose kept words name SQL as their record's table is refused on the way
/// in, naming the field; a segment's is refused too (see sync_cases); and a row that an
/// older tend let in is named without its table name ever reaching a query, so `tend
/// sync conflicts` answers at once.
#[test]
fn a_table_name_from_a_data_file_never_reaches_sql() {
    let e = Env::new();
    e.ok(&["journal", "add", "first words"]);
    let mut doc = e.json(&["export", "data"]);
    let forever = "(WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS id, x AS uid FROM r)";
    doc["sync_conflicts"] = serde_json::json!([{
        "uid": "forged", "tbl": forever, "record": "r", "field": "body", "text": "words",
        "device": "d", "edited_at": "2026-11-22T10:00:00+00:00",
        "created_at": "2026-11-22T10:00:00+00:00", "updated_at": "2026-11-22T10:00:00+00:00",
        "revision": 1
    }]);
    let file = e.dir.path().join("forged.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let out = e
        .tend()
        .args(["import", file.to_str().unwrap()])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("is not a kind of record tend keeps words for"),
        "{err}"
    );
    // As an older tend let it in.
    rusqlite::Connection::open(&e.db)
        .unwrap()
        .execute(
            "INSERT INTO sync_conflicts (uid, tbl, record, field, text, device, edited_at, created_at, updated_at)
             VALUES ('forged', ?1, 'r', 'body', 'words', 'd', 'x', 'x', 'x')",
            [forever],
        )
        .unwrap();
    let out = e
        .tend()
        .args(["sync", "conflicts"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .expect("tend sync conflicts answers");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("a record of a kind this tend does not know"),
        "{text}"
    );
}

/// Rewrites the folder's settings file through `change`.
fn change_header(t: &Two, change: impl FnOnce(&mut Value)) {
    let p = t.folder().join("tend-sync.json");
    let mut h: Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
    change(&mut h);
    std::fs::write(&p, h.to_string()).unwrap();
}

/// Key-derivation settings changed in the folder since a device joined are named as
/// such, at once, before any key is derived with them (which could take seconds and a
/// GiB only to say "wrong passphrase"); at join only settings outside the documented
/// range are refused, before the passphrase is asked.
#[test]
fn key_settings_changed_since_joining_are_named_before_any_key_is_derived() {
    let t = Two::set_up();
    change_header(&t, |h| {
        h["kdf"]["memory_kib"] = 262_144.into();
        h["kdf"]["passes"] = 6.into();
    });
    let start = std::time::Instant::now();
    let out = sync_within(&t, &t.b, 60);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the folder's key settings changed since this device joined (argon2id m=65536 t=3 p=1, now argon2id m=262144 t=6 p=1)")
            && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    // Joining: settings outside the range are refused before anything is asked.
    change_header(&t, |h| h["kdf"]["memory_kib"] = 4_194_304.into());
    let c = Env::new();
    let out = t
        .cmd(&c, &["join", t.folder().to_str().unwrap()])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success()
            && err.contains(
                "outside what tend accepts (8 MiB to 1 GiB of memory, 1 to 10 passes, 1 to 8 lanes)"
            ),
        "{err}"
    );
}

/// A journal that keeps its sync key notices that the folder was set up again (a new
/// settings file, or one whose key check its key does not open) and says so, syncing
/// nothing, instead of writing segments no other device will ever read.
#[test]
fn a_journal_that_keeps_its_key_notices_the_folder_was_set_up_again() {
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
    assert!(enc.status.success());
    let a_sync = |args: &[&str]| {
        let mut c = t.cmd(&t.a, args);
        c.env("TEND_PASSPHRASE_FILE", &jpass).output().unwrap()
    };
    let f = t.folder();
    assert!(a_sync(&["init", f.to_str().unwrap()]).status.success());
    let first = std::fs::read_to_string(f.join("tend-sync.json")).unwrap();
    // The folder is set up again from another device: a new salt and check.
    std::fs::remove_dir_all(&f).unwrap();
    t.sync(&t.b, &["init", f.to_str().unwrap()]);
    let added =
        t.a.tend()
            .env("TEND_PASSPHRASE_FILE", &jpass)
            .args(["journal", "add", "not to be lost"])
            .output()
            .unwrap();
    assert!(added.status.success());
    let mut c = t.a.tend();
    let out = c
        .env("TEND_PASSPHRASE_FILE", &jpass)
        .arg("sync")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("was set up again since this device joined it"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(f.join("devices")).unwrap().count(),
        1,
        "nothing written for the other device to wait on"
    );
    // The old salt with another key's check: set up again with another passphrase.
    let old: Value = serde_json::from_str(&first).unwrap();
    change_header(&t, |h| h["kdf"]["salt"] = old["kdf"]["salt"].clone());
    let mut c = t.a.tend();
    let out = c
        .env("TEND_PASSPHRASE_FILE", &jpass)
        .arg("sync")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("set up again with another passphrase"),
        "{err}"
    );
}

/// `sync init` refuses a folder where other devices have written segments (its
/// settings file not there yet), and says to join it instead.
#[test]
fn init_refuses_a_folder_that_holds_other_devices_segments() {
    let t = Two::set_up();
    std::fs::remove_file(t.folder().join("tend-sync.json")).unwrap();
    let c = Env::new();
    let out = t
        .cmd(&c, &["init", t.folder().to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("already holds other devices' segments") && err.contains("tend sync join"),
        "{err}"
    );
    assert!(!t.folder().join("tend-sync.json").exists());
}

/// A journal that joined before tend remembered the folder's key settings learns them
/// at its next sync whose key checks.
#[test]
fn a_journal_that_joined_before_key_settings_were_kept_learns_them() {
    let t = Two::set_up();
    let db = || rusqlite::Connection::open(&t.b.db).unwrap();
    db().execute("UPDATE sync_setup SET kdf = NULL", [])
        .unwrap();
    t.sync(&t.b, &[]);
    let kept: String = db()
        .query_row("SELECT kdf FROM sync_setup", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "argon2id m=65536 t=3 p=1");
}
