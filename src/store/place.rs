//! Where the journal's file really is (a symlinked path is followed, so the file is
//! replaced in its own folder and the link stays), the names of the files tend makes
//! beside it while it replaces it, and the folder lock that keeps one tend from
//! replacing the file while another has it open.

use crate::error::{Error, Result};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A backup being copied in and checked by `tend restore` (not yet usable).
pub const STAGING: &str = ".restore-staging";
/// A checked backup that `tend restore` is putting in place: `<name>.restoring-<stamp>`.
pub const RESTORING: &str = ".restoring-";
/// The journal as it was before a restore: `<name>.before-restore-<stamp>`.
pub const ASIDE: &str = ".before-restore-";
/// A new copy being written by encrypt or decrypt: `<name>.rewriting`.
pub const REWRITING: &str = ".rewriting";
/// The files SQLite keeps beside a database while it is open or after a crash.
pub const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `path` with `suffix` added to its file name ("j.db" + "-wal" = "j.db-wal").
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// The file a path names: a symlink (to a vault folder, say) is followed to its target,
/// so that replacing the file replaces the target, not the link.
pub fn real_path(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// The folder holding `path` ("." for a bare name).
pub fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Removes `path` and the files SQLite keeps beside it; true when something was there.
pub fn remove_with_sides(path: &Path) -> bool {
    let mut removed = std::fs::remove_file(path).is_ok();
    for side in SIDE_FILES {
        removed |= std::fs::remove_file(sibling(path, side)).is_ok();
    }
    removed
}

/// Whether `path` is an unencrypted SQLite file (a plain copy of a journal), as it is
/// or compressed (a gzip file holding one, as tend keeps an unencrypted journal's
/// backups): anyone who can read the file can read the journal.
pub fn is_plain_sqlite(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    let raw = File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && &head == b"SQLite format 3\0";
    raw || super::gzip::holds_plain_sqlite(path)
}

/// Writes `path`'s data to the disk.
pub fn sync_file(path: &Path) -> Result<()> {
    File::open(path)?.sync_all()?;
    Ok(())
}

/// A lock on the journal's folder (flock): shared by every tend that has the journal
/// open, exclusive while one replaces the file (restore, encrypt, decrypt, a passphrase
/// change) or cleans up after an interrupted one. Released when dropped or when the
/// process dies. Where the file system cannot lock, nothing is locked.
#[derive(Debug)]
pub struct Lock(Option<File>);

fn try_lock(journal: &Path, op: rustix::fs::FlockOperation) -> Result<Lock, ()> {
    let Ok(dir) = File::open(folder(&real_path(journal))) else {
        return Ok(Lock(None));
    };
    match rustix::fs::flock(&dir, op) {
        Ok(()) => Ok(Lock(Some(dir))),
        Err(rustix::io::Errno::WOULDBLOCK) => Err(()),
        Err(_) => Ok(Lock(None)),
    }
}

impl Lock {
    /// For replacing the journal file: refused while another tend has it open.
    pub fn exclusive(journal: &Path) -> Result<Lock> {
        try_lock(
            journal,
            rustix::fs::FlockOperation::NonBlockingLockExclusive,
        )
        .map_err(|()| {
            Error::Message(t!(
                "store-journal-in-use",
                path = journal.display().to_string()
            ))
        })
    }

    /// For cleaning up after an interrupted tend: None while another tend is busy.
    pub fn try_exclusive(journal: &Path) -> Option<Lock> {
        try_lock(
            journal,
            rustix::fs::FlockOperation::NonBlockingLockExclusive,
        )
        .ok()
    }

    /// For using the journal: waits up to 10 seconds while another tend replaces it.
    pub fn shared(journal: &Path) -> Result<Lock> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(lock) = try_lock(journal, rustix::fs::FlockOperation::NonBlockingLockShared) {
                return Ok(lock);
            }
            if Instant::now() > deadline {
                return Err(Error::Message(t!(
                    "store-journal-being-replaced",
                    path = journal.display().to_string()
                )));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Turns an exclusive lock into a shared one, for using the journal after cleaning up.
    pub fn share(self) -> Result<Lock> {
        if let Some(dir) = &self.0 {
            rustix::fs::flock(dir, rustix::fs::FlockOperation::LockShared)
                .map_err(|e| Error::Message(t!("store-cannot-lock", error = e.to_string())))?;
        }
        Ok(self)
    }
}
