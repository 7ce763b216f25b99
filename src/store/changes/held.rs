//! What a newer tend sends that this one cannot merge yet, kept rather than refused
//! (the versions rule in `store::schema`): records held aside whole, merged again by
//! another version of tend; and fields a newer tend added to a record, kept with it
//! and sent on as they came.

use super::apply::Care;
use super::segment::{Record, Segment};
use super::{Received, SEGMENT_FORMAT};
use crate::error::Result;
use crate::store::Tx;
use crate::store::schema;
use serde_json::{Map, Value as Json, json};

/// This tend's version: a record held by it is tried again by any other.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The fields of a record every tend of this format knows are its own; the rest a
/// newer tend added.
fn known_field(t: &schema::Record, k: &str) -> bool {
    const BOOKKEEPING: [&str; 8] = [
        "id",
        "uid",
        "revision",
        "created_at",
        "updated_at",
        "stamp",
        "stamp_base",
        "stamps",
    ];
    BOOKKEEPING.contains(&k)
        || t.columns.iter().any(|(c, _)| *c == k)
        || t.refs.iter().any(|f| {
            f.column
                .strip_suffix("_id")
                .is_some_and(|c| k.strip_suffix("_uid") == Some(c))
        })
        || schema::LINKS
            .iter()
            .any(|l| l.owner.target == Some(t.table) && l.table == k)
}

impl Tx<'_> {
    /// Keeps a record this tend cannot merge, to merge after an upgrade.
    pub(in crate::store) fn hold(
        &self,
        (device, seq, seen): (&str, i64, i64),
        record: &Json,
        why: &str,
    ) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO sync_held (device, seq, seen, record, why, version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(rusqlite::params![
            device,
            seq,
            seen,
            record.to_string(),
            why,
            VERSION
        ])?;
        Ok(())
    }

    /// Merges again the records another version of tend held aside: each segment's
    /// as a segment of its device, each data file's as a data file. What still can't
    /// be merged is held again, by this version.
    pub fn retry_held(&self) -> Result<Received> {
        let rows: Vec<(String, i64, i64, String)> = self
            .prepare(
                "SELECT device, seq, seen, record FROM sync_held WHERE version <> ?1 ORDER BY id",
            )?
            .query_map([VERSION], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        self.forget_orphan_extras()?;
        if rows.is_empty() {
            return Ok(Received::default());
        }
        self.execute("DELETE FROM sync_held WHERE version <> ?1", [VERSION])?;
        let mut got = Received::default();
        let mut file = Map::new();
        let mut segments: Vec<((String, i64, i64), Vec<Record>)> = Vec::new();
        for (device, seq, seen, record) in rows {
            let Ok(rec) = serde_json::from_str::<Json>(&record) else {
                continue;
            };
            if device.is_empty() {
                let (Some(t), Some(row)) = (rec["t"].as_str(), rec.get("row")) else {
                    continue;
                };
                let list = file.entry(t.to_string()).or_insert_with(|| json!([]));
                if let Json::Array(l) = list {
                    l.push(row.clone());
                }
                continue;
            }
            let Ok(rec) = serde_json::from_value::<Record>(rec) else {
                continue;
            };
            match segments.last_mut() {
                Some((k, list)) if *k == (device.clone(), seq, seen) => list.push(rec),
                _ => segments.push(((device, seq, seen), vec![rec])),
            }
        }
        for ((device, seq, seen), records) in segments {
            let me = super::journal_device(self)?;
            let body = Segment {
                app: "tend".into(),
                clock: 0,
                device: device.clone(),
                forgot: Default::default(),
                format: SEGMENT_FORMAT,
                last: None,
                name: None,
                prev: None,
                records,
                seen: [(me, seen)].into_iter().collect(),
                seq,
            };
            let r = self.merge_segment(&device, seq, &body, false, Care::EachRecord)?;
            got.records += r.records;
            got.conflicts += r.conflicts;
            got.held.extend(r.held);
        }
        if !file.is_empty() {
            file.insert("app".into(), json!("tend"));
            file.insert("format_version".into(), json!(crate::store::FORMAT_VERSION));
            let m = self.import_data(&Json::Object(file))?;
            got.records += m.added + m.updated;
            got.held
                .extend((0..m.held).map(|_| t!("store-held-from-file")));
        }
        Ok(got)
    }

    /// Forgets the added fields of records no longer in the journal.
    fn forget_orphan_extras(&self) -> Result<()> {
        for r in schema::RECORDS {
            self.execute(
                &format!(
                    "DELETE FROM record_extras WHERE tbl = ?1
                     AND NOT EXISTS (SELECT 1 FROM {} t WHERE t.uid = record_extras.uid)",
                    r.table
                ),
                [r.table],
            )?;
        }
        Ok(())
    }

    /// Keeps the fields of `row` a newer tend added, to be sent on with the record. `if_none`: only where the record has none
    /// kept (a file's copy of a record the same as the journal's).
    pub(in crate::store) fn keep_extras(
        &self,
        t: &schema::Record,
        uid: &str,
        row: &Json,
        if_none: bool,
    ) -> Result<()> {
        let extras: Map<String, Json> = row
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| !known_field(t, k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        // A newer tend sends every field it has, so a record without any keeps what
        // it was given (a deleted record's are forgotten at the next sync).
        if extras.is_empty() {
            return Ok(());
        }
        self.prepare_cached(
            "INSERT INTO record_extras (tbl, uid, fields) VALUES (?1, ?2, ?3)
             ON CONFLICT (tbl, uid) DO UPDATE SET fields = excluded.fields WHERE NOT ?4",
        )?
        .execute(rusqlite::params![
            t.table,
            uid,
            Json::Object(extras).to_string(),
            if_none
        ])?;
        Ok(())
    }
}

/// Adds to `obj` the fields a newer tend gave record `uid` of `table`, each as it came.
pub(in crate::store) fn add_extras(
    conn: &rusqlite::Connection,
    table: &str,
    uid: &str,
    obj: &mut Map<String, Json>,
) -> Result<()> {
    let fields: Option<String> = conn
        .prepare_cached("SELECT fields FROM record_extras WHERE tbl = ?1 AND uid = ?2")?
        .query_row([table, uid], |r| r.get(0))
        .ok();
    if let Some(Json::Object(extra)) = fields.and_then(|f| serde_json::from_str(&f).ok()) {
        for (k, v) in extra {
            obj.entry(k).or_insert(v);
        }
    }
    Ok(())
}

/// Every record of `table` with fields a newer tend gave it, by uid.
pub(in crate::store) fn extras_of(
    conn: &rusqlite::Connection,
    table: &str,
) -> Result<std::collections::HashMap<String, Map<String, Json>>> {
    let rows: Vec<(String, String)> = conn
        .prepare_cached("SELECT uid, fields FROM record_extras WHERE tbl = ?1")?
        .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(uid, f)| match serde_json::from_str(&f) {
            Ok(Json::Object(o)) => Some((uid, o)),
            _ => None,
        })
        .collect())
}
