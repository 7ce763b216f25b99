//! Full data as versioned JSON, and merging it back. Every table is described once
//! below; rows keep their `id`, references travel as the referenced row's `uid`, and an
//! import inserts or updates by `uid` in one transaction, so importing twice changes
//! nothing and a bad file writes nothing.

use super::{Store, Tx};
use crate::error::{Error, Result};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde_json::{Map, Value as Json, json};

pub const FORMAT_VERSION: i64 = 1;

struct Table {
    name: &'static str,
    columns: &'static [&'static str],
    /// (column, referenced table): exported as `<column minus _id>_uid`.
    refs: &'static [(&'static str, &'static str)],
}

const STAMPS: [&str; 2] = ["created_at", "updated_at"];

/// In dependency order: a table comes after every table it refers to.
const TABLES: &[Table] = &[
    Table {
        name: "commitments",
        columns: &["name", "start_date", "note"],
        refs: &[],
    },
    Table {
        name: "checkins",
        columns: &[
            "date",
            "mood",
            "craving",
            "physical",
            "mental",
            "emotional",
            "social",
            "spiritual",
            "hungry",
            "angry",
            "lonely",
            "tired",
            "sleep_hours",
            "intention",
            "reflection",
            "gratitude",
            "note",
        ],
        refs: &[],
    },
    Table {
        name: "journal_entries",
        columns: &["at", "date", "title", "body", "mood", "domain"],
        refs: &[],
    },
    Table {
        name: "goals",
        columns: &[
            "title",
            "domain",
            "why",
            "kind",
            "per_week",
            "target_date",
            "status",
        ],
        refs: &[],
    },
    Table {
        name: "goal_steps",
        columns: &["position", "title", "done_on"],
        refs: &[("goal_id", "goals")],
    },
    Table {
        name: "goal_logs",
        columns: &["date", "note"],
        refs: &[("goal_id", "goals"), ("step_id", "goal_steps")],
    },
    Table {
        name: "coping_strategies",
        columns: &["name", "description", "domain"],
        refs: &[],
    },
    Table {
        name: "triggers",
        columns: &["name", "category", "origin", "notes"],
        refs: &[],
    },
    Table {
        name: "trigger_events",
        columns: &["at", "date", "urge_before", "urge_after", "outcome", "note"],
        refs: &[
            ("trigger_id", "triggers"),
            ("coping_id", "coping_strategies"),
        ],
    },
    Table {
        name: "plan_items",
        columns: &["section", "position", "text", "detail", "stage"],
        refs: &[],
    },
    Table {
        name: "setbacks",
        columns: &[
            "date",
            "kind",
            "what_happened",
            "warning_signs",
            "what_helped",
            "learned",
            "next_time",
            "reached_out",
        ],
        refs: &[("commitment_id", "commitments")],
    },
    Table {
        name: "assessments",
        columns: &["instrument", "date", "answers", "score", "band"],
        refs: &[],
    },
];

/// A column of a link table and the table it refers to ("" for a plain text column).
type LinkEnd = (&'static str, &'static str);

/// A link table: its name and its two columns.
type Link = (&'static str, LinkEnd, LinkEnd);

const LINKS: &[Link] = &[
    ("journal_tags", ("entry_id", "journal_entries"), ("tag", "")),
    (
        "trigger_coping",
        ("trigger_id", "triggers"),
        ("coping_id", "coping_strategies"),
    ),
    (
        "setback_triggers",
        ("setback_id", "setbacks"),
        ("trigger_id", "triggers"),
    ),
];

fn uid_key(column: &str) -> String {
    format!("{}_uid", column.trim_end_matches("_id"))
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => json!(i),
        Value::Real(f) => json!(f),
        Value::Text(t) => Json::String(t),
        Value::Blob(b) => Json::String(String::from_utf8_lossy(&b).into_owned()),
    }
}

fn to_sql(v: &Json, at: &str) -> Result<Value> {
    Ok(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::Text(s.clone()),
        _ => return Err(bad(at, "must be text, a number or null")),
    })
}

fn bad(at: &str, what: &str) -> Error {
    Error::invalid(at, what)
}

/// Refuses a document that is not a tend data export, or one from a newer tend.
fn check_header(obj: &serde_json::Map<String, Json>) -> Result<()> {
    if obj.get("app").and_then(Json::as_str) != Some("tend") {
        return Err(bad(
            "app",
            "this is not a tend data export (its \"app\" is not \"tend\")",
        ));
    }
    match obj.get("format_version").and_then(Json::as_i64) {
        Some(v) if v <= FORMAT_VERSION && v >= 1 => Ok(()),
        Some(v) => Err(bad(
            "format_version",
            &format!("{v} is newer than this tend reads ({FORMAT_VERSION}): upgrade tend"),
        )),
        None => Err(bad("format_version", "is missing")),
    }
}

fn uid_of(conn: &rusqlite::Connection, table: &str, id: Option<i64>) -> Result<Json> {
    let Some(id) = id else { return Ok(Json::Null) };
    let uid: Option<String> = conn
        .query_row(
            &format!("SELECT uid FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(uid.map_or(Json::Null, Json::String))
}

impl Store {
    /// Every table, as a JSON document that `import_data` reads back.
    pub fn export_data(&self) -> Result<Json> {
        let conn = &self.conn;
        let mut doc = Map::new();
        doc.insert("format_version".into(), json!(FORMAT_VERSION));
        doc.insert("app".into(), json!("tend"));
        doc.insert("exported_at".into(), json!(self.clock.stamp()));
        let p = self.profile()?;
        doc.insert(
            "profile".into(),
            json!({"display_name": p.display_name, "recovery_start": p.recovery_start, "day_start_hour": p.day_start_hour}),
        );
        for t in TABLES {
            let ref_cols: Vec<&str> = t.refs.iter().map(|(c, _)| *c).collect();
            let cols: Vec<&str> = ["id", "uid"]
                .iter()
                .chain(t.columns)
                .chain(&ref_cols)
                .chain(&STAMPS)
                .copied()
                .collect();
            let mut st = conn.prepare(&format!(
                "SELECT {} FROM {} ORDER BY id",
                cols.join(", "),
                t.name
            ))?;
            let mut rows = st.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let mut obj = Map::new();
                for (i, c) in cols.iter().enumerate() {
                    let v: Value = r.get(i)?;
                    match t.refs.iter().find(|(rc, _)| rc == c) {
                        Some((rc, target)) => {
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
                out.push(Json::Object(obj));
            }
            doc.insert(t.name.into(), Json::Array(out));
        }
        for (name, (a, ta), (b, tb)) in LINKS {
            let mut st = conn.prepare(&format!("SELECT {a}, {b} FROM {name} ORDER BY {a}, {b}"))?;
            let pairs: Vec<(i64, Value)> = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for (x, y) in pairs {
                let second = match (*tb, y) {
                    ("", v) => to_json(v),
                    (table, Value::Integer(id)) => uid_of(conn, table, Some(id))?,
                    _ => Json::Null,
                };
                let key_b = if tb.is_empty() {
                    (*b).to_string()
                } else {
                    uid_key(b)
                };
                out.push(json!({ uid_key(a): uid_of(conn, ta, Some(x))?, key_b: second }));
            }
            doc.insert((*name).into(), Json::Array(out));
        }
        Ok(Json::Object(doc))
    }
}

/// What an import changed.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Merged {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Tx<'_> {
    fn local_id(&self, table: &str, uid: &str) -> Result<Option<i64>> {
        Ok(self
            .query_row(
                &format!("SELECT id FROM {table} WHERE uid = ?1"),
                [uid],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Merges a document from `export_data` by uid. Any problem names the record and
    /// field, and the whole transaction is dropped.
    pub fn import_data(&self, doc: &Json) -> Result<Merged> {
        let obj = doc
            .as_object()
            .ok_or_else(|| bad("file", "is not a tend data export (expected a JSON object)"))?;
        check_header(obj)?;
        if let Some(p) = obj.get("profile").and_then(Json::as_object) {
            self.import_profile(p)?;
        }
        let mut merged = Merged::default();
        for t in TABLES {
            let Some(rows) = obj.get(t.name) else {
                continue;
            };
            let rows = rows
                .as_array()
                .ok_or_else(|| bad(t.name, "must be a list"))?;
            for (i, row) in rows.iter().enumerate() {
                self.import_row(t, row, &format!("{}[{i}]", t.name), &mut merged)?;
            }
        }
        for link in LINKS {
            let Some(rows) = obj.get(link.0).and_then(Json::as_array) else {
                continue;
            };
            for (i, row) in rows.iter().enumerate() {
                self.import_link(link, row, &format!("{}[{i}]", link.0))?;
            }
        }
        Ok(merged)
    }

    /// Takes the profile's fields that the export has.
    fn import_profile(&self, p: &serde_json::Map<String, Json>) -> Result<()> {
        let mut prof = super::profile(self)?;
        if let Some(n) = p.get("display_name") {
            prof.display_name = n.as_str().map(String::from);
        }
        if let Some(d) = p.get("recovery_start") {
            prof.recovery_start = d
                .as_str()
                .map(|s| s.parse())
                .transpose()
                .map_err(|_| bad("profile.recovery_start", "is not a YYYY-MM-DD date"))?;
        }
        if let Some(h) = p.get("day_start_hour").and_then(Json::as_u64) {
            prof.day_start_hour = u8::try_from(h)
                .map_err(|_| bad("profile.day_start_hour", "must be from 0 to 23"))?;
        }
        self.set_profile(&prof)?;
        Ok(())
    }

    /// One row of a link table, its records found by uid (or a plain second value).
    fn import_link(&self, link: &Link, row: &Json, at: &str) -> Result<()> {
        let (name, (a, ta), (b, tb)) = link;
        let resolve = |col: &str, table: &str| -> Result<Value> {
            let key = uid_key(col);
            let uid = row
                .get(&key)
                .and_then(Json::as_str)
                .ok_or_else(|| bad(&format!("{at}.{key}"), "is missing"))?;
            let id = self.local_id(table, uid)?.ok_or_else(|| {
                bad(
                    &format!("{at}.{key}"),
                    &format!("no {table} record with uid {uid}"),
                )
            })?;
            Ok(Value::Integer(id))
        };
        let first = resolve(a, ta)?;
        let second = if tb.is_empty() {
            to_sql(row.get(*b).unwrap_or(&Json::Null), &format!("{at}.{b}"))?
        } else {
            resolve(b, tb)?
        };
        self.execute(
            &format!("INSERT OR IGNORE INTO {name} ({a}, {b}) VALUES (?1, ?2)"),
            [first, second],
        )
        .map_err(|e| bad(at, &e.to_string()))?;
        Ok(())
    }

    /// Adds the record, updates the one with its uid, or counts it as unchanged.
    fn import_row(&self, t: &Table, row: &Json, at: &str, merged: &mut Merged) -> Result<()> {
        let obj = row
            .as_object()
            .ok_or_else(|| bad(at, "must be an object"))?;
        let uid = obj
            .get("uid")
            .and_then(Json::as_str)
            .ok_or_else(|| bad(&format!("{at}.uid"), "is missing"))?;
        let (cols, vals) = self.row_values(t, obj, at)?;
        match self.existing(t, uid, &vals)? {
            Some(id)
                if self
                    .holds(t, id, &cols, &vals)
                    .map_err(|e| bad(at, &e.to_string()))? =>
            {
                merged.unchanged += 1;
            }
            Some(id) => {
                self.update_row(t, id, &cols, vals)
                    .map_err(|e| bad(at, &e.to_string()))?;
                merged.updated += 1;
            }
            None => {
                self.insert_row(t, obj, uid, cols, vals)
                    .map_err(|e| bad(at, &e.to_string()))?;
                merged.added += 1;
            }
        }
        Ok(())
    }

    /// The row's columns and values, its references turned from uids into local ids;
    /// refuses fields tend does not know.
    fn row_values(
        &self,
        t: &Table,
        obj: &serde_json::Map<String, Json>,
        at: &str,
    ) -> Result<(Vec<String>, Vec<Value>)> {
        let known: Vec<String> = ["id", "uid"]
            .iter()
            .chain(t.columns)
            .chain(&STAMPS)
            .map(|c| c.to_string())
            .chain(t.refs.iter().map(|(c, _)| uid_key(c)))
            .collect();
        if let Some(k) = obj.keys().find(|k| !known.contains(k)) {
            return Err(bad(&format!("{at}.{k}"), "is not a field tend knows"));
        }
        let mut cols: Vec<String> = Vec::new();
        let mut vals: Vec<Value> = Vec::new();
        for c in t.columns.iter().chain(&STAMPS) {
            cols.push((*c).into());
            vals.push(to_sql(
                obj.get(*c).unwrap_or(&Json::Null),
                &format!("{at}.{c}"),
            )?);
        }
        for (c, target) in t.refs {
            let key = uid_key(c);
            cols.push((*c).into());
            vals.push(match obj.get(&key).and_then(Json::as_str) {
                None => Value::Null,
                Some(u) => Value::Integer(self.local_id(target, u)?.ok_or_else(|| {
                    bad(
                        &format!("{at}.{key}"),
                        &format!("no {target} record with uid {u}"),
                    )
                })?),
            });
        }
        Ok((cols, vals))
    }

    /// The local record the row is: the one with its uid, or for a check-in the one
    /// of its date (a check-in is one per date).
    fn existing(&self, t: &Table, uid: &str, vals: &[Value]) -> Result<Option<i64>> {
        Ok(match self.local_id(t.name, uid)? {
            Some(id) => Some(id),
            None if t.name == "checkins" => self
                .query_row(
                    "SELECT id FROM checkins WHERE date = ?1",
                    [vals[0].clone()],
                    |r| r.get(0),
                )
                .optional()?,
            None => None,
        })
    }

    /// Whether record `id` already holds exactly these values.
    fn holds(&self, t: &Table, id: i64, cols: &[String], vals: &[Value]) -> rusqlite::Result<bool> {
        let cond: Vec<String> = cols
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} IS ?{}", i + 2))
            .collect();
        let sql = format!(
            "SELECT count(*) FROM {} WHERE id = ?1 AND {}",
            t.name,
            cond.join(" AND ")
        );
        let mut p = vec![Value::Integer(id)];
        p.extend(vals.iter().cloned());
        Ok(self.query_row(&sql, params_from_iter(p), |r| r.get::<_, i64>(0))? == 1)
    }

    fn update_row(
        &self,
        t: &Table,
        id: i64,
        cols: &[String],
        vals: Vec<Value>,
    ) -> rusqlite::Result<()> {
        let set: Vec<String> = cols
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 2))
            .collect();
        let mut p = vec![Value::Integer(id)];
        p.extend(vals);
        self.execute(
            &format!("UPDATE {} SET {} WHERE id = ?1", t.name, set.join(", ")),
            params_from_iter(p),
        )?;
        Ok(())
    }

    /// Inserts a new record, keeping its exported id when that id is free here.
    fn insert_row(
        &self,
        t: &Table,
        obj: &serde_json::Map<String, Json>,
        uid: &str,
        mut cols: Vec<String>,
        mut vals: Vec<Value>,
    ) -> rusqlite::Result<()> {
        let id = obj.get("id").and_then(Json::as_i64);
        let id_free = match id {
            Some(id) => self
                .query_row(
                    &format!("SELECT 1 FROM {} WHERE id = ?1", t.name),
                    [id],
                    |_| Ok(()),
                )
                .optional()?
                .is_none(),
            None => false,
        };
        cols.push("uid".into());
        vals.push(Value::Text(uid.into()));
        if let (true, Some(id)) = (id_free, id) {
            cols.push("id".into());
            vals.push(Value::Integer(id));
        }
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            t.name,
            cols.join(", "),
            marks.join(", ")
        );
        self.execute(&sql, params_from_iter(vals))?;
        Ok(())
    }
}
