//! The person's trackers and their daily answers: adding, changing, ordering,
//! archiving them; a day's answers set or cleared (in the check-in's transaction when
//! both are saved); answers over a range for the charts, the calendar and the diary
//! card; and the safety answers for the summary's first page.

use super::file::derived_uid;
use super::{Store, Tx, named};
use crate::domain::RecordKind;
use crate::domain::trackers::{
    self, SafetyAnswer, Tracker, TrackerDraft, TrackerPreset, TrackerValue,
};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str = "id, name, kind, scale_min, scale_max, low_label, high_label, unit, \
     position, shared, safety, threshold, acted_on, archived_on, preset, created_at, updated_at, revision";
const VALUE_COLUMNS: &str = "id, tracker_id, date, value, acted_on, created_at, updated_at";

fn tracker_row(r: &Row) -> rusqlite::Result<Tracker> {
    Ok(Tracker {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: named(r, 2)?,
        scale_min: r.get(3)?,
        scale_max: r.get(4)?,
        low_label: r.get(5)?,
        high_label: r.get(6)?,
        unit: r.get(7)?,
        position: r.get(8)?,
        shared: r.get(9)?,
        safety: r.get(10)?,
        threshold: r.get(11)?,
        acted_on: r.get(12)?,
        archived_on: r.get(13)?,
        // A newer tend's preset reads as none; the stored name stays.
        preset: r
            .get::<_, Option<String>>(14)?
            .and_then(|p| TrackerPreset::parse(&p).ok()),
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
        revision: r.get(17)?,
    })
}

fn value_row(r: &Row) -> rusqlite::Result<TrackerValue> {
    Ok(TrackerValue {
        id: r.get(0)?,
        tracker_id: r.get(1)?,
        date: r.get(2)?,
        value: r.get(3)?,
        acted_on: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

fn all(conn: &Connection) -> Result<Vec<Tracker>> {
    let mut st = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM trackers"))?;
    let mut out: Vec<Tracker> = st
        .query_map([], tracker_row)?
        .collect::<rusqlite::Result<_>>()?;
    trackers::in_order(&mut out);
    Ok(out)
}

fn one(conn: &Connection, id: i64) -> Result<Tracker> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM trackers WHERE id = ?1"))?
        .query_row([id], tracker_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: RecordKind::Tracker.noun(),
            id,
            list: RecordKind::Tracker.list_command(),
        })
}

fn value_on(conn: &Connection, tracker_id: i64, date: NaiveDate) -> Result<Option<TrackerValue>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM tracker_values WHERE tracker_id = ?1 AND date = ?2"
        ))?
        .query_row(params![tracker_id, date], value_row)
        .optional()?)
}

impl Store {
    /// Every tracker: the active ones in the person's order, then the archived.
    pub fn all_trackers(&self) -> Result<Vec<Tracker>> {
        all(&self.conn)
    }

    /// The trackers the check-in asks, in the person's order.
    pub fn trackers(&self) -> Result<Vec<Tracker>> {
        let mut out = all(&self.conn)?;
        out.retain(|t| t.archived_on.is_none());
        Ok(out)
    }

    pub fn tracker(&self, id: i64) -> Result<Tracker> {
        one(&self.conn, id)
    }

    /// The tracker with this number, or by this name (any case), archived or not.
    pub fn find_tracker(&self, name_or_id: &str) -> Result<Tracker> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.tracker(id);
        }
        super::people::by_name(all(&self.conn)?, name_or_id, |t| &t.name).map_err(|many| {
            let why = if many {
                t!("store-tracker-name-many")
            } else {
                t!("store-tracker-name-none", name = name_or_id.trim())
            };
            Error::invalid("tracker", why)
        })
    }

    /// Every tracker's answers from `from` to `to` (inclusive), by date then tracker.
    pub fn tracker_values(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<TrackerValue>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM tracker_values WHERE date BETWEEN ?1 AND ?2
             ORDER BY date, tracker_id"
        ))?;
        Ok(st
            .query_map(params![from, to], value_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// One tracker's answers from `from` to `to` (inclusive), oldest first.
    pub fn values_of(
        &self,
        tracker_id: i64,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<TrackerValue>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM tracker_values WHERE tracker_id = ?1
             AND date BETWEEN ?2 AND ?3 ORDER BY date"
        ))?;
        Ok(st
            .query_map(params![tracker_id, from, to], value_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// A day's answers, every tracker's (archived ones' too).
    pub fn day_values(&self, date: NaiveDate) -> Result<Vec<TrackerValue>> {
        self.tracker_values(date, date)
    }

    /// The safety trackers' answers at or above their threshold from `from` to `to`,
    /// oldest first: shared or not, archived or not (the summary's first page).
    pub fn safety_answers(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<SafetyAnswer>> {
        let trackers = all(&self.conn)?;
        let mut out = Vec::new();
        for v in self.tracker_values(from, to)? {
            let Some(t) = trackers.iter().find(|t| t.id == v.tracker_id) else {
                continue;
            };
            if t.is_safety_answer(v.value) {
                out.push(SafetyAnswer {
                    date: v.date,
                    tracker_id: t.id,
                    name: t.name.clone(),
                    value: v.value,
                    shown: t.show(v.value),
                });
            }
        }
        Ok(out)
    }
}

impl Tx<'_> {
    /// Adds a tracker after the others.
    pub fn add_tracker(&self, draft: TrackerDraft) -> Result<Tracker> {
        let d = draft.validated()?;
        self.unique_name(&d.name, None)?;
        let position: i64 = self.query_row(
            "SELECT coalesce(max(position) + 1, 0) FROM trackers",
            [],
            |r| r.get(0),
        )?;
        self.execute(
            "INSERT INTO trackers (name, kind, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![d.name, d.kind.map(|k| k.as_str()), position, self.now],
        )?;
        self.write_tracker(self.last_insert_rowid(), &d)
    }

    /// Replaces what a tracker is; its answers stay (and must still fit it).
    pub fn edit_tracker(&self, id: i64, draft: TrackerDraft) -> Result<Tracker> {
        one(self, id)?;
        let d = draft.validated()?;
        self.unique_name(&d.name, Some(id))?;
        let t = self.write_tracker(id, &d)?;
        let mut st =
            self.prepare_cached("SELECT value FROM tracker_values WHERE tracker_id = ?1")?;
        let values: Vec<f64> = st
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for v in values {
            t.check_value(v)?;
        }
        Ok(t)
    }

    fn unique_name(&self, name: &str, except: Option<i64>) -> Result<()> {
        let key = name.to_lowercase();
        if all(self)?
            .iter()
            .any(|t| Some(t.id) != except && t.name.to_lowercase() == key)
        {
            return Err(Error::invalid(
                "name",
                t!("store-tracker-name-taken", name = name),
            ));
        }
        Ok(())
    }

    fn write_tracker(&self, id: i64, d: &TrackerDraft) -> Result<Tracker> {
        self.execute(
            "UPDATE trackers SET name = ?2, kind = ?3, scale_min = ?4, scale_max = ?5,
                 low_label = ?6, high_label = ?7, unit = ?8, shared = ?9, safety = ?10,
                 threshold = ?11, acted_on = ?12, preset = ?13, updated_at = ?14 WHERE id = ?1",
            params![
                id,
                d.name,
                d.kind.map(|k| k.as_str()),
                d.scale_min,
                d.scale_max,
                d.low_label,
                d.high_label,
                d.unit,
                d.shared,
                d.safety,
                d.threshold,
                d.acted_on,
                d.preset.map(|p| p.as_str()),
                self.now
            ],
        )?;
        one(self, id)
    }

    /// Moves an active tracker to `to` (0: first) among the active ones.
    pub fn move_tracker(&self, id: i64, to: usize) -> Result<()> {
        let mut order: Vec<i64> = all(self)?
            .into_iter()
            .filter(|t| t.archived_on.is_none())
            .map(|t| t.id)
            .collect();
        let Some(from) = order.iter().position(|&t| t == id) else {
            one(self, id)?;
            return Ok(());
        };
        let moved = order.remove(from);
        order.insert(to.min(order.len()), moved);
        for (pos, tid) in order.iter().enumerate() {
            self.execute(
                "UPDATE trackers SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position != ?2",
                params![tid, pos as i64, self.now],
            )?;
        }
        Ok(())
    }

    /// Archives a tracker from `on` (its answers stay), or brings it back (`None`), last.
    pub fn archive_tracker(&self, id: i64, on: Option<NaiveDate>) -> Result<Tracker> {
        one(self, id)?;
        if let Some(day) = on {
            self.check_lived("archived_on", day)?;
        }
        self.execute(
            "UPDATE trackers SET archived_on = ?2, updated_at = ?3,
                 position = CASE WHEN ?2 IS NULL THEN (SELECT coalesce(max(position) + 1, 0)
                     FROM trackers WHERE archived_on IS NULL) ELSE position END
             WHERE id = ?1",
            params![id, on, self.now],
        )?;
        one(self, id)
    }

    /// Sets a tracker's answer for a day (`None` clears it), checked against the tracker;
    /// an archived tracker takes no new answer from the day it was archived.
    /// `acted_on` is kept only for a tracker that asks it.
    pub fn set_tracker_value(
        &self,
        tracker_id: i64,
        date: NaiveDate,
        value: Option<f64>,
        acted_on: Option<bool>,
    ) -> Result<Option<TrackerValue>> {
        let t = one(self, tracker_id)?;
        self.check_lived("date", date)?;
        let before = value_on(self, tracker_id, date)?;
        let Some(value) = value else {
            if let Some(v) = before {
                self.execute("DELETE FROM tracker_values WHERE id = ?1", [v.id])?;
            }
            return Ok(None);
        };
        t.check_value(value)?;
        if t.archived_on.is_some_and(|a| date >= a) {
            return Err(Error::invalid(
                "tracker",
                t!("store-tracker-archived", name = t.name.clone()),
            ));
        }
        let acted_on = acted_on.filter(|_| t.acted_on);
        match before {
            Some(v) => {
                self.execute(
                    "UPDATE tracker_values SET value = ?2, acted_on = ?3, updated_at = ?4 WHERE id = ?1",
                    params![v.id, value, acted_on, self.now],
                )?;
            }
            None => self.insert_value(&t, date, value, acted_on)?,
        }
        value_on(self, tracker_id, date)
    }

    /// A new answer under the uid derived from its tracker's and its day, so two
    /// devices answering the same day make one record; past a deletion of that very
    /// answer, with the revision after the tombstone's.
    fn insert_value(
        &self,
        t: &Tracker,
        date: NaiveDate,
        value: f64,
        acted_on: Option<bool>,
    ) -> Result<()> {
        let tracker_uid: String =
            self.query_row("SELECT uid FROM trackers WHERE id = ?1", [t.id], |r| {
                r.get(0)
            })?;
        let uid = derived_uid(&tracker_uid, &format!("value:{date}"));
        let gone: i64 = self
            .query_row(
                "SELECT revision FROM tombstones WHERE tbl = 'tracker_values' AND uid = ?1",
                [&uid],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        self.execute(
            "INSERT INTO tracker_values (uid, tracker_id, date, value, acted_on, created_at, updated_at, revision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
            params![uid, t.id, date, value, acted_on, self.now, gone + 1],
        )?;
        self.execute(
            "DELETE FROM tombstones WHERE tbl = 'tracker_values' AND uid = ?1",
            [&uid],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
