//! The store: one SQLite file, opened with care, migrated in transactions, and read and
//! written one aggregate per module. Nothing outside this module runs SQL.

mod access;
mod assessments;
pub mod backup;
pub mod changes;
mod checkins;
mod connections;
pub mod copies;
pub mod crypto;
pub mod drafts;
mod file;
pub mod foreign;
mod goals;
pub mod gzip;
mod imports;
mod journal;
pub mod kept;
mod keying;
mod medications;
pub mod odd_dates;
mod people;
pub mod place;
mod plan;
pub mod prompt_status;
pub mod recover;
pub mod restore;
pub mod schema;
mod setbacks;
pub mod snippet;
mod tags;
mod trackers;
mod transfer;
mod triggers;
pub mod undo;
mod uses;
pub mod work;

pub use access::write_denied;
pub use file::{APPLICATION_ID, Kind, SCHEMA_VERSION, kind};
pub use imports::{Imported, Tally};
pub use journal::{JournalFilter, SearchOrder, fts_query};
pub use medications::{MedFigures, Prescriber};
pub use people::Lookup;
pub use tags::TagUse;
pub use transfer::{FORMAT_VERSION, Merged};
pub use uses::UseLogged;

use crate::clock::Clock;
use crate::domain::{Invalid, Named, Profile};
use crate::error::{Error, Result};
use crate::secret::Passphrase;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};
use std::ops::Deref;
use std::path::{Path, PathBuf};

/// An open tend database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    clock: Clock,
    /// The passphrase the file was opened with, for backups made with the same key.
    key: Option<Passphrase>,
    /// Why the journal is open for reading only, when tend may not write it.
    read_only: Option<String>,
    /// The file's device and inode when opened: a write first checks the path still
    /// leads to this file, so nothing is written into one another tend replaced.
    identity: (u64, u64),
    /// Set once SQLite has reported damage through this store: it writes nothing more.
    damaged: std::cell::Cell<bool>,
    /// Grams of alcohol in one standard drink, for use figures that mix drinks and UK
    /// units: the settings' (`set_drink_grams`), else 14.
    drink_grams: std::cell::Cell<f64>,
}

/// Sets `synchronous = FULL` again when dropped: `Store::unflushed` forgets it once
/// it has, so it acts only when `f` panics.
struct WaitAgain<'a>(&'a Connection);

impl Drop for WaitAgain<'_> {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("PRAGMA synchronous = FULL");
    }
}

/// The device and inode the path leads to now.
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// A write transaction: every user action is one, committed whole or not at all.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    now: String,
    /// The moment of this transaction, to work out the person's today when a dated
    /// record needs it (no record is dated after it); writes without dates skip it.
    at: chrono::DateTime<chrono::FixedOffset>,
}

impl Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

/// A write's statements run compiled once and kept (the connection's statement
/// cache), in place of the connection's own `execute`, `query_row` and `prepare`,
/// which compile theirs anew on every call: merging a year of records runs each
/// thousands of times, and an everyday sync runs a few hundred once each, where
/// compiling them took about a quarter of its time.
impl Tx<'_> {
    pub fn prepare(&self, sql: &str) -> rusqlite::Result<rusqlite::CachedStatement<'_>> {
        self.tx.prepare_cached(sql)
    }

    pub fn execute<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.tx.prepare_cached(sql)?.execute(params)
    }

    pub fn query_row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        self.tx.prepare_cached(sql)?.query_row(params, f)
    }
}

impl Store {
    /// Opens (creating if missing) the database at `path`, refusing files that are not
    /// tend's, are damaged, or come from a newer tend, without changing a byte of them.
    pub fn open(path: &Path, clock: Clock) -> Result<Store> {
        Store::open_with(path, clock, None)
    }

    /// Opens with a passphrase for an encrypted file (ignored for a plain one).
    pub fn open_with(path: &Path, clock: Clock, key: Option<Passphrase>) -> Result<Store> {
        if let Some(k) = &key {
            crypto::check_key_first(path, k)?;
        }
        let opened = file::open_checked(path, &clock.stamp(), key.as_ref())?;
        let key = if file::kind(path)? == file::Kind::Encrypted {
            key
        } else {
            None
        };
        Ok(Store {
            conn: opened.conn,
            identity: identity(path).unwrap_or_default(),
            // Absolute, like every path tend gives SQLite (see `access::sqlite_path`).
            path: access::sqlite_path(path)?,
            clock,
            key,
            read_only: opened.read_only,
            damaged: std::cell::Cell::new(false),
            drink_grams: std::cell::Cell::new(14.0),
        })
    }

    /// Lets go of the file (its -wal and -shm are checkpointed and let go with it, so
    /// a file that replaced it doesn't inherit them), leaving a store that refuses
    /// every write until the journal is opened again.
    pub fn close(&mut self) -> Result<()> {
        let empty = Connection::open_in_memory()?;
        drop(std::mem::replace(&mut self.conn, empty));
        self.identity = (0, 0);
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The result of a full integrity check, which reads every page ("ok" when whole).
    /// Damage found marks the store, which then writes nothing more.
    pub fn health(&self) -> Result<String> {
        let ok: Result<String> = self
            .conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
            .map_err(Error::from);
        let ok = self
            .note_damage(ok)?
            .replace("*** in database main ***\n", "")
            .replace('\n', "; ");
        if ok != "ok" {
            self.damaged.set(true);
        }
        Ok(ok)
    }

    /// Reads every page of the file (`PRAGMA quick_check`): `Error::Damaged` when
    /// SQLite finds damage, after which this store writes nothing more.
    pub fn check_whole(&self) -> Result<()> {
        let checked = file::check_whole(&self.conn, &self.path);
        self.note_damage(checked)
    }

    /// Marks this store damaged when `r` is a `Damaged` error, and passes `r` on: from
    /// then on every write is refused, so nothing is written into a damaged file.
    pub fn note_damage<T>(&self, r: Result<T>) -> Result<T> {
        if let Err(Error::Damaged { .. }) = &r {
            self.damaged.set(true);
        }
        r
    }

    /// Whether SQLite has reported damage through this store.
    pub fn is_damaged(&self) -> bool {
        self.damaged.get()
    }

    /// Whether `text` is the passphrase this journal was opened with (for unlocking).
    pub fn key_matches(&self, text: &str) -> bool {
        self.key
            .as_ref()
            .is_some_and(|k| k.matches(text.as_bytes()))
    }

    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The journal's file, as an absolute path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the journal is open for reading only (tend may not write the file or its
    /// folder), or None when it may be written.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Reads the time from `clock` from now on: a test or a benchmark moving its fixed
    /// time on, as a person's day does between two syncs.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// A number that changes whenever another connection (a command in another shell)
    /// commits to the journal; this store's own writes leave it as it is.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// Sets the journal up for a long run of writes (a first sync, a join) or back to
    /// everyday use: 64 MiB of its pages kept in memory instead of 2, and the write-ahead
    /// log copied into the file every 80 MiB instead of every 4 (by pages of 4 KiB). A
    /// long merge otherwise reads and writes the same index pages again and again.
    pub fn long_writes(&self, on: bool) -> Result<()> {
        let (cache_kib, log_pages) = match on {
            true => (64 * 1024, 20_000),
            false => (2000, 1000),
        };
        self.conn.execute_batch(&format!(
            "PRAGMA cache_size = -{cache_kib}; PRAGMA wal_autocheckpoint = {log_pages};"
        ))?;
        Ok(())
    }

    /// Runs `f` with its commits not waiting for the disk to flush (SQLite's
    /// `synchronous = NORMAL` in write-ahead-log mode). A power cut may then take back
    /// every commit since the last flush, each whole, never half of one; the next
    /// commit that waits, or `flush`, makes them all safe, since flushing the log
    /// flushes what came before in it. Outside that mode (a file system that refused
    /// it), `f` runs with commits that wait, as every other write. For a sync's merges:
    /// what a power cut takes back is still in the folder and merges again.
    pub fn unflushed<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return f();
        }
        self.conn.execute_batch("PRAGMA synchronous = NORMAL")?;
        // Should `f` panic, the writes after it still wait.
        let again = WaitAgain(&self.conn);
        let value = f();
        std::mem::forget(again);
        self.conn.execute_batch("PRAGMA synchronous = FULL")?;
        value
    }

    /// Waits until the disk holds every commit so far, those made `unflushed`
    /// included: flushes the write-ahead log, as a commit that waits does.
    pub fn flush(&self) -> Result<()> {
        match std::fs::File::open(place::sibling(&self.path, "-wal")) {
            Ok(f) => Ok(f.sync_all()?),
            // No log: every commit is in the file, flushed when the log was folded in.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// The passphrase this journal was opened with, to reopen a replaced file.
    pub fn key(&self) -> Option<&Passphrase> {
        self.key.as_ref()
    }

    /// Whether the path still leads to the file this store opened (another tend may
    /// have encrypted, decrypted or restored it meanwhile).
    pub fn still_there(&self) -> bool {
        identity(&self.path) == Some(self.identity)
    }

    /// Runs `f` in one immediate transaction and commits it, after checking that the
    /// file at the path is still the one opened (never writing into a replaced one); a
    /// read-only journal refuses, naming why.
    pub fn write<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        if let Some(why) = &self.read_only {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
                why: why.clone(),
            });
        }
        if self.damaged.get() {
            return Err(Error::Damaged {
                path: Some(self.path.clone()),
                detail: t!("store-damage-reported-earlier"),
            });
        }
        let written = self.write_now(f);
        self.note_damage(written)
    }

    fn write_now<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        if !self.still_there() {
            return Err(Error::Replaced {
                path: self.path.clone(),
            });
        }
        let at = self.clock.now();
        let w = Tx {
            tx,
            now: crate::clock::stamp(at),
            at,
        };
        let value = f(&w)?;
        w.sync_stamp()?;
        w.tx.commit()?;
        Ok(value)
    }

    pub fn profile(&self) -> Result<Profile> {
        profile(&self.conn)
    }

    /// Today's local date, with the person's day-start hour.
    pub fn today(&self) -> Result<NaiveDate> {
        let p = self.profile()?;
        Ok(crate::domain::time::local_date(
            self.clock.now(),
            p.day_start_hour,
        ))
    }

    /// Sets the grams of alcohol in a standard drink (from the settings).
    pub fn set_drink_grams(&self, grams: f64) {
        self.drink_grams.set(grams);
    }

    /// Grams of alcohol in a standard drink, as the settings gave them.
    pub fn drink_grams(&self) -> f64 {
        self.drink_grams.get()
    }

    /// All progress figures as of `today`, for every commitment or only one.
    pub fn stats(
        &self,
        today: NaiveDate,
        only: Option<i64>,
    ) -> Result<crate::domain::progress::Stats> {
        let mut commitments = self.commitments()?;
        if let Some(id) = only {
            self.commitment(id)?;
            commitments.retain(|c| c.id == id);
        }
        let start = self.profile()?.recovery_start;
        let setbacks = self.setbacks(None, None)?;
        let mut stats = crate::domain::progress::stats(
            start,
            &commitments,
            &setbacks,
            &self.mood_points(None)?,
            self.tracked(today)?,
            today,
        );
        let figures = self.use_figures(today, self.drink_grams())?;
        for c in &mut stats.commitments {
            c.usage = figures
                .iter()
                .find(|(id, _)| *id == c.commitment_id)
                .map(|(_, f)| f.clone());
        }
        Ok(stats)
    }

    /// Each import's first and last day in `table` (its rows share where they came from
    /// and the moment they came in): one index step to the next import, then the first
    /// and last day of it, so the cost follows the number of imports, not their rows.
    fn imported_spans(&self, table: &str) -> Result<Vec<(NaiveDate, NaiveDate)>> {
        let sql = |what: &str| {
            format!(
                "SELECT {what} FROM {table} WHERE imported_from IS NOT NULL AND (imported_from, created_at) > (?1, ?2) ORDER BY imported_from, created_at LIMIT 1"
            )
        };
        let next = sql("imported_from, created_at");
        let day = |agg: &str| {
            format!("SELECT {agg}(date) FROM {table} WHERE imported_from = ?1 AND created_at = ?2")
        };
        let (first, last) = (day("min"), day("max"));
        let mut spans = Vec::new();
        let mut at = (String::new(), String::new());
        while let Some(group) = self
            .conn
            .prepare_cached(&next)?
            .query_row(params![at.0, at.1], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
        {
            let span = |sql: &str| -> Result<NaiveDate> {
                Ok(self
                    .conn
                    .prepare_cached(sql)?
                    .query_row(params![group.0, group.1], |r| r.get(0))?)
            };
            spans.push((span(&first)?, span(&last)?));
            at = group;
        }
        Ok(spans)
    }

    /// The days a record was kept: from the first day of anything typed in tend (a
    /// check-in, journal entry, goal mark, encounter, connection or self-check) to
    /// today, and each import's history over the days it covers (a check-in or entry
    /// carries where it came from, `imported_from`, to every device and data file). The
    /// first typed day is read along each table's date index; imported history from
    /// its own index, an import at a time.
    pub fn tracked(&self, today: NaiveDate) -> Result<crate::domain::tracked::Tracked> {
        let first = |sql: &str| -> Result<Option<NaiveDate>> {
            Ok(self
                .conn
                .prepare_cached(sql)?
                .query_row([], |r| r.get(0))
                .optional()?
                .flatten())
        };
        let started = [
            first("SELECT date FROM checkins WHERE imported_from IS NULL ORDER BY date LIMIT 1")?,
            first(
                "SELECT date FROM journal_entries WHERE imported_from IS NULL ORDER BY date LIMIT 1",
            )?,
            first("SELECT min(date) FROM goal_logs")?,
            first("SELECT min(date) FROM trigger_events")?,
            first("SELECT min(date) FROM connections")?,
            first("SELECT min(date) FROM assessments")?,
        ]
        .into_iter()
        .flatten()
        .min();
        let mut imported = Vec::new();
        for table in [schema::JOURNAL, schema::CHECKINS] {
            imported.extend(self.imported_spans(table)?);
        }
        Ok(crate::domain::tracked::Tracked::new(
            started, &imported, today,
        ))
    }

    /// The first day anything was tracked (a check-in, entry, growth entry, encounter,
    /// goal mark, self-check, or a commitment's or the recovery's start), if any:
    /// summaries by default start no earlier.
    pub fn first_day(&self) -> Result<Option<NaiveDate>> {
        Ok(self.conn.query_row(
            "SELECT min(d) FROM (
                 SELECT min(date) AS d FROM checkins UNION ALL
                 SELECT min(date) FROM journal_entries UNION ALL
                 SELECT min(date) FROM setbacks UNION ALL
                 SELECT min(date) FROM trigger_events UNION ALL
                 SELECT min(date) FROM goal_logs UNION ALL
                 SELECT min(date) FROM assessments UNION ALL
                 SELECT min(date) FROM connections UNION ALL
                 SELECT min(start_date) FROM commitments UNION ALL
                 SELECT recovery_start FROM profile)",
            [],
            |r| r.get(0),
        )?)
    }

    /// True when the person has written nothing yet.
    pub fn is_empty(&self) -> Result<bool> {
        // EXISTS stops at the first row: no table is counted through.
        let any: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM commitments) OR EXISTS (SELECT 1 FROM checkins)
                 OR EXISTS (SELECT 1 FROM journal_entries) OR EXISTS (SELECT 1 FROM goals)
                 OR EXISTS (SELECT 1 FROM triggers) OR EXISTS (SELECT 1 FROM plan_items)
                 OR EXISTS (SELECT 1 FROM setbacks) OR EXISTS (SELECT 1 FROM coping_strategies)
                 OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM meetings)
                 OR EXISTS (SELECT 1 FROM connections)",
            [],
            |r| r.get(0),
        )?;
        Ok(!any)
    }
}

impl Tx<'_> {
    /// The moment of this transaction, as stored in created_at/updated_at.
    pub fn now(&self) -> &str {
        &self.now
    }

    /// The moment of this transaction, as a time.
    pub fn moment(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.at
    }

    pub fn set_profile(&self, p: &Profile) -> Result<Profile> {
        crate::domain::check_range("day-start", p.day_start_hour.into(), 0, 23)?;
        let old = profile(self)?;
        self.execute(
            "UPDATE profile SET display_name = ?1, recovery_start = ?2, day_start_hour = ?3, updated_at = ?4 WHERE id = 1",
            params![p.display_name, p.recovery_start, p.day_start_hour, self.now],
        )?;
        if old.day_start_hour != p.day_start_hour {
            journal::redate_all(self, p.day_start_hour)?;
            triggers::redate_all(self, p.day_start_hour)?;
            journal::redate(self, schema::USES, p.day_start_hour)?;
            journal::redate(self, schema::DOSES, p.day_start_hour)?;
        }
        profile(self)
    }

    /// Refuses a date after the person's today or before 1900, naming the field.
    pub fn check_lived(&self, field: &str, date: NaiveDate) -> Result<()> {
        let today = crate::domain::time::local_date(self.at, profile(self)?.day_start_hour);
        Ok(crate::domain::time::check_lived(field, date, today)?)
    }

    /// Fails with `Changed` unless the row still has the revision a form opened with.
    pub fn expect_revision(
        &self,
        table: &'static str,
        what: &str,
        id: i64,
        revision: i64,
    ) -> Result<()> {
        let now: Option<i64> = self
            .query_row(
                &format!("SELECT revision FROM {table} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )
            .optional()?;
        match now {
            Some(r) if r != revision => Err(Error::Changed {
                what: what.to_string(),
            }),
            _ => Ok(()),
        }
    }

    /// Fails with NotFound unless a record of `kind` with `id` exists.
    fn require(&self, kind: crate::domain::RecordKind, id: i64) -> Result<()> {
        let table = schema::of_kind(kind).table;
        let found: Option<i64> = self
            .query_row(
                &format!("SELECT id FROM {table} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )
            .optional()?;
        found.map(|_| ()).ok_or(Error::NotFound {
            what: kind.noun(),
            id,
            list: kind.list_command(),
        })
    }
}

fn profile(conn: &Connection) -> Result<Profile> {
    Ok(conn
        .prepare_cached(
            "SELECT display_name, recovery_start, day_start_hour FROM profile WHERE id = 1",
        )?
        .query_row([], |r| {
            Ok(Profile {
                display_name: r.get(0)?,
                recovery_start: r.get(1)?,
                day_start_hour: r.get(2)?,
            })
        })?)
}

/// Reads a named enum stored as text.
/// A closed-set value as stored; one a newer tend added reads as "other" where the
/// set has one (the stored value is kept, see `schema`).
fn named<T: Named>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    T::parse(&s)
        .or_else(|e| T::parse("other").map_err(|_| e))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
        })
}

fn named_opt<T: Named>(row: &Row, idx: usize) -> rusqlite::Result<Option<T>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| T::parse(&s).or_else(|e| T::parse("other").map_err(|_| e)))
        .transpose()
        .map_err(|e: Invalid| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
        })
}

/// Ids from a query of one integer column.
fn ids(conn: &Connection, sql: &str, id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut st = conn.prepare_cached(sql)?;
    let rows = st.query_map([id], |r| r.get(0))?;
    rows.collect()
}

#[cfg(test)]
mod plan_tests;
#[cfg(test)]
mod tests;
