//! Forgetting deleted records' versions: only once every device known here has merged
//! the segment that carried the deletion, and the deletion is old enough that a device
//! not heard from yet is unlikely to still hold the record.

use crate::domain::hlc;
use crate::error::Result;
use crate::store::Tx;
use std::collections::BTreeMap;

impl Tx<'_> {
    /// Forgets the versions of deleted records once every device known here has
    /// merged the segment that carried the deletion, and it is older than
    /// `KEEP_TOMBSTONES_DAYS` (a device not heard from yet may still hold the record).
    /// The journal's own tombstones, for undo and imports, stay.
    pub fn sync_forget_tombstones(&self) -> Result<usize> {
        let (me, clock): (String, i64) =
            self.query_row("SELECT device, clock FROM journal_clock", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let acks = self.sync_acks(&me)?;
        let before = hlc::from_millis(hlc::millis(clock) - KEEP_TOMBSTONES_DAYS * 86_400_000);
        let gone: Vec<(String, String, String, i64)> = self
            .prepare(
                "SELECT tbl, key, seg_device, seg FROM sync_changes
                 WHERE deleted = 1 AND dirty = 0 AND seg IS NOT NULL AND stamp < ?1",
            )?
            .query_map([before], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut n = 0;
        for (tbl, key, from, seg) in gone {
            if acknowledged(&acks, &from, seg) {
                self.execute(
                    "DELETE FROM sync_changes WHERE tbl = ?1 AND key = ?2",
                    [&tbl, &key],
                )?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// What each device known here has merged of each other device, by device: ours
    /// from `imported`, the others' from their latest segment (None for a device only
    /// heard of through another's).
    fn sync_acks(&self, me: &str) -> Result<Acks> {
        let rows: Vec<(String, String, i64)> = self
            // A forgotten device no longer holds anything up.
            .prepare(
                "SELECT device, seen, imported FROM sync_devices
                 WHERE device NOT IN (SELECT device FROM sync_forgotten)",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let forgotten: std::collections::HashSet<String> = self
            .prepare("SELECT device FROM sync_forgotten")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut acks: Acks = BTreeMap::new();
        let mut mine = BTreeMap::new();
        for (d, seen, imported) in rows {
            let seen: BTreeMap<String, i64> = serde_json::from_str(&seen).unwrap_or_default();
            for heard in seen.keys().filter(|h| !forgotten.contains(*h)) {
                acks.entry(heard.clone()).or_insert(None);
            }
            acks.insert(d.clone(), Some(seen));
            mine.insert(d, imported);
        }
        acks.insert(me.to_string(), Some(mine));
        Ok(acks)
    }
}

/// Days a deletion's version is kept after every known device has it.
pub const KEEP_TOMBSTONES_DAYS: i64 = 90;

pub(super) type Acks = BTreeMap<String, Option<BTreeMap<String, i64>>>;

/// Whether every device known, but the one that wrote it, has merged segment `seg` of
/// device `from`.
pub(super) fn acknowledged(acks: &Acks, from: &str, seg: i64) -> bool {
    acks.len() > 1
        && acks.iter().filter(|(d, _)| *d != from).all(|(_, seen)| {
            seen.as_ref()
                .and_then(|s| s.get(from))
                .is_some_and(|n| *n >= seg)
        })
}
