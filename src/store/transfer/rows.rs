//! One record of a tend data file: each field checked like typed input, references
//! turned into local ids, then added, updated (a higher revision in the file), or left
//! (unchanged, newer here, or deleted here).

use super::check::{self, Today};
use super::merge::{Fate, bad, invalid, revision};
use super::{Merged, STAMPS, Table, uid_key};
use crate::domain::MAX_NAME_CHARS;
use crate::error::Result;
use crate::store::Tx;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde_json::{Map, Value as Json};

impl Tx<'_> {
    /// Checks one record and adds it, updates the local one, or leaves it.
    pub(super) fn import_row(
        &self,
        t: &Table,
        row: &Json,
        at: &str,
        today: Today,
        merged: &mut Merged,
    ) -> Result<Fate> {
        let obj = row
            .as_object()
            .ok_or_else(|| bad(at, "must be an object"))?;
        known_fields(t, obj, at)?;
        let uid = obj
            .get("uid")
            .and_then(Json::as_str)
            .filter(|u| !u.trim().is_empty() && u.len() <= MAX_NAME_CHARS)
            .ok_or_else(|| bad(&format!("{at}.uid"), "must be the record's uid (text)"))?;
        let theirs = revision(obj, at)?.unwrap_or(1);
        if let Some(id) = obj.get("id").filter(|id| !id.is_null()) {
            id.as_i64()
                .filter(|id| *id > 0)
                .ok_or_else(|| bad(&format!("{at}.id"), "must be a whole number from 1 on"))?;
        }
        let local = self.existing(t, uid, obj)?;
        let current = match local {
            Some((id, _)) => Some(self.current(t, id)?),
            None => None,
        };
        let (cols, mut vals) = self.row_values(t, obj, at, today, current.as_deref())?;
        if t.name == "connections" {
            share_of_kind(&cols, &mut vals, current.as_deref());
        }
        let names: Vec<&str> = cols.to_vec();
        check::row(t.name, at, &names, &vals, today).map_err(invalid)?;
        let Some(vals) = self.resolve_refs(t, obj, at, vals, current.as_deref())? else {
            merged.skipped_deleted += 1;
            return Ok(Fate::Left);
        };
        if t.name == "connections" {
            self.meeting_attended(at, uid, &cols, &vals)?;
        }
        let content = t.columns.len();
        match (local, current) {
            (Some(_), Some(cur))
                if cur[..content] == vals[..content] && refs_same(t, &cur, &vals) =>
            {
                merged.unchanged += 1;
                Ok(Fate::Left)
            }
            (Some((id, ours)), Some(_)) if theirs > ours => {
                self.update_row(t, id, &cols, vals, theirs)?;
                merged.updated += 1;
                Ok(Fate::Updated(id))
            }
            (Some(_), _) => {
                merged.kept_newer += 1;
                Ok(Fate::Left)
            }
            (None, _) => {
                if self
                    .deleted_at_revision(t.name, uid)?
                    .is_some_and(|r| r >= theirs)
                {
                    merged.skipped_deleted += 1;
                    return Ok(Fate::Left);
                }
                let id = self.insert_row(t, obj, uid, &cols, vals, theirs)?;
                merged.added += 1;
                Ok(Fate::Added(id))
            }
        }
    }

    /// The row's values in the order of `all_columns`: each present field checked,
    /// each absent one kept from the local record (or its default for a new one).
    /// References are resolved later; here they hold the current value or Null.
    pub(super) fn row_values(
        &self,
        t: &Table,
        obj: &Map<String, Json>,
        at: &str,
        today: Today,
        current: Option<&[Value]>,
    ) -> Result<(Vec<&'static str>, Vec<Value>)> {
        let cols = all_columns(t);
        let mut vals = Vec::with_capacity(cols.len());
        for (i, c) in cols.iter().enumerate() {
            let field = format!("{at}.{c}");
            let given = obj.get(*c);
            let v = match (given, current) {
                (None, Some(cur)) => cur[i].clone(),
                _ if i < t.columns.len() => {
                    check::value(t.columns[i].1, &field, given, today).map_err(invalid)?
                }
                _ if STAMPS.contains(c) => {
                    check::stamp(&field, given, self.now()).map_err(invalid)?
                }
                _ => Value::Null,
            };
            vals.push(v);
        }
        Ok((cols, vals))
    }

    /// Turns the row's `*_uid` references into local ids. `None` when the row needs a
    /// record the person deleted here (the row goes with it).
    pub(super) fn resolve_refs(
        &self,
        t: &Table,
        obj: &Map<String, Json>,
        at: &str,
        mut vals: Vec<Value>,
        current: Option<&[Value]>,
    ) -> Result<Option<Vec<Value>>> {
        let base = t.columns.len() + STAMPS.len();
        for (k, (c, target, required)) in t.refs.iter().enumerate() {
            let key = uid_key(c);
            let field = format!("{at}.{key}");
            let v = match obj.get(&key) {
                None if current.is_some() => continue,
                None | Some(Json::Null) => Value::Null,
                Some(Json::String(u)) => match self.local_id(target, u)? {
                    Some(id) => Value::Integer(id),
                    None if self.deleted_at_revision(target, u)?.is_some() => Value::Null,
                    None => {
                        return Err(bad(&field, format!("no {target} record with uid {u}")));
                    }
                },
                Some(_) => return Err(bad(&field, "must be a uid (text) or null")),
            };
            if *required && v == Value::Null {
                if obj.get(&key).is_some_and(Json::is_string) {
                    return Ok(None);
                }
                return Err(bad(&field, "is missing"));
            }
            vals[base + k] = v;
        }
        Ok(Some(vals))
    }

    /// The local record the row is: the one with its uid, or for a check-in the one
    /// of its date (a check-in is one per date); with its revision.
    fn existing(
        &self,
        t: &Table,
        uid: &str,
        obj: &Map<String, Json>,
    ) -> Result<Option<(i64, i64)>> {
        let by_uid = self
            .query_row(
                &format!("SELECT id, revision FROM {} WHERE uid = ?1", t.name),
                [uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match (by_uid, obj.get("date").and_then(Json::as_str)) {
            (Some(found), _) => Some(found),
            (None, Some(date)) if t.name == "checkins" => self
                .query_row(
                    "SELECT id, revision FROM checkins WHERE date = ?1",
                    [date],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?,
            _ => None,
        })
    }

    /// The local record's values, in the order of `all_columns`.
    pub(super) fn current(&self, t: &Table, id: i64) -> Result<Vec<Value>> {
        let cols = all_columns(t);
        let n = cols.len();
        Ok(self.query_row(
            &format!("SELECT {} FROM {} WHERE id = ?1", cols.join(", "), t.name),
            [id],
            |r| (0..n).map(|i| r.get::<_, Value>(i)).collect(),
        )?)
    }

    pub(super) fn update_row(
        &self,
        t: &Table,
        id: i64,
        cols: &[&str],
        vals: Vec<Value>,
        revision: i64,
    ) -> Result<()> {
        let set: Vec<String> = cols
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 2))
            .chain([format!("revision = ?{}", cols.len() + 2)])
            .collect();
        let mut p = vec![Value::Integer(id)];
        p.extend(vals);
        p.push(Value::Integer(revision));
        self.execute(
            &format!("UPDATE {} SET {} WHERE id = ?1", t.name, set.join(", ")),
            params_from_iter(p),
        )?;
        Ok(())
    }

    /// Inserts a new record, keeping its exported id when that id is free here.
    pub(super) fn insert_row(
        &self,
        t: &Table,
        obj: &Map<String, Json>,
        uid: &str,
        cols: &[&str],
        mut vals: Vec<Value>,
        revision: i64,
    ) -> Result<i64> {
        let mut cols: Vec<&str> = cols.to_vec();
        cols.extend(["uid", "revision"]);
        vals.extend([Value::Text(uid.into()), Value::Integer(revision)]);
        if let Some(id) = obj.get("id").and_then(Json::as_i64).filter(|id| *id > 0) {
            let taken = self
                .query_row(
                    &format!("SELECT 1 FROM {} WHERE id = ?1", t.name),
                    [id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if !taken {
                cols.push("id");
                vals.push(Value::Integer(id));
            }
        }
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        self.execute(
            &format!(
                "INSERT INTO {} ({}) VALUES ({})",
                t.name,
                cols.join(", "),
                marks.join(", ")
            ),
            params_from_iter(vals),
        )?;
        Ok(self.last_insert_rowid())
    }
}

impl Tx<'_> {
    /// A connection names a meeting only when it is a meeting, and a meeting is
    /// attended at most once a day.
    fn meeting_attended(&self, at: &str, uid: &str, cols: &[&str], vals: &[Value]) -> Result<()> {
        let get = |name: &str| &vals[cols.iter().position(|c| *c == name).expect("column")];
        let Value::Integer(meeting) = *get("meeting_id") else {
            return Ok(());
        };
        let field = format!("{at}.meeting_uid");
        if *get("kind") != Value::Text("meeting".into()) {
            return Err(bad(&field, "only a meeting attended names a meeting"));
        }
        let Value::Text(date) = get("date") else {
            return Ok(());
        };
        if self.attended_by_another(meeting, date, uid)?.is_some() {
            return Err(bad(
                &field,
                format!("that meeting is already attended on {date}"),
            ));
        }
        Ok(())
    }
}

impl Tx<'_> {
    /// The other connection (id, uid) that attended `meeting` on `date`, if any: a
    /// meeting is attended at most once a day.
    pub(super) fn attended_by_another(
        &self,
        meeting: i64,
        date: &str,
        uid: &str,
    ) -> Result<Option<(i64, String)>> {
        Ok(self
            .query_row(
                "SELECT id, uid FROM connections WHERE meeting_id = ?1 AND date = ?2
                 AND kind = 'meeting' AND uid <> ?3",
                rusqlite::params![meeting, date, uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

/// A connection's share as the three-way choice: absent from a new record, the kind's
/// default (as when typed: meetings and therapy shared, the rest not chosen); a 0 or 1
/// of a file or segment of before the choice, what it means for the kind
/// (`Sharing::from_flag`), except that such a 0 ("not shared") never loosens a record
/// the person marked private here (`current`: the record as it is here, if any).
pub(super) fn share_of_kind(cols: &[&str], vals: &mut [Value], current: Option<&[Value]>) {
    use crate::domain::{ConnectionKind, Sharing};
    let at = |name: &str| cols.iter().position(|c| *c == name).expect("column");
    let Value::Text(kind) = &vals[at("kind")] else {
        return;
    };
    let Ok(kind) = ConnectionKind::parse(kind) else {
        return;
    };
    let private_here = current
        .and_then(|c| c.get(at("share")))
        .is_some_and(|v| matches!(v, Value::Text(t) if t == Sharing::Private.as_str()));
    let share = &mut vals[at("share")];
    let now = match share {
        Value::Null => kind.default_sharing(),
        Value::Integer(0) if private_here => Sharing::Private,
        Value::Integer(flag) => Sharing::from_flag(*flag == 1, kind),
        _ => return,
    };
    *share = Value::Text(now.as_str().into());
}

/// Content columns, then stamps, then reference columns.
fn all_columns(t: &Table) -> Vec<&'static str> {
    t.columns
        .iter()
        .map(|(c, _)| *c)
        .chain(STAMPS)
        .chain(t.refs.iter().map(|(c, _, _)| *c))
        .collect()
}

fn refs_same(t: &Table, cur: &[Value], vals: &[Value]) -> bool {
    let base = t.columns.len() + STAMPS.len();
    cur[base..] == vals[base..]
}

/// Refuses fields tend does not know.
fn known_fields(t: &Table, obj: &Map<String, Json>, at: &str) -> Result<()> {
    let known = |k: &str| {
        ["id", "uid", "revision"].contains(&k)
            || STAMPS.contains(&k)
            || t.columns.iter().any(|(c, _)| *c == k)
            || t.refs.iter().any(|(c, _, _)| uid_key(c) == k)
    };
    match obj.keys().find(|k| !known(k)) {
        Some(k) => Err(bad(&format!("{at}.{k}"), "is not a field tend knows")),
        None => Ok(()),
    }
}
