//! Merging another device's segment. Records merge by uid: the later version by the
//! hybrid clock wins (device id breaks ties), a deletion is a version like any other
//! (so an edit made after it brings the record back), and a version made without
//! seeing the one here keeps the loser's words aside as a conflict, never dropped.
//! Check-ins and the profile merge field by field (`fields`).

use super::collect::table_order;
use super::segment::{Record, Segment};
use super::{Entry, SEGMENT_FORMAT};
use crate::domain::hlc::{self, Relation, Version};
use crate::error::{Error, Result, SegmentFault};
use crate::store::Tx;
use crate::store::schema::{self, text_columns};
use crate::store::transfer::{Put, Today};
use serde_json::Value as Json;
use std::cmp::Ordering;

/// How a merge may undo one record that this tend can't take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::store) enum Care {
    /// A savepoint around each record: it is undone alone and held aside.
    EachRecord,
    /// None: the whole transaction is undone (SQLite copies every page a record
    /// changes aside for its savepoint, a fifth of a long merge's time).
    Segment,
}

/// What merging segments changed here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Received {
    pub segments: usize,
    /// Records taken from other devices (added, changed or deleted here).
    pub records: usize,
    /// Concurrent edits whose losing words were kept aside.
    pub conflicts: usize,
    /// Records left out because a clock past the year 3000 stamped them (an older tend
    /// made them; that device stamps them again once upgraded).
    pub past_latest: usize,
    /// Why each record held aside waits: this tend cannot merge it yet (a newer tend
    /// made it); it is merged after an upgrade.
    pub held: Vec<String>,
    /// The segment's device has forgotten this one (it was retired, or unseen too long).
    pub forgot_me: bool,
}

/// One segment's merge (or a data file's): where it came from, the day limit for its
/// dates, and the conflicts this device kept while merging it.
pub(in crate::store) struct Merge<'a> {
    /// This device: only a device whose own edit is one of two concurrent ones keeps
    /// the loser's words, so a device catching up on history adds none of its own.
    pub me: String,
    /// The device whose segment this is, or None for a data file: this journal's own
    /// import, whose every record is news to it, and waits to be sent on.
    pub from: Option<&'a str>,
    pub seq: i64,
    pub today: Today,
    /// Each with the version of the edit whose words it keeps.
    pub kept: Vec<(String, Version)>,
    /// Names of devices by id, as a data file gives them, for "edited on <name>".
    pub names: std::collections::HashMap<String, String>,
    /// Whether what this merge takes is sent on in this device's next segment (from a
    /// conflict copy, which another device may never read, and from a data file).
    pub send_on: bool,
    /// How many of this device's segments the segment's device had merged when it
    /// wrote it (what of ours it had seen).
    pub seen_me: i64,
}

impl<'a> Merge<'a> {
    /// A data file's merge into this journal.
    pub fn import(me: String, today: Today) -> Merge<'a> {
        Merge {
            me,
            from: None,
            seq: 0,
            today,
            kept: Vec::new(),
            names: Default::default(),
            send_on: true,
            seen_me: 0,
        }
    }
}

/// Links that go with a deleted record at their far end, and come back with it: link
/// table, the table and column of the record it belongs to, the far end's.
fn dangling() -> impl Iterator<
    Item = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ),
> {
    schema::LINKS.iter().filter_map(|l| {
        Some((
            l.table,
            l.owner.target?,
            l.owner.column,
            l.other.target?,
            l.other.column,
        ))
    })
}

/// References a deletion sets to nothing, and puts back when the record comes back
/// (`required` false), or a record's own rows, which go with it (parked) and come back
/// with it (`required` true): the table and column that refers, and the table it
/// refers to.
fn references(required: bool) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    schema::RECORDS.iter().flat_map(move |r| {
        r.refs
            .iter()
            .filter(move |f| f.required == required)
            .map(move |f| (r.table, f.column, f.target))
    })
}

/// A field's text that lost to another device's: where it was, and its version.
pub(in crate::store) struct Lost<'a> {
    pub tbl: &'a str,
    pub key: &'a str,
    pub col: &'a str,
    pub loser: &'a Json,
    pub winner: &'a Json,
    pub v: &'a Version,
}

/// One record of a segment (or of a data file).
pub(in crate::store) struct Incoming<'a> {
    /// As the schema spells it (see `known_kind`).
    pub tbl: &'static str,
    pub key: &'a str,
    pub v: Version,
    pub base: Option<Version>,
    pub relay: bool,
    pub rec: &'a Record,
}

/// A segment that does not read right: `what` says where.
pub(super) fn bad(what: impl Into<String>) -> Error {
    Error::Segment(SegmentFault::Unreadable(t!(
        "store-segment-bad",
        what = what.into()
    )))
}

/// A segment's record, read: refused when it is of a kind this tend does not know, or
/// lacks its version.
pub(super) fn incoming(rec: &Record) -> Result<Incoming<'_>> {
    Ok(Incoming {
        tbl: known_kind(&rec.t).ok_or_else(|| {
            Error::Message(t!(
                "store-segment-unknown-kind",
                kind = format!("{:?}", crate::domain::one_line(&rec.t, 40))
            ))
        })?,
        key: &rec.k,
        v: rec
            .version()
            .ok_or_else(|| bad(t!("store-segment-no-version")))?,
        base: rec.base(),
        relay: rec.relay,
        rec,
    })
}

/// A stamp's wall-clock time, as the store writes moments.
pub(in crate::store) fn moment(stamp: i64) -> String {
    let t = chrono::DateTime::from_timestamp_millis(hlc::millis(stamp)).unwrap_or_default();
    crate::clock::stamp(t.fixed_offset())
}

/// A segment's record's kind as the schema spells it, when it is one this tend merges:
/// only that spelling ever reaches SQL.
fn known_kind(tbl: &str) -> Option<&'static str> {
    schema::synced_table(tbl)
}

/// The columns of a version (in `sync_changes`), in the order a merge writes them.
pub(super) const VERSION_COLUMNS: &str = "tbl, key, pending, dirty, stamp, device, base_stamp,
    base_device, deleted, seg_device, seg, fields";

/// A version written in place of the one noted (or of the mark a check-in's trigger
/// made), none of it left pending.
pub(super) const VERSION_UPSERT: &str = " ON CONFLICT (tbl, key) DO UPDATE SET pending = 0,
    dirty = excluded.dirty, stamp = excluded.stamp, device = excluded.device,
    base_stamp = excluded.base_stamp, base_device = excluded.base_device,
    deleted = excluded.deleted, seg_device = excluded.seg_device, seg = excluded.seg,
    fields = excluded.fields";
impl Tx<'_> {
    /// Merges segment `seq` of device `from`, then notes it merged. Fails, writing
    /// nothing, on contents this tend cannot read. A record this tend can't take is
    /// held aside and the rest merges (see `sync_apply_quick`).
    pub fn sync_apply(&self, from: &str, seq: i64, body: &Segment) -> Result<Received> {
        self.apply_segment(from, seq, body, Care::EachRecord)
    }

    /// `sync_apply` without a savepoint around each record, several times faster on a
    /// long segment: it fails with the record's `Error::Invalid` where `sync_apply`
    /// holds that record aside, and the caller merges the segment again with
    /// `sync_apply` in a new transaction.
    pub fn sync_apply_quick(&self, from: &str, seq: i64, body: &Segment) -> Result<Received> {
        self.apply_segment(from, seq, body, Care::Segment)
    }

    fn apply_segment(&self, from: &str, seq: i64, body: &Segment, care: Care) -> Result<Received> {
        // What a forgotten device wrote goes on in this device's segments, for the
        // devices that join once its folder is gone.
        let forgotten: bool = self.query_row(
            "SELECT EXISTS (SELECT 1 FROM sync_forgotten WHERE device = ?1)",
            [from],
            |r| r.get(0),
        )?;
        let mut got = self.merge_segment(from, seq, body, forgotten, care)?;
        self.note_merged(from, seq, body)?;
        got.forgot_me = self.sync_heard_forgotten(&body.forgot)?;
        Ok(got)
    }

    /// Merges the sync program's conflict copy of segment `seq` of device `from` (whose
    /// identity is `nonce`): a journal restored with its copy of the folder wrote that
    /// number again, and the copy may hold what no other file does. Its records merge
    /// by version like any segment's, and what it brings here is sent on, for a device
    /// that never reads it; the device's merged segments stay as they were.
    pub fn sync_apply_copy(
        &self,
        from: &str,
        seq: i64,
        nonce: &str,
        body: &Segment,
    ) -> Result<Received> {
        let got = self.merge_segment(from, seq, body, true, Care::EachRecord)?;
        self.execute(
            "INSERT OR IGNORE INTO sync_copies (device, nonce) VALUES (?1, ?2)",
            [from, nonce],
        )?;
        Ok(got)
    }

    /// Whether the conflict copy of `from`'s segment with identity `nonce` is merged.
    pub fn sync_copy_merged(&self, from: &str, nonce: &str) -> Result<bool> {
        Ok(self
            .prepare_cached("SELECT 1 FROM sync_copies WHERE device = ?1 AND nonce = ?2")?
            .exists([from, nonce])?)
    }

    /// A segment's records, merged (and sent on with `send_on`).
    pub(super) fn merge_segment(
        &self,
        from: &str,
        seq: i64,
        body: &Segment,
        send_on: bool,
        care: Care,
    ) -> Result<Received> {
        if body.format > SEGMENT_FORMAT {
            return Err(Error::Segment(SegmentFault::Newer(t!(
                "store-segment-newer",
                format = body.format,
                known = SEGMENT_FORMAT
            ))));
        }
        if body.app != "tend" || body.device != from || body.seq != seq {
            return Err(bad(t!("store-segment-misplaced")));
        }
        let me = super::journal_device(self)?;
        let unstamped: Vec<(String, String)> = self
            .prepare_cached("SELECT tbl, key FROM sync_changes WHERE pending = 1")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut m = Merge {
            seen_me: body.seen.get(&me).copied().unwrap_or(0),
            me,
            from: Some(from),
            seq,
            today: self.sync_today()?,
            kept: Vec::new(),
            names: Default::default(),
            send_on,
        };
        let mut got = Received {
            segments: 1,
            ..Received::default()
        };
        // A clock past the year 3000 (an older tend's, set wrong) pulls this one no
        // further than any (see `hlc::seen`).
        if body.clock < 0 {
            return Err(bad(t!("store-segment-bad-clock")));
        }
        let mut order: Vec<&Record> = body.records.iter().collect();
        // Kept words first: a device that kept the same ones need not keep them again.
        order.sort_by_key(|r| match r.t.as_str() {
            schema::KEPT_WORDS => 0,
            t => table_order(t) + 1,
        });
        let read = self.search_index_after(|| {
            self.stamp_hold()?;
            let read = self.merge_records(order, &mut m, &mut got, care)?;
            self.stamp_release()?;
            self.sync_put_back(m.today)?;
            Ok(read)
        })?;
        got.conflicts += m.kept.len();
        let clock = body.clock.min(hlc::LATEST);
        let max_stamp = read.map_or(clock, |stamp| stamp.max(clock));
        self.sync_clock_seen(max_stamp)?;
        self.not_news(&unstamped)?;
        self.sync_kept_versions(&m.kept)?;
        Ok(got)
    }

    /// One record of a segment, merged, or held aside when this tend can't merge it
    /// (a kind it does not know, a value it can't take: a newer tend's); the rest of
    /// the segment merges all the same. Its stamp, when it was read.
    pub(super) fn merge_one(
        &self,
        rec: &Record,
        m: &mut Merge,
        got: &mut Received,
        care: Care,
    ) -> Result<Option<i64>> {
        if known_kind(&rec.t).is_none() {
            let why = t!(
                "store-unknown-kind",
                kind = format!("{:?}", crate::domain::one_line(&rec.t, 40))
            );
            self.hold_record(rec, m, &why, got)?;
            return Ok(None);
        }
        let inc = incoming(rec)?;
        let each = care == Care::EachRecord;
        if each {
            self.prepare_cached("SAVEPOINT one_record")?.execute([])?;
        }
        let kept = m.kept.len();
        let took = if schema::by_fields(inc.tbl) {
            self.merge_fields(&inc, m)
        } else {
            self.merge_record(&inc, m)
        };
        let took = match took {
            Ok(took) => {
                if each {
                    self.prepare_cached("RELEASE one_record")?.execute([])?;
                }
                took
            }
            Err(e @ Error::Invalid(_)) if !each => return Err(e),
            Err(Error::Invalid(e)) => {
                self.execute_batch("ROLLBACK TO one_record; RELEASE one_record")?;
                m.kept.truncate(kept);
                self.hold_record(rec, m, &e.to_string(), got)?;
                return Ok(Some(inc.v.stamp));
            }
            Err(e) => return Err(e),
        };
        if inc.tbl == schema::KEPT_WORDS {
            got.conflicts += usize::from(took && !inc.rec.del);
        } else {
            got.records += usize::from(took);
        }
        Ok(Some(inc.v.stamp))
    }

    fn hold_record(&self, rec: &Record, m: &Merge, why: &str, got: &mut Received) -> Result<()> {
        let record = serde_json::to_value(rec).expect("a record serializes");
        let from = m.from.unwrap_or_default();
        self.hold((from, m.seq, m.seen_me), &record, why)?;
        got.held.push(why.to_string());
        Ok(())
    }

    /// What merging changed as a side effect (a deletion's cascade) happens the same way
    /// on every device: only the conflicts kept here are this device's news, and the
    /// changes not stamped yet when the merge began (an upgrade can leave some).
    fn not_news(&self, unstamped: &[(String, String)]) -> Result<()> {
        self.execute("UPDATE sync_changes SET pending = 0 WHERE pending = 1", [])?;
        for (tbl, key) in unstamped {
            self.execute(
                "UPDATE sync_changes SET pending = 1 WHERE tbl = ?1 AND key = ?2
                     AND (stamp IS NULL OR stamp > ?3)",
                rusqlite::params![tbl, key, hlc::LATEST],
            )?;
        }
        Ok(())
    }

    /// A kept text's version is the losing edit's own, the same on every device that
    /// keeps it: so a device that keeps it again later never outranks a dismissal.
    pub(in crate::store) fn sync_kept_versions(&self, kept: &[(String, Version)]) -> Result<()> {
        for (uid, v) in kept {
            self.execute(
                "UPDATE sync_changes SET pending = 0, dirty = 1, stamp = ?2, device = ?3,
                     base_stamp = NULL, base_device = NULL, deleted = 0
                 WHERE tbl = 'sync_conflicts' AND key = ?1",
                rusqlite::params![uid, v.stamp, v.device],
            )?;
        }
        Ok(())
    }

    /// Dates from another device may run ahead of this one's (time zones, a fast
    /// clock): they are taken, not refused.
    fn sync_today(&self) -> Result<Today> {
        Ok(sync_day(crate::store::profile(self)?.day_start_hour))
    }

    fn note_merged(&self, from: &str, seq: i64, body: &Segment) -> Result<()> {
        self.execute(
            "INSERT INTO sync_devices (device, name, imported, seen, last_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (device) DO UPDATE SET name = excluded.name, imported = excluded.imported,
                 seen = excluded.seen, last_at = excluded.last_at",
            rusqlite::params![
                from,
                body.name
                    .as_deref()
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(60)
                    .collect::<String>(),
                seq,
                serde_json::to_string(&body.seen).expect("numbers by name serialize"),
                moment(body.clock),
            ],
        )?;
        Ok(())
    }

    /// Sets the version a record now has here (from a data file or a conflict copy: to
    /// be sent on).
    pub(in crate::store) fn set_entry(
        &self,
        inc: &Incoming,
        deleted: bool,
        fields: Option<String>,
        m: &Merge,
    ) -> Result<()> {
        let b = inc.base.as_ref();
        self.prepare_cached(&format!(
            "INSERT INTO sync_changes ({VERSION_COLUMNS})
             VALUES (?1, ?2, 0, ?11, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10){VERSION_UPSERT}"
        ))?
        .execute(rusqlite::params![
            inc.tbl,
            inc.key,
            inc.v.stamp,
            inc.v.device,
            b.map(|b| b.stamp),
            b.map(|b| b.device.clone()),
            deleted,
            m.from.filter(|_| !m.send_on),
            m.from.filter(|_| !m.send_on).map(|_| m.seq),
            fields,
            m.send_on,
        ])?;
        Ok(())
    }

    /// A record by uid: returns whether it was taken.
    fn merge_record(&self, inc: &Incoming, m: &mut Merge) -> Result<bool> {
        let del = inc.rec.del;
        let local = self.sync_entry(inc.tbl, inc.key)?;
        let relation = match &local {
            Some(Entry {
                version: Some(lv),
                base,
                ..
            }) => hlc::relate(&inc.v, inc.base.as_ref(), lv, base.as_ref()),
            _ => Relation::Follows,
        };
        let take = matches!(
            relation,
            Relation::Follows | Relation::Concurrent(Ordering::Greater)
        );
        // A deletion is a version like an edit: one that wins over an edit made without
        // seeing it keeps that edit's words aside, whatever the clocks say.
        if let (Relation::Concurrent(o), Some(l)) = (relation, &local)
            && inc.tbl != schema::KEPT_WORDS
            && (o == Ordering::Greater || !inc.relay)
        {
            self.keep_aside(inc, l, o, del, m)?;
        }
        if !take {
            return Ok(false);
        }
        let put = if del {
            self.keep_parts_aside(inc.tbl, inc.key, m)?;
            self.execute(
                &format!("DELETE FROM {} WHERE uid = ?1", inc.tbl),
                [inc.key],
            )?;
            Put::Written
        } else {
            self.put_row(inc.tbl, inc.key, inc.rec.row(), m.today)?
        };
        if put == Put::Orphaned && !inc.relay {
            self.keep_orphan_aside(inc, m)?;
        }
        self.park(inc, put)?;
        self.set_entry(inc, del, None, m)?;
        Ok(true)
    }

    /// A deletion from another device takes a record's own rows with it here: those
    /// this device wrote that the deletion was made without seeing (not yet sent, or
    /// sent in a segment its device had not merged) keep their words aside, as an edit
    /// that loses to a deletion does.
    fn keep_parts_aside(&self, tbl: &str, key: &str, m: &mut Merge) -> Result<()> {
        for (child, col, _) in references(true).filter(|o| o.2 == tbl) {
            let sql = format!(
                "SELECT r.uid, c.stamp, c.device FROM {child} r JOIN {tbl} p ON p.id = r.{col}
                 JOIN sync_changes c ON c.tbl = '{child}' AND c.key = r.uid
                 WHERE p.uid = ?1 AND c.device = ?2 AND c.stamp IS NOT NULL
                   AND (c.dirty = 1 OR c.seg_device IS NOT ?2 OR c.seg > ?3)"
            );
            let parts: Vec<(String, i64, String)> = self
                .prepare_cached(&sql)?
                .query_map(rusqlite::params![key, m.me, m.seen_me], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            for (uid, stamp, device) in parts {
                let row = self.record_json(child, &uid)?.unwrap_or(Json::Null);
                self.keep_all(child, &uid, &row, &Version::new(stamp, device), m)?;
            }
        }
        Ok(())
    }

    /// A record's own row from another device, for a record this device deleted without
    /// seeing it: it stays out with its record, its words kept aside.
    fn keep_orphan_aside(&self, inc: &Incoming, m: &mut Merge) -> Result<()> {
        for (_, col, parent) in references(true).filter(|o| o.0 == inc.tbl) {
            let field = format!("{}_uid", col.trim_end_matches("_id"));
            let Some(puid) = inc.rec.row()[&field].as_str() else {
                continue;
            };
            let mine = self
                .sync_entry(parent, puid)?
                .is_some_and(|e| e.deleted && e.version.as_ref().is_some_and(|v| v.device == m.me));
            if mine {
                self.keep_all(inc.tbl, inc.key, inc.rec.row(), &inc.v, m)?;
            }
        }
        Ok(())
    }

    /// Keeps every text field of a record's version `v` that goes, none replacing it.
    fn keep_all(&self, tbl: &str, key: &str, row: &Json, v: &Version, m: &mut Merge) -> Result<()> {
        for col in text_columns(tbl) {
            let lost = Lost {
                tbl,
                key,
                col,
                loser: &row[col],
                winner: &Json::Null,
                v,
            };
            self.keep_words(lost, m)?;
        }
        Ok(())
    }

    /// Writes a record's row (an orphan is not kept, its parent being deleted here).
    fn put_row(&self, tbl: &'static str, key: &str, row: &Json, today: Today) -> Result<Put> {
        let put = self.put_record(tbl, row, today)?;
        if put == Put::Orphaned {
            self.execute(&format!("DELETE FROM {tbl} WHERE uid = ?1"), [key])?;
        }
        Ok(put)
    }

    /// Keeps a version written without some of what it points at, to write it again
    /// if that comes back; forgets it once written whole.
    fn park(&self, inc: &Incoming, put: Put) -> Result<()> {
        if put == Put::Written {
            self.prepare_cached("DELETE FROM sync_parked WHERE tbl = ?1 AND key = ?2")?
                .execute([inc.tbl, inc.key])?;
        } else {
            self.prepare_cached(
                "INSERT OR REPLACE INTO sync_parked (tbl, key, stamp, device, row)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(rusqlite::params![
                inc.tbl,
                inc.key,
                inc.v.stamp,
                inc.v.device,
                inc.rec.row().to_string()
            ])?;
        }
        Ok(())
    }

    /// Puts back the links that went with a deleted record which has come back, where
    /// the record they belong to has not changed since; forgets those that no longer can.
    fn relink(&self) -> Result<()> {
        self.execute(
            "DELETE FROM sync_dangling WHERE NOT EXISTS (SELECT 1 FROM sync_changes c
                 WHERE c.tbl = sync_dangling.tbl AND c.key = sync_dangling.key
                   AND c.stamp IS sync_dangling.stamp AND c.device IS sync_dangling.device
                   AND c.deleted = 0)",
            [],
        )?;
        for (link, parent, pcol, target, tcol) in dangling() {
            let back = format!(
                "SELECT p.id, t.id FROM sync_dangling d
                 JOIN {parent} p ON p.uid = d.key JOIN {target} t ON t.uid = d.target
                 WHERE d.link = '{link}'"
            );
            let pairs: Vec<(i64, i64)> = self
                .prepare(&back)?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (p, t) in pairs {
                self.execute(
                    &format!("INSERT OR IGNORE INTO {link} ({pcol}, {tcol}) VALUES (?1, ?2)"),
                    [p, t],
                )?;
            }
            self.execute(
                &format!(
                    "DELETE FROM sync_dangling WHERE link = '{link}'
                     AND EXISTS (SELECT 1 FROM {target} t WHERE t.uid = sync_dangling.target)"
                ),
                [],
            )?;
        }
        for (child, col, parent) in references(false) {
            // A meeting is attended at most once a day: not again through a reference.
            let once = match child {
                schema::CONNECTIONS => {
                    "AND NOT EXISTS (SELECT 1 FROM connections o WHERE o.meeting_id = ?2
                         AND o.date = connections.date AND o.kind = 'meeting' AND o.id <> ?1)"
                }
                _ => "",
            };
            let back = format!(
                "SELECT r.id, p.id FROM sync_dangling d
                 JOIN {child} r ON r.uid = d.key JOIN {parent} p ON p.uid = d.target
                 WHERE d.tbl = '{child}' AND d.link = '{col}' AND r.{col} IS NULL"
            );
            let pairs: Vec<(i64, i64)> = self
                .prepare(&back)?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (r, p) in pairs {
                self.execute(
                    &format!(
                        "UPDATE {child} SET {col} = ?2 WHERE id = ?1 AND {col} IS NULL {once}"
                    ),
                    [r, p],
                )?;
            }
            self.execute(
                &format!(
                    "DELETE FROM sync_dangling WHERE tbl = '{child}' AND link = '{col}'
                     AND EXISTS (SELECT 1 FROM {parent} p WHERE p.uid = sync_dangling.target)"
                ),
                [],
            )?;
        }
        Ok(())
    }

    /// Puts back what deletions took that still stands, now that what it belongs to may
    /// be back (parked rows, links, references): each as it was, at its version, so
    /// none of it counts as a change made here.
    pub(in crate::store) fn sync_put_back(&self, today: Today) -> Result<()> {
        // Nearly always nothing waits: then the few dozen statements below have nothing
        // to do.
        let waits: bool = self.query_row(
            "SELECT EXISTS (SELECT 1 FROM sync_parked) OR EXISTS (SELECT 1 FROM sync_dangling)",
            [],
            |r| r.get(0),
        )?;
        if !waits {
            return Ok(());
        }
        let before: std::collections::HashSet<(String, String)> = self
            .prepare_cached("SELECT tbl, key FROM sync_changes WHERE pending = 1")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        self.unpark(today)?;
        self.relink()?;
        let now: Vec<(String, String)> = self
            .prepare_cached("SELECT tbl, key FROM sync_changes WHERE pending = 1")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (tbl, key) in now.into_iter().filter(|k| !before.contains(k)) {
            self.execute(
                "UPDATE sync_changes SET pending = 0 WHERE tbl = ?1 AND key = ?2",
                [tbl, key],
            )?;
        }
        Ok(())
    }

    /// Writes again the parked versions that still stand, now that what they point at
    /// may be back; forgets those that a later version replaced.
    fn unpark(&self, today: Today) -> Result<()> {
        self.execute(
            "DELETE FROM sync_parked WHERE NOT EXISTS (SELECT 1 FROM sync_changes c
                 WHERE c.tbl = sync_parked.tbl AND c.key = sync_parked.key
                   AND c.stamp = sync_parked.stamp AND c.device = sync_parked.device
                   AND c.deleted = 0)",
            [],
        )?;
        let mut parked: Vec<(String, String, String)> = self
            .prepare("SELECT tbl, key, row FROM sync_parked")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        parked.sort_by_key(|(t, _, _)| table_order(t));
        for (tbl, key, row) in parked {
            let row: Json = serde_json::from_str(&row).map_err(|e| bad(e.to_string()))?;
            let Some(table) = known_kind(&tbl) else {
                continue;
            };
            if self.put_row(table, &key, &row, today)? == Put::Written {
                self.execute(
                    "DELETE FROM sync_parked WHERE tbl = ?1 AND key = ?2",
                    [&tbl, &key],
                )?;
            }
        }
        Ok(())
    }

    /// Keeps the loser's words of two concurrent versions, field by field; a deletion
    /// (`del` for the incoming one) holds no words, so an edit that loses to one keeps
    /// all of its own.
    fn keep_aside(
        &self,
        inc: &Incoming,
        local: &Entry,
        o: Ordering,
        del: bool,
        m: &mut Merge,
    ) -> Result<()> {
        let Some(lv) = &local.version else {
            return Ok(());
        };
        if lv.device != m.me && inc.v.device != m.me {
            return Ok(());
        }
        let here = match local.deleted {
            true => None,
            false => self.record_json(inc.tbl, inc.key)?,
        }
        .unwrap_or(Json::Null);
        let there = if del { &Json::Null } else { inc.rec.row() };
        let (loser, winner, loser_v) = match o {
            Ordering::Greater => (&here, there, lv),
            _ => (there, &here, &inc.v),
        };
        for col in text_columns(inc.tbl) {
            let lost = Lost {
                tbl: inc.tbl,
                key: inc.key,
                col,
                loser: &loser[col],
                winner: &winner[col],
                v: loser_v,
            };
            self.keep_words(lost, m)?;
        }
        Ok(())
    }

    /// Keeps one field's losing text, once (every device makes the same uid for it).
    pub(in crate::store) fn keep_words(&self, lost: Lost, m: &mut Merge) -> Result<()> {
        let Lost {
            tbl,
            key,
            col,
            loser,
            winner,
            v,
        } = lost;
        let Some(text) = loser.as_str().filter(|t| !t.trim().is_empty()) else {
            return Ok(());
        };
        if loser == winner {
            return Ok(());
        }
        let uid = format!("{}-{}-{tbl}-{key}-{col}", v.stamp, v.device);
        let known: bool = self
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM sync_conflicts WHERE uid = ?1)
                     OR EXISTS (SELECT 1 FROM tombstones WHERE tbl = 'sync_conflicts' AND uid = ?1)
                     OR EXISTS (SELECT 1 FROM sync_changes WHERE tbl = 'sync_conflicts' AND key = ?1)",
            )?
            .query_row([&uid], |r| r.get(0))?;
        if known {
            return Ok(());
        }
        let device = m.names.get(&v.device).unwrap_or(&v.device);
        let when = moment(v.stamp);
        self.execute(
            "INSERT INTO sync_conflicts (uid, tbl, record, field, text, device, edited_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
            rusqlite::params![uid, tbl, key, col, text, device, when],
        )?;
        m.kept.push((uid, v.clone()));
        Ok(())
    }
}

/// The today a merged record is checked against, for a day starting at `day_start`:
/// none is too late. The device that wrote them checked them against its own today;
/// `tend doctor` points out any dated after this device's.
pub(super) fn sync_day(day_start: u8) -> Today {
    let date = chrono::NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date");
    Today { date, day_start }
}
