//! The demo's medication: buprenorphine for opioid use disorder, from a prescriber,
//! taken most mornings with a few late or missed days, the dose lowered once part-way
//! (kept as history), and a refill due in two days, so Today has something to show.

use super::Rng;
use crate::domain::medication::{
    DoseDraft, DoseStatus, MedForm, MedicationDraft, ScheduleDraft, ScheduleKind,
};
use crate::domain::{PersonDraft, Role};
use crate::error::Result;
use crate::store::Tx;
use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};

/// Writes the prescriber, the medication and its doses; returns how many doses.
pub(super) fn medicine(
    w: &Tx,
    rng: &mut Rng,
    offset: FixedOffset,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<usize> {
    let now = w.moment();
    let prescriber = w.add_person(PersonDraft {
        name: t!("demo-prescriber"),
        roles: vec![Role::Prescriber],
        ..PersonDraft::default()
    })?;
    let from = (today - Duration::days(179)).max(start);
    let daily = |dose: String| ScheduleDraft {
        dose: Some(dose),
        kind: Some(ScheduleKind::Daily),
        times: vec!["08:00".into()],
        ..ScheduleDraft::default()
    };
    let m = w.add_medication(
        MedicationDraft {
            name: t!("demo-medication-name"),
            form: Some(MedForm::Film),
            prescriber_id: Some(prescriber.id),
            start_date: from,
            end_date: None,
            note: Some(t!("demo-medication-note")),
            addiction: true,
            refill_date: Some(today + Duration::days(2)),
        },
        daily(t!("demo-medication-dose-first")),
    )?;
    let lower = from + Duration::days(90);
    if lower <= today {
        w.set_schedule(m.id, lower, daily(t!("demo-medication-dose-lower")))?;
    }
    let mut made = 0;
    let mut day = from;
    // Today's dose is left for the person to log.
    while day < today {
        let date = day;
        day += Duration::days(1);
        let roll = rng.unit();
        let (minutes, status, reason) = match roll {
            r if r < 0.03 => (8 * 60, DoseStatus::Missed, Some(t!("demo-dose-ran-out"))),
            r if r < 0.06 => continue,
            r if r < 0.11 => (11 * 60 + rng.below(120) as u32, DoseStatus::Late, None),
            _ => (8 * 60 + rng.below(40) as u32, DoseStatus::Taken, None),
        };
        let Some(naive) = date.and_hms_opt(minutes / 60, minutes % 60, 0) else {
            continue;
        };
        let Some(at) = offset.from_local_datetime(&naive).single() else {
            continue;
        };
        if at > now {
            continue;
        }
        w.add_dose(DoseDraft {
            medication_id: m.id,
            at,
            status,
            reason,
            note: None,
        })?;
        made += 1;
    }
    Ok(made)
}
