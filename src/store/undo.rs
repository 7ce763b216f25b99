//! Deleting any record, and putting one back: a deletion keeps the row and the rows that
//! belong to it as JSON in its tombstone, and an edit can keep the same snapshot first,
//! so the running TUI can undo either.
//!
//! What goes with a record: rows it owns (a goal's steps and marks, an entry's tags, a
//! trigger's coping links) are deleted with it and come back with it. Records that only
//! point at it (a trigger's encounters, a commitment's growth entries, the encounters that
//! used a coping strategy) are the person's own history: they stay, without the link, and
//! an undo links them again. `Store::also_affected` says so before the person confirms.

use super::schema::{self, Child, Tie};
use super::{Store, Tx};
use crate::domain::{RecordKind, one_line};
use crate::error::{Error, Result};
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params_from_iter};
use serde_json::{Map, Value};

/// The table a kind of record lives in.
pub(super) fn table(kind: RecordKind) -> &'static str {
    schema::of_kind(kind).table
}

/// What goes with a record of `kind` (see `schema::children`).
fn children(kind: RecordKind) -> Vec<Child> {
    schema::children(table(kind))
}

/// What tells a record of `kind` apart, for its one-line name.
fn described(kind: RecordKind) -> schema::Describe {
    schema::of_kind(kind).describe
}

/// A record's one-line name from what tells it apart (`what`): "the goal "Walk"".
fn named(kind: RecordKind, what: String) -> String {
    use RecordKind::*;
    match kind {
        Checkin => t!("store-label-checkin", what = what),
        Journal => t!("store-label-journal", what = what),
        Goal => t!("store-label-goal", what = what),
        GoalMark => t!("store-label-goal-mark", what = what),
        Coping => t!("store-label-coping", what = what),
        Trigger => t!("store-label-trigger", what = what),
        Encounter => t!("store-label-encounter", what = what),
        PlanItem => t!("store-label-plan-item", what = what),
        Growth => t!("store-label-growth", what = what),
        Commitment => t!("store-label-commitment", what = what),
        SelfCheck => t!("store-label-self-check", what = what),
        Person => t!("store-label-person", what = what),
        Meeting => t!("store-label-meeting", what = what),
        Connection => t!("store-label-connection", what = what),
        Use => t!("store-label-use", what = what),
        Tracker => t!("store-label-tracker", what = what),
        Medication => t!("store-label-medication", what = what),
        Dose => t!("store-label-dose", what = what),
    }
}

/// A record as it was, with the rows that belong to it: what an undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub kind: RecordKind,
    pub id: i64,
    /// "the trigger "Payday"", for the confirmation and the undo message.
    pub label: String,
    json: String,
    /// Kept by a deletion (undo inserts it again), not by an edit (undo sets it back).
    deleted: bool,
    /// The revision the edit left the row at: undo refuses once it has moved on.
    after_revision: Option<i64>,
}

/// The columns of a table, in order.
fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(&format!("PRAGMA table_info({table})"))?;
    let cols = st
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(cols)
}

/// The rows of `table` where `column = id`, each as a JSON object.
fn rows_json(conn: &Connection, table: &str, column: &str, id: i64) -> Result<Vec<Value>> {
    let pairs: Vec<String> = columns(conn, table)?
        .iter()
        .map(|c| format!("'{c}', \"{c}\""))
        .collect();
    let sql = format!(
        "SELECT json_object({}) FROM {table} WHERE \"{column}\" = ?1",
        pairs.join(", ")
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map([id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .iter()
        .map(|s| serde_json::from_str(s).unwrap_or(Value::Null))
        .collect())
}

fn not_found(kind: RecordKind, id: i64) -> Error {
    Error::NotFound {
        what: kind.noun(),
        id,
        list: kind.list_command(),
    }
}

/// The record's one-line label, or NotFound.
pub(super) fn label(conn: &Connection, kind: RecordKind, id: i64) -> Result<String> {
    let describe = described(kind);
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?1",
        describe.sql(),
        table(kind)
    );
    let parts: Option<String> = conn.query_row(&sql, [id], |r| r.get(0)).optional()?;
    let parts = parts.ok_or_else(|| not_found(kind, id))?;
    let parts: Vec<Option<String>> = serde_json::from_str(&parts).unwrap_or_default();
    Ok(named(kind, one_line(&describe.words(&parts), 60)))
}

fn snapshot(conn: &Connection, kind: RecordKind, id: i64) -> Result<Snapshot> {
    let label = label(conn, kind, id)?;
    let row = rows_json(conn, table(kind), "id", id)?
        .pop()
        .ok_or_else(|| not_found(kind, id))?;
    let mut kids = Vec::new();
    for c in children(kind) {
        let rows = rows_json(conn, c.table, c.column, id)?;
        kids.push(Value::Array(rows));
    }
    let json = serde_json::json!({ "row": row, "children": kids }).to_string();
    Ok(Snapshot {
        kind,
        id,
        label,
        json,
        deleted: false,
        after_revision: None,
    })
}

fn sql_value(v: &Value) -> Sql {
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(Sql::Integer)
            .unwrap_or_else(|| Sql::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

impl Store {
    /// The label of a record and what else a deletion of it would touch, in words:
    /// ("its 3 encounters stay, without it"), for the confirmation.
    pub fn deletion(&self, kind: RecordKind, id: i64) -> Result<(String, Vec<String>)> {
        let label = label(&self.conn, kind, id)?;
        let mut also = Vec::new();
        for c in children(kind) {
            let n: i64 = self.conn.query_row(
                &format!(
                    "SELECT count(*) FROM {} WHERE \"{}\" = ?1",
                    c.table, c.column
                ),
                [id],
                |r| r.get(0),
            )?;
            if n == 0 {
                continue;
            }
            let rows = c.noun(n);
            also.push(match c.tie {
                Tie::Owned => t!("store-also-owned", count = n, rows = rows),
                Tie::Linked => t!("store-also-linked", count = n, rows = rows),
            });
        }
        // A coping step of the plan is the strategy itself: it leaves the plan with it.
        if kind == RecordKind::Coping && self.plan_coping_item(id)?.position > 0 {
            also.push(t!("store-also-plan-coping"));
        }
        Ok((label, also))
    }

    /// The revision a record has now, for a form to save only over what it showed.
    pub fn revision(&self, kind: RecordKind, id: i64) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT revision FROM {} WHERE id = ?1", table(kind)),
                [id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The record as it is now, for undoing an edit about to be made.
    pub fn snapshot(&self, kind: RecordKind, id: i64) -> Result<Snapshot> {
        snapshot(&self.conn, kind, id)
    }
}

impl Tx<'_> {
    /// Changes a record with `edit`, after checking it still has the revision a form
    /// opened it with (when given); returns the record as it was, for undo, and what
    /// `edit` returned.
    pub fn edit_record<T>(
        &self,
        kind: RecordKind,
        id: i64,
        revision: Option<i64>,
        edit: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<(Snapshot, T)> {
        if let Some(rev) = revision {
            self.expect_revision(table(kind), &kind.noun(), id, rev)?;
        }
        let mut before = snapshot(self, kind, id)?;
        let done = edit(self)?;
        before.after_revision = self.revision_of(kind, id)?;
        Ok((before, done))
    }

    fn revision_of(&self, kind: RecordKind, id: i64) -> Result<Option<i64>> {
        Ok(self
            .query_row(
                &format!("SELECT revision FROM {} WHERE id = ?1", table(kind)),
                [id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Deletes a record and what it owns, keeping all of it in the tombstone so that
    /// `restore` can bring it back. Returns what was deleted.
    pub fn delete_record(&self, kind: RecordKind, id: i64) -> Result<Snapshot> {
        let mut snap = snapshot(self, kind, id)?;
        snap.deleted = true;
        let uid: String = self.query_row(
            &format!("SELECT uid FROM {} WHERE id = ?1", table(kind)),
            [id],
            |r| r.get(0),
        )?;
        self.execute(&format!("DELETE FROM {} WHERE id = ?1", table(kind)), [id])?;
        self.execute(
            "UPDATE tombstones SET row = ?3 WHERE tbl = ?1 AND uid = ?2",
            rusqlite::params![table(kind), uid, snap.json],
        )?;
        self.after(&snap, id, false)?;
        Ok(snap)
    }

    /// What a record's deletion or return changes beyond its rows: a plan section's
    /// numbering, and the milestone step a progress mark completed.
    fn after(&self, snap: &Snapshot, id: i64, back: bool) -> Result<()> {
        let v: Value = serde_json::from_str(&snap.json).unwrap_or(Value::Null);
        let row = &v["row"];
        match snap.kind {
            RecordKind::PlanItem if back => {
                let at = row["position"].as_i64().unwrap_or(1).max(1);
                self.move_plan_item(id, at as u32)?;
            }
            RecordKind::PlanItem => {
                let section = row["section"].as_str().unwrap_or_default();
                self.close_gaps(section)?;
            }
            RecordKind::GoalMark => {
                let done = if back {
                    row["date"].clone()
                } else {
                    Value::Null
                };
                self.execute(
                    "UPDATE goal_steps SET done_on = ?2, updated_at = ?3 WHERE id = ?1 AND (?2 IS NOT NULL
                         OR NOT EXISTS (SELECT 1 FROM goal_logs WHERE step_id = ?1))",
                    rusqlite::params![row["step_id"].as_i64(), sql_value(&done), self.now],
                )?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Puts a record back as the snapshot holds it; returns its id (a deleted record
    /// whose id another has taken since comes back under a new one). Undoing an edit
    /// sets the row's fields back, and its tags or links, and nothing added since; it is
    /// refused when the record was changed or deleted since. Undoing a deletion brings
    /// back the row, the rows it owned and the links of records that pointed at it and
    /// still point nowhere. Every row restored counts as a new write.
    pub fn restore(&self, snap: &Snapshot) -> Result<i64> {
        let v: Value =
            serde_json::from_str(&snap.json).map_err(|e| Error::invalid("undo", e.to_string()))?;
        let row = v["row"]
            .as_object()
            .ok_or_else(|| Error::invalid("undo", t!("store-undo-nothing-kept")))?;
        let kids: Vec<Vec<Value>> = v["children"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| r.as_array().cloned().unwrap_or_default())
            .collect();
        let id = if snap.deleted {
            self.bring_back(snap, row, &kids)?
        } else {
            self.set_back(snap, row, &kids)?
        };
        self.after(snap, id, true)?;
        Ok(id)
    }

    /// Undoing an edit: the row's own fields and its links, if it is as the edit left it.
    fn set_back(
        &self,
        snap: &Snapshot,
        row: &Map<String, Value>,
        kids: &[Vec<Value>],
    ) -> Result<i64> {
        let t = table(snap.kind);
        let now: Option<(String, i64)> = self
            .query_row(
                &format!("SELECT uid, revision FROM {t} WHERE id = ?1"),
                [snap.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let uid = row.get("uid").and_then(Value::as_str);
        match now {
            None => return Err(undo_refused(t!("store-undo-deleted", record = &snap.label))),
            Some((u, _)) if Some(u.as_str()) != uid => {
                return Err(undo_refused(t!("store-undo-deleted", record = &snap.label)));
            }
            Some((_, rev)) if snap.after_revision.is_some_and(|r| r != rev) => {
                return Err(undo_refused(t!("store-undo-changed", record = &snap.label)));
            }
            Some(_) => {}
        }
        self.upsert(t, row, true).map_err(|e| taken(e, snap))?;
        for (c, rows) in children(snap.kind).iter().zip(kids) {
            if c.tie == Tie::Owned && !has_id(self, c.table)? {
                self.execute(
                    &format!("DELETE FROM {} WHERE \"{}\" = ?1", c.table, c.column),
                    [snap.id],
                )?;
                for r in rows.iter().filter_map(Value::as_object) {
                    self.insert_link(c.table, r)?;
                }
            }
            if c.table == schema::SCHEDULES {
                self.set_back_steps(snap.id, rows)?;
            }
        }
        Ok(snap.id)
    }

    /// A medication's dose and schedule steps are part of what its edit changed: they
    /// come back as they were, and a step added since goes.
    fn set_back_steps(&self, medication_id: i64, rows: &[Value]) -> Result<()> {
        let kept: Vec<&str> = rows.iter().filter_map(|r| r["uid"].as_str()).collect();
        let now: Vec<(i64, String)> = self
            .prepare("SELECT id, uid FROM medication_schedules WHERE medication_id = ?1")?
            .query_map([medication_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, uid) in now {
            if !kept.contains(&uid.as_str()) {
                self.execute("DELETE FROM medication_schedules WHERE id = ?1", [id])?;
            }
        }
        for r in rows.iter().filter_map(Value::as_object) {
            self.upsert(schema::SCHEDULES, r, true)?;
        }
        Ok(())
    }

    /// Undoing a deletion: the row, what it owned and the links to it, under new ids
    /// where others have taken theirs.
    fn bring_back(
        &self,
        snap: &Snapshot,
        row: &Map<String, Value>,
        kids: &[Vec<Value>],
    ) -> Result<i64> {
        let t = table(snap.kind);
        let id = self.put(t, row).map_err(|e| taken(e, snap))?;
        // Ids the owned rows came back under, for rows that point at them.
        let mut moved: Vec<(&str, i64, i64)> = Vec::new();
        for (c, rows) in children(snap.kind).iter().zip(kids) {
            for r in rows.iter().filter_map(Value::as_object) {
                let mut r = r.clone();
                match c.tie {
                    Tie::Owned => {
                        r.insert(c.column.into(), Value::from(id));
                        if let Some(step) = r.get("step_id").and_then(Value::as_i64)
                            && let Some(m) = moved
                                .iter()
                                .find(|m| m.0 == schema::GOAL_STEPS && m.1 == step)
                        {
                            r.insert("step_id".into(), Value::from(m.2));
                        }
                        if has_id(self, c.table)? {
                            let old = r.get("id").and_then(Value::as_i64).unwrap_or(0);
                            moved.push((c.table, old, self.put(c.table, &r)?));
                        } else {
                            self.insert_link(c.table, &r)?;
                        }
                    }
                    Tie::Linked => {
                        self.execute(
                            &format!(
                                "UPDATE {} SET \"{}\" = ?1 WHERE uid = ?2 AND \"{}\" IS NULL",
                                c.table, c.column, c.column
                            ),
                            rusqlite::params![id, r.get("uid").and_then(Value::as_str)],
                        )?;
                    }
                }
            }
        }
        Ok(id)
    }

    /// Inserts a deleted row again: under its own id when that is free (or still its
    /// own), else under a new one. Returns the id it has now.
    fn put(&self, t: &str, row: &Map<String, Value>) -> Result<i64> {
        let old = row.get("id").and_then(Value::as_i64).unwrap_or(0);
        let holder: Option<String> = self
            .query_row(&format!("SELECT uid FROM {t} WHERE id = ?1"), [old], |r| {
                r.get(0)
            })
            .optional()?;
        let mine = row.get("uid").and_then(Value::as_str);
        if holder.is_none() || holder.as_deref() == mine {
            self.upsert(t, row, false)?;
            return Ok(old);
        }
        let mut fresh = row.clone();
        fresh.remove("id");
        self.upsert(t, &fresh, false)?;
        Ok(self.last_insert_rowid())
    }

    /// Inserts a row (by its id when it has one), or with `update` sets an existing
    /// one's fields back; either way its revision moves past anything written before,
    /// and its tombstone goes.
    fn upsert(&self, t: &str, row: &Map<String, Value>, update: bool) -> Result<()> {
        // Only the table's own columns, as the schema lists them, reach the SQL.
        let known = columns(self, t)?;
        let cols: Vec<&String> = row
            .keys()
            .filter(|k| k.as_str() != "revision" && known.contains(k))
            .collect();
        let holes: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let sets: Vec<String> = cols
            .iter()
            .filter(|c| c.as_str() != "id")
            .map(|c| format!("\"{c}\" = excluded.\"{c}\""))
            .collect();
        let names: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
        let gone: i64 = match row.get("uid").and_then(Value::as_str) {
            Some(uid) => self
                .query_row(
                    "SELECT revision FROM tombstones WHERE tbl = ?1 AND uid = ?2",
                    [t, uid],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(0),
            None => 0,
        };
        let conflict = if update {
            format!(
                " ON CONFLICT (id) DO UPDATE SET {}, revision = {t}.revision + 1",
                sets.join(", ")
            )
        } else {
            String::new()
        };
        let sql = format!(
            "INSERT INTO {t} ({names}, revision) VALUES ({holes}, max(?{n}, 1)){conflict}",
            names = names.join(", "),
            holes = holes.join(", "),
            n = cols.len() + 1,
        );
        let mut values: Vec<Sql> = cols.iter().map(|c| sql_value(&row[c.as_str()])).collect();
        values.push(Sql::Integer(gone + 1));
        self.execute(&sql, params_from_iter(values))?;
        if let Some(uid) = row.get("uid").and_then(Value::as_str) {
            self.execute(
                "DELETE FROM tombstones WHERE tbl = ?1 AND uid = ?2",
                [t, uid],
            )?;
        }
        Ok(())
    }

    fn insert_link(&self, t: &str, row: &Map<String, Value>) -> Result<()> {
        // Only the table's own columns, as the schema lists them, reach the SQL.
        let known = columns(self, t)?;
        let row: Vec<(&String, &Value)> = row.iter().filter(|(c, _)| known.contains(c)).collect();
        let names: Vec<String> = row.iter().map(|(c, _)| format!("\"{c}\"")).collect();
        let holes: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        let values: Vec<Sql> = row.iter().map(|(_, v)| sql_value(v)).collect();
        // A link to a record deleted meanwhile can't come back; the rest still do.
        let sql = format!(
            "INSERT OR IGNORE INTO {t} ({}) SELECT {} WHERE 1",
            names.join(", "),
            holes.join(", ")
        );
        match self.execute(&sql, params_from_iter(values)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Ok(())
            }
            other => other.map(|_| ()).map_err(Into::into),
        }
    }
}

/// Whether a table's rows have an id of their own (link tables don't).
fn has_id(conn: &Connection, table: &str) -> Result<bool> {
    Ok(columns(conn, table)?.iter().any(|n| n == "id"))
}

fn undo_refused(why: String) -> Error {
    Error::invalid("undo", why)
}

/// A restore that collides with a record written since (a new check-in for the same
/// day) says so instead of failing with SQLite's words.
fn taken(e: Error, snap: &Snapshot) -> Error {
    match e {
        Error::Sqlite(rusqlite::Error::SqliteFailure(f, _))
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            taken_by_another(snap)
        }
        other => other,
    }
}

fn taken_by_another(snap: &Snapshot) -> Error {
    Error::invalid("undo", t!("store-undo-taken", record = &snap.label))
}

#[cfg(test)]
#[path = "undo_tests.rs"]
mod tests;
