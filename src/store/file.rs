//! Opening the file: creation with private permissions, the checks that refuse foreign,
//! damaged, truncated or newer files before anything is written, and migrations.

use crate::error::{Error, Result};
use crate::secret::Passphrase;
use rusqlite::OptionalExtension;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// Marks a SQLite file as tend's (`PRAGMA application_id`): "TEND" in ASCII.
pub const APPLICATION_ID: i32 = 0x5445_4E44;

/// Migrations, in order; the schema version is how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../assets/schema/001_initial.sql"),
    include_str!("../../assets/schema/002_revisions.sql"),
];

pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

fn refuse(path: &Path, reason: impl Into<String>) -> Error {
    Error::Refused {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// What the first bytes of a database file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No file yet, or an empty one: becomes a new plain database.
    New,
    Plain,
    /// No SQLite header but whole pages: a SQLCipher database (or noise in page-sized
    /// blocks, which the key check then refuses).
    Encrypted,
}

/// Classifies the file at `path`, refusing what can be refused from the header alone.
pub fn kind(path: &Path) -> Result<Kind> {
    if !path.exists() {
        return Ok(Kind::New);
    }
    check_header(path)
}

/// Opens `path`, creating it (0600, in 0700 directories) when missing; applies `key`
/// when the file is encrypted.
pub fn open_checked(path: &Path, now: &str, key: Option<&Passphrase>) -> Result<Connection> {
    let kind = kind(path)?;
    if !path.exists() {
        create_private(path)?;
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|e| refuse(path, format!("cannot open it ({e})")))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    require_sqlcipher(&conn)?;
    if kind == Kind::Encrypted {
        let key = key.ok_or_else(|| Error::Locked {
            path: path.to_path_buf(),
        })?;
        unlock(&conn, path, key)?;
    }
    verify(&conn, path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
    )?;
    migrate(&conn, now)?;
    Ok(conn)
}

/// Fails loudly when this binary was built without SQLCipher, instead of silently
/// ignoring a key. Also keeps SQLCipher from writing log lines to the terminal.
pub fn require_sqlcipher(conn: &Connection) -> Result<()> {
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    let version: Option<String> = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .optional()?;
    match version {
        Some(v) if !v.is_empty() => Ok(()),
        _ => Err(Error::NoSqlcipher),
    }
}

/// Applies the key and proves it by reading the schema.
pub fn unlock(conn: &Connection, path: &Path, key: &Passphrase) -> Result<()> {
    conn.pragma_update(None, "key", key.expose())?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(Error::WrongPassphrase {
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(refuse(
            path,
            format!("the database is damaged ({e}); restore it from a backup"),
        )),
    }
}

/// Creates the directories (0700) and an empty file (0600) before SQLite touches it.
fn create_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
    {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| {
                Error::Message(format!("{}: cannot create the folder ({e})", dir.display()))
            })?;
    }
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| {
            Error::Message(format!(
                "{}: cannot create the database ({e})",
                path.display()
            ))
        })?;
    Ok(())
}

/// Reads the 100-byte SQLite header without SQLite, so that nothing can be written to
/// a file that is not tend's.
fn check_header(path: &Path) -> Result<Kind> {
    let mut f = fs::File::open(path).map_err(|e| refuse(path, format!("cannot read it ({e})")))?;
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(Kind::New); // an empty file becomes a new database
    }
    let mut h = [0u8; 100];
    let mut got = 0;
    while got < 100 {
        match f.read(&mut h[got..])? {
            0 => break,
            n => got += n,
        }
    }
    if got < 16 || &h[..16] != b"SQLite format 3\0" {
        if len >= 1024 && len % 1024 == 0 {
            return Ok(Kind::Encrypted);
        }
        return Err(refuse(
            path,
            "not a tend database (it is not an SQLite file); check the path given with --db or TEND_DB",
        ));
    }
    if got < 100 {
        return Err(refuse(
            path,
            format!("the file is truncated ({len} bytes); restore it from a backup"),
        ));
    }
    let be32 = |o: usize| u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]);
    let page_size = match u16::from_be_bytes([h[16], h[17]]) {
        1 => 65536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => {
            return Err(refuse(
                path,
                "the database is damaged (bad page size); restore it from a backup",
            ));
        }
    };
    // While another connection is open (a -wal file exists) a checkpoint may be
    // growing the file, and the header's page count can run ahead of its length for a
    // moment: then the size is left to SQLite's own check after opening.
    let busy = {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        Path::new(&wal).exists()
    };
    let pages_in_header = if be32(24) == be32(92) && !busy {
        u64::from(be32(28))
    } else {
        0
    };
    if len % page_size != 0 || len < pages_in_header * page_size {
        let expected = (pages_in_header * page_size).max(len.next_multiple_of(page_size));
        return Err(refuse(
            path,
            format!("the file is truncated ({len} of {expected} bytes); restore it from a backup"),
        ));
    }
    let app_id = be32(68) as i32;
    if app_id != 0 && app_id != APPLICATION_ID {
        return Err(refuse(
            path,
            "this SQLite file belongs to another program; give tend a file of its own with --db",
        ));
    }
    newer_check(path, be32(60) as i32)?;
    Ok(Kind::Plain)
}

fn newer_check(path: &Path, version: i32) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(refuse(
            path,
            format!(
                "made by a newer tend (schema {version}; this tend knows up to {SCHEMA_VERSION}): upgrade tend to open it"
            ),
        ));
    }
    Ok(())
}

/// Checks identity, version and integrity through SQLite, reading only.
fn verify(conn: &Connection, path: &Path) -> Result<()> {
    let damaged = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => refuse(
            path,
            "not a tend database (SQLite cannot read it); check the path, or restore it from a backup",
        ),
        Some(rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::DiskFull) => refuse(
            path,
            format!("cannot read or write it ({e}); check that the disk has free space and works"),
        ),
        _ => refuse(
            path,
            format!("the database is damaged ({e}); restore it from a backup"),
        ),
    };
    let (app_id, version, tables): (i32, i32, i64) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(damaged)?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(refuse(
            path,
            "this SQLite file belongs to another program; give tend a file of its own with --db",
        ));
    }
    newer_check(path, version)?;
    let result: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(damaged)?;
    if result != "ok" {
        let first = result.lines().next().unwrap_or_default();
        return Err(refuse(
            path,
            format!("the database is damaged ({first}); restore it from a backup"),
        ));
    }
    Ok(())
}

/// Brings the schema up to date, one migration per transaction.
fn migrate(conn: &Connection, now: &str) -> Result<()> {
    loop {
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        let version: i32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let Some(sql) = MIGRATIONS.get(version as usize) else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        if version == 0 {
            tx.execute(
                "INSERT INTO profile (id, created_at, updated_at) VALUES (1, ?1, ?1)",
                [now],
            )?;
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {}; PRAGMA application_id = {APPLICATION_ID};",
            version + 1
        ))?;
        tx.commit()?;
    }
}
