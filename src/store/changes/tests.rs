//! Change capture and the merge's bookkeeping, on temp files.

use super::forget::{Acks, acknowledged};
use super::*;
use crate::clock::Clock;
use crate::domain::{
    CheckinPatch, JournalDraft, RecordKind, TriggerCategory, TriggerDraft, TriggerOrigin,
};
use crate::store::{Store, schema};
use std::collections::BTreeMap;

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn store(dir: &tempfile::TempDir, name: &str) -> Store {
    Store::open(
        &dir.path().join(name),
        Clock::Fixed(at("2026-11-23T10:00:00+00:00")),
    )
    .unwrap()
}

/// Sync set up as `device`, with nothing sent yet.
pub(in crate::store) fn setup(device: &str) -> Setup {
    Setup {
        folder: "/nowhere".into(),
        device: device.into(),
        name: device.into(),
        salt: "00".into(),
        kdf: None,
        key: None,
        next_seq: 1,
        last_hash: None,
        pending_hash: None,
        last_sync: None,
    }
}

fn set_up(s: &Store, device: &str) {
    s.write(|tx| tx.sync_begin(&setup(device))).unwrap();
}

fn entry(s: &Store, body: &str) -> i64 {
    s.write(|tx| Ok(entry_in(tx, body))).unwrap()
}

fn entry_in(tx: &crate::store::Tx, body: &str) -> i64 {
    tx.add_journal(JournalDraft {
        at: at("2026-11-23T09:00:00+00:00"),
        title: None,
        body: body.into(),
        mood: None,
        domain: None,
        tags: vec!["calm".into()],
    })
    .unwrap()
    .id
}

fn changes(s: &Store) -> Vec<(String, bool, bool)> {
    let mut st = s
        .conn
        .prepare("SELECT tbl, pending, dirty FROM sync_changes ORDER BY tbl, key")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Each change noted in `s`, pending or not: its kind, stamp and device (see
/// `versions_noted` for all a version holds).
fn versions(s: &Store) -> Vec<(String, i64, String)> {
    let mut st = s
        .conn
        .prepare("SELECT tbl, stamp, device FROM sync_changes ORDER BY tbl, key")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn every_write_is_stamped_from_the_start_and_sync_keeps_the_stamps() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    let me = s.journal_device().unwrap();
    assert!(crate::sync::folder::is_device_id(&me), "{me}");
    entry(&s, "before");
    let c = changes(&s);
    assert!(
        c.contains(&("journal_entries".into(), false, true)),
        "stamped at commit without sync: {c:?}"
    );
    let before = versions(&s);
    assert!(
        before.iter().all(|(_, stamp, d)| *stamp > 0 && *d == me),
        "{before:?}"
    );
    set_up(&s, &me);
    assert_eq!(versions(&s), before, "setting sync up restamps nothing");
    assert!(
        changes(&s)
            .iter()
            .all(|(_, pending, dirty)| !pending && *dirty)
    );
    assert_eq!(s.sync_setup().unwrap().unwrap().device, me);
    s.write(|tx| tx.sync_leave()).unwrap();
    assert_eq!(versions(&s), before, "leaving keeps them");
    assert_eq!(s.journal_device().unwrap(), me);
}

#[test]
fn a_write_and_its_capture_commit_or_roll_back_together() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let before = changes(&s);
    let failed: crate::error::Result<()> = s.write(|tx| {
        tx.add_coping("Call Sam", None, None)?;
        Err(crate::error::Error::Message("stop".into()))
    });
    assert!(failed.is_err());
    assert_eq!(
        changes(&s),
        before,
        "a rolled-back write leaves no change behind"
    );
    let id = entry(&s, "after");
    let v1 = s
        .write(|tx| tx.sync_entry("journal_entries", &uid_of(tx, id)))
        .unwrap()
        .unwrap();
    s.write(|tx| {
        tx.update_journal(
            id,
            JournalDraft {
                at: at("2026-11-23T09:00:00+00:00"),
                title: None,
                body: "changed".into(),
                mood: None,
                domain: None,
                tags: vec![],
            },
        )
    })
    .unwrap();
    let v2 = s
        .write(|tx| tx.sync_entry("journal_entries", &uid_of(tx, id)))
        .unwrap()
        .unwrap();
    assert!(v2.version > v1.version, "each write a later version");
    assert_eq!(
        v2.base, None,
        "not sent yet: still made on top of nothing exchanged"
    );
}

fn uid_of(tx: &crate::store::Tx, id: i64) -> String {
    tx.query_row("SELECT uid FROM journal_entries WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .unwrap()
}

#[test]
fn a_segment_carries_what_its_records_refer_to() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let trigger = s
        .write(|tx| {
            let c = tx.add_coping("Walk", None, None)?;
            tx.add_trigger(TriggerDraft {
                name: "Payday".into(),
                category: TriggerCategory::Times,
                origin: TriggerOrigin::External,
                notes: None,
                coping_ids: vec![c.id],
            })
        })
        .unwrap();
    let out = s.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    s.write(|tx| tx.sync_sent(1, "x", &out.sent)).unwrap();
    // Only the encounter changes now; its trigger and the trigger's coping ride along.
    s.write(|tx| {
        tx.log_trigger_event(crate::domain::EventDraft {
            at: at("2026-11-23T09:30:00+00:00"),
            trigger_id: Some(trigger.id),
            urge_before: 6,
            urge_after: Some(2),
            outcome: crate::domain::Outcome::Passed,
            coping_id: None,
            note: None,
        })
    })
    .unwrap();
    let out = s.write(|tx| tx.sync_collect(2)).unwrap().unwrap();
    let kinds: Vec<(&str, bool)> = out
        .body
        .records
        .iter()
        .map(|r| (r.t.as_str(), r.relay))
        .collect();
    assert_eq!(
        kinds,
        [
            ("coping_strategies", true),
            ("triggers", true),
            ("trigger_events", false)
        ],
        "parents first, marked as relays"
    );
    assert_eq!(
        out.sent.len(),
        1,
        "only the encounter is this segment's news"
    );
}

#[test]
fn deletions_are_forgotten_only_once_every_known_device_has_them() {
    let mut acks: Acks = BTreeMap::new();
    acks.insert("me".into(), Some([("b".to_string(), 3)].into()));
    acks.insert("b".into(), Some(BTreeMap::new()));
    assert!(
        acknowledged(&acks, "b", 3),
        "b wrote it; I have merged its segment 3"
    );
    assert!(!acknowledged(&acks, "b", 4));
    acks.insert("c".into(), None);
    assert!(
        !acknowledged(&acks, "b", 3),
        "c is known only by name: its ack is unknown"
    );
    acks.insert("c".into(), Some([("b".to_string(), 5)].into()));
    assert!(acknowledged(&acks, "b", 3));
    let alone: Acks = [("me".to_string(), Some(BTreeMap::new()))].into();
    assert!(
        !acknowledged(&alone, "me", 1),
        "no other device: nobody has acknowledged"
    );
}

#[test]
fn a_check_in_deleted_here_is_captured_as_a_deletion() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let patch = CheckinPatch {
        mood: Some(6),
        ..CheckinPatch::default()
    };
    let c = s.write(|tx| tx.upsert_checkin(day, &patch)).unwrap();
    s.write(|tx| tx.delete_record(RecordKind::Checkin, c.id))
        .unwrap();
    let e = s
        .write(|tx| tx.sync_entry("checkins", "2026-11-22"))
        .unwrap()
        .unwrap();
    assert!(e.deleted);
    let state = super::fields::State::parse(e.fields.as_deref());
    assert!(!state.alive());
    assert_eq!(
        state.f["mood"].0,
        serde_json::Value::Null,
        "its words and ratings go with it: a check-in made again that day starts empty"
    );
}

/// A query that never ends, as a table name: what a forged file or segment put in
/// `sync_conflicts.tbl` for an older tend to run.
const FOREVER: &str = "(WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS id, x AS uid FROM r)";

fn forged_conflict(s: &Store) {
    s.conn
        .execute(
            "INSERT INTO sync_conflicts (uid, tbl, record, field, text, device, edited_at, created_at, updated_at)
             VALUES ('forged', ?1, 'r', 'body', 'words', 'd', 'x', 'x', 'x')",
            [FOREVER],
        )
        .unwrap();
}

#[test]
fn a_table_name_in_a_kept_row_is_never_run() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    forged_conflict(&s);
    let list = s.sync_conflicts(None).unwrap();
    assert_eq!(list.len(), 1);
    // Named from the schema's own list, or not at all: this returns at once.
    assert_eq!(
        s.sync_record_label(&list[0].tbl, &list[0].record).unwrap(),
        "a record of a kind this tend does not know"
    );
    assert_eq!(
        s.sync_record_label("profile", "profile").unwrap(),
        "the profile"
    );
}

#[test]
fn opening_a_journal_drops_kept_rows_an_older_tend_let_in_under_a_table_name_that_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    // A journal of schema 7, before version 8 dropped such rows.
    schema_at(
        &path,
        7,
        &format!(
            "INSERT INTO sync_conflicts (uid, tbl, record, field, text, device, edited_at, created_at, updated_at)
                 VALUES ('forged', '{}', 'r', 'body', 'words', 'd', 'x', 'x', 'x');
             INSERT INTO sync_conflicts (uid, tbl, record, field, text, device, edited_at, created_at, updated_at)
                 VALUES ('kept', 'journal_entries', 'r', 'body', 'words', 'd', 'x', 'x', 'x');",
            FOREVER.replace('\'', "''")
        ),
    );
    let s = Store::open(&path, Clock::Fixed(at("2026-11-23T10:00:00+00:00"))).unwrap();
    let left: Vec<String> = s
        .sync_conflicts(None)
        .unwrap()
        .into_iter()
        .map(|c| c.tbl)
        .collect();
    assert_eq!(left, ["journal_entries"]);
}

/// A journal of schema `version` (9: before every write was stamped), made by running
/// `sql` on it.
fn schema_at(path: &std::path::Path, version: usize, sql: &str) {
    crate::store::tests::schema_at(path, version, sql);
}

/// The migration stamps a check-in and the profile field by field exactly as the write
/// path stamps a new one, from when each was last changed: a field left empty sets
/// nothing, so another device's value for it still wins.
#[test]
fn the_upgrade_stamps_check_ins_and_the_profile_as_a_write_would() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_at(
        &path,
        9,
        "INSERT INTO checkins (uid, date, mood, hungry, sleep_hours, note, created_at, updated_at)
             VALUES ('c1', '2026-11-20', 6, 1, 7.5, 'slept well', '2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z');
         UPDATE profile SET display_name = 'Jo', updated_at = '2026-11-01T00:00:00Z';",
    );
    let s = Store::open(&path, Clock::Fixed(at("2026-11-23T10:00:00+00:00"))).unwrap();
    let me = s.journal_device().unwrap();
    for (tbl, key, when) in [
        ("checkins", "2026-11-20", "2026-11-20T09:00:00Z"),
        ("profile", "profile", "2026-11-01T00:00:00Z"),
    ] {
        let v = Version::new(hlc::from_millis(at(when).timestamp_millis()), me.clone());
        let (migrated, want) = s
            .write(|tx| {
                let e = tx.sync_entry(tbl, key)?.unwrap();
                assert_eq!(e.version.as_ref(), Some(&v), "{tbl}");
                assert!(!e.deleted && e.dirty);
                Ok((
                    super::fields::State::parse(e.fields.as_deref()),
                    super::fields::State::parse(Some(&tx.stamp_fields(tbl, key, None, &v)?)),
                ))
            })
            .unwrap();
        assert_eq!(migrated, want, "{tbl}");
        assert!(migrated.alive());
    }
}

/// A journal that joins a folder already holding a device of its id (a copy of a
/// journal that syncs there) goes on under a new id, and what it did counts as done by
/// it: its stamps stay, under the new id.
#[test]
fn a_journal_whose_id_is_taken_in_the_folder_takes_a_new_one_keeping_its_stamps() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    entry(&s, "words");
    let me = s.journal_device().unwrap();
    let before = versions(&s);
    set_up(&s, "bbbbbbbbbbbbbbbb");
    assert_eq!(s.journal_device().unwrap(), "bbbbbbbbbbbbbbbb");
    let after = versions(&s);
    assert_eq!(after.len(), before.len());
    for ((t, stamp, d), (t2, stamp2, d2)) in before.iter().zip(&after) {
        assert_eq!((t, stamp, d.as_str()), (t2, stamp2, me.as_str()));
        assert_eq!(d2, "bbbbbbbbbbbbbbbb");
    }
}

/// A journal that an older tend stamped while its clock read the year 3001 (a stamp
/// every other device refuses) stamps those records again, below the year 3000, at its
/// next write, and its clock goes back: its writes are not refused for good.
#[test]
fn stamps_past_the_year_3000_from_an_older_tend_are_made_again_below_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let far = hlc::LATEST + (5 << 16);
    schema_at(
        &path,
        9,
        &format!(
            "INSERT INTO journal_entries (uid, at, date, body, created_at, updated_at)
                 VALUES ('e1', '2026-11-20T09:00:00Z', '2026-11-20', 'words', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z');
             INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device)
                 VALUES ('journal_entries', 'e1', 0, 0, {far}, 'aaaaaaaaaaaaaaaa');
             INSERT INTO checkins (uid, date, mood, created_at, updated_at)
                 VALUES ('c1', '2026-11-20', 6, '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z');
             INSERT INTO sync_setup (id, folder, device, name, salt, clock, next_seq)
                 VALUES (1, '/nowhere', 'aaaaaaaaaaaaaaaa', 'old', '00', {far}, 3);
             INSERT INTO sync_changes (tbl, key, pending, dirty, stamp, device, fields)
                 VALUES ('checkins', '2026-11-20', 0, 0, {far}, 'aaaaaaaaaaaaaaaa',
                         '{{\"born\":[{far},\"aaaaaaaaaaaaaaaa\"],\"del\":null,\"f\":{{\"mood\":[6,[{far},\"aaaaaaaaaaaaaaaa\"]]}}}}');"
        ),
    );
    let s = Store::open(&path, Clock::Fixed(at("2026-11-23T10:00:00+00:00"))).unwrap();
    entry(&s, "a write at the right date");
    let stamps: Vec<i64> = s
        .conn
        .prepare("SELECT stamp FROM sync_changes")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(stamps.iter().all(|st| *st <= hlc::LATEST), "{stamps:?}");
    let state = s
        .write(|tx| tx.sync_entry("checkins", "2026-11-20"))
        .unwrap()
        .unwrap();
    let state = super::fields::State::parse(state.fields.as_deref());
    assert!(state.alive());
    assert!(
        state.f.values().all(|(_, v)| v.stamp <= hlc::LATEST),
        "{state:?}"
    );
    assert_eq!(state.f["mood"].0, serde_json::json!(6));
}

/// A segment as a newer tend writes it: a record of a kind this tend does not know, a
/// journal entry with a field it does not know, and a person with a role it does not
/// know, beside records it knows.
fn newer_segment(device: &str) -> segment::Segment {
    let row = |extra: serde_json::Value| {
        let mut r = serde_json::json!({"uid": "e-1", "at": "2026-11-22T20:00:00+00:00",
            "date": "2026-11-22", "body": "Written on the new phone.",
            "created_at": "2026-11-22T20:00:00+00:00", "updated_at": "2026-11-22T20:00:00+00:00"});
        r.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        r
    };
    serde_json::from_value(serde_json::json!({
        "app": "tend", "clock": 1_i64 << 40, "device": device, "format": SEGMENT_FORMAT,
        "name": "phone", "prev": null, "seen": {}, "seq": 1,
        "records": [
            {"t": "garden_beds", "k": "g-1", "v": [1_i64 << 40, device], "b": null,
             "row": {"uid": "g-1", "name": "tomatoes", "watered": "daily"}},
            {"t": "journal_entries", "k": "e-1", "v": [1_i64 << 40, device], "b": null,
             "row": row(serde_json::json!({"pinned_colour": "blue", "journal_tags": ["calm"]}))},
            {"t": "people", "k": "p-1", "v": [1_i64 << 40, device], "b": null,
             "row": {"uid": "p-1", "name": "Dr. Ana", "roles": "sponsor,chaplain",
                     "created_at": "2026-11-22T20:00:00+00:00",
                     "updated_at": "2026-11-22T20:00:00+00:00"}},
        ]
    }))
    .unwrap()
}

#[test]
fn a_newer_tends_segment_merges_what_this_tend_knows_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let got = s
        .write(|tx| tx.sync_apply("bbbbbbbbbbbbbbbb", 1, &newer_segment("bbbbbbbbbbbbbbbb")))
        .unwrap();
    // The unknown kind waits, with why; the rest of the segment merged.
    assert_eq!(got.held.len(), 1, "{:?}", got.held);
    assert!(got.held[0].contains("\"garden_beds\""), "{:?}", got.held);
    assert_eq!(got.records, 2);
    let held: i64 = s
        .conn
        .query_row("SELECT count(*) FROM sync_held", [], |r| r.get(0))
        .unwrap();
    assert_eq!(held, 1);
    // The new role reads as "other"; the value itself is kept and exported as it came.
    // (Until this tend knew "prescriber", this test sent that very role: a tend from
    // before medications reads a prescriber as "other" and passes the role on.)
    let people = s.people().unwrap();
    assert_eq!(
        people[0].roles,
        [crate::domain::Role::Sponsor, crate::domain::Role::Other]
    );
    let doc = s.export_data().unwrap();
    assert_eq!(doc["people"][0]["roles"], "sponsor,chaplain");
    // The unknown field stays with its entry, in the data file and in what this device
    // sends on after editing the entry.
    assert_eq!(doc["journal_entries"][0]["pinned_colour"], "blue");
    let id = s.journal(&Default::default()).unwrap()[0].id;
    s.write(|tx| {
        tx.update_journal(
            id,
            JournalDraft {
                at: at("2026-11-22T20:00:00+00:00"),
                title: None,
                body: "Edited on the laptop.".into(),
                mood: None,
                domain: None,
                tags: vec![],
            },
        )
    })
    .unwrap();
    let out = s.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    let sent = out.body.records.iter().find(|r| r.k == "e-1").unwrap();
    assert_eq!(sent.row()["pinned_colour"], "blue");
    assert_eq!(sent.row()["body"], "Edited on the laptop.");
}

/// The quick merge (no savepoint per record) undoes everything at a record it can't
/// take; merged again record by record, that one is held aside and the rest goes in.
#[test]
fn a_value_this_tend_cant_take_fails_the_quick_merge_and_is_held_by_the_careful_one() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let mut seg = newer_segment("bbbbbbbbbbbbbbbb");
    seg.records.remove(0);
    // A mood on a scale this tend does not have.
    let entry = seg.records[0].row.as_mut().unwrap();
    entry["mood"] = serde_json::json!(12);
    let quick = s.write(|tx| tx.sync_apply_quick("bbbbbbbbbbbbbbbb", 1, &seg));
    assert!(
        matches!(quick, Err(crate::error::Error::Invalid(_))),
        "{quick:?}"
    );
    assert!(
        s.people().unwrap().is_empty(),
        "the quick merge left nothing"
    );
    let got = s
        .write(|tx| tx.sync_apply("bbbbbbbbbbbbbbbb", 1, &seg))
        .unwrap();
    assert_eq!((got.records, got.held.len()), (1, 1), "{:?}", got.held);
    assert_eq!(s.people().unwrap().len(), 1);
    assert!(s.journal(&Default::default()).unwrap().is_empty());
}

#[test]
fn a_record_an_older_tend_held_aside_merges_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let seg = newer_segment("bbbbbbbbbbbbbbbb");
    let entry = serde_json::to_value(&seg.records[1]).unwrap();
    // An older tend held the entry (its kind was new to it) and was then upgraded.
    s.conn
        .execute(
            "INSERT INTO sync_held (device, seq, seen, record, why, version)
             VALUES ('bbbbbbbbbbbbbbbb', 1, 0, ?1, 'a kind of record this tend does not know', '0.0.1')",
            [entry.to_string()],
        )
        .unwrap();
    let got = s.write(|tx| tx.retry_held()).unwrap();
    assert_eq!(got.records, 1);
    assert!(got.held.is_empty());
    let bodies: Vec<String> = s
        .journal(&Default::default())
        .unwrap()
        .into_iter()
        .map(|e| e.body)
        .collect();
    assert_eq!(bodies, ["Written on the new phone."]);
    let left: i64 = s
        .conn
        .query_row("SELECT count(*) FROM sync_held", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
    // Held by this version, a record is not tried again by it on every sync.
    assert_eq!(s.write(|tx| tx.retry_held()).unwrap(), Received::default());
}

#[test]
fn a_newer_tends_data_file_imports_what_this_tend_knows_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let a = store(&dir, "a.db");
    let seg = newer_segment("bbbbbbbbbbbbbbbb");
    let mut doc = a.export_data().unwrap();
    doc["journal_entries"] = serde_json::json!([seg.records[1].row()]);
    doc["garden_beds"] = serde_json::json!([seg.records[0].row()]);
    let m = a.write(|tx| tx.import_data(&doc)).unwrap();
    assert_eq!((m.added, m.held), (1, 1));
    // Across a second journal, the field a newer tend added still travels.
    let again = a.export_data().unwrap();
    assert_eq!(again["journal_entries"][0]["pinned_colour"], "blue");
    let b = store(&dir, "b.db");
    b.write(|tx| tx.import_data(&again)).unwrap();
    assert_eq!(
        b.export_data().unwrap()["journal_entries"][0]["pinned_colour"],
        "blue"
    );
}

/// A field added through the registry alone (a journal entry's `pinned`) crosses
/// every boundary a record crosses: a data file into another journal, a deletion
/// and its undo, and a sync segment to another device.
#[test]
fn a_pinned_entry_stays_pinned_wherever_it_travels() {
    let dir = tempfile::tempdir().unwrap();
    let a = store(&dir, "a.db");
    set_up(&a, "aaaaaaaaaaaaaaaa");
    let id = entry(&a, "Keep this one close.");
    assert!(a.write(|tx| tx.pin_journal(id, true)).unwrap().pinned);
    // Into another journal through a data file.
    let b = store(&dir, "b.db");
    b.write(|tx| tx.import_data(&a.export_data().unwrap()))
        .unwrap();
    assert!(b.journal(&Default::default()).unwrap()[0].pinned);
    // Deleted and put back.
    let snap = a
        .write(|tx| tx.delete_record(RecordKind::Journal, id))
        .unwrap();
    let back = a.write(|tx| tx.restore(&snap)).unwrap();
    assert!(a.journal_entry(back).unwrap().pinned);
    // To another device, then unpinned there and back again.
    let c = store(&dir, "c.db");
    set_up(&c, "cccccccccccccccc");
    let out = a.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    c.write(|tx| tx.sync_apply("aaaaaaaaaaaaaaaa", 1, &out.body))
        .unwrap();
    let there = c.journal(&Default::default()).unwrap()[0].clone();
    assert!(there.pinned);
    c.write(|tx| tx.pin_journal(there.id, false)).unwrap();
    let back = c.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    a.write(|tx| tx.sync_apply("cccccccccccccccc", 1, &back.body))
        .unwrap();
    assert!(!a.journal_entry(id).map_or(true, |e| e.pinned));
}

/// A journal of before a meeting had several days, as two synced devices each hold it.
const MEETINGS_BEFORE_DAYS: &str = "
    INSERT INTO meetings (uid, name, fellowship, format, weekday, time, home_group, created_at, updated_at)
    VALUES ('m3', 'Noon group', 'aa', 'in-person', 4, '12:00', 0, '2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z'),
           ('m1', ' noon  Group', 'aa', 'in-person', 0, '12:00', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
           ('m2', 'Noon group', 'aa', 'in-person', 2, '12:00', 1, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
           ('o1', 'Noon group', 'aa', 'online', 3, '12:00', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
           ('s1', 'Step study', 'na', 'in-person', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
           ('s2', 'Step study', 'na', 'in-person', 3, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
           ('x1', 'Big book', 'aa', 'in-person', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    INSERT INTO connections (uid, at, date, kind, meeting_id, share, created_at, updated_at)
    SELECT c.uid, c.date || 'T12:00:00+00:00', c.date, 'meeting', m.id, 'shared', '2026-11-20T00:00:00Z',
           '2026-11-20T00:00:00Z'
    FROM (SELECT 'c1' AS uid, '2026-11-18' AS date, 'm2' AS meeting
          UNION ALL SELECT 'c2', '2026-11-20', 'm3'
          UNION ALL SELECT 'c3', '2026-11-19', 's1'
          UNION ALL SELECT 'c4', '2026-11-19', 's2') c
    JOIN meetings m ON m.uid = c.meeting;
    -- What a newer tend sent this older one about a meeting, kept aside with it.
    INSERT INTO record_extras (tbl, uid, fields)
    VALUES ('meetings', 'x1', '{\"weekdays\": \"1,3\", \"every_other_week\": true, \"colour\": \"red\"}');";

/// (uid, name, days, every other week, home group) of each meeting, and (uid, meeting
/// uid) of each connection.
type MeetingsSeen = (
    Vec<(String, String, Vec<u8>, bool, bool)>,
    Vec<(String, String)>,
);

fn meetings_seen(s: &Store) -> MeetingsSeen {
    let doc = s.export_data().unwrap();
    let mut meetings: Vec<_> = s
        .meetings()
        .unwrap()
        .into_iter()
        .map(|m| {
            let uid: String = s
                .conn
                .query_row("SELECT uid FROM meetings WHERE id = ?1", [m.id], |r| {
                    r.get(0)
                })
                .unwrap();
            (uid, m.name, m.days, m.every_other_week, m.home_group)
        })
        .collect();
    meetings.sort();
    let mut connections: Vec<(String, String)> = doc["connections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["uid"].as_str().unwrap().to_string(),
                c["meeting_uid"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    connections.sort();
    (meetings, connections)
}

/// The upgrade makes one meeting of a group's records on different days (the same name
/// ignoring case and blanks, fellowship, format, time and place): the smallest uid
/// stays, with every day, the home group if any was, and the connections of the
/// others; a group two of whose records were attended the same day stays apart; what
/// a newer tend sent an older one becomes the new fields. Two synced devices that
/// upgrade apart converge without duplicates.
#[test]
fn a_groups_meetings_on_several_days_become_one_and_two_devices_agree() {
    let dir = tempfile::tempdir().unwrap();
    let before = crate::store::file::MIGRATIONS
        .iter()
        .position(|m| m.contains("ADD COLUMN every_other_week"))
        .expect("the migration giving meetings several days");
    let (a_path, b_path) = (dir.path().join("a.db"), dir.path().join("b.db"));
    schema_at(&a_path, before, MEETINGS_BEFORE_DAYS);
    schema_at(&b_path, before, MEETINGS_BEFORE_DAYS);
    let clock = || Clock::Fixed(at("2026-11-23T10:00:00+00:00"));
    let a = Store::open(&a_path, clock()).unwrap();
    set_up(&a, "aaaaaaaaaaaaaaaa");
    let b = Store::open(&b_path, clock()).unwrap();
    set_up(&b, "bbbbbbbbbbbbbbbb");
    let s = String::from;
    let want: MeetingsSeen = (
        vec![
            (s("m1"), s(" noon  Group"), vec![0, 2, 4], false, true),
            (s("o1"), s("Noon group"), vec![3], false, false),
            (s("s1"), s("Step study"), vec![1], false, false),
            (s("s2"), s("Step study"), vec![3], false, false),
            (s("x1"), s("Big book"), vec![1, 3], true, false),
        ],
        vec![
            (s("c1"), s("m1")),
            (s("c2"), s("m1")),
            (s("c3"), s("s1")),
            (s("c4"), s("s2")),
        ],
    );
    assert_eq!(meetings_seen(&a), want);
    let kept: String = a
        .conn
        .query_row(
            "SELECT fields FROM record_extras WHERE uid = 'x1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        kept, r#"{"colour":"red"}"#,
        "what this tend doesn't know stays aside"
    );
    let tombs: Vec<String> = a
        .conn
        .prepare("SELECT uid FROM tombstones WHERE tbl = 'meetings' ORDER BY uid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        tombs,
        ["m2", "m3"],
        "the others go as deletions sync carries"
    );
    // Each device's changes reach the other, both ways.
    let out = a.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    b.write(|tx| tx.sync_apply("aaaaaaaaaaaaaaaa", 1, &out.body))
        .unwrap();
    let back = b.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    a.write(|tx| tx.sync_apply("bbbbbbbbbbbbbbbb", 1, &back.body))
        .unwrap();
    assert_eq!(meetings_seen(&a), want);
    assert_eq!(meetings_seen(&b), want);
    assert!(a.sync_conflicts(None).unwrap().is_empty());
    // Through a data file into another journal, and deleted and put back.
    let c = store(&dir, "c.db");
    c.write(|tx| tx.import_data(&a.export_data().unwrap()))
        .unwrap();
    assert_eq!(meetings_seen(&c).0, want.0);
    let noon = a.meetings().unwrap()[0].id; // the home group first: the Noon group
    let snap = a
        .write(|tx| tx.delete_record(RecordKind::Meeting, noon))
        .unwrap();
    a.write(|tx| tx.restore(&snap)).unwrap();
    assert_eq!(
        meetings_seen(&a),
        want,
        "back with its days and its connections"
    );
}

/// Some of the segments' entries without their stamps (an older tend's rows), which
/// a merge gives its own.
fn without_stamps(segments: &mut [segment::Segment]) {
    let rows = segments.iter_mut().flat_map(|b| b.records.iter_mut());
    for rec in rows.filter(|r| r.t == schema::JOURNAL).step_by(7) {
        let row = rec.row.as_mut().and_then(|r| r.as_object_mut()).unwrap();
        row.remove("created_at");
        row.remove("updated_at");
    }
}

/// A year's journal with more entries than the search index gathers in SQLite's own
/// memory (see `fts_release`), and the segments its first sync writes.
fn a_year_in_segments(dir: &tempfile::TempDir) -> (Store, Vec<segment::Segment>) {
    let a = store(dir, "a.db");
    let today = a.today().unwrap();
    crate::demo::generate(&a, today, 1, 7, Some(1_100)).unwrap();
    set_up(&a, "aaaaaaaaaaaaaaaa");
    let mut segments = Vec::new();
    while let Some(out) = a
        .write(|tx| tx.sync_collect(segments.len() as i64 + 1))
        .unwrap()
    {
        let seq = segments.len() as i64 + 1;
        a.write(|tx| tx.sync_sent(seq, &format!("n{seq}"), &out.sent))
            .unwrap();
        segments.push(out.body);
    }
    (a, segments)
}

/// A version as noted: kind, key, stamp, dirty, the segment's device, and the rest
/// (a check-in's merged state and the version it was made on among them).
type Noted = (String, String, i64, i64, Option<String>, String);

/// Each version noted in `s`.
fn versions_noted(s: &Store) -> Vec<Noted> {
    s.conn
        .prepare(
            "SELECT tbl, key, stamp, dirty, seg_device,
                    json_array(device, base_stamp, base_device, deleted, seg, fields)
             FROM sync_changes WHERE pending = 0 ORDER BY tbl, key",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// `seg`, segment 1 of device `from`, merged into `s` by the quick merge or the careful
/// one: the journal as a data file (without its devices) and the versions noted.
fn merged_from(
    s: &Store,
    from: &str,
    seg: &segment::Segment,
    quick: bool,
) -> (serde_json::Value, Vec<Noted>) {
    s.write(|tx| match quick {
        true => tx.sync_apply_quick(from, 1, seg),
        false => tx.sync_apply(from, 1, seg),
    })
    .unwrap();
    let mut doc = s.export_data().unwrap();
    doc.as_object_mut().unwrap().remove("devices");
    (doc, versions_noted(s))
}

/// Records new here are written a kind at a time by the quick merge (`batch`), one at
/// a time by the careful one: both leave the same journal and the same versions (a
/// check-in's merged state too), with the links, references and fields a newer tend
/// added.
#[test]
fn records_new_here_merge_the_same_gathered_or_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let (a, mut segments) = a_year_in_segments(&dir);
    without_stamps(&mut segments);
    let mut newer = newer_segment("bbbbbbbbbbbbbbbb");
    newer.records.remove(0);
    // Rows checked ahead, as the thread that reads a folder checks them, for a day
    // starting at `day_start` (a merge that finds another takes none of them).
    let ahead = |day_start: Option<u8>| {
        let mut segments = segments.clone();
        for body in segments.iter_mut().filter(|_| day_start.is_some()) {
            super::check_ahead(body, day_start.unwrap());
        }
        segments
    };
    let day_start = a.profile().unwrap().day_start_hour;
    let merged = |name: &str, quick: bool, checked: Option<u8>| {
        let s = store(&dir, name);
        set_up(&s, "cccccccccccccccc");
        let segments = ahead(checked);
        s.write(|tx| {
            for (i, body) in segments.iter().enumerate() {
                let seq = i as i64 + 1;
                match quick {
                    true => tx.sync_apply_quick("aaaaaaaaaaaaaaaa", seq, body)?,
                    false => tx.sync_apply("aaaaaaaaaaaaaaaa", seq, body)?,
                };
            }
            match quick {
                true => tx.sync_apply_quick("bbbbbbbbbbbbbbbb", 1, &newer),
                false => tx.sync_apply("bbbbbbbbbbbbbbbb", 1, &newer),
            }
        })
        .unwrap();
        let mut doc = s.export_data().unwrap();
        doc.as_object_mut().unwrap().remove("devices");
        let rows = versions_noted(&s);
        let word: String = doc["journal_entries"][0]["body"]
            .as_str()
            .unwrap()
            .split(|c: char| !c.is_alphabetic())
            .find(|w| w.chars().count() > 4)
            .unwrap()
            .into();
        let hash_size: i64 = s
            .conn
            .query_row(
                "SELECT v FROM journal_fts_config WHERE k = 'hashsize'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(1 << 20);
        assert_eq!(hash_size, 1 << 20, "back to SQLite's own");
        (doc, rows, s.journal_search(&word, 10).unwrap().len())
    };
    let (quick, careful) = (
        merged("quick.db", true, None),
        merged("careful.db", false, None),
    );
    assert!(quick.1.len() > 1000, "{}", quick.1.len());
    assert!(quick.2 > 0, "the search index holds the merged entries");
    pretty_assertions::assert_eq!(quick, careful);
    let checked = merged("ahead.db", true, Some(day_start));
    pretty_assertions::assert_eq!(checked, careful, "checked ahead");
    let elsewhere = merged("other-day.db", true, Some((day_start + 1) % 24));
    pretty_assertions::assert_eq!(elsewhere, careful, "checked for another day start");
    let entries = |d: &serde_json::Value| d["journal_entries"].as_array().unwrap().len();
    assert_eq!(entries(&quick.0), entries(&a.export_data().unwrap()) + 1);
}

/// The values checked on the thread that read a segment are the ones a quick merge
/// writes (so the merges compared above took them), unless they were checked for a
/// day starting at another hour than the journal's.
#[test]
fn values_checked_ahead_are_the_ones_written() {
    let dir = tempfile::tempdir().unwrap();
    let (a, segments) = a_year_in_segments(&dir);
    let day_start = a.profile().unwrap().day_start_hour;
    let journal = schema::RECORDS.iter().find(|t| t.table == schema::JOURNAL);
    let body = journal
        .unwrap()
        .columns
        .iter()
        .position(|(c, _)| *c == "body");
    let merged = |name: &str, checked_for: u8| {
        let mut segments = segments.clone();
        for seg in &mut segments {
            super::check_ahead(seg, checked_for);
        }
        let rec = segments
            .iter_mut()
            .flat_map(|b| b.records.iter_mut())
            .find(|r| r.t == schema::JOURNAL && r.ahead.0.is_some())
            .unwrap();
        let vals = &mut rec.ahead.0.as_mut().unwrap().vals;
        vals[body.unwrap()] = rusqlite::types::Value::Text("as read".into());
        let s = store(&dir, name);
        set_up(&s, "cccccccccccccccc");
        s.write(|tx| {
            for (i, seg) in segments.iter().enumerate() {
                tx.sync_apply_quick("aaaaaaaaaaaaaaaa", i as i64 + 1, seg)?;
            }
            Ok(())
        })
        .unwrap();
        let doc = s.export_data().unwrap();
        let entries = doc["journal_entries"].as_array().unwrap().clone();
        entries.iter().any(|e| e["body"] == "as read")
    };
    assert!(merged("same.db", day_start), "taken as checked");
    assert!(!merged("other.db", (day_start + 1) % 24), "checked again");
}

/// A record edited after its segment was collected, before the segment is marked sent,
/// waits for the next segment with its new version; the rest are sent.
#[test]
fn a_record_edited_while_its_segment_is_written_goes_in_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let first = entry(&s, "one");
    entry(&s, "two");
    let out = s.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
    let entries = |sent: &[Sent]| sent.iter().filter(|s| s.1 == "journal_entries").count();
    assert_eq!(entries(&out.sent), 2);
    s.write(|tx| {
        tx.update_journal(
            first,
            JournalDraft {
                at: at("2026-11-23T09:00:00+00:00"),
                title: None,
                body: "one, edited while the segment was written".into(),
                mood: None,
                domain: None,
                tags: vec![],
            },
        )
    })
    .unwrap();
    s.write(|tx| tx.sync_sent(1, "x", &out.sent)).unwrap();
    let next = s.write(|tx| tx.sync_collect(2)).unwrap().unwrap();
    let uid = s.write(|tx| Ok(uid_of(tx, first))).unwrap();
    let sent: Vec<&str> = next.sent.iter().map(|(_, _, k, _)| k.as_str()).collect();
    assert_eq!(sent, [uid.as_str()]);
    let rec = next.body.records.iter().find(|r| r.k == uid).unwrap();
    assert_eq!(
        rec.row()["body"],
        "one, edited while the segment was written"
    );
    s.write(|tx| tx.sync_sent(2, "y", &next.sent)).unwrap();
    assert!(s.write(|tx| tx.sync_collect(3)).unwrap().is_none());
}

/// A segment whose record carries a row under another record's uid (not one tend
/// writes) merges as it did one record at a time: the quick merge does not gather it.
#[test]
fn a_row_under_another_key_merges_on_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut seg = newer_segment("bbbbbbbbbbbbbbbb");
    seg.records.remove(0);
    let mut twin = seg.records[0].clone();
    twin.k = "e-2".into();
    twin.row.as_mut().unwrap()["body"] = serde_json::json!("The same uid, another key.");
    seg.records.insert(1, twin);
    let merged = |name: &str, quick: bool| {
        let s = store(&dir, name);
        set_up(&s, "aaaaaaaaaaaaaaaa");
        merged_from(&s, "bbbbbbbbbbbbbbbb", &seg, quick)
    };
    let quick = merged("quick.db", true);
    assert_eq!(quick.0["journal_entries"].as_array().unwrap().len(), 1);
    pretty_assertions::assert_eq!(quick, merged("careful.db", false));
}

/// Check-ins new here merge the same gathered as one at a time, also beside a check-in
/// made here on one's date, and when a (malformed) segment carries two dates under one
/// uid: the second is never gathered with the first.
#[test]
fn check_ins_merge_the_same_gathered_or_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let (_, segments) = a_year_in_segments(&dir);
    let mut seg = segments[0].clone();
    seg.records = segments
        .iter()
        .flat_map(|s| &s.records)
        .filter(|r| r.t == schema::CHECKINS && !r.del)
        .take(4)
        .cloned()
        .collect();
    let uid = super::fields::uid_of(seg.records[0].fields())
        .unwrap()
        .to_string();
    seg.records[1].f.as_mut().unwrap()["f"]["uid"][0] = serde_json::json!(uid);
    let here = chrono::NaiveDate::parse_from_str(&seg.records[3].k, "%Y-%m-%d").unwrap();
    let merged = |name: &str, quick: bool| {
        let s = store(&dir, name);
        set_up(&s, "cccccccccccccccc");
        let patch = CheckinPatch {
            mood: Some(2),
            ..CheckinPatch::default()
        };
        s.write(|tx| {
            tx.upsert_checkin(here, &patch)?;
            tx.execute("UPDATE checkins SET uid = 'c-here'", [])?;
            Ok(())
        })
        .unwrap();
        merged_from(&s, "aaaaaaaaaaaaaaaa", &seg, quick)
    };
    let quick = merged("quick.db", true);
    assert!(quick.1.iter().filter(|v| v.0 == schema::CHECKINS).count() >= 3);
    pretty_assertions::assert_eq!(quick, merged("careful.db", false));
}

/// An entry added and deleted while the search index is held was never indexed, and
/// the index is told nothing of it (it used to be told to delete it, and then
/// reported itself damaged).
#[test]
fn an_entry_added_and_deleted_while_the_index_waits_leaves_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    let kept = entry(&s, "heron by the water");
    s.write(|tx| {
        assert!(tx.fts_hold()?);
        assert!(!tx.fts_hold()?, "held once");
        let gone = entry_in(tx, "otter by the water");
        tx.delete_journal(gone)?;
        tx.delete_journal(kept)?;
        entry_in(tx, "badger by the water");
        tx.fts_release()
    })
    .unwrap();
    let words = |w: &str| s.journal_search(w, 10).unwrap().len();
    assert_eq!([words("heron"), words("otter"), words("badger")], [0, 0, 1]);
    s.write(|tx| {
        tx.execute(
            "INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )?;
        Ok(())
    })
    .unwrap();
}
