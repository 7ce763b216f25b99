//! Backups through SQLite's online backup API, encrypted with the same key as the
//! journal (or, for an unencrypted journal, compressed when tend keeps them in its
//! backups folder), and the daily automatic backup with its retention (which never
//! deletes a backup the person made).

use super::{Store, gzip};
use crate::domain::retention::{Retention, keep};
use crate::error::{Error, Result};
use crate::files::sync_dir;
use chrono::NaiveDate;
use rusqlite::OpenFlags;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One backup file in the backups folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackupFile {
    pub path: PathBuf,
    pub date: NaiveDate,
    pub bytes: u64,
    /// Made by the daily automatic backup (`tend-YYYY-MM-DD.db`), which retention
    /// prunes; a backup the person made (`tend backup`) stays until they delete it.
    pub automatic: bool,
    /// Compressed (`….db.gz`): how tend keeps the backups of an unencrypted journal.
    pub compressed: bool,
}

fn private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| {
                Error::Message(t!(
                    "store-cannot-create-backups",
                    folder = dir.display().to_string(),
                    error = e.to_string()
                ))
            })?;
    }
    Ok(())
}

/// Backups in `dir` (files named tend-YYYY-MM-DD…db, or …db.gz when compressed),
/// oldest first.
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(out);
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let compressed = name.ends_with(gzip::EXT);
        let Some(rest) = name
            .strip_prefix("tend-")
            .map(|r| r.strip_suffix(gzip::EXT).unwrap_or(r))
            .filter(|r| r.ends_with(".db"))
        else {
            continue;
        };
        let Some(date) = rest.get(..10).and_then(|d| d.parse().ok()) else {
            continue;
        };
        out.push(BackupFile {
            path: e.path(),
            date,
            bytes: e.metadata()?.len(),
            automatic: rest.len() == "YYYY-MM-DD.db".len(),
            compressed,
        });
    }
    out.sort_by(|a, b| (a.date, &a.path).cmp(&(b.date, &b.path)));
    Ok(out)
}

impl Store {
    /// Copies the journal, as it is now, into a new file at `dest` (0600), keyed like
    /// the journal.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        crate::files::check_target("backup", dest, false, crate::error::NextStep::Name)?;
        let tmp = self.copy_partial(dest)?;
        std::fs::rename(&tmp, dest)?;
        sync_dir(dest);
        Ok(())
    }

    /// Copies the journal, as it is now, compressed into a new file at `dest` (0600):
    /// for an unencrypted journal's backups in the backups folder. The copy is read
    /// whole before it is compressed (damage found there marks this store damaged and
    /// nothing is kept), and the compressed file is read back before it takes its name.
    pub fn backup_compressed(&self, dest: &Path) -> Result<()> {
        crate::files::check_target("backup", dest, false, crate::error::NextStep::Name)?;
        let name = dest.to_string_lossy();
        let plain = Path::new(name.strip_suffix(gzip::EXT).unwrap_or(&name));
        let tmp = self.copy_partial(plain)?;
        let packing = partial_name(dest);
        // Only this process writes names with its id: one there is from an earlier
        // process that had the same id.
        let _ = std::fs::remove_file(&packing);
        let made = self
            .check_copy(&tmp)
            .and_then(|()| gzip::compress(&tmp, &packing))
            .and_then(|()| Ok(std::fs::rename(&packing, dest)?));
        super::place::remove_with_sides(&tmp);
        if made.is_err() {
            let _ = std::fs::remove_file(&packing);
        }
        made?;
        sync_dir(dest);
        Ok(())
    }

    /// Copies the journal into `<dest>.partial-PID` (0600), a name that a tend killed
    /// meanwhile leaves for the next one to remove; returns that file.
    fn copy_partial(&self, dest: &Path) -> Result<PathBuf> {
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            private_dir(dir)?;
        }
        let tmp = dest.with_extension(format!("db.partial-{}", std::process::id()));
        remove_partials(crate::files::parent_dir(dest));
        super::place::remove_with_sides(&tmp); // an earlier process's with the same id
        {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&tmp)
                .map_err(|e| {
                    Error::Message(t!(
                        "store-cannot-write-backup",
                        path = dest.display().to_string(),
                        error = e.to_string()
                    ))
                })?;
        }
        let copied = (|| -> Result<()> {
            let mut out = super::access::connect(&tmp, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            super::keying::require_sqlcipher(&out)?;
            if let Some(k) = &self.key {
                super::keying::apply_key(&out, "main", k)?;
            }
            let b = rusqlite::backup::Backup::new(&self.conn, &mut out)?;
            // One step: the copy is one consistent moment of the journal, and a write by
            // another tend meanwhile cannot make it start over.
            loop {
                match b.step(-1)? {
                    rusqlite::backup::StepResult::Done => break,
                    _ => std::thread::sleep(Duration::from_millis(10)),
                }
            }
            drop(b);
            out.execute_batch("PRAGMA journal_mode = DELETE;")?;
            Ok(())
        })();
        if let Err(e) = copied {
            super::place::remove_with_sides(&tmp);
            return Err(e);
        }
        Ok(tmp)
    }

    /// The first backup of the day into `dir`, then pruning by `retention`. Returns the
    /// new backup's path, or None when there is nothing to do: today's backup exists,
    /// another tend is making it right now, the journal is empty, or nothing in it has
    /// changed since the last daily backup.
    ///
    /// It runs under the journal folder's shared lock, the one encrypt, decrypt, a
    /// passphrase change and restore take exclusively, so no unencrypted copy can land
    /// after an encrypt; and under the backups folder's own lock, so two tends never
    /// both make it. The new copy is read whole (`quick_check`) before the old ones are
    /// pruned: a damaged journal shows here as `Error::Damaged`, its copy is removed,
    /// and the store writes nothing more.
    pub fn daily_backup(
        &self,
        dir: &Path,
        today: NaiveDate,
        retention: Retention,
    ) -> Result<Option<PathBuf>> {
        if list(dir)?.iter().any(|b| b.date == today) || self.is_empty()? {
            return Ok(None);
        }
        let _journal = super::place::Lock::shared(&self.path)?;
        private_dir(dir)?;
        let Some(_making) = BackupsLock::try_take(dir) else {
            return Ok(None);
        };
        // Another tend may have finished it while this one waited for the locks.
        if list(dir)?.iter().any(|b| b.date == today) {
            return Ok(None);
        }
        // Folds what the write-ahead log holds into the file when nothing else is
        // reading, so that the file's state says whether anything changed.
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
        let state = FileState::of(&self.path);
        if state.is_some() && state == FileState::read(dir) {
            return Ok(None);
        }
        let dest = if self.is_encrypted() {
            // Encrypted pages do not compress; the copy is checked in place.
            let dest = dir.join(format!("tend-{today}.db"));
            self.backup_to(&dest)?;
            if let Err(e) = self.check_copy(&dest) {
                let _ = std::fs::remove_file(&dest);
                return Err(e);
            }
            dest
        } else {
            let dest = dir.join(format!("tend-{today}.db{}", gzip::EXT));
            self.backup_compressed(&dest)?;
            dest
        };
        if let Some(s) = state {
            s.write(dir);
        }
        prune(dir, retention)?;
        Ok(Some(dest))
    }

    /// Reads every page of a fresh copy of this journal: damage found in it was in the
    /// journal too, and marks this store damaged.
    fn check_copy(&self, copy: &Path) -> Result<()> {
        let conn = super::access::connect(copy, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        if let Some(k) = &self.key {
            super::keying::apply_key(&conn, "main", k)?;
        }
        let checked = super::file::check_whole(&conn, copy).map_err(|e| match e {
            Error::Damaged { detail, .. } => Error::Damaged {
                path: Some(self.path.clone()),
                detail: t!("store-damage-found-by-backup", detail = detail),
            },
            other => other,
        });
        self.note_damage(checked)
    }
}

/// The backups folder's lock (flock), held while a daily backup is made.
struct BackupsLock {
    _held: std::fs::File,
}

impl BackupsLock {
    /// None while another tend holds it (and is making the backup).
    fn try_take(dir: &Path) -> Option<BackupsLock> {
        let f = std::fs::File::open(dir).ok()?;
        match rustix::fs::flock(&f, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
            Err(rustix::io::Errno::WOULDBLOCK) => None,
            _ => Some(BackupsLock { _held: f }),
        }
    }
}

/// Where the journal's file stood at the last daily backup: which file, its size and
/// the time it was last written, and the same of its write-ahead log. Every commit
/// writes one of the two, so the same state means nothing changed since (a different
/// one may still hold the same data, which only costs one more backup).
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileState(String);

/// The file in the backups folder that remembers the last daily backup's state.
const STATE_FILE: &str = ".last-daily";

impl FileState {
    fn of(journal: &Path) -> Option<FileState> {
        use std::os::unix::fs::MetadataExt;
        let stat = |p: &Path| {
            std::fs::metadata(p).ok().filter(|m| m.len() > 0).map(|m| {
                format!(
                    "{} {} {} {}.{:09}",
                    m.dev(),
                    m.ino(),
                    m.len(),
                    m.mtime(),
                    m.mtime_nsec()
                )
            })
        };
        let file = stat(journal)?;
        let wal = stat(&super::place::sibling(journal, "-wal")).unwrap_or_default();
        Some(FileState(format!("{file} | {wal}").trim().to_string()))
    }

    fn read(dir: &Path) -> Option<FileState> {
        let text = std::fs::read_to_string(dir.join(STATE_FILE)).ok()?;
        Some(FileState(text.trim().to_string()))
    }

    /// Best effort: without it, the next day simply makes its backup.
    fn write(&self, dir: &Path) {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let path = dir.join(STATE_FILE);
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)
            .and_then(|mut f| writeln!(f, "{}", self.0));
    }
}

/// Whether the journal's file is as it was at the last daily backup into `dir`.
pub fn unchanged_since_daily(dir: &Path, journal: &Path) -> bool {
    let now = FileState::of(journal);
    now.is_some() && now == FileState::read(dir)
}

/// The total size of `backups`, for `tend backups` and `tend doctor`.
pub fn total_bytes(backups: &[BackupFile]) -> u64 {
    backups.iter().map(|b| b.bytes).sum()
}

/// `<path>.partial-PID` (a compressed backup being written): unique per process, as two
/// tends may make the day's backup at once.
fn partial_name(path: &Path) -> PathBuf {
    super::place::sibling(path, &format!(".partial-{}", std::process::id()))
}

/// Removes what killed backups left in `dir`: `….db.partial-PID` and
/// `….db.gz.partial-PID` files (and their SQLite journals) whose process has ended, so
/// no half copy of the journal stays.
fn remove_partials(dir: &Path) {
    let proc = Path::new("/proc");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    if !proc.join("self").exists() {
        return; // no way to tell a live backup from a dead one
    }
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some((_, rest)) = name
            .rsplit_once(".db.partial-")
            .or_else(|| name.rsplit_once(".db.gz.partial-"))
        else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or_default();
        if pid.parse::<u32>().is_ok()
            && pid != std::process::id().to_string()
            && !proc.join(pid).exists()
        {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Deletes the automatic backups that the retention rule no longer keeps.
pub fn prune(dir: &Path, retention: Retention) -> Result<Vec<PathBuf>> {
    let mut all = list(dir)?;
    all.retain(|b| b.automatic);
    let dates: Vec<NaiveDate> = all.iter().map(|b| b.date).collect();
    let kept = keep(&dates, retention);
    let mut removed = Vec::new();
    for (i, b) in all.into_iter().enumerate() {
        if !kept.contains(&i) {
            std::fs::remove_file(&b.path)?;
            removed.push(b.path);
        }
    }
    Ok(removed)
}
