//! One record of a tend data file: each field checked like typed input, references
//! turned into local ids, then added, updated or left as its stamp and the journal's
//! decide (`stamps`): the later change stays, and the other's words are kept aside.

use super::check::{self, Today};
use super::check::{bad, invalid};
use super::merge::{Fate, Run, revision};
use super::stamps::{self, Stamp, UNNAMED};
use super::{STAMPS, Table, to_json, uid_key};
use crate::domain::MAX_NAME_CHARS;
use crate::domain::hlc::{self, Relation, Version};
use crate::error::Result;
use crate::store::Tx;
use crate::store::changes::segment::Record;
use crate::store::changes::{Entry, Incoming, Lost};
use crate::store::schema;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde_json::{Map, Value as Json, json};
use std::cmp::Ordering;

/// A record of the file as the import weighed it.
struct Decided {
    /// Its key in sync_changes: its date for a check-in, else its uid.
    key: String,
    /// Its version (from a file without stamps, the one it stands for).
    file: Stamp,
    /// Its checked values, as the journal reads them.
    file_row: Json,
    entry: Option<Entry>,
    /// Whether it holds what the journal's record holds.
    same: bool,
    /// The journal's record of its uid (id, revision), if any.
    local: Option<(i64, i64)>,
    /// Its columns and checked values, references resolved.
    cols: Vec<&'static str>,
    vals: Vec<Value>,
    choice: Choice,
}

/// What an import does with a record the journal may have.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Choice {
    /// The same version as here.
    Same,
    /// The file's is the later change; `aside` when the journal's was made without
    /// seeing it (its words are kept aside).
    Take { aside: bool },
    /// The journal's stays; `aside` when the file's was made without seeing it.
    Keep { aside: bool },
}

/// The choice by stamps: the later change wins, and a change made without seeing the
/// other loses only into the words kept aside (a deletion too).
fn by_stamp(file: &Stamp, entry: Option<&Entry>, here: bool) -> Choice {
    let Some((lv, e)) = entry.and_then(|e| Some((e.version.as_ref()?, e))) else {
        return Choice::Take { aside: false };
    };
    match stamps::relate(file, lv, e.base.as_ref()) {
        Relation::Same => Choice::Same,
        Relation::Follows => Choice::Take { aside: false },
        Relation::Concurrent(Ordering::Greater) => Choice::Take {
            aside: here && !e.deleted,
        },
        Relation::Precedes => Choice::Keep { aside: false },
        Relation::Concurrent(_) => Choice::Keep { aside: true },
    }
}

/// The choice for a file without stamps, written at `file_ms` (its row's last change):
/// where the journal's record differs and changed since the file was exported, it
/// stays and the file's words are kept aside; a record deleted here stays deleted
/// unless the file's was changed after the deletion.
fn by_time(
    file_ms: i64,
    exported: Option<i64>,
    entry: Option<&Entry>,
    here: bool,
    same: bool,
) -> Choice {
    let since = |e: &Entry| e.version.as_ref().map(|v| hlc::millis(v.stamp));
    match (here, entry) {
        (true, _) if same => Choice::Same,
        (true, Some(e)) => match (since(e), exported) {
            (Some(changed), Some(x)) if changed <= x => Choice::Take { aside: false },
            (None, _) => Choice::Take { aside: false },
            _ => Choice::Keep { aside: true },
        },
        (true, None) => Choice::Take { aside: false },
        (false, Some(e)) if e.deleted && since(e).is_some_and(|d| d >= file_ms) => {
            Choice::Keep { aside: false }
        }
        (false, _) => Choice::Take { aside: false },
    }
}

impl Tx<'_> {
    /// Checks one record and adds it, updates the local one, or leaves it.
    pub(super) fn import_row(
        &self,
        t: &Table,
        row: &Json,
        at: &str,
        today: Today,
        run: &mut Run,
    ) -> Result<Fate> {
        let obj = row
            .as_object()
            .ok_or_else(|| bad(at, t!("store-file-not-an-object")))?;
        known_fields(t, obj, at, run.info.format)?;
        let uid = obj
            .get("uid")
            .and_then(Json::as_str)
            .filter(|u| !u.trim().is_empty() && u.len() <= MAX_NAME_CHARS)
            .ok_or_else(|| bad(&format!("{at}.uid"), t!("store-file-bad-uid")))?;
        revision(obj, at)?;
        if let Some(id) = obj.get("id").filter(|id| !id.is_null()) {
            id.as_i64()
                .filter(|id| *id > 0)
                .ok_or_else(|| bad(&format!("{at}.id"), t!("store-file-bad-id")))?;
        }
        let stamped = stamps::stamp(obj, at)?;
        let local = self.existing(t, uid, obj)?;
        let current = match local {
            Some((id, _)) => Some(self.current(t, id)?),
            None => None,
        };
        let (cols, mut vals) = self.row_values(t, obj, at, today, current.as_deref())?;
        if t.table == schema::CONNECTIONS {
            share_of_kind(&cols, &mut vals, current.as_deref());
        }
        let names: Vec<&str> = cols.to_vec();
        check::row(t.table, at, &names, &vals, today).map_err(invalid)?;
        let file_row = values_json(uid, &cols, &vals);
        if t.table == schema::CHECKINS
            && let Some(s) = &stamped
        {
            return self.import_checkin(obj, at, &file_row, s, local.is_some(), run);
        }
        // Sync keeps a check-in by its date (one a day), every other record by uid.
        let key = match t.table {
            schema::CHECKINS => file_row["date"].as_str().unwrap_or(uid).to_string(),
            _ => uid.to_string(),
        };
        let entry = self.sync_entry(t.table, &key)?;
        let file_ms = self.file_time(&file_row, run.info.exported);
        let file: Stamp = match &stamped {
            Some(s) => s.clone(),
            None => (
                Version::new(hlc::from_millis(file_ms), UNNAMED),
                entry.as_ref().and_then(|e| e.version.clone()),
            ),
        };
        let Some(vals) = self.resolve_refs(t, obj, at, vals, current.as_deref())? else {
            // It needs a record deleted here, and stays out with it; made where that
            // deletion was not seen, its words are kept aside.
            let known = entry.as_ref().and_then(|e| e.version.as_ref()) == Some(&file.0);
            let news = stamped.is_some() && !known;
            return self.left_out(t.table, &key, news.then_some((&file_row, &file.0)), run);
        };
        if t.table == schema::CONNECTIONS {
            self.meeting_attended(at, uid, &cols, &vals)?;
        }
        let content = t.columns.len();
        let same = current
            .as_ref()
            .is_some_and(|cur| cur[..content] == vals[..content] && refs_same(t, cur, &vals));
        let choice = match &stamped {
            Some(s) => by_stamp(s, entry.as_ref(), local.is_some()),
            None => by_time(
                file_ms,
                run.info.exported,
                entry.as_ref(),
                local.is_some(),
                same,
            ),
        };
        let rec = Decided {
            key,
            file,
            file_row,
            entry,
            same,
            local,
            cols,
            vals,
            choice,
        };
        self.carry_out(t, obj, uid, rec, run)
    }

    /// Does what the import chose for one record.
    fn carry_out(
        &self,
        t: &Table,
        obj: &Map<String, Json>,
        uid: &str,
        rec: Decided,
        run: &mut Run,
    ) -> Result<Fate> {
        let Decided {
            key,
            file,
            file_row,
            entry,
            same,
            local,
            cols,
            vals,
            choice,
        } = rec;
        let theirs = revision(obj, "")?.unwrap_or(1);
        match (local, choice) {
            (_, Choice::Same) => {
                run.merged.unchanged += 1;
                Ok(Fate::Left)
            }
            (Some(_), Choice::Take { .. }) if same => {
                run.taken.push((t.table, key, file));
                run.merged.unchanged += 1;
                Ok(Fate::Left)
            }
            (Some((id, ours)), Choice::Take { aside }) => {
                if aside && let Some(e) = entry.as_ref().and_then(|e| e.version.clone()) {
                    let here = self.record_json(t.table, uid)?.unwrap_or(Json::Null);
                    self.set_aside(t.table, &key, &here, &file_row, &e, run)?;
                }
                self.update_row(t, id, &cols, vals, ours + 1)?;
                run.taken.push((t.table, key, file));
                run.merged.updated += 1;
                Ok(Fate::Updated(id))
            }
            (None, Choice::Take { .. }) => {
                let id = self.insert_row(t, obj, uid, &cols, vals, theirs)?;
                run.taken.push((t.table, key, file));
                run.merged.added += 1;
                Ok(Fate::Added(id))
            }
            (Some(_), Choice::Keep { aside }) => {
                if same {
                    run.merged.unchanged += 1;
                } else {
                    if aside {
                        let here = self.record_json(t.table, uid)?.unwrap_or(Json::Null);
                        self.set_aside(t.table, &key, &file_row, &here, &file.0, run)?;
                    }
                    run.merged.kept_newer += 1;
                }
                Ok(Fate::Left)
            }
            (None, Choice::Keep { aside }) => {
                if aside {
                    self.set_aside(t.table, &key, &file_row, &Json::Null, &file.0, run)?;
                }
                run.merged.skipped_deleted += 1;
                Ok(Fate::Left)
            }
        }
    }

    /// A record of the file that stays out, needing one deleted here: with its words
    /// kept aside when the deletion did not know of it.
    fn left_out(
        &self,
        tbl: &str,
        key: &str,
        news: Option<(&Json, &Version)>,
        run: &mut Run,
    ) -> Result<Fate> {
        if let Some((row, v)) = news {
            self.set_aside(tbl, key, row, &Json::Null, v, run)?;
        }
        run.merged.skipped_deleted += 1;
        Ok(Fate::Left)
    }

    /// When a file's record was last changed, in milliseconds: its `updated_at`, never
    /// after the file was exported nor after now.
    fn file_time(&self, row: &Json, exported: Option<i64>) -> i64 {
        let at = row["updated_at"]
            .as_str()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map_or(0, |t| t.timestamp_millis());
        let now = self.at.timestamp_millis();
        at.min(exported.unwrap_or(now)).min(now).max(0)
    }

    /// Keeps the words of `loser` that `winner` lacks beside the record, as sync keeps
    /// the words of a concurrent edit that lost.
    fn set_aside(
        &self,
        tbl: &str,
        key: &str,
        loser: &Json,
        winner: &Json,
        v: &Version,
        run: &mut Run,
    ) -> Result<()> {
        if tbl == schema::KEPT_WORDS {
            return Ok(());
        }
        for col in crate::store::schema::text_columns(tbl) {
            let lost = Lost {
                tbl,
                key,
                col,
                loser: &loser[col],
                winner: &winner[col],
                v,
            };
            self.keep_words(lost, &mut run.m)?;
        }
        Ok(())
    }

    /// A check-in with stamps: merged field by field with the journal's, as sync merges
    /// one from another device.
    fn import_checkin(
        &self,
        obj: &Map<String, Json>,
        at: &str,
        row: &Json,
        stamp: &Stamp,
        here: bool,
        run: &mut Run,
    ) -> Result<Fate> {
        let values = row.as_object().cloned().unwrap_or_default();
        let state = stamps::file_state(obj, at, &values, &stamp.0)?;
        let date = row["date"].as_str().unwrap_or_default().to_string();
        let rec = Record {
            f: Some(serde_json::to_value(state).expect("a state serializes")),
            revision: Some(json!(revision(obj, at)?.unwrap_or(1))),
            ..Record::default()
        };
        let inc = Incoming {
            tbl: schema::CHECKINS,
            key: &date,
            v: stamp.0.clone(),
            base: stamp.1.clone(),
            relay: false,
            rec: &rec,
        };
        let changed = self.merge_fields(&inc, &mut run.m)?;
        match (changed, here) {
            (false, _) => run.merged.unchanged += 1,
            (true, true) => run.merged.updated += 1,
            (true, false) => run.merged.added += 1,
        }
        Ok(Fate::Left)
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
        values(t, obj, at, today, current, self.now())
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
        for (k, f) in t.refs.iter().enumerate() {
            let (c, target, required) = (f.column, f.target, &f.required);
            let key = uid_key(c);
            let field = format!("{at}.{key}");
            let v = match obj.get(&key) {
                None if current.is_some() => continue,
                None | Some(Json::Null) => Value::Null,
                Some(Json::String(u)) => match self.local_id(target, u)? {
                    Some(id) => Value::Integer(id),
                    None if self.deleted_at_revision(target, u)?.is_some() => Value::Null,
                    None => {
                        return Err(bad(
                            &field,
                            t!("store-file-no-record", table = target, uid = u),
                        ));
                    }
                },
                Some(_) => return Err(bad(&field, t!("store-file-bad-ref"))),
            };
            if *required && v == Value::Null {
                if obj.get(&key).is_some_and(Json::is_string) {
                    return Ok(None);
                }
                return Err(bad(&field, t!("store-check-missing")));
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
                &format!("SELECT id, revision FROM {} WHERE uid = ?1", t.table),
                [uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match (by_uid, obj.get("date").and_then(Json::as_str)) {
            (Some(found), _) => Some(found),
            (None, Some(date)) if t.table == schema::CHECKINS => self
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
            &format!("SELECT {} FROM {} WHERE id = ?1", cols.join(", "), t.table),
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
            &format!("UPDATE {} SET {} WHERE id = ?1", t.table, set.join(", ")),
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
                    &format!("SELECT 1 FROM {} WHERE id = ?1", t.table),
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
                t.table,
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
            return Err(bad(&field, t!("store-file-meeting-kind")));
        }
        let Value::Text(date) = get("date") else {
            return Ok(());
        };
        if self.attended_by_another(meeting, date, uid)?.is_some() {
            return Err(bad(&field, t!("store-file-meeting-attended", date = date)));
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

/// A row's checked values as the journal reads them (`record_json`'s shape, without
/// references): what an import compares and keeps aside.
fn values_json(uid: &str, cols: &[&str], vals: &[Value]) -> Json {
    let mut o = Map::new();
    o.insert("uid".into(), Json::String(uid.into()));
    for (c, v) in cols.iter().zip(vals) {
        if !c.ends_with("_id") {
            o.insert((*c).into(), to_json(v.clone()));
        }
    }
    Json::Object(o)
}

/// Content columns, then stamps, then reference columns.
pub(super) fn all_columns(t: &Table) -> Vec<&'static str> {
    t.columns
        .iter()
        .map(|(c, _)| *c)
        .chain(STAMPS)
        .chain(t.refs.iter().map(|f| f.column))
        .collect()
}

fn refs_same(t: &Table, cur: &[Value], vals: &[Value]) -> bool {
    let base = t.columns.len() + STAMPS.len();
    cur[base..] == vals[base..]
}

/// Refuses the fields of a later format in a file of an earlier one. A field no
/// format has is a newer tend's: it is kept with its record (see `store::schema`).
fn known_fields(t: &Table, obj: &Map<String, Json>, at: &str, format: i64) -> Result<()> {
    // Stamps come with format 4.
    let later = |k: &str| {
        format < 4
            && (k == "stamp" || k == "stamp_base" || (k == "stamps" && t.key == schema::Key::Date))
    };
    match obj.keys().find(|k| later(k)) {
        Some(k) => Err(bad(&format!("{at}.{k}"), t!("store-file-unknown-field"))),
        None => Ok(()),
    }
}

/// `Tx::row_values` with `now` as the stamp an absent one is given.
pub(super) fn values(
    t: &Table,
    obj: &Map<String, Json>,
    at: &str,
    today: Today,
    current: Option<&[Value]>,
    now: &str,
) -> Result<(Vec<&'static str>, Vec<Value>)> {
    let cols = all_columns(t);
    let mut vals = Vec::with_capacity(cols.len());
    // The field's whole name ("journal_entries[…].mood") is made only for a refusal.
    let named = |mut e: crate::domain::Invalid| {
        e.field = format!("{at}.{}", e.field);
        invalid(e)
    };
    for (i, c) in cols.iter().enumerate() {
        let given = obj.get(*c);
        let v = match (given, current) {
            (None, Some(cur)) => cur[i].clone(),
            _ if i < t.columns.len() => {
                check::value(t.columns[i].1, c, given, today).map_err(named)?
            }
            _ if STAMPS.contains(c) => check::stamp(c, given, now).map_err(named)?,
            _ => Value::Null,
        };
        vals.push(v);
    }
    Ok((cols, vals))
}
