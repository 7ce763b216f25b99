//! Sync's hard cases, two devices at a time with their clocks set by hand: a restored
//! backup, journals that shared records before sync, references to records deleted on
//! one side and brought back by a later edit on the other, concurrent edits of
//! different fields, a deleted check-in, a clock days ahead, and segments naming kinds
//! of record or stamps no tend writes. Each test states what must hold.

use crate::common;

use chrono::{DateTime, Duration, FixedOffset};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use tend::clock::Clock;
use tend::domain::*;
use tend::store::{JournalFilter, Store};
use tend::sync::seal::{Kdf, Key};

fn key() -> Key {
    Key::from_bytes(&[42u8; 32]).unwrap()
}

fn kdf() -> Kdf {
    Kdf {
        memory_kib: 8 * 1024,
        passes: 1,
        ..Kdf::fresh()
    }
}

fn base() -> DateTime<FixedOffset> {
    "2026-11-25T18:00:00+00:00".parse().unwrap()
}

fn at(min: i64) -> DateTime<FixedOffset> {
    base() + Duration::minutes(min)
}

/// A device: its journal file, opened at a fixed moment (reopened to move on).
struct Dev {
    path: PathBuf,
    store: Option<Store>,
}

impl Dev {
    fn new(dir: &Path, name: &str, min: i64) -> Dev {
        let path = dir.join(format!("{name}.db"));
        let store = Store::open(&path, Clock::Fixed(at(min))).unwrap();
        Dev {
            path,
            store: Some(store),
        }
    }
    fn s(&self) -> &Store {
        self.store.as_ref().unwrap()
    }
    /// Closes the journal and opens it again at minute `min`.
    fn at(&mut self, min: i64) {
        self.at_time(at(min));
    }
    fn at_time(&mut self, t: DateTime<FixedOffset>) {
        self.store = None;
        self.store = Some(Store::open(&self.path, Clock::Fixed(t)).unwrap());
    }
    /// Closes the journal and copies its file to `to`.
    fn copy_to(&mut self, to: &Path) {
        self.store = None;
        for ext in ["-wal", "-shm"] {
            let mut p = self.path.clone().into_os_string();
            p.push(ext);
            assert!(!Path::new(&p).exists(), "closed cleanly");
        }
        std::fs::copy(&self.path, to).unwrap();
    }
    /// Puts back a copy made by `copy_to`, and opens it at minute `min`.
    fn restore(&mut self, from: &Path, min: i64) {
        self.store = None;
        std::fs::copy(from, &self.path).unwrap();
        self.at(min);
    }
    fn sync(&self) -> tend::sync::Report {
        tend::sync::run(self.s(), &key()).unwrap()
    }
    fn add(&self, body: &str) -> i64 {
        self.s()
            .write(|tx| {
                tx.add_journal(JournalDraft {
                    at: base() - Duration::hours(1),
                    title: None,
                    body: body.into(),
                    mood: None,
                    domain: None,
                    tags: vec![],
                })
            })
            .unwrap()
            .id
    }
    fn bodies(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .s()
            .journal(&JournalFilter::default())
            .unwrap()
            .into_iter()
            .map(|e| e.body)
            .collect();
        v.sort();
        v
    }
    fn id_of(&self, body: &str) -> i64 {
        self.s()
            .journal(&JournalFilter::default())
            .unwrap()
            .into_iter()
            .find(|e| e.body == body)
            .unwrap_or_else(|| panic!("no entry {body:?}"))
            .id
    }
    fn set_body(&self, old: &str, new: &str) {
        let id = self.id_of(old);
        let e = self
            .s()
            .journal(&JournalFilter::default())
            .unwrap()
            .into_iter()
            .find(|e| e.id == id)
            .unwrap();
        self.s()
            .write(|tx| {
                tx.update_journal(
                    id,
                    JournalDraft {
                        at: e.at.parse().unwrap(),
                        title: e.title.clone(),
                        body: new.into(),
                        mood: e.mood,
                        domain: e.domain,
                        tags: e.tags.clone(),
                    },
                )
                .map(|_| ())
            })
            .unwrap();
    }
    fn delete(&self, body: &str) {
        let id = self.id_of(body);
        self.s()
            .write(|tx| tx.delete_record(RecordKind::Journal, id).map(|_| ()))
            .unwrap();
    }
    fn conflict_texts(&self) -> Vec<String> {
        self.s()
            .sync_conflicts(None)
            .unwrap()
            .into_iter()
            .map(|c| c.text)
            .collect()
    }
}

fn init(d: &Dev, folder: &Path, name: &str) {
    tend::sync::init_with(d.s(), folder, name, &kdf(), &key()).unwrap();
}

fn join(d: &Dev, folder: &Path, name: &str) {
    tend::sync::join_with(d.s(), folder, name, &key()).unwrap();
}

/// The data export without what is each device's own.
fn canonical(s: &Store) -> Value {
    common::sync::canonical(s.export_data().unwrap())
}

/// A journal restored from a backup goes on under a new id and keeps every record's
/// version: the edits and deletions made after the backup (already on the other
/// devices) still win over the restored copy's older ones, everywhere.
#[test]
fn a_restored_backup_does_not_undo_what_was_done_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.add("first words");
    a.add("second entry");
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(2);
    a.sync();

    let backup = tmp.path().join("backup.db");
    a.copy_to(&backup);
    a.at(10);
    a.set_body("first words", "edited after the backup");
    a.delete("second entry");
    a.sync();
    b.at(11);
    b.sync();
    assert_eq!(b.bodies(), vec!["edited after the backup".to_string()]);

    a.restore(&backup, 20);
    let r = a.sync();
    assert!(r.new_device.is_some());
    b.at(21);
    b.sync();
    a.at(22);
    a.sync();
    assert_eq!(canonical(a.s()), canonical(b.s()));
    assert_eq!(
        b.bodies(),
        vec!["edited after the backup".to_string()],
        "the edit and the deletion made after the backup stand (kept aside: {:?})",
        b.conflict_texts()
    );
}

/// A link to a record deleted here arrives while that record is gone; when the record
/// comes back (a later edit on another device), so does the link, and the devices agree.
#[test]
fn a_link_to_a_record_deleted_here_comes_back_with_it() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.s()
        .write(|tx| tx.add_coping("walk", None, None).map(|_| ()))
        .unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");

    a.at(10);
    let c = a.s().coping_strategies().unwrap()[0].id;
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Coping, c).map(|_| ()))
        .unwrap();

    b.at(20);
    let c = b.s().coping_strategies().unwrap()[0].id;
    b.s()
        .write(|tx| {
            tx.add_trigger(TriggerDraft {
                name: "payday".into(),
                category: TriggerCategory::Times,
                origin: TriggerOrigin::External,
                notes: None,
                coping_ids: vec![c],
            })
            .map(|_| ())
        })
        .unwrap();
    b.sync();
    b.at(30);
    b.s()
        .write(|tx| tx.edit_coping(c, "walk outside", None, None).map(|_| ()))
        .unwrap();
    b.sync();

    a.at(40);
    a.sync();
    b.at(41);
    b.sync();
    a.at(42);
    a.sync();
    assert_eq!(
        a.s().coping_strategies().unwrap()[0].name,
        "walk outside",
        "the later edit brought it back"
    );
    pretty_assertions::assert_eq!(canonical(b.s()), canonical(a.s()));
}

/// The same with a goal: a progress note written on one device for a goal another
/// device deleted waits while the goal is gone, and is there once the goal comes back
/// (edited later).
#[test]
fn a_goal_note_for_a_goal_deleted_elsewhere_is_not_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let draft = || GoalDraft {
        title: "walk daily".into(),
        domain: LifeDomain::Physical,
        why: None,
        kind: GoalKind::Habit,
        per_week: Some(3),
        target_date: None,
        steps: vec![],
    };
    a.s().write(|tx| tx.add_goal(draft()).map(|_| ())).unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");

    a.at(10);
    let g = a.s().goals(None, None).unwrap()[0].id;
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Goal, g).map(|_| ()))
        .unwrap();

    b.at(20);
    let g = b.s().goals(None, None).unwrap()[0].id;
    b.s()
        .write(|tx| {
            tx.log_goal(
                g,
                base().date_naive(),
                Some("walked with Sam and felt strong".into()),
                None,
            )
            .map(|_| ())
        })
        .unwrap();
    b.sync();
    b.at(30);
    b.s()
        .write(|tx| {
            tx.edit_goal(
                g,
                GoalDraft {
                    title: "walk every day".into(),
                    ..draft()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    b.sync();

    a.at(40);
    a.sync();
    b.at(41);
    b.sync();
    a.at(42);
    a.sync();
    let g = a.s().goals(None, None).unwrap()[0].id;
    let notes: Vec<_> = a
        .s()
        .goal_logs(g, None)
        .unwrap()
        .into_iter()
        .map(|l| l.note)
        .collect();
    pretty_assertions::assert_eq!(canonical(b.s()), canonical(a.s()));
    assert_eq!(notes, vec![Some("walked with Sam and felt strong".into())]);
}

/// Two journals that already share records (an export and an import by hand) set up
/// sync: each record counts from when it was last changed, so the newer edit wins, and
/// a record deleted before sync was set up stays deleted.
#[test]
fn joining_with_records_shared_by_an_earlier_import_keeps_the_newer_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.add("first words");
    a.add("second entry");
    let doc = a.s().export_data().unwrap();
    let mut b = Dev::new(tmp.path(), "b", 1);
    b.s().write(|tx| tx.import_data(&doc).map(|_| ())).unwrap();

    a.at(10);
    a.set_body("first words", "newer words on a");
    a.delete("second entry");
    a.at(20);
    init(&a, &folder, "laptop");
    b.at(30);
    join(&b, &folder, "desktop");
    a.at(40);
    a.sync();
    b.at(41);
    b.sync();
    assert_eq!(canonical(a.s()), canonical(b.s()));
    assert_eq!(
        a.bodies(),
        vec!["newer words on a".to_string()],
        "kept aside: {:?}",
        a.conflict_texts()
    );
}

/// Deleting a coping strategy drops its links on every device alike, without counting
/// as an edit of the triggers linked to it: a concurrent edit of a trigger's notes on
/// another device stands.
#[test]
fn deleting_a_coping_strategy_does_not_undo_an_edit_of_a_linked_trigger() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.s()
        .write(|tx| {
            let c = tx.add_coping("call Sam", None, None)?;
            tx.add_trigger(TriggerDraft {
                name: "payday".into(),
                category: TriggerCategory::Times,
                origin: TriggerOrigin::External,
                notes: Some("old notes".into()),
                coping_ids: vec![c.id],
            })
            .map(|_| ())
        })
        .unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");

    b.at(10);
    let t = b.s().triggers().unwrap()[0].clone();
    b.s()
        .write(|tx| {
            tx.edit_trigger(
                t.id,
                TriggerDraft {
                    name: t.name.clone(),
                    category: t.category,
                    origin: t.origin,
                    notes: Some("what I learned about paydays".into()),
                    coping_ids: vec![],
                },
            )
            .map(|_| ())
        })
        .unwrap();
    a.at(20);
    let c = a.s().coping_strategies().unwrap()[0].id;
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Coping, c).map(|_| ()))
        .unwrap();
    b.at(30);
    b.sync();
    a.at(31);
    a.sync();
    b.at(32);
    b.sync();
    assert_eq!(canonical(a.s()), canonical(b.s()));
    assert_eq!(
        a.s().triggers().unwrap()[0].notes.as_deref(),
        Some("what I learned about paydays")
    );
}

/// A device whose clock ran days ahead pulls the others' clocks at most a day; what it
/// writes (kept words dated after the others' today included) is still merged, and
/// nothing that device writes later is held up.
#[test]
fn a_clock_that_ran_ahead_does_not_stop_other_devices_from_syncing() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.add("first words");
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    // A third device, its clock ten days ahead, changes the profile's name.
    let mut f = Dev::new(tmp.path(), "f", 0);
    f.at_time(base() + Duration::days(10));
    join(&f, &folder, "phone");
    let mut p = f.s().profile().unwrap();
    p.display_name = Some("Jo".into());
    f.s().write(|tx| tx.set_profile(&p).map(|_| ())).unwrap();
    f.sync();
    a.at(10);
    a.sync();
    b.at(10);
    b.sync();
    // Both edit the same entry.
    a.at(20);
    a.set_body("first words", "a's words");
    b.at(20);
    b.set_body("first words", "b's words");
    a.sync();
    b.at(21);
    b.sync();
    b.add("written on b later");
    b.at(22);
    b.sync();
    a.at(30);
    let r = a.sync();
    assert!(r.waiting.is_empty(), "{:?}", r.waiting);
    assert!(a.bodies().contains(&"written on b later".to_string()));
}

fn fake_segment(folder: &Path, device: &str, seq: i64, body: Value) {
    let plain = serde_json::to_vec(&body).unwrap();
    let (bytes, _) = tend::sync::folder::seal_segment(&key(), device, seq, &plain);
    let p = tend::sync::folder::segment_path(folder, device, seq);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// A segment from a newer tend that deletes a kind of record this tend does not have
/// keeps that record aside until an upgrade; the rest of the sync (this device's own
/// segment included) goes on.
#[test]
fn a_deletion_of_an_unknown_kind_of_record_does_not_stop_sync() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    fake_segment(
        &folder,
        "0123456789abcdef",
        1,
        json!({"format": 1, "app": "tend", "device": "0123456789abcdef", "name": "new",
               "seq": 1, "clock": 1, "seen": {},
               "records": [{"t": "medications", "k": "x", "v": [1, "0123456789abcdef"], "b": null, "del": true}]}),
    );
    a.add("words to send");
    let r = tend::sync::run(a.s(), &key());
    assert!(r.is_ok(), "{r:?}");
}

/// Several segments of a device merge in one transaction; when a record in one of
/// them is one this tend can't take, they merge one at a time instead: every other
/// record of all three goes in, that one is held aside (and said), nothing is lost.
#[test]
fn a_record_that_cant_be_taken_among_several_segments_holds_only_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let device = "0123456789abcdef";
    let entry = |uid: &str, body: &str, mood: i64| {
        json!({"t": "journal_entries", "k": uid, "v": [1_i64 << 40, device], "b": null,
               "row": {"uid": uid, "at": "2026-11-20T20:00:00+00:00", "date": "2026-11-20",
                       "body": body, "mood": mood,
                       "created_at": "2026-11-20T20:00:00+00:00",
                       "updated_at": "2026-11-20T20:00:00+00:00"}})
    };
    for (seq, records) in [
        (1, vec![entry("e-1", "first file", 5)]),
        // A mood on a scale this tend does not have, beside one it takes.
        (
            2,
            vec![
                entry("e-2", "second file", 12),
                entry("e-3", "also second", 6),
            ],
        ),
        (3, vec![entry("e-4", "third file", 7)]),
    ] {
        fake_segment(
            &folder,
            device,
            seq,
            json!({"format": 1, "app": "tend", "device": device, "name": "phone",
                   "seq": seq, "clock": 1_i64 << 40, "seen": {}, "records": records}),
        );
    }
    let r = tend::sync::run(a.s(), &key()).unwrap();
    assert_eq!(r.received, 3, "{r:?}");
    assert_eq!(r.waiting.len(), 1, "{:?}", r.waiting);
    assert!(r.waiting[0].contains("segment 2"), "{:?}", r.waiting);
    assert_eq!(a.bodies(), ["also second", "first file", "third file"]);
    // The next sync merges nothing again.
    let again = tend::sync::run(a.s(), &key()).unwrap();
    assert_eq!(again.received, 0, "{again:?}");
}

/// A segment whose clock is the largest stamp is refused; this device's clock and its
/// next write are unaffected.
#[test]
fn a_segment_with_a_huge_clock_does_not_break_the_next_write() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    fake_segment(
        &folder,
        "0123456789abcdef",
        1,
        json!({"format": 1, "app": "tend", "device": "0123456789abcdef", "name": "new",
               "seq": 1, "clock": i64::MAX, "seen": {}, "records": []}),
    );
    a.sync();
    let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| a.add("words")));
    assert!(ok.is_ok(), "a write after it panicked");
}

/// A segment with a record of a kind this tend does not know (or without a kind) is
/// refused without a panic.
#[test]
fn a_segment_with_an_unknown_kind_of_record_does_not_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    fake_segment(
        &folder,
        "0123456789abcdef",
        1,
        json!({"format": 1, "app": "tend", "device": "0123456789abcdef", "name": "new",
               "seq": 1, "clock": 1, "seen": {},
               "records": [{"t": "medications", "k": "x", "v": [1, "0123456789abcdef"], "b": null, "row": {}},
                           {"t": "medications", "k": "y", "v": [1, "0123456789abcdef"], "b": null, "row": {}}]}),
    );
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        tend::sync::run(a.s(), &key())
    }));
    assert!(r.is_ok(), "sync panicked");
}

/// A segment from a tend of before the three-way share (sync format 1) carries a
/// connection's share as 0 or 1: it merges as what that meant for the kind, the same
/// rule the schema migration applies.
#[test]
fn a_share_of_0_or_1_from_an_older_device_means_what_it_meant_for_its_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let dev = "0123456789abcdef";
    let record = |uid: &str, kind: &str, share: i64, minute: i64| {
        json!({"t": "connections", "k": uid, "v": [minute, dev], "b": null,
               "row": {"uid": uid, "at": format!("2026-11-20T08:{minute:02}:00+00:00"),
                       "date": "2026-11-20", "kind": kind, "share": share,
                       "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z",
                       "revision": 1}})
    };
    fake_segment(
        &folder,
        dev,
        1,
        json!({"format": 1, "app": "tend", "device": dev, "name": "old",
               "seq": 1, "clock": 10, "seen": {},
               "records": [record("m0", "meeting", 0, 1), record("c0", "call", 0, 2),
                           record("c1", "call", 1, 3), record("t0", "therapy", 0, 4)]}),
    );
    a.sync();
    let mut shares: Vec<(String, Sharing)> = a
        .s()
        .connections(None, None, None)
        .unwrap()
        .into_iter()
        .map(|c| (c.kind.as_str().to_string(), c.share))
        .collect();
    shares.sort();
    assert_eq!(
        shares,
        [
            ("call".to_string(), Sharing::Unset),
            ("call".to_string(), Sharing::Shared),
            ("meeting".to_string(), Sharing::Private),
            ("therapy".to_string(), Sharing::Private),
        ]
    );
}

/// Records merge whole: when one device changes a person's phone number and another
/// their note, the losing number is kept aside like words, never silently dropped.
#[test]
fn a_new_phone_number_is_not_lost_to_an_edit_of_the_note_elsewhere() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let draft = || PersonDraft {
        name: "Sam".into(),
        phone: Some("555 0100".into()),
        note: Some("sponsor".into()),
        ..PersonDraft::default()
    };
    a.s()
        .write(|tx| tx.add_person(draft()).map(|_| ()))
        .unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(10);
    let id = a.s().people().unwrap()[0].id;
    a.s()
        .write(|tx| {
            tx.edit_person(
                id,
                PersonDraft {
                    phone: Some("555 0199".into()),
                    ..draft()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    b.at(20);
    let id = b.s().people().unwrap()[0].id;
    b.s()
        .write(|tx| {
            tx.edit_person(
                id,
                PersonDraft {
                    note: Some("sponsor; call before meetings".into()),
                    ..draft()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    a.sync();
    b.at(21);
    b.sync();
    a.at(22);
    a.sync();
    assert_eq!(canonical(a.s()), canonical(b.s()));
    let p = &a.s().people().unwrap()[0];
    let kept: Vec<String> = a.conflict_texts();
    assert!(
        p.phone.as_deref() == Some("555 0199") || kept.iter().any(|t| t.contains("0199")),
        "the new number is nowhere: {p:?}, kept aside {kept:?}"
    );
}

/// The profile merges field by field: a recovery start date set on one device and a
/// display name set on the other both stand.
#[test]
fn a_recovery_start_set_on_one_device_is_not_lost_to_a_name_set_on_another() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(10);
    let mut p = a.s().profile().unwrap();
    p.recovery_start = Some("2026-01-02".parse().unwrap());
    a.s().write(|tx| tx.set_profile(&p).map(|_| ())).unwrap();
    b.at(20);
    let mut p = b.s().profile().unwrap();
    p.display_name = Some("Jo".into());
    b.s().write(|tx| tx.set_profile(&p).map(|_| ())).unwrap();
    a.sync();
    b.at(21);
    b.sync();
    a.at(22);
    a.sync();
    let p = a.s().profile().unwrap();
    assert_eq!(
        (p.recovery_start.map(|d| d.to_string()), p.display_name),
        (Some("2026-01-02".to_string()), Some("Jo".to_string()))
    );
}

/// A deleted check-in's words stay deleted: a new check-in for the same day, made
/// later on a device that never had the deleted one, starts empty.
#[test]
fn a_deleted_check_in_note_does_not_come_back_with_a_new_check_in_that_day() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "phone");
    let day = base().date_naive();
    a.at(10);
    a.s()
        .write(|tx| {
            tx.upsert_checkin(
                day,
                &CheckinPatch {
                    mood: Some(3),
                    note: Some("something I would rather not keep".into()),
                    ..CheckinPatch::default()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    a.sync();
    a.at(11);
    let id = a.s().checkin_on(day).unwrap().unwrap().id;
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Checkin, id).map(|_| ()))
        .unwrap();
    a.sync();
    // The phone, not synced since before, checks in that evening: a mood only.
    b.at(20);
    b.s()
        .write(|tx| {
            tx.upsert_checkin(
                day,
                &CheckinPatch {
                    mood: Some(6),
                    ..CheckinPatch::default()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    b.sync();
    a.at(21);
    a.sync();
    let c = a.s().checkin_on(day).unwrap().unwrap();
    assert_eq!((c.mood, c.note), (Some(6), None));
}

/// A restored journal wrote its next segment again before the sync program brought
/// the one it had written before the restore (a program that keeps the newer file):
/// the other device notices, from the next segment naming its predecessor, merges the
/// device's segments again, and sends on what only it had merged. Both end the same.
#[test]
fn a_forked_segment_is_noticed_and_nothing_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.add("first words");
    init(&a, &folder, "laptop");
    let b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(2);
    a.sync();
    let backup = tmp.path().join("backup.db");
    a.copy_to(&backup);
    a.at(3);
    a.add("written before the restore");
    a.sync();
    b.sync();
    let me = a.s().sync_setup().unwrap().unwrap().device;
    let seg2 = folder.join("devices").join(&me).join("00000002.tseg");
    std::fs::remove_file(&seg2).unwrap();
    a.restore(&backup, 4);
    a.add("written on the restored journal");
    a.sync();
    assert!(seg2.exists(), "the restored journal wrote segment 2 again");
    a.at(5);
    a.add("and once more");
    a.sync();
    b.sync();
    a.at(6);
    a.sync();
    for d in [&a, &b] {
        assert_eq!(
            d.bodies(),
            [
                "and once more",
                "first words",
                "written before the restore",
                "written on the restored journal"
            ]
        );
    }
    assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// A segment (forged by someone who holds the key) whose kept words name SQL as their
/// record's table is refused on the way in: the record is held aside unread, never
/// reaching SQL, it waits with its reason, and this device's own changes still go out.
#[test]
fn a_segment_naming_sql_as_a_table_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let forever = "(WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS id, x AS uid FROM r)";
    fake_segment(
        &folder,
        "0123456789abcdef",
        1,
        json!({"format": 1, "app": "tend", "device": "0123456789abcdef", "name": "new",
               "seq": 1, "clock": 1 << 16, "seen": {},
               "records": [{"t": "sync_conflicts", "k": "forged", "v": [1 << 16, "0123456789abcdef"], "b": null,
                            "row": {"uid": "forged", "tbl": forever, "record": "r", "field": "body",
                                    "text": "words", "device": "0123456789abcdef",
                                    "edited_at": "2026-11-22T10:00:00+00:00",
                                    "created_at": "2026-11-22T10:00:00+00:00",
                                    "updated_at": "2026-11-22T10:00:00+00:00"}}]}),
    );
    a.add("sent all the same");
    let r = a.sync();
    assert!(a.s().sync_conflicts(None).unwrap().is_empty());
    assert!(
        r.waiting
            .iter()
            .any(|w| w.contains("is not a kind of record tend keeps words for")),
        "{:?}",
        r.waiting
    );
    assert_eq!(r.sent, 1);
}

/// A device whose clock runs three days fast deletes an entry; a device with the right
/// clock edits it afterwards, without having seen the deletion. The deletion carries
/// the later stamp and stands, but the edit's words are kept aside on both devices, as
/// a losing concurrent edit's are: whatever the clocks say, nothing is lost.
#[test]
fn a_deletion_that_wins_over_a_concurrent_edit_keeps_the_edits_words() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.add("first words");
    init(&a, &folder, "fast");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "right");
    a.at_time(at(10) + Duration::days(3));
    a.delete("first words");
    b.at(20);
    b.set_body(
        "first words",
        "words written after the deletion, by the right clock",
    );
    a.sync();
    b.sync();
    a.at_time(at(30) + Duration::days(3));
    a.sync();
    for d in [&a, &b] {
        assert!(d.bodies().is_empty(), "the deletion stands");
        assert_eq!(
            d.conflict_texts(),
            ["words written after the deletion, by the right clock"]
        );
    }
    assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// The same with a check-in: the deletion stands, the reflection written after it on
/// the device with the right clock is kept aside.
#[test]
fn a_check_in_deleted_by_a_fast_clock_keeps_the_reflection_written_after() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let day = base().date_naive();
    a.s()
        .write(|tx| {
            tx.upsert_checkin(
                day,
                &CheckinPatch {
                    mood: Some(5),
                    ..CheckinPatch::default()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    init(&a, &folder, "fast");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "right");
    a.at_time(at(10) + Duration::days(3));
    let id = a.s().checkin_on(day).unwrap().unwrap().id;
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Checkin, id).map(|_| ()))
        .unwrap();
    b.at(20);
    b.s()
        .write(|tx| {
            tx.upsert_checkin(
                day,
                &CheckinPatch {
                    reflection: Some("what the evening taught me".into()),
                    ..CheckinPatch::default()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    a.sync();
    b.sync();
    a.at_time(at(30) + Duration::days(3));
    a.sync();
    for d in [&a, &b] {
        assert!(
            d.s().checkin_on(day).unwrap().is_none(),
            "the deletion stands"
        );
        assert_eq!(d.conflict_texts(), ["what the evening taught me"]);
    }
    assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// A write made while this device's clock reads the year 3001 is refused, saying what
/// to fix, and writes nothing: a stamp past what every device accepts would hold up all
/// this device sends after it. With the date set right, it writes and syncs as ever.
#[test]
fn a_clock_past_the_year_3000_refuses_the_write_and_says_to_set_the_date() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at_time("3001-01-01T09:00:00+00:00".parse().unwrap());
    let refused = a.s().write(|tx| {
        tx.add_journal(JournalDraft {
            at: base(),
            title: None,
            body: "written while the clock was wrong".into(),
            mood: None,
            domain: None,
            tags: vec![],
        })
    });
    let e = refused.expect_err("refused").to_string();
    assert!(
        e.contains("the clock reads 3001-01-01 09:00") && e.contains("set the right date"),
        "{e}"
    );
    assert!(a.bodies().is_empty(), "nothing was written");
    a.at(10);
    a.add("written once the date was right");
    a.sync();
    b.at(11);
    let r = b.sync();
    assert!(r.waiting.is_empty(), "{:?}", r.waiting);
    assert_eq!(b.bodies(), ["written once the date was right"]);
}

/// A segment an older tend wrote while its clock read the year 3001 does not hold up
/// that device's later segments: the record stamped past the year 3000 is left out
/// (that device stamps it again once upgraded), the rest of it and every later segment
/// merge, and the sync says so.
#[test]
fn a_record_stamped_past_the_year_3000_does_not_hold_up_its_devices_later_segments() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let dev = "0123456789abcdef";
    let far = tend::domain::hlc::LATEST + (1 << 16);
    let good = tend::domain::hlc::from_millis(at(5).timestamp_millis());
    let entry = |uid: &str, body: &str, v: i64| {
        json!({"t": "journal_entries", "k": uid, "v": [v, dev], "b": null,
               "row": {"uid": uid, "at": "2026-11-25T17:00:00+00:00", "date": "2026-11-25",
                       "body": body, "created_at": "2026-11-25T17:00:00Z",
                       "updated_at": "2026-11-25T17:00:00Z", "revision": 1}})
    };
    fake_segment(
        &folder,
        dev,
        1,
        json!({"format": 2, "app": "tend", "device": dev, "name": "old", "seq": 1,
               "clock": far, "seen": {},
               "records": [entry("e1", "stamped in 3001", far), entry("e2", "right", good)]}),
    );
    fake_segment(
        &folder,
        dev,
        2,
        json!({"format": 2, "app": "tend", "device": dev, "name": "old", "seq": 2,
               "clock": far + 1, "seen": {},
               "records": [entry("e3", "written after", far + 1), entry("e4", "later", good + 1)]}),
    );
    let r = a.sync();
    assert!(r.waiting.is_empty(), "{:?}", r.waiting);
    assert_eq!(a.bodies(), ["later", "right"]);
    assert_eq!(r.notes.len(), 2, "one for each segment: {:?}", r.notes);
    assert!(
        r.notes
            .iter()
            .all(|n| n.contains("1 record") && n.contains("3000")),
        "{:?}",
        r.notes
    );
    // This device's clock was not pulled past it: its next write is stamped as ever.
    a.add("mine");
    assert!(a.sync().waiting.is_empty());
}

/// Copies every file under `from` into `to`.
fn copy_tree(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::create_dir_all(to).unwrap();
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// A whole machine restored from a backup, its journal and its copy of the folder,
/// writes its segment 2 again; the sync program keeps the new file and renames the one
/// written before the restore a conflict copy. That copy is read for what only it
/// holds: by the restored device, by the other device (which never merged it), and by
/// a device that joins later. Nothing it wrote is lost.
#[test]
fn a_conflict_copy_of_a_restored_machines_segment_is_read_for_what_only_it_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let (fa, fb) = (tmp.path().join("folder-a"), tmp.path().join("folder-b"));
    let mut a = Dev::new(tmp.path(), "a", 0);
    a.add("first words");
    init(&a, &fa, "laptop");
    copy_tree(&fa, &fb);
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &fb, "desktop");
    copy_tree(&fb, &fa);
    a.at(2);
    a.sync();
    // The backup: the journal and the machine's copy of the folder.
    let backup = tmp.path().join("backup");
    a.copy_to(&tmp.path().join("backup.db"));
    copy_tree(&fa, &backup);
    a.at(3);
    a.add("written before the restore");
    a.sync();
    let me = a.s().sync_setup().unwrap().unwrap().device;
    let seg2 = |f: &Path| f.join("devices").join(&me).join("00000002.tseg");
    let before = std::fs::read(seg2(&fa)).unwrap();
    // The machine is restored: journal and folder.
    std::fs::remove_dir_all(&fa).unwrap();
    copy_tree(&backup, &fa);
    a.restore(&tmp.path().join("backup.db"), 4);
    a.add("written on the restored machine");
    a.sync();
    // The sync program keeps the new file and renames the old one, on both machines.
    let copy = "00000002.sync-conflict-20261201-120000-ABCDEFG.tseg";
    for f in [&fa, &fb] {
        std::fs::write(seg2(f).with_file_name(copy), &before).unwrap();
    }
    std::fs::copy(seg2(&fa), seg2(&fb)).unwrap();
    a.at(5);
    a.sync();
    b.at(6);
    b.sync();
    copy_tree(&fb, &fa);
    a.at(7);
    a.sync();
    let late = Dev::new(tmp.path(), "late", 8);
    let fl = tmp.path().join("folder-late");
    copy_tree(&fb, &fl);
    join(&late, &fl, "phone");
    let all = [
        "first words",
        "written before the restore",
        "written on the restored machine",
    ];
    for (d, who) in [
        (&a, "the restored machine"),
        (&b, "the other"),
        (&late, "a later joiner"),
    ] {
        assert_eq!(d.bodies(), all, "{who}");
    }
    copy_tree(&fa, &fb);
    b.at(9);
    b.sync();
    assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// A conflict copy is read as a segment is: one that is a link (here to a segment kept
/// outside the folder) is not followed, and a named pipe under such a name is not
/// waited on; the sync finishes and merges only what is really in the folder. The same
/// bytes as a regular file there are read for what only they hold.
#[test]
fn a_conflict_copy_that_is_a_link_or_a_pipe_is_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let outside = tmp.path().join("outside");
    let a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let dev = "0123456789abcdef";
    let good = tend::domain::hlc::from_millis(at(5).timestamp_millis());
    let segment = |uid: &str, body: &str| {
        json!({"format": 2, "app": "tend", "device": dev, "name": "old", "seq": 1,
               "clock": good, "seen": {},
               "records": [{"t": "journal_entries", "k": uid, "v": [good, dev], "b": null,
                            "row": {"uid": uid, "at": "2026-11-25T17:00:00+00:00",
                                    "date": "2026-11-25", "body": body,
                                    "created_at": "2026-11-25T17:00:00Z",
                                    "updated_at": "2026-11-25T17:00:00Z", "revision": 1}}]})
    };
    fake_segment(&folder, dev, 1, segment("e1", "in the folder"));
    fake_segment(&outside, dev, 1, segment("e2", "outside the folder"));
    let theirs = folder.join("devices").join(dev);
    let target = tend::sync::folder::segment_path(&outside, dev, 1);
    let link = theirs.join("00000001.sync-conflict-20261201-120000-LINK.tseg");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    rustix::fs::mknodat(
        rustix::fs::CWD,
        theirs.join("00000001.sync-conflict-20261201-120000-PIPE.tseg"),
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
    let r = a.sync();
    assert!(r.waiting.is_empty(), "{:?}", r.waiting);
    assert_eq!(a.bodies(), ["in the folder"]);
    std::fs::remove_file(&link).unwrap();
    std::fs::copy(&target, &link).unwrap();
    a.sync();
    assert_eq!(a.bodies(), ["in the folder", "outside the folder"]);
}

fn goal_draft(title: &str) -> GoalDraft {
    GoalDraft {
        title: title.into(),
        domain: LifeDomain::Physical,
        why: None,
        kind: GoalKind::Habit,
        per_week: Some(3),
        target_date: None,
        steps: vec![],
    }
}

/// Each goal's marks' notes, by goal title.
fn marks(d: &Dev) -> Vec<(String, Vec<Option<String>>)> {
    let s = d.s();
    s.goals(None, None)
        .unwrap()
        .into_iter()
        .map(|g| {
            let mut notes: Vec<_> = s
                .goal_logs(g.id, None)
                .unwrap()
                .into_iter()
                .map(|l| l.note)
                .collect();
            notes.sort();
            (g.title, notes)
        })
        .collect()
}

/// A goal with five marks syncs to B; A deletes it; a second later B edits its title.
/// The later edit brings the goal back on both devices, with every mark it had.
#[test]
fn a_goal_deleted_here_and_edited_there_later_comes_back_with_all_its_marks() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let g = a
        .s()
        .write(|tx| tx.add_goal(goal_draft("walk daily")))
        .unwrap()
        .id;
    for day in 1..=5 {
        a.s()
            .write(|tx| {
                let date = base().date_naive() - chrono::Days::new(day);
                tx.log_goal(g, date, Some(format!("walked, day {day}")), None)
                    .map(|_| ())
            })
            .unwrap();
    }
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(10);
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Goal, g).map(|_| ()))
        .unwrap();
    b.at(11);
    let gb = b.s().goals(None, None).unwrap()[0].id;
    b.s()
        .write(|tx| tx.edit_goal(gb, goal_draft("walk every day")).map(|_| ()))
        .unwrap();
    a.at(12);
    a.sync();
    b.at(13);
    b.sync();
    a.at(14);
    a.sync();
    let want: Vec<Option<String>> = (1..=5).map(|d| Some(format!("walked, day {d}"))).collect();
    for d in [&a, &b] {
        assert_eq!(marks(d), [("walk every day".to_string(), want.clone())]);
    }
    pretty_assertions::assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// A check-in with a mood, a craving, sleep and an intention syncs to B; A deletes it;
/// a second later B writes its reflection. The check-in comes back whole on both.
#[test]
fn a_check_in_deleted_here_and_edited_there_later_comes_back_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let day = base().date_naive();
    a.s()
        .write(|tx| {
            tx.upsert_checkin(
                day,
                &CheckinPatch {
                    mood: Some(6),
                    craving: Some(3),
                    sleep_hours: Some(7.5),
                    intention: Some("call Sam".into()),
                    ..CheckinPatch::default()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "phone");
    a.at(10);
    let id = a.s().checkin_on(day).unwrap().unwrap().id;
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Checkin, id).map(|_| ()))
        .unwrap();
    b.at(11);
    b.s()
        .write(|tx| {
            tx.upsert_checkin(
                day,
                &CheckinPatch {
                    reflection: Some("called Sam after all".into()),
                    ..CheckinPatch::default()
                },
            )
            .map(|_| ())
        })
        .unwrap();
    a.at(12);
    a.sync();
    b.at(13);
    b.sync();
    a.at(14);
    a.sync();
    for d in [&a, &b] {
        let c = d.s().checkin_on(day).unwrap().expect("back");
        assert_eq!(
            (
                c.mood,
                c.craving,
                c.sleep_hours,
                c.intention.as_deref(),
                c.reflection.as_deref()
            ),
            (
                Some(6),
                Some(3),
                Some(7.5),
                Some("call Sam"),
                Some("called Sam after all")
            )
        );
    }
    pretty_assertions::assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// A trigger with two encounters syncs to B; A deletes it; a second later B edits its
/// notes. The trigger comes back with its encounters still pointing at it.
#[test]
fn a_trigger_deleted_here_and_edited_there_later_comes_back_with_its_encounters() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let draft = |notes: &str| TriggerDraft {
        name: "payday".into(),
        category: TriggerCategory::Times,
        origin: TriggerOrigin::External,
        notes: Some(notes.into()),
        coping_ids: vec![],
    };
    let t = a
        .s()
        .write(|tx| tx.add_trigger(draft("old notes")))
        .unwrap()
        .id;
    for min in [30, 40] {
        a.s()
            .write(|tx| {
                tx.log_trigger_event(EventDraft {
                    at: base() - Duration::minutes(min),
                    trigger_id: Some(t),
                    urge_before: 6,
                    urge_after: Some(2),
                    coping_id: None,
                    outcome: Outcome::Passed,
                    note: None,
                })
                .map(|_| ())
            })
            .unwrap();
    }
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(10);
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Trigger, t).map(|_| ()))
        .unwrap();
    b.at(11);
    let tb = b.s().triggers().unwrap()[0].id;
    b.s()
        .write(|tx| {
            tx.edit_trigger(tb, draft("what paydays do to me"))
                .map(|_| ())
        })
        .unwrap();
    a.at(12);
    a.sync();
    b.at(13);
    b.sync();
    a.at(14);
    a.sync();
    for d in [&a, &b] {
        let t = &d.s().triggers().unwrap()[0];
        let linked: Vec<_> = d
            .s()
            .trigger_events(None, None, None)
            .unwrap()
            .into_iter()
            .map(|e| e.trigger_id)
            .collect();
        assert_eq!(linked, [Some(t.id), Some(t.id)]);
    }
    pretty_assertions::assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// A person with a call and a line of the safety plan syncs to B; A deletes them; a
/// second later B edits their note. They come back with their connection and the plan
/// line naming them again.
#[test]
fn a_person_deleted_here_and_edited_there_later_comes_back_with_their_connections() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let draft = |note: &str| PersonDraft {
        name: "Sam".into(),
        note: Some(note.into()),
        ..PersonDraft::default()
    };
    let p = a
        .s()
        .write(|tx| tx.add_person(draft("sponsor")))
        .unwrap()
        .id;
    a.s()
        .write(|tx| {
            tx.add_connection(ConnectionDraft {
                person_ids: vec![p],
                ..ConnectionDraft::blank(base() - Duration::hours(2), ConnectionKind::Call)
            })?;
            let line = tx.add_plan_item(PlanSection::Supports, "call Sam", None, None)?;
            tx.link_plan_person(line.id, Some(p)).map(|_| ())
        })
        .unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    a.at(10);
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Person, p).map(|_| ()))
        .unwrap();
    b.at(11);
    let pb = b.s().people().unwrap()[0].id;
    b.s()
        .write(|tx| {
            tx.edit_person(pb, draft("sponsor; call before meetings"))
                .map(|_| ())
        })
        .unwrap();
    a.at(12);
    a.sync();
    b.at(13);
    b.sync();
    a.at(14);
    a.sync();
    for d in [&a, &b] {
        let p = d.s().people().unwrap()[0].id;
        let c = &d.s().connections(None, None, None).unwrap()[0];
        assert_eq!(c.person_ids, [p]);
        let line = d
            .s()
            .plan(None)
            .unwrap()
            .into_iter()
            .find(|l| l.text == "call Sam")
            .unwrap();
        assert_eq!(line.person_id, Some(p));
    }
    pretty_assertions::assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// B logs a mark with a note on a goal that A deletes without having seen it; the
/// deletion is the later change and stands, and the note is kept aside on both, never
/// silently gone.
#[test]
fn a_mark_logged_there_on_a_goal_deleted_here_is_kept_aside() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let g = a
        .s()
        .write(|tx| tx.add_goal(goal_draft("walk daily")))
        .unwrap()
        .id;
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    b.at(10);
    let gb = b.s().goals(None, None).unwrap()[0].id;
    b.s()
        .write(|tx| {
            tx.log_goal(
                gb,
                base().date_naive(),
                Some("walked with Sam".into()),
                None,
            )
            .map(|_| ())
        })
        .unwrap();
    a.at(11);
    a.s()
        .write(|tx| tx.delete_record(RecordKind::Goal, g).map(|_| ()))
        .unwrap();
    a.at(12);
    a.sync();
    b.at(13);
    b.sync();
    a.at(14);
    a.sync();
    for d in [&a, &b] {
        assert!(marks(d).is_empty(), "the deletion stands");
        assert_eq!(d.conflict_texts(), ["walked with Sam"]);
    }
    pretty_assertions::assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// Two devices answer the same tracker on the same day before they sync: the answers
/// share a uid derived from the tracker's and the day, so they meet as one record and
/// the later answer stands on both; a cleared answer answered again elsewhere comes
/// back as that answer.
#[test]
fn two_devices_answering_a_tracker_the_same_day_keep_one_answer() {
    use tend::domain::trackers::TrackerPreset;
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    let t = a
        .s()
        .write(|tx| tx.add_tracker(TrackerPreset::UrgeToUse.draft()))
        .unwrap();
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    let day = base().date_naive();
    let answer = |d: &Dev, v: Option<f64>| {
        d.s()
            .write(|tx| tx.set_tracker_value(t.id, day, v, None))
            .unwrap();
    };
    let values = |d: &Dev| {
        d.s()
            .day_values(day)
            .unwrap()
            .iter()
            .map(|v| v.value)
            .collect::<Vec<_>>()
    };
    a.at(10);
    answer(&a, Some(2.0));
    b.at(11);
    answer(&b, Some(4.0));
    a.sync();
    b.sync();
    a.at(12);
    a.sync();
    assert_eq!(values(&a), [4.0]);
    assert_eq!(canonical(a.s()), canonical(b.s()));

    a.at(20);
    answer(&a, None);
    b.at(21);
    answer(&b, Some(3.0));
    a.sync();
    b.sync();
    a.at(22);
    a.sync();
    assert_eq!((values(&a), values(&b)), (vec![3.0], vec![3.0]));
    assert_eq!(canonical(a.s()), canonical(b.s()));
}

/// Two devices that each add the same tracker (by name, any case) before they sync
/// hold one tracker afterwards, with one answer for a day both answered.
#[test]
fn the_same_tracker_added_on_two_devices_is_one_tracker() {
    use tend::domain::trackers::TrackerPreset;
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Dev::new(tmp.path(), "a", 0);
    init(&a, &folder, "laptop");
    let mut b = Dev::new(tmp.path(), "b", 1);
    join(&b, &folder, "desktop");
    let day = base().date_naive();
    a.at(10);
    b.at(11);
    for (d, value) in [(&a, 1.0), (&b, 3.0)] {
        d.s()
            .write(|tx| {
                let mut draft = TrackerPreset::UrgeToUse.draft();
                if value > 2.0 {
                    draft.name = draft.name.to_uppercase();
                }
                let t = tx.add_tracker(draft)?;
                tx.set_tracker_value(t.id, day, Some(value), None)
            })
            .unwrap();
    }
    a.sync();
    b.sync();
    a.at(12);
    a.sync();
    for d in [&a, &b] {
        assert_eq!(d.s().all_trackers().unwrap().len(), 1);
        let values: Vec<f64> = d
            .s()
            .day_values(day)
            .unwrap()
            .iter()
            .map(|v| v.value)
            .collect();
        assert_eq!(values, [3.0]);
    }
    assert_eq!(canonical(a.s()), canonical(b.s()));
}
