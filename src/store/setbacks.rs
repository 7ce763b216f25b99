//! Commitments and setbacks: the clocks of recovery and the growth entries that
//! record what happened, without ever taking back days already lived.

use super::{Store, Tx, ids, named};
use crate::domain::{Commitment, Setback, SetbackDraft, SetbackKind, optional_text, required_text};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

const SETBACK_COLUMNS: &str = "id, date, commitment_id, kind, what_happened, warning_signs, what_helped, learned, \
                               next_time, reached_out, created_at, updated_at, over_plan";

fn commitment_row(r: &Row) -> rusqlite::Result<Commitment> {
    Ok(Commitment {
        id: r.get(0)?,
        name: r.get(1)?,
        start_date: r.get(2)?,
        note: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

fn setback_row(r: &Row) -> rusqlite::Result<Setback> {
    Ok(Setback {
        id: r.get(0)?,
        date: r.get(1)?,
        commitment_id: r.get(2)?,
        // "Over my plan" is stored as a hard day with a mark (an older tend reads a
        // hard day).
        kind: if r.get::<_, bool>(12)? {
            SetbackKind::OverPlan
        } else {
            named(r, 3)?
        },
        what_happened: r.get(4)?,
        warning_signs: r.get(5)?,
        what_helped: r.get(6)?,
        learned: r.get(7)?,
        next_time: r.get(8)?,
        reached_out: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        trigger_ids: Vec::new(),
    })
}

/// The kind as the `kind` column holds it: "over my plan" is a hard day there.
pub(super) fn stored_kind(kind: SetbackKind) -> &'static str {
    match kind {
        SetbackKind::OverPlan => SetbackKind::HardDay.as_str(),
        k => k.as_str(),
    }
}

pub(super) fn commitment(conn: &Connection, id: i64) -> Result<Commitment> {
    conn.prepare_cached(
        "SELECT id, name, start_date, note, created_at, updated_at FROM commitments WHERE id = ?1",
    )?
    .query_row([id], commitment_row)
    .optional()?
    .ok_or(Error::NotFound {
        what: crate::domain::RecordKind::Commitment.noun(),
        id,
        list: crate::domain::RecordKind::Commitment.list_command(),
    })
}

fn setback(conn: &Connection, id: i64) -> Result<Setback> {
    let mut s = conn
        .prepare_cached(&format!(
            "SELECT {SETBACK_COLUMNS} FROM setbacks WHERE id = ?1"
        ))?
        .query_row([id], setback_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: crate::domain::RecordKind::Growth.noun(),
            id,
            list: crate::domain::RecordKind::Growth.list_command(),
        })?;
    s.trigger_ids = ids(
        conn,
        "SELECT trigger_id FROM setback_triggers WHERE setback_id = ?1 ORDER BY trigger_id",
        id,
    )?;
    Ok(s)
}

impl Store {
    pub fn commitment(&self, id: i64) -> Result<Commitment> {
        commitment(&self.conn, id)
    }

    pub fn commitments(&self) -> Result<Vec<Commitment>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT id, name, start_date, note, created_at, updated_at FROM commitments ORDER BY id")?;
        Ok(st
            .query_map([], commitment_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn setback(&self, id: i64) -> Result<Setback> {
        setback(&self.conn, id)
    }

    /// Setbacks between two dates (inclusive, open-ended when `None`), oldest first.
    pub fn setbacks(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<Setback>> {
        let sql = format!(
            "SELECT {SETBACK_COLUMNS} FROM setbacks WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)
             ORDER BY date, id"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut list: Vec<Setback> = st
            .query_map(params![from, to], setback_row)?
            .collect::<rusqlite::Result<_>>()?;
        for s in &mut list {
            s.trigger_ids = ids(
                &self.conn,
                "SELECT trigger_id FROM setback_triggers WHERE setback_id = ?1 ORDER BY trigger_id",
                s.id,
            )?;
        }
        Ok(list)
    }
}

impl Tx<'_> {
    pub fn add_commitment(
        &self,
        name: &str,
        start_date: NaiveDate,
        note: Option<&str>,
    ) -> Result<Commitment> {
        let name = required_text("name", name)?;
        self.check_lived("start", start_date)?;
        self.execute(
            "INSERT INTO commitments (name, start_date, note, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![name, start_date, note.and_then(optional_text), self.now],
        )?;
        commitment(self, self.last_insert_rowid())
    }

    pub fn edit_commitment(
        &self,
        id: i64,
        name: Option<&str>,
        start: Option<NaiveDate>,
        note: Option<&str>,
    ) -> Result<Commitment> {
        let old = commitment(self, id)?;
        let name = name
            .map(|n| required_text("name", n))
            .transpose()?
            .unwrap_or(old.name);
        let note = note.map_or(old.note, optional_text);
        if let Some(s) = start {
            self.check_lived("start", s)?;
        }
        self.execute(
            "UPDATE commitments SET name = ?2, start_date = ?3, note = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, name, start.unwrap_or(old.start_date), note, self.now],
        )?;
        commitment(self, id)
    }

    pub fn add_setback(&self, d: SetbackDraft) -> Result<Setback> {
        self.execute(
            "INSERT INTO setbacks (date, kind, created_at, updated_at) VALUES ('1900-01-01', ?1, ?2, ?2)",
            params![stored_kind(d.kind), self.now],
        )?;
        self.write_setback(self.last_insert_rowid(), &d)
    }

    /// Replaces what a growth entry says; runs, milestones and bounce-back are worked
    /// out from the entries whenever they are shown, so they follow at once.
    pub fn edit_setback(&self, id: i64, d: SetbackDraft) -> Result<Setback> {
        setback(self, id)?;
        self.write_setback(id, &d)
    }

    fn write_setback(&self, id: i64, d: &SetbackDraft) -> Result<Setback> {
        self.check_lived("date", d.date)?;
        if let Some(c) = d.commitment_id {
            commitment(self, c)?;
        }
        for t in &d.trigger_ids {
            self.require(crate::domain::RecordKind::Trigger, *t)?;
        }
        let text = |t: &Option<String>| t.as_deref().and_then(optional_text);
        self.execute(
            "UPDATE setbacks SET date = ?2, commitment_id = ?3, kind = ?4, what_happened = ?5, warning_signs = ?6,
                 what_helped = ?7, learned = ?8, next_time = ?9, reached_out = ?10, updated_at = ?11,
                 over_plan = ?12 WHERE id = ?1",
            params![
                id,
                d.date,
                d.commitment_id,
                stored_kind(d.kind),
                text(&d.what_happened),
                text(&d.warning_signs),
                text(&d.what_helped),
                text(&d.learned),
                text(&d.next_time),
                text(&d.reached_out),
                self.now,
                d.kind == SetbackKind::OverPlan
            ],
        )?;
        self.execute("DELETE FROM setback_triggers WHERE setback_id = ?1", [id])?;
        for t in &d.trigger_ids {
            self.execute(
                "INSERT OR IGNORE INTO setback_triggers (setback_id, trigger_id) VALUES (?1, ?2)",
                params![id, t],
            )?;
        }
        setback(self, id)
    }

    /// The commitments, for rules that depend on how many there are.
    pub fn commitments(&self) -> Result<Vec<Commitment>> {
        let mut st = self.prepare_cached("SELECT id, name, start_date, note, created_at, updated_at FROM commitments ORDER BY id")?;
        Ok(st
            .query_map([], commitment_row)?
            .collect::<rusqlite::Result<_>>()?)
    }
}
