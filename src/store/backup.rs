//! Backups through SQLite's online backup API, encrypted with the same key as the
//! journal, and the daily automatic backup with its retention (which never deletes a
//! backup the person made).

use super::Store;
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
}

fn private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| {
                Error::Message(format!(
                    "{}: cannot create the backups folder ({e})",
                    dir.display()
                ))
            })?;
    }
    Ok(())
}

/// Backups in `dir` (files named tend-YYYY-MM-DD…db), oldest first.
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(out);
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix("tend-").filter(|_| name.ends_with(".db")) else {
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
        });
    }
    out.sort_by(|a, b| (a.date, &a.path).cmp(&(b.date, &b.path)));
    Ok(out)
}

impl Store {
    /// Copies the journal, as it is now, into a new file at `dest` (0600), keyed like
    /// the journal.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        crate::files::check_target("backup", dest, false, "choose another name")?;
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            private_dir(dir)?;
        }
        // Unique per process: two tend processes may make the day's backup at once.
        let tmp = dest.with_extension(format!("db.partial-{}", std::process::id()));
        remove_partials(crate::files::parent_dir(dest));
        {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&tmp)
                .map_err(|e| {
                    Error::Message(format!("{}: cannot write the backup ({e})", dest.display()))
                })?;
        }
        let copied = (|| -> Result<()> {
            let mut out = super::access::connect(&tmp, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            super::file::require_sqlcipher(&out)?;
            if let Some(k) = &self.key {
                super::file::apply_key(&out, "main", k)?;
            }
            let b = rusqlite::backup::Backup::new(&self.conn, &mut out)?;
            b.run_to_completion(256, Duration::ZERO, None)?;
            drop(b);
            out.execute_batch("PRAGMA journal_mode = DELETE;")?;
            Ok(())
        })();
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, dest)?;
        sync_dir(dest);
        Ok(())
    }

    /// The first backup of the day into `dir`, then pruning by `retention`. Returns the
    /// new backup's path, or None when today's exists (or there is nothing to back up).
    pub fn daily_backup(
        &self,
        dir: &Path,
        today: NaiveDate,
        retention: Retention,
    ) -> Result<Option<PathBuf>> {
        let existing = list(dir)?;
        if existing.iter().any(|b| b.date == today) || self.is_empty()? {
            return Ok(None);
        }
        let dest = dir.join(format!("tend-{today}.db"));
        self.backup_to(&dest)?;
        prune(dir, retention)?;
        Ok(Some(dest))
    }
}

/// Removes what killed backups left in `dir`: `….db.partial-PID` files (and their
/// SQLite journals) whose process has ended, so no half copy of the journal stays.
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
        let Some((_, rest)) = name.rsplit_once(".db.partial-") else {
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
