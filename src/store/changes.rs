//! The journal's change log, and merging another device's changes: this device's sync
//! setup, change capture (every write stamps what it changed with a hybrid-clock
//! version, in the same transaction), the records a segment carries out, and the merge
//! of a segment (or a data file) that comes in. "Sync" as a whole is `crate::sync`
//! (the folder, its files and their sealing, and `tend sync`'s run); nothing here
//! touches a file.

mod apply;
mod batch;
mod collect;
mod fields;
mod forget;
mod held;
mod retire;
pub mod segment;
#[cfg(test)]
pub(super) mod tests;

pub use apply::Received;
pub(super) use apply::{Incoming, Lost, Merge};
pub use batch::check_ahead;
pub use collect::{Outgoing, Sent};
pub(super) use fields::{State, is_empty};
pub use forget::KEEP_TOMBSTONES_DAYS;
pub(super) use held::{add_extras, extras_of};
pub use retire::{Forgotten, Why};

use super::schema;
use super::{Store, Tx};
use crate::domain::hlc::{self, Version};
use crate::error::Result;
use rusqlite::{OptionalExtension, params};
use std::path::PathBuf;

/// The format of a segment's contents this tend writes and reads. 2 carries a
/// connection's `share` as "shared", "private" or "unset"; a segment of format 1, where
/// it is 0 or 1, is still read by the connection's kind. 3 adds to a check-in's fields
/// the save that last held each (`held`), so one a later edit brings back after a
/// deletion comes back whole; a segment of format 2 has none, and is still read. A
/// tend that reads only an older format refuses a newer one with a message to upgrade,
/// rather than a record it cannot merge alike.
pub const SEGMENT_FORMAT: i64 = 3;

/// This device's sync setup.
#[derive(Debug, Clone)]
pub struct Setup {
    pub folder: PathBuf,
    pub device: String,
    pub name: String,
    /// The folder's key-derivation salt, to tell the folder it was set up with.
    pub salt: String,
    /// The folder's key-derivation settings when this device joined (see
    /// `Kdf::settings`); None for a journal that joined before tend kept them.
    pub kdf: Option<String>,
    /// The derived key, kept only in an encrypted journal.
    pub key: Option<Vec<u8>>,
    pub next_seq: i64,
    /// The hash of the last segment written, and of the one being written.
    pub last_hash: Option<String>,
    pub pending_hash: Option<String>,
    pub last_sync: Option<String>,
}

/// Another device seen in the sync folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    pub device: String,
    pub name: String,
    /// The last of its segments merged here, and that file's nonce.
    pub imported: i64,
    pub last_nonce: Option<String>,
    pub last_at: Option<String>,
}

/// A kept text's device as the person named it (`c.device` holds its id, the same on
/// every device; the name comes from that device's segments, or this device's setup).
pub(super) const DEVICE_NAME: &str = "coalesce(
    nullif((SELECT name FROM sync_devices WHERE device = c.device), ''),
    (SELECT s.name FROM sync_setup s, journal_clock j WHERE j.device = c.device),
    c.device)";

/// Words a concurrent edit replaced, kept beside their record.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub id: i64,
    pub tbl: String,
    pub record: String,
    pub field: String,
    pub text: String,
    pub device: String,
    pub edited_at: String,
}

/// A record's version as sync_changes keeps it.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub version: Option<Version>,
    pub base: Option<Version>,
    pub deleted: bool,
    pub dirty: bool,
    pub fields: Option<String>,
}

fn version(stamp: Option<i64>, device: Option<String>) -> Option<Version> {
    Some(Version::new(stamp?, device?))
}

/// The columns an `Entry` is read from, in `Entry::read`'s order.
pub(super) const ENTRY_COLUMNS: &str =
    "stamp, device, base_stamp, base_device, deleted, dirty, fields";

impl Entry {
    /// An entry from a row holding `ENTRY_COLUMNS` from column `at` on.
    pub(super) fn read(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Entry> {
        Ok(Entry {
            version: version(r.get(at)?, r.get(at + 1)?),
            base: version(r.get(at + 2)?, r.get(at + 3)?),
            deleted: r.get(at + 4)?,
            dirty: r.get(at + 5)?,
            fields: r.get(at + 6)?,
        })
    }
}

impl Store {
    /// This device's sync setup, when sync is set up.
    pub fn sync_setup(&self) -> Result<Option<Setup>> {
        setup(&self.conn)
    }

    /// This journal's device id (the one it stamps its changes with, and syncs under).
    pub fn journal_device(&self) -> Result<String> {
        journal_device(&self.conn)
    }

    /// The other devices seen in the folder, by name.
    pub fn sync_devices(&self) -> Result<Vec<Device>> {
        self.devices_where("true")
    }

    /// The other devices seen in the folder that are not forgotten here (see
    /// `sync_forgotten`), by name.
    pub fn sync_active_devices(&self) -> Result<Vec<Device>> {
        self.devices_where("device NOT IN (SELECT device FROM sync_forgotten)")
    }

    fn devices_where(&self, filter: &str) -> Result<Vec<Device>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT device, name, imported, last_at, last_nonce FROM sync_devices
             WHERE {filter} ORDER BY name, device"
        ))?;
        let rows = st.query_map([], |r| {
            Ok(Device {
                device: r.get(0)?,
                name: r.get(1)?,
                imported: r.get(2)?,
                last_at: r.get(3)?,
                last_nonce: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many records changed here wait for this device's next segment.
    pub fn sync_unsent(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM sync_changes WHERE dirty = 1",
            [],
            |r| r.get(0),
        )?)
    }

    /// Words kept aside by concurrent edits: all of them, or one record's.
    pub fn sync_conflicts(&self, record: Option<(&str, &str)>) -> Result<Vec<Conflict>> {
        let (tbl, key) = record.unwrap_or(("", ""));
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT c.id, c.tbl, c.record, c.field, c.text, {DEVICE_NAME}, c.edited_at
                 FROM sync_conflicts c
                 WHERE ?1 = '' OR (c.tbl = ?1 AND c.record = ?2) ORDER BY c.edited_at DESC, c.id"
        ))?;
        let rows = st.query_map(params![tbl, key], |r| {
            Ok(Conflict {
                id: r.get(0)?,
                tbl: r.get(1)?,
                record: r.get(2)?,
                field: r.get(3)?,
                text: r.get(4)?,
                device: r.get(5)?,
                edited_at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// How a record is named beside its kept words: `journal entry 12 "Title"`,
    /// `check-in 2026-11-24`, or what is left of a deleted one. `tbl` comes from a
    /// row that may have arrived in a file or a segment: only a table of the schema's
    /// own list, spelt as the list spells it, is ever read.
    pub fn sync_record_label(&self, tbl: &str, key: &str) -> Result<String> {
        let Some(table) = schema::synced_table(tbl) else {
            return Ok(t!("store-kept-unknown-kind"));
        };
        let (noun, name) = match table {
            schema::CHECKINS => return Ok(t!("store-kept-checkin", date = key)),
            schema::PROFILE => return Ok(t!("store-kept-profile")),
            t => (
                schema::noun(t),
                schema::record_of(t).map_or("''", |r| r.title),
            ),
        };
        let found: Option<(i64, String)> = self
            .conn
            .query_row(
                &format!("SELECT id, {name} FROM {table} WHERE uid = ?1"),
                [key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .unwrap_or(None);
        Ok(match found {
            Some((id, n)) if n.is_empty() => t!("store-kept-record", noun = noun, id = id),
            Some((id, n)) => t!(
                "store-kept-named",
                noun = noun,
                id = id,
                name = crate::domain::one_line(&n, 40)
            ),
            None => t!("store-kept-deleted", noun = noun),
        })
    }
}

/// A table name read from `sync_changes`, as the schema spells it; refused (never put
/// into SQL) when it is not one.
fn known(tbl: &str) -> Result<&'static str> {
    schema::synced_table(tbl).ok_or_else(|| {
        crate::error::Error::Message(t!(
            "store-sync-state-unknown-kind",
            kind = format!("{:?}", crate::domain::one_line(tbl, 40))
        ))
    })
}

/// This journal's device id: its own from the start, the one it syncs under.
pub(super) fn journal_device(conn: &rusqlite::Connection) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT device FROM journal_clock WHERE id = 1")?
        .query_row([], |r| r.get(0))?)
}

fn setup(conn: &rusqlite::Connection) -> Result<Option<Setup>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.folder, j.device, s.name, s.salt, s.key, s.next_seq, s.last_hash,
                 s.pending_hash, s.last_sync, s.kdf
             FROM sync_setup s, journal_clock j WHERE s.id = 1",
        )?
        .query_row([], |r| {
            Ok(Setup {
                folder: PathBuf::from(r.get::<_, String>(0)?),
                device: r.get(1)?,
                name: r.get(2)?,
                salt: r.get(3)?,
                key: r.get(4)?,
                next_seq: r.get(5)?,
                last_hash: r.get(6)?,
                pending_hash: r.get(7)?,
                last_sync: r.get(8)?,
                kdf: r.get(9)?,
            })
        })
        .optional()?)
}

impl Tx<'_> {
    pub fn sync_setup(&self) -> Result<Option<Setup>> {
        setup(self)
    }

    /// Sets sync up on this device under `s.device`: the journal's own id, or a new one
    /// when the folder already has a device of the journal's id (this journal is a copy
    /// of one that syncs there, or synced there before): then the journal's versions
    /// are its under the new id. Every record here, with its version, waits for the
    /// first segments.
    pub fn sync_begin(&self, s: &Setup) -> Result<()> {
        let mine = journal_device(self)?;
        if s.device != mine {
            self.journal_new_device(&mine, &s.device)?;
        }
        self.execute("DELETE FROM sync_setup", [])?;
        self.execute(
            "INSERT INTO sync_setup (id, folder, name, salt, key, kdf) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![s.folder.to_string_lossy(), s.name, s.salt, s.key, s.kdf],
        )?;
        self.execute(
            "UPDATE sync_changes SET dirty = 1, seg_device = NULL, seg = NULL",
            [],
        )?;
        Ok(())
    }

    /// The journal goes on as device `new`, and what it did as `old` counts as done by
    /// `new` (its stamps stay).
    fn journal_new_device(&self, old: &str, new: &str) -> Result<()> {
        for sql in [
            "UPDATE journal_clock SET device = ?2",
            "UPDATE sync_changes SET device = ?2 WHERE device = ?1 AND tbl <> 'sync_conflicts'",
            "UPDATE sync_changes SET base_device = ?2
                 WHERE base_device = ?1 AND tbl <> 'sync_conflicts'",
            "UPDATE sync_changes SET fields = replace(fields, '\"' || ?1 || '\"', '\"' || ?2 || '\"')
                 WHERE fields IS NOT NULL",
            "UPDATE sync_parked SET device = ?2 WHERE device = ?1",
            "UPDATE sync_dangling SET device = ?2 WHERE device = ?1",
        ] {
            self.execute(sql, [old, new])?;
        }
        Ok(())
    }

    /// Continues under a new device id (this journal was restored from an old backup
    /// or copied from another device). Every record keeps its version, so what any
    /// device did since still wins where it is newer; the old id's segments from
    /// `diverged` on are merged like another device's. What this journal changed and
    /// did not send, or sent in segments another copy has since replaced, is stamped
    /// anew under the new id (the old id's stamps may now name other edits).
    pub fn sync_new_device(&self, old: &str, new: &str, diverged: i64) -> Result<()> {
        self.execute(
            "UPDATE sync_setup SET next_seq = 1, last_hash = NULL, pending_hash = NULL",
            [],
        )?;
        self.execute("UPDATE journal_clock SET device = ?1", [new])?;
        self.execute(
            "INSERT INTO sync_devices (device, imported) VALUES (?1, ?2)
             ON CONFLICT (device) DO UPDATE SET imported = min(imported, ?2)",
            rusqlite::params![old, diverged - 1],
        )?;
        // Unsent changes are this journal's own, made on top of what they were made on.
        self.execute(
            "UPDATE sync_changes SET device = ?2 WHERE dirty = 1 AND device = ?1",
            [old, new],
        )?;
        self.execute(
            "UPDATE sync_changes SET pending = 1
             WHERE dirty = 1 OR (seg_device = ?1 AND seg >= ?2)",
            rusqlite::params![old, diverged],
        )?;
        Ok(())
    }

    /// Notes the nonce of the segment of `device` just merged.
    pub fn sync_merged_nonce(&self, device: &str, nonce: &str) -> Result<()> {
        self.execute(
            "UPDATE sync_devices SET last_nonce = ?2 WHERE device = ?1",
            [device, nonce],
        )?;
        Ok(())
    }

    /// Merges a device's segments again from its first: its later segments do not
    /// continue the ones merged here (two journals wrote under its id, and a file
    /// merged here may be gone from the folder). What was merged from it goes out
    /// again in this device's next segment, versions unchanged, for the journal that
    /// never saw it.
    pub fn sync_remerge(&self, device: &str) -> Result<()> {
        self.execute(
            "UPDATE sync_devices SET imported = 0, last_nonce = NULL WHERE device = ?1",
            [device],
        )?;
        self.execute(
            "UPDATE sync_changes SET dirty = 1 WHERE seg_device = ?1",
            [device],
        )?;
        Ok(())
    }

    /// Keeps the sync key (only ever called for an encrypted journal).
    pub fn sync_keep_key(&self, key: &[u8]) -> Result<()> {
        self.execute("UPDATE sync_setup SET key = ?1", [key])?;
        Ok(())
    }

    /// Remembers the folder's key-derivation settings (for a journal that joined
    /// before tend kept them, once its key checked against the folder).
    pub fn sync_keep_kdf(&self, settings: &str) -> Result<()> {
        self.execute("UPDATE sync_setup SET kdf = ?1", [settings])?;
        Ok(())
    }

    /// Forgets the sync key: the journal is about to be stored without encryption.
    pub fn sync_drop_key(&self) -> Result<()> {
        self.execute("UPDATE sync_setup SET key = NULL", [])?;
        Ok(())
    }

    /// Records the hash of the segment about to be written under `seq`.
    pub fn sync_writing(&self, hash: &str) -> Result<()> {
        self.execute("UPDATE sync_setup SET pending_hash = ?1", [hash])?;
        Ok(())
    }

    /// Sets this journal's clock to at least `stamp` (seen in a segment).
    fn sync_clock_seen(&self, stamp: i64) -> Result<()> {
        self.execute(
            "UPDATE journal_clock SET clock = max(clock, ?1)",
            [hlc::seen(0, stamp, self.at.timestamp_millis())],
        )?;
        Ok(())
    }

    /// Notes the end of a sync.
    pub fn sync_done(&self) -> Result<()> {
        self.execute("UPDATE sync_setup SET last_sync = ?1", [self.now()])?;
        Ok(())
    }

    /// Dismisses words kept aside (on every device, at their next sync).
    pub fn sync_dismiss(&self, id: i64) -> Result<()> {
        self.execute("DELETE FROM sync_conflicts WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Stops syncing on this device: the folder is left as it is. The journal keeps its
    /// id, its clock and every record's stamp (data files and a later sync need them).
    pub fn sync_leave(&self) -> Result<()> {
        self.execute_batch(
            "DELETE FROM sync_setup; DELETE FROM sync_devices; DELETE FROM sync_copies;
             DELETE FROM sync_forgotten;
             UPDATE sync_changes SET dirty = 1, seg_device = NULL, seg = NULL;",
        )?;
        Ok(())
    }

    /// Stamps every record this transaction changed with one new version of this
    /// journal's clock. Runs as the last step of every write. A clock that reads past
    /// the latest stamp every device accepts refuses the write, saying what to fix: a
    /// change stamped so would hold up all this device sends after it.
    pub(super) fn sync_stamp(&self) -> Result<()> {
        // What deletions took with them in this write was not changed by it. (With no
        // WHERE, SQLite would clear the table by rewriting its page, so that every write,
        // even one that changed nothing, would commit a page and wait for the disk.)
        self.prepare_cached("DELETE FROM sync_cascade WHERE true")?
            .execute([])?;
        let (me, last): (String, i64) = self
            .prepare_cached("SELECT device, clock FROM journal_clock WHERE id = 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let pending: Vec<(String, String, Option<String>)> = self
            .prepare_cached("SELECT tbl, key, fields FROM sync_changes WHERE pending = 1")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if pending.is_empty() {
            return Ok(());
        }
        let now = hlc::tick(last, self.at.timestamp_millis());
        if now > hlc::LATEST {
            return Err(crate::error::Error::Message(t!(
                "store-clock-wrong",
                now = self.at.format("%Y-%m-%d %H:%M").to_string()
            )));
        }
        let v = Version::new(now, me);
        for (tbl, key, fields) in pending {
            let alive = self.sync_exists(&tbl, &key)?;
            let fields = if schema::by_fields(&tbl) {
                Some(self.stamp_fields(&tbl, &key, fields.as_deref(), &v)?)
            } else {
                None
            };
            // The version this change was made on top of: the one here, unless that is
            // this journal's own change not sent yet (then the one that was under it). A
            // check-in's is the version its words were last exchanged at.
            self.prepare_cached(
                "UPDATE sync_changes SET pending = 0,
                     base_stamp = CASE WHEN dirty = 1 AND (device IS ?4 OR ?1 IN ('checkins', 'profile'))
                         THEN base_stamp ELSE stamp END,
                     base_device = CASE WHEN dirty = 1 AND (device IS ?4 OR ?1 IN ('checkins', 'profile'))
                         THEN base_device ELSE device END,
                     dirty = 1, stamp = ?3, device = ?4, deleted = ?5, seg_device = NULL,
                     seg = NULL, fields = ?6
                 WHERE tbl = ?1 AND key = ?2",
            )?
            .execute(params![tbl, key, v.stamp, v.device, !alive, fields])?;
        }
        self.execute("UPDATE journal_clock SET clock = ?1", [now])?;
        Ok(())
    }

    /// Whether the record a sync key names is in the journal.
    fn sync_exists(&self, tbl: &str, key: &str) -> Result<bool> {
        let sql = match known(tbl)? {
            schema::PROFILE => return Ok(true),
            schema::CHECKINS => "SELECT 1 FROM checkins WHERE date = ?1".to_string(),
            t => format!("SELECT 1 FROM {t} WHERE uid = ?1"),
        };
        Ok(self.prepare_cached(&sql)?.exists([key])?)
    }

    /// Holds the change triggers while a merge writes: each record's version is
    /// written by `set_entry`, what the triggers would mark is not news (see
    /// `not_news`), and marking it is one more write per record and per link.
    pub(super) fn stamp_hold(&self) -> Result<()> {
        self.execute("INSERT OR IGNORE INTO stamp_hold (id) VALUES (1)", [])?;
        Ok(())
    }

    /// Lets the change triggers mark changes again.
    pub(super) fn stamp_release(&self) -> Result<()> {
        self.execute("DELETE FROM stamp_hold", [])?;
        Ok(())
    }

    pub(super) fn sync_entry(&self, tbl: &str, key: &str) -> Result<Option<Entry>> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM sync_changes WHERE tbl = ?1 AND key = ?2"
            ))?
            .query_row([tbl, key], |r| Entry::read(r, 0))
            .optional()?)
    }
}

/// This machine's name, for "also edited on <device>".
pub fn host_name() -> String {
    let n = rustix::system::uname();
    let n = n.nodename().to_string_lossy();
    let n: String = n.chars().filter(|c| !c.is_control()).take(60).collect();
    if n.trim().is_empty() {
        t!("store-this-device")
    } else {
        n
    }
}
