//! What this device's next segment carries: every record changed here since its last
//! segment, whole, with its version and the version it was made on top of; a deletion
//! as a tombstone; and, so a segment never refers to a record its reader lacks, the
//! current version of each record those refer to ("relays").

use super::super::transfer::record_refs;
use super::segment::{self, Record, Segment};
use super::{ENTRY_COLUMNS, Entry, SEGMENT_FORMAT};
use crate::domain::hlc::Version;
use crate::error::Result;
use crate::store::Tx;
use crate::store::schema;
use serde_json::{Value as Json, json};
use std::collections::{HashSet, VecDeque};

/// A segment's contents, and the versions it carries of records changed here (marked
/// sent once the segment is in the folder).
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub body: Segment,
    /// Each record changed here that it carries.
    pub sent: Vec<Sent>,
    /// Where the next segment's records start (see `sync_collect_after`).
    pub last: i64,
    /// Whether more records changed here than this segment could carry.
    pub full: bool,
}

/// A record a segment carries as changed here: its row in the change table, kind, key
/// and the version it carries.
pub type Sent = (i64, String, String, Version);

/// A record changed here: its row in the change table, kind, key and entry.
type Changed = (i64, String, String, Entry);

/// The most records changed here that one segment carries, and about the most bytes
/// of their text (one longer record still goes, alone).
pub const SEGMENT_RECORDS: i64 = 2000;
const SEGMENT_BYTES: usize = 8 << 20;

/// Where a table's records go in a segment: the profile, then parents before the
/// records that refer to them.
pub(super) use schema::merge_order as table_order;

impl Tx<'_> {
    /// The next segment's contents, or None when nothing changed here. At most
    /// `SEGMENT_RECORDS` records changed here go in one segment (a first one after
    /// years of journaling is written as several).
    pub fn sync_collect(&self, seq: i64) -> Result<Option<Outgoing>> {
        self.sync_collect_after(seq, 0)
    }

    /// `sync_collect` of the records changed here after those of the segment whose
    /// `Outgoing::last` is `after`: the next segment's, collected before that one is
    /// marked sent (while it is sealed). Its `prev` is the caller's to set.
    pub fn sync_collect_after(&self, seq: i64, after: i64) -> Result<Option<Outgoing>> {
        let setup = self.sync_setup()?.expect("sync is set up");
        let dirty = self.changed_after(after)?;
        let mut full = dirty.len() == SEGMENT_RECORDS as usize;
        let mut last = after;
        // A device forgotten here is said in a segment even when nothing else changed
        // (the first segment after: the one before it may not be marked sent yet).
        let untold: bool = after == 0
            && self.query_row(
                "SELECT EXISTS (SELECT 1 FROM sync_forgotten WHERE told = 0)",
                [],
                |r| r.get(0),
            )?;
        if dirty.is_empty() && !untold {
            return Ok(None);
        }
        let mut included: HashSet<(String, String)> = dirty
            .iter()
            .map(|(_, t, k, _)| (t.clone(), k.clone()))
            .collect();
        let mut records = Vec::new();
        let mut sent = Vec::new();
        let mut relays: VecDeque<(String, String)> = VecDeque::new();
        let mut bytes = 0;
        for (rowid, tbl, key, entry) in dirty {
            // A few long entries fill a segment too; the rest go in the next.
            if bytes > SEGMENT_BYTES {
                full = true;
                break;
            }
            last = rowid;
            let Some((rec, v)) = self.record_out_from(&tbl, &key, false, Some(entry))? else {
                // Nothing to send: a record never stamped, or one gone with a record
                // deleted here that no longer waits to come back.
                self.prepare_cached(
                    "UPDATE sync_changes SET dirty = 0 WHERE tbl = ?1 AND key = ?2",
                )?
                .execute([&tbl, &key])?;
                continue;
            };
            bytes += rec.row().as_object().map_or(0, |r| {
                r.values().filter_map(Json::as_str).map(str::len).sum()
            });
            queue_refs(&tbl, &rec, &mut included, &mut relays);
            sent.push((rowid, tbl, key, v));
            records.push(rec);
        }
        if sent.is_empty() && !untold {
            return Ok(None);
        }
        while let Some((tbl, key)) = relays.pop_front() {
            if let Some((rec, _)) = self.record_out(&tbl, &key, true)? {
                queue_refs(&tbl, &rec, &mut included, &mut relays);
                records.push(rec);
            }
        }
        records.sort_by_key(|r: &Record| table_order(&r.t));
        let seen = self
            .prepare("SELECT device, imported FROM sync_devices")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let clock: i64 = self.query_row("SELECT clock FROM journal_clock", [], |r| r.get(0))?;
        let body = Segment {
            format: SEGMENT_FORMAT,
            app: "tend".into(),
            device: setup.device,
            forgot: self.sync_forgot()?,
            last: None,
            name: Some(setup.name),
            seq,
            // The previous segment's nonce: a reader that merged another file under
            // that number knows this device's segments forked.
            prev: setup.last_hash,
            clock,
            seen,
            records,
        };
        Ok(Some(Outgoing {
            body,
            sent,
            last,
            full,
        }))
    }

    /// The next records changed here to send (row, table and key), after row `after`
    /// of the change table. A part a deletion took here with its record waits,
    /// parked, still to send: it goes once its record is back.
    fn changed_after(&self, after: i64) -> Result<Vec<Changed>> {
        Ok(self
            .prepare(&format!(
                "SELECT rowid, tbl, key, {ENTRY_COLUMNS} FROM sync_changes c
                 WHERE dirty = 1 AND rowid > ?2
                     AND NOT EXISTS (SELECT 1 FROM sync_parked p WHERE p.tbl = c.tbl
                          AND p.key = c.key AND p.stamp = c.stamp AND p.device = c.device)
                 ORDER BY rowid LIMIT ?1"
            ))?
            .query_map([SEGMENT_RECORDS, after], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, Entry::read(r, 3)?))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// One record as a segment carries it, with its version; None when it has none
    /// (or, for a relay, when it is deleted or gone).
    pub(super) fn record_out(
        &self,
        tbl: &str,
        key: &str,
        relay: bool,
    ) -> Result<Option<(Record, Version)>> {
        let entry = self.sync_entry(tbl, key)?;
        self.record_out_from(tbl, key, relay, entry)
    }

    /// `record_out` with the record's entry already read.
    fn record_out_from(
        &self,
        tbl: &str,
        key: &str,
        relay: bool,
        entry: Option<Entry>,
    ) -> Result<Option<(Record, Version)>> {
        let Some(Entry {
            version: Some(v),
            base,
            deleted,
            fields,
            ..
        }) = entry
        else {
            return Ok(None);
        };
        let mut rec = Record {
            t: tbl.to_string(),
            k: key.to_string(),
            v: segment::written(Some(&v)),
            b: segment::written(base.as_ref()),
            relay,
            ..Record::default()
        };
        match tbl {
            t if schema::by_fields(t) => {
                rec.f = Some(
                    fields
                        .and_then(|f| serde_json::from_str(&f).ok())
                        .unwrap_or(Json::Null),
                );
            }
            _ if deleted => {
                if relay {
                    return Ok(None);
                }
                rec.del = true;
            }
            // Not deleted and not here: a deletion took it with its record.
            _ => match self.record_json(tbl, key)? {
                Some(mut row) => {
                    self.as_at_version(tbl, key, &v, &mut row)?;
                    rec.row = Some(row);
                }
                None => return Ok(None),
            },
        }
        Ok(Some((rec, v)))
    }

    /// A record as its version has it: with the links and references a deletion took
    /// here since (kept to come back with the record they point at), which are not a
    /// change of it, so that every device holds the same version alike.
    fn as_at_version(&self, tbl: &str, key: &str, v: &Version, row: &mut Json) -> Result<()> {
        let taken: Vec<(String, String)> = self
            .prepare_cached(
                "SELECT link, target FROM sync_dangling
                 WHERE tbl = ?1 AND key = ?2 AND stamp = ?3 AND device = ?4",
            )?
            .query_map(rusqlite::params![tbl, key, v.stamp, v.device], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        for (link, target) in taken {
            match row.get_mut(&link) {
                // A link table: the record lists the targets.
                Some(Json::Array(list)) => {
                    if !list.iter().any(|t| t.as_str() == Some(&target)) {
                        list.push(Json::String(target));
                        list.sort_by_key(|t| t.as_str().map(str::to_owned));
                    }
                }
                // A reference column, as the data file names it.
                _ => {
                    let field = format!("{}_uid", link.trim_end_matches("_id"));
                    if row.get(&field).is_some_and(Json::is_null) {
                        row[field] = Json::String(target);
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn profile_json(&self) -> Result<Json> {
        Ok(self.query_row(
            "SELECT display_name, recovery_start, day_start_hour FROM profile WHERE id = 1",
            [],
            |r| {
                Ok(json!({
                    "display_name": r.get::<_, Option<String>>(0)?,
                    "recovery_start": r.get::<_, Option<String>>(1)?,
                    "day_start_hour": r.get::<_, i64>(2)?,
                }))
            },
        )?)
    }

    /// Marks the records a segment carried as sent (those changed again since stay
    /// waiting), and moves on to the next segment number.
    pub fn sync_sent(&self, seq: i64, hash: &str, sent: &[Sent]) -> Result<()> {
        let me = super::journal_device(self)?;
        // Each by its row (a segment carries up to 2,000): the row of the version the
        // segment carries, unless it changed since.
        let mut mark = self.prepare_cached(
            "UPDATE sync_changes SET dirty = 0, seg_device = ?1, seg = ?2
             WHERE rowid = ?3 AND tbl = ?4 AND key = ?5 AND stamp = ?6 AND device = ?7
               AND pending = 0",
        )?;
        for (row, tbl, key, v) in sent {
            mark.execute(rusqlite::params![me, seq, row, tbl, key, v.stamp, v.device])?;
        }
        self.execute(
            "UPDATE sync_setup SET next_seq = ?1 + 1, last_hash = ?2, pending_hash = NULL",
            rusqlite::params![seq, hash],
        )?;
        self.execute("UPDATE sync_forgotten SET told = 1", [])?;
        Ok(())
    }
}

/// Queues the records `rec` refers to that the segment does not carry yet.
pub(super) fn queue_refs(
    tbl: &str,
    rec: &Record,
    included: &mut HashSet<(String, String)>,
    relays: &mut VecDeque<(String, String)>,
) {
    let Some(row) = &rec.row else { return };
    for (target, uid) in record_refs(tbl, row) {
        let k = (target.to_string(), uid);
        if included.insert(k.clone()) {
            relays.push_back(k);
        }
    }
}
