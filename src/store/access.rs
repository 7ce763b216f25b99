//! Handing paths to SQLite as paths, never as URIs.

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
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
