//! Hand-worked examples and a brute-force model of the run arithmetic.

use super::*;
use crate::domain::SetbackKind;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn commitment(id: i64, start: &str) -> Commitment {
    Commitment {
        id,
        name: format!("c{id}"),
        start_date: d(start),
        note: None,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

fn setback(id: i64, date: &str, kind: SetbackKind, commitment_id: Option<i64>) -> Setback {
    Setback {
        id,
        date: d(date),
        commitment_id,
        kind,
        what_happened: None,
        warning_signs: None,
        what_helped: None,
        learned: None,
        next_time: None,
        reached_out: None,
        trigger_ids: vec![],
        created_at: String::new(),
        updated_at: String::new(),
    }
}

#[test]
fn a_leap_year_february_by_hand() {
    // Start 2024-02-25; slips on 02-28 and 03-02; today 2024-03-05.
    // Days: 25 26 27 [28] 29 1 [2] 3 4 5 → 10 days, 8 on track, runs 3, 3 (29, 1, ... no: 29 and 1 = 2), 3.
    let c = commitment(1, "2024-02-25");
    let s = [
        setback(1, "2024-02-28", SetbackKind::Slip, Some(1)),
        setback(2, "2024-03-02", SetbackKind::Lapse, None),
    ];
    let p = commitment_progress(&c, &s, &[], d("2024-03-05"));
    assert_eq!(p.days_in_recovery, 10);
    assert_eq!(p.days_on_track, 8);
    assert_eq!(p.current_run, 3); // 3, 4, 5 March
    assert_eq!(p.longest_run, 3); // 25–27 Feb
    assert_eq!(p.median_gap_days, Some(3.0)); // 28 Feb → 2 Mar crosses the leap day
    assert_eq!(p.setbacks_total, 2);
    // On-track days: 25 26 27 29 1 3 4 5 → the 7th is 4 March.
    let reached: Vec<(i64, NaiveDate)> = p
        .milestones
        .iter()
        .map(|m| (m.days, m.reached_on))
        .collect();
    assert_eq!(
        reached,
        vec![
            (1, d("2024-02-25")),
            (3, d("2024-02-27")),
            (7, d("2024-03-04"))
        ]
    );
    assert_eq!(
        p.next_milestone,
        Some(NextMilestone {
            days: 14,
            days_to_go: 6,
            on: d("2024-03-11")
        })
    );
}

#[test]
fn hard_days_and_other_commitments_leave_a_run_alone() {
    let c = commitment(1, "2026-01-01");
    let s = [
        setback(1, "2026-01-05", SetbackKind::HardDay, Some(1)),
        setback(2, "2026-01-06", SetbackKind::Relapse, Some(2)),
    ];
    let p = commitment_progress(&c, &s, &[], d("2026-01-10"));
    assert_eq!(
        (
            p.days_in_recovery,
            p.current_run,
            p.days_on_track,
            p.setbacks_total
        ),
        (10, 10, 10, 0)
    );
}

#[test]
fn a_setback_today_keeps_every_lived_day() {
    let c = commitment(1, "2026-01-01");
    let p = commitment_progress(
        &c,
        &[setback(1, "2026-01-31", SetbackKind::Slip, Some(1))],
        &[],
        d("2026-01-31"),
    );
    assert_eq!(p.days_in_recovery, 31);
    assert_eq!(p.days_on_track, 30);
    assert_eq!(p.longest_run, 30);
    assert_eq!(p.current_run, 0);
}

#[test]
fn a_future_start_counts_nothing_yet() {
    let p = commitment_progress(&commitment(1, "2026-02-01"), &[], &[], d("2026-01-31"));
    assert_eq!(
        (
            p.days_in_recovery,
            p.current_run,
            p.longest_run,
            p.days_on_track
        ),
        (0, 0, 0, 0)
    );
    assert_eq!(p.next_milestone.unwrap().days, 1);
}

#[test]
fn setback_windows_and_gap_halves() {
    let c = commitment(1, "2025-01-01");
    let s: Vec<Setback> = [
        "2025-02-01",
        "2025-02-11",
        "2025-03-13",
        "2025-06-11",
        "2026-01-20",
    ]
    .iter()
    .enumerate()
    .map(|(i, date)| setback(i as i64 + 1, date, SetbackKind::Slip, Some(1)))
    .collect();
    let p = commitment_progress(&c, &s, &[], d("2026-03-01"));
    // Gaps: 10, 30, 90, 223. Median (30+90)/2; earlier half [10, 30] → 20; later [90, 223] → 156.5.
    assert_eq!(p.median_gap_days, Some(60.0));
    assert_eq!(p.median_gap_earlier_half, Some(20.0));
    assert_eq!(p.median_gap_later_half, Some(156.5));
    // Last 90 days: 2025-12-02..2026-03-01 holds 2026-01-20. Prior 90: 2025-09-03..2025-12-01 holds none.
    assert_eq!((p.setbacks_last_90, p.setbacks_prior_90), (1, 0));
}

#[test]
fn bounce_back_uses_the_median_of_the_30_days_before() {
    let pts = |v: &[(&str, u8)]| {
        v.iter()
            .map(|(s, m)| MoodPoint {
                date: d(s),
                mood: Some(*m),
            })
            .collect::<Vec<_>>()
    };
    // Baseline: moods 5, 7, 6 in the 30 days before 2026-05-10 → median 6.
    // 2026-04-09 is 31 days before and is left out of the window.
    let p = pts(&[
        ("2026-04-09", 10),
        ("2026-04-10", 5),
        ("2026-04-20", 7),
        ("2026-05-09", 6),
        ("2026-05-10", 9),
        ("2026-05-11", 3),
        ("2026-05-13", 5),
        ("2026-05-14", 6),
    ]);
    assert_eq!(bounce_back_days(d("2026-05-10"), &p), Some(4));
    assert_eq!(bounce_back_days(d("2026-05-14"), &p), None); // nothing after yet
    assert_eq!(bounce_back_days(d("2026-04-01"), &p), None); // no baseline
}

#[test]
fn adherence_counts_only_days_since_tracking_began() {
    let pts: Vec<MoodPoint> = ["2026-03-01", "2026-03-03", "2026-03-04"]
        .iter()
        .map(|s| MoodPoint {
            date: d(s),
            mood: None,
        })
        .collect();
    let kept = Tracked::new(Some(d("2026-03-01")), &[], d("2026-03-04"));
    let a = adherence(7, &kept, &pts, d("2026-03-04"));
    assert_eq!((a.days_counted, a.checked_in, a.percent), (4, 3, 75.0));
    let a = adherence(30, &Tracked::default(), &[], d("2026-03-04"));
    assert_eq!((a.days_counted, a.percent), (0, 0.0));
}

#[test]
fn milestones_run_into_years() {
    let m: Vec<i64> = milestone_days().take(13).collect();
    assert_eq!(
        m,
        vec![1, 3, 7, 14, 30, 60, 90, 180, 270, 365, 730, 1095, 1460]
    );
}

/// A day-by-day model: the obviously right, slow way.
fn model(start: NaiveDate, today: NaiveDate, breaks: &[NaiveDate]) -> (i64, i64, i64, i64) {
    let (mut total, mut on_track, mut run, mut longest) = (0, 0, 0, 0);
    let mut day = start;
    while day <= today {
        total += 1;
        if breaks.contains(&day) {
            run = 0;
        } else {
            on_track += 1;
            run += 1;
            longest = longest.max(run);
        }
        day = day.succ_opt().unwrap();
    }
    (total, on_track, run, longest)
}

proptest! {
    #[test]
    fn runs_match_a_day_by_day_model(
        start_off in 0i64..3000, len in 0i64..800, picks in proptest::collection::vec(0i64..800, 0..12)
    ) {
        // Dates around 2019–2027 cover month ends and the 2020 and 2024 leap days.
        let start = d("2019-01-01") + Duration::days(start_off);
        let today = start + Duration::days(len);
        let c = commitment(1, &start.to_string());
        let setbacks: Vec<Setback> = picks.iter().enumerate()
            .map(|(i, off)| setback(i as i64, &(start + Duration::days(off % (len + 1))).to_string(), SetbackKind::Slip, Some(1)))
            .collect();
        let breaks: Vec<NaiveDate> = setbacks.iter().map(|s| s.date).collect();
        let p = commitment_progress(&c, &setbacks, &[], today);
        let (total, on_track, run, longest) = model(start, today, &breaks);
        prop_assert_eq!(p.days_in_recovery, total);
        prop_assert_eq!(p.days_on_track, on_track);
        prop_assert_eq!(p.current_run, run);
        prop_assert_eq!(p.longest_run, longest);
        // Days on track never shrink when another day passes, whatever happens on it.
        let tomorrow = commitment_progress(&c, &setbacks, &[], today + Duration::days(1));
        prop_assert!(tomorrow.days_on_track >= p.days_on_track);
        prop_assert!(tomorrow.days_in_recovery == p.days_in_recovery + 1);
        // Each milestone's date is the day the model's on-track count reached it.
        for m in &p.milestones {
            let (_, count, _, _) = model(start, m.reached_on, &breaks);
            prop_assert_eq!(count, m.days);
            prop_assert!(!breaks.contains(&m.reached_on));
        }
    }
}
