//! Medications, their dose and schedule history, and the dose log: reading them with
//! what follows (adherence, doses due today, a refill coming up), and writing each
//! change in one transaction. A deleted medication takes its schedule and doses with
//! it (the registry says so); undo brings them back.

use super::{Store, Tx, named, named_opt};
use crate::domain::RecordKind;
use crate::domain::medication::{
    self, Adherence, AsNeededCount, Dose, DoseDraft, DoseStatus, DueDose, Medication,
    MedicationDraft, MissedRun, Schedule, ScheduleDraft, ScheduleKind, times_text,
};
use crate::domain::time::local_date;
use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

const MED_COLUMNS: &str = "id, name, form, prescriber_id, start_date, end_date, note, addiction, \
     refill_date, created_at, updated_at, revision";
const SCHEDULE_COLUMNS: &str =
    "id, medication_id, from_date, dose, kind, times, weekdays, every, created_at, updated_at";
const DOSE_COLUMNS: &str =
    "id, medication_id, at, date, status, reason, note, created_at, updated_at, revision";

fn med_row(r: &Row) -> rusqlite::Result<Medication> {
    Ok(Medication {
        id: r.get(0)?,
        name: r.get(1)?,
        form: named_opt(r, 2)?,
        prescriber_id: r.get(3)?,
        start_date: r.get(4)?,
        end_date: r.get(5)?,
        note: r.get(6)?,
        addiction: r.get(7)?,
        refill_date: r.get(8)?,
        schedules: Vec::new(),
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
        revision: r.get(11)?,
    })
}

fn list(text: Option<String>) -> Vec<String> {
    text.unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn schedule_row(r: &Row) -> rusqlite::Result<Schedule> {
    Ok(Schedule {
        id: r.get(0)?,
        medication_id: r.get(1)?,
        from_date: r.get(2)?,
        dose: r.get(3)?,
        // A newer tend's kind reads as as-needed: no dose is counted due.
        kind: named::<ScheduleKind>(r, 4).unwrap_or(ScheduleKind::AsNeeded),
        times: list(r.get(5)?),
        weekdays: list(r.get(6)?)
            .iter()
            .filter_map(|d| d.parse().ok())
            .collect(),
        every: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

fn dose_row(r: &Row) -> rusqlite::Result<Dose> {
    Ok(Dose {
        id: r.get(0)?,
        medication_id: r.get(1)?,
        at: r.get(2)?,
        date: r.get(3)?,
        // A newer tend's status reads as taken.
        status: named::<DoseStatus>(r, 4).unwrap_or(DoseStatus::Taken),
        reason: r.get(5)?,
        note: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        revision: r.get(9)?,
    })
}

fn with_schedules(conn: &Connection, mut m: Medication) -> Result<Medication> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {SCHEDULE_COLUMNS} FROM medication_schedules WHERE medication_id = ?1
         ORDER BY from_date, created_at, uid"
    ))?;
    m.schedules = st
        .query_map([m.id], schedule_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(m)
}

fn one_med(conn: &Connection, id: i64) -> Result<Medication> {
    let m = conn
        .prepare_cached(&format!(
            "SELECT {MED_COLUMNS} FROM medications WHERE id = ?1"
        ))?
        .query_row([id], med_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: RecordKind::Medication.noun(),
            id,
            list: RecordKind::Medication.list_command(),
        })?;
    with_schedules(conn, m)
}

fn all_meds(conn: &Connection) -> Result<Vec<Medication>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {MED_COLUMNS} FROM medications ORDER BY name COLLATE NOCASE, id"
    ))?;
    let meds: Vec<Medication> = st
        .query_map([], med_row)?
        .collect::<rusqlite::Result<_>>()?;
    meds.into_iter().map(|m| with_schedules(conn, m)).collect()
}

fn all_people(conn: &Connection) -> Result<Vec<crate::domain::Person>> {
    let ids: Vec<i64> = conn
        .prepare_cached("SELECT id FROM people ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter()
        .map(|id| super::people::person(conn, id))
        .collect()
}

fn one_dose(conn: &Connection, id: i64) -> Result<Dose> {
    conn.prepare_cached(&format!("SELECT {DOSE_COLUMNS} FROM doses WHERE id = ?1"))?
        .query_row([id], dose_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: RecordKind::Dose.noun(),
            id,
            list: RecordKind::Dose.list_command(),
        })
}

fn doses_between(
    conn: &Connection,
    med: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Dose>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {DOSE_COLUMNS} FROM doses WHERE (?1 IS NULL OR medication_id = ?1)
         AND date BETWEEN ?2 AND ?3 ORDER BY at DESC, id DESC"
    ))?;
    Ok(st
        .query_map(params![med, from, to], dose_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// What a medication's log says, as of a moment: `tend med list` and `show` print it,
/// the summary and Progress read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MedFigures {
    /// The first day adherence counts (see `medication::counting_from`).
    pub counting_from: NaiveDate,
    /// Over 7, 30 and 90 days; empty for a medicine taken as needed.
    pub adherence: Vec<Adherence>,
    /// Over 7, 30 and 90 days, for a medicine taken as needed; else empty.
    pub as_needed: Vec<AsNeededCount>,
    /// Runs of two or more doses not taken over the last 90 days.
    pub missed_runs: Vec<MissedRun>,
    /// Days until the refill date, when it is within a few days.
    pub refill_in: Option<i64>,
}

impl Store {
    /// Every medication, by name, each with its schedule history.
    pub fn medications(&self) -> Result<Vec<Medication>> {
        all_meds(&self.conn)
    }

    pub fn medication(&self, id: i64) -> Result<Medication> {
        one_med(&self.conn, id)
    }

    /// The medication with this id, or by this name (any case).
    pub fn find_medication(&self, name_or_id: &str) -> Result<Medication> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.medication(id);
        }
        super::people::by_name(self.medications()?, name_or_id, |m| &m.name).map_err(|many| {
            let why = if many {
                t!("store-medication-name-many")
            } else {
                t!("store-medication-name-none")
            };
            Error::invalid("medication", why)
        })
    }

    pub fn dose(&self, id: i64) -> Result<Dose> {
        one_dose(&self.conn, id)
    }

    /// Doses logged between two days (inclusive), of one medication or all, newest first.
    pub fn doses(
        &self,
        medication_id: Option<i64>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Dose>> {
        doses_between(&self.conn, medication_id, from, to)
    }

    /// The local moment now, by the store's clock.
    fn local_now(&self) -> NaiveDateTime {
        self.clock.now().naive_local()
    }

    /// The first day a medication's adherence counts (see `medication::counting_from`).
    pub fn med_counting_from(&self, m: &Medication) -> Result<NaiveDate> {
        let day_start = self.profile()?.day_start_hour;
        let added = chrono::DateTime::parse_from_rfc3339(&m.created_at)
            .map_or(m.start_date, |t| local_date(t, day_start));
        let first: Option<NaiveDate> = self.conn.query_row(
            "SELECT min(date) FROM doses WHERE medication_id = ?1",
            [m.id],
            |r| r.get(0),
        )?;
        Ok(medication::counting_from(m, added, first))
    }

    /// Each counted day between `from` and `to` with its doses scheduled and taken (a
    /// day before counting began is left out, none after today): a chart of adherence
    /// on the date axis, or the summary's period summed.
    pub fn med_days(
        &self,
        m: &Medication,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(NaiveDate, medication::DayCount)>> {
        let from = from.max(self.med_counting_from(m)?);
        let doses = self.doses(Some(m.id), from, to)?;
        Ok(medication::daily(m, &doses, from, to, self.local_now()))
    }

    /// A medication's figures as of now: adherence, as-needed counts, missed runs and
    /// a refill coming up.
    pub fn med_figures(&self, m: &Medication) -> Result<MedFigures> {
        let now = self.local_now();
        let today = self.today()?;
        let from = self.med_counting_from(m)?;
        let doses = self.doses(Some(m.id), today - chrono::Duration::days(89), today)?;
        let as_needed = m.as_needed();
        Ok(MedFigures {
            counting_from: from,
            adherence: if as_needed {
                Vec::new()
            } else {
                medication::adherence(m, &doses, from, now)
            },
            as_needed: if as_needed {
                medication::as_needed_counts(&doses, today)
            } else {
                Vec::new()
            },
            missed_runs: medication::missed_runs(m, &doses, from, now, 90),
            refill_in: m.refill_in(today),
        })
    }

    /// The doses due today (the person's today, by their day-start hour) not logged
    /// yet, every medication's, in time order (those with no time of day last): what
    /// Today shows.
    pub fn doses_due(&self) -> Result<Vec<DueDose>> {
        let now = self.local_now();
        let today = self.today()?;
        let logged = self.doses(None, today, today)?;
        let mut due = Vec::new();
        for m in self.medications()? {
            let of_m: Vec<&Dose> = logged.iter().filter(|d| d.medication_id == m.id).collect();
            due.extend(medication::due(&m, today, &of_m, now));
        }
        due.sort_by(|a, b| {
            (a.time.is_none(), a.time, &a.name).cmp(&(b.time.is_none(), b.time, &b.name))
        });
        Ok(due)
    }

    /// The next dose due today (what `m` on Today marks taken), if any.
    pub fn next_dose_due(&self) -> Result<Option<DueDose>> {
        Ok(self.doses_due()?.into_iter().next())
    }

    /// The medications whose refill date is within a few days, with the days left.
    pub fn refills_due(&self) -> Result<Vec<(Medication, i64)>> {
        let today = self.today()?;
        Ok(self
            .medications()?
            .into_iter()
            .filter_map(|m| m.refill_in(today).map(|n| (m, n)))
            .collect())
    }
}

/// How a prescriber named in a form or on the command line was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prescriber {
    /// A person with the role already.
    Known,
    /// A person who now has the role "prescriber" too.
    RoleAdded,
    /// A new person, with the role.
    Added,
}

impl Tx<'_> {
    /// The person who prescribes, by name (any case) or id: given the role
    /// "prescriber" if they lack it (their other roles, even a newer tend's, stay), or
    /// added as a new person with it.
    pub fn prescriber(&self, name_or_id: &str) -> Result<(i64, Prescriber)> {
        let found = match name_or_id.trim().parse::<i64>() {
            Ok(id) => Some(super::people::person(self, id)?),
            Err(_) => {
                let all = all_people(self)?;
                super::people::by_name(all, name_or_id, |p| &p.name).ok()
            }
        };
        let prescriber = crate::domain::Role::Prescriber.as_str();
        match found {
            Some(p) if p.roles.contains(&crate::domain::Role::Prescriber) => {
                Ok((p.id, Prescriber::Known))
            }
            Some(p) => {
                self.execute(
                    "UPDATE people SET roles = CASE WHEN roles = '' THEN ?2 ELSE roles || ',' || ?2 END,
                         updated_at = ?3 WHERE id = ?1",
                    params![p.id, prescriber, self.now()],
                )?;
                Ok((p.id, Prescriber::RoleAdded))
            }
            None => {
                let p = self.add_person(crate::domain::PersonDraft {
                    name: name_or_id.into(),
                    roles: vec![crate::domain::Role::Prescriber],
                    ..crate::domain::PersonDraft::default()
                })?;
                Ok((p.id, Prescriber::Added))
            }
        }
    }

    /// Adds a medication with its first dose and schedule, from its start date.
    pub fn add_medication(&self, d: MedicationDraft, s: ScheduleDraft) -> Result<Medication> {
        self.execute(
            "INSERT INTO medications (name, start_date, created_at, updated_at)
             VALUES ('', '1900-01-01', ?1, ?1)",
            [self.now()],
        )?;
        let id = self.last_insert_rowid();
        let start = d.start_date;
        self.write_medication(id, d)?;
        self.set_schedule(id, start, s)
    }

    /// Replaces what a medication says (its schedule history stays as it is; a start
    /// moved later takes the first step's day with it).
    pub fn edit_medication(&self, id: i64, d: MedicationDraft) -> Result<Medication> {
        one_med(self, id)?;
        self.write_medication(id, d)?;
        one_med(self, id)
    }

    fn write_medication(&self, id: i64, d: MedicationDraft) -> Result<()> {
        let d = d.validated()?;
        self.check_lived("start", d.start_date)?;
        if let Some(p) = d.prescriber_id {
            let found: Option<i64> = self
                .query_row("SELECT id FROM people WHERE id = ?1", [p], |r| r.get(0))
                .optional()?;
            if found.is_none() {
                return Err(Error::invalid(
                    "prescriber",
                    t!("store-prescriber-none", id = p),
                ));
            }
        }
        self.execute(
            "UPDATE medications SET name = ?2, form = ?3, prescriber_id = ?4, start_date = ?5,
                 end_date = ?6, note = ?7, addiction = ?8, refill_date = ?9, updated_at = ?10
             WHERE id = ?1",
            params![
                id,
                d.name,
                d.form.map(|f| f.as_str()),
                d.prescriber_id,
                d.start_date,
                d.end_date,
                d.note,
                d.addiction,
                d.refill_date,
                self.now()
            ],
        )?;
        // No step of the history starts before the medication does.
        self.execute(
            "UPDATE medication_schedules SET from_date = ?2, updated_at = ?3
             WHERE medication_id = ?1 AND from_date < ?2",
            params![id, d.start_date, self.now()],
        )?;
        Ok(())
    }

    /// Sets the dose and schedule from `from` on: a new step of its history, or that
    /// day's step changed when it has one. The draft is the whole step (start from
    /// `ScheduleDraft::of` the current one to change a part).
    pub fn set_schedule(
        &self,
        medication_id: i64,
        from: NaiveDate,
        s: ScheduleDraft,
    ) -> Result<Medication> {
        let m = one_med(self, medication_id)?;
        self.check_lived("from", from)?;
        if from < m.start_date {
            return Err(Error::invalid(
                "from",
                t!(
                    "store-schedule-before-start",
                    date = from.to_string(),
                    name = m.name.clone(),
                    start = m.start_date.to_string()
                ),
            ));
        }
        let s = s.validated()?;
        let same_day = m
            .schedules
            .iter()
            .rev()
            .find(|x| x.from_date == from)
            .map(|x| x.id);
        let id = match same_day {
            Some(id) => id,
            None => {
                self.execute(
                    "INSERT INTO medication_schedules (medication_id, from_date, kind, created_at, updated_at)
                     VALUES (?1, ?2, 'daily', ?3, ?3)",
                    params![medication_id, from, self.now()],
                )?;
                self.last_insert_rowid()
            }
        };
        self.execute(
            "UPDATE medication_schedules SET dose = ?2, kind = ?3, times = ?4, weekdays = ?5,
                 every = ?6, updated_at = ?7 WHERE id = ?1",
            params![
                id,
                s.dose,
                s.kind.unwrap_or(ScheduleKind::Daily).as_str(),
                times_text(&s.times),
                crate::domain::weekdays_text(&s.weekdays),
                s.every,
                self.now()
            ],
        )?;
        one_med(self, medication_id)
    }

    /// Logs a dose.
    pub fn add_dose(&self, d: DoseDraft) -> Result<Dose> {
        self.execute(
            "INSERT INTO doses (medication_id, at, date, status, created_at, updated_at)
             VALUES (?1, '', '1900-01-01', 'taken', ?2, ?2)",
            params![d.medication_id, self.now()],
        )?;
        self.write_dose(self.last_insert_rowid(), d)
    }

    /// Replaces everything a logged dose says.
    pub fn edit_dose(&self, id: i64, d: DoseDraft) -> Result<Dose> {
        one_dose(self, id)?;
        self.write_dose(id, d)
    }

    /// Logs the next dose due today as taken now (`m` on Today), if one is due.
    pub fn take_next_dose(&self, next: &DueDose) -> Result<Dose> {
        self.add_dose(DoseDraft {
            medication_id: next.medication_id,
            at: self.moment(),
            status: DoseStatus::Taken,
            reason: None,
            note: None,
        })
    }

    fn write_dose(&self, id: i64, d: DoseDraft) -> Result<Dose> {
        let d = d.validated()?;
        let m = one_med(self, d.medication_id)?;
        let day_start = super::profile(self)?.day_start_hour;
        let date = local_date(d.at, day_start);
        self.check_lived("at", date)?;
        if d.at > self.moment() {
            return Err(Error::invalid(
                "at",
                t!("store-dose-future", at = crate::clock::stamp(d.at)),
            ));
        }
        if date < m.start_date {
            return Err(Error::invalid(
                "at",
                t!(
                    "store-dose-before-start",
                    date = date.to_string(),
                    name = m.name.clone(),
                    start = m.start_date.to_string()
                ),
            ));
        }
        self.execute(
            "UPDATE doses SET medication_id = ?2, at = ?3, date = ?4, status = ?5, reason = ?6,
                 note = ?7, updated_at = ?8 WHERE id = ?1",
            params![
                id,
                m.id,
                crate::clock::stamp(d.at),
                date,
                d.status.as_str(),
                d.reason,
                d.note,
                self.now()
            ],
        )?;
        one_dose(self, id)
    }
}

#[cfg(test)]
mod tests;
