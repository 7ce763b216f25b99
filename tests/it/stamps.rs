//! Every write is stamped with the hybrid clock and the journal's own device id, sync
//! or not, and a tend data file carries each record's stamp: an import decides by it
//! as sync does. The later change stays in the record; the words of one made without
//! seeing the other are kept aside, never replaced without a trace. A file without
//! stamps (format 1 to 3) says when it was exported: a record changed here since stays,
//! the file's words kept aside. Each journal's clock is set by hand.

use crate::common;
use chrono::{DateTime, Duration, FixedOffset};
use serde_json::{Value as Json, json};
use std::path::{Path, PathBuf};
use tend::clock::Clock;
use tend::domain::*;
use tend::store::{JournalFilter, Merged, Store};
use tend::sync::seal::{Kdf, Key};

fn at(min: i64) -> DateTime<FixedOffset> {
    common::at(common::NOW) + Duration::minutes(min)
}

/// A journal, opened at a fixed moment (reopened to move on).
struct Journal {
    path: PathBuf,
    store: Option<Store>,
}

impl Journal {
    fn new(dir: &Path, name: &str, min: i64) -> Journal {
        let path = dir.join(format!("{name}.db"));
        let store = Some(Store::open(&path, Clock::Fixed(at(min))).unwrap());
        Journal { path, store }
    }
    fn s(&self) -> &Store {
        self.store.as_ref().unwrap()
    }
    fn at(&mut self, min: i64) {
        self.store = None;
        self.store = Some(Store::open(&self.path, Clock::Fixed(at(min))).unwrap());
    }
    fn add(&self, body: &str) {
        self.s()
            .write(|tx| tx.add_journal(crate::common::draft(at(-60), body)))
            .unwrap();
    }
    fn entry(&self) -> JournalEntry {
        let list = self.s().journal(&JournalFilter::default()).unwrap();
        assert_eq!(list.len(), 1, "one entry");
        list[0].clone()
    }
    fn write(&self, body: &str) {
        let e = self.entry();
        self.s()
            .write(|tx| {
                tx.update_journal(
                    e.id,
                    JournalDraft {
                        at: e.at.parse().unwrap(),
                        title: e.title.clone(),
                        body: body.into(),
                        mood: e.mood,
                        domain: e.domain,
                        tags: e.tags.clone(),
                    },
                )
            })
            .unwrap();
    }
    fn export(&self) -> Json {
        self.s().export_data().unwrap()
    }
    fn import(&self, doc: &Json) -> Merged {
        self.s().write(|tx| tx.import_data(doc)).unwrap()
    }
    /// The words kept aside beside the entry, as its view shows them.
    fn kept(&self) -> Vec<String> {
        let id = self.entry().id;
        self.s()
            .kept_words(RecordKind::Journal, id)
            .unwrap()
            .into_iter()
            .map(|k| k.text)
            .collect()
    }
}

/// Journal B imports A's export; A edits twice and exports again; B edits once after
/// that; B imports A's second file. B's words were written last: they stay, and A's
/// are kept aside beside the entry, where its view shows them.
#[test]
fn an_older_file_never_replaces_words_written_here_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    let a = Journal::new(tmp.path(), "a", 0);
    a.add("first words");
    let mut b = Journal::new(tmp.path(), "b", 1);
    let m = b.import(&a.export());
    assert_eq!(m.added, 1, "{m:?}");
    let mut a = a;
    a.at(10);
    a.write("a's second words");
    a.at(11);
    a.write("a's third words");
    let second = a.export();
    b.at(20);
    b.write("b's words, written last");
    b.at(30);
    let m = b.import(&second);
    assert_eq!((m.updated, m.kept_newer, m.kept_aside), (0, 1, 1), "{m:?}");
    assert_eq!(b.entry().body, "b's words, written last");
    assert_eq!(b.kept(), ["a's third words"]);
    // Imported again, nothing more is kept.
    let m = b.import(&second);
    assert_eq!((m.updated, m.kept_aside), (0, 0), "{m:?}");
    assert_eq!(b.kept().len(), 1);
}

/// The reverse: a file whose change was made after the journal's last one replaces it,
/// and where the file's change was made on top of the journal's, nothing is kept aside.
#[test]
fn a_later_change_in_a_file_replaces_the_one_here() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::new(tmp.path(), "a", 0);
    a.add("first words");
    let mut b = Journal::new(tmp.path(), "b", 1);
    b.import(&a.export());
    // A edits on top of what both have: B takes it, keeping nothing aside.
    a.at(10);
    a.write("a's later words");
    b.at(20);
    let m = b.import(&a.export());
    assert_eq!((m.updated, m.kept_aside), (1, 0), "{m:?}");
    assert_eq!(b.entry().body, "a's later words");
    // B edits, then A without seeing it, later: A's words win, B's are kept aside.
    b.at(30);
    b.write("b's words");
    a.at(40);
    a.write("a's words, written last");
    b.at(50);
    let m = b.import(&a.export());
    assert_eq!((m.updated, m.kept_aside), (1, 1), "{m:?}");
    assert_eq!(b.entry().body, "a's words, written last");
    assert_eq!(b.kept(), ["b's words"]);
    // And back: A imports B's file and keeps its own words, B's kept aside there too.
    a.at(60);
    let m = a.import(&b.export());
    assert_eq!(m.updated, 0, "{m:?}");
    assert_eq!(a.entry().body, "a's words, written last");
    assert_eq!(a.kept(), ["b's words"]);
}

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

/// Two synced devices edit the same entry at once; sync keeps the later edit and sets
/// the other aside. A file exported before that sync, imported after it, changes
/// nothing: its version is the one both edits were made on top of.
#[test]
fn a_file_exported_before_a_sync_leaves_what_the_sync_decided() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("folder");
    let mut a = Journal::new(tmp.path(), "a", 0);
    a.add("first words");
    tend::sync::init_with(a.s(), &folder, "laptop", &kdf(), &key()).unwrap();
    let mut b = Journal::new(tmp.path(), "b", 1);
    tend::sync::join_with(b.s(), &folder, "desktop", &key()).unwrap();
    let before = a.export();
    a.at(10);
    a.write("a's words");
    b.at(20);
    b.write("b's words, the later edit");
    a.at(21);
    tend::sync::run(a.s(), &key()).unwrap();
    b.at(22);
    tend::sync::run(b.s(), &key()).unwrap();
    a.at(23);
    tend::sync::run(a.s(), &key()).unwrap();
    for j in [&mut a, &mut b] {
        j.at(30);
        assert_eq!(j.entry().body, "b's words, the later edit");
        let m = j.import(&before);
        assert_eq!((m.updated, m.kept_aside), (0, 0), "{m:?}");
        assert_eq!(j.entry().body, "b's words, the later edit");
        assert_eq!(j.kept(), ["a's words"]);
    }
}

/// A file of format 1 to 3 has no stamps. Where its record differs from the journal's
/// and the journal's changed since the file was exported, the journal's stays and the
/// file's words are kept aside; where the journal's has not changed since, the file's
/// is taken.
#[test]
fn a_file_without_stamps_keeps_words_changed_here_since_it_was_exported() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::new(tmp.path(), "a", 0);
    a.add("first words");
    let mut b = Journal::new(tmp.path(), "b", 1);
    b.import(&a.export());
    a.at(10);
    a.write("a's words");
    let old = format_3(a.export());
    b.at(20);
    b.write("b's words, after the file was exported");
    b.at(30);
    let m = b.import(&old);
    assert_eq!((m.updated, m.kept_newer, m.kept_aside), (0, 1, 1), "{m:?}");
    assert_eq!(b.entry().body, "b's words, after the file was exported");
    assert_eq!(b.kept(), ["a's words"]);
    let kept = b.s().sync_conflicts(None).unwrap();
    assert_eq!(kept[0].device, "an imported file");
    // Unchanged here since it was exported: the file's words are taken.
    let c = Journal::new(tmp.path(), "c", 31);
    c.import(&format_3(Journal::new(tmp.path(), "a", 32).export()));
    a.at(40);
    a.write("a's newest words");
    let newer = format_3(a.export());
    let m = c.import(&newer);
    assert_eq!((m.updated, m.kept_aside), (1, 0), "{m:?}");
    assert_eq!(c.entry().body, "a's newest words");
}

/// A file as tend wrote it before stamps: format 3, no stamps, no device names.
fn format_3(mut doc: Json) -> Json {
    doc["format_version"] = json!(3);
    let o = doc.as_object_mut().unwrap();
    o.remove("devices");
    for (_, v) in o.iter_mut() {
        let rows: Vec<&mut Json> = match v {
            Json::Array(rows) => rows.iter_mut().collect(),
            Json::Object(_) => vec![v],
            _ => vec![],
        };
        for r in rows {
            for k in ["stamp", "stamp_base", "stamps"] {
                r.as_object_mut().map(|o| o.remove(k));
            }
        }
    }
    doc
}

fn a_write(j: &Journal, f: impl FnOnce(&tend::store::Tx) -> tend::error::Result<()>) {
    j.s().write(f).unwrap();
}

/// A deletion here and an edit in a file made without seeing it: the later one stays.
/// An edit made after the deletion brings the entry back; one made before it stays out,
/// its words kept aside.
#[test]
fn an_edit_in_a_file_and_a_deletion_here_the_later_stays_and_nothing_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::new(tmp.path(), "a", 0);
    a.add("first words");
    let mut b = Journal::new(tmp.path(), "b", 1);
    b.import(&a.export());
    a.at(10);
    a.write("a's words, before b deleted it");
    let before = a.export();
    a.at(30);
    a.write("a's words, after b deleted it");
    let after = a.export();
    b.at(20);
    let id = b.entry().id;
    b.s()
        .write(|tx| tx.delete_record(RecordKind::Journal, id).map(|_| ()))
        .unwrap();
    b.at(40);
    let m = b.import(&before);
    assert_eq!(
        (m.added, m.skipped_deleted, m.kept_aside),
        (0, 1, 1),
        "{m:?}"
    );
    let kept: Vec<String> = b
        .s()
        .sync_conflicts(None)
        .unwrap()
        .into_iter()
        .map(|c| c.text)
        .collect();
    assert_eq!(kept, ["a's words, before b deleted it"]);
    let m = b.import(&after);
    assert_eq!(m.added, 1, "{m:?}");
    assert_eq!(b.entry().body, "a's words, after b deleted it");
}

/// A data file carries every record's stamp and the devices that made them; a journal
/// that imports it holds the same stamps, and so a third journal that imports both
/// files sees one version, not two.
#[test]
fn a_data_file_carries_each_records_stamp() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::new(tmp.path(), "a", 0);
    a.add("first words");
    let patch = |p: CheckinPatch| {
        a_write(&a, |tx| {
            tx.upsert_checkin(at(0).date_naive(), &p).map(|_| ())
        });
    };
    patch(CheckinPatch {
        mood: Some(6),
        note: Some("a day".into()),
        ..CheckinPatch::default()
    });
    a.at(5);
    let patch = |p: CheckinPatch| {
        a_write(&a, |tx| {
            tx.upsert_checkin(at(0).date_naive(), &p).map(|_| ())
        });
    };
    patch(CheckinPatch {
        note: Some("a good day".into()),
        ..CheckinPatch::default()
    });
    let doc = a.export();
    assert_eq!(doc["format_version"], 4);
    let me = a.s().journal_device().unwrap();
    assert!(doc["devices"][&me].is_string(), "{}", doc["devices"]);
    let e = &doc["journal_entries"][0];
    assert_eq!(e["stamp"][1], json!(me));
    assert!(e["stamp"][0].as_i64().unwrap() > 0);
    // A check-in's fields say their own stamp where it is not the record's (an empty
    // field's sets nothing): the mood (and the day itself) were set before the note.
    let c = &doc["checkins"][0];
    let fields = c["stamps"]["fields"].as_object().unwrap();
    assert_eq!(
        fields.keys().collect::<Vec<_>>(),
        ["created_at", "date", "mood", "uid"],
        "{fields:?}"
    );
    assert!(fields["mood"][0].as_i64() < c["stamp"][0].as_i64());
    let b = Journal::new(tmp.path(), "b", 1);
    b.import(&doc);
    let back = b.export();
    for t in ["journal_entries", "checkins"] {
        assert_eq!(back[t][0]["stamp"], doc[t][0]["stamp"], "{t}");
    }
    assert_eq!(back["checkins"][0]["stamps"], doc["checkins"][0]["stamps"]);
    let c = Journal::new(tmp.path(), "c", 2);
    c.import(&doc);
    let m = c.import(&back);
    assert_eq!((m.added, m.updated, m.kept_aside), (0, 0, 0), "{m:?}");
}

/// A goal with its marks goes to B in a file; B deletes it; A edits its title later and
/// exports again. B's import brings the goal back with every mark it had.
#[test]
fn a_file_that_brings_a_deleted_goal_back_brings_its_marks() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::new(tmp.path(), "a", 0);
    let draft = |title: &str| GoalDraft {
        title: title.into(),
        domain: LifeDomain::Physical,
        why: None,
        kind: GoalKind::Habit,
        per_week: Some(3),
        target_date: None,
        steps: vec![],
    };
    let g = a
        .s()
        .write(|tx| tx.add_goal(draft("walk daily")))
        .unwrap()
        .id;
    for day in 1..=3 {
        a.s()
            .write(|tx| {
                let date = at(0).date_naive() - chrono::Days::new(day);
                tx.log_goal(g, date, Some(format!("day {day}")), None)
                    .map(|_| ())
            })
            .unwrap();
    }
    let mut b = Journal::new(tmp.path(), "b", 1);
    b.import(&a.export());
    b.at(10);
    let gb = b.s().goals(None, None).unwrap()[0].id;
    b.s()
        .write(|tx| tx.delete_record(RecordKind::Goal, gb).map(|_| ()))
        .unwrap();
    a.at(20);
    a.s()
        .write(|tx| tx.edit_goal(g, draft("walk every day")).map(|_| ()))
        .unwrap();
    b.at(30);
    b.import(&a.export());
    let goals = b.s().goals(None, None).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].title, "walk every day");
    let mut notes: Vec<_> = b
        .s()
        .goal_logs(goals[0].id, None)
        .unwrap()
        .into_iter()
        .filter_map(|l| l.note)
        .collect();
    notes.sort();
    assert_eq!(notes, ["day 1", "day 2", "day 3"]);
}
