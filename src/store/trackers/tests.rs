//! Trackers on temp files: their order, archiving, one answer a day under a uid both
//! devices derive alike, the safety answers, and a data file carrying them whole.

use super::super::tests::{d, fresh};
use crate::domain::RecordKind;
use crate::domain::trackers::{TrackerDraft, TrackerKind, TrackerPreset};
use crate::error::Error;

#[test]
fn trackers_keep_the_persons_order_and_an_archived_one_keeps_its_answers() {
    let (_dir, s) = fresh();
    let (a, b, c) = s
        .write(|w| {
            let a = w.add_tracker(TrackerPreset::SelfHarmUrge.draft())?;
            let b = w.add_tracker(TrackerPreset::Exercise.draft())?;
            let c = w.add_tracker(TrackerDraft::named("Walk", TrackerKind::YesNo))?;
            w.set_tracker_value(b.id, d("2026-11-20"), Some(30.0), None)?;
            Ok((a.id, b.id, c.id))
        })
        .unwrap();
    let ids = |s: &crate::store::Store| {
        s.trackers()
            .unwrap()
            .iter()
            .map(|t| t.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&s), [a, b, c]);
    s.write(|w| w.move_tracker(c, 0)).unwrap();
    assert_eq!(ids(&s), [c, a, b]);
    s.write(|w| w.archive_tracker(b, Some(d("2026-11-22"))))
        .unwrap();
    assert_eq!(ids(&s), [c, a]);
    assert_eq!(s.all_trackers().unwrap().len(), 3);
    assert_eq!(
        s.values_of(b, d("2026-11-01"), d("2026-11-23"))
            .unwrap()
            .len(),
        1
    );
    s.write(|w| w.archive_tracker(b, None)).unwrap();
    assert_eq!(ids(&s), [c, a, b]);
    // Names are one per journal, whatever the case.
    let taken = s.write(|w| w.add_tracker(TrackerDraft::named("walk", TrackerKind::YesNo)));
    assert!(matches!(taken, Err(Error::Invalid(e)) if e.field == "name"));
    assert_eq!(s.find_tracker("WALK").unwrap().id, c);
}

#[test]
fn a_day_holds_one_answer_a_tracker_and_a_cleared_one_can_come_back() {
    let (_dir, s) = fresh();
    let t = s
        .write(|w| w.add_tracker(TrackerPreset::UrgeToUse.draft()))
        .unwrap();
    let day = d("2026-11-21");
    let first = s
        .write(|w| w.set_tracker_value(t.id, day, Some(2.0), Some(false)))
        .unwrap()
        .unwrap();
    let again = s
        .write(|w| w.set_tracker_value(t.id, day, Some(4.0), Some(true)))
        .unwrap()
        .unwrap();
    assert_eq!(
        (first.id, again.value, again.acted_on),
        (again.id, 4.0, Some(true))
    );
    assert!(
        s.write(|w| w.set_tracker_value(t.id, day, Some(6.0), None))
            .is_err()
    );
    assert!(
        s.write(|w| w.set_tracker_value(t.id, d("2026-11-24"), Some(1.0), None))
            .is_err()
    );
    s.write(|w| w.set_tracker_value(t.id, day, None, None))
        .unwrap();
    assert!(s.day_values(day).unwrap().is_empty());
    s.write(|w| w.set_tracker_value(t.id, day, Some(1.0), None))
        .unwrap();
    let uid = |s: &crate::store::Store| -> String {
        s.conn
            .query_row("SELECT uid FROM tracker_values", [], |r| r.get(0))
            .unwrap()
    };
    let tracker_uid: String = s
        .conn
        .query_row("SELECT uid FROM trackers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        uid(&s),
        super::derived_uid(&tracker_uid, "value:2026-11-21")
    );
}

#[test]
fn safety_answers_are_those_at_or_above_the_threshold_and_go_with_their_tracker() {
    let (_dir, s) = fresh();
    let t = s
        .write(|w| {
            let t = w.add_tracker(TrackerPreset::SelfHarmUrge.draft())?;
            let calm = w.add_tracker(TrackerPreset::UrgeToUse.draft())?;
            w.set_tracker_value(t.id, d("2026-11-18"), Some(4.0), Some(false))?;
            w.set_tracker_value(t.id, d("2026-11-19"), Some(5.0), Some(false))?;
            w.set_tracker_value(calm.id, d("2026-11-19"), Some(5.0), None)?;
            Ok(t)
        })
        .unwrap();
    let flagged = s.safety_answers(d("2026-11-01"), d("2026-11-23")).unwrap();
    assert_eq!(flagged.len(), 1);
    assert_eq!((flagged[0].date, flagged[0].value), (d("2026-11-19"), 5.0));
    // Changing a tracker so its answers no longer fit is refused; deleting it takes
    // them, and undo brings them back.
    let mut narrower = t.draft();
    narrower.scale_max = Some(3);
    narrower.threshold = None;
    assert!(s.write(|w| w.edit_tracker(t.id, narrower)).is_err());
    let snap = s
        .write(|w| w.delete_record(RecordKind::Tracker, t.id))
        .unwrap();
    assert!(
        s.safety_answers(d("2026-11-01"), d("2026-11-23"))
            .unwrap()
            .is_empty()
    );
    s.write(|w| w.restore(&snap)).unwrap();
    assert_eq!(
        s.values_of(t.id, d("2026-11-01"), d("2026-11-23"))
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn trackers_and_their_answers_travel_whole_through_a_data_file() {
    let (_dir, a) = fresh();
    a.write(|w| {
        let t = w.add_tracker(TrackerPreset::SelfHarmUrge.draft())?;
        let mut walk = TrackerDraft::named("Walk", TrackerKind::Number);
        walk.unit = Some("km".into());
        walk.shared = true;
        let walk = w.add_tracker(walk)?;
        w.archive_tracker(walk.id, Some(d("2026-11-22")))?;
        w.set_tracker_value(t.id, d("2026-11-20"), Some(3.0), Some(true))?;
        w.set_tracker_value(walk.id, d("2026-11-20"), Some(2.5), None)
    })
    .unwrap();
    let doc = a.export_data().unwrap();
    let (_dir2, b) = fresh();
    b.write(|w| w.import_data(&doc)).unwrap();
    let back = b.export_data().unwrap();
    for t in ["trackers", "tracker_values"] {
        assert_eq!(doc[t], back[t], "{t}");
    }
    assert_eq!(b.all_trackers().unwrap(), a.all_trackers().unwrap());
}
