//! The medications section of the summary, only when the person shares them: each
//! medication with its dose and schedule, its prescriber (an initial and a role unless
//! names are shared), its doses taken of doses scheduled over the range and its last 30
//! and 7 days, its changes of dose or schedule with their dates and its runs of missed
//! doses. tend reports what the person recorded and never suggests a dose.

use super::model::MedicationLine;
use super::privacy::Privacy;
use crate::catalog::{self, DateForm};
use crate::domain::Person;
use crate::domain::medication::{self as med, Dose, Medication};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// A date in the summary's words, without the year when it is the range's.
fn day(d: NaiveDate, to: NaiveDate) -> String {
    if d.year() == to.year() {
        catalog::date(d, DateForm::DayMonth)
    } else {
        catalog::date(d, DateForm::DayMonthYear)
    }
}

/// The medications section's columns.
pub fn columns() -> Vec<String> {
    vec![
        t!("summary-col-medication"),
        t!("summary-col-dose-schedule"),
        t!("summary-col-prescriber"),
        t!("summary-col-doses-taken"),
    ]
}

/// A medication's changes and missed runs, each with its label, for the line beneath
/// its row (nothing when there are none).
pub fn details(m: &MedicationLine) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if !m.changes.is_empty() {
        out.push((t!("summary-medication-changes"), m.changes.join("; ")));
    }
    if !m.missed.is_empty() {
        out.push((t!("summary-medication-missed"), m.missed.join("; ")));
    }
    out
}

/// What the medications section needs of the store for the range.
pub struct MedRecords<'a> {
    pub medications: &'a [Medication],
    /// Each medication's doses (any day up to the range's end).
    pub doses: &'a [Dose],
    pub people: &'a [Person],
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The range's end as a local moment: the end of its last day, or now when that is
    /// today (a dose whose time hasn't come is not counted).
    pub now: NaiveDateTime,
}

impl MedRecords<'_> {
    /// Each medication taken at some time in the range, by name.
    pub fn lines(&self, p: &Privacy) -> Vec<MedicationLine> {
        let mut out: Vec<MedicationLine> = self
            .medications
            .iter()
            .filter(|m| m.start_date <= self.to && m.end_date.is_none_or(|e| e >= self.from))
            .map(|m| self.line(m, p))
            .collect();
        out.sort_by_key(|m| m.name.to_lowercase());
        out
    }

    fn line(&self, m: &Medication, p: &Privacy) -> MedicationLine {
        let doses: Vec<Dose> = self
            .doses
            .iter()
            .filter(|d| d.medication_id == m.id && d.date <= self.to)
            .cloned()
            .collect();
        let last = m.end_date.map_or(self.to, |e| e.min(self.to));
        MedicationLine {
            name: p.text(&m.name),
            schedule: m
                .schedule_on(last)
                .map_or("–".into(), |s| p.text(&schedule_words(s))),
            addiction: m.addiction,
            prescriber: m
                .prescriber_id
                .and_then(|id| self.people.iter().find(|x| x.id == id))
                .map(|x| p.person(x)),
            adherence: self.adherence(m, &doses),
            changes: self.changes(m, p),
            missed: self.missed(m, &doses),
        }
    }

    /// The first day adherence counts for `m` (the honest-record rule).
    fn counting_from(m: &Medication, doses: &[Dose]) -> NaiveDate {
        let added = m
            .created_at
            .get(..10)
            .and_then(|d| d.parse().ok())
            .unwrap_or(m.start_date);
        med::counting_from(m, added, doses.iter().map(|d| d.date).min())
    }

    /// Doses taken of doses scheduled over the range, and over the last 7 and 30 days
    /// of it when it is longer; as-needed doses taken, for a medication taken as needed.
    fn adherence(&self, m: &Medication, doses: &[Dose]) -> Vec<(String, String)> {
        let range_days = (self.to - self.from).num_days() + 1;
        let from = Self::counting_from(m, doses);
        let mut out = Vec::new();
        let mut windows = vec![range_days];
        windows.extend([30, 7].into_iter().filter(|w| *w < range_days));
        for window in windows {
            let first = (self.to - chrono::Duration::days(window - 1)).max(from);
            let (taken, scheduled) = if m.as_needed() {
                let n = doses
                    .iter()
                    .filter(|d| d.status != med::DoseStatus::Missed)
                    .filter(|d| d.date >= first && d.date <= self.to)
                    .count() as u32;
                (n, None)
            } else {
                let mut sum = (0, 0);
                for day in first.iter_days().take_while(|d| *d <= self.to) {
                    let logged: Vec<&Dose> = doses.iter().filter(|d| d.date == day).collect();
                    let c = med::day_count(m, day, &logged, self.now);
                    sum = (sum.0 + c.taken, sum.1 + c.scheduled);
                }
                (sum.0, Some(sum.1))
            };
            let when = if window == range_days {
                t!(
                    "summary-medication-period",
                    days = t!("days", count = window)
                )
            } else {
                t!("summary-medication-last", days = t!("days", count = window))
            };
            let figure = match scheduled {
                None => t!("summary-medication-as-needed", count = taken),
                Some(0) => t!("summary-medication-none-due"),
                Some(of) => t!(
                    "summary-medication-taken",
                    taken = taken,
                    scheduled = of,
                    percent = (f64::from(taken) * 100.0 / f64::from(of)).round() as u32
                ),
            };
            out.push((when, figure));
        }
        out
    }

    /// Changes of dose or schedule dated in the range, oldest first.
    fn changes(&self, m: &Medication, p: &Privacy) -> Vec<String> {
        m.changes()
            .filter(|(_, next)| next.from_date >= self.from && next.from_date <= self.to)
            .map(|(before, after)| {
                let date = day(after.from_date, self.to);
                if before.dose != after.dose && schedule_only(before) == schedule_only(after) {
                    t!(
                        "summary-medication-dose-changed",
                        date = date,
                        before = p.text(before.dose.as_deref().unwrap_or("–")),
                        after = p.text(after.dose.as_deref().unwrap_or("–"))
                    )
                } else {
                    t!(
                        "summary-medication-schedule-changed",
                        date = date,
                        before = p.text(&schedule_words(before)),
                        after = p.text(&schedule_words(after))
                    )
                }
            })
            .collect()
    }

    /// Runs of two or more doses missed in a row in the range.
    fn missed(&self, m: &Medication, doses: &[Dose]) -> Vec<String> {
        if m.as_needed() {
            return Vec::new();
        }
        let from = Self::counting_from(m, doses).max(self.from);
        let window = ((self.to - from).num_days() + 1).max(1) as u32;
        med::missed_runs(m, doses, from, self.now, window)
            .iter()
            .map(|r| {
                if r.first == r.last {
                    t!(
                        "summary-medication-missed-day",
                        count = r.doses,
                        date = day(r.first, self.to)
                    )
                } else {
                    t!(
                        "summary-medication-missed-run",
                        count = r.doses,
                        first = day(r.first, self.to),
                        last = day(r.last, self.to)
                    )
                }
            })
            .collect()
    }
}

/// The parts of a schedule that are not its dose.
fn schedule_only(s: &med::Schedule) -> (med::ScheduleKind, &[String], &[u8], Option<u32>) {
    (s.kind, &s.times, &s.weekdays, s.every)
}

/// A dose and schedule in words: "8 mg · every day at 08:00", "on Mon, Thu at 20:00",
/// "as needed".
fn schedule_words(s: &med::Schedule) -> String {
    let how = match s.kind {
        med::ScheduleKind::Daily if s.weekdays.is_empty() => t!("summary-schedule-daily"),
        med::ScheduleKind::Daily => {
            let days: Vec<String> = s
                .weekdays
                .iter()
                .filter_map(|d| chrono::Weekday::try_from(*d).ok())
                .map(|d| catalog::weekday(d, true))
                .collect();
            t!("summary-schedule-weekdays", days = days.join(", "))
        }
        med::ScheduleKind::EveryNDays => {
            t!("summary-schedule-every", every = s.every.unwrap_or(1))
        }
        med::ScheduleKind::Monthly => t!("summary-schedule-monthly"),
        med::ScheduleKind::AsNeeded => t!("summary-schedule-as-needed"),
    };
    let how = if s.times.is_empty() {
        how
    } else {
        t!(
            "summary-schedule-at",
            schedule = how,
            times = s.times.join(", ")
        )
    };
    match &s.dose {
        Some(dose) => t!(
            "summary-schedule-dose",
            dose = dose.as_str(),
            schedule = how
        ),
        None => how,
    }
}
