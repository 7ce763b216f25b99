//! Medications: a medicine the person takes, its dose and schedule as history, the
//! doses they log (taken, late or missed), and what follows from them: the doses of a
//! day, the doses still due, adherence over 7, 30 and 90 days, runs of missed doses,
//! and a refill coming up.
//!
//! tend records what the person says; nothing here suggests a dose. Adherence follows
//! the honest-record rule: it counts from the later of the start date and the day the
//! medication was added to tend, or from its first logged dose if that is earlier, so
//! no day tend couldn't know about is counted as missed. A scheduled dose counts once
//! its time has passed (a dose with no time of day, once its day is over), or once it
//! is logged. Doses of a day answer its scheduled times in order: the first logged
//! dose answers the first time, and so on. A late dose counts as taken.

use super::{Invalid, check_bytes, check_chars, check_range, named_enum, optional_text};
use super::{MAX_NAME_CHARS, required_text};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

named_enum!(
    /// What form a medicine comes in.
    MedForm, "form" {
        Tablet => "tablet",
        Capsule => "capsule",
        Liquid => "liquid",
        Film => "film",
        Injection => "injection",
        Patch => "patch",
        Inhaler => "inhaler",
        Other => "other",
    }
);

named_enum!(
    /// How often a medicine is taken. A kind a newer tend adds reads as "as needed":
    /// no dose is counted as due.
    ScheduleKind, "schedule" {
        Daily => "daily",
        EveryNDays => "every-n-days",
        Monthly => "monthly",
        AsNeeded => "as-needed",
    }
);

named_enum!(
    /// What happened to a dose. A late dose counts as taken.
    DoseStatus, "status" {
        Taken => "taken",
        Late => "late",
        Missed => "missed",
    }
);

/// The windows adherence is given over, in days.
pub const WINDOWS: [u32; 3] = [7, 30, 90];
/// A refill date shows this many days ahead (and on the day itself).
pub const REFILL_NOTICE_DAYS: i64 = 3;
/// The most times of day one schedule may hold.
pub const MAX_TIMES: usize = 12;

/// One step of a medication's dose and schedule, from its day on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: i64,
    pub medication_id: i64,
    pub from_date: NaiveDate,
    /// The dose as the person writes it ("8 mg", "2 puffs").
    pub dose: Option<String>,
    pub kind: ScheduleKind,
    /// Times of day, "HH:MM", in order; none: once a day at any time.
    pub times: Vec<String>,
    /// Daily only: the weekdays (0 is Monday); none is every day.
    pub weekdays: Vec<u8>,
    /// Every-n-days only: N.
    pub every: Option<u32>,
    pub created_at: String,
    pub updated_at: String,
}

impl Schedule {
    /// The step in words: "12 mg, every day at 08:00", "as needed".
    pub fn words(&self) -> String {
        let times = self.times.join(", ");
        let at = !self.times.is_empty();
        let when = match self.kind {
            ScheduleKind::Daily if !self.weekdays.is_empty() => {
                let days: Vec<String> = self
                    .weekdays
                    .iter()
                    .filter_map(|d| chrono::Weekday::try_from(*d).ok())
                    .map(|d| crate::catalog::weekday(d, true))
                    .collect();
                let days = days.join(", ");
                if at {
                    t!("record-schedule-weekdays-at", days = days, times = times)
                } else {
                    t!("record-schedule-weekdays", days = days)
                }
            }
            ScheduleKind::Daily if at => t!("record-schedule-daily-at", times = times),
            ScheduleKind::Daily => t!("record-schedule-daily"),
            ScheduleKind::EveryNDays => {
                let n = self.every.unwrap_or(1);
                if at {
                    t!("record-schedule-every-at", count = n, times = times)
                } else {
                    t!("record-schedule-every", count = n)
                }
            }
            ScheduleKind::Monthly => {
                let day = self.from_date.day();
                if at {
                    t!("record-schedule-monthly-at", day = day, times = times)
                } else {
                    t!("record-schedule-monthly", day = day)
                }
            }
            ScheduleKind::AsNeeded => t!("record-schedule-as-needed"),
        };
        match &self.dose {
            Some(dose) => t!("record-schedule-dose", dose = dose, schedule = when),
            None => when,
        }
    }
}

/// A medication as the store keeps it, with its schedule history, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Medication {
    pub id: i64,
    pub name: String,
    pub form: Option<MedForm>,
    pub prescriber_id: Option<i64>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub note: Option<String>,
    /// For addiction treatment (buprenorphine, methadone, naltrexone…).
    pub addiction: bool,
    pub refill_date: Option<NaiveDate>,
    pub schedules: Vec<Schedule>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing, default)]
    pub revision: i64,
}

/// A dose the person logged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dose {
    pub id: i64,
    pub medication_id: i64,
    pub at: String,
    pub date: NaiveDate,
    pub status: DoseStatus,
    /// Why (an as-needed dose's reason, or why one was missed).
    pub reason: Option<String>,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing, default)]
    pub revision: i64,
}

/// A medication as typed; `validated` trims and checks it.
#[derive(Debug, Clone, PartialEq)]
pub struct MedicationDraft {
    pub name: String,
    pub form: Option<MedForm>,
    pub prescriber_id: Option<i64>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub note: Option<String>,
    pub addiction: bool,
    pub refill_date: Option<NaiveDate>,
}

impl MedicationDraft {
    pub fn validated(mut self) -> Result<MedicationDraft, Invalid> {
        self.name = required_text("name", &self.name)?;
        if let Some(end) = self.end_date
            && end < self.start_date
        {
            return Err(Invalid::new(
                "end",
                t!(
                    "invalid-before",
                    to = end.to_string(),
                    from = self.start_date.to_string()
                ),
            ));
        }
        self.note = self.note.as_deref().and_then(optional_text);
        if let Some(n) = &self.note {
            check_bytes("note", n)?;
        }
        Ok(self)
    }
}

impl From<&Medication> for MedicationDraft {
    fn from(m: &Medication) -> Self {
        MedicationDraft {
            name: m.name.clone(),
            form: m.form,
            prescriber_id: m.prescriber_id,
            start_date: m.start_date,
            end_date: m.end_date,
            note: m.note.clone(),
            addiction: m.addiction,
            refill_date: m.refill_date,
        }
    }
}

/// A dose and schedule as typed; `validated` trims and checks it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduleDraft {
    pub dose: Option<String>,
    pub kind: Option<ScheduleKind>,
    pub times: Vec<String>,
    pub weekdays: Vec<u8>,
    pub every: Option<u32>,
}

impl ScheduleDraft {
    /// Checks the draft: times as HH:MM (sorted, each once), weekdays only for a daily
    /// schedule, N from 1 to 365 only for every N days, no times when as needed.
    pub fn validated(mut self) -> Result<ScheduleDraft, Invalid> {
        self.dose = self.dose.as_deref().and_then(optional_text);
        if let Some(d) = &self.dose {
            check_chars("dose", d, MAX_NAME_CHARS)?;
        }
        let kind = self.kind.unwrap_or(ScheduleKind::Daily);
        self.kind = Some(kind);
        self.times = check_times(&self.times)?;
        for d in &self.weekdays {
            check_range("day", (*d).into(), 0, 6)?;
        }
        self.weekdays = super::sorted_days(std::mem::take(&mut self.weekdays));
        let refuse = |field: &str| {
            Err(Invalid::new(
                field,
                t!("invalid-schedule-field", kind = kind.as_str()),
            ))
        };
        if kind != ScheduleKind::Daily && !self.weekdays.is_empty() {
            return refuse("day");
        }
        if kind == ScheduleKind::AsNeeded && !self.times.is_empty() {
            return refuse("times");
        }
        match (kind, self.every) {
            (ScheduleKind::EveryNDays, None) => {
                return Err(Invalid::new("every", t!("invalid-schedule-every")));
            }
            (ScheduleKind::EveryNDays, Some(n)) => check_range("every", n.into(), 1, 365)?,
            (_, Some(_)) => return refuse("every"),
            _ => {}
        }
        Ok(self)
    }

    /// The draft of what `s` says, to change a part of it.
    pub fn of(s: &Schedule) -> ScheduleDraft {
        ScheduleDraft {
            dose: s.dose.clone(),
            kind: Some(s.kind),
            times: s.times.clone(),
            weekdays: s.weekdays.clone(),
            every: s.every,
        }
    }
}

/// Times of day as "HH:MM", sorted, each once; at most `MAX_TIMES`.
pub fn check_times(times: &[String]) -> Result<Vec<String>, Invalid> {
    let mut out = Vec::new();
    for t in times.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let ok = t.len() == 5 && NaiveTime::parse_from_str(t, "%H:%M").is_ok();
        if !ok {
            return Err(Invalid::new("times", t!("invalid-time", value = t)));
        }
        out.push(t.to_string());
    }
    out.sort();
    out.dedup();
    if out.len() > MAX_TIMES {
        check_range("times", out.len() as i64, 1, MAX_TIMES as i64)?;
    }
    Ok(out)
}

/// Times as the `times` column stores them ("08:00,20:00"), none without one.
pub fn times_text(times: &[String]) -> Option<String> {
    (!times.is_empty()).then(|| times.join(","))
}

/// A dose as logged; `validated` trims and checks it.
#[derive(Debug, Clone, PartialEq)]
pub struct DoseDraft {
    pub medication_id: i64,
    pub at: chrono::DateTime<chrono::FixedOffset>,
    pub status: DoseStatus,
    pub reason: Option<String>,
    pub note: Option<String>,
}

impl DoseDraft {
    pub fn validated(mut self) -> Result<DoseDraft, Invalid> {
        self.reason = self.reason.as_deref().and_then(optional_text);
        if let Some(r) = &self.reason {
            check_chars("reason", r, MAX_NAME_CHARS)?;
        }
        self.note = self.note.as_deref().and_then(optional_text);
        if let Some(n) = &self.note {
            check_bytes("note", n)?;
        }
        Ok(self)
    }
}

impl Medication {
    /// The schedule in effect on `day`: the last step from that day or before (the
    /// first one before any).
    pub fn schedule_on(&self, day: NaiveDate) -> Option<&Schedule> {
        self.schedules
            .iter()
            .rev()
            .find(|s| s.from_date <= day)
            .or(self.schedules.first())
    }

    /// The schedule in effect now: the last step.
    pub fn current(&self) -> Option<&Schedule> {
        self.schedule_on(NaiveDate::MAX)
    }

    /// Whether it is taken as needed (no dose is ever due).
    pub fn as_needed(&self) -> bool {
        self.current()
            .is_none_or(|s| s.kind == ScheduleKind::AsNeeded)
    }

    /// Whether it is taken on `day` (started, not ended).
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.start_date <= day && self.end_date.is_none_or(|e| day <= e)
    }

    /// The scheduled doses of `day`, in time order (`None`: any time that day).
    pub fn slots_on(&self, day: NaiveDate) -> Vec<Option<NaiveTime>> {
        if !self.active_on(day) {
            return Vec::new();
        }
        let Some(s) = self.schedule_on(day) else {
            return Vec::new();
        };
        let due = match s.kind {
            ScheduleKind::Daily => {
                s.weekdays.is_empty()
                    || s.weekdays
                        .contains(&(day.weekday().num_days_from_monday() as u8))
            }
            ScheduleKind::EveryNDays => {
                let n = i64::from(s.every.unwrap_or(1).max(1));
                (day - s.from_date).num_days().rem_euclid(n) == 0
            }
            ScheduleKind::Monthly => monthly_on(s.from_date, day),
            ScheduleKind::AsNeeded => false,
        };
        if !due {
            return Vec::new();
        }
        if s.times.is_empty() {
            return vec![None];
        }
        s.times
            .iter()
            .filter_map(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
            .map(Some)
            .collect()
    }

    /// The refill date in words' terms: days until it, when it is within
    /// `REFILL_NOTICE_DAYS` of `today` (0: today), and the medication is still taken.
    pub fn refill_in(&self, today: NaiveDate) -> Option<i64> {
        let left = (self.refill_date? - today).num_days();
        let taken = self.end_date.is_none_or(|e| today <= e);
        (taken && (0..=REFILL_NOTICE_DAYS).contains(&left)).then_some(left)
    }

    /// The schedule changes after the first, each with the step before it (the summary
    /// reports them).
    pub fn changes(&self) -> impl Iterator<Item = (&Schedule, &Schedule)> {
        self.schedules.windows(2).map(|w| (&w[0], &w[1]))
    }
}

/// Whether a monthly dose that began on `from` falls on `day`: the same day of the
/// month, or the month's last day when it is shorter.
fn monthly_on(from: NaiveDate, day: NaiveDate) -> bool {
    if day < from {
        return false;
    }
    let last = last_day_of_month(day);
    day.day() == from.day() || (day.day() == last && from.day() > last)
}

fn last_day_of_month(day: NaiveDate) -> u32 {
    let next = day
        .with_day(1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)));
    next.map_or(31, |n| (n - Duration::days(1)).day())
}

/// The first day adherence counts: the later of the start date and the day it was
/// added to tend, or its first logged dose if that is earlier.
pub fn counting_from(m: &Medication, added: NaiveDate, first_dose: Option<NaiveDate>) -> NaiveDate {
    let from = m.start_date.max(added);
    first_dose.map_or(from, |f| from.min(f.max(m.start_date)))
}

/// One day's scheduled doses against the doses logged that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayCount {
    /// Doses that counted as scheduled: their time passed, or they were logged.
    pub scheduled: u32,
    pub taken: u32,
    /// Of the doses taken, how many late.
    pub late: u32,
}

/// Counts `day` of `m` given its logged doses that day and the local moment `now`.
pub fn day_count(m: &Medication, day: NaiveDate, doses: &[&Dose], now: NaiveDateTime) -> DayCount {
    let slots = m.slots_on(day);
    let passed = slots
        .iter()
        .filter(|t| match t {
            Some(t) => day.and_time(*t) <= now,
            None => day < now.date(),
        })
        .count() as u32;
    let count = |s: &[DoseStatus]| doses.iter().filter(|d| s.contains(&d.status)).count() as u32;
    let taken = count(&[DoseStatus::Taken, DoseStatus::Late]);
    let late = count(&[DoseStatus::Late]);
    let logged = taken + count(&[DoseStatus::Missed]);
    let scheduled = passed.max(logged.min(slots.len() as u32));
    let taken = taken.min(scheduled);
    DayCount {
        scheduled,
        taken,
        late: late.min(taken),
    }
}

/// Adherence over one window: doses taken of doses scheduled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adherence {
    pub window_days: u32,
    pub scheduled: u32,
    pub taken: u32,
    /// Of the doses taken, how many late.
    pub late: u32,
    /// Taken of scheduled, rounded; none when nothing was scheduled yet.
    pub percent: Option<u32>,
}

/// As-needed doses over one window: how many, and the reasons given, most often first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AsNeededCount {
    pub window_days: u32,
    pub doses: u32,
    pub reasons: Vec<(String, u32)>,
}

/// The days of the last `window` days up to `now`'s date that adherence counts.
fn counted_days(from: NaiveDate, window: u32, today: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let start = from.max(today - Duration::days(i64::from(window) - 1));
    start.iter_days().take_while(move |d| *d <= today)
}

/// The doses of `doses` (of one medication) by day.
fn by_day(doses: &[Dose]) -> std::collections::BTreeMap<NaiveDate, Vec<&Dose>> {
    let mut map: std::collections::BTreeMap<NaiveDate, Vec<&Dose>> = Default::default();
    for d in doses {
        map.entry(d.date).or_default().push(d);
    }
    map
}

/// Adherence of `m` over 7, 30 and 90 days up to the local moment `now`, counted
/// from `from` (see `counting_from`). `doses`: its doses (any days).
pub fn adherence(
    m: &Medication,
    doses: &[Dose],
    from: NaiveDate,
    now: NaiveDateTime,
) -> Vec<Adherence> {
    let days = by_day(doses);
    WINDOWS
        .iter()
        .map(|&w| {
            let mut sum = DayCount::default();
            for day in counted_days(from, w, now.date()) {
                let logged = days.get(&day).map_or(&[][..], Vec::as_slice);
                let c = day_count(m, day, logged, now);
                sum.scheduled += c.scheduled;
                sum.taken += c.taken;
                sum.late += c.late;
            }
            Adherence {
                window_days: w,
                scheduled: sum.scheduled,
                taken: sum.taken,
                late: sum.late,
                percent: (sum.scheduled > 0).then(|| {
                    (f64::from(sum.taken) * 100.0 / f64::from(sum.scheduled)).round() as u32
                }),
            }
        })
        .collect()
}

/// Each day from `from` to `to` (both counted, none after `now`'s day) with its
/// scheduled and taken doses: Progress's chart of adherence and the summary's period.
/// `from` should be no earlier than `counting_from`.
pub fn daily(
    m: &Medication,
    doses: &[Dose],
    from: NaiveDate,
    to: NaiveDate,
    now: NaiveDateTime,
) -> Vec<(NaiveDate, DayCount)> {
    let days = by_day(doses);
    let to = to.min(now.date());
    from.iter_days()
        .take_while(|d| *d <= to)
        .map(|day| {
            let logged = days.get(&day).map_or(&[][..], Vec::as_slice);
            (day, day_count(m, day, logged, now))
        })
        .collect()
}

/// As-needed doses taken over 7, 30 and 90 days up to `today`, with their reasons.
pub fn as_needed_counts(doses: &[Dose], today: NaiveDate) -> Vec<AsNeededCount> {
    WINDOWS
        .iter()
        .map(|&w| {
            let first = today - Duration::days(i64::from(w) - 1);
            let mut reasons: Vec<(String, u32)> = Vec::new();
            let mut n = 0;
            for d in doses
                .iter()
                .filter(|d| d.status != DoseStatus::Missed && (first..=today).contains(&d.date))
            {
                n += 1;
                if let Some(r) = &d.reason {
                    match reasons.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(r)) {
                        Some((_, c)) => *c += 1,
                        None => reasons.push((r.clone(), 1)),
                    }
                }
            }
            reasons.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            AsNeededCount {
                window_days: w,
                doses: n,
                reasons,
            }
        })
        .collect()
}

/// Days one after another each with a scheduled dose not taken (days with nothing
/// scheduled don't break the run), and how many doses were not taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedRun {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub doses: u32,
}

/// The runs of two or more doses not taken over the last `window` days up to `now`,
/// counted from `from`, oldest first.
pub fn missed_runs(
    m: &Medication,
    doses: &[Dose],
    from: NaiveDate,
    now: NaiveDateTime,
    window: u32,
) -> Vec<MissedRun> {
    let days = by_day(doses);
    let mut runs = Vec::new();
    let mut run: Option<MissedRun> = None;
    for day in counted_days(from, window, now.date()) {
        let logged = days.get(&day).map_or(&[][..], Vec::as_slice);
        let c = day_count(m, day, logged, now);
        if c.scheduled == 0 {
            continue;
        }
        let missed = c.scheduled - c.taken;
        if missed == 0 {
            runs.extend(run.take().filter(|r| r.doses >= 2));
            continue;
        }
        let r = run.get_or_insert(MissedRun {
            first: day,
            last: day,
            doses: 0,
        });
        r.last = day;
        r.doses += missed;
    }
    runs.extend(run.filter(|r| r.doses >= 2));
    runs
}

/// A dose due today and not logged yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueDose {
    pub medication_id: i64,
    pub name: String,
    pub dose: Option<String>,
    /// Its time of day; none: any time today.
    pub time: Option<NaiveTime>,
    /// Its time has passed.
    pub overdue: bool,
}

/// The doses of `m` due on `day` (the person's today, which ends at their day-start
/// hour) not yet answered by a logged dose (those answer the day's times in order).
pub fn due(
    m: &Medication,
    day: NaiveDate,
    day_doses: &[&Dose],
    now: NaiveDateTime,
) -> Vec<DueDose> {
    let dose = m.schedule_on(day).and_then(|s| s.dose.clone());
    m.slots_on(day)
        .into_iter()
        .skip(day_doses.len())
        .map(|time| DueDose {
            medication_id: m.id,
            name: m.name.clone(),
            dose: dose.clone(),
            time,
            overdue: time.is_some_and(|t| day.and_time(t) <= now),
        })
        .collect()
}

#[cfg(test)]
mod tests;
