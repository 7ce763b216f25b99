use super::*;

fn tracker(draft: TrackerDraft) -> Tracker {
    Tracker::of_draft(draft)
}

#[test]
fn the_self_harm_preset_is_a_safety_rating_whose_top_brings_the_crisis_lines() {
    let t = tracker(TrackerPreset::SelfHarmUrge.draft());
    assert_eq!((t.kind, t.scale()), (TrackerKind::Rating, (0, 5)));
    assert!(t.safety && t.acted_on && t.shared);
    assert_eq!(t.safety_at(), Some(5.0));
    assert!(t.is_safety_answer(5.0));
    assert!(!t.is_safety_answer(4.0));
    let mut lower = TrackerPreset::SelfHarmUrge.draft();
    lower.threshold = Some(3.0);
    assert!(tracker(lower).is_safety_answer(3.0));
    assert!(!tracker(TrackerPreset::UrgeToUse.draft()).is_safety_answer(5.0));
}

#[test]
fn answers_are_read_by_kind_and_refusals_name_the_tracker_and_what_it_takes() {
    let mut d = TrackerDraft::named("Self-harm urge", TrackerKind::Rating);
    (d.scale_min, d.scale_max) = (Some(0), Some(5));
    let rating = tracker(d);
    assert_eq!(rating.parse_value(" 5 "), Ok(5.0));
    let e = rating.parse_value("6").unwrap_err();
    assert_eq!(e.field, "Self-harm urge");
    assert!(e.reason.contains("0 to 5"), "{e}");
    assert!(rating.parse_value("2.5").is_err());

    let yes = tracker(TrackerDraft::named("Skills", TrackerKind::YesNo));
    assert_eq!(yes.parse_value("Yes"), Ok(1.0));
    assert_eq!(yes.parse_value("n"), Ok(0.0));
    assert!(yes.parse_value("maybe").is_err());
    assert_eq!(yes.show(1.0), "yes");

    let mut d = TrackerDraft::named("Exercise", TrackerKind::Number);
    d.unit = Some("minutes".into());
    let number = tracker(d);
    assert_eq!(number.parse_value("30 minutes"), Ok(30.0));
    assert_eq!(number.parse_value("12.345"), Ok(12.35));
    assert!(number.parse_value("-1").is_err());
    assert!(number.parse_value("NaN").is_err());
    assert_eq!(number.show(30.0), "30 minutes");

    let time = tracker(TrackerDraft::named("Woke", TrackerKind::Time));
    assert_eq!(time.parse_value("7:05"), Ok(425.0));
    assert!(time.parse_value("24:00").is_err());
    assert_eq!(time.show(425.0), "07:05");
    assert!(time.check_value(1440.0).is_err());
}

#[test]
fn a_draft_is_refused_where_its_kind_does_not_fit() {
    let bad = |d: TrackerDraft| d.validated().unwrap_err().field;
    assert_eq!(bad(TrackerDraft::named(" ", TrackerKind::YesNo)), "name");
    let mut d = TrackerDraft::named("Mood", TrackerKind::Rating);
    (d.scale_min, d.scale_max) = (Some(5), Some(5));
    assert_eq!(bad(d), "scale");
    let mut d = TrackerDraft::named("Walk", TrackerKind::YesNo);
    d.unit = Some("km".into());
    assert_eq!(bad(d), "unit");
    let mut d = TrackerDraft::named("Walk", TrackerKind::Number);
    d.scale_max = Some(5);
    assert_eq!(bad(d), "scale");
    let mut d = TrackerDraft::named("Drinks", TrackerKind::Number);
    d.safety = true;
    assert_eq!(bad(d), "threshold");
    let mut d = TrackerDraft::named("Woke", TrackerKind::Time);
    d.safety = true;
    assert_eq!(bad(d), "safety");
    let mut d = TrackerPreset::SelfHarmUrge.draft();
    d.threshold = Some(6.0);
    assert_eq!(bad(d), "threshold");
    let mut d = TrackerDraft::named("Walk", TrackerKind::YesNo);
    (d.safety, d.threshold) = (true, Some(3.0));
    assert_eq!(bad(d), "threshold");
    // A rating without a scale runs 0 to 10; a threshold goes with its safety mark.
    let mut d = TrackerDraft::named("Calm", TrackerKind::Rating);
    d.threshold = Some(2.0);
    let d = d.validated().unwrap();
    assert_eq!(
        (d.scale_min, d.scale_max, d.threshold),
        (Some(0), Some(10), None)
    );
}

#[test]
fn kinds_and_presets_read_in_json_as_they_are_stored() {
    for p in TrackerPreset::ALL {
        assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
    }
    for k in TrackerKind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
    }
}

#[test]
fn two_trackers_at_one_place_are_ordered_by_name_on_every_device() {
    let mut a = tracker(TrackerDraft::named("walk", TrackerKind::YesNo));
    let mut b = tracker(TrackerDraft::named("Calm", TrackerKind::YesNo));
    let mut gone = tracker(TrackerDraft::named("Away", TrackerKind::YesNo));
    (a.id, b.id, gone.id) = (1, 2, 3);
    gone.archived_on = NaiveDate::from_ymd_opt(2026, 11, 1);
    let mut list = vec![gone, a, b];
    in_order(&mut list);
    let names: Vec<&str> = list.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Calm", "walk", "Away"]);
}
