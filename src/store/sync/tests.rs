//! Change capture and the merge's bookkeeping, on temp files.

use super::forget::{Acks, acknowledged};
use super::*;
use crate::clock::Clock;
use crate::domain::{
    CheckinPatch, JournalDraft, RecordKind, TriggerCategory, TriggerDraft, TriggerOrigin,
};
use crate::store::Store;
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

fn set_up(s: &Store, device: &str) {
    let setup = Setup {
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
    };
    s.write(|tx| tx.sync_begin(&setup)).unwrap();
}

fn entry(s: &Store, body: &str) -> i64 {
    s.write(|tx| {
        tx.add_journal(JournalDraft {
            at: at("2026-11-23T09:00:00+00:00"),
            title: None,
            body: body.into(),
            mood: None,
            domain: None,
            tags: vec!["calm".into()],
        })
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

#[test]
fn nothing_is_captured_until_sync_is_set_up_then_everything_is() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "a.db");
    entry(&s, "before");
    assert!(changes(&s).is_empty());
    set_up(&s, "aaaaaaaaaaaaaaaa");
    let c = changes(&s);
    assert!(
        c.contains(&("journal_entries".into(), false, true)),
        "{c:?}"
    );
    assert!(c.contains(&("profile".into(), false, true)), "{c:?}");
    assert!(
        c.iter().all(|(_, pending, _)| !pending),
        "every change stamped at commit"
    );
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
    let kinds: Vec<(&str, bool)> = out.body["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["t"].as_str().unwrap(), r["relay"] == true))
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
    let s = store(&dir, "a.db");
    forged_conflict(&s);
    s.conn
        .execute(
            "INSERT INTO sync_conflicts (uid, tbl, record, field, text, device, edited_at, created_at, updated_at)
             VALUES ('kept', 'journal_entries', 'r', 'body', 'words', 'd', 'x', 'x', 'x')",
            [],
        )
        .unwrap();
    // Back to the schema as it was before version 8.
    s.conn
        .execute_batch("ALTER TABLE sync_setup DROP COLUMN kdf; PRAGMA user_version = 7")
        .unwrap();
    drop(s);
    let s = store(&dir, "a.db");
    let left: Vec<String> = s
        .sync_conflicts(None)
        .unwrap()
        .into_iter()
        .map(|c| c.tbl)
        .collect();
    assert_eq!(left, ["journal_entries"]);
}
