//! Deleting, and undoing deletes and edits, on temp files.

use super::super::Store;
use super::super::tests::{clock, d, fresh};
use crate::domain::*;

fn count(s: &Store, sql: &str) -> i64 {
    s.conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn growth(date: &str, commitment: Option<i64>, triggers: Vec<i64>) -> SetbackDraft {
    SetbackDraft {
        date: d(date),
        commitment_id: commitment,
        kind: SetbackKind::Slip,
        what_happened: Some("payday, old friends".into()),
        warning_signs: None,
        what_helped: None,
        learned: Some("leave earlier".into()),
        next_time: None,
        reached_out: None,
        trigger_ids: triggers,
    }
}

/// A trigger met twice, with a coping step and a growth entry naming it.
fn trigger_with_history(s: &Store) -> i64 {
    s.write(|w| {
        let c = w.add_coping("Call Sam", None, None)?;
        let t = w.add_trigger(TriggerDraft {
            name: "Payday".into(),
            category: TriggerCategory::Times,
            origin: TriggerOrigin::External,
            notes: None,
            coping_ids: vec![c.id],
        })?;
        for before in [7, 5] {
            w.log_trigger_event(EventDraft {
                at: clock().now(),
                trigger_id: Some(t.id),
                urge_before: before,
                urge_after: Some(2),
                coping_id: Some(c.id),
                outcome: Outcome::Passed,
                note: None,
            })?;
        }
        w.add_setback(growth("2026-11-01", None, vec![t.id]))?;
        Ok(t.id)
    })
    .unwrap()
}

#[test]
fn deleting_a_trigger_says_what_goes_and_what_stays_and_undo_brings_all_of_it_back() {
    let (_d, s) = fresh();
    let t = trigger_with_history(&s);
    let (label, also) = s.deletion(RecordKind::Trigger, t).unwrap();
    assert_eq!(label, "the trigger \"Payday\"");
    assert_eq!(
        also,
        [
            "its coping link goes with it",
            "its growth-entry link goes with it",
            "its 2 encounters stay in your history, without it",
        ]
    );
    let gone = s
        .write(|w| w.delete_record(RecordKind::Trigger, t))
        .unwrap();
    assert_eq!(count(&s, "SELECT count(*) FROM triggers"), 0);
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM trigger_events WHERE trigger_id IS NULL"
        ),
        2,
        "the encounters are the person's history: they stay"
    );
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM tombstones WHERE tbl = 'triggers' AND row IS NOT NULL"
        ),
        1
    );
    s.write(|w| w.restore(&gone)).unwrap();
    let back = s.trigger(t).unwrap();
    assert_eq!((back.name.as_str(), back.coping_ids.len()), ("Payday", 1));
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM trigger_events WHERE trigger_id = 1"
        ),
        2
    );
    assert_eq!(count(&s, "SELECT count(*) FROM setback_triggers"), 1);
    assert_eq!(
        count(&s, "SELECT count(*) FROM tombstones WHERE tbl = 'triggers'"),
        0
    );
    assert!(
        count(&s, "SELECT revision FROM triggers") > 1,
        "a record brought back is a newer write than its deletion"
    );
}

#[test]
fn a_goal_comes_back_with_its_steps_and_marks_and_the_journal_with_its_tags() {
    let (_d, s) = fresh();
    let g = s
        .write(|w| {
            let g = w.add_goal(GoalDraft {
                title: "Run 5k".into(),
                domain: LifeDomain::Physical,
                why: None,
                kind: GoalKind::Milestone,
                per_week: None,
                target_date: None,
                steps: vec!["1k".into(), "3k".into()],
            })?;
            w.log_goal(g.id, d("2026-11-20"), None, Some(1))?;
            Ok(g.id)
        })
        .unwrap();
    let before = s.goal(g).unwrap();
    let gone = s.write(|w| w.delete_record(RecordKind::Goal, g)).unwrap();
    assert_eq!(count(&s, "SELECT count(*) FROM goal_steps"), 0);
    s.write(|w| w.restore(&gone)).unwrap();
    let after = s.goal(g).unwrap();
    assert_eq!(after.steps, before.steps);
    assert_eq!(s.goal_logs(g, None).unwrap().len(), 1);
}

#[test]
fn deleting_a_mark_that_finished_a_step_unfinishes_it_and_undo_finishes_it_again() {
    let (_d, s) = fresh();
    let (g, mark) = s
        .write(|w| {
            let g = w.add_goal(GoalDraft {
                title: "Run 5k".into(),
                domain: LifeDomain::Physical,
                why: None,
                kind: GoalKind::Milestone,
                per_week: None,
                target_date: None,
                steps: vec!["1k".into()],
            })?;
            let m = w.log_goal(g.id, d("2026-11-20"), None, Some(1))?;
            Ok((g.id, m.id))
        })
        .unwrap();
    let gone = s
        .write(|w| w.delete_record(RecordKind::GoalMark, mark))
        .unwrap();
    assert_eq!(s.goal(g).unwrap().steps[0].done_on, None);
    s.write(|w| w.restore(&gone)).unwrap();
    assert_eq!(s.goal(g).unwrap().steps[0].done_on, Some(d("2026-11-20")));
}

#[test]
fn undoing_an_edit_puts_every_field_back_and_editing_growth_moves_the_runs() {
    let (_d, s) = fresh();
    let (c, g) = s
        .write(|w| {
            let c = w.add_commitment("Alcohol", d("2026-01-01"), None)?;
            let g = w.add_setback(growth("2026-11-01", Some(c.id), vec![]))?;
            Ok((c.id, g.id))
        })
        .unwrap();
    let run = |s: &Store| s.stats(d("2026-11-23"), Some(c)).unwrap().commitments[0].current_run;
    assert_eq!(run(&s), 22);
    let before = s.snapshot(RecordKind::Growth, g).unwrap();
    s.write(|w| w.edit_setback(g, growth("2026-11-20", Some(c), vec![])))
        .unwrap();
    assert_eq!(run(&s), 3, "editing the date recomputes the run at once");
    s.write(|w| w.restore(&before)).unwrap();
    assert_eq!(run(&s), 22);
    assert_eq!(s.setback(g).unwrap().date, d("2026-11-01"));
}

#[test]
fn a_plan_item_comes_back_in_its_place_and_a_taken_day_is_refused_plainly() {
    let (_d, s) = fresh();
    let ids: Vec<i64> = s
        .write(|w| {
            ["one", "two", "three"]
                .iter()
                .map(|t| Ok(w.add_plan_item(PlanSection::Reasons, t, None, None)?.id))
                .collect()
        })
        .unwrap();
    let gone = s
        .write(|w| w.delete_record(RecordKind::PlanItem, ids[1]))
        .unwrap();
    let texts = |s: &Store| -> Vec<(u32, String)> {
        s.plan(None)
            .unwrap()
            .into_iter()
            .map(|i| (i.position, i.text))
            .collect()
    };
    assert_eq!(texts(&s), [(1, "one".into()), (2, "three".into())]);
    s.write(|w| w.restore(&gone)).unwrap();
    assert_eq!(
        texts(&s),
        [(1, "one".into()), (2, "two".into()), (3, "three".into())]
    );

    let patch = CheckinPatch {
        mood: Some(6),
        ..Default::default()
    };
    let day = d("2026-11-22");
    let first = s.write(|w| w.upsert_checkin(day, &patch)).unwrap();
    let gone = s
        .write(|w| w.delete_record(RecordKind::Checkin, first.id))
        .unwrap();
    s.write(|w| w.upsert_checkin(day, &patch)).unwrap();
    let err = s.write(|w| w.restore(&gone)).unwrap_err().to_string();
    assert!(
        err.contains("can't come back: another record took its place"),
        "{err}"
    );
}

fn walk(w: &super::super::Tx, title: &str) -> crate::error::Result<i64> {
    Ok(w.add_goal(GoalDraft {
        title: title.into(),
        domain: LifeDomain::Physical,
        why: None,
        kind: GoalKind::Habit,
        per_week: Some(3),
        target_date: None,
        steps: vec![],
    })?
    .id)
}

#[test]
fn undoing_an_edit_keeps_what_was_added_since_and_refuses_after_changes_elsewhere() {
    let (_d, s) = fresh();
    let g = s.write(|w| walk(w, "Walk")).unwrap();
    let draft = |t: &str| GoalDraft {
        title: t.into(),
        ..s.goal(g)
            .map(|g| GoalDraft {
                title: g.title,
                domain: g.domain,
                why: None,
                kind: g.kind,
                per_week: g.per_week,
                target_date: None,
                steps: vec![],
            })
            .unwrap()
    };
    let (before, _) = s
        .write(|w| {
            w.edit_record(RecordKind::Goal, g, None, |w| {
                w.edit_goal(g, draft("Walk far"))
            })
        })
        .unwrap();
    s.write(|w| w.log_goal(g, d("2026-11-22"), None, None))
        .unwrap();
    s.write(|w| w.restore(&before)).unwrap();
    assert_eq!(s.goal(g).unwrap().title, "Walk");
    assert_eq!(
        s.goal_logs(g, None).unwrap().len(),
        1,
        "the mark logged after the edit stays"
    );

    let (before, _) = s
        .write(|w| {
            w.edit_record(RecordKind::Goal, g, None, |w| {
                w.edit_goal(g, draft("Walk daily"))
            })
        })
        .unwrap();
    s.write(|w| w.edit_goal(g, draft("Walk, changed in another window")))
        .unwrap();
    let err = s.write(|w| w.restore(&before)).unwrap_err().to_string();
    assert!(err.contains("was changed since"), "{err}");
    assert_eq!(s.goal(g).unwrap().title, "Walk, changed in another window");
}

#[test]
fn a_deleted_record_whose_ids_were_reused_comes_back_without_taking_others() {
    let (_d, s) = fresh();
    let (one, two) = s.write(|w| Ok((walk(w, "One")?, walk(w, "Two")?))).unwrap();
    let mark = s
        .write(|w| w.log_goal(two, d("2026-11-20"), None, None))
        .unwrap()
        .id;
    let gone = s.write(|w| w.delete_record(RecordKind::Goal, two)).unwrap();
    // New rows take the freed ids: goal 2 and mark `mark`.
    let (three, reused) = s
        .write(|w| {
            Ok((
                walk(w, "Three")?,
                w.log_goal(one, d("2026-11-21"), None, None)?.id,
            ))
        })
        .unwrap();
    assert_eq!(
        (three, reused),
        (two, mark),
        "SQLite reuses the highest freed ids"
    );
    let back = s.write(|w| w.restore(&gone)).unwrap();
    assert_ne!(back, two, "goal 2 is someone else's now");
    assert_eq!(s.goal(back).unwrap().title, "Two");
    assert_eq!(s.goal(three).unwrap().title, "Three");
    assert_eq!(
        s.goal_logs(one, None).unwrap().len(),
        1,
        "goal One keeps its mark"
    );
    assert_eq!(
        s.goal_logs(back, None).unwrap().len(),
        1,
        "Two's mark is back, under a new id"
    );
}

#[test]
fn an_encounter_linked_elsewhere_since_is_not_taken_back() {
    let (_d, s) = fresh();
    let t = trigger_with_history(&s);
    let gone = s
        .write(|w| w.delete_record(RecordKind::Trigger, t))
        .unwrap();
    let other = s
        .write(|w| {
            w.add_trigger(TriggerDraft {
                name: "Fridays".into(),
                category: TriggerCategory::Times,
                origin: TriggerOrigin::External,
                notes: None,
                coping_ids: vec![],
            })
        })
        .unwrap()
        .id;
    let first = s.trigger_events(None, None, None).unwrap()[0].clone();
    s.write(|w| {
        w.edit_trigger_event(
            first.id,
            EventDraft {
                at: clock().now(),
                trigger_id: Some(other),
                urge_before: first.urge_before,
                urge_after: first.urge_after,
                coping_id: first.coping_id,
                outcome: first.outcome,
                note: None,
            },
        )
    })
    .unwrap();
    let back = s.write(|w| w.restore(&gone)).unwrap();
    assert_eq!(s.trigger_event(first.id).unwrap().trigger_id, Some(other));
    assert_eq!(
        count(
            &s,
            &format!("SELECT count(*) FROM trigger_events WHERE trigger_id = {back}")
        ),
        1
    );
}
