//! Schedules, adherence and what is due, on made-up medications.

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn now(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn step(from: &str, kind: ScheduleKind, times: &[&str]) -> Schedule {
    Schedule {
        id: 1,
        medication_id: 1,
        from_date: d(from),
        dose: Some("8 mg".into()),
        kind,
        times: times.iter().map(|t| t.to_string()).collect(),
        weekdays: Vec::new(),
        every: None,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

fn med(start: &str, schedules: Vec<Schedule>) -> Medication {
    Medication {
        id: 1,
        name: "Buprenorphine".into(),
        form: Some(MedForm::Film),
        prescriber_id: None,
        start_date: d(start),
        end_date: None,
        note: None,
        addiction: true,
        refill_date: None,
        schedules,
        created_at: String::new(),
        updated_at: String::new(),
        revision: 1,
    }
}

fn dose(day: &str, status: DoseStatus) -> Dose {
    Dose {
        id: 1,
        medication_id: 1,
        at: format!("{day}T08:05:00+00:00"),
        date: d(day),
        status,
        reason: None,
        note: None,
        created_at: String::new(),
        updated_at: String::new(),
        revision: 1,
    }
}

#[test]
fn the_issues_example_counts_5_of_7() {
    let m = med(
        "2026-11-17",
        vec![step("2026-11-17", ScheduleKind::Daily, &["08:00"])],
    );
    let doses: Vec<Dose> = [
        "2026-11-17",
        "2026-11-18",
        "2026-11-20",
        "2026-11-21",
        "2026-11-23",
    ]
    .iter()
    .map(|day| dose(day, DoseStatus::Taken))
    .collect();
    // Added today, but the first dose is on the start date: counted from then.
    let from = counting_from(&m, d("2026-11-23"), Some(d("2026-11-17")));
    assert_eq!(from, d("2026-11-17"));
    let a = adherence(&m, &doses, from, now("2026-11-23 10:00"));
    assert_eq!((a[0].window_days, a[0].scheduled, a[0].taken), (7, 7, 5));
    assert_eq!(a[0].percent, Some(71));
    // The 30- and 90-day windows count no day before tend knew of it.
    assert_eq!((a[2].window_days, a[2].scheduled, a[2].taken), (90, 7, 5));
    let runs = missed_runs(&m, &doses, from, now("2026-11-23 10:00"), 90);
    assert!(
        runs.is_empty(),
        "one missed dose at a time is no run: {runs:?}"
    );
}

#[test]
fn a_dose_counts_once_its_time_has_passed_or_it_is_logged() {
    let m = med(
        "2026-11-23",
        vec![step("2026-11-23", ScheduleKind::Daily, &["08:00", "20:00"])],
    );
    let from = d("2026-11-23");
    let a = adherence(&m, &[], from, now("2026-11-23 07:00"));
    assert_eq!((a[0].scheduled, a[0].percent), (0, None));
    let a = adherence(&m, &[], from, now("2026-11-23 10:00"));
    assert_eq!((a[0].scheduled, a[0].taken), (1, 0));
    // Both taken by 10:00: the evening one counts as soon as it is logged.
    let two = [
        dose("2026-11-23", DoseStatus::Taken),
        dose("2026-11-23", DoseStatus::Late),
    ];
    let a = adherence(&m, &two, from, now("2026-11-23 10:00"));
    assert_eq!((a[0].scheduled, a[0].taken, a[0].late), (2, 2, 1));
}

#[test]
fn no_day_before_tend_knew_is_missed() {
    let m = med(
        "2026-10-01",
        vec![step("2026-10-01", ScheduleKind::Daily, &["08:00"])],
    );
    // Started in October, added on the 20th, nothing logged before.
    let from = counting_from(&m, d("2026-11-20"), None);
    assert_eq!(from, d("2026-11-20"));
    let a = adherence(&m, &[], from, now("2026-11-23 10:00"));
    assert_eq!((a[1].scheduled, a[1].taken), (4, 0));
    // A dose logged before the start never moves the count before the start.
    assert_eq!(
        counting_from(&m, d("2026-11-20"), Some(d("2026-09-01"))),
        d("2026-10-01")
    );
}

#[test]
fn schedules_give_their_days() {
    let mut every = step("2026-11-01", ScheduleKind::EveryNDays, &[]);
    every.every = Some(3);
    let m = med("2026-11-01", vec![every]);
    assert_eq!(m.slots_on(d("2026-11-04")), vec![None]);
    assert!(m.slots_on(d("2026-11-05")).is_empty());
    let m = med(
        "2026-01-31",
        vec![step("2026-01-31", ScheduleKind::Monthly, &["09:00"])],
    );
    assert_eq!(m.slots_on(d("2026-02-28")).len(), 1, "the month's last day");
    assert!(m.slots_on(d("2026-03-30")).is_empty());
    assert_eq!(m.slots_on(d("2026-03-31")).len(), 1);
    let mut weekly = step("2026-11-01", ScheduleKind::Daily, &["08:00"]);
    weekly.weekdays = vec![0, 3];
    let m = med("2026-11-01", vec![weekly]);
    assert_eq!(m.slots_on(d("2026-11-23")).len(), 1, "a Monday");
    assert!(m.slots_on(d("2026-11-24")).is_empty());
    let mut ended = med(
        "2026-11-01",
        vec![step("2026-11-01", ScheduleKind::Daily, &[])],
    );
    ended.end_date = Some(d("2026-11-10"));
    assert!(ended.slots_on(d("2026-11-11")).is_empty());
    let prn = med(
        "2026-11-01",
        vec![step("2026-11-01", ScheduleKind::AsNeeded, &[])],
    );
    assert!(prn.slots_on(d("2026-11-11")).is_empty() && prn.as_needed());
}

#[test]
fn a_change_of_dose_is_history_and_the_day_follows_its_step() {
    let m = med(
        "2026-11-01",
        vec![
            step("2026-11-01", ScheduleKind::Daily, &["08:00"]),
            step("2026-11-15", ScheduleKind::Daily, &["08:00", "20:00"]),
        ],
    );
    assert_eq!(m.slots_on(d("2026-11-14")).len(), 1);
    assert_eq!(m.slots_on(d("2026-11-15")).len(), 2);
    assert_eq!(m.changes().count(), 1);
}

#[test]
fn missed_doses_in_a_row_are_a_run() {
    let m = med(
        "2026-11-10",
        vec![step("2026-11-10", ScheduleKind::Daily, &["08:00"])],
    );
    let doses = [
        dose("2026-11-10", DoseStatus::Taken),
        dose("2026-11-11", DoseStatus::Missed),
        dose("2026-11-14", DoseStatus::Taken),
    ];
    let runs = missed_runs(&m, &doses, d("2026-11-10"), now("2026-11-16 10:00"), 90);
    assert_eq!(
        runs,
        [
            MissedRun {
                first: d("2026-11-11"),
                last: d("2026-11-13"),
                doses: 3
            },
            MissedRun {
                first: d("2026-11-15"),
                last: d("2026-11-16"),
                doses: 2
            },
        ]
    );
}

#[test]
fn due_doses_are_the_days_times_not_yet_answered() {
    let m = med(
        "2026-11-01",
        vec![step("2026-11-01", ScheduleKind::Daily, &["08:00", "20:00"])],
    );
    let one = dose("2026-11-23", DoseStatus::Taken);
    let today = d("2026-11-23");
    let due_now = due(&m, today, &[&one], now("2026-11-23 10:00"));
    assert_eq!(due_now.len(), 1);
    assert_eq!(due_now[0].time, NaiveTime::from_hms_opt(20, 0, 0));
    assert!(!due_now[0].overdue);
    assert!(due(&m, today, &[], now("2026-11-23 10:00"))[0].overdue);
    // At 02:00, before a 04:00 day start, the day is still the 22nd: its evening dose
    // is due, and overdue.
    let night = due(&m, d("2026-11-22"), &[], now("2026-11-23 02:00"));
    assert_eq!(night.len(), 2);
    assert!(night[1].overdue);
}

#[test]
fn as_needed_doses_are_counted_with_their_reasons() {
    let mut a = dose("2026-11-22", DoseStatus::Taken);
    a.reason = Some("panic".into());
    let mut b = dose("2026-11-20", DoseStatus::Taken);
    b.reason = Some("Panic".into());
    let c = dose("2026-10-01", DoseStatus::Taken);
    let counts = as_needed_counts(&[a, b, c], d("2026-11-23"));
    assert_eq!(counts[0].doses, 2);
    assert_eq!(counts[0].reasons, [("panic".to_string(), 2)]);
    assert_eq!(counts[2].doses, 3);
}

#[test]
fn a_refill_shows_a_few_days_before() {
    let mut m = med("2026-11-01", vec![]);
    m.refill_date = Some(d("2026-11-26"));
    assert_eq!(m.refill_in(d("2026-11-23")), Some(3));
    assert_eq!(m.refill_in(d("2026-11-22")), None);
    assert_eq!(m.refill_in(d("2026-11-27")), None);
}

#[test]
fn drafts_refuse_naming_the_field() {
    let field = |s: ScheduleDraft| s.validated().unwrap_err().field;
    let bad_time = ScheduleDraft {
        times: vec!["25:00".into()],
        ..Default::default()
    };
    assert_eq!(field(bad_time), "times");
    let no_n = ScheduleDraft {
        kind: Some(ScheduleKind::EveryNDays),
        ..Default::default()
    };
    assert_eq!(field(no_n), "every");
    let prn_times = ScheduleDraft {
        kind: Some(ScheduleKind::AsNeeded),
        times: vec!["08:00".into()],
        ..Default::default()
    };
    assert_eq!(field(prn_times), "times");
    let ok = ScheduleDraft {
        times: vec!["20:00".into(), "08:00".into(), "08:00".into()],
        ..Default::default()
    };
    assert_eq!(ok.validated().unwrap().times, ["08:00", "20:00"]);
    let m = MedicationDraft {
        name: " ".into(),
        form: None,
        prescriber_id: None,
        start_date: d("2026-11-01"),
        end_date: None,
        note: None,
        addiction: false,
        refill_date: None,
    };
    assert_eq!(m.clone().validated().unwrap_err().field, "name");
    let ends_early = MedicationDraft {
        name: "X".into(),
        end_date: Some(d("2026-10-01")),
        ..m
    };
    assert_eq!(ends_early.validated().unwrap_err().field, "end");
}
