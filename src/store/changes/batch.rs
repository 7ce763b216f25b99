//! A segment's records that are new to this journal, gathered and written a kind at a
//! time, in the quick merge. A record no version of which is here, whose every
//! reference and link is here, merges the same whatever else the segment holds: it is
//! taken whole. So those of one kind wait in a `Gathered` and go in together
//! (`transfer::Fresh`), their versions noted in a statement or two; anything else
//! merges on its own, after what waits has been written, so the records keep the
//! segment's order. A check-in new here (none on its date, no version of it) is taken
//! whole too, as its merged state would write it (see `fields::fresh_checkin`).

use super::apply::{Care, Merge, Received, VERSION_COLUMNS, VERSION_UPSERT, incoming};
use super::segment::{Ahead, Checked, Record, Segment};
use crate::domain::hlc::Version;
use crate::error::Result;
use crate::store::Tx;
use crate::store::schema;
use crate::store::transfer::Fresh;
use rusqlite::types::Value;
use std::collections::HashSet;

/// The kind of `rec` when a quick merge may take it whole (see `gather`): not a
/// deletion, nor of a kind merged field by field, nor kept words, nor a connection
/// (whose meeting may meet one logged here).
fn taken_whole(rec: &Record) -> Option<&'static str> {
    let tbl = schema::synced_table(&rec.t)?;
    let by_parts = rec.del
        || schema::by_fields(tbl)
        || tbl == schema::KEPT_WORDS
        || tbl == schema::CONNECTIONS;
    (!by_parts).then_some(tbl)
}

/// Checks the rows of a segment's records that a quick merge may take whole, on the
/// thread that read it, for a day starting at `day_start` (see `segment::Ahead`): a
/// merge that takes one then need not check it again.
pub fn check_ahead(body: &mut Segment, day_start: u8) {
    let today = super::apply::sync_day(day_start);
    for rec in &mut body.records {
        if let Some(tbl) = taken_whole(rec) {
            let vals = crate::store::transfer::check_ahead(tbl, rec.row(), today);
            rec.ahead = Ahead(vals.map(|vals| Checked {
                today: today.date,
                day_start,
                vals,
            }));
        }
    }
}

/// The most records that wait.
const MOST: usize = 1024;

/// Records of one kind new here, with their versions, waiting to be written.
#[derive(Default)]
struct Gathered<'a> {
    rows: Vec<Fresh>,
    /// Each one's key, version, the version it was made on, and a check-in's state
    /// (see `fields`).
    versions: Vec<(&'a str, Version, Option<Version>, Option<String>)>,
    /// Each one's key and uid (the same, but for a check-in).
    keys: HashSet<&'a str>,
}

impl Tx<'_> {
    /// Merges a segment's records in this order (see `merge_one`), gathering those
    /// new here when `care` lets one record's fault undo the whole merge; the largest
    /// stamp of those it read.
    pub(super) fn merge_records(
        &self,
        order: Vec<&Record>,
        m: &mut Merge,
        got: &mut Received,
        care: Care,
    ) -> Result<Option<i64>> {
        let mut gathered = Gathered::default();
        let mut most = None;
        for rec in order {
            if rec.past_latest() {
                got.past_latest += 1;
                continue;
            }
            let stamp = match care {
                Care::Segment => self.gather(rec, m, &mut gathered, got)?,
                Care::EachRecord => None,
            };
            let stamp = match stamp {
                Some(stamp) => Some(stamp),
                None => {
                    self.merge_gathered(&mut gathered, m, got)?;
                    self.merge_one(rec, m, got, care)?
                }
            };
            most = most.max(stamp);
        }
        self.merge_gathered(&mut gathered, m, got)?;
        Ok(most)
    }

    /// Gathers `rec` when it is new here and is taken whole (see `fresh_record`, and
    /// `fields::fresh_checkin` for a check-in), writing what waits first when it is of
    /// another kind or shares a key or a uid with one that waits: its stamp, or None
    /// when it merges on its own (after what waits is written).
    fn gather<'a>(
        &self,
        rec: &'a Record,
        m: &Merge,
        g: &mut Gathered<'a>,
        got: &mut Received,
    ) -> Result<Option<i64>> {
        let checkin = schema::synced_table(&rec.t) == Some(schema::CHECKINS) && !rec.del;
        let Some(tbl) = taken_whole(rec).or(checkin.then_some(schema::CHECKINS)) else {
            return Ok(None);
        };
        // A check-in's key is its date; any other record's is its uid, and a row under
        // another uid (a malformed segment's) merges on its own.
        let uid = match checkin {
            true => super::fields::uid_of(rec.fields()),
            false => rec.row().get("uid").and_then(serde_json::Value::as_str),
        };
        if !checkin && uid != Some(rec.k.as_str()) {
            return Ok(None);
        }
        let other_kind = g.rows.first().is_some_and(|f| f.table() != tbl);
        // Two that wait never share a key, nor a uid (two check-ins on two dates under
        // one, in a malformed segment: the second merges on its own, as an edit).
        let met = [Some(rec.k.as_str()), uid]
            .iter()
            .flatten()
            .any(|k| g.keys.contains(k));
        if other_kind || met || g.rows.len() >= MOST {
            self.merge_gathered(g, m, got)?;
        }
        let inc = incoming(rec)?;
        let (fresh, state) = if checkin {
            let Some((fresh, state)) = self.fresh_checkin(&inc, m.today)? else {
                return Ok(None);
            };
            (fresh, Some(state))
        } else {
            let Some(fresh) = self.fresh_record(tbl, rec.row(), &rec.ahead, m.today)? else {
                return Ok(None);
            };
            (fresh, None)
        };
        g.rows.push(fresh);
        g.versions
            .push((inc.key, inc.v.clone(), inc.base.clone(), state));
        g.keys.insert(inc.key);
        g.keys.extend(uid);
        Ok(Some(inc.v.stamp))
    }

    /// Writes the records that wait and notes their versions, as `merge_record` does
    /// for one it takes whole.
    fn merge_gathered(&self, g: &mut Gathered, m: &Merge, got: &mut Received) -> Result<()> {
        let Some(tbl) = g.rows.first().map(Fresh::table) else {
            return Ok(());
        };
        let count = g.rows.len();
        self.put_fresh(std::mem::take(&mut g.rows))?;
        let (seg_device, seg) = match m.from.filter(|_| !m.send_on) {
            Some(from) => (Value::Text(from.into()), Value::Integer(m.seq)),
            None => (Value::Null, Value::Null),
        };
        let versions = g.versions.iter_mut().map(|(key, v, base, state)| {
            vec![
                Value::Text(tbl.into()),
                Value::Text((*key).into()),
                Value::Integer(0),
                Value::Integer(m.send_on.into()),
                Value::Integer(v.stamp),
                Value::Text(v.device.clone()),
                base.as_ref()
                    .map_or(Value::Null, |b| Value::Integer(b.stamp)),
                base.as_ref()
                    .map_or(Value::Null, |b| Value::Text(b.device.clone())),
                Value::Integer(0),
                seg_device.clone(),
                seg.clone(),
                state.take().map_or(Value::Null, Value::Text),
            ]
        });
        // OR FAIL: the table has no triggers, so SQLite need not copy aside the pages
        // a statement changes to undo that statement alone (a failed merge undoes its
        // whole transaction). Check-ins are the exception: their trigger, which a merge
        // leaves on (see `set_entry`), marked each row changed, and the version
        // replaces the mark, so that statement may undo itself and copies pages aside.
        let (head, upsert) = match tbl == schema::CHECKINS {
            true => (
                format!("INSERT INTO sync_changes ({VERSION_COLUMNS})"),
                VERSION_UPSERT,
            ),
            false => (
                format!("INSERT OR FAIL INTO sync_changes ({VERSION_COLUMNS})"),
                "",
            ),
        };
        self.insert_rows_then(&head, 12, versions, upsert)?;
        // A version parked here that one of them replaces is forgotten (see `park`).
        let parked: bool = self
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM sync_parked WHERE tbl = ?1)")?
            .query_row([tbl], |r| r.get(0))?;
        if parked {
            for (key, ..) in &g.versions {
                self.prepare_cached("DELETE FROM sync_parked WHERE tbl = ?1 AND key = ?2")?
                    .execute([tbl, key])?;
            }
        }
        got.records += count;
        g.versions.clear();
        g.keys.clear();
        Ok(())
    }
}
