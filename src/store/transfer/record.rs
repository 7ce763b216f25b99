//! One record at a time, in the data file's shape: read by uid with its links, and
//! written back checked like an import. Sync sends and merges records this way, so a
//! record crosses devices exactly as it crosses an export and an import.

use super::check::bad;
use super::{LINKS, RECORDS, STAMPS, Table, to_json, uid_key, uid_of};
use crate::error::Result;
use crate::store::Tx;
use crate::store::schema;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json};

pub use super::check::Today;

/// What a record's write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Written,
    /// Written without a reference or link whose record is not here.
    Partial,
    /// It needs a record deleted here (a step's goal): it goes with it, unwritten.
    Orphaned,
}

/// The columns a record is read with: id, uid, content, references, stamps, revision.
pub(super) fn export_columns(t: &Table) -> Vec<&'static str> {
    ["id", "uid"]
        .into_iter()
        .chain(t.columns.iter().map(|(c, _)| *c))
        .chain(t.refs.iter().map(|r| r.column))
        .chain(STAMPS)
        .chain(["revision"])
        .collect()
}

/// One row read with `export_columns`, references as the referenced records' uids.
pub(super) fn row_json(
    conn: &rusqlite::Connection,
    t: &Table,
    cols: &[&str],
    r: &rusqlite::Row,
) -> Result<Map<String, Json>> {
    let mut obj = Map::new();
    for (i, c) in cols.iter().enumerate() {
        let v: Value = r.get(i)?;
        match t.refs.iter().find(|r| r.column == *c) {
            Some(schema::Ref {
                column: rc, target, ..
            }) => {
                let id = match v {
                    Value::Integer(i) => Some(i),
                    _ => None,
                };
                obj.insert(uid_key(rc), uid_of(conn, target, id)?);
            }
            None => {
                obj.insert((*c).into(), to_json(v));
            }
        }
    }
    Ok(obj)
}

pub(super) fn table(name: &str) -> Result<&'static Table> {
    RECORDS
        .iter()
        .find(|t| t.table == name)
        .ok_or_else(|| bad(name, t!("store-file-unknown-kind")))
}

impl Tx<'_> {
    /// The record of `table` with `uid`, without its row id, with its links (a journal
    /// entry's tags, a trigger's coping, a growth entry's triggers, a connection's
    /// people) under the link table's name; None when there is none.
    pub(in crate::store) fn record_json(
        &self,
        table_name: &str,
        uid: &str,
    ) -> Result<Option<Json>> {
        let t = table(table_name)?;
        let cols = export_columns(t);
        let mut st = self.prepare_cached(&format!(
            "SELECT {} FROM {} WHERE uid = ?1",
            cols.join(", "),
            t.table
        ))?;
        let mut rows = st.query([uid])?;
        let Some(r) = rows.next()? else {
            return Ok(None);
        };
        let mut obj = row_json(self, t, &cols, r)?;
        let id = obj
            .remove("id")
            .and_then(|v| v.as_i64())
            .unwrap_or_default();
        for (name, (a, _), (b, tb)) in LINKS
            .iter()
            .map(schema::Link::ends)
            .filter(|l| l.1.1 == t.table)
        {
            let mut st = self.prepare_cached(&format!(
                "SELECT {b} FROM {name} WHERE {a} = ?1 ORDER BY {b}"
            ))?;
            let vals: Vec<Value> = st
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for v in vals {
                out.push(match (tb, v) {
                    ("", v) => to_json(v),
                    (target, Value::Integer(i)) => uid_of(self, target, Some(i))?,
                    _ => Json::Null,
                });
            }
            out.sort_by_key(|v| v.as_str().map(str::to_owned));
            obj.insert(name.into(), Json::Array(out));
        }
        crate::store::changes::add_extras(self, t.table, uid, &mut obj)?;
        Ok(Some(Json::Object(obj)))
    }
}

/// The uids a record refers to, by table (its references and its links' targets).
pub fn record_refs(table_name: &str, row: &Json) -> Vec<(&'static str, String)> {
    let Ok(t) = table(table_name) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for f in t.refs {
        if let Some(u) = row.get(uid_key(f.column)).and_then(Json::as_str) {
            out.push((f.target, u.to_string()));
        }
    }
    for (name, _, (_, tb)) in LINKS
        .iter()
        .map(schema::Link::ends)
        .filter(|l| l.1.1 == t.table && !l.2.1.is_empty())
    {
        for u in row.get(name).and_then(Json::as_array).into_iter().flatten() {
            if let Some(u) = u.as_str() {
                out.push((tb, u.to_string()));
            }
        }
    }
    out
}

impl Tx<'_> {
    /// Writes a record from another device, checked like an import: adds it, or
    /// replaces the local one with the same uid (its links too). A reference to a
    /// record this journal does not have is dropped; a required one orphans the row.
    pub(in crate::store) fn put_record(
        &self,
        table_name: &str,
        row: &Json,
        today: Today,
    ) -> Result<Put> {
        let t = table(table_name)?;
        let obj = row
            .as_object()
            .ok_or_else(|| bad(t.table, t!("store-file-not-an-object")))?;
        let uid = obj
            .get("uid")
            .and_then(Json::as_str)
            .ok_or_else(|| bad(t.table, t!("store-file-no-uid")))?;
        let at = format!("{}[{uid}]", t.table);
        let mut obj = obj.clone();
        obj.remove("id");
        let mut partial = false;
        for schema::Ref {
            column: c,
            target,
            required,
            ..
        } in t.refs
        {
            let key = uid_key(c);
            let Some(u) = obj.get(&key).and_then(Json::as_str).map(str::to_owned) else {
                continue;
            };
            if self.local_id(target, &u)?.is_none() {
                if *required {
                    return Ok(Put::Orphaned);
                }
                obj.insert(key, Json::Null);
                partial = true;
            }
        }
        let local = self.local_id(t.table, uid)?;
        let current = match local {
            Some(id) => Some(self.current(t, id)?),
            None => None,
        };
        let Some((cols, vals)) = self.checked_values(t, &obj, &at, today, current.as_deref())?
        else {
            return Ok(Put::Orphaned);
        };
        let vals = if t.table == schema::CONNECTIONS {
            self.one_meeting_a_day(uid, &cols, vals)?
        } else {
            vals
        };
        let theirs = super::merge::revision(&obj, &at)?.unwrap_or(1);
        let id = match (local, current) {
            (Some(id), Some(cur)) => {
                let ours: i64 = self.query_row(
                    &format!("SELECT revision FROM {} WHERE id = ?1", t.table),
                    [id],
                    |r| r.get(0),
                )?;
                if cur != vals {
                    self.update_row(t, id, &cols, vals, theirs.max(ours + 1))?;
                }
                id
            }
            _ => self.insert_row(t, &Map::new(), uid, &cols, vals, theirs)?,
        };
        partial |= self.put_links(t, id, &obj)?;
        self.keep_extras(t, uid, row, false)?;
        Ok(if partial { Put::Partial } else { Put::Written })
    }

    /// A row's values checked like an import's (`row_values`, then the checks that
    /// weigh fields together), its references resolved: None when it needs a record
    /// deleted here. `current` is the local record's, for a connection's share.
    pub(super) fn checked_values(
        &self,
        t: &Table,
        obj: &Map<String, Json>,
        at: &str,
        today: Today,
        current: Option<&[Value]>,
    ) -> Result<Option<(Vec<&'static str>, Vec<Value>)>> {
        let (cols, mut vals) = self.row_values(t, obj, at, today, None)?;
        if t.table == schema::CONNECTIONS {
            super::rows::share_of_kind(&cols, &mut vals, current);
        }
        super::check::row(t.table, at, &cols, &vals, today).map_err(super::check::invalid)?;
        Ok(self
            .resolve_refs(t, obj, at, vals, None)?
            .map(|v| (cols, v)))
    }

    /// Sets a record's links to the ones `obj` lists; true when a target missing here
    /// was left out.
    fn put_links(&self, t: &Table, id: i64, obj: &Map<String, Json>) -> Result<bool> {
        let (wanted, missing) = self.wanted_links(t, obj)?;
        for ((name, a, b, _), want) in super::links_of(t).zip(wanted) {
            let have: Vec<Value> = self
                .prepare_cached(&format!("SELECT {b} FROM {name} WHERE {a} = ?1"))?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for v in have.iter().filter(|v| !want.contains(v)) {
                self.execute(
                    &format!("DELETE FROM {name} WHERE {a} = ?1 AND {b} = ?2"),
                    rusqlite::params![id, v],
                )?;
            }
            for v in want.iter().filter(|v| !have.contains(v)) {
                self.execute(
                    &format!("INSERT OR IGNORE INTO {name} ({a}, {b}) VALUES (?1, ?2)"),
                    rusqlite::params![id, v],
                )?;
            }
        }
        Ok(missing)
    }

    /// A meeting is attended at most once a day: when two devices each logged it, the
    /// connection with the smaller uid keeps the meeting and the other keeps the rest,
    /// so every device settles on the same two records whatever order they arrive in.
    fn one_meeting_a_day(
        &self,
        uid: &str,
        cols: &[&str],
        mut vals: Vec<Value>,
    ) -> Result<Vec<Value>> {
        let at = |name: &str| cols.iter().position(|c| *c == name).expect("column");
        let (Value::Integer(meeting), Value::Text(date)) =
            (&vals[at("meeting_id")], &vals[at("date")])
        else {
            return Ok(vals);
        };
        match self.attended_by_another(*meeting, date, uid)? {
            Some((_, theirs)) if theirs.as_str() < uid => vals[at("meeting_id")] = Value::Null,
            Some((id, _)) => {
                self.execute(
                    "UPDATE connections SET meeting_id = NULL WHERE id = ?1",
                    [id],
                )?;
            }
            None => {}
        }
        Ok(vals)
    }
}
