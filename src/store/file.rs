//! Opening the file: creation with private permissions, the checks that refuse foreign,
//! damaged, truncated or newer files before anything is written, and migrations. An
//! encrypted file's key is applied and proved by `keying`.

use super::{access, keying};
use crate::error::{Error, Result};
use crate::secret::Passphrase;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// Marks a SQLite file as tend's (`PRAGMA application_id`): "TEND" in ASCII.
pub const APPLICATION_ID: i32 = 0x5445_4E44;

/// Migrations, in order; the schema version is how many have run.
pub(super) const MIGRATIONS: &[&str] = &[
    include_str!("../../assets/schema/001_initial.sql"),
    include_str!("../../assets/schema/002_revisions.sql"),
    include_str!("../../assets/schema/003_imports.sql"),
    include_str!("../../assets/schema/004_connections.sql"),
    include_str!("../../assets/schema/005_sync.sql"),
    include_str!("../../assets/schema/006_sharing.sql"),
    include_str!("../../assets/schema/007_origin.sql"),
    include_str!("../../assets/schema/008_kept_words.sql"),
    include_str!("../../assets/schema/009_sync_kdf.sql"),
    include_str!("../../assets/schema/010_stamps.sql"),
    include_str!("../../assets/schema/011_versions.sql"),
    include_str!("../../assets/schema/012_pinned.sql"),
    include_str!("../../assets/schema/013_one_place.sql"),
    include_str!("../../assets/schema/014_meeting_days.sql"),
    include_str!("../../assets/schema/015_use_log.sql"),
    include_str!("../../assets/schema/016_medications.sql"),
    include_str!("../../assets/schema/017_trackers.sql"),
    include_str!("../../assets/schema/018_sync_years.sql"),
    include_str!("../../assets/schema/019_sync_foreign.sql"),
    include_str!("../../assets/schema/020_stamp_hold.sql"),
    include_str!("../../assets/schema/021_fts_delete_in_order.sql"),
];

pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// How many compiled statements a connection keeps.
const STATEMENT_CACHE: usize = 512;

/// What the first bytes of a database file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No file yet, or an empty one: becomes a new plain database.
    New,
    Plain,
    /// No SQLite header, whole pages, and bytes as varied as ciphertext: a SQLCipher
    /// database (or random noise, which no passphrase opens).
    Encrypted,
}

/// Classifies the file at `path`, refusing what can be refused from the header alone,
/// and anything that is not a regular file (without opening it: a named pipe would
/// never answer).
pub fn kind(path: &Path) -> Result<Kind> {
    let meta = match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            use std::os::unix::ffi::OsStrExt;
            if path.as_os_str().as_bytes().ends_with(b"/") {
                return Err(Error::refused(path, t!("store-path-is-folder")));
            }
            return Ok(Kind::New);
        }
        Err(e) => return Err(Error::refused(path, cannot_read(&e))),
        Ok(m) if m.file_type().is_symlink() => match fs::metadata(path) {
            Ok(target) => target,
            Err(e) => {
                let to = fs::read_link(path).unwrap_or_default();
                let to = to.display().to_string();
                let why = match e.kind() {
                    std::io::ErrorKind::NotFound => t!("store-link-to-nothing", to = to),
                    _ => t!("store-link-unfollowable", to = to, error = e.to_string()),
                };
                return Err(Error::refused(path, why));
            }
        },
        Ok(m) => m,
    };
    if !meta.is_file() {
        let kind = crate::files::FileKind::of(meta.file_type()).to_string();
        return Err(Error::refused(
            path,
            t!("store-not-journal-file", kind = kind),
        ));
    }
    check_header(path)
}

/// An open journal, and why it is open for reading only, if it is.
pub struct Opened {
    pub conn: Connection,
    pub read_only: Option<String>,
}

/// Opens `path`, creating it (0600, in 0700 directories) when missing; applies `key`
/// when the file is encrypted. A journal tend may not write (the file or its folder is
/// read-only) is opened for reading only, unchanged.
pub fn open_checked(path: &Path, now: &str, key: Option<&Passphrase>) -> Result<Opened> {
    let kind = kind(path)?;
    let denied = access::write_denied(path);
    if let (Kind::New, Some(why)) = (kind, &denied) {
        return Err(Error::refused(path, t!("store-cannot-set-up", why = why)));
    }
    if !path.exists() {
        create_private(path)?;
    }
    let conn = if denied.is_none() {
        if kind == Kind::New {
            access::make_private(path)?;
        }
        access::private_sidecars(path);
        access::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?
    } else {
        access::connect_read_only(path)?
    };
    conn.busy_timeout(Duration::from_secs(10))?;
    // Every statement a write runs is kept compiled (`Tx::execute`): a merge of
    // thousands of records runs a few dozen distinct ones, over and over.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // Plans never depend on the values bound: otherwise SQLite marks a statement whose
    // `x = ?` it weighed by its value to be compiled again each time the cache hands it
    // out (the cache clears its values), and a merge or first sync compiles some
    // statements once a record (a seventh of a first sync's time at 100,000 entries).
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    keying::require_sqlcipher(&conn)?;
    if kind == Kind::Encrypted {
        let key = key.ok_or_else(|| Error::Locked {
            path: path.to_path_buf(),
        })?;
        keying::unlock(&conn, path, key)?;
    }
    verify(&conn, path)?;
    add_tag_key(&conn)?;
    match &denied {
        None => {
            conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
            )?;
            migrate(&conn, now)?;
        }
        Some(why) => up_to_date(&conn, path, why)?,
    }
    access::private_sidecars(path);
    Ok(Opened {
        conn,
        read_only: denied,
    })
}

/// A read-only journal is read as it is, so it must not need migrating.
fn up_to_date(conn: &Connection, path: &Path, why: &str) -> Result<()> {
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version < SCHEMA_VERSION {
        return Err(Error::refused(path, t!("store-needs-migration", why = why)));
    }
    Ok(())
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
                Error::Message(t!(
                    "store-cannot-create-folder",
                    folder = dir.display().to_string(),
                    error = e.to_string()
                ))
            })?;
    }
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| {
            Error::Message(t!(
                "store-cannot-create-database",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
    Ok(())
}

/// Reads the 100-byte SQLite header without SQLite, so that nothing can be written to
/// a file that is not tend's.
fn check_header(path: &Path) -> Result<Kind> {
    use std::os::unix::fs::OpenOptionsExt;
    // Whether another connection is open, before the length and the header are read
    // (see `busy` below).
    let busy_before = wal_exists(path);
    // Non-blocking, so that a pipe put in place since `kind` looked cannot hang us.
    let mut f = fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(|e| Error::refused(path, cannot_read(&e)))?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(Error::refused(path, t!("store-not-regular")));
    }
    let len = meta.len();
    if len == 0 {
        return Ok(Kind::New); // an empty file becomes a new database
    }
    let mut h = [0u8; 1024];
    let got = read_up_to(&mut f, &mut h)?;
    if got < 16 || &h[..16] != b"SQLite format 3\0" {
        if len >= 1024 && len % 1024 == 0 {
            return ciphertext_or_refuse(path, &h);
        }
        return Err(Error::refused(path, t!("store-not-sqlite")));
    }
    if got < 100 {
        return Err(Error::refused(path, t!("store-truncated", size = len)));
    }
    let be32 = |o: usize| u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]);
    let page_size = match u16::from_be_bytes([h[16], h[17]]) {
        1 => 65536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => {
            return Err(Error::refused(path, t!("store-bad-page-size")));
        }
    };
    // While another connection is open (a -wal file exists) a checkpoint may be
    // growing the file, and the header's page count can run ahead of its length for a
    // moment: then the size is left to SQLite's own check after opening. Looked at
    // before the length was read and again now: the last connection's checkpoint
    // removes the -wal file as it closes, between the two.
    let busy = busy_before || wal_exists(path);
    let pages_in_header = if be32(24) == be32(92) && !busy {
        u64::from(be32(28))
    } else {
        0
    };
    if len % page_size != 0 || len < pages_in_header * page_size {
        let expected = (pages_in_header * page_size).max(len.next_multiple_of(page_size));
        return Err(Error::refused(
            path,
            t!("store-truncated-of", size = len, expected = expected),
        ));
    }
    let app_id = be32(68) as i32;
    if app_id != 0 && app_id != APPLICATION_ID {
        return Err(Error::refused(path, t!("store-other-program")));
    }
    newer_check(path, be32(60) as i32)?;
    Ok(Kind::Plain)
}

/// Whether the journal's write-ahead log is there: another connection has it open.
fn wal_exists(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    Path::new(&wal).exists()
}

/// Fills `buf` from `f` as far as the file goes; returns how much was read.
fn read_up_to(f: &mut fs::File, buf: &mut [u8]) -> Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match f.read(&mut buf[got..])? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

/// The first kilobyte of a file without an SQLite header. An encrypted journal starts
/// with a random salt and ciphertext, in which nearly every byte value turns up (about
/// 250 of the 256 in random data). Zeros, a repeated salt or text are not encryption:
/// they are damage (a crash or a failing disk zeroes pages) or another kind of file,
/// and must never look like a forgotten passphrase.
fn ciphertext_or_refuse(path: &Path, first: &[u8; 1024]) -> Result<Kind> {
    if first[..16].iter().all(|&b| b == first[0]) {
        let why = if first[0] == 0 {
            t!("store-starts-with-zeros")
        } else {
            t!("store-starts-with-one-byte")
        };
        return Err(Error::refused(path, why));
    }
    let mut seen = [false; 256];
    for &b in first {
        seen[usize::from(b)] = true;
    }
    if seen.iter().filter(|s| **s).count() < 160 {
        return Err(Error::refused(path, t!("store-not-sqlite-nor-encrypted")));
    }
    Ok(Kind::Encrypted)
}

fn newer_check(path: &Path, version: i32) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(Error::refused(
            path,
            t!("store-newer", version = version, known = SCHEMA_VERSION),
        ));
    }
    Ok(())
}

/// Checks identity and version through SQLite, reading only the header and schema:
/// the cost of an open does not grow with the journal. Damage deeper in the file is
/// found by `check_whole` or by the read that meets it (see `Error::Damaged`).
fn verify(conn: &Connection, path: &Path) -> Result<()> {
    let damaged = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            Error::refused(path, t!("store-sqlite-cannot-read"))
        }
        Some(rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::DiskFull) => {
            Error::refused(path, t!("store-disk-trouble", error = e.to_string()))
        }
        _ => keying::trouble(path, e),
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
        return Err(Error::refused(path, t!("store-other-program")));
    }
    newer_check(path, version)
}

/// The whole-file check (`PRAGMA quick_check`), which reads every page: too slow for
/// every open of a large journal, so it runs where a whole file is vouched for (doctor,
/// a restore, encrypt and decrypt, and the fresh daily backup, which proves the copy and
/// the journal it was read from at once). Damage found is `Error::Damaged`.
pub fn check_whole(conn: &Connection, path: &Path) -> Result<()> {
    let result: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(|e| match Error::from(e) {
            Error::Damaged { detail, .. } => damaged(path, &detail),
            other => other,
        })?;
    if result != "ok" {
        let first = result.lines().next().unwrap_or_default();
        return Err(damaged(path, first));
    }
    Ok(())
}

/// "cannot read it (…)", as a refusal's reason.
fn cannot_read(e: &std::io::Error) -> String {
    t!("store-cannot-read-it", error = e.to_string())
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::Damaged {
        path: Some(path.to_path_buf()),
        detail: detail.to_string(),
    }
}

/// The uid of a record a migration makes from another one: derived from the source
/// record's uid and what it became (`purpose`), so two synced devices that migrate the
/// same record apart make the same record, and sync merges the two as one. Migrations
/// call it in SQL as `derived_uid(uid, 'purpose')`. (FNV-1a over 128 bits: the source
/// uids are random, so the derived ones are as unlikely to meet as any two uids.)
pub fn derived_uid(source: &str, purpose: &str) -> String {
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for byte in source.bytes().chain([0]).chain(purpose.bytes()) {
        hash ^= u128::from(byte);
        hash = hash.wrapping_mul(PRIME);
    }
    format!("{hash:032x}")
}

/// Makes `derived_uid(source, purpose)` callable from a migration's SQL.
pub(super) fn add_derived_uid(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "derived_uid",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(derived_uid(&ctx.get::<String>(0)?, &ctx.get::<String>(1)?)),
    )?;
    Ok(())
}

/// Makes `tag_key(tag)` callable from SQL: what tags are matched by, whatever their
/// case in any script (`domain::tags::tag_key`; SQLite's NOCASE folds only ASCII).
fn add_tag_key(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "tag_key",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(crate::domain::tags::tag_key(&ctx.get::<String>(0)?)),
    )?;
    Ok(())
}

/// Brings the schema up to date, one migration per transaction.
pub(super) fn migrate(conn: &Connection, now: &str) -> Result<()> {
    add_derived_uid(conn)?;
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
