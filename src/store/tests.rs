//! Store tests on temp files: creation, migration, refusals, and each aggregate.

use super::*;
use crate::domain::*;
use chrono::{DateTime, NaiveDate};
use std::fs;
use std::os::unix::fs::PermissionsExt;

pub(super) fn clock() -> Clock {
    Clock::Fixed(DateTime::parse_from_rfc3339("2026-11-23T09:30:00+01:00").unwrap())
}

pub(super) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub(super) fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("tend.db"), clock()).unwrap();
    (dir, store)
}

#[test]
fn a_new_file_is_private_marked_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/deeper/tend.db");
    let store = Store::open(&path, clock()).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o700
    );
    let (app, ver): (i32, i32) = store
        .conn
        .query_row("SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((app, ver), (APPLICATION_ID, SCHEMA_VERSION));
    let mode: String = store
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    assert_eq!(store.profile().unwrap().day_start_hour, 4);
    assert!(store.is_empty().unwrap());
    drop(store);
    // Opening again migrates nothing and keeps the profile.
    let again = Store::open(&path, clock()).unwrap();
    assert_eq!(again.profile().unwrap().day_start_hour, 4);
}

/// Opens `bytes` written to a file and expects a refusal containing `needle`, with the
/// file unchanged to the byte.
fn refused(bytes: &[u8], needle: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    fs::write(&path, bytes).unwrap();
    let err = match Store::open(&path, clock()) {
        Ok(_) => panic!("opened a file that should be refused ({needle})"),
        Err(e) => e,
    };
    let msg = err.to_string();
    assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    assert!(
        msg.starts_with(&path.display().to_string()),
        "{msg:?} does not name the file"
    );
    assert!(!msg.contains('\n'));
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "refusing must not change the file"
    );
}

/// A real tend database's bytes, checkpointed and closed.
fn tend_bytes(fill: bool) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let s = Store::open(&path, clock()).unwrap();
    if fill {
        s.write(|w| {
            for i in 0..400 {
                w.add_journal(JournalDraft {
                    at: clock().now(),
                    title: Some(format!("entry {i}")),
                    body: "a fairly long body of words that fills pages ".repeat(20),
                    mood: Some(5),
                    domain: None,
                    tags: vec!["x".into()],
                })?;
            }
            Ok(())
        })
        .unwrap();
    }
    drop(s);
    fs::read(&path).unwrap()
}

#[test]
fn refuses_a_file_that_is_not_sqlite() {
    refused(
        b"Dear diary, this is a text file and not a database at all.\n",
        "not an SQLite file",
    );
}

#[test]
fn refuses_another_programs_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('cat');").unwrap();
    drop(c);
    refused(&fs::read(&path).unwrap(), "belongs to another program");
    // The same with an application id of its own.
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch("PRAGMA application_id = 1234;").unwrap();
    drop(c);
    refused(&fs::read(&path).unwrap(), "belongs to another program");
}

#[test]
fn refuses_a_newer_schema() {
    let mut bytes = tend_bytes(false);
    bytes[60..64].copy_from_slice(&(SCHEMA_VERSION as u32 + 1).to_be_bytes());
    refused(&bytes, "made by a newer tend");
}

#[test]
fn refuses_a_truncated_file() {
    let bytes = tend_bytes(true);
    refused(&bytes[..bytes.len() / 2], "truncated");
    refused(&bytes[..50], "truncated");
    refused(&bytes[..bytes.len() - 100], "truncated");
}

#[test]
fn damage_past_the_schema_is_found_by_the_whole_check_not_the_open() {
    let mut bytes = tend_bytes(true);
    let page = 4096;
    // Scribble over the b-tree pages after the schema page.
    for b in &mut bytes[page * 3..page * 12] {
        *b = 0x5A;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    fs::write(&path, &bytes).unwrap();
    // Opening reads the header and the schema only: its cost does not grow with the file.
    let store = Store::open(&path, clock()).unwrap();
    let msg = store.check_whole().unwrap_err().to_string();
    assert!(
        msg.starts_with(&path.display().to_string()) && msg.contains("damaged"),
        "{msg}"
    );
    assert!(
        msg.contains("tend doctor") && msg.contains("tend backups"),
        "{msg}"
    );
    assert!(!msg.contains('\n'));
    // From then on the store writes nothing.
    assert!(store.is_damaged());
    let wrote = store.write(|w| w.add_commitment("Alcohol", d("2026-01-01"), None));
    assert!(matches!(wrote, Err(Error::Damaged { .. })), "{wrote:?}");
    drop(store);
    assert_eq!(fs::read(&path).unwrap(), bytes, "nothing was written");
}

#[test]
fn an_empty_file_becomes_a_new_private_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    fs::write(&path, b"").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(Store::open(&path, clock()).is_ok());
    let mode = fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn wal_and_shm_files_stay_private_beside_a_read_only_journal() {
    let (_dir, store) = fresh();
    let path = store.path().to_path_buf();
    drop(store);
    // SQLite gives the -wal and -shm files the journal's own mode.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let store = Store::open(&path, clock()).unwrap();
    store.profile().unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut p = path.clone().into_os_string();
        p.push(suffix);
        let mode = fs::metadata(&p).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{suffix}");
    }
}

#[test]
fn a_zeroed_file_is_damaged_not_encrypted() {
    refused(&[0u8; 8192], "damaged");
    let mut salted = vec![0u8; 8192];
    salted[..16].fill(0xFF);
    refused(&salted, "damaged");
    refused(&b"Dear diary. ".repeat(1024)[..4096], "not a tend journal");
}

#[test]
fn checkins_upsert_field_by_field() {
    let (_d, s) = fresh();
    let day = d("2026-11-23");
    s.write(|w| {
        w.upsert_checkin(
            day,
            &CheckinPatch {
                mood: Some(6),
                lonely: Some(true),
                ..Default::default()
            },
        )
    })
    .unwrap();
    let c = s
        .write(|w| {
            w.upsert_checkin(
                day,
                &CheckinPatch {
                    craving: Some(3),
                    note: Some("ok".into()),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    assert_eq!(
        (c.mood, c.craving, c.lonely, c.note.as_deref()),
        (Some(6), Some(3), true, Some("ok"))
    );
    assert_eq!(s.checkins(None, None, None).unwrap().len(), 1);
    // An invalid patch writes nothing.
    let err = s
        .write(|w| {
            w.upsert_checkin(
                day,
                &CheckinPatch {
                    mood: Some(0),
                    ..Default::default()
                },
            )
        })
        .unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert_eq!(s.checkin_on(day).unwrap().unwrap().mood, Some(6));
}

/// A write that changed nothing adds no page to the log, so it waits for no disk: an
/// everyday sync runs several that usually find nothing to do.
#[test]
fn a_write_that_changes_nothing_adds_nothing_to_the_log() {
    let (dir, s) = fresh();
    s.write(|w| w.add_commitment("Alcohol", d("2026-01-01"), None))
        .unwrap();
    let log = || fs::metadata(dir.path().join("tend.db-wal")).unwrap().len();
    let before = log();
    s.write(|_| Ok(())).unwrap();
    s.write(|w| w.retry_held()).unwrap();
    assert_eq!(log(), before);
    s.write(|w| w.add_commitment("Gambling", d("2026-01-01"), None))
        .unwrap();
    assert!(log() > before, "a change is logged");
}

/// Writes that need not wait for the disk go back to waiting afterwards, even when
/// they fail or panic: every other write of the journal waits for its flush.
#[test]
fn writes_wait_for_the_disk_again_after_unflushed_ones() {
    let (_d, s) = fresh();
    let level = || -> i64 {
        s.conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(level(), 2, "FULL");
    let inside = s.unflushed(|| Ok(level())).unwrap();
    assert_eq!(inside, 1, "NORMAL");
    let failed: Result<()> = s.unflushed(|| Err(Error::Message("no".into())));
    assert!(failed.is_err());
    assert_eq!(level(), 2, "FULL again");
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        s.unflushed(|| -> Result<()> { panic!("a bug") })
    }));
    assert!(panicked.is_err());
    assert_eq!(level(), 2, "FULL after a panic too");
    s.unflushed(|| s.write(|w| w.add_commitment("Alcohol", d("2026-01-01"), None)))
        .unwrap();
    s.flush().unwrap();
}

#[test]
fn a_failed_action_rolls_back_whole() {
    let (_d, s) = fresh();
    let r: Result<()> = s.write(|w| {
        w.add_commitment("Alcohol", d("2026-01-01"), None)?;
        w.add_setback(SetbackDraft {
            date: d("2026-02-01"),
            commitment_id: Some(99),
            kind: SetbackKind::Slip,
            what_happened: None,
            warning_signs: None,
            what_helped: None,
            learned: None,
            next_time: None,
            reached_out: None,
            trigger_ids: vec![],
        })?;
        Ok(())
    });
    assert!(matches!(
        r,
        Err(Error::NotFound { ref what, id: 99, .. }) if what == "commitment"
    ));
    assert!(s.commitments().unwrap().is_empty());
}

#[test]
fn journal_search_tags_and_day_start() {
    let (_d, s) = fresh();
    let at = |t: &str| DateTime::parse_from_rfc3339(t).unwrap();
    let e = s
        .write(|w| {
            w.add_journal(JournalDraft {
                at: at("2026-11-20T01:30:00+01:00"),
                title: Some("Late night".into()),
                body: "Could not sleep; walked to the river and felt calmer.".into(),
                mood: Some(4),
                domain: Some(LifeDomain::Emotional),
                tags: vec!["#Sleep".into(), "river walk".into()],
            })
        })
        .unwrap();
    assert_eq!(
        e.date,
        d("2026-11-19"),
        "1:30 a.m. belongs to the day before"
    );
    assert_eq!(e.tags, vec!["river walk", "Sleep"]);
    let hits = s.journal_search("calm riv", 10).unwrap();
    assert_eq!(hits.len(), 1);
    let (counted, total) = s.journal_search_counted("calm riv", 10).unwrap();
    assert_eq!((counted, total), (hits.clone(), 1));
    let snippet = hits[0].snippet.bracketed();
    assert!(snippet.contains("[river]"), "{snippet}");
    assert!(s.journal_search("\"unbalanced", 10).unwrap().is_empty());
    let f = JournalFilter {
        tag: Some("sleep".into()),
        ..Default::default()
    };
    assert_eq!(s.journal(&f).unwrap().len(), 1);
    let f = JournalFilter {
        domain: Some(LifeDomain::Social),
        ..Default::default()
    };
    assert!(s.journal(&f).unwrap().is_empty());
    // Edits reach the index; deletes leave it.
    let mut draft = JournalDraft {
        at: at(&e.at),
        title: e.title.clone(),
        body: "Sunrise swim".into(),
        mood: None,
        domain: None,
        tags: vec![],
    };
    s.write(|w| w.update_journal(e.id, draft.clone())).unwrap();
    assert!(s.journal_search("river", 10).unwrap().is_empty());
    assert_eq!(s.journal_search("swim", 10).unwrap().len(), 1);
    // A new day-start hour re-dates entries.
    s.write(|w| {
        w.set_profile(&Profile {
            day_start_hour: 0,
            ..s.profile()?
        })
    })
    .unwrap();
    assert_eq!(s.journal_entry(e.id).unwrap().date, d("2026-11-20"));
    s.write(|w| w.delete_journal(e.id)).unwrap();
    assert!(s.journal_search("swim", 10).unwrap().is_empty());
    draft.body = "   ".into();
    assert_eq!(
        s.write(|w| w.add_journal(draft)).unwrap_err().exit_code(),
        2
    );
}

/// Nine tags on 300 entries, like a Daylio import's activities: most on every few
/// entries, three only on the oldest, and one spelled in two cases.
#[test]
fn every_tag_in_use_is_found_however_old_and_counted_once_without_case() {
    let (_d, s) = fresh();
    let first = d("2026-01-01");
    s.write(|w| {
        for i in 0..300 {
            let mut tags: Vec<&str> = vec![["work", "family", "sleep", "walk"][i % 4]];
            tags.extend(match i {
                0 => &["Old Friend", "moved"][..],
                1 => &["old friend"][..],
                2 => &["garden"][..],
                _ if i % 3 == 0 => &["daily"][..],
                _ => &[][..],
            });
            w.add_journal(JournalDraft {
                at: DateTime::parse_from_rfc3339(&format!(
                    "{}T12:00:00+01:00",
                    first + chrono::Duration::days(i as i64)
                ))
                .unwrap(),
                title: None,
                body: format!("Entry {i}"),
                mood: None,
                domain: None,
                tags: tags.into_iter().map(Into::into).collect(),
            })?;
        }
        Ok(())
    })
    .unwrap();
    let in_use: Vec<(String, usize)> = s
        .journal_tags_in_use()
        .unwrap()
        .into_iter()
        .map(|t| (t.tag, t.entries))
        .collect();
    let want = [
        ("daily", 99),
        ("family", 75),
        ("garden", 1),
        ("moved", 1),
        ("Old Friend", 2),
        ("sleep", 75),
        ("walk", 75),
        ("work", 75),
    ];
    assert_eq!(in_use, want.map(|(t, n)| (t.to_string(), n)));
    let names = s.journal_tag_names().unwrap();
    assert_eq!(names, want.map(|(t, _)| t.to_string()));
    // A tag only on old entries is found in any case; a common one, newest first.
    let with = |tag: &str, limit| {
        let f = JournalFilter {
            tag: Some(tag.into()),
            limit: Some(limit),
            ..Default::default()
        };
        s.journal(&f).unwrap()
    };
    let old = with("OLD FRIEND", 200);
    assert_eq!(
        old.iter().map(|e| e.body.as_str()).collect::<Vec<_>>(),
        ["Entry 1", "Entry 0"]
    );
    let daily = with("Daily", 20);
    assert_eq!(daily.len(), 20);
    assert_eq!(daily[0].body, "Entry 297");
    assert!(daily.iter().all(|e| e.tags.contains(&"daily".to_string())));
    assert_eq!(
        with("daily", 200).len(),
        99,
        "the rarer path finds them all"
    );
    assert!(with("nowhere", 20).is_empty());
}

#[test]
fn plan_items_keep_their_order() {
    let (_d, s) = fresh();
    let ids: Vec<i64> = s
        .write(|w| {
            ["Walk", "Call Sam", "Tea"]
                .iter()
                .map(|t| {
                    w.add_plan_item(PlanSection::HighRisk, t, None, None)
                        .map(|i| i.id)
                })
                .collect()
        })
        .unwrap();
    s.write(|w| w.move_plan_item(ids[2], 1)).unwrap();
    let order: Vec<String> = s
        .plan(Some(PlanSection::HighRisk))
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(order, ["Tea", "Walk", "Call Sam"]);
    s.write(|w| w.remove_plan_item(ids[0])).unwrap();
    let pos: Vec<u32> = s
        .plan(None)
        .unwrap()
        .into_iter()
        .map(|i| i.position)
        .collect();
    assert_eq!(pos, [1, 2]);
    let err = s
        .write(|w| w.add_plan_item(PlanSection::Reasons, "x", None, Some(Stage::Early)))
        .unwrap_err();
    assert!(err.to_string().starts_with("stage:"));
}

#[test]
fn goals_log_steps_and_statuses() {
    let (_d, s) = fresh();
    let g = s
        .write(|w| {
            w.add_goal(GoalDraft {
                title: "Finish the course".into(),
                domain: LifeDomain::Mental,
                why: None,
                kind: GoalKind::Milestone,
                per_week: None,
                target_date: None,
                steps: vec!["Enrol".into(), "Attend".into()],
            })
        })
        .unwrap();
    s.write(|w| w.log_goal(g.id, d("2026-11-20"), Some("done!".into()), Some(1)))
        .unwrap();
    let g = s.goal(g.id).unwrap();
    assert_eq!(
        g.progress(&[], d("2026-11-23")),
        GoalProgress { done: 1, target: 2 }
    );
    assert!(
        s.write(|w| w.log_goal(g.id, d("2026-11-20"), None, Some(3)))
            .is_err()
    );
    let g = s
        .write(|w| w.set_goal_status(g.id, GoalStatus::LetGo))
        .unwrap();
    assert_eq!(g.status, GoalStatus::LetGo);
    assert_eq!(s.goal_logs(g.id, None).unwrap().len(), 1);
}

#[test]
fn triggers_link_coping_and_log_encounters() {
    let (_d, s) = fresh();
    let (t, c) = s
        .write(|w| {
            let c = w.add_coping(
                "Urge surfing",
                Some("ride it out"),
                Some(LifeDomain::Mental),
            )?;
            let t = w.add_trigger(TriggerDraft {
                name: "Payday".into(),
                category: TriggerCategory::Times,
                origin: TriggerOrigin::External,
                notes: None,
                coping_ids: vec![c.id],
            })?;
            Ok((t, c))
        })
        .unwrap();
    assert_eq!(t.coping_ids, vec![c.id]);
    let ev = s
        .write(|w| {
            w.log_trigger_event(EventDraft {
                at: clock().now(),
                trigger_id: Some(t.id),
                urge_before: 8,
                urge_after: Some(3),
                coping_id: Some(c.id),
                outcome: Outcome::Passed,
                note: None,
            })
        })
        .unwrap();
    assert_eq!(ev.date, d("2026-11-23"));
    let fx = crate::domain::progress::coping_effects(
        &[c.id],
        &s.trigger_events(None, None, None).unwrap(),
    );
    assert_eq!(
        (fx[0].uses, fx[0].passed, fx[0].mean_urge_drop),
        (1, 1, Some(5.0))
    );
    let bad = s.write(|w| {
        w.log_trigger_event(EventDraft {
            at: clock().now(),
            trigger_id: Some(77),
            urge_before: 3,
            urge_after: None,
            coping_id: None,
            outcome: Outcome::Passed,
            note: None,
        })
    });
    assert!(
        bad.unwrap_err()
            .to_string()
            .starts_with("trigger: there is no trigger with id 77")
    );
}

#[test]
fn every_write_bumps_a_revision_and_a_delete_leaves_a_tombstone() {
    let (_d, s) = fresh();
    let draft = |body: &str| JournalDraft {
        at: clock().now(),
        title: None,
        body: body.into(),
        mood: None,
        domain: None,
        tags: vec!["walk".into()],
    };
    let e = s.write(|w| w.add_journal(draft("first"))).unwrap();
    let rev = |id: i64| -> i64 {
        s.conn
            .query_row(
                "SELECT revision FROM journal_entries WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(rev(e.id), 1);
    s.write(|w| w.update_journal(e.id, draft("second")))
        .unwrap();
    assert_eq!(rev(e.id), 2, "one write, one step");
    s.write(|w| w.update_journal(e.id, draft("second")))
        .unwrap();
    assert_eq!(rev(e.id), 3, "even a write that changes nothing is a write");
    let uid: String = s
        .conn
        .query_row(
            "SELECT uid FROM journal_entries WHERE id = ?1",
            [e.id],
            |r| r.get(0),
        )
        .unwrap();
    s.write(|w| w.delete_journal(e.id)).unwrap();
    let (tbl, revision): (String, i64) = s
        .conn
        .query_row(
            "SELECT tbl, revision FROM tombstones WHERE uid = ?1",
            [&uid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((tbl.as_str(), revision), ("journal_entries", 4));
}

#[test]
fn a_store_never_writes_into_a_file_replaced_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db");
    let old = Store::open(&path, clock()).unwrap();
    // Another tend puts a new journal at the path as restore and encrypt do: a rename,
    // with the old file's -wal and -shm moved aside with it.
    let other = dir.path().join("other.db");
    let new = Store::open(&other, clock()).unwrap();
    new.write(|w| w.add_commitment("Alcohol", d("2026-01-01"), None))
        .unwrap();
    drop(new);
    fs::rename(&other, &path).unwrap();
    for side in ["-wal", "-shm"] {
        let from = format!("{}{side}", path.display());
        fs::rename(&from, format!("{}.old{side}", path.display())).unwrap();
    }
    assert!(!old.still_there());
    let err = old
        .write(|w| w.add_commitment("Gambling", d("2026-01-01"), None))
        .unwrap_err();
    assert!(matches!(err, Error::Replaced { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("was replaced while tend had it open")
    );
    let mut old = old;
    old.close().unwrap();
    let reopened = Store::open(&path, clock()).unwrap();
    let names: Vec<String> = reopened
        .commitments()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["Alcohol"], "nothing went anywhere unseen");
}

/// A journal of schema `version`, with `setup` run on it, as a tend of that version
/// left it (migrations that derive uids find their function, as on a real open).
pub(super) fn schema_at(path: &std::path::Path, version: usize, setup: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    file::add_derived_uid(&conn).unwrap();
    for (v, sql) in file::MIGRATIONS[..version].iter().enumerate() {
        conn.execute_batch(sql).unwrap();
        if v == 0 {
            conn.execute(
                "INSERT INTO profile (id, created_at, updated_at) VALUES (1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
        }
    }
    conn.execute_batch(&format!(
        "PRAGMA user_version = {version}; PRAGMA application_id = {APPLICATION_ID};"
    ))
    .unwrap();
    conn.execute_batch(setup).unwrap();
}

/// A journal of schema 5, as a tend of before migration 006 left it.
fn schema_5(path: &std::path::Path, setup: &str) {
    schema_at(path, 5, setup);
}

/// Schema 5 with a connection of each kind (share 0 or 1, revision 3), a meeting and a
/// call deleted and kept for undo, and then sync set up (so nothing of it was
/// captured, and anything a migration captured would show).
fn schema_5_with_connections(path: &std::path::Path) {
    let row = |(id, kind, share): &(i64, &str, i64)| {
        format!(
            "INSERT INTO connections (id, uid, at, date, kind, share, created_at, updated_at, revision)
             VALUES ({id}, 'c{id}', '2026-11-20T10:00:00+00:00', '2026-11-20', '{kind}', {share},
                     '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z', 3);"
        )
    };
    let mut setup: String = [
        (1, "meeting", 0),
        (2, "meeting", 1),
        (3, "therapy", 0),
        (4, "group-therapy", 0),
        (5, "call", 0),
        (6, "call", 1),
        (7, "message", 0),
        (8, "in-person", 0),
        (9, "service", 0),
        (10, "community", 1),
    ]
    .iter()
    .map(row)
    .collect();
    setup.push_str(
        r#"INSERT INTO tombstones (tbl, uid, revision, deleted_at, row) VALUES
               ('connections', 'gone', 2, '2026-11-21T10:00:00Z',
                '{"row":{"id":11,"uid":"gone","kind":"meeting","share":0},"children":[]}'),
               ('connections', 'gone-call', 2, '2026-11-21T10:00:00Z',
                '{"row":{"id":12,"uid":"gone-call","kind":"call","share":0},"children":[]}');
           INSERT INTO sync_setup (id, folder, device, name, salt) VALUES (1, 'f', 'd', 'n', 's');"#,
    );
    schema_5(path, &setup);
}

/// One column of a query's rows.
fn column<T: rusqlite::types::FromSql>(conn: &rusqlite::Connection, sql: &str) -> Vec<T> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn migration_6_makes_share_a_choice_of_three_without_touching_revisions_or_sync() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_5_with_connections(&path);
    let store = Store::open(&path, clock()).unwrap();
    let mut shares: Vec<(i64, Sharing)> = store
        .connections(None, None, None)
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.share))
        .collect();
    shares.sort();
    use Sharing::*;
    assert_eq!(
        shares,
        [
            (1, Private),
            (2, Shared),
            (3, Private),
            (4, Private),
            (5, Unset),
            (6, Shared),
            (7, Unset),
            (8, Unset),
            (9, Unset),
            (10, Shared),
        ]
    );
    let conn = &store.conn;
    let revisions: Vec<i64> = column(conn, "SELECT revision FROM connections ORDER BY id");
    assert_eq!(revisions, [3; 10], "no revision moved");
    // Nothing changed now: migration 10 stamps each record from when it was last changed,
    // under the journal's sync id (other devices migrate alike).
    let stamped: Vec<String> = column(
        conn,
        "SELECT key || ' ' || device || ' ' || (stamp >> 16) || ' ' || deleted || pending
         FROM sync_changes WHERE tbl = 'connections' ORDER BY key",
    );
    let at = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .unwrap()
            .timestamp_millis()
    };
    let mut want: Vec<String> = (1..=10)
        .map(|i| format!("c{i} d {} 00", at("2026-11-20T10:00:00Z")))
        .collect();
    want.push(format!("gone d {} 10", at("2026-11-21T10:00:00Z")));
    want.push(format!("gone-call d {} 10", at("2026-11-21T10:00:00Z")));
    want.sort();
    assert_eq!(stamped, want);
    let kept: Vec<String> = column(
        conn,
        "SELECT json_extract(row, '$.row.share') FROM tombstones ORDER BY uid",
    );
    assert_eq!(kept, ["private", "unset"], "a deleted one comes back alike");
    // The triggers set aside are there again: a write bumps the revision and is
    // captured for sync.
    conn.execute("UPDATE connections SET minutes = 5 WHERE id = 5", [])
        .unwrap();
    let (revision, pending): (i64, i64) = conn
        .query_row(
            "SELECT c.revision, s.pending FROM connections c JOIN sync_changes s
             ON s.tbl = 'connections' AND s.key = c.uid WHERE c.id = 5",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((revision, pending), (4, 1));
    let refused = conn.execute("UPDATE connections SET share = 'maybe' WHERE id = 5", []);
    assert!(refused.is_err(), "only shared, private or unset");
}

/// Schema 5 journal with an imported Daylio entry and day, one typed check-in, and one
/// imported entry the person edited since: migration 7 marks what imports brought,
/// keeps the import log's view of what is untouched, and counts adherence by it.
#[test]
fn migration_7_marks_imported_history_so_every_journal_counts_it_alike() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_5(
        &path,
        "INSERT INTO journal_entries (id, uid, at, date, body, created_at, updated_at, revision) VALUES
             (1, 'e1', '2024-10-01T09:00:00+00:00', '2024-10-01', 'walk', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1),
             (2, 'e2', '2024-10-31T09:00:00+00:00', '2024-10-31', 'edited', '2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', 2);
         INSERT INTO checkins (id, uid, date, mood, created_at, updated_at, revision) VALUES
             (1, 'c1', '2024-10-01', 7, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1),
             (2, 'c2', '2026-11-20', 6, '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z', 1);
         INSERT INTO imported (source, key, hash, tbl, uid, revision, imported_at) VALUES
             ('daylio', 'k1', 'h', 'journal_entries', 'e1', 1, '2026-11-01T10:00:00Z'),
             ('daylio', 'k2', 'h', 'journal_entries', 'e2', 1, '2026-11-01T10:00:00Z'),
             ('daylio', 'day 2024-10-01', '7', 'checkins', 'c1', 1, '2026-11-01T10:00:00Z');",
    );
    let store = Store::open(&path, clock()).unwrap();
    let conn = &store.conn;
    let marked: Vec<Option<String>> = column(
        conn,
        "SELECT imported_from FROM journal_entries UNION ALL SELECT imported_from FROM checkins",
    );
    assert_eq!(
        marked,
        [
            Some("daylio".into()),
            Some("daylio".into()),
            Some("daylio".into()),
            None
        ]
    );
    let untouched: Vec<i64> = column(
        conn,
        "SELECT i.revision = j.revision FROM imported i JOIN journal_entries j ON j.uid = i.uid ORDER BY j.id",
    );
    assert_eq!(untouched, [1, 0], "the edited entry still reads as edited");
    let t = store.tracked(d("2026-11-23")).unwrap();
    assert_eq!(
        t.spans,
        [
            (d("2024-10-01"), d("2024-10-31")),
            (d("2026-11-20"), d("2026-11-23"))
        ]
    );
}

#[test]
fn a_derived_uid_is_the_same_on_every_device_and_in_sql() {
    let a = super::file::derived_uid("0123456789abcdef0123456789abcdef", "person");
    assert_eq!(a.len(), 32);
    assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(
        a,
        super::file::derived_uid("0123456789abcdef0123456789abcdef", "person")
    );
    assert_ne!(
        a,
        super::file::derived_uid("0123456789abcdef0123456789abcdef", "coping")
    );
    assert_ne!(
        a,
        super::file::derived_uid("0123456789abcdef0123456789abcdee", "person")
    );
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    super::file::migrate(&conn, "2026-01-01T00:00:00Z").unwrap();
    let in_sql: String = conn
        .query_row(
            "SELECT derived_uid('0123456789abcdef0123456789abcdef', 'person')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(in_sql, a);
}
