//! Writing what another app's export holds, so that importing again is harmless: each
//! source row is remembered (table `imported`) with the record it became and that
//! record's revision. A row already imported and unchanged is left alone; a row
//! changed in the source updates its record only if the person hasn't changed the
//! record since (a row that maps to another mood, its `--mood-map` corrected, counts
//! as changed); a record the person deleted is never brought back; a check-in mood
//! typed in tend wins over an imported one.

use super::{Store, Tx};
use crate::domain::CheckinPatch;
use crate::error::Result;
use crate::import::SourceRow;
use crate::store::schema;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::collections::BTreeMap;

/// What an import did (or, in a dry run, would do), by kind of record.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Changed by the person after the import: kept as they left it.
    pub kept_as_edited: usize,
    /// Deleted by the person after the import: not brought back.
    pub skipped_as_deleted: usize,
}

/// What an import did to entries and to check-in moods.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Imported {
    pub entries: Tally,
    pub days: Tally,
}

/// The remembered source row.
struct Remembered {
    uid: String,
    hash: String,
    revision: i64,
}

impl Store {
    /// An empty journal in memory, for a dry run when there is no journal file yet:
    /// nothing is written anywhere. `path` is where the journal would be.
    pub fn scratch(path: &std::path::Path, clock: crate::clock::Clock) -> Result<Store> {
        let conn = rusqlite::Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        super::file::migrate(&conn, &clock.stamp())?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            clock,
            key: None,
            read_only: None,
            identity: (0, 0),
            damaged: std::cell::Cell::new(false),
            drink_grams: std::cell::Cell::new(14.0),
        })
    }

    /// Runs `f` in a transaction that is rolled back: what a write would do, for a
    /// dry run, with nothing written.
    pub fn rehearse<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)?;
        let at = self.clock.now();
        let w = Tx {
            tx,
            now: crate::clock::stamp(at),
            at,
        };
        let done = f(&w);
        w.tx.rollback()?;
        done
    }
}

impl Tx<'_> {
    /// Writes the rows of one source file and the day moods derived from them.
    pub fn import_rows(
        &self,
        source: &str,
        rows: &[SourceRow],
        day_moods: &BTreeMap<NaiveDate, u8>,
    ) -> Result<Imported> {
        let mut done = Imported::default();
        for row in rows {
            self.import_entry(source, row, &mut done.entries)?;
        }
        for (date, mood) in day_moods {
            self.import_day_mood(source, *date, *mood, &mut done.days)?;
        }
        Ok(done)
    }

    fn remembered(&self, source: &str, key: &str) -> Result<Option<Remembered>> {
        Ok(self
            .query_row(
                "SELECT uid, hash, revision FROM imported WHERE source = ?1 AND key = ?2",
                [source, key],
                |r| {
                    Ok(Remembered {
                        uid: r.get(0)?,
                        hash: r.get(1)?,
                        revision: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    fn remember(&self, source: &str, key: &str, hash: &str, table: &str, uid: &str) -> Result<()> {
        let revision: i64 = self.query_row(
            &format!("SELECT revision FROM {table} WHERE uid = ?1"),
            [uid],
            |r| r.get(0),
        )?;
        self.execute(
            "INSERT INTO imported (source, key, hash, tbl, uid, revision, deleted, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)
             ON CONFLICT (source, key) DO UPDATE SET hash = ?3, uid = ?5, revision = ?6, deleted = 0",
            params![source, key, hash, table, uid, revision, self.now],
        )?;
        Ok(())
    }

    fn forget_as_deleted(&self, source: &str, key: &str) -> Result<()> {
        self.execute(
            "UPDATE imported SET deleted = 1 WHERE source = ?1 AND key = ?2",
            [source, key],
        )?;
        Ok(())
    }

    /// The id and revision of the record with `uid`.
    fn record(&self, table: &str, uid: &str) -> Result<Option<(i64, i64)>> {
        Ok(self
            .query_row(
                &format!("SELECT id, revision FROM {table} WHERE uid = ?1"),
                [uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    fn deleted_here(&self, table: &str, uid: &str) -> Result<bool> {
        Ok(self
            .query_row(
                "SELECT 1 FROM tombstones WHERE tbl = ?1 AND uid = ?2",
                [table, uid],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn import_entry(&self, source: &str, row: &SourceRow, tally: &mut Tally) -> Result<()> {
        const T: &str = schema::JOURNAL;
        let Some(known) = self.remembered(source, &row.key)? else {
            return self.first_import(source, row, tally);
        };
        match self.record(T, &known.uid)? {
            None => {
                self.forget_as_deleted(source, &row.key)?;
                tally.skipped_as_deleted += 1;
            }
            Some((id, _)) if known.hash == row.hash && !self.remapped(id, row)? => {
                tally.unchanged += 1;
            }
            Some((_, revision)) if revision != known.revision => tally.kept_as_edited += 1,
            Some((id, _)) => {
                self.write_entry(source, Some(id), &known.uid, row)?;
                self.remember(source, &row.key, &row.hash, T, &known.uid)?;
                tally.updated += 1;
            }
        }
        Ok(())
    }

    /// Whether an unchanged row now maps to another mood than its entry has (the
    /// import's `--mood-map` was corrected): the entry then follows, like its day.
    fn remapped(&self, id: i64, row: &SourceRow) -> Result<bool> {
        let Some(mood) = row.entry.mood else {
            return Ok(false);
        };
        let here: Option<u8> = self.query_row(
            "SELECT mood FROM journal_entries WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok(here != Some(mood))
    }

    /// A row this journal has no memory of: added, unless an earlier tend imported it
    /// (its uid then) or the person deleted what it became.
    fn first_import(&self, source: &str, row: &SourceRow, tally: &mut Tally) -> Result<()> {
        const T: &str = schema::JOURNAL;
        let uid = crate::import::stable_uid(source, &[&row.key]);
        for candidate in std::iter::once(&uid).chain(row.legacy_uid.as_ref()) {
            if self.record(T, candidate)?.is_some() {
                self.remember(source, &row.key, &row.hash, T, candidate)?;
                tally.unchanged += 1;
                return Ok(());
            }
            if self.deleted_here(T, candidate)? {
                tally.skipped_as_deleted += 1;
                return Ok(());
            }
        }
        self.write_entry(source, None, &uid, row)?;
        self.remember(source, &row.key, &row.hash, T, &uid)?;
        tally.added += 1;
        Ok(())
    }

    /// Adds (or, with an id, rewrites) the entry of a source row, on the row's own date,
    /// marked as `source`'s.
    fn write_entry(&self, source: &str, id: Option<i64>, uid: &str, row: &SourceRow) -> Result<()> {
        let d = row.entry.clone().validated()?;
        self.check_lived("date", row.date)?;
        let at = crate::clock::stamp(d.at);
        let domain = d.domain.map(|x| x.as_str());
        let id = match id {
            Some(id) => {
                self.execute(
                    "UPDATE journal_entries SET at = ?2, date = ?3, title = ?4, body = ?5, mood = ?6, domain = ?7,
                     updated_at = ?8 WHERE id = ?1",
                    params![id, at, row.date, d.title, d.body, d.mood, domain, self.now],
                )?;
                id
            }
            None => {
                self.execute(
                    "INSERT INTO journal_entries (uid, at, date, title, body, mood, domain, created_at, updated_at,
                         imported_from)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
                    params![uid, at, row.date, d.title, d.body, d.mood, domain, self.now, source],
                )?;
                self.last_insert_rowid()
            }
        };
        self.set_tags(id, &d.tags)
    }

    /// A day's mood: set on a new check-in, or on one an import made and the person
    /// left alone; a mood typed in tend is kept.
    fn import_day_mood(
        &self,
        source: &str,
        date: NaiveDate,
        mood: u8,
        tally: &mut Tally,
    ) -> Result<()> {
        const T: &str = schema::CHECKINS;
        let key = format!("day {date}");
        let hash = mood.to_string();
        let here: Option<(String, Option<u8>, i64)> = self
            .query_row(
                "SELECT uid, mood, revision FROM checkins WHERE date = ?1",
                [date],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let known = self.remembered(source, &key)?;
        let set = || -> Result<String> {
            let patch = CheckinPatch {
                mood: Some(mood),
                ..Default::default()
            };
            let c = self.upsert_checkin(date, &patch)?;
            Ok(
                self.query_row("SELECT uid FROM checkins WHERE id = ?1", [c.id], |r| {
                    r.get(0)
                })?,
            )
        };
        match (known, here) {
            (Some(k), Some((uid, m, revision))) if k.uid == uid => {
                if m == Some(mood) {
                    tally.unchanged += 1;
                } else if revision != k.revision {
                    tally.kept_as_edited += 1;
                } else {
                    set()?;
                    self.remember(source, &key, &hash, T, &uid)?;
                    tally.updated += 1;
                }
            }
            (Some(_), None) => {
                self.forget_as_deleted(source, &key)?;
                tally.skipped_as_deleted += 1;
            }
            (_, Some((_, Some(m), _))) => {
                // Typed in tend (or another import's): it stays.
                if m == mood {
                    tally.unchanged += 1
                } else {
                    tally.kept_as_edited += 1
                }
            }
            (_, Some((uid, None, _))) => {
                set()?;
                self.remember(source, &key, &hash, T, &uid)?;
                tally.updated += 1;
            }
            (None, None) => {
                let uid = set()?;
                // A day the import brought: its history, not a day typed in tend.
                self.execute(
                    "UPDATE checkins SET imported_from = ?1 WHERE uid = ?2",
                    [source, uid.as_str()],
                )?;
                self.remember(source, &key, &hash, T, &uid)?;
                tally.added += 1;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    /// Migrations are the numbered files of assets/schema (a number may be kept free
    /// for work still to come), every one listed, in the order of their numbers.
    #[test]
    fn every_schema_file_is_a_migration_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/schema");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        names.sort();
        let numbers: Vec<u32> = names
            .iter()
            .map(|n| n.get(..3).and_then(|d| d.parse().ok()).expect(n))
            .collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{names:?}");
        assert_eq!(names.len() as i32, super::super::SCHEMA_VERSION);
        let src = include_str!("file.rs");
        let listed: Vec<usize> = names
            .iter()
            .map(|n| src.find(n.as_str()).expect(n))
            .collect();
        assert!(
            listed.windows(2).all(|w| w[0] < w[1]),
            "MIGRATIONS lists them out of order"
        );
    }
}
