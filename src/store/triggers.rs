//! Triggers, the coping toolbox, and encounters with triggers and urges.

use super::{Store, Tx, ids, named, named_opt};
use crate::domain::time::local_date;
use crate::domain::{
    CopingStrategy, EventDraft, LifeDomain, Trigger, TriggerDraft, TriggerEvent, required_text,
};
use crate::error::{Error, Result};
use crate::store::schema;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

const TRIGGER_COLUMNS: &str = "id, name, category, origin, notes, created_at, updated_at";
const COPING_COLUMNS: &str = "id, name, description, domain, created_at, updated_at, plan_position";
const EVENT_COLUMNS: &str =
    "id, at, date, trigger_id, urge_before, urge_after, coping_id, outcome, note, created_at";

fn trigger_row(r: &Row) -> rusqlite::Result<Trigger> {
    Ok(Trigger {
        id: r.get(0)?,
        name: r.get(1)?,
        category: named(r, 2)?,
        origin: named(r, 3)?,
        notes: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
        coping_ids: Vec::new(),
    })
}

fn event_row(r: &Row) -> rusqlite::Result<TriggerEvent> {
    Ok(TriggerEvent {
        id: r.get(0)?,
        at: r.get(1)?,
        date: r.get(2)?,
        trigger_id: r.get(3)?,
        urge_before: r.get(4)?,
        urge_after: r.get(5)?,
        coping_id: r.get(6)?,
        outcome: named(r, 7)?,
        note: r.get(8)?,
        created_at: r.get(9)?,
    })
}

fn coping_row(r: &Row) -> rusqlite::Result<CopingStrategy> {
    Ok(CopingStrategy {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        domain: named_opt(r, 3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
        plan_position: r.get(6)?,
    })
}

/// One strategy of the coping toolbox.
pub(super) fn coping(conn: &Connection, id: i64) -> Result<CopingStrategy> {
    conn.prepare_cached(&format!(
        "SELECT {COPING_COLUMNS} FROM coping_strategies WHERE id = ?1"
    ))?
    .query_row([id], coping_row)
    .optional()?
    .ok_or(Error::NotFound {
        what: crate::domain::RecordKind::Coping.noun(),
        id,
        list: crate::domain::RecordKind::Coping.list_command(),
    })
}

fn trigger(conn: &Connection, id: i64) -> Result<Trigger> {
    let mut t = conn
        .prepare_cached(&format!(
            "SELECT {TRIGGER_COLUMNS} FROM triggers WHERE id = ?1"
        ))?
        .query_row([id], trigger_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: crate::domain::RecordKind::Trigger.noun(),
            id,
            list: crate::domain::RecordKind::Trigger.list_command(),
        })?;
    t.coping_ids = ids(
        conn,
        "SELECT coping_id FROM trigger_coping WHERE trigger_id = ?1 ORDER BY coping_id",
        id,
    )?;
    Ok(t)
}

fn event(conn: &Connection, id: i64) -> Result<TriggerEvent> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM trigger_events WHERE id = ?1"
        ))?
        .query_row([id], event_row)?)
}

impl Store {
    pub fn trigger(&self, id: i64) -> Result<Trigger> {
        trigger(&self.conn, id)
    }

    pub fn triggers(&self) -> Result<Vec<Trigger>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {TRIGGER_COLUMNS} FROM triggers ORDER BY category, name"
        ))?;
        let mut list: Vec<Trigger> = st
            .query_map([], trigger_row)?
            .collect::<rusqlite::Result<_>>()?;
        for t in &mut list {
            t.coping_ids = ids(
                &self.conn,
                "SELECT coping_id FROM trigger_coping WHERE trigger_id = ?1 ORDER BY coping_id",
                t.id,
            )?;
        }
        Ok(list)
    }

    pub fn coping_strategies(&self) -> Result<Vec<CopingStrategy>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COPING_COLUMNS} FROM coping_strategies ORDER BY name COLLATE NOCASE"
        ))?;
        Ok(st
            .query_map([], coping_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn trigger_event(&self, id: i64) -> Result<TriggerEvent> {
        event(&self.conn, id)
    }

    /// Encounters between two dates (inclusive, open-ended when `None`), newest first.
    pub fn trigger_events(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        trigger_id: Option<i64>,
    ) -> Result<Vec<TriggerEvent>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM trigger_events WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)
               AND (?3 IS NULL OR trigger_id = ?3) ORDER BY at DESC, id DESC"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        Ok(st
            .query_map(params![from, to, trigger_id], event_row)?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    fn require_coping(&self, id: i64) -> Result<()> {
        self.require(crate::domain::RecordKind::Coping, id)
    }

    pub fn add_trigger(&self, d: TriggerDraft) -> Result<Trigger> {
        let name = required_text("name", &d.name)?;
        let notes = d.notes.as_deref().and_then(crate::domain::optional_text);
        for c in &d.coping_ids {
            self.require_coping(*c)?;
        }
        self.execute(
            "INSERT INTO triggers (name, category, origin, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![name, d.category.as_str(), d.origin.as_str(), notes, self.now],
        )?;
        let id = self.last_insert_rowid();
        for c in &d.coping_ids {
            self.execute(
                "INSERT OR IGNORE INTO trigger_coping (trigger_id, coping_id) VALUES (?1, ?2)",
                params![id, c],
            )?;
        }
        trigger(self, id)
    }

    /// Links (or, with `link == false`, unlinks) a coping strategy to a trigger.
    pub fn link_coping(&self, trigger_id: i64, coping_id: i64, link: bool) -> Result<Trigger> {
        trigger(self, trigger_id)?;
        self.require_coping(coping_id)?;
        let sql = if link {
            "INSERT OR IGNORE INTO trigger_coping (trigger_id, coping_id) VALUES (?1, ?2)"
        } else {
            "DELETE FROM trigger_coping WHERE trigger_id = ?1 AND coping_id = ?2"
        };
        self.execute(sql, params![trigger_id, coping_id])?;
        trigger(self, trigger_id)
    }

    pub fn add_coping(
        &self,
        name: &str,
        description: Option<&str>,
        domain: Option<LifeDomain>,
    ) -> Result<CopingStrategy> {
        let name = required_text("name", name)?;
        let description = description.and_then(crate::domain::optional_text);
        self.execute(
            "INSERT INTO coping_strategies (name, description, domain, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![name, description, domain.map(|d| d.as_str()), self.now],
        )?;
        coping(self, self.last_insert_rowid())
    }

    pub fn log_trigger_event(&self, d: EventDraft) -> Result<TriggerEvent> {
        d.validate()?;
        if let Some(t) = d.trigger_id {
            trigger(self, t)?;
        }
        if let Some(c) = d.coping_id {
            self.require_coping(c)?;
        }
        let day_start = super::profile(self)?.day_start_hour;
        self.check_lived("at", crate::domain::time::local_date(d.at, day_start))?;
        let note = d.note.as_deref().and_then(crate::domain::optional_text);
        self.execute(
            "INSERT INTO trigger_events (at, date, trigger_id, urge_before, urge_after, coping_id, outcome, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![
                crate::clock::stamp(d.at),
                local_date(d.at, day_start),
                d.trigger_id,
                d.urge_before,
                d.urge_after,
                d.coping_id,
                d.outcome.as_str(),
                note,
                self.now
            ],
        )?;
        event(self, self.last_insert_rowid())
    }
}

impl Tx<'_> {
    /// Sets a trigger's name, category, origin and notes (its coping links stay).
    pub fn edit_trigger(&self, id: i64, d: TriggerDraft) -> Result<Trigger> {
        trigger(self, id)?;
        let name = required_text("name", &d.name)?;
        let notes = d.notes.as_deref().and_then(crate::domain::optional_text);
        self.execute(
            "UPDATE triggers SET name = ?2, category = ?3, origin = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
            params![id, name, d.category.as_str(), d.origin.as_str(), notes, self.now],
        )?;
        trigger(self, id)
    }

    pub fn edit_coping(
        &self,
        id: i64,
        name: &str,
        description: Option<&str>,
        domain: Option<LifeDomain>,
    ) -> Result<CopingStrategy> {
        self.require_coping(id)?;
        let name = required_text("name", name)?;
        let description = description.and_then(crate::domain::optional_text);
        self.execute(
            "UPDATE coping_strategies SET name = ?2, description = ?3, domain = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, name, description, domain.map(|d| d.as_str()), self.now],
        )?;
        coping(self, id)
    }

    /// Replaces everything an encounter says: when, which trigger, the urge before
    /// and after, the coping used, the outcome and the note.
    pub fn edit_trigger_event(&self, id: i64, d: EventDraft) -> Result<TriggerEvent> {
        event(self, id)?;
        d.validate()?;
        if let Some(t) = d.trigger_id {
            trigger(self, t)?;
        }
        if let Some(c) = d.coping_id {
            self.require_coping(c)?;
        }
        let day_start = super::profile(self)?.day_start_hour;
        self.check_lived("at", local_date(d.at, day_start))?;
        let note = d.note.as_deref().and_then(crate::domain::optional_text);
        self.execute(
            "UPDATE trigger_events SET at = ?2, date = ?3, trigger_id = ?4, urge_before = ?5, urge_after = ?6,
                 coping_id = ?7, outcome = ?8, note = ?9, updated_at = ?10 WHERE id = ?1",
            params![
                id,
                crate::clock::stamp(d.at),
                local_date(d.at, day_start),
                d.trigger_id,
                d.urge_before,
                d.urge_after,
                d.coping_id,
                d.outcome.as_str(),
                note,
                self.now
            ],
        )?;
        event(self, id)
    }
}

pub(super) fn redate_all(conn: &Connection, day_start: u8) -> Result<()> {
    super::journal::redate(conn, schema::ENCOUNTERS, day_start)
}
