//! Handing paths to SQLite as paths, never as URIs; keeping the `-wal` and `-shm`
//! files beside a journal private (0600).

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// `path` as SQLite must get it: absolute, so that a name like `file:j.db?mode=memory`
/// stays a file in the current folder. (SQLite is built to read any name starting with
/// `file:` as a URI, with or without `SQLITE_OPEN_URI`.)
pub fn sqlite_path(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path)
        .map_err(|e| Error::Message(format!("{}: cannot use this path ({e})", path.display())))
}

/// Opens the file at `path` with `flags` (never `SQLITE_OPEN_URI`).
pub fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let flags = (flags | OpenFlags::SQLITE_OPEN_NO_MUTEX) - OpenFlags::SQLITE_OPEN_URI;
    Connection::open_with_flags(sqlite_path(path)?, flags).map_err(|e| Error::Refused {
        path: path.to_path_buf(),
        reason: format!("cannot open it ({e})"),
    })
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The file itself, through any symbolic links: SQLite keeps `-wal` and `-shm` beside it.
fn real(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Makes the file at `path` readable by its owner only, before tend writes a journal
/// into it.
pub fn make_private(path: &Path) -> Result<()> {
    let mode = fs::metadata(path)?.permissions().mode();
    if mode & 0o077 == 0 {
        return Ok(());
    }
    fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(|e| Error::Refused {
        path: path.to_path_buf(),
        reason: format!(
            "cannot make it readable by you only ({e}); give tend a file of your own with --db"
        ),
    })
}

/// Sets the journal's `-wal` and `-shm` files to 0600 where they are not. SQLite gives
/// them the journal file's own mode, so a read-only (0444) journal would get read-only
/// ones, which a later writable open could not use. Files of another owner are left.
pub fn private_sidecars(path: &Path) {
    let real = real(path);
    for suffix in ["-wal", "-shm"] {
        let p = sibling(&real, suffix);
        if let Ok(m) = fs::symlink_metadata(&p)
            && m.is_file()
            && m.permissions().mode() & 0o777 != 0o600
        {
            let _ = fs::set_permissions(&p, fs::Permissions::from_mode(0o600));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidecars_become_private() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("j.db");
        for s in ["-wal", "-shm"] {
            fs::write(sibling(&db, s), "").unwrap();
            fs::set_permissions(sibling(&db, s), fs::Permissions::from_mode(0o444)).unwrap();
        }
        private_sidecars(&db);
        for s in ["-wal", "-shm"] {
            let mode = fs::metadata(sibling(&db, s)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{s}");
        }
    }
}
