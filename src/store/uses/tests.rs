//! The use log on temp files: a use on an abstain path is that day's setback (never
//! two), a cut-down day over the plan is named, and paths and uses travel through a
//! data file whole.

use super::super::Store;
use super::super::tests::{d, fresh, schema_at};
use crate::domain::usage::{Path, PathDraft, UseDraft, UseUnit};
use crate::domain::{RecordKind, SetbackDraft, SetbackKind};

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn draft(c: i64, when: &str, amount: f64) -> UseDraft {
    UseDraft {
        commitment_id: c,
        at: at(when),
        amount,
        unit: UseUnit::Drinks,
        what: Some("beer".into()),
        place: None,
        with_whom: None,
        planned: false,
        cost: None,
        followed: Vec::new(),
        note: None,
    }
}

fn cut_down(week: f64) -> PathDraft {
    PathDraft {
        path: Some(Path::CutDown),
        unit: Some(UseUnit::Drinks),
        max_per_week: Some(week),
        ..PathDraft::default()
    }
}

#[test]
fn a_use_on_an_abstain_path_is_the_days_setback_and_never_two() {
    let (_dir, s) = fresh();
    let c = s
        .write(|w| w.add_commitment("Alcohol", d("2026-11-01"), None))
        .unwrap();
    let first = s
        .write(|w| w.add_use(draft(c.id, "2026-11-20T20:00:00+01:00", 2.0), 14.0))
        .unwrap();
    assert!(first.setback_made);
    let second = s
        .write(|w| w.add_use(draft(c.id, "2026-11-20T22:00:00+01:00", 1.0), 14.0))
        .unwrap();
    assert!(!second.setback_made);
    assert_eq!(first.logged.setback_id, second.logged.setback_id);
    let day = s
        .setbacks(Some(d("2026-11-20")), Some(d("2026-11-20")))
        .unwrap();
    assert_eq!(day.len(), 1);
    assert!(day[0].kind.ends_run());
    assert_eq!(day[0].commitment_id, Some(c.id));
    // A day whose check-in mark already made its growth entry: the use joins it.
    let ticked = s
        .write(|w| w.add_setback(SetbackDraft::ticked(d("2026-11-21"), None)))
        .unwrap();
    let third = s
        .write(|w| w.add_use(draft(c.id, "2026-11-21T20:00:00+01:00", 1.0), 14.0))
        .unwrap();
    assert_eq!(third.logged.setback_id, Some(ticked.id));
    assert!(!third.setback_made);
}

#[test]
fn a_cut_down_path_names_a_day_over_the_plan_and_writes_no_setback() {
    let (_dir, s) = fresh();
    let c = s
        .write(|w| {
            let c = w.add_commitment("Alcohol", d("2026-11-01"), None)?;
            w.set_path(c.id, c.start_date, &cut_down(5.0))?;
            Ok(c)
        })
        .unwrap();
    let within = s
        .write(|w| w.add_use(draft(c.id, "2026-11-20T20:00:00+01:00", 3.0), 14.0))
        .unwrap();
    assert!(!within.over_plan && within.logged.setback_id.is_none());
    let over = s
        .write(|w| w.add_use(draft(c.id, "2026-11-22T20:00:00+01:00", 3.0), 14.0))
        .unwrap();
    assert!(over.over_plan, "6 in 7 days is over 5 a week");
    assert!(s.setbacks(None, None).unwrap().is_empty());
    // The offered reflection is a growth entry of its own kind, which ends no run.
    let g = s
        .write(|w| {
            w.add_setback(SetbackDraft {
                kind: SetbackKind::OverPlan,
                commitment_id: Some(c.id),
                ..SetbackDraft::ticked(d("2026-11-22"), None)
            })
        })
        .unwrap();
    assert_eq!(s.setback(g.id).unwrap().kind, SetbackKind::OverPlan);
    let stored: String = s
        .conn
        .query_row("SELECT kind FROM setbacks WHERE id = ?1", [g.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stored, "hard-day", "an older tend reads a hard day");
    let st = s.stats(d("2026-11-23"), None).unwrap();
    assert_eq!((st.hard_days_total, st.over_plan_total), (0, 1));
    let u = st.commitments[0].usage.as_ref().unwrap();
    assert_eq!((u.days_within_plan, u.days_over_plan), (Some(22), Some(1)));
}

#[test]
fn refusals_name_the_field_and_write_nothing() {
    let (_dir, s) = fresh();
    let c = s
        .write(|w| w.add_commitment("Alcohol", d("2026-11-10"), None))
        .unwrap();
    let refused = |u: UseDraft| {
        let e = s.write(|w| w.add_use(u, 14.0)).unwrap_err().to_string();
        assert_eq!(
            s.uses(None, d("1900-01-01"), d("2026-11-23"), 10)
                .unwrap()
                .len(),
            0
        );
        e
    };
    assert!(refused(draft(c.id, "2026-11-05T20:00:00+01:00", 1.0)).starts_with("at:"));
    assert!(refused(draft(c.id, "2026-11-24T20:00:00+01:00", 1.0)).starts_with("at:"));
    assert!(refused(draft(c.id, "2026-11-20T20:00:00+01:00", -1.0)).starts_with("amount:"));
    assert!(refused(draft(c.id, "2026-11-20T20:00:00+01:00", 101.0)).starts_with("amount:"));
    let grams = UseDraft {
        unit: UseUnit::Grams,
        ..draft(c.id, "2026-11-20T20:00:00+01:00", 1.0)
    };
    s.write(|w| w.set_path(c.id, d("2026-11-10"), &cut_down(14.0)))
        .unwrap();
    assert!(refused(grams).starts_with("unit:"));
}

#[test]
fn paths_and_uses_travel_through_a_data_file_whole() {
    let (_dir, a) = fresh();
    a.write(|w| {
        let c = w.add_commitment("Alcohol", d("2026-11-01"), None)?;
        w.set_path(c.id, c.start_date, &cut_down(14.0))?;
        w.set_path(
            c.id,
            d("2026-11-15"),
            &PathDraft {
                path: Some(Path::SaferUse),
                checklist: Some(vec![crate::domain::usage::SaferStep::Naloxone]),
                ..PathDraft::default()
            },
        )?;
        let mut u = draft(c.id, "2026-11-20T20:00:00+01:00", 1.5);
        u.cost = Some(7.25);
        u.planned = true;
        w.add_use(u, 14.0)
    })
    .unwrap();
    let doc = a.export_data().unwrap();
    let (_dir2, b) = fresh();
    b.write(|w| w.import_data(&doc)).unwrap();
    let back = b.export_data().unwrap();
    for t in ["commitment_paths", "uses", "setbacks"] {
        assert_eq!(doc[t], back[t], "{t}");
    }
    let c = b.find_commitment("alcohol").unwrap();
    let paths = b.paths(c.id).unwrap();
    assert_eq!(paths.len(), 2);
    assert_eq!(paths[1].path, Path::SaferUse);
    let u = &b.uses(None, d("2026-11-01"), d("2026-11-23"), 5).unwrap()[0];
    assert_eq!((u.amount, u.cost, u.planned), (1.5, Some(7.25), true));
}

#[test]
fn deleting_a_commitment_takes_its_path_and_uses_and_undo_brings_them_back() {
    let (_dir, s) = fresh();
    let c = s
        .write(|w| {
            let c = w.add_commitment("Alcohol", d("2026-11-01"), None)?;
            w.set_path(c.id, c.start_date, &cut_down(14.0))?;
            w.add_use(draft(c.id, "2026-11-20T20:00:00+01:00", 2.0), 14.0)?;
            Ok(c)
        })
        .unwrap();
    let snap = s
        .write(|w| w.delete_record(RecordKind::Commitment, c.id))
        .unwrap();
    assert!(s.paths(c.id).unwrap().is_empty());
    s.write(|w| w.restore(&snap)).unwrap();
    assert_eq!(s.paths(c.id).unwrap().len(), 1);
    assert_eq!(s.use_days(c.id, d("2026-11-01")).unwrap().len(), 1);
}

#[test]
fn a_journal_from_before_opens_with_every_commitment_abstaining() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db");
    schema_at(
        &path,
        14, // before 015, the use log
        "INSERT INTO commitments (name, start_date, created_at, updated_at)
         VALUES ('Alcohol', '2026-10-01', '2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z');
         INSERT INTO setbacks (date, commitment_id, kind, created_at, updated_at)
         VALUES ('2026-11-02', 1, 'hard-day', '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z');",
    );
    let s = Store::open(&path, super::super::tests::clock()).unwrap();
    assert!(s.paths(1).unwrap().is_empty());
    let st = s.stats(d("2026-11-23"), None).unwrap();
    let u = st.commitments[0].usage.as_ref().unwrap();
    assert_eq!((u.path, u.days_within_plan), (Path::Abstain, None));
    assert_eq!(
        s.setbacks(None, None).unwrap()[0].kind,
        SetbackKind::HardDay
    );
    assert_eq!(st.commitments[0].days_on_track, 54);
}

/// An older tend kept a newer tend's "over my plan" mark aside with its growth entry
/// (a field it did not know); upgrading makes it the entry's kind, and the rest of
/// what was kept aside stays.
#[test]
fn an_over_plan_mark_kept_aside_by_an_older_tend_becomes_the_kind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db");
    schema_at(
        &path,
        14, // before 015, the use log
        "INSERT INTO setbacks (uid, date, kind, created_at, updated_at)
         VALUES ('aa', '2026-11-02', 'hard-day', '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z'),
                ('bb', '2026-11-03', 'hard-day', '2026-11-03T00:00:00Z', '2026-11-03T00:00:00Z');
         INSERT INTO record_extras (tbl, uid, fields) VALUES
             ('setbacks', 'aa', '{\"over_plan\":1}'),
             ('setbacks', 'bb', '{\"over_plan\":0,\"mood_after\":3}');",
    );
    let s = Store::open(&path, super::super::tests::clock()).unwrap();
    let kinds: Vec<SetbackKind> = s
        .setbacks(None, None)
        .unwrap()
        .iter()
        .map(|g| g.kind)
        .collect();
    assert_eq!(kinds, [SetbackKind::OverPlan, SetbackKind::HardDay]);
    let left: Vec<String> = s
        .conn
        .prepare("SELECT fields FROM record_extras ORDER BY uid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(left, [r#"{"mood_after":3}"#]);
}
