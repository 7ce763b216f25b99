//! Sync over years, the journal's side: the devices this journal has forgotten
//! (retired, unseen too long, or a restored journal's old id), what each device has
//! merged of this one's segments (so this one may compact them), and the contents of
//! a snapshot: every record this device's segments up to a number carried that
//! still stands here.

use super::collect::{queue_refs, table_order};
use super::segment::{Record, Segment};
use super::{SEGMENT_FORMAT, journal_device};
use crate::error::Result;
use crate::store::{Store, Tx};
use rusqlite::{OptionalExtension, params};
use std::collections::{BTreeMap, HashSet, VecDeque};

/// A kept part's row, version and base: row, stamp, device, base stamp, base device.
type Parked = (String, i64, String, Option<i64>, Option<String>);
/// A record's kind, key, version's device, and the device and number of the segment
/// that carried it.
type Kept = (String, String, Option<String>, Option<String>, Option<i64>);

/// A device's `seen` as stored: how many of each device's segments it had merged.
fn seen_map(json: &str) -> BTreeMap<String, i64> {
    serde_json::from_str(json).unwrap_or_default()
}

/// Why a device was forgotten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Why {
    /// The person retired it (`tend sync forget-device`).
    Retired,
    /// Not heard from for longer than the setting allows.
    Unseen,
    /// A restored or copied journal went on under a new id: the old one is done.
    Succeeded,
    /// Another device forgot it first.
    Heard,
}

impl Why {
    fn stored(self) -> &'static str {
        match self {
            Why::Retired => "retired",
            Why::Unseen => "unseen",
            Why::Succeeded => "succeeded",
            Why::Heard => "heard",
        }
    }

    fn parse(s: &str) -> Why {
        match s {
            "retired" => Why::Retired,
            "unseen" => Why::Unseen,
            "succeeded" => Why::Succeeded,
            _ => Why::Heard,
        }
    }
}

/// A device this journal has forgotten.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Forgotten {
    pub device: String,
    pub name: String,
    /// The day it was forgotten here (YYYY-MM-DD).
    pub day: String,
    pub why: Why,
    /// Its segments merged here.
    pub merged: i64,
}

impl Store {
    /// The devices this journal has forgotten, by name.
    pub fn sync_forgotten(&self) -> Result<Vec<Forgotten>> {
        let mut st = self.conn.prepare_cached(
            "SELECT f.device, f.name, f.day, f.why, coalesce(d.imported, 0)
             FROM sync_forgotten f LEFT JOIN sync_devices d ON d.device = f.device
             ORDER BY f.name, f.device",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Forgotten {
                device: r.get(0)?,
                name: r.get(1)?,
                day: r.get(2)?,
                why: Why::parse(&r.get::<_, String>(3)?),
                merged: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How far every device that still counts has merged this device's segments: the
    /// lowest number of them any has merged, or None when no other device counts yet
    /// (then none is waiting on them).
    pub fn sync_merged_by_all(&self) -> Result<Option<i64>> {
        let me = journal_device(&self.conn)?;
        let mut st = self.conn.prepare_cached(
            "SELECT seen FROM sync_devices
             WHERE device NOT IN (SELECT device FROM sync_forgotten)",
        )?;
        let seen: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(seen
            .iter()
            .map(|s| seen_map(s).get(&me).copied().unwrap_or(0))
            .min())
    }
}

impl Tx<'_> {
    /// Forgets a device: it no longer holds anything up here, and every record whose
    /// version here came in its segments goes out again in this device's next one,
    /// versions unchanged, so a device that joins after its folder is gone still gets
    /// them. Returns false when it was forgotten already.
    pub fn sync_forget_device(&self, device: &str, name: &str, why: Why) -> Result<bool> {
        let added = self.note_forgotten(device, name, why)?;
        if added {
            // A check-in's or the profile's fields may each come from another device,
            // and the segment that last carried the record need not hold them all.
            self.execute(
                "UPDATE sync_changes SET dirty = 1 WHERE seg_device = ?1
                     OR (fields IS NOT NULL AND instr(fields, char(34) || ?1 || char(34)) > 0)",
                [device],
            )?;
        }
        Ok(added)
    }

    /// Forgets the devices another device's segment says it forgot (not this one:
    /// `true` when the segment forgot this device itself).
    pub fn sync_heard_forgotten(&self, forgot: &BTreeMap<String, String>) -> Result<bool> {
        let me = journal_device(self)?;
        for device in forgot.keys().filter(|d| **d != me) {
            let name: String = self
                .query_row(
                    "SELECT name FROM sync_devices WHERE device = ?1",
                    [device],
                    |r| r.get(0),
                )
                .unwrap_or_default();
            self.sync_forget_device(device, &name, Why::Heard)?;
        }
        Ok(forgot.contains_key(&me))
    }

    /// Forgets the devices last heard from more than `days` days ago; their names.
    pub fn sync_forget_unseen(&self, days: i64) -> Result<Vec<String>> {
        let before = (self.at - chrono::Duration::days(days)).to_rfc3339();
        let unseen: Vec<(String, String)> = self
            .prepare(
                "SELECT device, name FROM sync_devices
                 WHERE last_at IS NOT NULL AND last_at < ?1
                   AND device NOT IN (SELECT device FROM sync_forgotten)",
            )?
            .query_map([before], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (device, name) in &unseen {
            self.sync_forget_device(device, name, Why::Unseen)?;
        }
        Ok(unseen.into_iter().map(|(_, n)| n).collect())
    }

    /// The devices forgotten here, with the day each was, as a segment carries them.
    pub(super) fn sync_forgot(&self) -> Result<BTreeMap<String, String>> {
        Ok(self
            .prepare_cached("SELECT device, day FROM sync_forgotten")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// A snapshot of this device's segments up to `upto`: every record whose version
    /// here this device sent in one of them (and every check-in it wrote a field of),
    /// whole (a deletion as a tombstone, until
    /// the forgetting of deletions takes it), with the records they refer to; `last`
    /// is the identity of segment `upto`, which the next one names as its `prev`.
    pub fn sync_snapshot(&self, upto: i64, last: Option<String>) -> Result<Segment> {
        let setup = self.sync_setup()?.expect("sync is set up");
        let keys: Vec<(String, String)> = self
            // A check-in or the profile merges field by field: one this device wrote a
            // field of goes in whole, whichever segment last carried it (that one's
            // device may not have had this device's field when it wrote it).
            .prepare(
                "SELECT tbl, key FROM sync_changes
                 WHERE dirty = 0 AND pending = 0 AND ((seg_device = ?1 AND seg <= ?2)
                     OR (fields IS NOT NULL AND instr(fields, char(34) || ?1 || char(34)) > 0))",
            )?
            .query_map(params![setup.device, upto], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut included: HashSet<(String, String)> = keys.iter().cloned().collect();
        let mut relays = VecDeque::new();
        let mut records: Vec<Record> = Vec::with_capacity(keys.len());
        for (tbl, key) in keys {
            let rec = match self.record_out(&tbl, &key, false)? {
                Some((rec, _)) => Some(rec),
                // Taken here with a record deleted since, kept to come back with it: it
                // goes in as its version has it, as the segment it replaces carried it.
                None => self.parked_out(&tbl, &key)?,
            };
            if let Some(rec) = rec {
                queue_refs(&tbl, &rec, &mut included, &mut relays);
                records.push(rec);
            }
        }
        while let Some((tbl, key)) = relays.pop_front() {
            if let Some((rec, _)) = self.record_out(&tbl, &key, true)? {
                queue_refs(&tbl, &rec, &mut included, &mut relays);
                records.push(rec);
            }
        }
        records.sort_by_key(|r| table_order(&r.t));
        let seen = self
            .prepare("SELECT device, imported FROM sync_devices")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let clock: i64 = self.query_row("SELECT clock FROM journal_clock", [], |r| r.get(0))?;
        Ok(Segment {
            app: "tend".into(),
            clock,
            device: setup.device,
            forgot: self.sync_forgot()?,
            format: SEGMENT_FORMAT,
            last,
            name: Some(setup.name),
            prev: None,
            records,
            seen,
            seq: upto,
        })
    }

    /// A record a deletion took here with the record it belongs to, as it was kept
    /// (`sync_parked`) at its current version; None when there is none.
    fn parked_out(&self, tbl: &str, key: &str) -> Result<Option<Record>> {
        let found: Option<Parked> = self
            .query_row(
                "SELECT p.row, c.stamp, c.device, c.base_stamp, c.base_device
                 FROM sync_parked p JOIN sync_changes c ON c.tbl = p.tbl AND c.key = p.key
                 WHERE p.tbl = ?1 AND p.key = ?2 AND c.stamp = p.stamp AND c.device = p.device
                   AND c.deleted = 0",
                [tbl, key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((row, stamp, device, base_stamp, base_device)) = found else {
            return Ok(None);
        };
        Ok(serde_json::from_str(&row).ok().map(|row| Record {
            t: tbl.to_string(),
            k: key.to_string(),
            v: Some((stamp, device)),
            b: base_stamp.zip(base_device),
            row: Some(row),
            ..Record::default()
        }))
    }

    fn today_text(&self) -> String {
        self.at.date_naive().format("%Y-%m-%d").to_string()
    }
}

impl Tx<'_> {
    /// This device was forgotten by the others and is back: it goes on under a new id
    /// (`new`), with every segment its old id wrote counted as merged, and what it
    /// changed while away stamped anew under the new id. What the old id sent is not
    /// sent again: the others sent it on when they forgot it, and anything of it they
    /// deleted since must not come back.
    pub fn sync_rejoin(&self, old: &str, new: &str) -> Result<()> {
        let (next, name): (i64, String) =
            self.query_row("SELECT next_seq, name FROM sync_setup", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        self.sync_new_device(old, new, next)?;
        self.note_forgotten(old, &name, Why::Succeeded)?;
        Ok(())
    }

    /// Notes a device forgotten (false when it was already). What another device
    /// forgot, it says itself; what this one forgot, this one's next segment says.
    fn note_forgotten(&self, device: &str, name: &str, why: Why) -> Result<bool> {
        let added = self.execute(
            "INSERT OR IGNORE INTO sync_forgotten (device, name, day, why, told)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                device,
                name,
                self.today_text(),
                why.stored(),
                why == Why::Heard
            ],
        )?;
        Ok(added > 0)
    }
}

impl Store {
    /// Devices whose segments another device merged (as its latest segment says) but
    /// this journal has merged fewer of, and not forgotten: (id, name, how many the
    /// others merged). The caller checks which of them have no folder.
    pub fn sync_missing_devices(&self, me: &str) -> Result<Vec<(String, String, i64)>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT device, name, imported, seen FROM sync_devices")?;
        let rows: Vec<(String, String, i64, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let forgotten: HashSet<String> = self
            .conn
            .prepare_cached("SELECT device FROM sync_forgotten")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut most: BTreeMap<String, i64> = BTreeMap::new();
        for (_, _, _, seen) in &rows {
            for (d, n) in seen_map(seen) {
                let m = most.entry(d).or_default();
                *m = (*m).max(n);
            }
        }
        let name_of = |d: &str| {
            rows.iter()
                .find(|r| r.0 == d)
                .map(|r| r.1.clone())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| d.to_string())
        };
        let merged_here = |d: &str| rows.iter().find(|r| r.0 == d).map_or(0, |r| r.2);
        Ok(most
            .into_iter()
            .filter(|(d, n)| d != me && *n > merged_here(d) && !forgotten.contains(d))
            .map(|(d, n)| (d.clone(), name_of(&d), n))
            .collect())
    }
}

impl Tx<'_> {
    /// Every device's files are merged again from the first (merging is idempotent),
    /// nothing being sent again for it.
    pub fn sync_merge_all_again(&self) -> Result<()> {
        self.execute(
            "UPDATE sync_devices SET imported = 0, last_nonce = NULL",
            [],
        )?;
        Ok(())
    }

    /// After a forgotten device came back as a new one and merged the whole folder:
    /// drops the records kept here that no file carries (`carried`), deleted elsewhere
    /// with their deletion since forgotten, so they never come back; except those of
    /// its old id (`old`) no other device had merged, which go out again. Check-ins and
    /// the profile, merged field by field, stay. Returns how many went.
    pub fn sync_drop_uncarried(
        &self,
        old: &str,
        carried: &HashSet<(String, String)>,
    ) -> Result<usize> {
        let rows: Vec<Kept> = self
            .prepare(
                "SELECT tbl, key, device, seg_device, seg FROM sync_changes
                 WHERE dirty = 0 AND pending = 0 AND deleted = 0 AND fields IS NULL",
            )?
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let merged_elsewhere = self.most_merged_of(old)?;
        let mut gone = 0;
        for (tbl, key, device, seg_device, seg) in rows {
            if carried.contains(&(tbl.clone(), key.clone()))
                || crate::store::schema::by_fields(&tbl)
            {
                continue;
            }
            let Some(table) = crate::store::schema::synced_table(&tbl) else {
                continue;
            };
            let only_here = device.as_deref() == Some(old)
                && seg_device.as_deref() == Some(old)
                && seg.is_some_and(|s| s > merged_elsewhere);
            if only_here {
                self.execute(
                    "UPDATE sync_changes SET dirty = 1 WHERE tbl = ?1 AND key = ?2",
                    [&tbl, &key],
                )?;
                continue;
            }
            self.execute(&format!("DELETE FROM {table} WHERE uid = ?1"), [&key])?;
            // Not a deletion made here: nothing of it is sent.
            self.execute(
                "DELETE FROM sync_changes WHERE tbl = ?1 AND key = ?2",
                [&tbl, &key],
            )?;
            gone += 1;
        }
        self.execute(
            "DELETE FROM sync_changes WHERE pending = 1 AND dirty = 0 AND stamp IS NULL",
            [],
        )?;
        Ok(gone)
    }

    /// The most of `device`'s segments any other device says it merged.
    fn most_merged_of(&self, device: &str) -> Result<i64> {
        let seen: Vec<String> = self
            .prepare("SELECT seen FROM sync_devices")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(seen
            .iter()
            .filter_map(|s| seen_map(s).get(device).copied())
            .max()
            .unwrap_or(0))
    }
}
