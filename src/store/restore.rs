//! Putting a backup in place of the journal, so that a crash at any moment leaves a
//! journal at its path (the old one or the backup) and loses nothing:
//!
//! 1. the backup is copied to `<name>.restore-staging` and checked there (a crash
//!    leaves only that copy, which the next start removes);
//! 2. once checked and on disk it is renamed `<name>.restoring-<stamp>`: from here on
//!    the restore is decided, and the next start finishes it if this one cannot;
//! 3. the journal gets a second name, `<name>.before-restore-<stamp>` (a hard link, or
//!    a copy where links are not possible), and its -wal and rollback journal move to
//!    that name too, so the copy kept aside holds every commit;
//! 4. one rename puts the checked backup in place of the journal.

use super::Store;
use super::copies::Copy;
use super::place::{ASIDE, Lock, RESTORING, SIDE_FILES, STAGING, real_path, sibling, sync_file};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::files::sync_dir;
use crate::secret::Passphrase;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// Replaces the journal at `path` with the backup at `from`, after checking the backup
/// opens (with `key` if it is encrypted), is tend's, and passes an integrity check.
/// Returns where the journal as it was is kept (None when there was none).
pub fn restore(
    path: &Path,
    from: &Path,
    clock: Clock,
    key: Option<Passphrase>,
) -> Result<Option<PathBuf>> {
    check_backup(from)?;
    let path = real_path(path);
    let _lock = Lock::exclusive(&path)?;
    let stamp = free_stamp(&path, clock);
    let staged = stage(&path, from, clock, key.clone()).map_err(|e| blame(e, from))?;
    let known = fold_wal(&path, key.as_ref());
    if !known.is_empty() {
        // The copies the journal noted stay noted in the journal that replaces it.
        let noted = Store::open_with(&staged, clock, key)
            .and_then(|s| super::copies::add_all(&s.conn, &known))
            .and_then(|()| sync_file(&staged));
        if let Err(e) = noted {
            super::place::remove_with_sides(&staged);
            return Err(e);
        }
    }
    let ready = sibling(&path, &format!("{RESTORING}{stamp}"));
    std::fs::rename(&staged, &ready)?;
    sync_dir(&ready);
    finish(&path, &stamp)
}

/// Refuses, in one line naming it, a backup path that is not a regular file (a named
/// pipe, a device, a folder, a link to one of them): tend would wait on it, or read it
/// without end. Every later open of it is non-blocking and checked again.
pub fn check_backup(from: &Path) -> Result<()> {
    use crate::files::NotRead;
    match crate::files::open_named(from) {
        Ok(_) => Ok(()),
        Err(NotRead::Missing) => Err(Error::invalid(
            "backup",
            t!("store-backup-missing", path = from.display().to_string()),
        )),
        Err(NotRead::Kind(k)) => Err(Error::Refused {
            path: from.to_path_buf(),
            reason: t!("store-not-backup-file", kind = k.to_string()),
        }),
        Err(e) => Err(Error::Refused {
            path: from.to_path_buf(),
            reason: e.to_string(),
        }),
    }
}

/// A stamp for this restore's file names that no earlier restore used.
fn free_stamp(path: &Path, clock: Clock) -> String {
    let base = clock.now().format("%Y%m%dT%H%M%S").to_string();
    let taken = |s: &str| {
        sibling(path, &format!("{ASIDE}{s}")).exists()
            || sibling(path, &format!("{RESTORING}{s}")).exists()
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|s| !taken(s))
        .expect("some stamp is free")
}

/// An error about the private copy names the backup the person gave instead.
fn blame(e: Error, from: &Path) -> Error {
    let from = from.to_path_buf();
    match e {
        Error::WrongPassphrase { .. } => Error::WrongPassphrase { path: from },
        Error::Locked { .. } => Error::Locked { path: from },
        Error::Refused { reason, .. } => Error::Refused { path: from, reason },
        other => other,
    }
}

/// Copies the backup (with its -wal, if it has one; decompressed, if it is compressed)
/// beside the journal, privately, and checks it there, so that checking never touches the backup itself. Returns the
/// checked copy, written to disk.
fn stage(path: &Path, from: &Path, clock: Clock, key: Option<Passphrase>) -> Result<PathBuf> {
    let staged = sibling(path, STAGING);
    super::place::remove_with_sides(&staged);
    crate::files::private_dir(super::place::folder(path))?;
    let copied = (|| -> Result<()> {
        if crate::files::open_named(from).map_or(0, |(_, size)| size) == 0 {
            return Err(Error::Refused {
                path: from.to_path_buf(),
                reason: t!("store-backup-empty"),
            });
        }
        if super::gzip::is_gzip(from) {
            // A compressed backup is one whole file, decompressed whole or refused.
            super::gzip::decompress(from, &staged)?;
        } else {
            copy_private(from, &staged)?;
            let wal = sibling(from, "-wal");
            if crate::files::open_named(&wal).is_ok_and(|(_, size)| size > 0) {
                copy_private(&wal, &sibling(&staged, "-wal"))?;
            }
        }
        let s = Store::open_with(&staged, clock, key)?;
        let ok: String = s
            .conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
        if ok != "ok" {
            return Err(Error::Refused {
                path: from.to_path_buf(),
                reason: t!("store-backup-damaged", detail = ok),
            });
        }
        s.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        drop(s);
        for side in SIDE_FILES {
            let _ = std::fs::remove_file(sibling(&staged, side));
        }
        sync_file(&staged)
    })();
    if let Err(e) = copied {
        super::place::remove_with_sides(&staged);
        return Err(e);
    }
    Ok(staged)
}

/// Copies `from` (a regular file: never a pipe or a device put in its place) into a
/// new file `to` that only its owner can read, from the start.
fn copy_private(from: &Path, to: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let (mut src, _) = crate::files::open_named(from).map_err(|e| Error::Refused {
        path: from.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut dst = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(to)?;
    std::io::copy(&mut src, &mut dst)?;
    dst.sync_all()?;
    Ok(())
}

/// Opens the journal being replaced without tend's checks (it may be why the person
/// restores), when it is plain or `key` opens it, and only when no rollback journal
/// waits beside it (a wrong key must not let SQLite play it back).
fn open_current(path: &Path, key: Option<&Passphrase>) -> Option<Connection> {
    if sibling(path, "-journal").exists() || !path.exists() {
        return None;
    }
    let encrypted = super::file::kind(path).ok()? == super::Kind::Encrypted;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    match (encrypted, key) {
        (false, _) => {}
        (true, Some(k)) => super::keying::apply_key(&conn, "main", k).ok()?,
        (true, None) => return None,
    }
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .ok()?;
    Some(conn)
}

/// Best effort, on the journal being replaced, when it is plain or `key` opens it:
/// folds its -wal into it, so that the copy kept aside is one whole file (what stays in
/// a -wal moves along with that copy in `finish`), and returns the copies it has noted
/// (backups and exports written elsewhere), so that the restored journal knows them.
fn fold_wal(path: &Path, key: Option<&Passphrase>) -> Vec<Copy> {
    let Some(conn) = open_current(path, key) else {
        return Vec::new();
    };
    let _ = conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
    super::copies::read(&conn).unwrap_or_default()
}

/// Steps 3 and 4: keeps the journal aside under the stamp's name, with its -wal and
/// rollback journal, and puts the checked backup `<name>.restoring-<stamp>` in its
/// place. Safe to run again after a crash at any point.
pub(super) fn finish(path: &Path, stamp: &str) -> Result<Option<PathBuf>> {
    let ready = sibling(path, &format!("{RESTORING}{stamp}"));
    let aside = sibling(path, &format!("{ASIDE}{stamp}"));
    if path.exists() && !aside.exists() {
        keep_aside(path, &aside)?;
    }
    for side in ["-wal", "-journal"] {
        let from = sibling(path, side);
        match std::fs::metadata(&from) {
            Ok(m) if m.len() > 0 => std::fs::rename(&from, sibling(&aside, side))?,
            Ok(_) => std::fs::remove_file(&from)?,
            Err(_) => {}
        }
    }
    let _ = std::fs::remove_file(sibling(path, "-shm"));
    std::fs::rename(&ready, path)?;
    sync_dir(path);
    Ok(aside.exists().then_some(aside))
}

/// Gives the journal its second name: a hard link, or else a whole copy written beside
/// it and renamed into place.
fn keep_aside(path: &Path, aside: &Path) -> Result<()> {
    if std::fs::hard_link(path, aside).is_err() {
        let tmp = sibling(aside, super::place::REWRITING);
        let _ = std::fs::remove_file(&tmp);
        copy_private(path, &tmp)?;
        std::fs::rename(&tmp, aside)?;
    }
    sync_dir(aside);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(path: &Path) -> i64 {
        let c = Connection::open(path).unwrap();
        c.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn the_journal_kept_aside_takes_its_wal_along() {
        let crashed = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let j = dir.path().join("j.db");
        {
            // One connection stays open while another commits: the commit stays in the
            // -wal, and copying the files then is what a crash leaves.
            let holder = Connection::open(&j).unwrap();
            holder
                .execute_batch(
                    "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                )
                .unwrap();
            let w = Connection::open(&j).unwrap();
            w.execute("INSERT INTO t VALUES (2)", []).unwrap();
            drop(w);
            for name in ["j.db", "j.db-wal"] {
                std::fs::copy(dir.path().join(name), crashed.path().join(name)).unwrap();
            }
        }
        let j = crashed.path().join("j.db");
        assert!(std::fs::metadata(sibling(&j, "-wal")).unwrap().len() > 0);
        std::fs::write(sibling(&j, "-shm"), b"stale").unwrap();
        let ready = sibling(&j, &format!("{RESTORING}S"));
        Connection::open(&ready)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (9);")
            .unwrap();
        let aside = finish(&j, "S").unwrap().unwrap();
        assert!(sibling(&aside, "-wal").exists(), "the -wal moves along");
        assert!(!sibling(&j, "-wal").exists() && !sibling(&j, "-shm").exists());
        assert_eq!(count(&aside), 2, "the copy kept aside has both commits");
        assert_eq!(count(&j), 1, "the backup is in place");
        // Finishing again (as after a crash right after the rename) changes nothing.
        assert!(finish(&j, "S").is_err());
        assert_eq!(count(&aside), 2);
    }
}
