//! The fixture's medications as the screens and the summary read them: what is due
//! today, adherence with its late and missed doses, runs of missed doses, the refill
//! coming up, as-needed doses with their reasons, and the dose change as history.

use crate::common::{self, fixture};

#[test]
fn the_fixtures_medications_read_as_its_doc_says() {
    let dir = tempfile::tempdir().unwrap();
    let s = common::store(&dir, "tend.db");
    fixture::write(&s);
    fixture::medications(&s);
    let meds = s.medications().unwrap();
    let names: Vec<&str> = meds.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Buprenorphine", "Hydroxyzine", "Sertraline"]);
    let due = s.doses_due().unwrap();
    let due: Vec<(&str, bool)> = due.iter().map(|d| (d.name.as_str(), d.overdue)).collect();
    assert_eq!(due, [("Buprenorphine", true), ("Sertraline", false)]);
    let bup = s.med_figures(&meds[0]).unwrap();
    // 17 to 22 November taken, today's 08:00 passed and not logged.
    assert_eq!((bup.adherence[0].scheduled, bup.adherence[0].taken), (7, 6));
    // 26 October to today: 29 doses, 4 and 5 November and today not taken, one late.
    let q = &bup.adherence[2];
    assert_eq!((q.scheduled, q.taken, q.late), (29, 26, 1));
    assert_eq!(bup.missed_runs.len(), 1);
    assert_eq!(bup.missed_runs[0].doses, 2);
    assert_eq!(bup.refill_in, Some(2));
    assert_eq!(meds[0].changes().count(), 1);
    // The days of a chart: none before the first dose, none after today.
    let days = s
        .med_days(
            &meds[0],
            "2026-10-01".parse().unwrap(),
            "2026-11-30".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(days.len(), 29);
    assert_eq!(days[0].0.to_string(), "2026-10-26");
    let missed: Vec<String> = days
        .iter()
        .filter(|(_, c)| c.taken < c.scheduled)
        .map(|(d, _)| d.to_string())
        .collect();
    assert_eq!(missed, ["2026-11-04", "2026-11-05", "2026-11-23"]);
    let prn = s.med_figures(&meds[1]).unwrap();
    assert!(prn.adherence.is_empty());
    assert_eq!(prn.as_needed[1].doses, 2);
    let ser = s.med_figures(&meds[2]).unwrap();
    // Today's 20:00 dose isn't due yet at 10:00: 22 days, one missed.
    assert_eq!(
        (ser.adherence[1].scheduled, ser.adherence[1].taken),
        (22, 21)
    );
}
