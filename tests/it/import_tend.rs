//! Importing tend's own data files: every field checked like typed input, newer
//! records kept, deletions kept, omitted fields kept, nothing rewritten for nothing.

use crate::common::{self, store};
use chrono::{DateTime, NaiveDate};
use serde_json::{Value as Json, json};
use tend::domain::*;
use tend::store::{JournalFilter, Store};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A small journal with records of every kind, and its export.
fn source(dir: &tempfile::TempDir) -> (Store, Json) {
    let s = store(dir, "source.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(40)).unwrap();
    let doc = s.export_data().unwrap();
    (s, doc)
}

/// Reads everything every screen and summary reads; panics on any error.
fn fully_readable(s: &Store) {
    readable(s);
    let today = s.today().unwrap();
    let all = tend::report::Includes {
        journal: true,
        notes: true,
        setback_details: true,
        names: true,
        numbers: true,
        ..Default::default()
    };
    tend::report::build(s, today - chrono::Duration::days(365), today, all).unwrap();
}

/// Reads every kind of record the way the screens do.
fn readable(s: &Store) {
    let today = s.today().unwrap();
    s.commitments().unwrap();
    s.checkins(None, None, None).unwrap();
    s.mood_points(None).unwrap();
    for e in s.journal(&JournalFilter::default()).unwrap() {
        s.journal_entry(e.id).unwrap();
    }
    s.journal_on_this_day(today, 10).unwrap();
    for g in s.goals(None, None).unwrap() {
        s.goal(g.id).unwrap();
        s.goal_logs(g.id, None).unwrap();
    }
    s.triggers().unwrap();
    s.coping_strategies().unwrap();
    s.trigger_events(None, None, None).unwrap();
    s.plan(None).unwrap();
    s.setbacks(None, None).unwrap();
    s.assessments(None, None).unwrap();
    for m in s.medications().unwrap() {
        s.med_figures(&m).unwrap();
        m.current().map(|c| c.words());
    }
    s.doses(None, tend::domain::time::FIRST_DAY, today).unwrap();
    s.doses_due().unwrap();
    s.refills_due().unwrap();
    s.stats(today, None).unwrap();
    s.odd_dates(today, 10).unwrap();
    s.export_data().unwrap();
    assert!(
        s.odd_dates(today, 10).unwrap().is_empty(),
        "an impossible date got in"
    );
}

fn import(s: &Store, doc: &Json) -> Result<tend::store::Merged, String> {
    s.write(|w| w.import_data(doc)).map_err(|e| e.to_string())
}

fn refused(s: &Store, doc: &Json, needle: &str) {
    let before = s.export_data().unwrap();
    let err = import(s, doc).expect_err("should be refused");
    assert!(err.contains(needle), "{err:?} lacks {needle:?}");
    assert_eq!(s.export_data().unwrap(), before, "a refused file wrote");
}

#[test]
fn invalid_values_refuse_the_whole_file_naming_record_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let (_, doc) = source(&dir);
    let target = store(&dir, "t.db");
    let cases: &[(&str, &str, Json, &str)] = &[
        (
            "journal_entries",
            "date",
            json!("not-a-date"),
            "journal_entries[0].date: 'not-a-date' is not a YYYY-MM-DD date",
        ),
        (
            "journal_entries",
            "mood",
            json!(7.25),
            "journal_entries[0].mood: must be a whole number from 1 to 10 (got 7.25)",
        ),
        (
            "journal_entries",
            "date",
            json!("2026-01-01"),
            "journal_entries[0].date: 2026-01-01 is more than a day from its moment's date",
        ),
        (
            "journal_entries",
            "at",
            json!("2031-01-01T10:00:00+00:00"),
            "is after today",
        ),
        (
            "journal_entries",
            "body",
            json!("  "),
            "journal_entries[0].body: must not be empty",
        ),
        (
            "goals",
            "per_week",
            json!(2.5),
            "goals[0].per_week: must be a whole number from 1 to 7 (got 2.5)",
        ),
        (
            "goal_steps",
            "position",
            json!(i64::MAX),
            "goal_steps[0].position: must be a whole number from 0 to 1000000",
        ),
        (
            "trigger_events",
            "urge_before",
            json!(5.5),
            "trigger_events[0].urge_before: must be a whole number from 0 to 10 (got 5.5)",
        ),
        ("assessments", "score", json!(99), "assessments[0].score:"),
        ("assessments", "score", json!(-5), "assessments[0].score:"),
        (
            "assessments",
            "instrument",
            json!("MYSTERY-3"),
            "assessments[0].instrument:",
        ),
        (
            "assessments",
            "answers",
            json!("[9,9]"),
            "assessments[0].answers:",
        ),
        (
            "checkins",
            "date",
            json!("1899-12-31"),
            "checkins[0].date: 1899-12-31 is before 1900",
        ),
        (
            "checkins",
            "sleep_hours",
            json!(25),
            "checkins[0].sleep_hours: must be hours from 0 to 24",
        ),
        (
            "checkins",
            "hungry",
            json!(2),
            "checkins[0].hungry: must be a whole number from 0 to 1",
        ),
        (
            "plan_items",
            "section",
            json!("nowhere"),
            "plan_items[0].section: unknown 'nowhere'",
        ),
        (
            "triggers",
            "name",
            json!(""),
            "triggers[0].name: must not be empty",
        ),
        (
            "commitments",
            "start_date",
            json!("+02026-01-01"),
            "commitments[0].start_date:",
        ),
        (
            "setbacks",
            "kind",
            json!(3),
            "setbacks[0].kind: must be text, not a whole number",
        ),
    ];
    for (table, field, value, needle) in cases {
        let mut bad = doc.clone();
        assert!(
            bad[table][0].get(field).is_some(),
            "{table}[0] has no {field}"
        );
        bad[table][0][field] = value.clone();
        refused(&target, &bad, needle);
    }
    assert!(target.is_empty().unwrap(), "nothing was written");
    let mut tags = doc.clone();
    tags["journal_tags"][0]["tag"] = json!("");
    refused(&target, &tags, "journal_tags[0].tag: must not be empty");
    let mut typo = doc.clone();
    typo["journal_entrys"] = json!([]);
    refused(
        &target,
        &typo,
        "journal_entrys: is not a part of a tend data file",
    );
    let mut id = doc.clone();
    id["goals"][0]["id"] = json!("seven");
    refused(
        &target,
        &id,
        "goals[0].id: must be a whole number from 1 on",
    );
    let mut hour = doc.clone();
    hour["profile"]["day_start_hour"] = json!(30);
    refused(
        &target,
        &hour,
        "profile.day_start_hour: must be a whole number from 0 to 23",
    );
}

#[test]
fn format_version_messages_say_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let (_, doc) = source(&dir);
    let target = store(&dir, "t.db");
    for (v, needle) in [
        (
            json!(1.5),
            "format_version: 1.5 is not a version this tend knows",
        ),
        (
            json!("1"),
            "format_version: must be a whole number like 4, not \"1\"",
        ),
        (json!(0), "format_version: 0 is not a version"),
        (
            json!(99),
            "format_version: 99 is newer than this tend reads (4)",
        ),
        (Json::Null, "format_version: is missing"),
    ] {
        let mut bad = doc.clone();
        bad["format_version"] = v;
        refused(&target, &bad, needle);
    }
    let mut none = doc.clone();
    none.as_object_mut().unwrap().remove("format_version");
    refused(&target, &none, "format_version: is missing");
}

#[test]
fn an_older_export_never_reverts_a_newer_edit() {
    let dir = tempfile::tempdir().unwrap();
    let (s, old) = source(&dir);
    let e = s.journal(&JournalFilter::default()).unwrap()[0].clone();
    s.write(|w| {
        w.update_journal(
            e.id,
            JournalDraft {
                at: DateTime::parse_from_rfc3339(&e.at).unwrap(),
                title: e.title.clone(),
                body: "Written again, later.".into(),
                mood: e.mood,
                domain: e.domain,
                tags: e.tags.clone(),
            },
        )
    })
    .unwrap();
    let m = import(&s, &old).unwrap();
    assert_eq!((m.added, m.updated, m.kept_newer), (0, 0, 1), "{m:?}");
    assert_eq!(s.journal_entry(e.id).unwrap().body, "Written again, later.");
    // The newer export does carry the edit to a journal that has the old one.
    let newer = s.export_data().unwrap();
    let other = store(&dir, "other.db");
    import(&other, &old).unwrap();
    let m = import(&other, &newer).unwrap();
    assert_eq!((m.added, m.updated), (0, 1), "{m:?}");
    assert_eq!(
        other.export_data().unwrap()["journal_entries"],
        newer["journal_entries"]
    );
}

#[test]
fn a_deleted_record_is_not_brought_back() {
    let dir = tempfile::tempdir().unwrap();
    let (s, doc) = source(&dir);
    let e = s.journal(&JournalFilter::default()).unwrap()[0].clone();
    s.write(|w| w.delete_journal(e.id)).unwrap();
    let m = import(&s, &doc).unwrap();
    assert_eq!((m.added, m.skipped_deleted), (0, 1), "{m:?}");
    assert!(s.journal_entry(e.id).is_err());
    fully_readable(&s);
}

#[test]
fn omitted_fields_keep_their_value_and_nothing_changed_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (s, doc) = source(&dir);
    let before = s.export_data().unwrap();
    let m = import(&s, &doc).unwrap();
    assert_eq!((m.added, m.updated), (0, 0), "{m:?}");
    assert_eq!(
        s.export_data().unwrap(),
        before,
        "stamps or revisions moved"
    );
    // A row that leaves out its title and mood, from a later change, changes only what
    // it has; the journal counts that as one more revision of its own.
    let mut partial = doc.clone();
    let row = partial["journal_entries"][0].as_object_mut().unwrap();
    let (mood, title, revision) = (
        row["mood"].clone(),
        row["title"].clone(),
        row["revision"].clone(),
    );
    row.remove("mood");
    row.remove("title");
    row.insert("body".into(), json!("Written again elsewhere."));
    row["stamp"][0] = json!(row["stamp"][0].as_i64().unwrap() + (1 << 16));
    let m = import(&s, &partial).unwrap();
    assert_eq!(m.updated, 1, "{m:?}");
    let after = &s.export_data().unwrap()["journal_entries"][0];
    assert_eq!(
        (after["mood"].clone(), after["title"].clone()),
        (mood, title)
    );
    assert_eq!(after["body"], json!("Written again elsewhere."));
    assert_eq!(after["revision"], json!(revision.as_i64().unwrap() + 1));
    assert_eq!(after["stamp"], partial["journal_entries"][0]["stamp"]);
}

#[test]
fn version_1_files_without_revisions_still_import() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut doc) = source(&dir);
    doc["format_version"] = json!(1);
    doc.as_object_mut().unwrap().remove("devices");
    for (_, rows) in doc.as_object_mut().unwrap().iter_mut() {
        for row in rows.as_array_mut().into_iter().flatten() {
            for k in ["revision", "stamp", "stamp_base", "stamps"] {
                row.as_object_mut().map(|o| o.remove(k));
            }
        }
    }
    for k in ["revision", "stamp", "stamp_base", "stamps"] {
        doc["profile"].as_object_mut().unwrap().remove(k);
    }
    let target = store(&dir, "t.db");
    let m = import(&target, &doc).unwrap();
    assert!(m.added > 100, "{m:?}");
    let again = import(&target, &doc).unwrap();
    assert_eq!((again.added, again.updated), (0, 0), "{again:?}");
    fully_readable(&target);
}

/// Values that are wrong for some field or other.
fn hostile() -> Vec<Json> {
    vec![
        Json::Null,
        json!(true),
        json!(-1),
        json!(0),
        json!(7.25),
        json!(11),
        json!(99),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(""),
        json!("   "),
        json!("not-a-date"),
        json!("2031-01-01"),
        json!("1899-12-31"),
        json!("+02026-01-01"),
        json!("2026-11-23T23:59:00+00:00"),
        json!("2026-11-24T03:00:00-12:00"),
        json!("x".repeat(600)),
        json!([1, 2]),
        json!({"a": 1}),
        json!("physical"),
        json!("[0,0,0,0,0,0,0,0,0]"),
    ]
}

/// The export cut down to two records a table (with what they refer to), so that a
/// thousand imports of it stay quick.
fn small(doc: &Json) -> Json {
    let order = [
        "commitments",
        "checkins",
        "journal_entries",
        "goals",
        "goal_steps",
        "goal_logs",
        "coping_strategies",
        "triggers",
        "trigger_events",
        "plan_items",
        "setbacks",
        "assessments",
        "commitment_paths",
        "uses",
        // Every person (the file keeps them all), so the medication's prescriber is there.
        "people",
        "medications",
        "medication_schedules",
        "doses",
    ];
    let mut kept: std::collections::HashSet<String> = Default::default();
    let mut out = doc.clone();
    let refs_kept = |row: &Json, kept: &std::collections::HashSet<String>| {
        row.as_object()
            .unwrap()
            .iter()
            .all(|(k, v)| !k.ends_with("_uid") || v.as_str().is_none_or(|u| kept.contains(u)))
    };
    for t in order {
        let rows: Vec<Json> = doc[t]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| refs_kept(r, &kept))
            // All three of the demo's commitments: the third is cut down, with a path
            // and uses to mutate.
            .take(match t {
                "commitments" => 3,
                "people" => usize::MAX,
                _ => 2,
            })
            .cloned()
            .collect();
        for r in &rows {
            kept.insert(r["uid"].as_str().unwrap().to_string());
        }
        out[t] = Json::Array(rows);
    }
    for link in ["journal_tags", "trigger_coping", "setback_triggers"] {
        let rows: Vec<Json> = doc[link]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| refs_kept(r, &kept))
            .cloned()
            .collect();
        out[link] = Json::Array(rows);
    }
    out
}

/// Mutates every field of the first record of every table (as a new record and as a
/// later change of the existing one): each file is either refused whole or
/// imported, and the journal stays fully readable either way.
#[test]
fn every_field_mutated_leaves_the_journal_readable() {
    if common::skip_slow() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (_, doc) = source(&dir);
    let doc = small(&doc);
    let s = store(&dir, "small.db");
    import(&s, &doc).unwrap();
    let fresh = store(&dir, "fresh.db");
    let (mut tried, mut accepted, mut refused) = (0, 0, 0);
    for (table, rows) in doc.as_object().unwrap() {
        let Some(first) = rows.as_array().and_then(|r| r.first()) else {
            continue;
        };
        let Some(fields) = first.as_object() else {
            continue;
        };
        for field in fields.keys() {
            for value in hostile() {
                let mut bad = doc.clone();
                bad[table][0][field] = value.clone();
                // As a later change of a record the journal has.
                if field != "stamp" && bad[table][0].get("stamp").is_some() {
                    let stamp = doc[table][0]["stamp"][0].as_i64().unwrap();
                    bad[table][0]["stamp"][0] = json!(stamp + ((1000 + tried) << 16));
                }
                for target in [&s, &fresh] {
                    // As a newer revision, then as a record new to the journal.
                    match import(target, &bad) {
                        Ok(_) => {
                            accepted += 1;
                            readable(target);
                        }
                        Err(_) => refused += 1,
                    }
                }
                tried += 1;
            }
        }
    }
    assert!(tried > 1000, "{tried}");
    assert!(accepted > 100 && refused > 1000, "{accepted} {refused}");
    fully_readable(&s);
    fully_readable(&fresh);
}

/// A revision no edit count could reach (2^63 − 1 overflowed to a real number on the
/// next edit, and the entry could no longer be read) is refused, naming the field.
#[test]
fn a_revision_past_what_edits_can_count_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut doc) = source(&dir);
    doc["journal_entries"][0]["revision"] = json!(i64::MAX);
    let target = store(&dir, "target.db");
    refused(&target, &doc, "revision");
    refused(&target, &doc, "9007199254740991");
    doc["journal_entries"][0]["revision"] = json!(9_007_199_254_740_991_i64);
    import(&target, &doc).unwrap();
    let e = &target.journal(&JournalFilter::default()).unwrap()[0];
    let draft = JournalDraft {
        at: chrono::DateTime::parse_from_rfc3339(&e.at).unwrap(),
        title: e.title.clone(),
        body: "edited after".into(),
        mood: e.mood,
        domain: e.domain,
        tags: e.tags.clone(),
    };
    target.write(|w| w.update_journal(e.id, draft)).unwrap();
    fully_readable(&target);
}
