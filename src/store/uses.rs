//! A commitment's path over time and its use log: choosing or changing a path, logging
//! a use (on an abstain path, with that day's growth entry, never two), and the use
//! summed per day, which every figure and the use calendar read.

use super::setbacks::commitment;
use super::{Store, Tx, named};
use crate::domain::time::local_date;
use crate::domain::usage::{
    self, CommitmentPath, Path, PathDraft, Use, UseDay, UseDraft, UseFigures, UseUnit,
    checklist_of, checklist_text,
};
use crate::domain::{RecordKind, SetbackDraft};
use crate::error::{Error, Result};
use chrono::{Duration, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row, params};

const PATH_COLUMNS: &str = "id, commitment_id, from_date, path, unit, max_per_day, max_per_week, \
     free_days, heavy_at, price, usual_per_week, checklist, created_at, updated_at";
const USE_COLUMNS: &str = "id, commitment_id, setback_id, at, date, amount, unit, what, place, \
     with_whom, planned, cost, followed, note, created_at, updated_at, revision";

fn path_row(r: &Row) -> rusqlite::Result<CommitmentPath> {
    Ok(CommitmentPath {
        id: r.get(0)?,
        commitment_id: r.get(1)?,
        from_date: r.get(2)?,
        // A newer tend's path reads as abstaining, which asks nothing of the log.
        path: named::<Path>(r, 3).unwrap_or(Path::Abstain),
        unit: named::<UseUnit>(r, 4).unwrap_or(UseUnit::Times),
        max_per_day: r.get(5)?,
        max_per_week: r.get(6)?,
        free_days: r.get(7)?,
        heavy_at: r.get(8)?,
        price: r.get(9)?,
        usual_per_week: r.get(10)?,
        checklist: checklist_of(r.get::<_, Option<String>>(11)?.as_deref()),
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
    })
}

fn use_row(r: &Row) -> rusqlite::Result<Use> {
    Ok(Use {
        id: r.get(0)?,
        commitment_id: r.get(1)?,
        setback_id: r.get(2)?,
        at: r.get(3)?,
        date: r.get(4)?,
        amount: r.get(5)?,
        unit: named::<UseUnit>(r, 6).unwrap_or(UseUnit::Times),
        what: r.get(7)?,
        place: r.get(8)?,
        with_whom: r.get(9)?,
        planned: r.get(10)?,
        cost: r.get(11)?,
        followed: checklist_of(r.get::<_, Option<String>>(12)?.as_deref()),
        note: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
        revision: r.get(16)?,
    })
}

fn paths_of(conn: &Connection, commitment_id: i64) -> Result<Vec<CommitmentPath>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {PATH_COLUMNS} FROM commitment_paths WHERE commitment_id = ?1 ORDER BY from_date, created_at, uid"
    ))?;
    Ok(st
        .query_map([commitment_id], path_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn one_use(conn: &Connection, id: i64) -> Result<Use> {
    conn.prepare_cached(&format!("SELECT {USE_COLUMNS} FROM uses WHERE id = ?1"))?
        .query_row([id], use_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: RecordKind::Use.noun(),
            id,
            list: RecordKind::Use.list_command(),
        })
}

/// Each day's use of a commitment from `from` on, per unit.
fn days_of(conn: &Connection, commitment_id: i64, from: NaiveDate) -> Result<Vec<UseDay>> {
    let mut st = conn.prepare_cached(
        "SELECT date, unit, sum(amount), count(*), sum(cost),
                sum(followed IS NOT NULL), coalesce(sum(followed IS NOT NULL AND followed IS (
                    SELECT checklist FROM commitment_paths p WHERE p.commitment_id = uses.commitment_id
                    AND p.from_date <= uses.date ORDER BY p.from_date DESC, p.created_at DESC, p.uid DESC LIMIT 1)), 0)
         FROM uses WHERE commitment_id = ?1 AND date >= ?2 GROUP BY date, unit ORDER BY date",
    )?;
    let rows = st.query_map(params![commitment_id, from], |r| {
        Ok(UseDay {
            date: r.get(0)?,
            unit: named::<UseUnit>(r, 1).unwrap_or(UseUnit::Times),
            amount: r.get(2)?,
            uses: r.get(3)?,
            cost: r.get(4)?,
            checked: r.get(5)?,
            followed_all: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What logging a use did besides writing it.
#[derive(Debug, Clone, PartialEq)]
pub struct UseLogged {
    pub logged: Use,
    /// Abstain path: the day's growth entry was made for it (else one was there).
    pub setback_made: bool,
    /// Cut-down path: the use puts its day outside the person's plan.
    pub over_plan: bool,
}

impl Store {
    /// The commitment with this id, or by this name (any case).
    pub fn find_commitment(&self, name_or_id: &str) -> Result<crate::domain::Commitment> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.commitment(id);
        }
        super::people::by_name(self.commitments()?, name_or_id, |c| &c.name).map_err(|many| {
            let why = if many {
                t!("store-commitment-name-many")
            } else {
                t!("store-commitment-name-none")
            };
            Error::invalid("commitment", why)
        })
    }

    /// A commitment's paths, oldest first (none: it abstains).
    pub fn paths(&self, commitment_id: i64) -> Result<Vec<CommitmentPath>> {
        paths_of(&self.conn, commitment_id)
    }

    pub fn use_record(&self, id: i64) -> Result<Use> {
        one_use(&self.conn, id)
    }

    /// Uses between two days (inclusive), of one commitment or all, newest first, at
    /// most `limit`.
    pub fn uses(
        &self,
        commitment_id: Option<i64>,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<Vec<Use>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {USE_COLUMNS} FROM uses WHERE (?1 IS NULL OR commitment_id = ?1)
             AND date BETWEEN ?2 AND ?3 ORDER BY at DESC, id DESC LIMIT ?4"
        ))?;
        Ok(st
            .query_map(params![commitment_id, from, to, limit as i64], use_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Each day's use of a commitment from `from` on, per unit.
    pub fn use_days(&self, commitment_id: i64, from: NaiveDate) -> Result<Vec<UseDay>> {
        days_of(&self.conn, commitment_id, from)
    }

    /// The figures of every commitment's use as of `today` (`grams`: a standard drink).
    /// Reads the log summed per day from two years back, or from the start of a
    /// cut-down path if earlier: the cost follows days, not uses.
    pub fn use_figures(&self, today: NaiveDate, grams: f64) -> Result<Vec<(i64, UseFigures)>> {
        let mut out = Vec::new();
        for c in self.commitments()? {
            let paths = self.paths(c.id)?;
            let mut from = today - Duration::days(729);
            if let Some(p) = usage::path_on(&paths, today) {
                from = from.min(p.from_date);
            }
            let days = self.use_days(c.id, from.max(c.start_date))?;
            out.push((
                c.id,
                usage::figures(c.start_date, &paths, &days, today, grams),
            ));
        }
        Ok(out)
    }

    /// The last day with a use of any commitment before `day`, for the tolerance words.
    pub fn last_use_before(&self, day: NaiveDate) -> Result<Option<NaiveDate>> {
        Ok(self
            .conn
            .query_row("SELECT max(date) FROM uses WHERE date < ?1", [day], |r| {
                r.get(0)
            })?)
    }
}

impl Tx<'_> {
    /// Sets a commitment's path from `from` on: a new step of its history, or the
    /// day's step changed when it already has one. What the draft leaves out stays as
    /// the path before it had it.
    pub fn set_path(
        &self,
        commitment_id: i64,
        from: NaiveDate,
        draft: &PathDraft,
    ) -> Result<CommitmentPath> {
        let c = commitment(self, commitment_id)?;
        self.check_lived("from", from)?;
        let from = from.max(c.start_date);
        let paths = paths_of(self, commitment_id)?;
        let v = draft.apply(usage::path_on(&paths, from))?;
        let same_day = paths
            .iter()
            .rev()
            .find(|p| p.from_date == from)
            .map(|p| p.id);
        let id = match same_day {
            Some(id) => id,
            None => {
                self.execute(
                    "INSERT INTO commitment_paths (commitment_id, from_date, path, unit, created_at, updated_at)
                     VALUES (?1, ?2, 'abstain', 'drinks', ?3, ?3)",
                    params![commitment_id, from, self.now],
                )?;
                self.last_insert_rowid()
            }
        };
        self.execute(
            "UPDATE commitment_paths SET path = ?2, unit = ?3, max_per_day = ?4, max_per_week = ?5,
                 free_days = ?6, heavy_at = ?7, price = ?8, usual_per_week = ?9, checklist = ?10,
                 updated_at = ?11 WHERE id = ?1",
            params![
                id,
                v.path.as_str(),
                v.unit.as_str(),
                v.max_per_day,
                v.max_per_week,
                v.free_days,
                v.heavy_at,
                v.price,
                v.usual_per_week,
                checklist_text(&v.checklist),
                self.now
            ],
        )?;
        Ok(paths_of(self, commitment_id)?
            .into_iter()
            .find(|p| p.id == id)
            .expect("the path just written"))
    }

    /// Logs a use (`grams`: a standard drink, for a plan kept in another unit).
    pub fn add_use(&self, d: UseDraft, grams: f64) -> Result<UseLogged> {
        self.execute(
            "INSERT INTO uses (commitment_id, at, date, amount, unit, created_at, updated_at)
             VALUES (?1, '', '1900-01-01', 0, 'drinks', ?2, ?2)",
            params![d.commitment_id, self.now],
        )?;
        self.write_use(self.last_insert_rowid(), d, grams)
    }

    /// Replaces everything a use says.
    pub fn edit_use(&self, id: i64, d: UseDraft, grams: f64) -> Result<UseLogged> {
        one_use(self, id)?;
        self.write_use(id, d, grams)
    }

    fn write_use(&self, id: i64, d: UseDraft, grams: f64) -> Result<UseLogged> {
        let d = d.validated()?;
        let c = commitment(self, d.commitment_id)?;
        let day_start = super::profile(self)?.day_start_hour;
        let date = local_date(d.at, day_start);
        self.check_lived("at", date)?;
        if d.at > self.at {
            return Err(Error::invalid(
                "at",
                t!("store-use-future", at = crate::clock::stamp(d.at)),
            ));
        }
        let paths = paths_of(self, c.id)?;
        let path = usage::path_on(&paths, date);
        self.check_use(&c, &d, date, id, path)?;
        let abstain = path.is_none_or(|p| p.path == Path::Abstain);
        let (setback_id, setback_made) = if abstain {
            self.day_setback(date, c.id)?
        } else {
            (None, false)
        };
        self.execute(
            "UPDATE uses SET commitment_id = ?2, setback_id = ?3, at = ?4, date = ?5, amount = ?6,
                 unit = ?7, what = ?8, place = ?9, with_whom = ?10, planned = ?11, cost = ?12,
                 followed = ?13, note = ?14, updated_at = ?15 WHERE id = ?1",
            params![
                id,
                c.id,
                setback_id,
                crate::clock::stamp(d.at),
                date,
                d.amount,
                d.unit.as_str(),
                d.what,
                d.place,
                d.with_whom,
                d.planned,
                d.cost,
                checklist_text(&d.followed),
                d.note,
                self.now
            ],
        )?;
        let over_plan = match path {
            Some(p) if p.path == Path::CutDown => {
                let days = days_of(self, c.id, date - Duration::days(6))?;
                let by_day = usage::daily(&days, p.unit, grams);
                usage::outside_plan(&by_day, p, date)
            }
            _ => false,
        };
        Ok(UseLogged {
            logged: one_use(self, id)?,
            setback_made,
            over_plan,
        })
    }

    /// Refuses a use before its commitment's start, in a unit its path doesn't count,
    /// or that would bring its day over the unit's cap.
    fn check_use(
        &self,
        c: &crate::domain::Commitment,
        d: &UseDraft,
        date: NaiveDate,
        id: i64,
        path: Option<&CommitmentPath>,
    ) -> Result<()> {
        if date < c.start_date {
            return Err(Error::invalid(
                "at",
                t!(
                    "store-use-before-start",
                    date = date.to_string(),
                    start = c.start_date.to_string(),
                    name = c.name.clone()
                ),
            ));
        }
        if let Some(p) = path
            && usage::convert(1.0, d.unit, p.unit, 14.0).is_none()
        {
            return Err(Error::invalid(
                "unit",
                t!(
                    "store-use-unit",
                    name = c.name.clone(),
                    unit = p.unit.label(),
                    got = d.unit.label()
                ),
            ));
        }
        let that_day: f64 = self.query_row(
            "SELECT coalesce(sum(amount), 0) FROM uses WHERE commitment_id = ?1 AND date = ?2
             AND unit = ?3 AND id != ?4",
            params![c.id, date, d.unit.as_str(), id],
            |r| r.get(0),
        )?;
        usage::check_amount("amount", that_day + d.amount, d.unit).map_err(|_| {
            Error::invalid(
                "amount",
                t!(
                    "store-use-day-cap",
                    max = d.unit.amount(d.unit.cap()),
                    already = usage::show_amount(that_day)
                ),
            )
        })?;
        Ok(())
    }

    /// The day's growth entry for a use on an abstain path: the one the check-in's
    /// setback mark shows if the day has it, else a new one, as the mark makes.
    fn day_setback(&self, date: NaiveDate, commitment_id: i64) -> Result<(Option<i64>, bool)> {
        let found: Option<i64> = self
            .query_row(
                "SELECT id FROM setbacks WHERE date = ?1 AND kind IN ('slip', 'lapse', 'relapse')
                 AND over_plan = 0 AND (commitment_id IS NULL OR commitment_id = ?2)
                 ORDER BY id DESC LIMIT 1",
                params![date, commitment_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(match found {
            Some(id) => (Some(id), false),
            None => (
                Some(
                    self.add_setback(SetbackDraft::ticked(date, Some(commitment_id)))?
                        .id,
                ),
                true,
            ),
        })
    }
}

#[cfg(test)]
mod tests;
