//! Full data as versioned JSON, and merging it back. What each record holds comes from
//! the schema registry (`store::schema`); rows keep their `id`, references travel as the
//! referenced row's `uid`, and an import inserts or updates by `uid` in one transaction,
//! so importing twice changes nothing and a bad file writes nothing.

use super::Store;
use crate::error::Result;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json, json};

/// 2 adds each record's `revision` (and the profile's); 3 writes a connection's `share`
/// as "shared", "private" or "unset" (0 or 1 before, read by the connection's kind); 4
/// adds each record's `stamp` and `stamp_base` (a check-in's and the profile's field by
/// field under `stamps`) and the `devices` that made them, so an import can tell which
/// side changed a record last, as sync does (a revision counts edits in one journal
/// only). Files of versions 1 to 3 are still read.
pub const FORMAT_VERSION: i64 = 4;

mod check;
mod fresh;
mod merge;
mod record;
mod rows;
mod stamps;

pub(super) use check::date as check_date;
pub(super) use fresh::{Fresh, check_ahead};
pub use merge::Merged;
pub(super) use record::{Put, Today, record_refs};

use super::schema::{self, LINKS, RECORDS, Record as Table};

const STAMPS: [&str; 2] = ["created_at", "updated_at"];

fn uid_key(column: &str) -> String {
    format!("{}_uid", column.trim_end_matches("_id"))
}

/// The link tables of a kind of record: (link table, owner column, other column, the
/// other end's table or "" for a plain value).
fn links_of(
    t: &Table,
) -> impl Iterator<Item = (&'static str, &'static str, &'static str, &'static str)> {
    LINKS
        .iter()
        .map(schema::Link::ends)
        .filter(move |l| l.1.1 == t.table)
        .map(|(name, (a, _), (b, tb))| (name, a, b, tb))
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
    fn profile_revision(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT revision FROM profile WHERE id = 1", [], |r| {
                r.get(0)
            })?)
    }

    /// Every table, as a JSON document that `import_data` reads back.
    pub fn export_data(&self) -> Result<Json> {
        let conn = &self.conn;
        let mut doc = Map::new();
        doc.insert("format_version".into(), json!(FORMAT_VERSION));
        doc.insert("app".into(), json!("tend"));
        doc.insert("exported_at".into(), json!(self.clock.stamp()));
        doc.insert("devices".into(), Json::Object(self.device_names()?));
        let p = self.profile()?;
        let mut profile = json!({"display_name": p.display_name, "recovery_start": p.recovery_start, "day_start_hour": p.day_start_hour, "revision": self.profile_revision()?});
        if let Json::Object(o) = &mut profile {
            stamps::put_stamp(o, &self.stamps_of(schema::PROFILE)?, schema::PROFILE, true);
        }
        doc.insert(schema::PROFILE.into(), profile);
        for t in RECORDS {
            let cols = record::export_columns(t);
            let mut st = conn.prepare(&format!(
                "SELECT {} FROM {} ORDER BY id",
                cols.join(", "),
                t.table
            ))?;
            let kept = self.stamps_of(t.table)?;
            let extras = super::changes::extras_of(conn, t.table)?;
            let mut rows = st.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let mut row = record::row_json(conn, t, &cols, r)?;
                let uid = row["uid"].as_str().unwrap_or_default();
                if let Some(extra) = extras.get(uid) {
                    for (k, v) in extra {
                        row.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
                // Sync keeps a check-in by its date, field by field.
                let (key, fields) = match t.key {
                    schema::Key::Date => ("date", true),
                    schema::Key::Uid => ("uid", false),
                };
                let k = row[key].as_str().unwrap_or_default().to_string();
                stamps::put_stamp(&mut row, &kept, &k, fields);
                out.push(Json::Object(row));
            }
            doc.insert(t.table.into(), Json::Array(out));
        }
        for l in LINKS {
            let (name, a, b) = (l.table, l.owner.column, l.other.column);
            let ta = l.owner.target.unwrap_or_default();
            let mut st = conn.prepare(&format!("SELECT {a}, {b} FROM {name} ORDER BY {a}, {b}"))?;
            let pairs: Vec<(i64, Value)> = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for (x, y) in pairs {
                let second = match (l.other.target, y) {
                    (None, v) => to_json(v),
                    (Some(table), Value::Integer(id)) => uid_of(conn, table, Some(id))?,
                    _ => Json::Null,
                };
                let key_b = match l.other.target {
                    None => b.to_string(),
                    Some(_) => uid_key(b),
                };
                out.push(json!({ uid_key(a): uid_of(conn, ta, Some(x))?, key_b: second }));
            }
            doc.insert(name.into(), Json::Array(out));
        }
        Ok(Json::Object(doc))
    }
}
