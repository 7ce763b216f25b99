//! Handing paths to SQLite as paths, never as URIs; whether tend may write a journal,
//! and reading one it may not write; keeping the `-wal` and `-shm` files beside a
//! journal private (0600).

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use rustix::fs::{Access, AtFlags, CWD};
use rustix::io::Errno;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// `path` as SQLite must get it: absolute, so that a name like `file:j.db?mode=memory`
/// stays a file in the current folder. (SQLite is built to read any name starting with
/// `file:` as a URI, with or without `SQLITE_OPEN_URI`.)
pub fn sqlite_path(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| {
        Error::Message(t!(
            "store-bad-path",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// Opens the file at `path` with `flags` (never `SQLITE_OPEN_URI`).
pub fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let flags = (flags | OpenFlags::SQLITE_OPEN_NO_MUTEX) - OpenFlags::SQLITE_OPEN_URI;
    Connection::open_with_flags(sqlite_path(path)?, flags).map_err(|e| Error::Refused {
        path: path.to_path_buf(),
        reason: t!("store-cannot-open", error = e.to_string()),
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

fn writable(path: &Path) -> std::result::Result<(), Errno> {
    match rustix::fs::accessat(CWD, path, Access::WRITE_OK, AtFlags::EACCESS) {
        Err(e @ (Errno::ACCESS | Errno::PERM | Errno::ROFS)) => Err(e),
        _ => Ok(()),
    }
}

/// Why tend may not write the journal at `path` (the file, or its folder, where SQLite
/// keeps two files beside it), or None when it may.
pub fn write_denied(path: &Path) -> Option<String> {
    let real = real(path);
    let ro_fs = |e| (e == Errno::ROFS).then(|| t!("store-read-only-fs"));
    if real.exists()
        && let Err(e) = writable(&real)
    {
        return Some(ro_fs(e).unwrap_or_else(|| t!("store-read-only-file")));
    }
    let dir = crate::files::parent_dir(&real);
    writable(dir).err().map(|e| {
        ro_fs(e).unwrap_or_else(|| t!("store-read-only-folder", folder = dir.display().to_string()))
    })
}

/// Opens `path` for reading only. Where its folder is read-only and no `-wal` file waits
/// beside it, SQLite could neither create its `-wal` and `-shm` files nor find them, so
/// the file is opened as immutable: nothing can change it while no one may write there.
pub fn connect_read_only(path: &Path) -> Result<Connection> {
    let real = real(&sqlite_path(path)?);
    let frozen =
        writable(crate::files::parent_dir(&real)).is_err() && !sibling(&real, "-wal").exists();
    if !frozen {
        return connect(&real, OpenFlags::SQLITE_OPEN_READ_ONLY);
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    Connection::open_with_flags(immutable_uri(&real), flags).map_err(|e| Error::Refused {
        path: path.to_path_buf(),
        reason: t!("store-cannot-open", error = e.to_string()),
    })
}

/// A `file:` URI naming exactly the absolute `path`, marked immutable: every byte other
/// than a letter, digit or `/._-~` is percent-encoded, so no part of the name can be
/// read as a query or a fragment.
fn immutable_uri(path: &Path) -> String {
    use std::fmt::Write;
    use std::os::unix::ffi::OsStrExt;
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/._-~".contains(&b) {
            uri.push(char::from(b));
        } else {
            let _ = write!(uri, "%{b:02X}");
        }
    }
    uri.push_str("?immutable=1");
    uri
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
        reason: t!("store-cannot-make-private", error = e.to_string()),
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
    fn uris_encode_everything_that_could_be_syntax() {
        let uri = immutable_uri(Path::new("/home/a b/file:j.db?mode=memory#x%41"));
        assert_eq!(
            uri,
            "file:/home/a%20b/file%3Aj.db%3Fmode%3Dmemory%23x%2541?immutable=1"
        );
    }

    #[test]
    fn a_strange_name_opens_read_only_as_itself() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("file:odd ?#%41.db");
        let c = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )
        .unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (7);")
            .unwrap();
        drop(c);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
        let c = Connection::open_with_flags(immutable_uri(&path), flags).unwrap();
        let x: i64 = c.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, 7);
    }

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
